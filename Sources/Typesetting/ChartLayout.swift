import Foundation

/// Places a horizontal or vertical bar chart as boxes, rules and labels: a value axis with round
/// ticks (1, 2, 2.5 or 5 × 10ⁿ) and light grid lines, category labels, the value printed at each
/// bar's end, bars in their category colours. Everything is vector; the grid resumes below.
///
/// No label is ever cut: the label and value columns and the tick gutter widen to their widest
/// text (up to a third of the line), a label that still does not fit its slot is set smaller (down
/// to `minimumScale`), and one that does not fit even then is a fault the self-check refuses.
/// Negative values are drawn below (or left of) the zero line, with the axis extended to hold them.
struct ChartLayout {
    var flow: Flow

    /// The smallest type a chart label may be set in, as a fraction of the table style's size.
    static let minimumScale = 0.7

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
        let values = chart.bars.map(\.value)
        guard let axis = ChartAxis.range(values) else {
            fault(index, y: y, "chart '\(chart.title)': values \(values.min() ?? 0)…\(values.max() ?? 0) cannot be drawn on one axis")
            return
        }
        let (step, bottom, top, ticks) = (axis.step, axis.bottom, axis.top, axis.ticks)
        let hasNegative = values.contains { $0 < 0 }
        /// Position of `v` on the axis, 0 at `bottom`, 1 at `top`.
        func frac(_ v: Double) -> Double { (v - bottom) / (top - bottom) }
        let tickTexts = (0...ticks).map { ChartAxis.tickText(bottom + Double($0) * step, step: step) }
        let axisColor = layout.color("rule")
        let gridColor = layout.color("chart_grid")
        func width(_ s: String) -> Double { flow.naturalWidth(s, style) }
        /// A column as wide as its widest text plus `pad`, at least `minimum`, at most a third of the line.
        func column(_ texts: [String], minimum: Double, pad: Double) -> Double {
            max(minimum, min((texts.map(width).max() ?? 0) + pad, W / 3))
        }
        func text(_ s: String, x: Double, baseline: Double, width slot: Double, align: LineAlignment) {
            guard !s.isEmpty else { return }
            var fitted = style
            var natural = width(s)
            var scale = 1.0
            while natural > slot + 0.01, scale > Self.minimumScale + 0.001 {
                scale -= 0.1
                fitted.size = style.size * scale
                natural = flow.naturalWidth(s, fitted)
            }
            var x = x
            var slotWidth = slot
            if natural > slot + 0.01 {
                fault(
                    index, y: baseline,
                    "chart '\(chart.title)': '\(s)' is \(String(format: "%.0f", natural)) pt wide, its slot \(String(format: "%.0f", slot)) pt"
                )
                // set whole (never cut), centred on its slot, so the refusal shows what did not fit
                x -= (natural - slot) / 2
                slotWidth = natural + 1
            }
            let runs = [(text: s, style: fitted)]
            guard var line = c.compose(runs, width: slotWidth, alignment: align).first else { return }
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
        let colors = chart.bars.map { RGB(hex: $0.color) ?? .black }  // BlockList refuses unknown colours
        switch chart.orientation {
        case .horizontal:
            let labelW = column(chart.bars.map(\.label), minimum: 6 * st.size, pad: st.size / 2)
            let positive = chart.bars.filter { $0.value >= 0 }.map(\.valueText)
            let negative = chart.bars.filter { $0.value < 0 }.map(\.valueText)
            let valueW = column(positive, minimum: 4 * st.size, pad: st.size / 4)
            let negativeW = hasNegative ? column(negative, minimum: 4 * st.size, pad: st.size / 4) : 0
            let barMax = W - labelW - valueW - negativeW
            let plotBottom = y + height - axisBand
            let rowH = (plotBottom - y) / Double(n)
            let xr0 = labelW + negativeW  // the axis's left end, from L
            let x0 = L + xr0
            let spacing = barMax / Double(ticks)
            let tickSlot = max(4 * st.size, spacing - st.size / 4)
            for k in 0...ticks {
                let x = x0 + Double(k) / Double(ticks) * barMax
                if bottom + Double(k) * step != 0 { vline(x, y, plotBottom, gridColor, 0.5) }
                vline(x, plotBottom, plotBottom + st.size * 0.3, axisColor, 0.5)
                text(tickTexts[k], x: x - L - tickSlot / 2, baseline: plotBottom + st.size * 1.25, width: tickSlot, align: .center)
            }
            let zero = frac(0)
            for (i, bar) in chart.bars.enumerated() {
                let rowTop = y + Double(i) * rowH
                let bh = min(rowH * 0.6, st.size * 1.6)
                let by = rowTop + (rowH - bh) / 2
                let f = frac(bar.value)
                let (lo, hi) = (min(f, zero), max(f, zero))
                let bw = (hi - lo) * barMax
                flow.emit(
                    .box(BoxFrame(x: L + (xr0 + lo * barMax), y: by, width: bw, height: bh, fill: colors[i], stroke: nil, lineWidth: 0)))
                let b = by + bh / 2 + 0.38 * st.size
                text(bar.label, x: 0, baseline: b, width: labelW - st.size / 2, align: .right)
                if bar.value < 0 {
                    text(bar.valueText, x: xr0 + lo * barMax - st.size / 4 - negativeW, baseline: b, width: negativeW, align: .right)
                } else {
                    text(bar.valueText, x: xr0 + lo * barMax + bw + st.size / 4, baseline: b, width: valueW, align: .left)
                }
            }
            vline(L + (xr0 + zero * barMax), y, plotBottom, axisColor, 0.5)
            flow.emit(.rule(RuleFrame(x: x0, y: plotBottom, width: barMax, thickness: 0.5, color: axisColor)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: xr0, baseline: plotBottom + st.size * 2.65, width: barMax, align: .center)
            }
        case .vertical:
            let tickW = column(tickTexts, minimum: 3 * st.size, pad: st.size * 0.5)
            let plotTop = y + st.size * 2.2  // room for the unit and the value over the tallest bar
            let labelBase = y + height - axisBand
            let base = labelBase - (hasNegative ? st.size * 1.3 : 0)  // room for values under negative bars
            let plotW = W - tickW
            let colW = plotW / Double(n)
            let barMaxH = base - plotTop
            let xAxis = L + tickW
            for k in 0...ticks {
                let yy = base - Double(k) / Double(ticks) * barMaxH
                if bottom + Double(k) * step != 0 {
                    flow.emit(.rule(RuleFrame(x: xAxis, y: yy, width: plotW, thickness: 0.5, color: gridColor)))
                }
                flow.emit(.rule(RuleFrame(x: xAxis - st.size * 0.3, y: yy, width: st.size * 0.3, thickness: 0.5, color: axisColor)))
                text(tickTexts[k], x: 0, baseline: yy + 0.38 * st.size, width: tickW - st.size * 0.5, align: .right)
            }
            let zero = frac(0)
            for (i, bar) in chart.bars.enumerated() {
                let f = frac(bar.value)
                let (lo, hi) = (min(f, zero), max(f, zero))
                let bh = (hi - lo) * barMaxH
                let bw = min(colW * 0.6, st.size * 4)
                let x = tickW + Double(i) * colW + (colW - bw) / 2
                let barTop = base - hi * barMaxH
                flow.emit(.box(BoxFrame(x: L + x, y: barTop, width: bw, height: bh, fill: colors[i], stroke: nil, lineWidth: 0)))
                let valueBaseline = bar.value < 0 ? barTop + bh + st.size * 1.05 : barTop - st.size * 0.3
                text(bar.valueText, x: tickW + Double(i) * colW, baseline: valueBaseline, width: colW, align: .center)
                text(bar.label, x: tickW + Double(i) * colW, baseline: labelBase + st.size * 1.25, width: colW, align: .center)
            }
            vline(xAxis, plotTop, base, axisColor, 0.5)
            flow.emit(.rule(RuleFrame(x: xAxis, y: base - zero * barMaxH, width: plotW, thickness: 0.5, color: axisColor)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: 0, baseline: y + st.size, width: W, align: .left)
            }
        }
        y += height
        flow.slot = Int(((y + 2 - flow.T) / flow.P).rounded(.up))
        if flow.slot >= flow.lines { flow.newPage() }
    }

    /// Records a chart that cannot be drawn truthfully; the self-check refuses the document.
    mutating func fault(_ block: Int, y: Double, _ message: String) {
        let line = max(1, Int(((y - flow.T) / flow.P).rounded(.down)) + 1)
        flow.faults.append(Violation(page: flow.pages.count, line: line, message: "block \(block): \(message)"))
    }
}
