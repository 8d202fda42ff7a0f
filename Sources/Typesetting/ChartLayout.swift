/// Places a horizontal or vertical bar chart as boxes and labels.
struct ChartLayout {
    var flow: Flow

    mutating func place(_ chart: BarChart, index: Int) {
        let layout = flow.layout
        let st = layout.style("table")
        let style = flow.setter.textStyle(st)
        let c = flow.setter.displayComposer
        let W = flow.W
        let n0 = Double(max(1, chart.bars.count))
        // horizontal bars: rows of at most 2.4 em, so a short chart is not airy
        let height = chart.orientation == .horizontal
            ? min(max(chart.height, n0 * st.size * 1.6 + st.size), n0 * st.size * 2.4 + st.size)
            : max(chart.height, st.size * 8)
        var y = flow.slot == 0 ? flow.T : flow.T + Double(flow.slot) * flow.P
        if y + height > flow.T + flow.H {
            flow.newPage()
            y = flow.T
        }
        let maxV = max(chart.bars.map(\.value).max() ?? 1, 1e-9)
        func text(_ s: String, x: Double, baseline: Double, width: Double, align: LineAlignment) {
            let runs = [(text: s, style: style)]
            guard var line = c.compose(runs, width: width, alignment: align).first else { return }
            line.isFinal = true
            line.xs = line.xs.map { $0 + x }
            line.x0 += x
            line.x1 += x
            flow.emitLine(line, runs: runs, baseline: baseline, kind: .table, slot: nil, block: index)
        }
        let n = max(1, chart.bars.count)
        switch chart.orientation {
        case .horizontal:
            let labelW = 6 * st.size
            let valueW = 4 * st.size
            let barMax = W - labelW - valueW
            let rowH = (height - st.size) / Double(n)
            for (i, bar) in chart.bars.enumerated() {
                let top = y + Double(i) * rowH
                let bh = min(rowH * 0.6, st.size * 1.6)
                let by = top + (rowH - bh) / 2
                let bw = max(0, bar.value / maxV * barMax)
                flow.emit(.box(BoxFrame(x: flow.L + labelW, y: by, width: bw, height: bh, fill: RGB(hex: bar.color) ?? .black, stroke: nil, lineWidth: 0)))
                let b = by + bh / 2 + 0.38 * st.size
                text(bar.label, x: 0, baseline: b, width: labelW - st.size / 2, align: .right)
                text(bar.valueText, x: labelW + bw + st.size / 4, baseline: b, width: valueW, align: .left)
            }
            flow.emit(.rule(RuleFrame(x: flow.L + labelW, y: y + height - st.size, width: barMax, thickness: 0.5, color: .black)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: labelW + barMax, baseline: y + height - st.size + st.size * 1.1, width: valueW, align: .left)
            }
        case .vertical:
            let base = y + height - st.size * 2
            let colW = W / Double(n)
            let barMaxH = height - st.size * 4
            for (i, bar) in chart.bars.enumerated() {
                let bh = max(0, bar.value / maxV * barMaxH)
                let bw = min(colW * 0.6, st.size * 4)
                let x = Double(i) * colW + (colW - bw) / 2
                flow.emit(.box(BoxFrame(x: flow.L + x, y: base - bh, width: bw, height: bh, fill: RGB(hex: bar.color) ?? .black, stroke: nil, lineWidth: 0)))
                text(bar.valueText, x: Double(i) * colW, baseline: base - bh - st.size * 0.3, width: colW, align: .center)
                text(bar.label, x: Double(i) * colW, baseline: base + st.size * 1.2, width: colW, align: .center)
            }
            flow.emit(.rule(RuleFrame(x: flow.L, y: base, width: W, thickness: 0.5, color: .black)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: 0, baseline: y + st.size, width: W, align: .left)
            }
        }
        y += height
        flow.slot = Int(((y + 2 - flow.T) / flow.P).rounded(.up))
        if flow.slot >= flow.lines { flow.newPage() }
    }
}
