import Typesetting

/// The content's blocks as body elements, in order, one paragraph style per block style.
struct WordBody {
    enum Element {
        case paragraph(WordParagraph)
        case markup(String)
    }

    let layout: Layout
    let grid: WordGrid
    let chartImage: (BarChart) throws -> DocxImage
    private(set) var elements: [Element] = []
    /// Chart images in order; the n-th is `word/media/chart<n>.png`, relationship `rIdChart<n>`.
    private(set) var images: [DocxImage] = []
    private var pageBreakPending = false
    /// Display lines of titles and captions as the PDF set them, by block index.
    var titleLines: [Int: [String]] = [:]

    init(layout: Layout, grid: WordGrid, chartImage: @escaping (BarChart) throws -> DocxImage) {
        self.layout = layout
        self.grid = grid
        self.chartImage = chartImage
    }

    /// The engine drops line breaks and tabs from running text (`Typesetter.clean`); so does Word.
    static func clean(_ s: String) -> String { String(s.filter { $0 != "\n" && $0 != "\r" && $0 != "\t" }) }

    /// Twips of `chars` grid characters.
    func chars(_ n: Double) -> Int { Int((n * grid.charPitch * 20).rounded()) }

    /// Twips of `n` characters of a block style's own size (版记 and page numbers indent by their em).
    func ems(_ n: Double, _ st: BlockStyle) -> Int { Int((n * st.size * 20).rounded()) }

    mutating func append(_ p: WordParagraph) {
        var p = p
        if pageBreakPending {
            p.pageBreakBefore = true
            pageBreakPending = false
        }
        elements.append(.paragraph(p))
    }

    mutating func appendMarkup(_ xml: String) {
        // two tables in a row would merge into one in every suite: an empty line between them
        if case .markup(let last) = elements.last, last.hasPrefix("<w:tbl>"), xml.hasPrefix("<w:tbl>") {
            elements.append(.paragraph(WordParagraph(style: WordStyles.id("body"))))
        }
        if pageBreakPending {
            elements.append(.markup(#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#))
            pageBreakPending = false
        }
        elements.append(.markup(xml))
    }

    func text(_ s: String, style: String) -> WordParagraph {
        WordParagraph(style: WordStyles.id(style), runs: [.text(Self.clean(s), characterStyle: nil)])
    }

    /// A centred display block's runs: the PDF's lines with breaks between them when they spell
    /// the same text, else the text as it is ("\n" an explicit break).
    func displayRuns(_ s: String, index: Int) -> [WordParagraph.Run] {
        if let lines = titleLines[index], lines.count > 1,
            lines.joined().filter({ !$0.isWhitespace }) == s.filter({ !$0.isWhitespace })
        {
            return lines.enumerated().flatMap { i, line -> [WordParagraph.Run] in
                (i > 0 ? [.lineBreak] : []) + [.text(line.trimmingCharacters(in: .whitespaces), characterStyle: nil)]
            }
        }
        var runs: [WordParagraph.Run] = []
        for (i, part) in s.split(separator: "\n").enumerated() {
            if i > 0 { runs.append(.lineBreak) }
            runs.append(.text(Self.clean(String(part)), characterStyle: nil))
        }
        return runs
    }

    mutating func add(_ block: Block, index: Int = 0) throws {
        switch block {
        case .masthead(let name):
            guard layout.parts.masthead else { return }
            append(text(name.isEmpty ? layout.furniture.bulletinName : name, style: "masthead"))
        case .issueLine(let s):
            append(text(s, style: "issue"))
        case .issuer(let office, let date):
            // office flush left (its indent), date flush right on the same line at a right tab
            let st = layout.style("issuer")
            let o = office.isEmpty ? layout.furniture.officeName : office
            var p = WordParagraph(
                style: WordStyles.id("issuer"),
                runs: [.text(Self.clean(o), characterStyle: nil), .tab, .text(Self.clean(date), characterStyle: nil)])
            p.leftIndent = chars(st.indent)
            p.rightIndent = chars(st.indent)
            p.rightTab = grid.blockWidth - chars(st.indent)
            p.justification = "left"
            append(p)
        case .separatorRule:
            guard layout.parts.separatorRule else { return }
            let size = WordUnits.eighths(mm: layout.rules.separatorMM)
            let space = min(31, max(0, Int((layout.rules.separatorGapMM * Units.ptPerMM).rounded())))
            let color = WordUnits.hex(layout.color(layout.rules.separatorColor))
            if case .paragraph(var last) = elements.last {
                last.bottomBorder = (size, space, color)
                elements[elements.count - 1] = .paragraph(last)
            } else {
                var p = WordParagraph(style: WordStyles.id("issue"))
                p.bottomBorder = (size, 0, color)
                append(p)
            }
        case .title(let s):
            append(WordParagraph(style: WordStyles.id("title"), runs: displayRuns(s, index: index)))
        case .heading(let level, let s):
            // the number (一、（一）1.（1）) is part of the text: no automatic numbering
            append(text(s, style: "heading\(min(max(level, 0), 4))"))
        case .paragraph(let inlines):
            let runs: [WordParagraph.Run] = inlines.compactMap { inl in
                guard !inl.text.isEmpty else { return nil }
                switch inl.emphasis {
                case .none: return .text(Self.clean(inl.text), characterStyle: nil)
                case .strong: return .text(Self.clean(inl.text), characterStyle: "Strong")
                case .kai: return .text(Self.clean(inl.text), characterStyle: "Kai")
                }
            }
            guard !runs.isEmpty else { return }
            append(WordParagraph(style: WordStyles.id("body"), runs: runs))
        case .caption(let s):
            append(WordParagraph(style: WordStyles.id("caption"), runs: displayRuns(Self.clean(s), index: index)))
        case .note(let s):
            append(text(s, style: "note"))
        case .signature(let office, let date):
            signature(office: office, date: date)
        case .endBlock(let eb):
            guard layout.parts.endBlock else { return }
            appendMarkup(WordTables(layout: layout, grid: grid).endBlock(eb))
        case .spacer(let n):
            for _ in 0..<max(0, n) { append(WordParagraph(style: WordStyles.id("body"))) }
        case .pageBreak:
            if !elements.isEmpty { pageBreakPending = true }
        case .table(let t):
            appendMarkup(WordTables(layout: layout, grid: grid).table(t))
        case .chart(let chart):
            let image = try chartImage(chart)
            images.append(image)
            appendMarkup(chartParagraph(image, number: images.count, title: chart.title))
        }
    }

    /// 署名 right-indented, the date's first character two characters right of the name's first.
    mutating func signature(office: String, date: String) {
        let st = layout.style("signature")
        let o = Self.clean(office.isEmpty ? layout.furniture.officeName : office)
        let d = Self.clean(date)
        var first = true
        if !o.isEmpty {
            var p = text(o, style: "signature")
            p.rightIndent = chars(st.indent)
            p.justification = "right"
            append(p)
            first = false
        }
        if !d.isEmpty {
            var p = text(d, style: "signature")
            // grid characters: a full-width character is one, a digit or Latin letter half
            func width(_ s: String) -> Double { s.reduce(0) { $0 + (CJK.isFullWidth($1) ? 1 : 0.5) } }
            let right = o.isEmpty ? 0 : max(0, st.indent + width(o) - 2 - width(d))
            p.rightIndent = chars(right)
            p.justification = "right"
            // the space before belongs to the pair, not to the date
            p.noSpaceBefore = !first
            append(p)
        }
    }

    /// A chart as an inline PNG the width of its image, centred, off the grid.
    func chartParagraph(_ image: DocxImage, number: Int, title: String) -> String {
        let cx = WordUnits.emu(pt: image.widthPoints)
        let cy = WordUnits.emu(pt: image.heightPoints)
        let name = "chart\(number).png"
        var s = "<w:p><w:pPr>" + XMLText.val("w:pStyle", WordStyles.id("caption")) + XMLText.val("w:snapToGrid", "0")
        s += XMLText.element("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
        s += XMLText.element("w:ind", [("w:firstLine", "0")])
        s += XMLText.val("w:jc", "center") + "</w:pPr><w:r><w:drawing>"
        s += #"<wp:inline distT="0" distB="0" distL="0" distR="0">"#
        s += XMLText.element("wp:extent", [("cx", String(cx)), ("cy", String(cy))])
        s += XMLText.element("wp:docPr", [("id", String(number)), ("name", "Chart \(number)"), ("descr", title)])
        s += #"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#
        s += #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>"#
        s += "<pic:nvPicPr>" + XMLText.element("pic:cNvPr", [("id", String(number)), ("name", name)]) + "<pic:cNvPicPr/></pic:nvPicPr>"
        s += "<pic:blipFill>" + XMLText.element("a:blip", [("r:embed", "rIdChart\(number)")])
        s += "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        s += #"<pic:spPr><a:xfrm><a:off x="0" y="0"/>"# + XMLText.element("a:ext", [("cx", String(cx)), ("cy", String(cy))])
        s += #"</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"#
        s += "</wp:inline></w:drawing></w:r></w:p>"
        return s
    }

    /// The body's markup.
    var xml: String {
        elements.map { e in
            switch e {
            case .paragraph(let p): return p.xml
            case .markup(let m): return m
            }
        }.joined()
    }
}
