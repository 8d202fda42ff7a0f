import Foundation
import TestSupport
import Testing
import Typesetting
import ZIPFoundation

@testable import DocxWriter

/// The .docx a notice becomes: parts present, the page and grid from the layout, fonts on every
/// style, tables both suites read, text as the blocks say.
struct DocxWriterTests {
    static let notice = ContentDocument(
        metadata: DocumentMetadata(title: "关于第46周的通报", author: "", subject: "周通报", creationDate: "2017-11-20T08:00:00+08:00"),
        blocks: [
            .masthead(""), .issueLine("2017年第46期"), .issuer(office: "", date: "2017年11月20日"), .separatorRule,
            .title("关于2017年第46周大气污染防治\n工作情况的通报"), .heading(level: 1, text: "一、工作动态"),
            .heading(level: 2, text: "（一）高新区"),
            .paragraph([Inline("会议要求："), Inline("一是", emphasis: .strong), Inline("“散乱污”整治——PM2.5<50&")]),
            .caption("表1　重点举措"),
            .table(Table(header: ["单位", "来源文件"], rows: [["高新区", "seeds/002_1f215ed26580ae16.txt"], ["双桥办事处", "12"]])),
            .chart(BarChart(title: "图1", bars: [BarChart.Bar(label: "怀柔区", value: 7, valueText: "7.01", color: "#2E7D32")])),
            .pageBreak, .paragraph([Inline("新的一页。")]),
            .signature(office: "", date: "2017年11月20日"),
            .endBlock(EndBlock(copyTo: "", printer: "", printDate: "2017年11月20日")),
        ])

    static var layout: Layout {
        var l = Layout.standard
        l.furniture.bulletinName = "大气污染防治工作通报"
        l.furniture.officeName = "市大气污染防治攻坚办公室"
        l.furniture.copyTo = "市委办公室。"
        l.furniture.printer = "市大气污染防治攻坚办公室"
        return l
    }

    static let png = Data([0x89, 0x50, 0x4E, 0x47])

    func parts(_ doc: ContentDocument = notice, layout: Layout = layout) throws -> [String: Data] {
        let data = try DocxWriter.data(
            doc, layout: layout, chartImage: { _ in DocxImage(png: Self.png, widthPoints: 442, heightPoints: 200) },
            modified: DocxWriter.stamp(doc.metadata))
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive {
            var d = Data()
            _ = try archive.extract(entry) { d.append($0) }
            out[entry.path] = d
        }
        return out
    }

    func text(_ parts: [String: Data], _ name: String) -> String { String(decoding: parts[name] ?? Data(), as: UTF8.self) }

    @Test func packageHasEveryPart() throws {
        let p = try parts()
        for name in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
            "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "word/media/chart1.png",
        ] {
            #expect(p[name] != nil, "missing \(name)")
        }
        #expect(p["word/media/chart1.png"] == Self.png)
        #expect(text(p, "docProps/core.xml").contains("<dc:title>关于第46周的通报</dc:title>"))
    }

    @Test func pageAndGridComeFromTheLayout() throws {
        let doc = text(try parts(), "word/document.xml")
        #expect(doc.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(doc.contains(#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
        // 22 lines in the 637.8 pt block: a whole-cell pitch of at most 28.99 pt
        #expect(doc.contains(#"<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>"#))
        var a4 = Self.layout
        a4.grid.linesPerPage = 20
        a4.grid.charsPerLine = 26
        let other = text(try parts(layout: a4), "word/document.xml")
        #expect(other.contains(#"w:linePitch="637""#))
        var a3 = Self.layout
        a3.page.widthMM = 420
        a3.page.heightMM = 297
        #expect(text(try parts(layout: a3), "word/document.xml").contains(#"<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"/>"#))
    }

    @Test func offGridLineHeightsAndTheFooterComeFromTheLayout() throws {
        // the style's exact line: `w:line` in twips, in the style whose id is given
        func line(_ styles: String, _ id: String) -> String? {
            guard let r = styles.range(of: #"w:styleId="\#(id)""#), let end = styles[r.upperBound...].range(of: "</w:style>"),
                let l = styles[r.upperBound..<end.lowerBound].range(of: #"w:line=""#)
            else { return nil }
            return String(styles[l.upperBound...].prefix { $0 != "\"" })
        }
        func footer(_ document: String) -> String? {
            guard let r = document.range(of: #"w:footer=""#) else { return nil }
            return String(document[r.upperBound...].prefix { $0 != "\"" })
        }
        let p = try parts()
        // base.toml: 版记 1.5 × 14 pt = 420 twips, table 1.25 × 12 pt = 300, page number 1.25 × 14 pt = 350
        #expect(line(text(p, "word/styles.xml"), "EndBlock") == "420")
        #expect(line(text(p, "word/styles.xml"), "TableText") == "300")
        var l = Self.layout
        l.rules.endLineHeightEm = 2
        l.table.lineHeightEm = 1.5
        l.pageNumber.lineHeightEm = 1.5
        let q = try parts(layout: l)
        #expect(line(text(q, "word/styles.xml"), "EndBlock") == "560")
        #expect(line(text(q, "word/styles.xml"), "TableText") == "360")
        // a taller footer line ends lower under the same dash: the footer sits 0.25 em (70 twips) nearer the foot
        let before = Int(footer(text(p, "word/document.xml")) ?? "") ?? 0
        let after = Int(footer(text(q, "word/document.xml")) ?? "") ?? 0
        #expect(before - after == 70)
    }

    @Test func tableColumnsKeepShortCellsAndGiveUnusedRoomToTheWrappingOne() {
        let tables = WordTables(layout: Self.layout, grid: WordGrid(layout: Self.layout))
        let target = "市区建成区周边10公里范围内的1家煤化工企业、7家钢铁铸造企业、2家建材企业2021年年底前完成搬迁"
        let t = Table(
            header: ["单位", "重点举措", "量化目标", "完成时限"], rows: [["石景山区", "“十大攻坚战”", target, "年底前"]],
            columnWidths: [0.2, 0.35, 0.25, 0.2])
        let w = tables.columnWidths(t, ncol: 4)
        let block = WordGrid(layout: Self.layout).blockWidth
        #expect(w.reduce(0, +) == block)
        // the target column gets more than its quarter; 重点举措 keeps room for its cell; 石景山区 fits
        #expect(Double(w[2]) > 0.3 * Double(block))
        #expect(Double(w[1]) < 0.35 * Double(block))
        #expect(w[0] >= 4 * 12 * 20)
    }

    @Test func everyStyleSetsTheEastAsianFont() throws {
        let styles = text(try parts(), "word/styles.xml")
        let chunks = styles.components(separatedBy: "<w:style ").dropFirst()
        #expect(chunks.count == WordStyles.paragraphStyles.count + WordStyles.characterStyles.count + 1)
        for c in chunks {
            #expect(c.contains(#"w:eastAsia=""#) && c.contains(#"w:hint="eastAsia""#), "no East-Asian font in \(c.prefix(80))")
        }
        #expect(styles.contains(#"w:eastAsia="方正小标宋简体""#))
        #expect(styles.contains(#"w:eastAsia="仿宋_GB2312""#))
        let fonts = text(try parts(), "word/fontTable.xml")
        #expect(fonts.contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#))
        #expect(fonts.contains(#"<w:font w:name="FangSong"><w:altName w:val="FandolFang"/>"#))
    }

    @Test func headingsAreTextNotNumbering() throws {
        let doc = text(try parts(), "word/document.xml")
        #expect(!doc.contains("w:numPr"))
        #expect(doc.contains(#"<w:pStyle w:val="Heading1"/>"#) && doc.contains("一、工作动态"))
        #expect(doc.contains("（一）高新区"))
    }

    @Test func tablesCarryGridWidthsHeaderAndNoSplit() throws {
        let doc = text(try parts(), "word/document.xml")
        let tables = doc.components(separatedBy: "<w:tbl>").dropFirst()
        #expect(tables.count == 2)  // the table and the 版记
        for t in tables {
            #expect(t.contains("<w:tblW ") && t.contains("<w:gridCol "))
            let rows = t.components(separatedBy: "<w:tr>").count - 1
            #expect(t.components(separatedBy: "<w:cantSplit/>").count - 1 == rows)
        }
        #expect(tables.first?.contains("<w:tblHeader/>") == true)
        // the file name's column is wide enough for it (no break after "seeds/")
        let cols = tables.first.map { t in
            t.components(separatedBy: #"<w:gridCol w:w=""#).dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        }
        #expect(cols?.count == 2 && (cols?[1] ?? 0) >= 30 * 12 * 20 / 2)
        #expect(cols?.reduce(0, +) == 8845)
    }

    @Test func endBlockIsTheLastElement() throws {
        let doc = text(try parts(), "word/document.xml")
        guard let last = doc.range(of: "<w:tbl>", options: .backwards) else {
            Issue.record("no table")
            return
        }
        let tail = doc[last.lowerBound...]
        #expect(tail.contains("抄送：市委办公室。") && tail.contains("2017年11月20日印发"))
        #expect(tail.hasSuffix("</w:tbl><w:sectPr>" + (tail.components(separatedBy: "<w:sectPr>").last ?? "")))
    }

    @Test func textIsEscapedAndQuotesStayInTheRun() throws {
        let doc = text(try parts(), "word/document.xml")
        #expect(doc.contains("“散乱污”整治——PM2.5&lt;50&amp;"))
        #expect(doc.contains(#"<w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">一是</w:t>"#))
    }

    @Test func redRuleAndMastheadAreRed() throws {
        let p = try parts()
        let doc = text(p, "word/document.xml")
        #expect(doc.contains(#"<w:bottom w:val="single" w:sz="11" w:space="11" w:color="E60012"/>"#))
        #expect(doc.contains("大气污染防治工作通报"))
        let styles = text(p, "word/styles.xml")
        let masthead = styles.components(separatedBy: #"w:styleId="Masthead""#).last ?? ""
        #expect(masthead.prefix(while: { _ in true }).contains(#"<w:color w:val="E60012"/>"#))
    }

    @Test func footersNumberOddRightEvenLeft() throws {
        let p = try parts()
        let odd = text(p, "word/footer1.xml")
        let even = text(p, "word/footer2.xml")
        #expect(odd.contains(#"<w:jc w:val="right"/>"#) && odd.contains(" PAGE ") && odd.contains("— "))
        #expect(even.contains(#"<w:jc w:val="left"/>"#) && even.contains(" PAGE "))
        #expect(text(p, "word/settings.xml").contains("<w:evenAndOddHeaders/>"))
        #expect(text(p, "word/document.xml").contains(#"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#))
    }

    @Test func sameInputSameBytes() throws {
        let a = try DocxWriter.data(
            Self.notice, layout: Self.layout, chartImage: { _ in DocxImage(png: Self.png, widthPoints: 1, heightPoints: 1) },
            modified: DocxWriter.stamp(Self.notice.metadata))
        let b = try DocxWriter.data(
            Self.notice, layout: Self.layout, chartImage: { _ in DocxImage(png: Self.png, widthPoints: 1, heightPoints: 1) },
            modified: DocxWriter.stamp(Self.notice.metadata))
        #expect(a == b)
    }

    @Test func aChartThatCannotBeDrawnFailsTheDocument() {
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            _ = try DocxWriter.data(Self.notice, layout: Self.layout, chartImage: { _ in throw Broken() }, modified: Date())
        }
    }
}
