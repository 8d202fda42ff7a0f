import CPangoCairo
import Foundation

/// One face of a font file: `index` is 0 for a plain .otf/.ttf, the face's number in a collection
/// (.ttc) otherwise.
public struct FontFaceRef: Hashable, Sendable, CustomStringConvertible {
    /// Absolute path of the font file.
    public var file: String
    /// Face index inside the file.
    public var index: Int

    public init(file: String, index: Int = 0) {
        self.file = file
        self.index = index
    }

    public var description: String { index == 0 ? file : "\(file)#\(index)" }
}

/// A subset face: OpenType bytes holding only the requested glyphs, at their original glyph ids.
public struct SubsetFont: Sendable, Equatable {
    /// The OpenType file (a single face, index 0).
    public var data: [UInt8]
    /// The font's PostScript name (name ID 6), for a document's font resource.
    public var postScriptName: String
    /// The font's family name (name ID 1).
    public var familyName: String
    /// Old glyph id → glyph id in `data`: the identity when glyph ids are kept.
    public var glyphMap: [UInt32: UInt32]
}

/// Why a face was not subset.
public enum FontSubsetError: Error, Equatable, CustomStringConvertible {
    /// The file cannot be read or holds no face at that index.
    case unreadable(FontFaceRef)
    /// The font's embedding permissions (OS/2 fsType) forbid subsetting or outline embedding.
    case notPermitted(font: String, face: FontFaceRef, reason: String)
    /// HarfBuzz could not subset the font (an unsupported or damaged table).
    case failed(font: String, face: FontFaceRef)

    public var description: String {
        switch self {
        case .unreadable(let f): return "cannot read a font face from \(f)"
        case .notPermitted(let n, let f, let why): return "font '\(n)' (\(f)) may not be subset: \(why)"
        case .failed(let n, let f): return "HarfBuzz could not subset font '\(n)' (\(f))"
        }
    }
}

/// Subsets OpenType faces with HarfBuzz's subsetter (hb-subset), so a PDF or OFD writer reads a
/// few kilobytes per face instead of a 25 MB CJK collection.
///
/// Glyph ids are kept by default (`HB_SUBSET_FLAGS_RETAIN_GIDS`): glyphs shaped on the full face stay
/// valid in the subset (unused ids become empty glyphs). A CJK collection face has 65,535 glyph
/// slots, so such a subset still carries a 65,535-entry glyph table; a writer that can renumber
/// (the PDF painter) asks for compact ids and uses `glyphMap`. Codepoints in `unicodes` keep their cmap entries,
/// for readers that map text to glyphs themselves (OFD). Hinting, CFF subroutines and the layout
/// tables (GSUB, GPOS, GDEF, …) are dropped: the subset is for painting laid-out glyphs, not for
/// shaping again.
public enum FontSubset {
    /// Subsets `face` to `glyphs` (glyph 0, .notdef, is always kept) and the cmap entries of
    /// `unicodes`; throws, naming the font, when the font forbids it or HarfBuzz fails.
    public static func subset(_ face: FontFaceRef, glyphs: Set<UInt32>, unicodes: Set<UInt32> = [], retainGlyphIDs: Bool = true)
        throws(FontSubsetError) -> SubsetFont
    {
        guard let blob = hb_blob_create_from_file_or_fail(face.file) else { throw .unreadable(face) }
        defer { hb_blob_destroy(blob) }
        guard face.index >= 0, UInt32(face.index) < hb_face_count(blob) else { throw .unreadable(face) }
        guard let source = hb_face_create(blob, UInt32(face.index)) else { throw .unreadable(face) }
        defer { hb_face_destroy(source) }
        return try subset(source, face: face, glyphs: glyphs, unicodes: unicodes, retainGlyphIDs: retainGlyphIDs)
    }

    /// Subsets an hb face already open (the painter's path); `face` names it in errors.
    static func subset(_ source: OpaquePointer, face: FontFaceRef, glyphs: Set<UInt32>, unicodes: Set<UInt32>, retainGlyphIDs: Bool)
        throws(FontSubsetError) -> SubsetFont
    {
        let psName = name(source, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME))
        let family = name(source, hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY))
        let shown = family.isEmpty ? (psName.isEmpty ? URL(fileURLWithPath: face.file).lastPathComponent : psName) : family
        if let why = forbidden(source) { throw .notPermitted(font: shown, face: face, reason: why) }

        guard let input = hb_subset_input_create_or_fail() else { throw .failed(font: shown, face: face) }
        defer { hb_subset_input_destroy(input) }
        let uset = hb_subset_input_unicode_set(input)
        for u in unicodes { hb_set_add(uset, u) }
        // The subsetter keeps the glyphs the kept characters map to anyway; an explicit glyph set
        // makes its plan read the face's whole cmap into a map (~2.7 ms for a Noto CJK face, most
        // of a one-page render's subsetting), so glyphs are listed only when some are not the
        // nominal glyph of a kept character (a glyph substituted in shaping, or no characters).
        if !glyphs.isSubset(of: nominalGlyphs(source, unicodes).union([0])) {
            let gset = hb_subset_input_glyph_set(input)
            hb_set_add(gset, 0)
            for g in glyphs { hb_set_add(gset, g) }
        }
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for t in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "morx", "kerx", "kern", "DSIG", "VORG", "vhea", "vmtx"] {
            hb_set_add(drop, tag(t))
        }
        // Desubroutinized: HarfBuzz then writes each charstring as it interprets it instead of
        // building a parsed copy of every glyph to subset the subroutines. For FandolFang (no
        // subroutines) the bytes are the same at half the time and a third of the peak memory;
        // for Noto CJK's subroutinized CFF the subset is no larger (the subroutines a few hundred
        // glyphs share are few) — measured in issue 14's notes (README "Benchmark").
        let flags =
            HB_SUBSET_FLAGS_NO_HINTING.rawValue | HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue
            | (retainGlyphIDs ? HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue : 0)
        hb_subset_input_set_flags(input, flags)
        guard let plan = hb_subset_plan_create_or_fail(source, input) else { throw .failed(font: shown, face: face) }
        defer { hb_subset_plan_destroy(plan) }
        var glyphMap: [UInt32: UInt32] = [:]
        if let map = hb_subset_plan_old_to_new_glyph_mapping(plan) {
            for g in glyphs.union([0]) {
                let new = hb_map_get(map, g)
                if new != hb_codepoint_t.max { glyphMap[g] = new }  // HB_MAP_VALUE_INVALID
            }
        }
        guard let result = hb_subset_plan_execute_or_fail(plan) else { throw .failed(font: shown, face: face) }
        defer { hb_face_destroy(result) }
        guard let out = hb_face_reference_blob(result) else { throw .failed(font: shown, face: face) }
        defer { hb_blob_destroy(out) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(out, &length), length > 0 else { throw .failed(font: shown, face: face) }
        let data = bytes.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        return SubsetFont(data: data, postScriptName: psName, familyName: family, glyphMap: glyphMap)
    }

    /// The whole face as a standalone OpenType file (every table of face `index` of a collection),
    /// for a PDF when the face may not be subset; `glyphs` keep their ids.
    public static func wholeFace(_ face: FontFaceRef, glyphs: Set<UInt32>) throws(FontSubsetError) -> SubsetFont {
        guard let blob = hb_blob_create_from_file_or_fail(face.file) else { throw .unreadable(face) }
        defer { hb_blob_destroy(blob) }
        guard face.index >= 0, UInt32(face.index) < hb_face_count(blob) else { throw .unreadable(face) }
        guard let source = hb_face_create(blob, UInt32(face.index)), let builder = hb_face_builder_create() else {
            throw .unreadable(face)
        }
        defer {
            hb_face_destroy(builder)
            hb_face_destroy(source)
        }
        let shown = URL(fileURLWithPath: face.file).lastPathComponent
        var count: UInt32 = 64
        var tags = [hb_tag_t](repeating: 0, count: 64)
        let total = hb_face_get_table_tags(source, 0, &count, &tags)
        if total > count {
            count = total
            tags = [hb_tag_t](repeating: 0, count: Int(total))
            _ = hb_face_get_table_tags(source, 0, &count, &tags)
        }
        for tag in tags.prefix(Int(count)) {
            guard let table = hb_face_reference_table(source, tag) else { continue }
            defer { hb_blob_destroy(table) }
            guard hb_face_builder_add_table(builder, tag, table) != 0 else { throw .failed(font: shown, face: face) }
        }
        guard let out = hb_face_reference_blob(builder) else { throw .failed(font: shown, face: face) }
        defer { hb_blob_destroy(out) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(out, &length), length > 0 else { throw .failed(font: shown, face: face) }
        let data = bytes.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        var map: [UInt32: UInt32] = [:]
        for g in glyphs.union([0]) { map[g] = g }
        return SubsetFont(
            data: data, postScriptName: name(source, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME)),
            familyName: name(source, hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY)), glyphMap: map)
    }

    /// The glyphs the cmap of `face` maps `unicodes` to.
    static func nominalGlyphs(_ face: OpaquePointer, _ unicodes: Set<UInt32>) -> Set<UInt32> {
        guard !unicodes.isEmpty, let font = hb_font_create(face) else { return [] }
        defer { hb_font_destroy(font) }
        var out = Set<UInt32>()
        for u in unicodes {
            var g: hb_codepoint_t = 0
            if hb_font_get_nominal_glyph(font, u, &g) != 0 { out.insert(g) }
        }
        return out
    }

    /// The reason the OS/2 fsType embedding bits forbid a subset, or nil (no OS/2 table: allowed).
    static func forbidden(_ face: OpaquePointer) -> String? {
        guard let table = hb_face_reference_table(face, tag("OS/2")) else { return nil }
        defer { hb_blob_destroy(table) }
        var length: UInt32 = 0
        guard let p = hb_blob_get_data(table, &length), length >= 10 else { return nil }
        let fsType = UInt16(UInt8(bitPattern: p[8])) << 8 | UInt16(UInt8(bitPattern: p[9]))
        if fsType & 0x000F == 0x0002 { return "its licence forbids embedding (OS/2 fsType: restricted licence)" }
        if fsType & 0x0100 != 0 { return "its licence forbids subsetting (OS/2 fsType: no subsetting)" }
        if fsType & 0x0200 != 0 { return "its licence allows bitmap embedding only (OS/2 fsType)" }
        return nil
    }

    static func name(_ face: OpaquePointer, _ id: hb_ot_name_id_t) -> String {
        var size: UInt32 = 128
        var buf = [CChar](repeating: 0, count: Int(size))
        let n = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, &buf)
        guard n > 0 else { return "" }
        return String(decoding: buf.prefix(Int(min(n, 127))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func tag(_ s: String) -> hb_tag_t {
        s.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }
}
