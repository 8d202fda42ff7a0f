import Foundation

/// Places a horizontal or vertical bar chart as boxes, rules and labels: a value axis with round
/// ticks (1, 2, 2.5 or 5 × 10ⁿ) and light grid lines, category labels, the value printed at each
/// bar's end, bars in their category colours. Everything is vector; the grid resumes below.
struct ChartLayout {
    var flow: Flow

    mutating func place(_ chart: BarChart, index: Int) {
        let layout = flow.layout
        let st = layout.style("table")
        let style = flow.setter.textStyle(st)
        let c = flow.setter.displayComposer
        let W = flow.W
        let L = flow.L
        let n0 = Double(max(1, chart.bars.count))
        // tick labels under the axis, and under them the axis title of a horizontal chart
        let axisBand = st.size * (chart.orientation == .horizontal && !chart.axisLabel.isEmpty ? 3.2 : 1.8)
        // horizontal bars: rows of at most 2.4 em, so a short chart is not airy
        let height =
            chart.orientation == .horizontal
            ? min(max(chart.height, n0 * st.size * 1.6 + axisBand), n0 * st.size * 2.4 + axisBand)
            : max(chart.height, st.size * 9)
        var y = flow.slot == 0 ? flow.T : flow.T + Double(flow.slot) * flow.P
        if y + height > flow.T + flow.H {
            flow.newPage()
            y = flow.T
        }
        let values = chart.bars.map { $0.value.isFinite ? max(0, $0.value) : 0 }
        let (step, top) = ChartAxis.round(maxValue: values.max() ?? 1)
        let ticks = Int((top / step).rounded())
        let axisColor = layout.color("rule")
        let gridColor = layout.color("chart_grid")
        func text(_ s: String, x: Double, baseline: Double, width: Double, align: LineAlignment) {
            let runs = [(text: s, style: style)]
            guard var line = c.compose(runs, width: width, alignment: align).first else { return }
            line.isFinal = true
            line.xs = line.xs.map { $0 + x }
            line.x0 += x
            line.x1 += x
            flow.emitLine(line, runs: runs, baseline: baseline, kind: .table, slot: nil, block: index)
        }
        func vline(_ x: Double, _ y0: Double, _ y1: Double, _ color: RGB, _ w: Double) {
            flow.emit(.box(BoxFrame(x: x - w / 2, y: y0, width: w, height: y1 - y0, fill: color, stroke: nil, lineWidth: 0)))
        }
        let n = max(1, chart.bars.count)
        switch chart.orientation {
        case .horizontal:
            let labelW = 6 * st.size
            let valueW = 4 * st.size
            let barMax = W - labelW - valueW
            let plotBottom = y + height - axisBand
            let rowH = (plotBottom - y) / Double(n)
            let x0 = L + labelW
            for k in 0...ticks {
                let x = x0 + Double(k) / Double(ticks) * barMax
                if k > 0 { vline(x, y, plotBottom, gridColor, 0.5) }
                vline(x, plotBottom, plotBottom + st.size * 0.3, axisColor, 0.5)
                text(
                    ChartAxis.tickText(Double(k) * step, step: step), x: x - L - 2 * st.size, baseline: plotBottom + st.size * 1.25,
                    width: 4 * st.size, align: .center)
            }
            for (i, bar) in chart.bars.enumerated() {
                let rowTop = y + Double(i) * rowH
                let bh = min(rowH * 0.6, st.size * 1.6)
                let by = rowTop + (rowH - bh) / 2
                let bw = values[i] / top * barMax
                flow.emit(
                    .box(BoxFrame(x: x0, y: by, width: bw, height: bh, fill: RGB(hex: bar.color) ?? .black, stroke: nil, lineWidth: 0)))
                let b = by + bh / 2 + 0.38 * st.size
                text(bar.label, x: 0, baseline: b, width: labelW - st.size / 2, align: .right)
                text(bar.valueText, x: labelW + bw + st.size / 4, baseline: b, width: valueW, align: .left)
            }
            vline(x0, y, plotBottom, axisColor, 0.5)
            flow.emit(.rule(RuleFrame(x: x0, y: plotBottom, width: barMax, thickness: 0.5, color: axisColor)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: labelW, baseline: plotBottom + st.size * 2.65, width: barMax, align: .center)
            }
        case .vertical:
            let tickW = 3 * st.size
            let plotTop = y + st.size * 2.2  // room for the unit and the value over the tallest bar
            let base = y + height - axisBand
            let plotW = W - tickW
            let colW = plotW / Double(n)
            let barMaxH = base - plotTop
            let xAxis = L + tickW
            for k in 0...ticks {
                let yy = base - Double(k) / Double(ticks) * barMaxH
                if k > 0 { flow.emit(.rule(RuleFrame(x: xAxis, y: yy, width: plotW, thickness: 0.5, color: gridColor))) }
                flow.emit(.rule(RuleFrame(x: xAxis - st.size * 0.3, y: yy, width: st.size * 0.3, thickness: 0.5, color: axisColor)))
                text(
                    ChartAxis.tickText(Double(k) * step, step: step), x: 0, baseline: yy + 0.38 * st.size, width: tickW - st.size * 0.5,
                    align: .right)
            }
            for (i, bar) in chart.bars.enumerated() {
                let bh = values[i] / top * barMaxH
                let bw = min(colW * 0.6, st.size * 4)
                let x = tickW + Double(i) * colW + (colW - bw) / 2
                flow.emit(
                    .box(
                        BoxFrame(
                            x: L + x, y: base - bh, width: bw, height: bh, fill: RGB(hex: bar.color) ?? .black, stroke: nil, lineWidth: 0)))
                text(bar.valueText, x: tickW + Double(i) * colW, baseline: base - bh - st.size * 0.3, width: colW, align: .center)
                text(bar.label, x: tickW + Double(i) * colW, baseline: base + st.size * 1.25, width: colW, align: .center)
            }
            vline(xAxis, plotTop, base, axisColor, 0.5)
            flow.emit(.rule(RuleFrame(x: xAxis, y: base, width: plotW, thickness: 0.5, color: axisColor)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: 0, baseline: y + st.size, width: W, align: .left)
            }
        }
        y += height
        flow.slot = Int(((y + 2 - flow.T) / flow.P).rounded(.up))
        if flow.slot >= flow.lines { flow.newPage() }
    }
}
