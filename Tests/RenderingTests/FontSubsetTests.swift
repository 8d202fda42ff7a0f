import CPangoCairo
import Foundation
import Testing

@testable import Rendering

/// HarfBuzz subsets of the faces in fonts/: small, glyph ids kept, refusals name the font.
struct FontSubsetTests {
    /// The first font file in fonts/ with `suffix` (resolved link).
    static func font(_ suffix: String) throws -> String {
        let dir = PDFWriterTests.fonts
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first { $0.hasSuffix(suffix) })
        return dir.appendingPathComponent(name).resolvingSymlinksInPath().path
    }

    /// numGlyphs from the maxp table of a single-face OpenType file.
    static func glyphCount(_ data: [UInt8]) -> Int? {
        let tables = Int(data[4]) << 8 | Int(data[5])
        for k in 0..<tables {
            let r = 12 + 16 * k
            guard String(decoding: data[r..<r + 4], as: UTF8.self) == "maxp" else { continue }
            let o = Int(data[r + 8]) << 24 | Int(data[r + 9]) << 16 | Int(data[r + 10]) << 8 | Int(data[r + 11])
            return Int(data[o + 4]) << 8 | Int(data[o + 5])
        }
        return nil
    }

    @Test func aSubsetIsSmallAndKeepsGlyphIds() throws {
        let file = try Self.font(".ttf")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        let sub = try FontSubset.subset(FontFaceRef(file: file), glyphs: [3, 500, 1200])
        #expect(sub.data.count < size / 50)
        #expect(sub.data.count > 100)
        // glyph 1200 is still glyph 1200: the subset has at least 1201 glyph slots
        #expect((Self.glyphCount(sub.data) ?? 0) >= 1201)
        #expect(!sub.postScriptName.isEmpty)
        #expect(!sub.familyName.isEmpty)
    }

    @Test func compactGlyphIdsComeWithTheirMap() throws {
        let face = FontFaceRef(file: try Self.font(".ttf"))
        let kept = try FontSubset.subset(face, glyphs: [3, 500, 1200])
        let compact = try FontSubset.subset(face, glyphs: [3, 500, 1200], retainGlyphIDs: false)
        #expect(kept.glyphMap == [0: 0, 3: 3, 500: 500, 1200: 1200])
        #expect(compact.glyphMap[0] == 0)
        #expect(Set([3, 500, 1200].compactMap { compact.glyphMap[$0] }) == [1, 2, 3])
        #expect(Self.glyphCount(compact.data) == 4)
        #expect(compact.data.count < kept.data.count)
    }

    /// The number of subroutines in the Global Subr INDEX of a single-face CFF font.
    static func globalSubroutines(_ data: [UInt8]) -> Int? {
        func u(_ o: Int, _ n: Int) -> Int { (0..<n).reduce(0) { $0 << 8 | Int(data[o + $1]) } }
        let tables = u(4, 2)
        guard let r = (0..<tables).map({ 12 + 16 * $0 }).first(where: { String(decoding: data[$0..<$0 + 4], as: UTF8.self) == "CFF " })
        else { return nil }
        let cff = u(r + 8, 4)
        // header, then the Name, Top DICT and String INDEXes, then the Global Subr INDEX
        var o = cff + Int(data[cff + 2])
        for _ in 0..<3 {
            let count = u(o, 2)
            guard count > 0 else {
                o += 2
                continue
            }
            let size = Int(data[o + 2])
            o += 3 + (count + 1) * size + u(o + 3 + count * size, size) - 1
        }
        return u(o, 2)
    }

    @Test func cffSubsetsCarryNoSubroutines() throws {
        // Noto CJK's CFF is subroutinized; the subset is flattened (HarfBuzz writes each glyph as
        // it reads it, with far less memory), so the subset's Global Subr INDEX is empty
        let noto = FontFaceRef(file: try Self.font("NotoSerifCJK-Regular.ttc"), index: 2)
        let sub = try FontSubset.subset(noto, glyphs: Set((1...40).map { UInt32($0 * 97) }), retainGlyphIDs: false)
        #expect(Self.globalSubroutines(sub.data) == 0)
        #expect(Self.glyphCount(sub.data) == 41)
    }

    @Test func cmapEntriesBringTheirGlyphs() throws {
        let sub = try FontSubset.subset(FontFaceRef(file: try Self.font(".ttf")), glyphs: [], unicodes: [0x4E2D])
        let small = try FontSubset.subset(FontFaceRef(file: try Self.font(".ttf")), glyphs: [])
        // 中 kept through the cmap brings its glyph along
        #expect(sub.data.count > small.data.count)
    }

    /// The bytes of table `tag` of a single-face OpenType file.
    static func table(_ data: [UInt8], _ tag: String) -> ArraySlice<UInt8>? {
        func u(_ o: Int) -> Int { (0..<4).reduce(0) { $0 << 8 | Int(data[o + $1]) } }
        let tables = Int(data[4]) << 8 | Int(data[5])
        guard let r = (0..<tables).map({ 12 + 16 * $0 }).first(where: { String(decoding: data[$0..<$0 + 4], as: UTF8.self) == tag })
        else { return nil }
        return data[u(r + 8)..<u(r + 8) + u(r + 12)]
    }

    /// FandolFang (the 仿宋 body face) and FandolHei (黑体, level-1 headings) are linked with their
    /// outlines simplified (scripts/simplify-font.py, `simplify=N` in fonts/manifest.tsv): the
    /// subset of a paragraph is much smaller than the traced source's (~0.4 of it refitted as
    /// polygons; the earlier simplifier's ~0.58 fails), with the same glyphs and the same advances.
    @Test(arguments: ["FandolFang-Regular.otf", "FandolHei-Regular.otf"])
    func tracedFacesAreLinkedWithSimplifiedOutlines(file: String) throws {
        let manifest = try String(contentsOf: PDFWriterTests.fonts.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let row = try #require(
            manifest.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
                .first { $0.first == file })
        try #require(row.count == 5 && row[4].hasPrefix("simplify="), "\(file)'s manifest row names no simplification")
        let cache = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? NSHomeDirectory() + "/.cache"
        let source = FileManager.default.fileExists(atPath: row[3]) ? row[3] : "\(cache)/tongbao/debs/\(row[2])\(row[3])"
        let linked = try Self.font(file)
        #expect(linked != URL(fileURLWithPath: source).resolvingSymlinksInPath().path)
        let text = "各区县人民政府，市政府各委、办、局：现将大气污染防治工作进展情况通报如下。一、空气质量持续改善"
        let unicodes = Set(text.unicodeScalars.map(\.value))
        let lean = try FontSubset.subset(FontFaceRef(file: linked), glyphs: [], unicodes: unicodes, retainGlyphIDs: false)
        let traced = try FontSubset.subset(FontFaceRef(file: source), glyphs: [], unicodes: unicodes, retainGlyphIDs: false)
        #expect(Self.glyphCount(lean.data) == Self.glyphCount(traced.data))
        #expect((Self.glyphCount(lean.data) ?? 0) > 30)
        #expect(Self.table(lean.data, "hmtx") == Self.table(traced.data, "hmtx"))
        #expect(Self.table(lean.data, "cmap") == Self.table(traced.data, "cmap"))
        #expect(lean.postScriptName == traced.postScriptName)
        #expect(Double(lean.data.count) < 0.5 * Double(traced.data.count), "\(lean.data.count) vs \(traced.data.count) bytes")
    }

    /// When every glyph is a kept character's own, the plan is made from the characters (without
    /// reading the face's whole cmap) and keeps the same glyphs; a glyph no kept character maps
    /// to is kept as well.
    @Test func glyphsOfKeptCharactersNeedNoGlyphSet() throws {
        let file = try Self.font("NotoSerifCJK-Regular.ttc")
        let face = FontFaceRef(file: file, index: 2)
        let unicodes = Set("\u{901A}\u{62A5}\u{5927}\u{6C14}\u{6C61}\u{67D3}\u{FF0C}\u{3002}2025".unicodeScalars.map(\.value))
        let blob = try #require(hb_blob_create_from_file_or_fail(file))
        defer { hb_blob_destroy(blob) }
        let hbFace = try #require(hb_face_create(blob, 2))
        defer { hb_face_destroy(hbFace) }
        let glyphs = FontSubset.nominalGlyphs(hbFace, unicodes)
        #expect(glyphs.count == unicodes.count)
        let byCharacters = try FontSubset.subset(face, glyphs: glyphs, unicodes: unicodes, retainGlyphIDs: false)
        let byGlyphs = try FontSubset.subset(face, glyphs: glyphs, retainGlyphIDs: false)
        #expect(byCharacters.glyphMap == byGlyphs.glyphMap)
        #expect(byCharacters.glyphMap.count == glyphs.count + 1)
        // a glyph no kept character maps to: the glyph set is given, and the subset holds one
        // glyph more than from the characters alone (their variation-sequence glyphs included)
        let extra = try #require((UInt32(1)...UInt32(1000)).first { !glyphs.contains($0) })
        let withExtra = try FontSubset.subset(face, glyphs: glyphs.union([extra]), unicodes: unicodes, retainGlyphIDs: false)
        #expect(withExtra.glyphMap[extra] != nil)
        let count = try #require(Self.glyphCount(byCharacters.data))
        #expect(count > glyphs.count)
        #expect(Self.glyphCount(withExtra.data) == count + 1)
    }

    @Test func unreadableFilesAndFaceIndexesAreRefused() throws {
        let missing = FontFaceRef(file: "/nonexistent/x.otf")
        #expect(throws: FontSubsetError.unreadable(missing)) { try FontSubset.subset(missing, glyphs: [1]) }
        let wrongFace = FontFaceRef(file: try Self.font(".ttf"), index: 7)
        #expect(throws: FontSubsetError.unreadable(wrongFace)) { try FontSubset.subset(wrongFace, glyphs: [1]) }
    }

    @Test func aFontWhoseLicenceForbidsSubsettingIsRefusedByName() throws {
        var data = try FontSubset.subset(FontFaceRef(file: try Self.font(".ttf")), glyphs: [3]).data
        // set OS/2 fsType to 0x0100 (no subsetting)
        let tables = Int(data[4]) << 8 | Int(data[5])
        let r = try #require((0..<tables).map { 12 + 16 * $0 }.first { String(decoding: data[$0..<$0 + 4], as: UTF8.self) == "OS/2" })
        let o = Int(data[r + 8]) << 24 | Int(data[r + 9]) << 16 | Int(data[r + 10]) << 8 | Int(data[r + 11])
        data[o + 8] = 0x01
        data[o + 9] = 0x00
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-nosubset-\(getpid()).ttf")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(data).write(to: url)
        do {
            _ = try FontSubset.subset(FontFaceRef(file: url.path), glyphs: [3])
            Issue.record("a no-subsetting font was subset")
        } catch {
            guard case .notPermitted(let name, _, let why) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(name.contains("WenKai"))
            #expect(why.contains("subsetting"))
            #expect(error.description.contains(url.path))
        }
    }
}
