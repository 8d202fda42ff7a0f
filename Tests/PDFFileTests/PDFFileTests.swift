import CPangoCairo
import Foundation
import PaintedPages
import Rendering
import TestSupport
import Testing
import Typesetting

@testable import PDFFile

/// Subset faces of the fonts in fonts/ made as the painter makes them (compact glyph ids), with
/// the glyph id of each character.
enum Faces {
    static let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fonts")

    static func file(_ name: String) -> String { fonts.appendingPathComponent(name).resolvingSymlinksInPath().path }

    /// `text`'s characters subset from face `index` of `file`: the embedded font and each character's glyph.
    static func subset(_ file: String, index: Int = 0, _ text: String) throws -> (EmbeddedFont, [Character: UInt32]) {
        let blob = try #require(hb_blob_create_from_file_or_fail(file))
        defer { hb_blob_destroy(blob) }
        let face = try #require(hb_face_create(blob, UInt32(index)))
        defer { hb_face_destroy(face) }
        let font = try #require(hb_font_create(face))
        defer { hb_font_destroy(font) }
        var original: [Character: UInt32] = [:]
        for c in text {
            var g: hb_codepoint_t = 0
            #expect(hb_font_get_nominal_glyph(font, c.unicodeScalars.first!.value, &g) != 0, "no glyph for \(c)")
            original[c] = g
        }
        let sub = try FontSubset.subset(
            FontFaceRef(file: file, index: index), glyphs: Set(original.values), unicodes: Set(text.unicodeScalars.map(\.value)),
            retainGlyphIDs: false)
        let ids = original.compactMapValues { sub.glyphMap[$0] }
        let embedded = EmbeddedFont(
            fontName: sub.postScriptName, familyName: sub.familyName, data: sub.data, fileExtension: "otf", serif: true)
        return (embedded, ids)
    }

    /// A line of text in `font`: one cluster per character, 16 pt apart from x = 72.
    static func line(_ text: String, ids: [Character: UInt32], font: Int = 0, baseline: Double = 100, x: Double = 72) -> GlyphText {
        let clusters = text.enumerated().map { k, c in
            GlyphCluster(text: String(c), xs: [x + 16 * Double(k)], glyphs: [ids[c] ?? 0], nominal: true)
        }
        return GlyphText(font: font, size: 16, color: .black, emboldened: false, baseline: baseline, clusters: clusters)
    }
}

/// The file's bytes as Latin-1 text, for looking at its (uncompressed) dictionaries.
/// Bytes as Latin-1 text (one character a byte), as `PDFObjects` reads a file.
func latin1(_ bytes: [UInt8]) -> String { PDFObjects.latin1(bytes) }

struct PDFBytesTests {
    @Test func numbersAreRoundedToThousandthsWithoutTrailingZeros() {
        var b = PDFBytes()
        for v in [841.889764, 12.0, -0.5, 0.0004, -0.0004, 1000.1, 0.05, -13.0205, 1e300, .nan] {
            b.number(v)
            b.byte(32)
        }
        b.tenths(-13.06)
        #expect(String(decoding: b.bytes, as: UTF8.self) == "841.89 12 -0.5 0 0 1000.1 0.05 -13.021 0 0 -13.1")
    }

    @Test func namesAndTextStringsAreEscaped() {
        var b = PDFBytes()
        b.name("ABCDEF+Font Name#1")
        b.text("a(b)\\c")
        b.text("通报³")
        b.text("")
        #expect(String(decoding: b.bytes, as: UTF8.self) == "/ABCDEF+Font#20Name#231(a\\(b\\)\\\\c)<FEFF901A62A500B3>()")
    }

    @Test func datesAreThePDFsFormOfTheISOTimestamp() {
        #expect(PDFFile.pdfDate("2017-11-20T08:00:00+08:00") == "D:20171120080000+08'00'")
        #expect(PDFFile.pdfDate("2017-07-14T02:40:00Z") == "D:20170714024000Z")
        #expect(PDFFile.pdfDate("2017-11-20") == "D:20171120")
        #expect(PDFFile.pdfDate("yesterday") == nil)
    }
}

struct PDFFileTests {
    static func document() throws -> PaintedDocument {
        let (fang, fangIDs) = try Faces.subset(Faces.file("FandolFang-Regular.otf"), "大气污染防治工作通报，1")
        let (song, songIDs) = try Faces.subset(Faces.file("FandolSong-Regular.otf"), "2017")
        let red = RGB(r: 0.902, g: 0, b: 0.071)
        let page1 = PaintedPage(
            width: 595.276, height: 841.89,
            items: [
                .text(Faces.line("大气污染防治工作通报", ids: fangIDs)),
                .rule(RuleFrame(x: 79.37, y: 200, width: 442.2, thickness: 1.417, color: red)),
                .text(Faces.line("2017", ids: songIDs, font: 1, baseline: 240)),
                .box(BoxFrame(x: 80, y: 300, width: 100, height: 20, fill: RGB(r: 0.95, g: 0.95, b: 0.95), stroke: .black, lineWidth: 0.5)),
            ])
        let page2 = PaintedPage(width: 841.89, height: 595.276, items: [.text(Faces.line("工作通报，", ids: fangIDs))])
        return PaintedDocument(
            metadata: DocumentMetadata(
                title: "关于测试的通报", author: "市大气办", subject: "", keywords: "reviewed:2017-W46", creationDate: "2017-11-20T08:00:00+08:00"),
            creator: "tongbao test", pages: [page1, page2], fonts: [fang, song],
            outline: [
                OutlineEntry(level: 1, title: "一、总体情况", page: 1, y: 90),
                OutlineEntry(level: 2, title: "（一）扬尘", page: 1, y: 230.6),
                OutlineEntry(level: 1, title: "二、工作", page: 2, y: 80),
            ], bookmarkLeft: 79.37)
    }

    /// The objects of a file by number, read back through its cross-reference stream
    /// (`PDFObjects.read` checks that each entry points at its object).
    static func objects(_ bytes: [UInt8]) throws -> [Int: String] { try PDFObjects.read(bytes) }

    @Test func theCrossReferenceStreamPointsAtEveryObject() throws {
        let bytes = try PDFFile.data(try Self.document())
        let objects = try Self.objects(bytes)
        // catalog, pages, info, resources, 2 fonts × 5, 2 pages × 2, outline root + 3, the object
        // stream and the cross-reference stream
        #expect(objects.count == 4 + 10 + 4 + 4 + 2)
        // the streams stay in the file, every other object is packed (nothing said twice)
        let streams = objects.filter { $0.value.contains(">>stream\n") }.keys.sorted()
        #expect(streams == [8, 9, 13, 14, 16, 18, 23, 24])
        #expect(try #require(objects[23]).contains("/Type/ObjStm/N 16/First "))
        #expect(try #require(objects[24]).contains("/Type/XRef/Size 25/W[1 "))
        #expect(try #require(objects[24]).contains("]/Root 1 0 R/Info 3 0 R>>stream\n"))
        for (k, text) in objects where !streams.contains(k) {
            #expect(PDFObjects.find("\n\(k) 0 obj\n", in: bytes) == nil, "object \(k) is in the file as well")
            #expect(text.hasPrefix("<<") && text.hasSuffix(">>"), "object \(k): \(text)")
        }
        #expect(objects[1]?.contains("/Type/Catalog/Pages 2 0 R/Outlines 19 0 R") == true)
        #expect(objects[2]?.contains("/Kids[15 0 R 17 0 R]/Count 2") == true)
        #expect(objects[15]?.contains("/MediaBox[0 0 595.276 841.89]") == true)
        #expect(objects[17]?.contains("/MediaBox[0 0 841.89 595.276]") == true)
    }

    /// Each field is as wide as its largest value needs; object 0 heads the free list.
    @Test func crossReferenceFieldsAreAsWideAsTheirValues() {
        let small = CrossReference([.free, .inFile(offset: 15), .packed(stream: 3, index: 0), .inFile(offset: 200)])
        #expect(small.widths == (1, 2) as (Int, Int))
        #expect(small.bytes == [0, 0, 0xFF, 0xFF, 1, 15, 0, 0, 2, 3, 0, 0, 1, 200, 0, 0])
        let large = CrossReference([.free, .inFile(offset: 0x0102_0304), .packed(stream: 5, index: 0x1_0000)])
        #expect(large.widths == (4, 3) as (Int, Int))
        #expect(large.bytes == [0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 1, 1, 2, 3, 4, 0, 0, 0, 2, 0, 0, 0, 5, 1, 0, 0])
        #expect(CrossReference.width(0) == 1 && CrossReference.width(255) == 1 && CrossReference.width(256) == 2)
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let doc = try Self.document()
        let first = try PDFFile.data(doc)
        for _ in 0..<4 { #expect(try PDFFile.data(doc) == first) }
    }

    @Test func metadataIsTheInformationDictionary() throws {
        let info = try #require(try Self.objects(try PDFFile.data(try Self.document()))[3])
        #expect(info.contains("/Title<FEFF51734E8E6D4B8BD57684901A62A5>"))
        #expect(info.contains("/Keywords(reviewed:2017-W46)"))
        #expect(info.contains("/Subject()"))
        #expect(info.contains("/Creator(tongbao test)"))
        #expect(info.contains("/CreationDate(D:20171120080000+08'00')/ModDate(D:20171120080000+08'00')"))
    }

    @Test func fontsAreType0WithTheirCFFAndSubsetTags() throws {
        let objects = try Self.objects(try PDFFile.data(try Self.document()))
        let type0 = try #require(objects[5])
        let name = try #require(type0.range(of: #"/BaseFont/[A-Z]{6}\+FandolFang-Regular"#, options: .regularExpression))
        #expect(type0.contains("/Encoding/Identity-H/DescendantFonts[6 0 R]/ToUnicode 9 0 R"))
        let cid = try #require(objects[6])
        #expect(cid.contains("/Subtype/CIDFontType0" + type0[name]))
        // FandolFang's CFF is CID-keyed (Adobe-GB1): the ROS is said as it is
        #expect(cid.contains("/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 5>>"))
        #expect(cid.contains("/DW 1000"))
        let descriptor = try #require(objects[7])
        #expect(descriptor.contains("/Flags 4/FontBBox[-263 -272 1127 978]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 978"))
        #expect(descriptor.contains("/FontFile3 8 0 R"))
        #expect(try #require(objects[8]).contains("/Filter/FlateDecode/Subtype/CIDFontType0C>>stream\n"))
    }

    /// FreeType (what MuPDF draws with) finds, for each glyph, the CID the content stream shows.
    @Test func cidsAreTheCharsetsAsFreeTypeReadsThem() throws {
        let (font, ids) = try Faces.subset(Faces.file("NotoSerifCJK-Regular.ttc"), index: 2, "大气污染防治")
        let program = try OpenTypeFont(font.data)
        #expect(program.cids != nil)
        var library: FT_Library? = nil
        #expect(FT_Init_FreeType(&library) == 0)
        defer { FT_Done_FreeType(library) }
        var face: FT_Face? = nil
        #expect(font.data.withUnsafeBufferPointer { FT_New_Memory_Face(library, $0.baseAddress, $0.count, 0, &face) } == 0)
        defer { FT_Done_Face(face) }
        for g in ids.values {
            var cid: FT_UInt = 0
            #expect(FT_Get_CID_From_Glyph_Index(face, FT_UInt(g), &cid) == 0)
            #expect(program.cid(Int(g)) == Int(cid))
            #expect(Int(cid) != Int(g))
        }
    }

    @Test func widthsListOnlyWhatDiffersFromTheCommonWidth() throws {
        let (song, ids) = try Faces.subset(Faces.file("FandolSong-Regular.otf"), "2017年")
        let font = try PDFFont(song)
        var out = PDFBytes()
        font.writeWidths(&out)
        let w = String(decoding: out.bytes, as: UTF8.self)
        // the digits are half an em; 年 and .notdef are whole
        #expect(w.hasPrefix("/DW 500/W["))
        for c in "年" { #expect(w.contains("\(font.program.cid(Int(ids[c]!)))[1000]")) }
        #expect(font.widths[Int(ids["2"]!)] == 500)
    }

    @Test func toUnicodeMapsEachCIDToItsClusterAndActualTextCoversTheRest() throws {
        let (fang, ids) = try Faces.subset(Faces.file("FandolFang-Regular.otf"), "大气，")
        let da = ids["大"]!
        let qi = ids["气"]!
        let comma = ids["，"]!
        let text = GlyphText(
            font: 0, size: 16, color: .black, emboldened: false, baseline: 100,
            clusters: [
                GlyphCluster(text: "大", xs: [72], glyphs: [da], nominal: true),
                // a cluster of two characters shaped to one glyph: its ToUnicode entry holds both
                GlyphCluster(text: "气体", xs: [88, 96], glyphs: [qi], nominal: false),
                // two glyphs for one character: an ActualText span
                GlyphCluster(text: "，", xs: [104], glyphs: [comma, comma], nominal: false),
                // the first glyph again for another text: an ActualText span, its entry stays 大
                GlyphCluster(text: "太", xs: [120], glyphs: [da], nominal: false),
            ])
        let doc = PaintedDocument(
            metadata: DocumentMetadata(title: "t"), creator: "t", pages: [PaintedPage(width: 200, height: 200, items: [.text(text)])],
            fonts: [fang])
        let fonts = [try PDFFont(fang)]
        let texts = try PDFFile.unicodeTexts(doc, fonts: fonts)
        let cmap = latin1(fonts[0].toUnicodeCMap(texts[0]))
        let p = fonts[0].program
        func hex(_ g: UInt32) -> String { String(format: "%04X", p.cid(Int(g))) }
        #expect(cmap.contains("2 beginbfchar\n"))
        #expect(cmap.contains("<\(hex(da))><5927>\n"))
        #expect(cmap.contains("<\(hex(qi))><6C144F53>\n"))
        #expect(!cmap.contains("<\(hex(comma))>"))
        let content = latin1(try PDFContent(fonts: fonts, toUnicode: texts).stream(doc.pages[0]))
        #expect(content.contains("/Span<</ActualText<FEFFFF0C>>>BDC\n"))
        #expect(content.contains("/Span<</ActualText<FEFF592A>>>BDC\n"))
        #expect(content.components(separatedBy: "EMC\n").count == 3)
    }

    @Test func glyphsAreWhereTheComposerPutThem() throws {
        let (fang, ids) = try Faces.subset(Faces.file("FandolFang-Regular.otf"), "大气污")
        let p = try OpenTypeFont(fang.data)
        let g = ["大", "气", "污"].map { String(format: "%04X", p.cid(Int(ids[Character($0)]!))) }
        let clusters = [
            GlyphCluster(text: "大", xs: [72], glyphs: [ids["大"]!], nominal: true),
            // 16 pt after the first: no adjustment; the third 0.25 pt further (-15.6 thousandths)
            GlyphCluster(text: "气", xs: [88], glyphs: [ids["气"]!], nominal: true),
            GlyphCluster(text: "污", xs: [104.25], glyphs: [ids["污"]!], nominal: true),
        ]
        let text = GlyphText(font: 0, size: 16, color: RGB(r: 0.902, g: 0, b: 0.071), emboldened: false, baseline: 100, clusters: clusters)
        let page = PaintedPage(width: 200, height: 300, items: [.text(text)])
        let fonts = [try PDFFont(fang)]
        let doc = PaintedDocument(metadata: DocumentMetadata(title: "t"), creator: "t", pages: [page], fonts: [fang])
        let texts = try PDFFile.unicodeTexts(doc, fonts: fonts)
        let content = latin1(try PDFContent(fonts: fonts, toUnicode: texts).stream(page))
        // the page's y runs down, text space's up: the baseline 100 pt from the top is y -100
        #expect(
            content
                == "1 0 0 -1 0 300 cm\nBT\n1 0 0 -1 0 0 Tm\n/F0 16 Tf\n0.902 0 0.071 rg\n72 -100 Td[<\(g[0])\(g[1])>-15.6<\(g[2])>]TJ\nET\n"
        )
    }

    @Test func syntheticBoldIsStrokedOneTwentyFourthOfAnEm() throws {
        let (fang, ids) = try Faces.subset(Faces.file("FandolFang-Regular.otf"), "大")
        var text = Faces.line("大", ids: ids)
        text.size = 48
        text.emboldened = true
        let page = PaintedPage(width: 200, height: 300, items: [.text(text)])
        let fonts = [try PDFFont(fang)]
        let doc = PaintedDocument(metadata: DocumentMetadata(title: "t"), creator: "t", pages: [page], fonts: [fang])
        let content = latin1(try PDFContent(fonts: fonts, toUnicode: try PDFFile.unicodeTexts(doc, fonts: fonts)).stream(page))
        // 2 pt wide, the glyph moved a point right and up (as FreeType emboldens)
        #expect(content.contains("/F0 48 Tf\n0 0 0 rg\n2 Tr\n0 0 0 RG\n2 w\n73 -99 Td["))
    }

    @Test func rulesAndBoxesAreRectanglesInThePagesFlippedSpace() throws {
        let page = PaintedPage(
            width: 200, height: 300,
            items: [
                .rule(RuleFrame(x: 10, y: 100, width: 50, thickness: 2, color: RGB(r: 1, g: 0, b: 0))),
                .box(BoxFrame(x: 10, y: 120, width: 30, height: 10, fill: RGB(r: 1, g: 0, b: 0), stroke: .black, lineWidth: 0.5)),
                .box(BoxFrame(x: 10, y: 140, width: 30, height: 10, fill: nil, stroke: .black, lineWidth: 0.5)),
                .box(BoxFrame(x: 10, y: 160, width: 30, height: 10, fill: nil, stroke: nil, lineWidth: 1)),
            ])
        let content = latin1(try PDFContent(fonts: [], toUnicode: []).stream(page))
        #expect(content == "1 0 0 -1 0 300 cm\n1 0 0 rg\n10 99 50 2 re f\n0 0 0 RG\n0.5 w\n10 120 30 10 re B\n10 140 30 10 re S\n")
    }

    @Test func theOutlineNestsAndGoesToEachHeading() throws {
        let objects = try Self.objects(try PDFFile.data(try Self.document()))
        #expect(objects[19] == "<</Type/Outlines/First 20 0 R/Last 22 0 R/Count 2>>")
        let first = try #require(objects[20])
        #expect(first.contains("/Parent 19 0 R/Next 22 0 R/First 21 0 R/Last 21 0 R/Count -1/Dest[15 0 R/XYZ 79 751.89 0]"))
        #expect(try #require(objects[21]).contains("/Parent 20 0 R/Dest[15 0 R/XYZ 79 611.89 0]"))
        #expect(try #require(objects[22]).contains("/Parent 19 0 R/Prev 20 0 R/Dest[17 0 R/XYZ 79 515.276 0]"))
    }

    @Test func aGlyphNotInItsFaceIsAnError() throws {
        var doc = try Self.document()
        doc.pages[0].items = [
            .text(
                GlyphText(
                    font: 0, size: 16, color: .black, emboldened: false, baseline: 100,
                    clusters: [
                        GlyphCluster(text: "x", xs: [72], glyphs: [60_000], nominal: false)
                    ]))
        ]
        #expect(throws: PDFFile.WriteError.self) { try PDFFile.data(doc) }
        doc.fonts[0].data = Array(repeating: 0, count: 64)
        #expect(throws: PDFFile.WriteError.self) { try PDFFile.data(doc) }
    }
}
