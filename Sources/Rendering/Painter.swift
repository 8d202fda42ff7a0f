import CPangoCairo
import Typesetting

/// Paints frames on a cairo context; decides nothing. Each text run is shaped by Pango and its
/// glyph advances are replaced so every character lands on the x the composer chose.
final class Painter {
    let library: FontLibrary
    let faces: FontFaces
    /// Characters painted as unknown glyphs (no font covers them), first occurrence each.
    private(set) var missing: [MissingGlyph] = []
    private var seenMissing = Set<Character>()

    init(library: FontLibrary, faces: FontFaces) {
        self.library = library
        self.faces = faces
    }

    /// A Pango layout for a run, plus the characters that came out as unknown glyphs.
    func shape(_ run: TextRun) -> (OpaquePointer, [Character])? {
        guard let layout = pango_layout_new(library.context) else { return nil }
        pango_layout_set_font_description(layout, faces.description(run.style))
        pango_layout_set_text(layout, run.text, -1)
        var missing: [Character] = []
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            var offsets: [Int: Character] = [:]
            var o = 0
            for c in run.text {
                offsets[o] = c
                o += String(c).utf8.count
            }
            forEachGlyph(layout) { info, byte in
                let g = info.pointee.glyph
                if g & PANGO_GLYPH_UNKNOWN_FLAG != 0, let c = offsets[byte], !c.isWhitespace {
                    missing.append(c)
                }
            }
        }
        return (layout, missing)
    }

    func forEachGlyph(_ layout: OpaquePointer, _ body: (UnsafeMutablePointer<PangoGlyphInfo>, Int) -> Void) {
        guard let line = pango_layout_get_line_readonly(layout, 0) else { return }
        var node = line.pointee.runs
        while let n = node {
            if let data = n.pointee.data {
                let gi = data.assumingMemoryBound(to: PangoGlyphItem.self)
                if let item = gi.pointee.item, let glyphs = gi.pointee.glyphs {
                    let base = Int(item.pointee.offset)
                    for i in 0..<Int(glyphs.pointee.num_glyphs) {
                        body(glyphs.pointee.glyphs + i, base + Int(glyphs.pointee.log_clusters[i]))
                    }
                }
            }
            node = n.pointee.next
        }
    }

    func paint(_ page: PageFrames, on cr: OpaquePointer) {
        pango_cairo_update_context(cr, library.context)
        for f in page.frames {
            switch f {
            case .box(let b):
                cairo_rectangle(cr, b.x, b.y, b.width, b.height)
                if let fill = b.fill {
                    cairo_set_source_rgb(cr, fill.r, fill.g, fill.b)
                    if b.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
                }
                if let s = b.stroke {
                    cairo_set_source_rgb(cr, s.r, s.g, s.b)
                    cairo_set_line_width(cr, b.lineWidth)
                    cairo_stroke(cr)
                } else {
                    cairo_new_path(cr)
                }
            case .rule(let r):
                cairo_set_source_rgb(cr, r.color.r, r.color.g, r.color.b)
                cairo_rectangle(cr, r.x, r.y - r.thickness / 2, r.width, r.thickness)
                cairo_fill(cr)
            case .text(let t):
                paintText(t, page: page.number, on: cr)
            }
        }
    }

    func paintText(_ t: TextRun, page: Int, on cr: OpaquePointer) {
        guard !t.text.isEmpty, let (layout, unknown) = shape(t) else { return }
        for c in unknown where !seenMissing.contains(c) {
            seenMissing.insert(c)
            missing.append(MissingGlyph(character: c, role: t.style.role, page: page))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        // byte offset of each character → its x
        var xAt: [Int: Double] = [:]
        var o = 0
        for (k, c) in t.text.enumerated() {
            xAt[o] = k < t.xs.count ? t.xs[k] : (t.xs.last ?? 0)
            o += String(c).utf8.count
        }
        var glyphs: [(UnsafeMutablePointer<PangoGlyphInfo>, Int)] = []
        forEachGlyph(layout) { g, byte in glyphs.append((g, byte)) }
        let x0 = t.xs.first ?? 0
        let scale = Double(PANGO_SCALE)
        for j in glyphs.indices {
            let (g, byte) = glyphs[j]
            guard j + 1 < glyphs.count else { break }
            let nextByte = glyphs[j + 1].1
            if nextByte == byte {
                g.pointee.geometry.width = 0
                continue
            }
            let here = ((xAt[byte] ?? x0) - x0) * scale
            let next = ((xAt[nextByte] ?? x0) - x0) * scale
            // cumulative rounding: no drift along the line
            g.pointee.geometry.width = Int32(next.rounded()) - Int32(here.rounded())
        }
        guard let line = pango_layout_get_line_readonly(layout, 0) else { return }
        cairo_set_source_rgb(cr, t.style.color.r, t.style.color.g, t.style.color.b)
        cairo_move_to(cr, x0, t.baseline)
        pango_cairo_show_layout_line(cr, line)
    }
}
