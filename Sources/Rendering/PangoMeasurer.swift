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
        // the chain as a family list: Pango falls back glyph by glyph in this order first
        pango_font_description_set_family(d, ([font.family] + font.fallbacks).joined(separator: ","))
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
    var cache: [Key: [Double]] = [:]

    /// Cache key: the text as UTF-8 bytes, which hash without the Unicode normalisation a CJK
    /// `String` key costs on every lookup.
    struct Key: Hashable {
        var role: String
        var size: Double
        var bytes: [UInt8]
    }

    init(library: FontLibrary, faces: FontFaces) {
        self.library = library
        self.faces = faces
    }

    /// Shapes the whole run, so characters get the glyphs they get in context (digits between Han
    /// characters are shaped as Han script and may take other glyphs than alone), and sums the
    /// glyph advances per character; a ligature's advance goes to its first character.
    public func advances(of text: String, style: TextStyle) -> [Double] {
        let key = Key(role: style.role, size: style.size, bytes: Array(text.utf8))
        if let hit = cache[key] { return hit }
        // the character starting at each byte (-1: none), in an array rather than a dictionary
        var byteToIndex = [Int](repeating: -1, count: key.bytes.count + 1)
        var o = 0
        var count = 0
        for c in text {
            byteToIndex[o] = count
            o += c.utf8.count
            count += 1
        }
        var out = Array(repeating: 0.0, count: count)
        ShapedText(text, description: faces.description(style), context: library.context).forEachGlyph { g, byte in
            guard byte >= 0, byte < byteToIndex.count else { return }
            let k = byteToIndex[byte]
            if k >= 0 { out[k] += Double(g.geometry.width) / Double(PANGO_SCALE) }
        }
        if cache.count > 20_000 { cache.removeAll() }
        cache[key] = out
        return out
    }
}
