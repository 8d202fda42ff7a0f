import CPangoCairo
import Foundation
import PaintedPages
import Typesetting

/// The painter's shaped pages as the fixed-layout writers' input: the glyph runs page images show,
/// with the subset faces embedded. A reader without the fonts must show the same glyphs, so a face
/// whose subset has no outlines a reader can draw (glyf, CFF) is refused by name instead of being
/// replaced; a face that may not be subset is refused too (the OFD), or embedded whole (the PDF,
/// `wholeFaces`).
extension Painter {
    /// Where the document is going, for error messages.
    enum Target: String {
        case pdf = "PDF"
        case ofd = "OFD"
    }

    func paintedDocument(
        _ doc: ComposedDocument, metadata: DocumentMetadata, creator: String, bookmarkLeft: Double, for target: Target
    ) throws(RenderError) -> PaintedDocument {
        // the faces in the order the pages first use them
        var fontIndex: [FontFaceRef: Int] = [:]
        var fonts: [EmbeddedFont] = []
        var cmaps: [FontFaceRef: (SubsetCmap, [UInt32: UInt32])] = [:]
        for page in doc.pages {
            for runs in (shaped[page.number] ?? [:]).sorted(by: { $0.key < $1.key }).map(\.value) {
                for run in runs where !run.glyphs.isEmpty && fontIndex[run.font.face] == nil {
                    let (file, cmap, map) = try embed(run.font.face, family: run.font.family, for: target)
                    fontIndex[run.font.face] = fonts.count
                    fonts.append(file)
                    cmaps[run.font.face] = (cmap, map)
                }
            }
        }
        // Then each page's items, pages on every core: this reads the shaped runs and the subsets'
        // cmaps (HarfBuzz lookups on a font nobody changes are thread-safe) and changes nothing.
        let shared = Unchecked((pages: doc.pages, shaped: shaped, fontIndex: fontIndex, cmaps: cmaps))
        let made = Unchecked([Result<PaintedPage, RenderError>?](repeating: nil, count: doc.pages.count))
        made.value.withUnsafeMutableBufferPointer { slots in
            let out = Unchecked(slots)
            DispatchQueue.concurrentPerform(iterations: doc.pages.count) { p in
                let s = shared.value
                out.value[p] = Result { () throws(RenderError) -> PaintedPage in
                    try Self.page(s.pages[p], runs: s.shaped[s.pages[p].number] ?? [:], fontIndex: s.fontIndex, cmaps: s.cmaps, for: target)
                }
            }
        }
        var pages: [PaintedPage] = []
        pages.reserveCapacity(doc.pages.count)
        for r in made.value {
            switch r {
            case .success(let page)?: pages.append(page)
            case .failure(let error)?: throw error
            case nil: throw .write("a page was not painted")
            }
        }
        return PaintedDocument(
            metadata: metadata, creator: creator, pages: pages, fonts: fonts, outline: doc.outline, bookmarkLeft: bookmarkLeft)
    }

    /// One page's painted items: rules and boxes as they are, text runs as glyph clusters.
    static func page(
        _ page: PageFrames, runs: [Int: [GlyphRun]], fontIndex: [FontFaceRef: Int], cmaps: [FontFaceRef: (SubsetCmap, [UInt32: UInt32])],
        for target: Target
    ) throws(RenderError) -> PaintedPage {
        var items: [PaintedItem] = []
        items.reserveCapacity(page.frames.count)
        for (k, frame) in page.frames.enumerated() {
            switch frame {
            case .rule(let r): items.append(.rule(r))
            case .box(let b): items.append(.box(b))
            case .text:
                for run in runs[k] ?? [] where !run.glyphs.isEmpty {
                    guard let index = fontIndex[run.font.face], let (cmap, map) = cmaps[run.font.face] else { continue }
                    items.append(.text(try text(run, font: index, cmap: cmap, glyphMap: map, for: target)))
                }
            }
        }
        return PaintedPage(width: page.width, height: page.height, items: items)
    }

    /// One glyph run as clusters: the characters of each cairo cluster, their x, their glyphs (ids
    /// in the subset: `glyphMap` renumbers the full face's) and where shaping moved them.
    static func text(_ run: GlyphRun, font: Int, cmap: SubsetCmap, glyphMap: [UInt32: UInt32], for target: Target) throws(RenderError)
        -> GlyphText
    {
        let bytes = run.utf8.map { UInt8(bitPattern: $0) }
        var clusters: [GlyphCluster] = []
        clusters.reserveCapacity(run.clusters.count)
        var byte = 0
        var glyph = 0
        var char = 0
        for c in run.clusters {
            let end = min(bytes.count, byte + Int(c.num_bytes))
            let text = String(decoding: bytes[byte..<end], as: UTF8.self)
            // a cluster of one scalar (the usual one) is one character; only the rest are counted
            // by grapheme (at ~100 pages 50,000 clusters)
            let lead = end > byte ? bytes[byte] : 0
            let single = end > byte && end - byte == (lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2)
            let n = single ? 1 : text.count
            let xs = Array(run.xs[min(char, run.xs.count)..<min(char + n, run.xs.count)])
            let gEnd = min(run.glyphs.count, glyph + Int(c.num_glyphs))
            var ids: [UInt32] = []
            ids.reserveCapacity(gEnd - glyph)
            var offsets: [GlyphOffset] = []
            for (k, g) in run.glyphs[glyph..<gEnd].enumerated() {
                guard let id = glyphMap[UInt32(g.index)] else {
                    let error = "glyph \(g.index) of '\(run.font.family)' is missing from its subset"
                    throw target == .ofd ? .ofd(error) : .write(error)
                }
                ids.append(id)
                // the painter put each glyph at its character's x plus shaping's offset
                let dx = g.x - (xs.first ?? g.x)
                let dy = g.y - run.baseline
                if (dx != 0 || dy != 0) && offsets.isEmpty {
                    offsets = Array(repeating: GlyphOffset(dx: 0, dy: 0), count: k)
                }
                if !offsets.isEmpty || dx != 0 || dy != 0 { offsets.append(GlyphOffset(dx: dx, dy: dy)) }
            }
            let nominal = ids.count == 1 && single && text.unicodeScalars.first.map { cmap.glyph(for: $0.value) == ids[0] } == true
            clusters.append(GlyphCluster(text: text, xs: xs, glyphs: ids, nominal: nominal, offsets: offsets))
            byte = end
            glyph = gEnd
            char += n
        }
        let size = run.font.matrix.yy
        return GlyphText(
            font: font, size: size, color: run.color, emboldened: run.font.emboldened,
            baseline: run.baseline, clusters: clusters)
    }

    /// The face's subset as an embedded font, and its cmap; throws naming the font when it has none.
    func embed(_ face: FontFaceRef, family: String, for target: Target) throws(RenderError) -> (EmbeddedFont, SubsetCmap, [UInt32: UInt32])
    {
        let shown = family.isEmpty ? URL(fileURLWithPath: face.file).lastPathComponent : family
        let into = "in the \(target.rawValue)"
        guard let result = subsets[face] else {
            throw .fonts("font '\(shown)' (\(face)) was not prepared for embedding \(into)")
        }
        let sub: SubsetFont
        var whole = false
        switch result {
        case .success(let s): sub = s
        case .failure(let error):
            whole = true
            guard target == .pdf else { throw .fonts("cannot embed a font \(into): \(error)") }
            do { sub = try FontSubset.wholeFace(face, glyphs: subsetGlyphs[face] ?? []) } catch {
                throw .fonts("cannot embed font '\(shown)' (\(face)) \(into): \(error)")
            }
        }
        guard let cmap = SubsetCmap(sub.data) else {
            throw .fonts("cannot embed font '\(shown)' (\(face)) \(into): its subset cannot be read back")
        }
        guard let ext = cmap.outlineExtension else {
            throw .fonts(
                "cannot embed font '\(shown)' (\(face)) \(into): it has no OpenType outline table (glyf, CFF) "
                    + "that tongbao can subset for a reader to draw")
        }
        let name = sub.postScriptName.isEmpty ? shown : sub.postScriptName
        let familyName = sub.familyName.isEmpty ? shown : sub.familyName
        // A hint for readers only (OFD `Serif`): the English family name (SimHei, FandolHei, Noto Sans …).
        let sans = ["Sans", "Hei"].contains { familyName.contains($0) }
        return (
            EmbeddedFont(fontName: name, familyName: familyName, data: sub.data, fileExtension: ext, serif: !sans, isSubset: !whole),
            cmap,
            sub.glyphMap
        )
    }
}

/// A value handed to concurrent work that only reads it (or writes its own slot of it): the
/// painter's runs hold Pango and HarfBuzz pointers Swift cannot check.
final class Unchecked<T>: @unchecked Sendable {
    var value: T

    init(_ value: T) { self.value = value }
}

/// A subset face opened with HarfBuzz: which glyph its cmap gives a character, and which outline
/// table it carries.
final class SubsetCmap {
    private let blob: OpaquePointer
    private let face: OpaquePointer
    private let font: OpaquePointer

    init?(_ data: [UInt8]) {
        guard
            let blob = data.withUnsafeBufferPointer({ p in
                p.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: p.count) {
                        hb_blob_create_or_fail($0, UInt32(p.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
                    }
                }
            })
        else { return nil }
        self.blob = blob
        guard let face = hb_face_create(blob, 0), let font = hb_font_create(face) else {
            hb_blob_destroy(blob)
            return nil
        }
        self.face = face
        self.font = font
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// The glyph the cmap maps `unicode` to, or nil.
    func glyph(for unicode: UInt32) -> UInt32? {
        var g: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, unicode, &g) != 0 ? g : nil
    }

    /// `otf` for CFF outlines, `ttf` for TrueType outlines, nil when the face has neither.
    var outlineExtension: String? {
        if has("CFF ") || has("CFF2") { return "otf" }
        if has("glyf") { return "ttf" }
        return nil
    }

    private func has(_ table: String) -> Bool {
        guard let t = hb_face_reference_table(face, FontSubset.tag(table)) else { return false }
        defer { hb_blob_destroy(t) }
        return hb_blob_get_length(t) > 0
    }
}
