import Foundation

/// Places a table in the flow: rows of the layout's height (taller when a cell wraps),
/// header row repeated on every page the table spans, numbers right-aligned, highlighted rows
/// filled. The grid resumes on the first line below the table.
struct TableLayout {
    var flow: Flow

    /// Body rows a table keeps with its header where it starts: a short table (up to 3 rows) whole,
    /// else 2.
    static func leadRows(_ count: Int) -> Int { count <= 3 ? count : 2 }

    static func isNumeric(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return false }
        return t.allSatisfy { numericMarks.contains($0) }
    }

    /// What a numeric cell is made of, as a bit table: `String.contains` compared each character
    /// of a cell with each of these (a CJK character takes the string comparison's slow path).
    static let numericMarks = CharacterClass("0123456789.,-+%‰−")

    /// Column fractions from content: the widest cell (or header line) of each column plus padding,
    /// with the spare width shared equally.
    func naturalWidths(_ table: Table, ncol: Int) -> [Double] {
        let layout = flow.layout
        let body = flow.setter.textStyle(layout.style("table"))
        let head = flow.setter.textStyle(layout.style("table_header"))
        var w = Array(repeating: 0.0, count: ncol)
        func measure(_ s: String, _ style: TextStyle) -> Double {
            s.split(separator: "\n").map { flow.naturalWidth(String($0), style) }.max() ?? 0
        }
        for (i, h) in table.header.enumerated() where i < ncol { w[i] = max(w[i], measure(h, head)) }
        for row in table.rows {
            for (i, c) in row.enumerated() where i < ncol { w[i] = max(w[i], measure(c, body)) }
        }
        let pad = 2 * layout.table.padding + body.size
        w = w.map { $0 + pad }
        let total = w.reduce(0, +)
        let W = flow.W
        if total >= W { return w }
        let spare = (W - total) / Double(ncol)
        return w.map { $0 + spare }
    }

    /// `widths` (pt, summing to the block width) with every column at least as wide as its widest
    /// date, number or file name (`2017年11月14日` is not broken in a cell) and its widest short
    /// cell (up to `shortCell` characters: 石景山区, a header word), taken from the other
    /// columns in proportion to what they have beyond their own least; unchanged when that cannot be.
    func widened(_ widths: [Double], _ table: Table) -> [Double] {
        let layout = flow.layout
        let body = flow.setter.textStyle(layout.style("table"))
        let head = flow.setter.textStyle(layout.style("table_header"))
        let pad = 2 * layout.table.padding + body.size
        var least = Array(repeating: 0.0, count: widths.count)
        // a short cell (a district, 排名) is one word too: 石景|山区 is no break
        func widest(_ s: String, _ style: TextStyle) -> Double {
            s.split(separator: "\n").map { line in
                let words = line.count <= Self.shortCell ? [String(line)] : Self.words(in: String(line))
                return words.map { flow.naturalWidth($0, style) + pad }.max() ?? 0
            }.max() ?? 0
        }
        for (i, h) in table.header.enumerated() where i < widths.count { least[i] = widest(h, head) }
        for row in table.rows {
            for (i, c) in row.enumerated() where i < widths.count { least[i] = max(least[i], widest(c, body)) }
        }
        let short = widths.indices.filter { widths[$0] < least[$0] }
        let need = short.reduce(0) { $0 + least[$1] - widths[$1] }
        let others = widths.indices.filter { !short.contains($0) }
        let room = others.reduce(0) { $0 + max(0, widths[$1] - least[$1]) }
        guard need > 0, room > need else { return widths }
        var w = widths
        for i in short { w[i] = least[i] }
        for i in others { w[i] -= max(0, widths[i] - least[i]) * need / room }
        return w
    }

    /// `widths` with the room that columns do not use (their widest cell fits with some to spare)
    /// given to columns whose cells wrap, in proportion to what each would need to fit on one line:
    /// fixed fractions that suit one week's table (a long 量化目标 beside a short 重点举措) would
    /// otherwise wrap one column into many lines beside empty space.
    func rebalanced(_ widths: [Double], _ table: Table) -> [Double] {
        let layout = flow.layout
        let body = flow.setter.textStyle(layout.style("table"))
        let head = flow.setter.textStyle(layout.style("table_header"))
        let pad = 2 * layout.table.padding + body.size
        var natural = Array(repeating: 0.0, count: widths.count)
        func measure(_ s: String, _ style: TextStyle) -> Double {
            s.split(separator: "\n").map { flow.naturalWidth(String($0), style) }.max() ?? 0
        }
        for (i, h) in table.header.enumerated() where i < widths.count { natural[i] = measure(h, head) + pad }
        for row in table.rows {
            for (i, c) in row.enumerated() where i < widths.count { natural[i] = max(natural[i], measure(c, body) + pad) }
        }
        let slack = widths.indices.map { max(0, widths[$0] - natural[$0]) }
        let want = widths.indices.map { max(0, natural[$0] - widths[$0]) }
        let spare = slack.reduce(0, +)
        let needed = want.reduce(0, +)
        guard spare > 0.5, needed > 0.5 else { return widths }
        let give = min(spare, needed)
        return widths.indices.map { widths[$0] - slack[$0] * give / spare + want[$0] * give / needed }
    }

    /// Characters up to which a cell's line is not broken at all.
    static let shortCell = 4

    /// The runs of a cell a line should not break: dates (`2017年11月14日`, `11月14日`), numbers
    /// with their unit, Latin words and file names (`002.txt`).
    static func words(in s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        let chars = Array(s)
        for (k, c) in chars.enumerated() {
            let word = CJK.isWordCore(c) || CJK.wordInfix.contains(c) || CJK.wordSuffix.contains(c)
            // a counter after a digit stays with it (2017年, 14日), and a date goes on through it
            let counter = k > 0 && CJK.isDigit(chars[k - 1]) && CJK.counters.contains(c)
            if word || counter {
                cur.append(c)
            } else if !cur.isEmpty {
                out.append(cur)
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// Places `table`; with `breakBefore`, its rows from that one on start a new page (under the
    /// header repeated).
    mutating func place(_ table: Table, index: Int, breakBefore: Int? = nil) {
        let layout = flow.layout
        let bodyStyle = layout.style("table")
        let headStyle = layout.style("table_header")
        let spec = layout.table
        let ncol = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard ncol > 0 else { return }
        var fr = table.columnWidths.count == ncol ? table.columnWidths : naturalWidths(table, ncol: ncol)
        let sum = fr.reduce(0, +)
        fr = fr.map { $0 / (sum > 0 ? sum : 1) }
        let W = flow.W
        let widths = rebalanced(widened(fr.map { $0 * W }, table), table)
        var xs: [Double] = [0]
        for w in widths { xs.append((xs.last ?? 0) + w) }
        let c = flow.setter.displayComposer

        func align(_ col: Int, _ text: String, header: Bool) -> LineAlignment {
            if header { return .center }
            if col < table.alignments.count {
                switch table.alignments[col] {
                case .leading: return .left
                case .center: return .center
                case .trailing: return .right
                }
            }
            return Self.isNumeric(text) ? .right : .left
        }

        /// Cells of one row composed: lines per cell, row height.
        func composeRow(_ cells: [String], header: Bool) -> ([[SetLine]], [(text: String, style: TextStyle)], Double) {
            let st = header ? headStyle : bodyStyle
            let style = flow.setter.textStyle(st)
            var out: [[SetLine]] = []
            var maxLines = 1
            for col in 0..<ncol {
                let text = col < cells.count ? cells[col] : ""
                var lines: [SetLine] = []
                for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let runs = [(text: String(part), style: style)]
                    let inner = widths[col] - 2 * spec.padding
                    let set = c.compose(runs, width: inner, alignment: align(col, String(part), header: header))
                    lines.append(contentsOf: set)
                }
                maxLines = max(maxLines, lines.count)
                out.append(lines)
            }
            let lineH = st.size * layout.table.lineHeightEm
            let h = max(spec.rowHeight, Double(maxLines) * lineH + 2 * spec.padding)
            return (out, [(text: "", style: style)], h)
        }

        let head = table.header.isEmpty ? nil : composeRow(table.header, header: true)
        let bottom = flow.T + flow.H
        var y = flow.slot == 0 ? flow.T : flow.T + Double(flow.slot) * flow.P
        if flow.slot >= flow.lines {
            flow.newPage()
            y = flow.T
        }

        let lineH = bodyStyle.size * spec.lineHeightEm
        /// Lines of a composed row: its tallest cell's.
        func lineCount(_ row: ([[SetLine]], [(text: String, style: TextStyle)], Double)) -> Int {
            max(1, row.0.map(\.count).max() ?? 1)
        }

        /// Draws a whole row (cells centred in it), or lines `part` of a row broken across pages
        /// (cells set from the top, each piece as tall as its lines).
        func drawRow(
            _ row: ([[SetLine]], [(text: String, style: TextStyle)], Double), header: Bool, highlight: Bool, part: Range<Int>? = nil
        ) {
            let st = header ? headStyle : bodyStyle
            let style = flow.setter.textStyle(st)
            let lineH = st.size * layout.table.lineHeightEm
            let h = part.map { Double($0.count) * lineH + 2 * spec.padding } ?? row.2
            for col in 0..<ncol {
                let fill: RGB? = header ? layout.color("table_header") : (highlight ? layout.color("highlight") : nil)
                flow.emit(
                    .box(
                        BoxFrame(
                            x: flow.L + xs[col], y: y, width: widths[col], height: h, fill: fill,
                            stroke: layout.color("table_rule"), lineWidth: spec.ruleWidth)))
                var lines = row.0[col]
                let top: Double
                if let part {
                    lines = Array(lines[min(part.lowerBound, lines.count)..<min(part.upperBound, lines.count)])
                    top = y + spec.padding
                } else {
                    top = y + (h - Double(lines.count) * lineH) / 2
                }
                var b = top + (lineH - st.size) / 2 + 0.88 * st.size
                for var line in lines {
                    line.isFinal = true
                    let shift = xs[col] + spec.padding
                    line.xs = line.xs.map { $0 + shift }
                    line.x0 += shift
                    line.x1 += shift
                    flow.emitLine(line, runs: [(text: "", style: style)], baseline: b, kind: .table, slot: nil, block: index)
                    b += lineH
                }
            }
            y += h
        }

        /// Lines of a row of `n` lines, from line `from` on, that go at the foot of a page with
        /// `room` pt left before the rest breaks to the next (允许跨行断页): at least 2 at the foot
        /// (no first line alone), and at least 2 carried over when the row has 4 or more (a 3-line
        /// row breaks 2 + 1); nil when the layout keeps rows whole or no such break fits.
        func footLines(_ n: Int, from: Int, room: Double) -> Int? {
            guard spec.splitRows else { return nil }
            let fit = Int(((room - 2 * spec.padding) / lineH + 0.001).rounded(.down))
            let k = min(fit, n - from - (n >= 4 ? 2 : 1))
            return k >= 2 ? k : nil
        }

        let rows = table.rows.map { composeRow($0, header: false) }
        // the table starts where its header and first rows fit (a short table whole); on a page of
        // running text, which must not end short, it starts where its header and first row fit,
        // or the first lines of that row when it may break across pages
        let leadCount = flow.pageMayEndShort ? Self.leadRows(rows.count) : min(1, rows.count)
        var lead = (head?.2 ?? 0) + rows.prefix(leadCount).reduce(0) { $0 + $1.2 }
        if !flow.pageMayEndShort, let first = rows.first, footLines(lineCount(first), from: 0, room: flow.H) != nil {
            lead = (head?.2 ?? 0) + 2 * lineH + 2 * spec.padding
        }
        if y > flow.T + 0.01, y + lead > bottom + 0.01 {
            flow.newPage()
            y = flow.T
        }
        if let head { drawRow(head, header: true, highlight: false) }
        let highlighted = Set(table.highlightedRows)
        var onPage = 0
        func breakPage() {
            flow.newPage()
            y = flow.T
            onPage = 0
            if let head { drawRow(head, header: true, highlight: false) }
        }
        for (r, row) in rows.enumerated() {
            if let b = breakBefore, r == b, onPage > 0 { breakPage() }
            // the last row does not go alone onto a page of its own: the one before goes with it
            if y + row.2 <= bottom + 0.01, onPage >= 2, r == rows.count - 2, y + row.2 + rows[r + 1].2 > bottom + 0.01 {
                breakPage()
            }
            let n = lineCount(row)
            var from = 0
            while true {
                let rest = from == 0 ? row.2 : Double(n - from) * lineH + 2 * spec.padding
                let part = from == 0 ? nil : from..<n
                if y + rest <= bottom + 0.01 {
                    drawRow(row, header: false, highlight: highlighted.contains(r), part: part)
                    break
                }
                if let k = footLines(n, from: from, room: bottom - y) {
                    drawRow(row, header: false, highlight: highlighted.contains(r), part: from..<(from + k))
                    from += k
                    breakPage()
                    continue
                }
                if onPage == 0, y <= flow.T + (head?.2 ?? 0) + 0.01 {
                    // only the header above it, and it cannot break: it runs over the foot
                    drawRow(row, header: false, highlight: highlighted.contains(r), part: part)
                    break
                }
                breakPage()
            }
            onPage += 1
        }
        // resume the grid on the first line whose em box starts below the table
        let next = Int(((y + flow.layout.grid.bodySize / 2 - flow.T) / flow.P).rounded(.up))
        flow.slot = next
        if flow.slot >= flow.lines { flow.newPage() }
    }
}
