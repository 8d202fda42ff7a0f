import Typesetting

/// One paragraph style per block style of the layout (and a character style for each inline
/// emphasis), with the East-Asian font set on every one: Word and WPS otherwise take Chinese from
/// a Latin face, and quotes, dashes and ellipses (which both suites class as Latin unless told)
/// from Times New Roman.
struct WordStyles {
    let layout: Layout
    let grid: WordGrid

    /// Paragraph styles: block style name → (style id, display name). Headings 1–4 carry Word's
    /// built-in names so the navigation pane lists them; their numbers stay in the text.
    static let paragraphStyles: [(block: String, id: String, name: String)] = [
        ("body", "Body", "Body Text"),
        ("masthead", "Masthead", "tongbao masthead"),
        ("issue", "IssueLine", "tongbao issue line"),
        ("issuer", "Issuer", "tongbao issuer"),
        ("title", "Title", "Title"),
        ("heading0", "AttachmentLabel", "tongbao attachment label"),
        ("heading1", "Heading1", "heading 1"),
        ("heading2", "Heading2", "heading 2"),
        ("heading3", "Heading3", "heading 3"),
        ("heading4", "Heading4", "heading 4"),
        ("caption", "Caption", "caption"),
        ("note", "Note", "tongbao note"),
        ("signature", "Signature", "Signature"),
        ("endblock", "EndBlock", "tongbao end block"),
        ("page_number", "PageNumber", "tongbao page number"),
        ("table", "TableText", "tongbao table text"),
        ("table_header", "TableHeader", "tongbao table header"),
    ]

    /// Character styles for inline emphasis.
    static let characterStyles: [(block: String, id: String, name: String)] = [
        ("strong", "Strong", "Strong"), ("kai", "Kai", "tongbao kai"),
    ]

    static func id(_ block: String) -> String {
        paragraphStyles.first { $0.block == block }?.id ?? "Body"
    }

    /// Display styles (the engine's display composer): no Han–Latin autospace.
    static let display: Set<String> = [
        "masthead", "issue", "issuer", "title", "caption", "signature", "endblock", "page_number", "table", "table_header",
    ]

    /// Styles set off the grid: table cells, 版记 and page numbers have their own line heights.
    static let offGrid: Set<String> = ["table", "table_header", "endblock", "page_number"]

    /// The face a role names in the document: the chain's first family (the office's font). Word
    /// and WPS take the next names from the font table's `w:altName` when it is missing.
    func family(_ role: String) -> String {
        (layout.fonts[role] ?? layout.fonts["body"])?.families.first ?? "SimSun"
    }

    func isBold(_ role: String) -> Bool { layout.fonts[role]?.weight == "bold" }

    /// `w:rFonts` with every script slot on the role's face and the East-Asian hint, so ambiguous
    /// characters (“”‘’—…·) take the CJK face too.
    func fonts(_ role: String) -> String {
        let f = family(role)
        return XMLText.element("w:rFonts", [("w:hint", "eastAsia"), ("w:ascii", f), ("w:hAnsi", f), ("w:eastAsia", f), ("w:cs", f)])
    }

    /// Character spacing (twips) that sets text of `size` on the grid's character pitch: body-size
    /// text is condensed from its 1 em to 156 mm / 28 (rounded down, so 28 characters fit), the
    /// other sizes keep their own advance, as in the PDF.
    func gridSpacing(_ size: Double) -> Int {
        guard abs(size - layout.grid.bodySize) < 0.01 else { return 0 }
        // one twip tighter than the pitch: at the rounded-down value LibreOffice fits 27
        return Int(((grid.charPitch - size) * 20).rounded(.down)) - 1
    }

    /// Run properties of a block style, in schema order.
    func runProperties(_ st: BlockStyle, bold: Bool? = nil) -> String {
        var s = fonts(st.font)
        if bold ?? isBold(st.font) { s += "<w:b/><w:bCs/>" }
        s += XMLText.val("w:color", WordUnits.hex(layout.color(st.color)))
        let spacing = st.tracking != 0 ? WordUnits.twips(pt: st.tracking * st.size) : gridSpacing(st.size)
        if spacing != 0 { s += XMLText.val("w:spacing", String(spacing)) }
        let sz = String(WordUnits.halfPoints(st.size))
        s += XMLText.val("w:sz", sz) + XMLText.val("w:szCs", sz)
        return s
    }

    static func justification(_ align: String) -> String {
        switch align {
        case "left": return "left"
        case "center": return "center"
        case "right": return "right"
        default: return "both"
        }
    }

    /// Indent kinds: which block styles indent their first line by `indent_chars` (the others
    /// place their indent per paragraph: signature, issuer, 版记, page numbers).
    static let firstLineIndented: Set<String> = ["body", "heading0", "heading1", "heading2", "heading3", "heading4", "note"]

    func paragraphProperties(block: String, _ st: BlockStyle) -> String {
        var s = ""
        if block.hasPrefix("heading") || block == "title" || block == "caption" { s += "<w:keepNext/>" }
        // Off the grid's snapping, on its pitch: lines are exactly one grid line apart and
        // characters condensed to the grid's character pitch (`gridSpacing`). LibreOffice sets a
        // character wider than a grid cell in two cells, so snapping 16 pt text to the 15.8 pt
        // cells of a 28-character line halves the line there; Word and WPS read the same.
        if block == "normal" { s += "<w:kinsoku/>" + XMLText.val("w:overflowPunct", "0") }
        // display lines set dates and numbers tight (2017年11月20日), running text keeps the
        // quarter-em space between Han and Latin letters or digits, as in the PDF
        if Self.display.contains(block) { s += XMLText.val("w:autoSpaceDE", "0") + XMLText.val("w:autoSpaceDN", "0") }
        s += XMLText.val("w:snapToGrid", "0")
        if Self.offGrid.contains(block) {
            let em: Double
            switch block {
            case "endblock": em = layout.rules.endLineHeightEm
            case "page_number": em = layout.pageNumber.lineHeightEm
            default: em = layout.table.lineHeightEm
            }
            let lineH = st.size * em
            s += XMLText.element(
                "w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", String(WordUnits.twips(pt: lineH))), ("w:lineRule", "exact")])
        } else {
            // blank grid lines before and after, and exactly one grid line per text line (the
            // masthead its `lines`), whatever the face's own line height
            let lines = max(1, block == "masthead" ? st.lines : 1)
            var a: [(String, String)] = []
            a.append(("w:before", String(st.spaceBefore * grid.linePitch)))
            if st.spaceBefore > 0 { a.append(("w:beforeLines", String(st.spaceBefore * 100))) }
            a.append(("w:after", String(st.spaceAfter * grid.linePitch)))
            if st.spaceAfter > 0 { a.append(("w:afterLines", String(st.spaceAfter * 100))) }
            a += [("w:line", String(lines * grid.linePitch)), ("w:lineRule", "exact")]
            s += XMLText.element("w:spacing", a)
        }
        if Self.firstLineIndented.contains(block), st.indent > 0 {
            let chars = Int((st.indent * 100).rounded())
            let tw = Int((st.indent * grid.charPitch * 20).rounded())
            s += XMLText.element("w:ind", [("w:firstLineChars", String(chars)), ("w:firstLine", String(tw))])
        }
        s += XMLText.val("w:jc", Self.justification(st.align))
        if let level = Int(block.dropFirst("heading".count)), block.hasPrefix("heading"), level >= 1 {
            s += XMLText.val("w:outlineLvl", String(level - 1))
        }
        return s
    }

    /// `word/styles.xml`.
    func xml() -> String {
        let body = layout.style("body")
        var s = XMLText.declaration
        s += #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        // defaults: the body face and size, Chinese as the East-Asian language (both suites then
        // apply their Chinese line-breaking rules and punctuation widths)
        s += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(body.font)
        if gridSpacing(layout.grid.bodySize) != 0 { s += XMLText.val("w:spacing", String(gridSpacing(layout.grid.bodySize))) }
        s += XMLText.val("w:sz", String(WordUnits.halfPoints(layout.grid.bodySize)))
        s += XMLText.val("w:szCs", String(WordUnits.halfPoints(layout.grid.bodySize)))
        s += XMLText.element("w:lang", [("w:val", "en-US"), ("w:eastAsia", "zh-CN"), ("w:bidi", "ar-SA")])
        s += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        s += XMLText.element("w:spacing", [("w:before", "0"), ("w:after", "0")])
        s += "</w:pPr></w:pPrDefault></w:docDefaults>"
        // Normal: the body face without the indent (table cells and the rest start from it)
        var normal = body
        normal.indent = 0
        normal.spaceBefore = 0
        normal.spaceAfter = 0
        s += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>"#
        s += paragraphProperties(block: "normal", normal)
        s += "</w:pPr><w:rPr>" + runProperties(normal) + "</w:rPr></w:style>"
        for p in Self.paragraphStyles {
            let st = layout.style(p.block)
            s += XMLText.open("w:style", [("w:type", "paragraph"), ("w:styleId", p.id)])
            s += XMLText.val("w:name", p.name) + XMLText.val("w:basedOn", "Normal")
            if p.block == "body" || p.block.hasPrefix("heading") || p.block == "title" { s += "<w:qFormat/>" }
            s += "<w:pPr>" + paragraphProperties(block: p.block, st) + "</w:pPr>"
            s += "<w:rPr>" + runProperties(st) + "</w:rPr></w:style>"
        }
        for c in Self.characterStyles {
            var st = layout.style(c.block)
            st.size = body.size
            s += XMLText.open("w:style", [("w:type", "character"), ("w:styleId", c.id)])
            s += XMLText.val("w:name", c.name)
            s += "<w:rPr>" + fonts(st.font) + (isBold(st.font) ? "<w:b/><w:bCs/>" : "") + "</w:rPr></w:style>"
        }
        s += "</w:styles>"
        return s
    }

    /// `word/fontTable.xml`: every family of every role, each naming the next of its chain as
    /// `w:altName`, so a machine without the office's font falls to the layout's next choice.
    func fontTable() -> String {
        var s = XMLText.declaration
        s += #"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        var seen = Set<String>()
        for role in FontRole.names {
            guard let chain = layout.fonts[role]?.families else { continue }
            for (i, f) in chain.enumerated() where !seen.contains(f) {
                seen.insert(f)
                var inner = ""
                if i + 1 < chain.count { inner += XMLText.val("w:altName", chain[i + 1]) }
                inner += XMLText.val("w:charset", "86")
                inner += XMLText.val("w:family", role == "heading" ? "modern" : "roman")
                inner += XMLText.val("w:pitch", "variable")
                s += XMLText.element("w:font", [("w:name", f)], inner)
            }
        }
        s += "</w:fonts>"
        return s
    }
}
