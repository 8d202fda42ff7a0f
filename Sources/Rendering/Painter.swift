import CPangoCairo
import Dispatch
import Typesetting

/// Shapes and paints frames; decides nothing. Each text run is shaped by Pango and its glyph
/// advances are replaced so every character lands on the x the composer chose.
///
/// Painting takes two passes. `prepare` shapes every run of the document once and notes each
/// glyph of each face; every face is then subset (`FontSubset`, compact glyph ids). The PDF and
/// OFD writers get the shaped runs and the subsets as a `PaintedDocument` (`paintedDocument`);
/// page images are painted by cairo from the subset faces, so FreeType reads a few kilobytes per
/// face instead of a 25 MB CJK font.
final class Painter {
    let library: FontLibrary
    let faces: FontFaces
    /// Characters painted as unknown glyphs (no font covers them), first occurrence each.
    private(set) var missing: [MissingGlyph] = []
    /// Faces that could not be subset (painted from the whole font) and why.
    private(set) var warnings: [String] = []
    /// Characters set in a face other than the first family of their role's chain (glyph-by-glyph
    /// fallback), first occurrence each.
    private(set) var fallbacks: [FallbackGlyph] = []
    private var seenMissing = Set<Character>()
    private var seenFallback = Set<String>()
    /// Shaped runs per text frame, by page number and frame index.
    private(set) var shaped: [Int: [Int: [GlyphRun]]] = [:]
    /// Cairo faces to paint with, per face and synthetic emboldening (a regular face standing in
    /// for a bold role is emboldened, as Pango would).
    private var cairoFaces: [FaceKey: OpaquePointer] = [:]
    /// The glyphs each face's subset holds.
    private(set) var subsetGlyphs: [FontFaceRef: Set<UInt32>] = [:]
    /// The characters whose cmap entries each face's subset keeps.
    private var subsetCharacters: [FontFaceRef: Set<UInt32>] = [:]
    /// Glyph ids of the full face → ids in its subset.
    private var glyphMaps: [FontFaceRef: [UInt32: UInt32]] = [:]
    /// The subset of each face (what the OFD embeds), or why there is none.
    private(set) var subsets: [FontFaceRef: Result<SubsetFont, FontSubsetError>] = [:]
    private var fontInfo: [UnsafeMutableRawPointer: FontInfo] = [:]
    private let fontOptions: OpaquePointer?
    /// Runs shaped so far, by text and description (`shapedText`).
    private var shapedTexts: [ShapeKey: ShapedText] = [:]

    /// A run's text (as UTF-8 bytes: they hash without Unicode normalisation) and what decides its
    /// description (`FontFaces.description`).
    struct ShapeKey: Hashable {
        var role: String
        var size: Double
        var bytes: [UInt8]
    }

    struct FaceKey: Hashable {
        var face: FontFaceRef
        var emboldened: Bool
    }

    /// What a Pango font is, for painting without Pango.
    struct FontInfo {
        var face: FontFaceRef
        var family: String
        /// Every family name of the face (fontconfig lists one per language).
        var families: [String]
        var matrix: cairo_matrix_t
        var emboldened: Bool
        /// The Pango font (referenced): its cairo face on the whole font paints a face that cannot
        /// be subset.
        var pangoFont: UnsafeMutablePointer<PangoFont>
    }

    /// One Pango glyph item, positioned: glyphs of one face with the text they stand for.
    struct GlyphRun {
        var font: FontInfo
        var glyphs: [cairo_glyph_t]
        var utf8: [CChar]
        var clusters: [cairo_text_cluster_t]
        var color: RGB
        /// The x the composer chose for each character of `utf8`, in order (the OFD's DeltaX).
        var xs: [Double] = []
        /// The run's baseline (pt from the page top).
        var baseline: Double = 0
    }

    init(library: FontLibrary, faces: FontFaces) {
        self.library = library
        self.faces = faces
        fontOptions = cairo_font_options_create()
        if let o = fontOptions {
            cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE)
        }
    }

    deinit {
        // shaped runs hold Pango items (and their fonts): freed while the font library is alive
        shapedTexts = [:]
        for f in cairoFaces.values { cairo_font_face_destroy(f) }
        for f in fontInfo.values { g_object_unref(UnsafeMutableRawPointer(f.pangoFont)) }
        cairo_font_options_destroy(fontOptions)
    }

    /// Shapes every text run of `doc`, then subsets each face to the glyphs the document uses.
    func prepare(_ doc: ComposedDocument) { prepare(pages: doc.pages) }

    /// Shapes the text runs of `pages` and subsets each face to the glyphs painted so far (a face
    /// already subset is made again only when these pages need glyphs it lacks).
    func prepare(pages: [PageFrames]) {
        var usedBits: [FontFaceRef: CodeBits] = [:]
        var characterBits: [FontFaceRef: CodeBits] = [:]
        for page in pages {
            var frames: [Int: [GlyphRun]] = [:]
            for (k, f) in page.frames.enumerated() {
                guard case .text(let t) = f else { continue }
                let runs = shapeRuns(t, page: page.number)
                for r in runs {
                    // taken out and put back, so the bits are changed in place, not copied
                    var glyphs = usedBits.removeValue(forKey: r.font.face) ?? CodeBits()
                    for g in r.glyphs { glyphs.insert(UInt32(g.index)) }
                    usedBits[r.font.face] = glyphs
                    // the characters keep their cmap entries, for readers that look them up (OFD)
                    var chars = characterBits.removeValue(forKey: r.font.face) ?? CodeBits()
                    for u in String(decoding: r.utf8.map { UInt8(bitPattern: $0) }, as: UTF8.self).unicodeScalars {
                        chars.insert(u.value)
                    }
                    characterBits[r.font.face] = chars
                }
                frames[k] = runs
            }
            shaped[page.number] = frames
        }
        // the repeats were within these pages; the glyph strings go before the PDF is put together
        shapedTexts = [:]
        let used = usedBits.mapValues(\.values)
        let characters = characterBits.mapValues(\.values)
        var jobs: [(face: FontFaceRef, glyphs: Set<UInt32>, unicodes: Set<UInt32>)] = []
        for (face, new) in used.sorted(by: { $0.key.description < $1.key.description }) {
            let had = subsetGlyphs[face] ?? []
            guard !new.isSubset(of: had) else { continue }
            let glyphs = had.union(new)
            subsetGlyphs[face] = glyphs
            let unicodes = (subsetCharacters[face] ?? []).union(characters[face] ?? [])
            subsetCharacters[face] = unicodes
            for (key, f) in cairoFaces where key.face == face {
                cairo_font_face_destroy(f)
                cairoFaces[key] = nil
            }
            jobs.append((face, glyphs, unicodes))
        }
        // the faces are subset on every core (each its own HarfBuzz objects), the results taken in order
        let results = Unchecked([Result<SubsetFont, FontSubsetError>?](repeating: nil, count: jobs.count))
        let work = jobs
        results.value.withUnsafeMutableBufferPointer { slots in
            let out = Unchecked(slots)
            DispatchQueue.concurrentPerform(iterations: work.count) { k in
                let job = work[k]
                out.value[k] = Result { () throws(FontSubsetError) -> SubsetFont in
                    try FontSubset.subset(job.face, glyphs: job.glyphs, unicodes: job.unicodes, retainGlyphIDs: false)
                }
            }
        }
        for (job, result) in zip(jobs, results.value) {
            switch result {
            case .success(let sub)?:
                subsets[job.face] = .success(sub)
                glyphMaps[job.face] = sub.glyphMap
            case .failure(let error)?:
                subsets[job.face] = .failure(error)
                glyphMaps[job.face] = nil
                warnings.append("\(error); the whole font is embedded")
                wholeFace(job.face)
            case nil:
                break
            }
        }
    }

    /// The cairo face that paints `key`'s glyphs on an image: made from the subset the first time a
    /// page image needs it (the PDF and OFD writers read the subset's bytes themselves).
    func cairoFace(_ key: FaceKey) -> OpaquePointer? {
        if let f = cairoFaces[key] { return f }
        guard case .success(let sub)? = subsets[key.face] else { return nil }
        if let cf = sub.data.withUnsafeBufferPointer({
            shim_cairo_face_from_memory($0.baseAddress, $0.count, 0, key.emboldened ? 1 : 0)
        }) {
            cairoFaces[key] = cf
            return cf
        }
        warnings.append("FreeType cannot open the subset of \(key.face); page images are painted from the whole font")
        glyphMaps[key.face] = nil
        wholeFace(key.face)
        return cairoFaces[key]
    }

    /// Shapes one text run and positions its glyphs where the composer put its characters.
    func shapeRuns(_ t: TextRun, page: Int) -> [GlyphRun] {
        guard !t.text.isEmpty else { return [] }
        let shaped = shapedText(t.text, style: t.style)
        let bytes = Array(t.text.utf8)
        // byte offset of each character → its x (NaN: no character starts there), in an array
        // rather than a dictionary: a page of text is thousands of lookups
        var xAt = [Double](repeating: .nan, count: bytes.count + 1)
        var starts: [Int] = []
        starts.reserveCapacity(t.xs.count)
        var o = 0
        for (k, c) in t.text.enumerated() {
            xAt[o] = k < t.xs.count ? t.xs[k] : (t.xs.last ?? 0)
            starts.append(o)
            o += c.utf8.count
        }
        func xOf(_ byte: Int, else fallback: Double) -> Double {
            let v = xAt[byte]
            return v.isNaN ? fallback : v
        }
        let x0 = t.xs.first ?? 0
        let wanted = faces.fonts[t.style.role]?.family ?? faces.fonts["body"]?.family
        var out: [GlyphRun] = []
        var x = x0
        for item in shaped.items {
            guard let font = item.font, let info = info(for: font) else {
                // no font at all for this stretch: every character is missing
                for c in String(decoding: bytes[item.offset..<item.offset + item.length], as: UTF8.self)
                where !c.isWhitespace && !seenMissing.contains(c) {
                    seenMissing.insert(c)
                    missing.append(MissingGlyph(character: c, role: t.style.role, page: page))
                }
                continue
            }
            let glyphs = item.glyphs
            let start = item.offset
            let end = start + item.length
            var run = GlyphRun(font: info, glyphs: [], utf8: [], clusters: [], color: t.style.color)
            run.utf8 = bytes[start..<end].map { CChar(bitPattern: $0) }
            run.baseline = t.baseline
            if !xAt[start].isNaN, end == bytes.count || !xAt[end].isNaN {
                // the item begins and ends on characters of the whole text: its characters are those
                // of the text between (a substring cut at character boundaries splits the same way)
                // first character at or after `start` (binary search: `starts` ascends)
                var lo = 0
                var hi = starts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if starts[mid] < start { lo = mid + 1 } else { hi = mid }
                }
                var k = lo
                while k < starts.count, starts[k] < end {
                    run.xs.append(xAt[starts[k]])
                    k += 1
                }
            } else {
                var b = start
                for c in String(decoding: bytes[start..<end], as: UTF8.self) {
                    run.xs.append(xOf(b, else: x))
                    b += c.utf8.count
                }
            }
            // a fallback face: its characters are listed (first occurrence each)
            let fallback = wanted.map { !info.families.contains($0) } ?? false
            let count = Int(glyphs.pointee.num_glyphs)
            run.glyphs.reserveCapacity(count)
            var i = 0
            while i < count {
                // one cluster: the glyphs sharing a log cluster, and the bytes up to the next one
                let cluster = Int(glyphs.pointee.log_clusters[i])
                let byte = start + cluster
                // every glyph of a cluster at the x the composer chose for its character
                let cx = xOf(byte, else: x)
                var j = i
                var placed: Int32 = 0
                while j < count, Int(glyphs.pointee.log_clusters[j]) == cluster {
                    let g = glyphs.pointee.glyphs[j]
                    if g.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                        // no font in fonts/ has this character: listed, the document is not written
                        let c = String(decoding: bytes[(start + cluster)...].prefix(4), as: UTF8.self).first
                        if let c, !c.isWhitespace, !seenMissing.contains(c) {
                            seenMissing.insert(c)
                            missing.append(MissingGlyph(character: c, role: t.style.role, page: page))
                        }
                    } else if g.glyph != PANGO_GLYPH_EMPTY {
                        run.glyphs.append(
                            cairo_glyph_t(
                                index: UInt(g.glyph), x: cx + Double(g.geometry.x_offset) / Double(PANGO_SCALE),
                                y: t.baseline + Double(g.geometry.y_offset) / Double(PANGO_SCALE)))
                        placed += 1
                    }
                    j += 1
                }
                x = cx + Double(glyphs.pointee.glyphs[j - 1].geometry.width) / Double(PANGO_SCALE)
                let nextByte = j < count ? start + Int(glyphs.pointee.log_clusters[j]) : end
                run.clusters.append(cairo_text_cluster_t(num_bytes: Int32(nextByte - byte), num_glyphs: placed))
                if fallback, placed > 0 {
                    let text = String(decoding: bytes[byte..<nextByte], as: UTF8.self)
                    let key = t.style.role + "|" + text
                    if !text.allSatisfy(\.isWhitespace), !seenFallback.contains(key) {
                        seenFallback.insert(key)
                        fallbacks.append(FallbackGlyph(text: text, role: t.style.role, family: info.family, page: page))
                    }
                }
                i = j
            }
            out.append(run)
        }
        return out
    }

    /// `text` itemized and shaped in `style`'s description, once per text and style: a document
    /// repeats runs (table headers on every page, the cells' numbers and units, the page furniture),
    /// and Pango gives the same glyphs for the same text and description.
    func shapedText(_ text: String, style: TextStyle) -> ShapedText {
        let key = ShapeKey(role: style.role, size: style.size, bytes: Array(text.utf8))
        if let hit = shapedTexts[key] { return hit }
        let shaped = ShapedText(text, description: faces.description(style), context: library.context)
        shapedTexts[key] = shaped
        return shaped
    }

    /// Paints `face` from Pango's own cairo faces on the whole font (cairo subsets it then).
    func wholeFace(_ face: FontFaceRef) {
        for info in fontInfo.values where info.face == face {
            let key = FaceKey(face: face, emboldened: info.emboldened)
            if let old = cairoFaces[key] { cairo_font_face_destroy(old) }
            cairoFaces[key] = nil
            guard let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(info.pangoFont)),
                let whole = cairo_scaled_font_get_font_face(scaled)
            else { continue }
            cairoFaces[key] = cairo_font_face_reference(whole)
        }
    }

    /// File, face index, matrix and emboldening of a Pango font (cached per font object).
    func info(for font: UnsafeMutablePointer<PangoFont>) -> FontInfo? {
        let key = UnsafeMutableRawPointer(font)
        if let hit = fontInfo[key] { return hit }
        guard let fc = shim_fc_font(font), let pat = pango_fc_font_get_pattern(fc) else { return nil }
        var s: UnsafeMutablePointer<FcChar8>? = nil
        guard FcPatternGetString(pat, "file", 0, &s) == FcResultMatch, let s else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(pat, "index", 0, &index)
        var families: [String] = []
        var fam: UnsafeMutablePointer<FcChar8>? = nil
        while FcPatternGetString(pat, "family", Int32(families.count), &fam) == FcResultMatch, let f = fam {
            families.append(String(cString: f))
        }
        var bold: FcBool = 0
        _ = FcPatternGetBool(pat, "embolden", 0, &bold)
        // the font matrix as Pango's cairo font would have it: pixel size, times FC_MATRIX if any,
        // read from the pattern so that no FreeType face of the whole font is opened
        var px: Double = 0
        guard FcPatternGetDouble(pat, "pixelsize", 0, &px) == FcResultMatch, px > 0 else { return nil }
        var matrix = cairo_matrix_t()
        var fcm: UnsafeMutablePointer<FcMatrix>? = nil
        if FcPatternGetMatrix(pat, "matrix", 0, &fcm) == FcResultMatch, let m = fcm?.pointee {
            cairo_matrix_init(&matrix, m.xx, -m.yx, -m.xy, m.yy, 0, 0)
            cairo_matrix_scale(&matrix, px, px)
        } else {
            cairo_matrix_init_scale(&matrix, px, px)
        }
        g_object_ref(UnsafeMutableRawPointer(font))
        let info = FontInfo(
            face: FontFaceRef(file: String(cString: s), index: Int(index)), family: families.first ?? "", families: families,
            matrix: matrix, emboldened: bold != 0, pangoFont: font)
        fontInfo[key] = info
        return info
    }

    /// Paints one page (shaping and subsetting it first when `prepare` has not seen it).
    func paint(_ page: PageFrames, on cr: OpaquePointer) {
        if shaped[page.number] == nil { prepare(pages: [page]) }
        let runs = shaped[page.number] ?? [:]
        for (k, f) in page.frames.enumerated() {
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
            case .text:
                for run in runs[k] ?? [] { paintRun(run, on: cr) }
            }
        }
    }

    func paintRun(_ run: GlyphRun, on cr: OpaquePointer) {
        guard !run.glyphs.isEmpty, let face = cairoFace(FaceKey(face: run.font.face, emboldened: run.font.emboldened)) else { return }
        var glyphs = run.glyphs
        if let map = glyphMaps[run.font.face] {
            for k in glyphs.indices { glyphs[k].index = UInt(map[UInt32(glyphs[k].index)] ?? 0) }
        }
        cairo_set_font_face(cr, face)
        var m = run.font.matrix
        cairo_set_font_matrix(cr, &m)
        cairo_set_font_options(cr, fontOptions)
        cairo_set_source_rgb(cr, run.color.r, run.color.g, run.color.b)
        glyphs.withUnsafeBufferPointer { g in
            run.utf8.withUnsafeBufferPointer { u in
                run.clusters.withUnsafeBufferPointer { c in
                    cairo_show_text_glyphs(
                        cr, u.baseAddress, Int32(u.count), g.baseAddress, Int32(g.count), c.baseAddress, Int32(c.count),
                        cairo_text_cluster_flags_t(rawValue: 0))
                }
            }
        }
    }
}

/// A character a role's first family does not cover, set in a later family of its chain.
public struct FallbackGlyph: Sendable, Equatable, CustomStringConvertible {
    /// The character (a cluster: one character, or a few shaped together).
    public var text: String
    /// Font role.
    public var role: String
    /// The family that set it.
    public var family: String
    /// First page it occurs on.
    public var page: Int

    public init(text: String, role: String, family: String, page: Int) {
        self.text = text
        self.role = role
        self.family = family
        self.page = page
    }

    public var description: String {
        let cps = text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        return "'\(text)' (\(cps), role \(role), page \(page)) set in \(family)"
    }
}

/// A set of glyph ids or code points, as bits for the Basic Multilingual Plane (a page of text adds
/// thousands, which a hashed set pays for one by one) and a set for the few above it.
struct CodeBits {
    private var low = [UInt64](repeating: 0, count: 1024)
    private var high: Set<UInt32> = []

    mutating func insert(_ v: UInt32) {
        if v < 65_536 { low[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { high.insert(v) }
    }

    /// Every value inserted.
    var values: Set<UInt32> {
        var out = high
        for (w, word) in low.enumerated() where word != 0 {
            for b in 0..<64 where word & (1 << UInt64(b)) != 0 { out.insert(UInt32(w << 6 + b)) }
        }
        return out
    }
}
