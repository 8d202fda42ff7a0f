import FileAccess
import Foundation
import LegacyWord
import ReportModel
import TestSupport
import Testing
import ZIPFoundation

@testable import BriefingReader

/// Briefings that arrive as .docx, HTML or PDF: files made by real tools from seed 003
/// (`Formats/make-fixtures.sh` says how) parse to the same items as the .txt they came from,
/// with provenance in paragraphs, HTML lines or pages.
@Suite struct FormatTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Formats")
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds/003_b0e795534616447e.txt").standardized

    func read(_ name: String) throws -> ParseResult {
        try BriefingReader().read(Data(contentsOf: Self.folder.appendingPathComponent(name)), file: name)
    }

    /// Everything but id and provenance (spans index each file's own decoded text).
    func same(_ a: [Briefing], _ b: [Briefing]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            var y = y
            y.id = x.id
            y.source = x.source
            // spans point into each file's own decoded text; in the item's cleaned text they agree
            guard x.spans.measures.map(\.textOffsets) == y.spans.measures.map(\.textOffsets) else { return false }
            y.spans = x.spans
            return x == y
        }
    }

    var fromText: [Briefing] {
        get throws { try BriefingReader().read(Data(contentsOf: Self.seed), file: "seed003.txt").briefings }
    }

    @Test func docxWrittenByLibreOfficeParsesLikeItsText() throws {
        let r = try read("seed003.docx")
        #expect(try same(r.briefings, fromText))
        let s = try #require(r.briefings.first?.source)
        #expect(s.format == "docx" && s.lines == [1, 5] && s.pages == nil)
    }

    /// A Word 97-2003 .doc (seed 003 saved by LibreOffice as "MS Word 97") goes through
    /// LibreOffice to a .docx: the same items, lines as paragraphs. Needs LibreOffice, which
    /// `make deps` installs; without it the test says so (and fails under CI=true).
    @Test(.enabled(if: LegacyWordConverter().office != nil || SharedFolder.isCI, "LibreOffice (soffice) is not installed"))
    func legacyWordDocParsesLikeItsText() throws {
        let r = try read("seed003.doc")
        #expect(try same(r.briefings, fromText))
        let s = try #require(r.briefings.first?.source)
        #expect(s.format == "doc" && s.lines == [1, 5] && s.pages == nil)
    }

    /// A .doc LibreOffice cannot read, one that makes it hang, and no LibreOffice at all: each
    /// refused by name with its reason, nothing left behind.
    @Test func legacyWordFailuresAreRefusedByName() throws {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        func reason(_ converter: LegacyWordConverter?) -> String? {
            do {
                _ = try BriefingReader(legacyWord: converter).read(ole, file: "x.doc")
                return nil
            } catch { return error.file == "x.doc" ? error.reason : "wrong file \(error.file)" }
        }
        #expect(reason(nil) == "a Word 97-2003 .doc (or another OLE file); save it as .docx")
        var missing = LegacyWordConverter()
        missing.office = nil
        #expect(reason(missing)?.contains("LibreOffice (soffice), which converts it, is not installed") == true)
        // a converter that never finishes is killed after its timeout
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("soffice")
        try Data("#!/bin/sh\nsleep 30\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var hanging = LegacyWordConverter(timeout: 1)
        hanging.office = script.path
        #expect(reason(hanging)?.contains("LibreOffice did not convert within 1 s") == true)
        // one that exits without writing a .docx
        try Data("#!/bin/sh\nexit 3\n".utf8).write(to: script)
        #expect(reason(hanging)?.contains("LibreOffice could not convert (exit 3)") == true)
    }

    @Test func pdfWithATextLayerParsesLikeItsText() throws {
        let r = try read("seed003.pdf")
        #expect(try same(r.briefings, fromText))
        let s = try #require(r.briefings.first?.source)
        #expect(s.format == "pdf" && s.pages == [1, 1])
    }

    @Test func htmlPageParsesLikeItsText() throws {
        let r = try read("seed003.html")
        #expect(try same(r.briefings, fromText))
        // lines point at the HTML source: the headline's <h1> and the line where the last paragraph starts
        let s = try #require(r.briefings.first?.source)
        #expect(s.format == "html")
        let html = try String(contentsOf: Self.folder.appendingPathComponent("seed003.html"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(html[s.lines[0] - 1].contains("<h1"))
        #expect(html[s.lines[1] - 1].contains("<p>&nbsp;&nbsp;&nbsp;&nbsp;刘锋在讲话中强调"))
        // fact spans point at HTML lines too: the meeting is named in the <h1> and in the first paragraph
        let meeting = try #require(r.briefings.first?.spans.meeting)
        #expect(html[meeting.lines[0] - 1].contains("<h1") || html[meeting.lines[0] - 1].contains("本报讯"))
        // the breadcrumb and the metadata line are named with their HTML lines
        #expect(r.warnings.contains { $0.message.contains("breadcrumb") && html[($0.line ?? 1) - 1].contains("当前位置") })
    }

    /// An old county-government page: GB2312, layout tables, a menu bar of links, `<br>` paragraphs
    /// indented with `&nbsp;`, a print link and a footer (written by hand after such pages).
    @Test func anOldTableLayoutPageInGBK() throws {
        let r = try read("table-layout-gbk.html")
        let b = try #require(r.briefings.first)
        #expect(r.briefings.count == 1 && b.source.encoding == "gb18030")
        #expect(b.headline == "魏县召开大气污染防治工作会议" && b.date == "2019-11-22" && b.timeOfDay == "上午" && b.unit == "魏县")
        #expect(b.people.map(\.name) == ["王建新", "陈立军"] && b.requirements.count == 3)
        #expect(b.measures == ["电代煤", "一乡一策"])
        #expect(!b.text.contains("网站首页") && !b.text.contains("通知公告") && !b.text.contains("打印"))
    }

    @Test func scannedPDFIsRefusedByName() throws {
        #expect {
            try read("seed003-scan.pdf")
        } throws: { ($0 as? UndecodableFileError)?.reason.hasPrefix("扫描件，无文字层") == true }
    }

    @Test func brokenFilesAreRefusedWithAReason() {
        let reader = BriefingReader()
        let cases: [(Data, String, String)] = [
            (Data("%PDF-1.4\n garbage".utf8), "x.pdf", "a PDF poppler cannot open"),
            (Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]), "x.docx", "not a .docx"),
        ]
        for (data, file, reason) in cases {
            #expect {
                try reader.read(data, file: file)
            } throws: { ($0 as? UndecodableFileError).map { $0.file == file && $0.reason.contains(reason) } == true }
        }
    }

    /// A .docx whose word/document.xml is a deflate stream that never ends (`Formats/make-deflate-
    /// without-end.py`: seed003.docx with the part sync-flushed and then a stored block whose bytes
    /// never come) is refused by name. ZIPFoundation 0.9.20's Archive.extract, the old path, spins
    /// on this file for ever (checked by hand: `timeout 20` killed it; the earlier 150-byte fixture
    /// only made it throw): its inflater reads past the entry and loops once reads return nothing.
    /// The part's size and CRC-32 are the real document's, so only the stream gives it away.
    @Test func aDeflateStreamThatNeverEndsIsRefusedByName() throws {
        let hostile = try Archive(data: Data(contentsOf: Self.folder.appendingPathComponent("deflate-without-end.docx")), accessMode: .read)
        let real = try Archive(data: Data(contentsOf: Self.folder.appendingPathComponent("seed003.docx")), accessMode: .read)
        let part = try #require(hostile["word/document.xml"])
        let original = try #require(real["word/document.xml"])
        #expect(part.checksum == original.checksum && part.uncompressedSize == original.uncompressedSize)
        #expect(part.compressedSize > 3_000, "the whole document is in the stream")
        #expect {
            try read("deflate-without-end.docx")
        } throws: { error in
            guard let e = error as? UndecodableFileError else { return false }
            return e.file == "deflate-without-end.docx"
                && e.reason == "a damaged .docx (word/document.xml: a deflate stream that does not end)"
        }
    }

    // MARK: PDF layout

    typealias Line = PDFDecoder.Line
    /// A line of `n` characters 10 points wide from `left`, on row `row`.
    func line(_ text: String, left: Double = 0, row: Double = 0) -> Line {
        let n = Double(text.unicodeScalars.count)
        return Line(text: text, left: left, right: left + 10 * n, charWidth: 10, top: row * 20, bottom: row * 20 + 10)
    }

    @Test func wrappedPDFLinesAreJoinedAndParagraphEndsKept() {
        let full = String(repeating: "字", count: 39) + "；"
        let lines = [
            line(full, row: 0), line("接着写完。", row: 1),  // a wrap after a semicolon
            line(String(repeating: "文", count: 39) + "。", row: 2), line("相关链接：", row: 3),  // a short line of its own
            line(String(repeating: "报", count: 40), row: 4), line("- 2 -", left: 180, row: 5),  // a page number
            line("续文。", row: 6), line("　　新段落开头。", left: 20, row: 7),
            line(String(repeating: "尾", count: 39) + "。", row: 8), line("短句收尾。", row: 9),  // a short last sentence
        ]
        #expect(
            PDFDecoder.joinWrapped(lines) == [
                full + "接着写完。", String(repeating: "文", count: 39) + "。", "相关链接：", String(repeating: "报", count: 40), "- 2 -",
                "续文。", "　　新段落开头。", String(repeating: "尾", count: 39) + "。短句收尾。",
            ])
    }

    @Test func piecesOfOneRowAreOneLine() {
        let joined = PDFDecoder.sameRowJoined([line("2019年11月12日 星期二"), line("第2版：综合新闻", left: 400), line("任县召开会议", row: 1)])
        #expect(joined.map(\.text) == ["2019年11月12日 星期二 第2版：综合新闻", "任县召开会议"])
    }

    // MARK: HTML

    func htmlLines(_ html: String, file: String = "p.html") throws -> [String] {
        let d = try DocumentDecoder().decode(Data(html.utf8), file: file)
        return d.text.split(separator: "\n").map(String.init)
    }

    @Test func htmlEntitiesScriptsBlocksAndNavigation() throws {
        let lines = try htmlLines(
            """
            <html><head><title>标题_网站</title><style>p{}</style></head><body>
            <script>var a = "<p>不是正文</p>";</script>
            <div class="menu"><a href="/">首页</a> | <a href="/a">政务公开</a></div>
            <h1>县召开&ldquo;蓝天&rdquo;行动推进会</h1>
            <p>11月6日上午，县召开推进会&mdash;&mdash;会议要求&#12290;<br>第二行&nbsp;文字，</p>
            <table><tr><td>单位</td><td>得分</td></tr></table>
            <noscript>请开启脚本</noscript>
            </body></html>
            """)
        #expect(lines == ["县召开“蓝天”行动推进会", "11月6日上午，县召开推进会——会议要求。", "第二行 文字，", "单位\t得分"])
    }

    @Test func aGBKPageIsReadWhateverItsMetaSays() throws {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><p>县召开&ldquo;蓝天&rdquo;行动推进会</p></body></html>"
        let data = try #require(page.data(using: String.Encoding.gb18030))
        let d = try DocumentDecoder().decode(data, file: "gbk.html")
        #expect(d.text == "县召开“蓝天”行动推进会" && d.encoding == "gb18030" && d.format == "html")
    }

    @Test func htmlSourceWrapsAreNoSpacesBetweenHanCharacters() throws {
        #expect(try htmlLines("<p>大气污染\n防治 2018\nyear</p>", file: "a.htm") == ["大气污染防治 2018 year"])
    }

    @Test func textThatOpensAsHTMLIsReadAsHTMLWhateverItsName() throws {
        #expect(try htmlLines("<!DOCTYPE html><p>一段&ldquo;文字&rdquo;</p>", file: "page.txt") == ["一段“文字”"])
        #expect(try DocumentDecoder().decode(Data("会议<p>要求</p>".utf8), file: "a.txt").format == nil)
    }

    // MARK: .docx

    /// A minimal .docx with two paragraphs, a table and a line break.
    func docx(_ body: String) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let xml = Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count)) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        return try #require(archive.data)
    }

    @Test func docxParagraphsTablesAndBreaksInOrder() throws {
        let data = try docx(
            """
            <w:p><w:r><w:t>标题</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">第一段 </w:t></w:r><w:r><w:t>续</w:t><w:br/><w:t>换行</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>得分</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>末段</w:t></w:r></w:p>
            """)
        let d = try DocumentDecoder().decode(data, file: "a.docx")
        #expect(d.format == "docx")
        #expect(d.text.split(separator: "\n").map(String.init) == ["标题", "第一段 续", "换行", "单位\t得分", "末段"])
        // lines point at paragraphs: the break stays in paragraph 2, the table row starts at 3, 末段 is 5
        #expect((1...5).map { d.origin($0) } == [1, 2, 2, 3, 5])
    }
}
