/// One `w:p` before it is written: the paragraph properties tongbao sets directly (the rest comes
/// from its style) and its runs. Kept as a value until the next block is seen, because the red
/// rule under the 版头 is the bottom border of the paragraph before it.
struct WordParagraph {
    /// One run: text in the paragraph's face or a character style, a tab, a line break, or the
    /// page-number field.
    enum Run {
        case text(String, characterStyle: String?)
        case tab
        case lineBreak
        case pageField
    }

    var style: String
    var runs: [Run] = []
    var pageBreakBefore = false
    /// `w:pBdr/w:bottom`: width in eighths of a point, space in points, colour `RRGGBB`.
    var bottomBorder: (size: Int, space: Int, color: String)? = nil
    /// Right-aligned tab stop, twips from the left margin.
    var rightTab: Int? = nil
    /// Direct indents in twips (nil = the style's).
    var leftIndent: Int? = nil
    var rightIndent: Int? = nil
    var hanging: Int? = nil
    /// Direct justification (nil = the style's).
    var justification: String? = nil
    var snapToGrid: Bool? = nil
    /// Direct line height in twips, exact (nil = the style's).
    var exactLine: Int? = nil
    /// No space before, whatever the style says (the second line of a pair).
    var noSpaceBefore = false

    init(style: String, runs: [Run] = []) {
        self.style = style
        self.runs = runs
    }

    /// The paragraph's text as a reader sees it (tabs as tabs, breaks as newlines).
    var text: String {
        runs.map { run in
            switch run {
            case .text(let t, _): return t
            case .tab: return "\t"
            case .lineBreak: return "\n"
            case .pageField: return ""
            }
        }.joined()
    }

    var xml: String {
        var p = XMLText.val("w:pStyle", style)
        if pageBreakBefore { p += "<w:pageBreakBefore/>" }
        if let b = bottomBorder {
            p += "<w:pBdr>"
            p += XMLText.element(
                "w:bottom", [("w:val", "single"), ("w:sz", String(b.size)), ("w:space", String(b.space)), ("w:color", b.color)])
            p += "</w:pBdr>"
        }
        if let t = rightTab {
            p += "<w:tabs>" + XMLText.element("w:tab", [("w:val", "right"), ("w:pos", String(t))]) + "</w:tabs>"
        }
        if let s = snapToGrid { p += XMLText.val("w:snapToGrid", s ? "1" : "0") }
        if exactLine != nil || noSpaceBefore {
            var a: [(String, String)] = []
            if noSpaceBefore { a += [("w:before", "0"), ("w:beforeLines", "0")] }
            if let l = exactLine { a += [("w:line", String(l)), ("w:lineRule", "exact")] }
            p += XMLText.element("w:spacing", a)
        }
        if leftIndent != nil || rightIndent != nil || hanging != nil {
            var a: [(String, String)] = []
            if let l = leftIndent { a.append(("w:left", String(l))) }
            if let r = rightIndent { a.append(("w:right", String(r))) }
            if let h = hanging { a.append(("w:hanging", String(h))) } else if leftIndent != nil { a.append(("w:firstLine", "0")) }
            p += XMLText.element("w:ind", a)
        }
        if let j = justification { p += XMLText.val("w:jc", j) }
        var s = "<w:p><w:pPr>" + p + "</w:pPr>"
        for run in runs {
            switch run {
            case .text(let t, let cs):
                guard !t.isEmpty else { continue }
                s += "<w:r>"
                if let cs { s += "<w:rPr>" + XMLText.val("w:rStyle", cs) + "</w:rPr>" }
                s += #"<w:t xml:space="preserve">"# + XMLText.escape(t) + "</w:t></w:r>"
            case .tab: s += "<w:r><w:tab/></w:r>"
            case .lineBreak: s += "<w:r><w:br/></w:r>"
            case .pageField:
                s += #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
                s += #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
            }
        }
        return s + "</w:p>"
    }
}
