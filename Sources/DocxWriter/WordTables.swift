import Typesetting

/// Tables as both suites read them: `w:tblGrid/w:gridCol` (WPS lays columns out from these) and
/// `w:tblW` plus every cell's `w:tcW` (Word does), fixed layout; the header row repeated on every
/// page (`w:tblHeader`); no row split across pages (`w:cantSplit`).
struct WordTables {
    let layout: Layout
    let grid: WordGrid

    static func isNumeric(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t.allSatisfy { "0123456789.,-+%‰−".contains($0) }
    }

    /// Column widths in twips summing to the block width: the table's fractions, or (as the PDF
    /// does) each column's widest cell plus padding with the spare width shared equally. Widths
    /// are estimated from character classes (a full-width character is one em, others 0.6),
    /// since Word measures again anyway. A column gets at least room for its longest run of Latin
    /// letters and digits (a file name), which the suites would otherwise break after a `/`, or
    /// date (`2017年11月14日`) or short cell, and the room a column does not use goes to those that
    /// wrap, as the PDF's columns do.
    func columnWidths(_ t: Table, ncol: Int) -> [Int] {
        let body = layout.style("table").size
        let head = layout.style("table_header").size
        func ems(_ c: Character) -> Double { CJK.isFullWidth(c) ? 1 : 0.6 }
        func width(_ s: String, _ size: Double) -> Double {
            s.split(separator: "\n").map { line in line.reduce(0) { $0 + ems($1) } * size }.max() ?? 0
        }
        func longestWord(_ s: String, _ size: Double) -> Double {
            var best = 0.0
            var run = 0.0
            var previous: Character = " "
            for c in s {
                // a counter after a digit stays in the run: a date (2017年11月14日) is one word
                let counter = CJK.isDigit(previous) && CJK.counters.contains(c)
                if (CJK.isFullWidth(c) && !counter) || c.isWhitespace { run = 0 } else { run += ems(c) }
                best = max(best, run)
                previous = c
            }
            return best * size
        }
        var natural = Array(repeating: 0.0, count: ncol)
        var minimum = Array(repeating: 0.0, count: ncol)
        // a short cell line (石景山区, a header word) is kept whole too, as in the PDF
        func shortLine(_ s: String, _ size: Double) -> Double {
            s.split(separator: "\n").filter { $0.count <= 4 }.map { width(String($0), size) }.max() ?? 0
        }
        for (i, h) in t.header.enumerated() where i < ncol {
            natural[i] = max(natural[i], width(h, head))
            minimum[i] = max(minimum[i], longestWord(h, head), shortLine(h, head), 2 * head)
        }
        for row in t.rows {
            for (i, c) in row.enumerated() where i < ncol {
                natural[i] = max(natural[i], width(c, body))
                minimum[i] = max(minimum[i], longestWord(c, body), shortLine(c, body))
            }
        }
        let pad = 2 * layout.table.padding + body
        natural = natural.map { $0 + pad }
        minimum = zip(minimum, natural).map { min($0 + pad, $1) }
        let W = Double(grid.blockWidth) / 20
        var fr: [Double]
        if t.columnWidths.count == ncol, t.columnWidths.allSatisfy({ $0.isFinite && $0 > 0 }) {
            let sum = t.columnWidths.reduce(0, +)
            fr = t.columnWidths.map { $0 / sum * W }
        } else {
            let total = natural.reduce(0, +)
            fr = total < W ? natural.map { $0 + (W - total) / Double(ncol) } : natural.map { $0 * W / total }
        }
        // a column below its minimum gets it, taken from the others in proportion
        let short = fr.indices.filter { fr[$0] < minimum[$0] }
        let need = short.reduce(0) { $0 + minimum[$1] - fr[$1] }
        let others = fr.indices.filter { !short.contains($0) }
        let room = others.reduce(0) { $0 + max(0, fr[$1] - minimum[$1]) }
        if need > 0, room > need {
            for i in short { fr[i] = minimum[i] }
            for i in others { fr[i] -= max(0, fr[i] - minimum[i]) * need / room }
        }
        // room a column does not use goes to the columns that wrap, in proportion to their need
        let slack = fr.indices.map { max(0, fr[$0] - natural[$0]) }
        let want = fr.indices.map { max(0, natural[$0] - fr[$0]) }
        let spare = slack.reduce(0, +)
        let wanted = want.reduce(0, +)
        if spare > 0.5, wanted > 0.5 {
            let give = min(spare, wanted)
            fr = fr.indices.map { fr[$0] - slack[$0] * give / spare + want[$0] * give / wanted }
        }
        var tw = fr.map { Int(($0 / W * Double(grid.blockWidth)).rounded(.down)) }
        if let last = tw.indices.last { tw[last] += grid.blockWidth - tw.reduce(0, +) }
        return tw
    }

    func alignment(_ t: Table, col: Int, text: String, header: Bool) -> String {
        if header { return "center" }
        if col < t.alignments.count {
            switch t.alignments[col] {
            case .leading: return "left"
            case .center: return "center"
            case .trailing: return "right"
            }
        }
        return Self.isNumeric(text) ? "right" : "left"
    }

    func cell(_ text: String, width: Int, style: String, align: String, fill: String?) -> String {
        var s = "<w:tc><w:tcPr>" + XMLText.element("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])
        if let fill { s += XMLText.element("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)]) }
        s += XMLText.val("w:vAlign", "center") + "</w:tcPr>"
        var p = WordParagraph(style: WordStyles.id(style))
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { p.runs.append(.lineBreak) }
            p.runs.append(.text(WordBody.clean(String(line)), characterStyle: nil))
        }
        p.justification = align
        return s + p.xml + "</w:tc>"
    }

    func table(_ t: Table) -> String {
        let ncol = max(t.header.count, t.rows.map(\.count).max() ?? 0)
        guard ncol > 0 else { return "" }
        let widths = columnWidths(t, ncol: ncol)
        let spec = layout.table
        let rule = WordUnits.hex(layout.color("table_rule"))
        let ruleSize = String(min(96, max(2, Int((spec.ruleWidth * 8).rounded()))))
        let pad = String(WordUnits.twips(pt: spec.padding))
        var s = "<w:tbl><w:tblPr>"
        s += XMLText.element("w:tblW", [("w:w", String(grid.blockWidth)), ("w:type", "dxa")])
        s += XMLText.val("w:jc", "center") + "<w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            s += XMLText.element("w:\(side)", [("w:val", "single"), ("w:sz", ruleSize), ("w:space", "0"), ("w:color", rule)])
        }
        s += "</w:tblBorders>" + XMLText.val("w:tblLayout", "fixed") + "<w:tblCellMar>"
        s += XMLText.element("w:left", [("w:w", pad), ("w:type", "dxa")]) + XMLText.element("w:right", [("w:w", pad), ("w:type", "dxa")])
        s += "</w:tblCellMar>"
        s += XMLText.element(
            "w:tblLook",
            [
                ("w:val", "0020"), ("w:firstRow", "1"), ("w:lastRow", "0"), ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                ("w:noHBand", "1"), ("w:noVBand", "1"),
            ])
        s += "</w:tblPr><w:tblGrid>"
        for w in widths { s += XMLText.element("w:gridCol", [("w:w", String(w))]) }
        s += "</w:tblGrid>"
        let height = String(WordUnits.twips(pt: spec.rowHeight))
        func row(_ cells: [String], header: Bool, fill: String?) -> String {
            var r = "<w:tr><w:trPr><w:cantSplit/>" + XMLText.element("w:trHeight", [("w:val", height), ("w:hRule", "atLeast")])
            if header { r += "<w:tblHeader/>" }
            r += "</w:trPr>"
            for col in 0..<ncol {
                let text = col < cells.count ? cells[col] : ""
                r += cell(
                    text, width: widths[col], style: header ? "table_header" : "table",
                    align: alignment(t, col: col, text: text, header: header), fill: fill)
            }
            return r + "</w:tr>"
        }
        if !t.header.isEmpty { s += row(t.header, header: true, fill: WordUnits.hex(layout.color("table_header"))) }
        let highlighted = Set(t.highlightedRows)
        for (i, cells) in t.rows.enumerated() {
            s += row(cells, header: false, fill: highlighted.contains(i) ? WordUnits.hex(layout.color("highlight")) : nil)
        }
        return s + "</w:tbl>"
    }

    /// 版记: the copy-to line(s) and the printer with the print date, between a thick rule above,
    /// a thin one between and a thick one below, as wide as the block. In the flow, not floated to
    /// the block's foot: LibreOffice drops a floating table that ends the document.
    func endBlock(_ eb: EndBlock) -> String {
        let st = layout.style("endblock")
        let em = WordUnits.twips(pt: st.size)
        let inset = Int((st.indent * Double(em)).rounded())
        let copy = eb.copyTo.isEmpty ? layout.furniture.copyTo : eb.copyTo
        let printer = eb.printer.isEmpty ? layout.furniture.printer : eb.printer
        var date = eb.printDate
        if !date.isEmpty, !date.hasSuffix(layout.furniture.printSuffix) { date += layout.furniture.printSuffix }
        let thick = String(WordUnits.eighths(mm: layout.rules.endThickMM))
        let thin = String(WordUnits.eighths(mm: layout.rules.endThinMM))
        let color = WordUnits.hex(layout.color("rule"))
        let half = grid.blockWidth / 2
        func border(_ side: String, _ size: String) -> String {
            XMLText.element("w:\(side)", [("w:val", "single"), ("w:sz", size), ("w:space", "0"), ("w:color", color)])
        }
        func none(_ side: String) -> String { XMLText.element("w:\(side)", [("w:val", "nil")]) }
        var s = "<w:tbl><w:tblPr>"
        s += XMLText.element("w:tblW", [("w:w", String(grid.blockWidth)), ("w:type", "dxa")])
        s += "<w:tblBorders>" + border("top", thick) + none("left") + border("bottom", thick) + none("right")
        s += border("insideH", thin) + none("insideV") + "</w:tblBorders>"
        s += XMLText.val("w:tblLayout", "fixed") + "<w:tblCellMar>"
        s += XMLText.element("w:left", [("w:w", "0"), ("w:type", "dxa")]) + XMLText.element("w:right", [("w:w", "0"), ("w:type", "dxa")])
        s += "</w:tblCellMar></w:tblPr><w:tblGrid>"
        s += XMLText.element("w:gridCol", [("w:w", String(half))])
        s += XMLText.element("w:gridCol", [("w:w", String(grid.blockWidth - half))]) + "</w:tblGrid>"
        let height = String(WordUnits.twips(pt: max(grid.linePitchPoints, st.size * layout.rules.endLineHeightEm)))
        func trPr() -> String {
            "<w:trPr><w:cantSplit/>" + XMLText.element("w:trHeight", [("w:val", height), ("w:hRule", "atLeast")]) + "</w:trPr>"
        }
        func tcPr(_ width: Int, span: Int = 1) -> String {
            var p = "<w:tcPr>" + XMLText.element("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])
            if span > 1 { p += XMLText.val("w:gridSpan", String(span)) }
            return p + XMLText.val("w:vAlign", "center") + "</w:tcPr>"
        }
        if !copy.isEmpty {
            // wrapped lines align after the colon
            let label = layout.furniture.copyToLabel
            let labelWidth = Int((label.reduce(0.0) { $0 + (CJK.isFullWidth($1) ? 1 : 0.5) } * Double(em)).rounded())
            var p = WordParagraph(style: WordStyles.id("endblock"), runs: [.text(WordBody.clean(label + copy), characterStyle: nil)])
            p.leftIndent = inset + labelWidth
            p.hanging = labelWidth
            p.rightIndent = inset
            p.justification = "both"
            s += "<w:tr>" + trPr() + "<w:tc>" + tcPr(grid.blockWidth, span: 2) + p.xml + "</w:tc></w:tr>"
        }
        if !printer.isEmpty || !date.isEmpty {
            var left = WordParagraph(style: WordStyles.id("endblock"), runs: [.text(WordBody.clean(printer), characterStyle: nil)])
            left.leftIndent = inset
            left.justification = "left"
            var right = WordParagraph(style: WordStyles.id("endblock"), runs: [.text(WordBody.clean(date), characterStyle: nil)])
            right.rightIndent = inset
            right.justification = "right"
            s += "<w:tr>" + trPr() + "<w:tc>" + tcPr(half) + left.xml + "</w:tc>"
            s += "<w:tc>" + tcPr(grid.blockWidth - half) + right.xml + "</w:tc></w:tr>"
        }
        return s + "</w:tbl>"
    }
}
