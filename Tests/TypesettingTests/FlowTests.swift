import Foundation
import TestSupport
import Testing
import Typesetting

/// Pages from blocks with a fixed-advance measurer: grid placement, furniture, self-check, golden dump.
struct FlowTests {
    static let paragraph =
        "11月1日上午，郑州航空港经济综合实验区召开冬季大气污染防治工作会议。会议传达了郑州市冬季大气污染防治工作会议精神，分析了目前PM2.5浓度和“2.5万”辆车的情况，安排部署了全区冬季大气污染防治工作（2017~2018年）。"

    static var document: ContentDocument {
        var blocks: [Block] = [
            .masthead("大气污染防治工作周通报"), .issueLine("2017年第46期"), .issuer(office: "市大气污染防治攻坚办公室", date: "2017年11月20日"),
            .separatorRule, .title("关于全市大气污染防治攻坚行动\n进展情况的通报"), .heading(level: 1, text: "一、总体情况"),
        ]
        for i in 0..<5 {
            blocks.append(.paragraph([Inline("第\(i + 1)段："), Inline("重点强调", emphasis: .strong), Inline(paragraph)]))
            if i == 2 { blocks.append(.heading(level: 2, text: "（一）扬尘污染治理情况")) }
        }
        blocks.append(.signature(office: "市大气污染防治攻坚办公室", date: "2017年11月20日"))
        blocks.append(.endBlock(EndBlock(copyTo: "市委办公室，市政府办公室。", printer: "市大气污染防治攻坚办公室", printDate: "2017年11月20日")))
        return ContentDocument(metadata: DocumentMetadata(title: "通报"), blocks: blocks)
    }

    let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())

    @Test func gridIs28By22() {
        #expect(abs(setter.charPitch - 442.205 / 28) < 0.01)
        let first = setter.baseline(slot: 0, size: 16)
        let last = setter.baseline(slot: 21, size: 16)
        // the 22nd em box ends on the block's bottom edge
        #expect(abs(last + 0.12 * 16 - (Layout.standard.page.blockTop + Layout.standard.page.blockHeight)) < 0.01)
        #expect(first < last)
    }

    @Test func composedPagesPassTheSelfCheck() {
        let doc = setter.compose(Self.document)
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        #expect(doc.pages.count == 2)
        // every page has its number, odd right and even left
        for p in doc.pages {
            let pn = p.lines.filter { $0.kind == .pageNumber }
            #expect(pn.count == 1)
            #expect(pn.first?.text == "— \(p.number) —")
        }
        #expect(doc.outline.map(\.title) == ["一、总体情况", "（一）扬尘污染治理情况"])
    }

    @Test func selfCheckNamesPageAndLine() {
        var doc = setter.compose(Self.document)
        let lines = doc.pages[0].lines
        guard
            let i = lines.indices.first(where: { i in
                i > 0 && lines[i].kind == .body && !lines[i].paragraphFinal && lines[i - 1].block == lines[i].block
                    && !lines[i - 1].paragraphFinal
            })
        else {
            Issue.record("no body line")
            return
        }
        doc.pages[0].lines[i].text = "，" + doc.pages[0].lines[i].text
        doc.pages[0].lines[i].x1 -= 5
        let v = SelfCheck.check(doc, setter: setter)
        #expect(v.count == 2)
        #expect(v.first?.page == 1)
        #expect(v.first?.line == (doc.pages[0].lines[i].slot ?? 0) + 1)
        #expect(v.first?.description.contains("line starts with '，'") == true)
    }

    @Test func frameDumpGolden() {
        let doc = setter.compose(Self.document)
        let text = FrameDump.lines(doc) + "----\n" + FrameDump.dump(doc)
        #expect(Golden.check(text, named: "weekly-fixed.txt") == nil)
    }

    @Test func aParagraphThatStartsWithAClosingMarkIsAContentWarning() {
        let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.paragraph([Inline("”。正文")])]))
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        #expect(SelfCheck.contentWarnings(doc).map(\.line) == [1])
    }

    @Test func aCellThatIsOnlyADashIsNotAProhibitionViolation() {
        let doc = setter.compose(
            ContentDocument(
                metadata: DocumentMetadata(title: "t"), blocks: [.table(Table(header: ["区县", "同比"], rows: [["甲区", "—"], ["乙区", "……"]]))]))
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
    }

    @Test func longTitleBreaksAtAWordBoundaryAsATrapezoid() {
        let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.title("关于全市大气污染防治攻坚行动进展情况的通报")]))
        let titles = doc.pages[0].lines.filter { $0.kind == .title }.map(\.text)
        #expect(titles == ["关于全市大气污染防治攻坚行动", "进展情况的通报"])
        // without a preferred boundary near the middle: balanced lines
        let other = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.title("一二三四五六七八九十一二三四五六七八九十一二")]))
        let lines = other.pages[0].lines.filter { $0.kind == .title }.map(\.text.count)
        #expect(lines == [11, 11])
    }

    @Test func unknownBlockNamesItsIndex() {
        let json = #"[["p", "正文"], ["bogus", "x"]]"#
        #expect(
            throws: BlockList.DecodeError(index: 1, message: "unknown block 'bogus'; known: \(BlockList.kinds.joined(separator: ", "))")
        ) {
            try BlockList.decode(Data(json.utf8))
        }
    }
}
