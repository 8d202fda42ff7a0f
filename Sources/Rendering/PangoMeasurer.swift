import CPangoCairo
import Typesetting

/// Pango font descriptions for resolved roles, cached per size.
final class FontFaces {
    let fonts: [String: ResolvedFont]
    var descs: [String: OpaquePointer] = [:]

    init(fonts: [String: ResolvedFont]) {
        self.fonts = fonts
    }

    deinit {
        for d in descs.values { pango_font_description_free(d) }
    }

    /// A description for `style` (owned by this cache).
    func description(_ style: TextStyle) -> OpaquePointer? {
        let key = "\(style.role)|\(style.size)"
        if let d = descs[key] { return d }
        let font = fonts[style.role] ?? fonts["body"]
        guard let font, let d = pango_font_description_new() else { return nil }
        pango_font_description_set_family(d, font.family)
        pango_font_description_set_weight(d, font.weight == "bold" ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(d, style.size * Double(PANGO_SCALE))
        descs[key] = d
        return d
    }
}

/// Measures characters with Pango on the private font configuration.
public final class PangoMeasurer: TextMeasurer {
    let library: FontLibrary
    let faces: FontFaces
    let layout: OpaquePointer
    var cache: [String: [Character: Double]] = [:]

    init(library: FontLibrary, faces: FontFaces) {
        self.library = library
        self.faces = faces
        self.layout = pango_layout_new(library.context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    public func advances(of text: String, style: TextStyle) -> [Double] {
        let key = "\(style.role)|\(style.size)"
        var table = cache[key] ?? [:]
        var out: [Double] = []
        out.reserveCapacity(text.count)
        for c in text {
            if let w = table[c] {
                out.append(w)
                continue
            }
            pango_layout_set_font_description(layout, faces.description(style))
            pango_layout_set_text(layout, String(c), -1)
            var logical = PangoRectangle()
            pango_layout_get_extents(layout, nil, &logical)
            let w = Double(logical.width) / Double(PANGO_SCALE)
            table[c] = w
            out.append(w)
        }
        cache[key] = table
        return out
    }
}
