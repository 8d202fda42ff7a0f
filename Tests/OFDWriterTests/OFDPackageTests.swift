import Foundation
import OFDWriter
import PaintedPages
import Rendering
import TestSupport
import Testing
import Typesetting
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The OFD package tongbao writes beside the PDF: its parts, their XML, and the same coordinates
/// as the frames the PDF is painted from.
@Suite(.serialized)
struct OFDPackageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fonts = root.appendingPathComponent("fonts")

    static let doc = ContentDocument(
        metadata: DocumentMetadata(
            title: "测试通报", author: "市大气办", keywords: "2017-W46", creationDate: "2017-11-20T08:00:00+08:00"),
        blocks: [
            .masthead("大气污染防治工作通报"), .issueLine("2017年第46期"), .separatorRule, .title("关于测试的通报"),
            .heading(level: 1, text: "一、总体情况"),
            .paragraph([Inline("本周全市PM2.5平均浓度为48μg/m³，同比下降8.8%，优良天数比例达到85.7%。各区（县）持续推进“一区一策”精准治污。")]),
        ])

    func temp(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-ofd-test-\(getpid())-\(name)")
    }

    /// Every entry of the zip by path.
    static func entries(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var out: [String: Data] = [:]
        for e in archive {
            var data = Data()
            _ = try archive.extract(e) { data.append($0) }
            out[e.path] = data
        }
        return out
    }

    static func xml(_ data: Data?) throws -> XMLElement {
        let data = try #require(data)
        return try #require(try XMLDocument(data: data, options: []).rootElement())
    }

    static func numbers(_ s: String?) -> [Double] { (s ?? "").split(separator: " ").compactMap { Double($0) } }

    @Test func thePackageHasItsPartsAndTheFramesCoordinates() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let pdf = temp("a.pdf")
        let ofd = temp("a.ofd")
        defer { for u in [pdf, ofd] { try? FileManager.default.removeItem(at: u) } }
        let report = try writer.writePDF(
            Self.doc, layout: Layout.standard, to: pdf, options: RenderOptions(creator: "tongbao 9.9", ofd: ofd))
        let parts = try Self.entries(ofd)

        // the parts
        for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/Pages/Page_0/Content.xml"] {
            #expect(parts[name] != nil, "\(name) missing")
        }
        for (name, data) in parts where name.hasSuffix(".xml") {
            #expect((try? XMLDocument(data: data, options: [])) != nil, "\(name) does not parse")
        }

        // DocInfo from the document's metadata, no clock
        let entry = try Self.xml(parts["OFD.xml"])
        #expect(entry.name == "ofd:OFD")
        #expect(entry.attribute(forName: "Version")?.stringValue == "1.0")
        let info = try #require(entry.elements(forName: "ofd:DocBody").first?.elements(forName: "ofd:DocInfo").first)
        let field = { (n: String) in info.elements(forName: "ofd:" + n).first?.stringValue }
        #expect(field("Title") == "测试通报")
        #expect(field("Author") == "市大气办")
        #expect(field("CreationDate") == "2017-11-20")
        #expect(field("Creator") == "tongbao")
        #expect(field("CreatorVersion") == "9.9")
        #expect(field("DocID")?.count == 32)

        // the page list, the page area in mm, the fonts embedded as files in the package
        let document = try Self.xml(parts["Doc_0/Document.xml"])
        let pages = document.elements(forName: "ofd:Pages").first?.elements(forName: "ofd:Page") ?? []
        #expect(pages.count == report.pages)
        let common = try #require(document.elements(forName: "ofd:CommonData").first)
        let box = common.elements(forName: "ofd:PageArea").first?.elements(forName: "ofd:PhysicalBox").first?.stringValue
        #expect(box == "0 0 210 297")
        let res = try Self.xml(parts["Doc_0/PublicRes.xml"])
        let fonts = res.elements(forName: "ofd:Fonts").first?.elements(forName: "ofd:Font") ?? []
        #expect(fonts.count >= 2)
        var fontIDs = Set<String>()
        for f in fonts {
            let file = try #require(f.elements(forName: "ofd:FontFile").first?.stringValue)
            let bytes = try #require(parts["Doc_0/Res/" + file], "\(file) is not in the package")
            #expect(bytes.count > 1000 && bytes.count < 2_000_000)
            fontIDs.insert(f.attribute(forName: "ID")?.stringValue ?? "")
        }
        let maxID = Int(common.elements(forName: "ofd:MaxUnitID").first?.stringValue ?? "") ?? 0

        // the masthead's text object sits where the frames put it (pt → mm, top-left origin)
        let (composed, _) = try writer.compose(Self.doc, layout: Layout.standard)
        let masthead = try #require(
            composed.pages[0].frames.compactMap { f -> TextRun? in
                if case .text(let t) = f, t.text == "大气污染防治工作通报" { return t }
                return nil
            }.first)
        let content = try Self.xml(parts["Doc_0/Pages/Page_0/Content.xml"])
        let layer = try #require(content.elements(forName: "ofd:Content").first?.elements(forName: "ofd:Layer").first)
        let texts = layer.elements(forName: "ofd:TextObject")
        let object = try #require(texts.first { $0.elements(forName: "ofd:TextCode").first?.stringValue == masthead.text })
        #expect(fontIDs.contains(object.attribute(forName: "Font")?.stringValue ?? "-"))
        let boundary = Self.numbers(object.attribute(forName: "Boundary")?.stringValue)
        let code = try #require(object.elements(forName: "ofd:TextCode").first)
        let x = boundary[0] + (Double(code.attribute(forName: "X")?.stringValue ?? "") ?? .nan)
        let y = boundary[1] + (Double(code.attribute(forName: "Y")?.stringValue ?? "") ?? .nan)
        let mm = 25.4 / 72
        #expect(abs(x - masthead.xs[0] * mm) < 0.002)
        #expect(abs(y - masthead.baseline * mm) < 0.002)
        let deltas = Self.numbers(code.attribute(forName: "DeltaX")?.stringValue)
        #expect(deltas.count == masthead.xs.count - 1)
        for (k, d) in deltas.enumerated() { #expect(abs(d - (masthead.xs[k + 1] - masthead.xs[k]) * mm) < 0.002) }
        let size: Double = Double(object.attribute(forName: "Size")?.stringValue ?? "") ?? 0
        #expect(abs(size - masthead.style.size * mm) < 0.002)

        // the red rule is a filled PathObject of the rule's thickness
        let rules = layer.elements(forName: "ofd:PathObject")
        #expect(!rules.isEmpty)
        let red = rules.first {
            $0.elements(forName: "ofd:FillColor").first?.attribute(forName: "Value")?.stringValue?.hasPrefix("2") == true
        }
        #expect(Self.numbers(red?.attribute(forName: "Boundary")?.stringValue).dropFirst(2).first == 156)

        // ids are unique and within MaxUnitID
        var ids: [Int] = fonts.compactMap { Int($0.attribute(forName: "ID")?.stringValue ?? "") }
        ids += pages.compactMap { Int($0.attribute(forName: "ID")?.stringValue ?? "") }
        ids += (texts + rules).compactMap { Int($0.attribute(forName: "ID")?.stringValue ?? "") }
        #expect(Set(ids).count == ids.count)
        #expect(ids.max() ?? 0 <= maxID)
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let writer = try PDFWriter(fontsDirectory: Self.fonts)
        let urls = ["b.pdf", "b.ofd", "c.pdf", "c.ofd"].map(temp)
        defer { for u in urls { try? FileManager.default.removeItem(at: u) } }
        _ = try writer.writePDF(Self.doc, layout: Layout.standard, to: urls[0], options: RenderOptions(ofd: urls[1]))
        _ = try writer.writePDF(Self.doc, layout: Layout.standard, to: urls[2], options: RenderOptions(ofd: urls[3]))
        #expect(try Data(contentsOf: urls[1]) == (try Data(contentsOf: urls[3])))
    }

    /// A face tongbao may not subset (its licence forbids it) is embedded whole in a PDF with a
    /// warning, but an OFD is refused naming the font, and neither file is written.
    @Test func aFontThatCannotBeSubsetIsRefusedByName() throws {
        let fm = FileManager.default
        let dir = temp("fonts")
        try? fm.removeItem(at: dir)
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        for name in try fm.contentsOfDirectory(atPath: Self.fonts.path)
        where name.hasSuffix(".ttc") || name.hasSuffix(".ttf") || name.hasSuffix(".otf") {
            try fm.createSymbolicLink(
                at: dir.appendingPathComponent(name), withDestinationURL: Self.fonts.appendingPathComponent(name).resolvingSymlinksInPath())
        }
        // the office font of the rendering tests (family 仿宋_GB2312) with OS/2 fsType 0x0100: no subsetting
        var data = [UInt8](
            try Data(contentsOf: Self.root.appendingPathComponent("Tests/RenderingTests/Fixtures/FangSongGB2312-TestSubset.ttf")))
        let tables = Int(data[4]) << 8 | Int(data[5])
        let r = try #require((0..<tables).map { 12 + 16 * $0 }.first { String(decoding: data[$0..<$0 + 4], as: UTF8.self) == "OS/2" })
        let o = Int(data[r + 8]) << 24 | Int(data[r + 9]) << 16 | Int(data[r + 10]) << 8 | Int(data[r + 11])
        data[o + 8] = 0x01
        data[o + 9] = 0x00
        let font = dir.appendingPathComponent("FangSongGB2312-NoSubset.ttf")
        try Data(data).write(to: font)

        let writer = try PDFWriter(fontsDirectory: dir)
        let pdf = dir.appendingPathComponent("x.pdf")
        let ofd = dir.appendingPathComponent("x.ofd")
        let doc = ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.paragraph([Inline("大气污染防治工作通报。")])])
        do {
            _ = try writer.writePDF(doc, layout: Layout.standard, to: pdf, options: RenderOptions(ofd: ofd))
            Issue.record("an OFD was written with a font that cannot be subset")
        } catch {
            guard case RenderError.fonts(let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(message.contains("仿宋_GB2312"))
            #expect(message.contains(font.lastPathComponent))
            #expect(message.contains("subsetting"))
        }
        #expect(!fm.fileExists(atPath: pdf.path))
        #expect(!fm.fileExists(atPath: ofd.path))
        // the PDF alone is still written (the whole font embedded, with a warning; no subset tag)
        let report = try writer.writePDF(doc, layout: Layout.standard, to: pdf)
        #expect(report.warnings.contains { $0.contains("仿宋_GB2312") })
        let bytes = try PDFObjects.read(Array(try Data(contentsOf: pdf))).values.joined(separator: "\n")
        #expect(bytes.contains("/Subtype/CIDFontType2/BaseFont/FangSong_GB2312-Test/"))
        #expect(bytes.contains("/FontFile2 "))
    }
}

/// The writer on a hand-made source: segments, glyph ids where the cmap differs, units.
struct OFDContentTests {
    static func source(_ clusters: [GlyphCluster]) -> PaintedDocument {
        let text = GlyphText(font: 0, size: 16, color: .black, emboldened: false, baseline: 72, clusters: clusters)
        let rule = RuleFrame(x: 79.37, y: 200, width: 156 * 72 / 25.4, thickness: 1.417, color: RGB(r: 0.9, g: 0, b: 0.07))
        let font = EmbeddedFont(
            fontName: "Test-Regular", familyName: "Test", data: Array(repeating: 0, count: 64), fileExtension: "otf", serif: true)
        return PaintedDocument(
            metadata: DocumentMetadata(title: "t", creationDate: "2017-11-20T08:00:00+08:00"), creator: "tongbao 1",
            pages: [PaintedPage(width: 595.276, height: 841.89, items: [.text(text), .rule(rule)])], fonts: [font])
    }

    static func content(_ source: PaintedDocument) throws -> XMLElement {
        let data = try OFDPackage.data(source)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-ofd-unit-\(getpid())-\(UUID().uuidString).ofd")
        defer { try? FileManager.default.removeItem(at: url) }
        try data.write(to: url)
        let parts = try OFDPackageTests.entries(url)
        let page = try OFDPackageTests.xml(parts["Doc_0/Pages/Page_0/Content.xml"])
        return try #require(page.elements(forName: "ofd:Content").first?.elements(forName: "ofd:Layer").first)
    }

    @Test func spacesSplitTextObjectsAndGlyphIdsAreGivenOnlyWhereNeeded() throws {
        let layer = try Self.content(
            Self.source([
                GlyphCluster(text: "—", xs: [72], glyphs: [10], nominal: true),
                GlyphCluster(text: " ", xs: [88], glyphs: [3], nominal: true),
                GlyphCluster(text: "1", xs: [92], glyphs: [20], nominal: true),
                GlyphCluster(text: "（", xs: [100], glyphs: [5001], nominal: false),
            ]))
        let texts = layer.elements(forName: "ofd:TextObject")
        #expect(texts.map { $0.elements(forName: "ofd:TextCode").first?.stringValue } == ["—", "1（"])
        #expect(texts[0].elements(forName: "ofd:CGTransform").isEmpty)
        let cg = try #require(texts[1].elements(forName: "ofd:CGTransform").first)
        #expect(cg.elements(forName: "ofd:Glyphs").first?.stringValue == "20 5001")
        #expect(cg.attribute(forName: "CodeCount")?.stringValue == "2")
        // 8 pt from 92 to 100 = 2.822 mm; size 16 pt = 5.644 mm
        #expect(texts[1].elements(forName: "ofd:TextCode").first?.attribute(forName: "DeltaX")?.stringValue == "2.822")
        #expect(texts[1].attribute(forName: "Size")?.stringValue == "5.644")
        let rule = try #require(layer.elements(forName: "ofd:PathObject").first)
        #expect(rule.attribute(forName: "Boundary")?.stringValue == "28 70.306 156 0.5")
        #expect(rule.elements(forName: "ofd:FillColor").first?.attribute(forName: "Value")?.stringValue == "230 0 18")
    }

    @Test func aClusterOfSeveralCharactersIsItsOwnObject() throws {
        let layer = try Self.content(
            Self.source([
                GlyphCluster(text: "大", xs: [72], glyphs: [7], nominal: true),
                GlyphCluster(text: "ff", xs: [88, 92], glyphs: [300], nominal: false),
                GlyphCluster(text: "气", xs: [100], glyphs: [8], nominal: true),
            ]))
        let texts = layer.elements(forName: "ofd:TextObject")
        #expect(texts.map { $0.elements(forName: "ofd:TextCode").first?.stringValue } == ["大", "ff", "气"])
        let cg = try #require(texts[1].elements(forName: "ofd:CGTransform").first)
        #expect(cg.attribute(forName: "CodeCount")?.stringValue == "2")
        #expect(cg.attribute(forName: "GlyphCount")?.stringValue == "1")
    }
}
