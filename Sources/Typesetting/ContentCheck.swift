/// What a content list may not hold, checked before it is typeset: text that would be silently
/// cut or dropped (a NUL ends a C string in the painter), colours that are not colours, numbers
/// that would draw a wrong figure or never end (a spacer of a billion lines), and no content at
/// all. Each problem names its block; `BlockList.decode` refuses the first.
public enum ContentCheck {
    /// The most blank lines a spacer may ask for (several pages' worth).
    public static let maxSpacerLines = 200
    /// The tallest chart, in points (more than an A3 page).
    public static let maxChartHeight = 1_200.0

    /// The first problem of `doc`, with the index of its block.
    public static func firstProblem(_ doc: ContentDocument) -> BlockList.DecodeError? {
        if doc.blocks.isEmpty {
            return BlockList.DecodeError(index: nil, message: "no blocks: the content is empty (nothing to typeset)")
        }
        for (i, b) in doc.blocks.enumerated() {
            if let m = problem(b) { return BlockList.DecodeError(index: i, message: m) }
        }
        for (key, value) in [("title", doc.metadata.title), ("author", doc.metadata.author), ("subject", doc.metadata.subject)] {
            if let m = control(value) { return BlockList.DecodeError(index: nil, message: "metadata \(key): \(m)") }
        }
        return nil
    }

    /// Why `block` cannot be typeset truthfully, or nil.
    public static func problem(_ block: Block) -> String? {
        func texts(_ named: [(String, String)]) -> String? {
            for (what, t) in named { if let m = control(t) { return "\(what): \(m)" } }
            return nil
        }
        switch block {
        case .masthead(let t), .issueLine(let t), .title(let t), .caption(let t), .note(let t):
            return texts([("text", t)])
        case .issuer(let office, let date), .signature(let office, let date):
            return texts([("office", office), ("date", date)])
        case .heading(let level, let t):
            guard (0...4).contains(level) else { return "heading level \(level) is not 0…4" }
            return texts([("text", t)])
        case .paragraph(let runs):
            for (k, r) in runs.enumerated() { if let m = control(r.text) { return "run \(k): \(m)" } }
            return nil
        case .endBlock(let e):
            return texts([("copy-to", e.copyTo), ("printer", e.printer), ("print date", e.printDate)])
        case .spacer(let n):
            guard (0...maxSpacerLines).contains(n) else { return "a spacer of \(n) lines; 0…\(maxSpacerLines)" }
            return nil
        case .separatorRule, .pageBreak: return nil
        case .table(let t):
            for (k, h) in t.header.enumerated() { if let m = control(h) { return "header cell \(k): \(m)" } }
            for (r, row) in t.rows.enumerated() {
                for (k, cell) in row.enumerated() { if let m = control(cell) { return "row \(r) cell \(k): \(m)" } }
            }
            for (k, w) in t.columnWidths.enumerated() where !(w.isFinite && w > 0) {
                return "column width \(k) is \(w); widths are positive numbers"
            }
            for h in t.highlightedRows where !t.rows.indices.contains(h) {
                return "highlighted row \(h) does not exist (rows 0…\(t.rows.count - 1))"
            }
            return nil
        case .chart(let c):
            if let m = texts([("title", c.title), ("axis", c.axisLabel)]) { return "chart \(m)" }
            guard c.height.isFinite, c.height > 0, c.height <= maxChartHeight else {
                return "chart height \(c.height) is not within 0…\(Int(maxChartHeight)) pt"
            }
            for (k, bar) in c.bars.enumerated() {
                if RGB(hex: bar.color) == nil { return "bar \(k): colour '\(bar.color)' is not #RRGGBB" }
                guard bar.value.isFinite else { return "bar \(k): value \(bar.value) is not a finite number" }
                if let m = texts([("label", bar.label), ("value text", bar.valueText)]) { return "bar \(k) \(m)" }
            }
            return nil
        }
    }

    /// "control character U+0000 at character 5" for text holding one (tab and line breaks are
    /// text; every other C0/C1 control, and U+FFFE/U+FFFF, is not), else nil.
    public static func control(_ text: String) -> String? {
        for (i, u) in text.unicodeScalars.enumerated() {
            let v = u.value
            let allowed = v == 0x09 || v == 0x0A || v == 0x0D
            if (v < 0x20 && !allowed) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                let hex = String(v, radix: 16, uppercase: true)
                return "control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) at character \(i)"
            }
        }
        return nil
    }
}
