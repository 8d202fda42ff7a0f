import CPangoCairo
import Foundation
import PDFFile
import PaintedPages
import TestSupport
import Testing
import Typesetting

@testable import Rendering

/// End to end through Pango and Cairo with the fonts in `fonts/`.
@Suite(.serialized)
struct PDFWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fonts = root.appendingPathComponent("fonts")

    /// The built-in defaults (the same numbers as layouts/weekly-notice.toml).
    static func layout() throws -> Layout {
        Layout.standard
    }

    static let doc = ContentDocument(
        metadata: DocumentMetadata(title: "测试通报", author: "市大气办", creationDate: "2017-11-20T08:00:00+08:00"),
        blocks: [
            .masthead("大气污染防治工作通报"), .issueLine("2017年第46期"), .separatorRule, .title("关于测试的通报"),
            .heading(level: 1, text: "一、总体情况"),
            .paragraph([Inline("本周全市PM2.5平均浓度为48μg/m³，同比下降8.8%，优良天数比例达到85.7%。各区（县）持续推进“一区一策”精准治污，累计检查涉气企业1276家次，发现问题213个，已整改196个。")]),
            .heading(level: 2, text: "（一）扬尘污染治理"),
            .paragraph([
                Inline("会议要求："), Inline("一是", emphasis: .strong), Inline("加强工地扬尘管控，严格落实“六个百分之百”要求；二是强化重点行业减排，对2.5万吨以上燃煤锅炉开展专项检查……"),
            ]),
        ])

    func temp(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-test-\(getpid())-\(name)")
    }

    @Test func writesAnEmbeddedSubsetPDFByteForByteTheSame() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let a = temp("a.pdf")
        let b = temp("b.pdf")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let report = try writer.writePDF(Self.doc, layout: try Self.layout(), to: a, options: RenderOptions(creator: "tongbao test"))
        _ = try writer.writePDF(Self.doc, layout: try Self.layout(), to: b, options: RenderOptions(creator: "tongbao test"))
        #expect(report.pages == 1)
        #expect(report.warnings.isEmpty)
        let bytes = try Data(contentsOf: a)
        #expect(bytes == (try Data(contentsOf: b)))
        // the dictionaries are packed into a deflated object stream: read through the cross-reference stream
        let text = try PDFObjects.read(Array(bytes)).values.joined(separator: "\n")
        #expect(text.contains("+FandolFang-Regular"))
        #expect(text.contains("+NotoSerifCJKsc-Bold"))
        #expect(text.contains("/FontFile"))
        #expect(text.contains("/Outlines"))
    }

    @Test func aCharacterNoFontCoversIsRefusedAndListed() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let out = temp("missing.pdf")
        let doc = ContentDocument(metadata: DocumentMetadata(title: "x"), blocks: [.paragraph([Inline("扩展B𠀀字符")])])
        #expect(throws: RenderError.missingGlyphs([MissingGlyph(character: "𠀀", role: "body", page: 1)])) {
            try writer.writePDF(doc, layout: try Self.layout(), to: out)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func rolesResolveToTheOpenDefaultsAndSayTheyAreSubstitutes() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let fonts = try writer.resolveFonts(try Self.layout())
        let body = try #require(fonts.first { $0.role == "body" })
        #expect(body.family == "FandolFang")
        #expect(body.isSubstitute)
        #expect(body.file.contains("FandolFang-Regular"))
        #expect(body.fallbacks == ["Noto Serif CJK SC"])
        let kai = try #require(fonts.first { $0.role == "heading2" })
        #expect(kai.family == "FandolKai")
        #expect(kai.fallbacks == ["LXGW WenKai"])
        #expect(fonts.first { $0.role == "heading" }?.family == "FandolHei")
        #expect(fonts.first { $0.role == "title" }?.family == "Noto Serif CJK SC")
    }

    @Test func aCharacterTheBodyFaceLacksFallsBackWithinTheChainAndIsReported() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let out = temp("fallback.pdf")
        defer { try? FileManager.default.removeItem(at: out) }
        // 堃 is outside GB2312 (FandolFang's coverage): Noto Serif CJK SC, next in the chain, sets it
        let doc = ContentDocument(metadata: DocumentMetadata(title: "x"), blocks: [.paragraph([Inline("王堃同志参加会议。")])])
        let report = try writer.writePDF(doc, layout: try Self.layout(), to: out)
        #expect(report.fallbacks == [FallbackGlyph(text: "堃", role: "body", family: "Noto Serif CJK SC", page: 1)])
        let text = try PDFObjects.read(Array(try Data(contentsOf: out))).values.joined(separator: "\n")
        #expect(text.contains("+FandolFang-Regular"))
        #expect(text.contains("+NotoSerifCJKsc-Regular"))
        let (fallbacks, missing) = try writer.coverage(of: "王堃", layout: try Self.layout())
        #expect(fallbacks.contains(FallbackGlyph(text: "堃", role: "heading2", family: "LXGW WenKai", page: 1)))
        #expect(!fallbacks.contains { $0.text == "王" })
        #expect(missing.isEmpty)
    }

    @Test func aMissingFontsDirectoryIsAnError() {
        #expect(throws: RenderError.self) { try PDFWriter(fontsDirectory: URL(fileURLWithPath: "/nonexistent/fonts")) }
    }

    @Test func pangoMeasuresTheGridAndQuotesFullWidth() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let (doc, setter) = try writer.compose(Self.doc, layout: try Self.layout())
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        let m = setter.measurer.advances(of: "中“”，PM", style: TextStyle(role: "body", size: 16))
        #expect(m[0] == 16)
        #expect(m[1] == 16 && m[2] == 16 && m[3] == 16)
        #expect(m[4] < 16)
    }

    @Test func pngPages() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let dir = temp("png")
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try writer.writePDF(
            Self.doc, layout: try Self.layout(), to: dir.appendingPathExtension("pdf"),
            options: RenderOptions(pngDirectory: dir, pngDPI: 30))
        try? FileManager.default.removeItem(at: dir.appendingPathExtension("pdf"))
        #expect(report.pngFiles.map(\.lastPathComponent) == ["page-1.png"])
    }
}

/// An office's own font dropped into fonts/ wins over the open default of its role.
struct OfficeFontTests {
    @Test func aFontDroppedIntoFontsWins() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-fonts-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: PDFWriterTests.fonts.path)
        where name.hasSuffix(".ttc") || name.hasSuffix(".ttf") || name.hasSuffix(".otf") {
            let target = PDFWriterTests.fonts.appendingPathComponent(name).resolvingSymlinksInPath()
            try fm.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: target)
        }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/FangSongGB2312-TestSubset.ttf")
        try fm.copyItem(at: fixture, to: dir.appendingPathComponent("FangSongGB2312-TestSubset.ttf"))

        let writer = try PDFWriter(fontsDirectory: dir)
        let body = try #require(try writer.resolveFonts(Layout.standard).first { $0.role == "body" })
        #expect(body.family == "仿宋_GB2312")
        #expect(!body.isSubstitute)
        #expect(body.file.hasSuffix("FangSongGB2312-TestSubset.ttf"))

        // a character the office font lacks (鹰) falls back to another font in fonts/, never to tofu
        let out = dir.appendingPathComponent("office.pdf")
        let doc = ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.paragraph([Inline("大气污染防治工作通报，鹰。")])])
        _ = try writer.writePDF(doc, layout: Layout.standard, to: out)
        let text = try PDFObjects.read(Array(try Data(contentsOf: out))).values.joined(separator: "\n")
        #expect(text.contains("FangSong_GB2312-Test"))
    }
}

/// One small page image against a golden PNG, with a tolerance.
struct PageImageTests {
    @Test func firstPageLooksLikeTheGolden() throws {
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-png-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try writer.writePDF(
            PDFWriterTests.doc, layout: Layout.standard, to: dir.appendingPathExtension("pdf"),
            options: RenderOptions(pngDirectory: dir, pngDPI: 36))
        try? FileManager.default.removeItem(at: dir.appendingPathExtension("pdf"))
        let page = dir.appendingPathComponent("page-1.png")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/page-1.png")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: golden)
            try FileManager.default.copyItem(at: page, to: golden)
            return
        }
        let diff = try #require(ImageDiff.difference(page, golden), "missing or differently sized golden \(golden.path)")
        #expect(diff < 0.002, "page differs from the golden in \(diff * 100)% of pixels")
    }
}

/// The PDF's pages as poppler draws them against the page images cairo paints from the same frames:
/// the PDF writer puts the same glyphs of the same faces at the same places, rules and boxes too.
struct PDFPagesLookLikeThePageImagesTests {
    /// `pdftoppm` (poppler-utils, `make deps`) on page 1 of `pdf`, cropped to `width` × `height` pixels.
    static func poppler(_ pdf: URL, dpi: Int, width: Int, height: Int, to png: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "pdftoppm", "-r", String(dpi), "-png", "-singlefile", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", String(width), "-H",
            String(height), pdf.path, png.deletingPathExtension().path,
        ]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "pdftoppm failed on \(pdf.path)")
    }

    @Test func theFirstPageIsThePainterImage() throws {
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-pdfpages-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("notice.pdf")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let doc = ContentDocument(
            metadata: PDFWriterTests.doc.metadata,
            blocks: PDFWriterTests.doc.blocks + [
                .caption("表1 各区检查情况"),
                .table(
                    Table(header: ["区县", "检查（家次）", "问题（个）"], rows: [["高新区", "312", "45"], ["金水区", "288", "51"]], highlightedRows: [1])),
            ])
        _ = try writer.writePDF(doc, layout: Layout.standard, to: pdf, options: RenderOptions(pngDirectory: dir, pngDPI: 100))
        let painted = dir.appendingPathComponent("page-1.png")
        // the painter's size in pixels (rounded; poppler's is rounded up)
        let width = Int((Layout.standard.page.width * 100 / 72).rounded())
        let height = Int((Layout.standard.page.height * 100 / 72).rounded())
        let drawn = dir.appendingPathComponent("poppler-1.png")
        try Self.poppler(pdf, dpi: 100, width: width, height: height, to: drawn)
        // Poppler and cairo smooth a glyph's rim differently (poppler's strokes are a little
        // darker), so squares of 4 × 4 pixels are compared by their mean colour: the same page
        // differs in 0.03 % of them by more than 64/255, the page moved by 2 pixels (1.4 pt) in
        // 1.3 %, a glyph missing or out of place in many more.
        let diff = try #require(ImageDiff.difference(painted, drawn, threshold: 64, block: 4))
        #expect(diff < 0.002, "\(diff * 100)% of 4×4-pixel squares differ by more than 64/255")
    }
}

/// Synthetic bold in the PDF (the glyph stroked 1/24 em wide, moved by half of that) against
/// cairo's (FreeType's emboldened outline) on a page image.
struct SyntheticBoldTests {
    @Test func aStrokedGlyphLooksLikeFreeTypesEmboldenedOne() throws {
        let file = PDFWriterTests.fonts.appendingPathComponent("FandolHei-Regular.otf").resolvingSymlinksInPath().path
        let text = "大气污染防治"
        let blob = try #require(hb_blob_create_from_file_or_fail(file))
        defer { hb_blob_destroy(blob) }
        let hbFace = try #require(hb_face_create(blob, 0))
        defer { hb_face_destroy(hbFace) }
        let hbFont = try #require(hb_font_create(hbFace))
        defer { hb_font_destroy(hbFont) }
        let original = text.unicodeScalars.map { u -> UInt32 in
            var g: hb_codepoint_t = 0
            _ = hb_font_get_nominal_glyph(hbFont, u.value, &g)
            return g
        }
        let sub = try FontSubset.subset(
            FontFaceRef(file: file), glyphs: Set(original), unicodes: Set(text.unicodeScalars.map(\.value)), retainGlyphIDs: false)
        let glyphs = original.compactMap { sub.glyphMap[$0] }
        let size = 48.0
        let xs = glyphs.indices.map { 20 + Double($0) * size }
        let (width, height) = (340.0, 80.0)
        let dpi = 150.0
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-bold-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        // cairo, as the painter paints an emboldened face
        let painted = dir.appendingPathComponent("cairo.png")
        let pw = Int32((width * dpi / 72).rounded())
        let ph = Int32((height * dpi / 72).rounded())
        try RasterImage.draw(width: pw, height: ph, scale: dpi / 72, background: 1) { image in
            let face = try #require(sub.data.withUnsafeBufferPointer { shim_cairo_face_from_memory($0.baseAddress, $0.count, 0, 1) })
            defer { cairo_font_face_destroy(face) }
            let options = cairo_font_options_create()
            defer { cairo_font_options_destroy(options) }
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_set_font_face(image.cr, face)
            cairo_set_font_size(image.cr, size)
            cairo_set_font_options(image.cr, options)
            cairo_set_source_rgb(image.cr, 0, 0, 0)
            var cg = zip(glyphs, xs).map { cairo_glyph_t(index: UInt($0), x: $1, y: 60) }
            cairo_show_glyphs(image.cr, &cg, Int32(cg.count))
            try image.write(to: painted)
        }

        // the PDF writer, bold and regular
        func pdf(_ bold: Bool) throws -> URL {
            let clusters = zip(text, zip(glyphs, xs)).map { GlyphCluster(text: String($0), xs: [$1.1], glyphs: [$1.0], nominal: true) }
            let run = GlyphText(font: 0, size: size, color: .black, emboldened: bold, baseline: 60, clusters: clusters)
            let font = EmbeddedFont(
                fontName: sub.postScriptName, familyName: sub.familyName, data: sub.data, fileExtension: "otf", serif: false)
            let doc = PaintedDocument(
                metadata: DocumentMetadata(title: "b"), creator: "t",
                pages: [PaintedPage(width: width, height: height, items: [.text(run)])], fonts: [font])
            let url = dir.appendingPathComponent(bold ? "bold.pdf" : "regular.pdf")
            try Data(try PDFFile.data(doc)).write(to: url)
            let png = dir.appendingPathComponent(bold ? "bold.png" : "regular.png")
            try PDFPagesLookLikeThePageImagesTests.poppler(url, dpi: Int(dpi), width: Int(pw), height: Int(ph), to: png)
            return png
        }
        let bold = try #require(ImageDiff.difference(painted, try pdf(true), threshold: 48, block: 3))
        let regular = try #require(ImageDiff.difference(painted, try pdf(false), threshold: 48, block: 3))
        #expect(bold < 0.002, "\(bold * 100)% of squares differ")
        // the test can tell: the regular weight is far from cairo's bold
        #expect(regular > 10 * max(bold, 0.0005), "regular \(regular * 100)%, bold \(bold * 100)%")
    }
}
