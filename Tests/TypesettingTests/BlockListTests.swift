import Foundation
import Testing
import Typesetting

/// The content list `tongbao render` reads and `--emit-content` writes.
struct BlockListTests {
    /// One of every block kind, with the options the list's extended forms carry.
    static let everyKind = ContentDocument(
        metadata: DocumentMetadata(
            title: "关于测试的通报", author: "市大气办", subject: "周通报", keywords: "大气,通报", creationDate: "2017-11-20T08:00:00+08:00"),
        blocks: [
            .masthead("大气污染防治工作通报"), .issueLine("2017年第46期"), .issuer(office: "市大气办", date: "2017年11月20日"),
            .separatorRule, .title("关于测试的通报"), .heading(level: 0, text: "附件1"), .heading(level: 1, text: "一、总体情况"),
            .heading(level: 2, text: "（一）扬尘"), .heading(level: 3, text: "1.工地"), .heading(level: 4, text: "（1）道路"),
            .heading(level: 2, text: "不带编号的二级标题"),
            .paragraph([Inline("正文“引号”\\反斜杠\n换行\t制表。")]),
            .paragraph([Inline("会议要求："), Inline("一是", emphasis: .strong), Inline("加强管控；"), Inline("楷体", emphasis: .kai)]),
            .caption("表1 排名"), .note("注：虚构数据。"),
            .table(
                Table(
                    header: ["排名", "区县", "PM2.5\n(μg/m³)"], rows: [["1", "甲区", "30.5"], ["2", "乙区", "41"]],
                    columnWidths: [0.2, 0.5, 0.30000000000000004], alignments: [.center, .leading, .trailing], highlightedRows: [1])),
            .table(Table(header: [], rows: [["无表头"]])),
            .chart(
                BarChart(
                    title: "PM2.5",
                    bars: [
                        .init(label: "甲区", value: 42.5, valueText: "42.5", color: "#2E75B6"),
                        .init(label: "乙区", value: 1e-7, valueText: "0", color: "#C00000"),
                    ], orientation: .vertical, axisLabel: "μg/m³", height: 212.25)),
            .chart(BarChart(title: "", bars: [], orientation: .horizontal, axisLabel: "", height: 300)),
            .spacer(lines: 2), .pageBreak, .signature(office: "市大气办", date: "2017年11月20日"),
            .endBlock(EndBlock(copyTo: "各区县", printer: "市大气办", printDate: "2017年11月20日印发")),
        ])

    @Test func everyKindRoundTrips() throws {
        let data = BlockList.encode(Self.everyKind)
        let back = try BlockList.decode(data)
        #expect(back.metadata == Self.everyKind.metadata)
        for (a, b) in zip(back.blocks, Self.everyKind.blocks) { #expect(a == b) }
        #expect(back == Self.everyKind)
        // one block per line, CJK written as is
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("[\"masthead\", \"大气污染防治工作通报\"]"))
        #expect(text.split(separator: "\n").count == Self.everyKind.blocks.count + 3)
    }

    @Test func metadataOnlyWhenItSaysMoreThanTheTitle() throws {
        let plain = ContentDocument(metadata: DocumentMetadata(title: "标题"), blocks: [.title("标题"), .paragraph([Inline("正文。")])])
        let text = String(decoding: BlockList.encode(plain), as: UTF8.self)
        #expect(!text.contains("\"meta\""))
        #expect(try BlockList.decode(BlockList.encode(plain)) == plain)
        let titled = ContentDocument(metadata: DocumentMetadata(title: ""), blocks: [.title("标题")])
        #expect(try BlockList.decode(BlockList.encode(titled)) == titled)
    }

    @Test func readsTheBenchList() throws {
        let json = """
            [["masthead", "大气污染防治工作周通报"], ["issue", "2024年第48期"], ["issuer", "市办", "2024年12月16日"], ["rule"],
             ["doctitle", "关于进展情况的通报"], ["h", "一、总体情况"], ["h", "（二）重点"], ["p", "正文。"], ["pagebreak"],
             ["h0", "附件1"], ["caption", "表"], ["note", "注："], ["table", ["排名", "区县"], [["1", "甲区"], [2, "乙区"]]]]
            """
        let doc = try BlockList.decode(Data(json.utf8))
        #expect(doc.metadata.title == "关于进展情况的通报")
        #expect(doc.blocks.count == 13)
        #expect(doc.blocks[5] == .heading(level: 1, text: "一、总体情况"))
        #expect(doc.blocks[6] == .heading(level: 2, text: "（二）重点"))
        #expect(doc.blocks[12] == .table(Table(header: ["排名", "区县"], rows: [["1", "甲区"], ["2", "乙区"]])))
    }

    @Test(arguments: [
        ("[[\"p\", \"x\"], [\"bogus\", \"y\"]]", 1, "unknown block 'bogus'"),
        ("[[\"p\", \"x\"], [\"p\"]]", 1, "'p': needs text"),
        ("[[\"rule\"], 3]", 1, "expected [\"kind\""),
        ("[[\"table\", [\"a\"], [[\"1\"]], {\"colour\": 1}]]", 0, "unknown table option 'colour'"),
        ("[[\"table\", [\"a\"], [[\"1\"]], {\"align\": [\"middle\"]}]]", 0, "leading, center or trailing"),
        ("[[\"doctitle\", \"t\"], [\"chart\", {\"bars\": [[\"甲\", \"x\", \"1\", \"#000000\"]]}]]", 1, "a bar value must be a number"),
        ("[[\"spacer\", 1.5]]", 0, "whole number"),
    ])
    func aBadBlockIsNamedByItsIndex(json: String, index: Int, message: String) {
        do {
            _ = try BlockList.decode(Data(json.utf8))
            Issue.record("decoded \(json)")
        } catch {
            #expect(error.index == index)
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func notJSONIsAnErrorForTheWholeFile() {
        #expect(throws: BlockList.DecodeError.self) { try BlockList.decode(Data("[[\"p\", ".utf8)) }
        #expect(throws: BlockList.DecodeError.self) { try BlockList.decode(Data("\"p\"".utf8)) }
    }

    @Test func axisStepsAreRound() {
        #expect(ChartAxis.round(maxValue: 55.1) == (20, 60))
        #expect(ChartAxis.round(maxValue: 27) == (10, 30))
        #expect(ChartAxis.tickText(2.5, step: 2.5) == "2.5")
        #expect(ChartAxis.tickText(40, step: 20) == "40")
        #expect(ChartAxis.round(maxValue: 0.83) == (0.2, 1))
        #expect(ChartAxis.round(maxValue: 1200) == (250, 1250))
        #expect(ChartAxis.round(maxValue: 0) == (0.2, 1))
    }
}

/// Issue 13, class 5: content that would print a wrong or empty page is refused, naming its block.
@Suite struct ContentRefusalTests {
    static func refusal(_ json: String) -> BlockList.DecodeError? {
        do {
            _ = try BlockList.decode(Data(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test(
        arguments: [
            (##"[]"##, nil, "no blocks"),
            (##"{"metadata": {"title": "t", "author": "", "subject": "", "keywords": ""}, "blocks": []}"##, nil, "no blocks"),
            (##"[["p", "a\u0000b"]]"##, 0, "control character U+0000 at character 1"),
            (
                ##"[["meta", {"title": "x"}], ["doctitle", "t"], ["p", ["ok", ["strong", "\u001b[31m"]]]]"##, 2,
                "run 1: control character U+001B"
            ),
            (##"[["table", ["a"], [["x\u0007"]]]]"##, 0, "row 0 cell 0: control character U+0007"),
            (##"[["chart", {"bars": [["甲", 1, "1", "#2E75B6"], ["乙", 2, "2", "red"]]}]]"##, 0, "bar 1: colour 'red' is not #RRGGBB"),
            (##"[["chart", {"bars": [["甲", 1, "1", "#12345G"]]}]]"##, 0, "colour '#12345G'"),
            (##"[["chart", {"height": 1e300, "bars": [["甲", 1, "1", "#2E75B6"]]}]]"##, 0, "chart height"),
            (##"[["chart", {"height": -5, "bars": [["甲", 1, "1", "#2E75B6"]]}]]"##, 0, "chart height"),
            (##"[["p", "x"], ["spacer", 100000000]]"##, 1, "a spacer of 100000000 lines"),
            (##"[["table", ["a"], [["1"]], {"widths": [-1]}]]"##, 0, "column width 0"),
            (##"[["table", ["a"], [["1"]], {"highlight": [5]}]]"##, 0, "highlighted row 5"),
            (##"[["chart", {"bars": [["甲", 1e309, "1", "#2E75B6"]]}]]"##, nil, "not JSON"),
        ] as [(String, Int?, String)])
    func isRefusedWithItsIndex(_ json: String, _ index: Int?, _ words: String) throws {
        let e = try #require(Self.refusal(json), "\(json) was accepted")
        #expect(e.index == index, "\(e)")
        #expect(e.description.contains(words), "\(e)")
    }

    @Test func tabsAndLineBreaksAreText() throws {
        #expect(Self.refusal(##"[["p", "a\tb"], ["table", ["a\nb"], [["1\r\n2"]]]]"##) == nil)
    }
}
