import CPangoCairo

/// A run of text itemized and shaped by Pango, without a PangoLayout: tongbao breaks lines and
/// places glyphs itself, so the layout's line breaking and its glyph-extent pass (which loads every
/// glyph's outline from the whole font through FreeType) would be work thrown away.
final class ShapedText {
    /// One item: a stretch of the text in one font, and its glyphs.
    struct Item {
        /// The font Pango chose (the role's chain, glyph by glyph).
        var font: UnsafeMutablePointer<PangoFont>?
        /// Byte offset of the item in the text.
        var offset: Int
        /// Byte length.
        var length: Int
        /// Glyphs; `log_clusters` are relative to `offset`.
        var glyphs: UnsafeMutablePointer<PangoGlyphString>
    }

    private(set) var items: [Item] = []
    private var pangoItems: [UnsafeMutablePointer<PangoItem>] = []

    /// Itemizes `text` with `description` (a family list) on `context` and shapes each item with the
    /// whole text as context, as a layout would.
    init(_ text: String, description: OpaquePointer?, context: OpaquePointer) {
        guard !text.isEmpty, let attrs = pango_attr_list_new() else { return }
        defer { pango_attr_list_unref(attrs) }
        if let description { pango_attr_list_insert(attrs, pango_attr_font_desc_new(description)) }
        text.withCString { p in
            let total = Int32(text.utf8.count)
            var node = pango_itemize(context, p, 0, total, attrs, nil)
            let head = node
            defer { g_list_free(head) }
            while let n = node {
                node = n.pointee.next
                guard let data = n.pointee.data, let gs = pango_glyph_string_new() else { continue }
                let item = data.assumingMemoryBound(to: PangoItem.self)
                pangoItems.append(item)
                let off = Int(item.pointee.offset)
                pango_shape_full(p + off, item.pointee.length, p, total, &item.pointee.analysis, gs)
                items.append(Item(font: item.pointee.analysis.font, offset: off, length: Int(item.pointee.length), glyphs: gs))
            }
        }
    }

    deinit {
        for i in items { pango_glyph_string_free(i.glyphs) }
        for i in pangoItems { pango_item_free(i) }
    }

    /// Calls `body` with each glyph and the byte offset (in the text) of its cluster.
    func forEachGlyph(_ body: (PangoGlyphInfo, Int) -> Void) {
        for item in items {
            let g = item.glyphs.pointee
            for k in 0..<Int(g.num_glyphs) { body(g.glyphs[k], item.offset + Int(g.log_clusters[k])) }
        }
    }
}
