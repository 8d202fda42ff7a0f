import Foundation

/// Places a horizontal or vertical bar chart as boxes, rules and labels: a value axis with round
/// ticks (1, 2, 2.5 or 5 × 10ⁿ) and light grid lines, category labels, the value printed at each
/// bar's end, bars in their category colours. Everything is vector; the grid resumes below.
///
/// No label is ever cut. Axis and value labels from 10万 on are written in 万/亿 (`ChartNumbers`,
/// exact); the label and value columns and the tick gutter widen to their widest text (up to a
/// third of the line); category names that do not fit their slot under a vertical chart stand
/// upright, one character under another (竖排), the chart growing to hold them; a label that still
/// does not fit is set smaller (down to `minimumScale`), and one that does not fit even then is a
/// fault the self-check refuses.
/// Negative values are drawn below (or left of) the zero line, with the axis extended to hold them.
struct ChartLayout {
    var flow: Flow

    /// The smallest type a chart label may be set in, as a fraction of the table style's size.
    static let minimumScale = 0.7

    /// Row pitch of upright category labels, in ems.
    static let uprightPitch = 1.1

    /// The pieces an upright label is set in, top to bottom: one character each, except that a
    /// run of Latin letters, digits and their marks (`PM2.5`, `3`) stays one piece when it is no
    /// wider than `fits` allows.
    static func uprightPieces(_ label: String, fits: (String) -> Bool) -> [String] {
        var pieces: [String] = []
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            if fits(run) { pieces.append(run) } else { pieces += run.map(String.init) }
            run = ""
        }
        for ch in label {
            if ch.isASCII && !ch.isWhitespace {
                run.append(ch)
            } else {
                flush()
                if !ch.isWhitespace { pieces.append(String(ch)) }
            }
        }
        flush()
        return pieces
    }

    mutating func place(_ chart: BarChart, index: Int) {
        let layout = flow.layout
        let st = layout.style("table")
        let style = flow.setter.textStyle(st)
        let c = flow.setter.displayComposer
        let W = flow.W
        let L = flow.L
        let n0 = Double(max(1, chart.bars.count))
        func width(_ s: String) -> Double { flow.naturalWidth(s, style) }
        /// A column as wide as its widest text plus `pad`, at least `minimum`, at most a third of the line.
        func column(_ texts: [String], minimum: Double, pad: Double) -> Double {
            max(minimum, min((texts.map(width).max() ?? 0) + pad, W / 3))
        }
        var y = flow.slot == 0 ? flow.T : flow.T + Double(flow.slot) * flow.P
        let values = chart.bars.map(\.value)
        guard let axis = ChartAxis.range(values) else {
            fault(index, y: y, "chart '\(chart.title)': values \(values.min() ?? 0)…\(values.max() ?? 0) cannot be drawn on one axis")
            return
        }
        let (step, bottom, top, ticks) = (axis.step, axis.bottom, axis.top, axis.ticks)
        let hasNegative = values.contains { $0 < 0 }
        /// Position of `v` on the axis, 0 at `bottom`, 1 at `top`.
        func frac(_ v: Double) -> Double { (v - bottom) / (top - bottom) }
        // From 10万 on the whole axis is labelled in one unit (万 or 亿), exactly.
        let axisUnit = ChartNumbers.unit(for: max(abs(bottom), abs(top)))
        let tickTexts = (0...ticks).map { k -> String in
            let plain = ChartAxis.tickText(bottom + Double(k) * step, step: step)
            return axisUnit.flatMap { ChartNumbers.written(plain, in: $0) } ?? plain
        }
        // A value label from 10万 on in the largest unit it reaches, when that is narrower.
        let valueTexts = chart.bars.map { bar -> String in
            guard let unit = ChartNumbers.unit(for: abs(bar.value)), let short = ChartNumbers.written(bar.valueText, in: unit),
                width(short) < width(bar.valueText)
            else { return bar.valueText }
            return short
        }
        // Category names of a vertical chart that do not all fit their slots stand upright: the
        // band under the axis grows to the longest name, and the chart with it.
        let tickW = column(tickTexts, minimum: 3 * st.size, pad: st.size * 0.5)
        let slotW = (W - tickW) / n0
        let upright = chart.orientation == .vertical && chart.bars.contains { width($0.label) > slotW + 0.01 }
        let pieces = upright ? chart.bars.map { Self.uprightPieces($0.label) { width($0) <= slotW } } : []
        // tick labels under the axis, and under them the axis title of a horizontal chart
        let axisBand =
            upright
            ? Double(pieces.map(\.count).max() ?? 0) * st.size * Self.uprightPitch + st.size * 0.6
            : st.size * (chart.orientation == .horizontal && !chart.axisLabel.isEmpty ? 3.2 : 1.8)
        // horizontal bars: rows of at most 2.4 em, so a short chart is not airy
        let height =
            chart.orientation == .horizontal
            ? min(max(chart.height, n0 * st.size * 1.6 + axisBand), n0 * st.size * 2.4 + axisBand)
            : max(chart.height, st.size * 9) + (upright ? axisBand - st.size * 1.8 : 0)
        if y + height > flow.T + flow.H {
            flow.newPage()
            y = flow.T
        }
        if upright && height > flow.H {
            fault(
                index, y: y,
                "chart '\(chart.title)': its category names stand \(String(format: "%.0f", axisBand)) pt tall; "
                    + "the chart does not fit a page")
            return
        }
        let axisColor = layout.color("rule")
        let gridColor = layout.color("chart_grid")
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
            let positive = chart.bars.indices.filter { chart.bars[$0].value >= 0 }.map { valueTexts[$0] }
            let negative = chart.bars.indices.filter { chart.bars[$0].value < 0 }.map { valueTexts[$0] }
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
                    text(valueTexts[i], x: xr0 + lo * barMax - st.size / 4 - negativeW, baseline: b, width: negativeW, align: .right)
                } else {
                    text(valueTexts[i], x: xr0 + lo * barMax + bw + st.size / 4, baseline: b, width: valueW, align: .left)
                }
            }
            vline(L + (xr0 + zero * barMax), y, plotBottom, axisColor, 0.5)
            flow.emit(.rule(RuleFrame(x: x0, y: plotBottom, width: barMax, thickness: 0.5, color: axisColor)))
            if !chart.axisLabel.isEmpty {
                text(chart.axisLabel, x: xr0, baseline: plotBottom + st.size * 2.65, width: barMax, align: .center)
            }
        case .vertical:
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
                text(valueTexts[i], x: tickW + Double(i) * colW, baseline: valueBaseline, width: colW, align: .center)
                if upright {
                    for (row, piece) in pieces[i].enumerated() {
                        let b = labelBase + st.size * 1.25 + Double(row) * st.size * Self.uprightPitch
                        text(piece, x: tickW + Double(i) * colW, baseline: b, width: colW, align: .center)
                    }
                } else {
                    text(bar.label, x: tickW + Double(i) * colW, baseline: labelBase + st.size * 1.25, width: colW, align: .center)
                }
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
