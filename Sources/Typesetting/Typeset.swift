/// Content blocks + layout → pages of positioned frames. Body lines sit on the layout's grid
/// (22 lines of 28 characters on GB/T 9704 A4); furniture (masthead, red rule, 版记, page
/// numbers) is placed from the layout's numbers.
public struct Typesetter {
    /// The layout.
    public var layout: Layout
    /// Measures natural advances.
    public var measurer: any TextMeasurer {
        didSet { memo = ComposeMemo() }  // the lines composed were measured by the other one
    }
    /// Lines composed so far, shared by this setter's composers (and its copies: same measurer).
    public private(set) var memo = ComposeMemo()

    public init(layout: Layout, measurer: any TextMeasurer) {
        self.layout = layout
        self.measurer = measurer
    }

    /// Grid advance of one full-width body character.
    public var charPitch: Double { layout.page.blockWidth / Double(max(1, layout.grid.charsPerLine)) }

    /// Baseline-to-baseline pitch.
    public var linePitch: Double {
        if let p = layout.grid.linePitch { return p }
        let n = max(2, layout.grid.linesPerPage)
        return (layout.page.blockHeight - layout.grid.bodySize) / Double(n - 1)
    }

    /// The composer for running text (paragraphs, headings, notes): a quarter em between Han and
    /// Latin letters or digits.
    public var composer: LineComposer {
        var c = LineComposer(measurer: measurer, gridSize: layout.grid.bodySize, gridPitch: charPitch)
        c.memo = memo
        return c
    }

    /// The composer for display lines (masthead, title, issue line, captions, tables, signature,
    /// 版记, page numbers): dates and numbers set tight, as in the standard's figures (`2012年7月1日`).
    public var displayComposer: LineComposer {
        var c = composer
        c.latinSpace = 0
        return c
    }

    /// Baseline of grid line `slot` for text of `size`: its em box centred on the body em box.
    public func baseline(slot: Int, size: Double) -> Double {
        layout.page.blockTop + Double(slot) * linePitch + layout.grid.bodySize / 2 + 0.38 * size
    }

    /// Composes the document.
    public func compose(_ doc: ContentDocument) -> ComposedDocument {
        var flow = Flow(setter: self)
        let fill = PageFill(setter: self, blocks: doc.blocks)
        // the flow before each block that starts on the current page: a paragraph there may be set
        // again a line longer (伸行) when a later block leaves the page short
        var before: [Int: Flow] = [:]
        for (i, block) in doc.blocks.enumerated() {
            before[i] = flow
            var page = flow.pages.count
            // a table that ends at the foot of a page opens the next one: the text ended on the page before
            if case .endBlock = block, page > 1, flow.pageIsEmpty { page -= 1 }
            flow.add(block, index: i, following: doc.blocks[(i + 1)...])
            guard flow.pages.count > page else { continue }
            if let filled = fill.fill(flow, page: page, after: i, before: before)
                ?? fill.makeRoom(flow, page: page, after: i, before: before)
                ?? fill.pullTable(flow, page: page, after: i, before: before)
            {
                (flow, before) = filled
            }
            let current = flow.pages.count
            // the previous page's paragraphs too: one of them may run a line shorter for the 版记
            before = before.filter { PageFill.startPage($0.value) >= current - 1 }
        }
        flow.finish()
        memo.clear()
        return ComposedDocument(
            metadata: doc.metadata, pages: flow.pages, outline: flow.outline, warnings: flow.warnings, faults: flow.faults)
    }

    /// Text style for a block style.
    public func textStyle(_ s: BlockStyle) -> TextStyle {
        TextStyle(role: s.font, size: s.size, color: layout.color(s.color))
    }

    /// Styled runs for inline content, with `base` for plain text.
    func runs(_ inlines: [Inline], base: BlockStyle) -> [(text: String, style: TextStyle)] {
        inlines.compactMap { inl in
            guard !inl.text.isEmpty else { return nil }
            let s: BlockStyle
            switch inl.emphasis {
            case .none: s = base
            case .strong:
                var st = layout.style("strong")
                st.size = base.size
                s = st
            case .kai:
                var st = layout.style("kai")
                st.size = base.size
                s = st
            }
            return (Self.clean(inl.text), textStyle(s))
        }
    }

    /// Drops line breaks and tabs, which the grid does not set.
    static func clean(_ s: String) -> String {
        // most text has none: the bytes are looked at, not compared character by character (a CJK
        // character compared with "\n" takes the string comparison's slow path)
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return s }
        return String(s.filter { $0 != "\n" && $0 != "\r" && $0 != "\t" })
    }
}
