import TestSupport
import Testing
import Typesetting

/// Keep-with-next, widow/orphan control and table splitting, with a fixed-advance measurer
/// (28 characters, 22 lines a page).
struct KeepTests {
    let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())

    func compose(_ blocks: [Block]) -> ComposedDocument {
        setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks))
    }

    /// A paragraph of `n` full lines (first line indented two characters).
    func paragraph(_ n: Int) -> Block {
        .paragraph([Inline(String(repeating: "字", count: 26 + 28 * (n - 1)))])
    }

    func bodyLines(_ doc: ComposedDocument, page: Int) -> [LineRecord] {
        doc.pages[page - 1].lines.filter { $0.kind == .body }
    }

    @Test func theLastLineOfAParagraphDoesNotStandAloneAtThePageHead() {
        // first page: 19 one-line paragraphs, then a 4-line paragraph: 3 lines fit, 1 would go over
        let doc = compose(Array(repeating: .paragraph([Inline("短段。")]), count: 19) + [paragraph(4)])
        #expect(bodyLines(doc, page: 1).count == 21)  // 19 + 2, one line left short
        #expect(bodyLines(doc, page: 2).count == 2)
    }

    @Test func theFirstLineOfAParagraphDoesNotStandAloneAtThePageFoot() {
        let doc = compose(Array(repeating: .paragraph([Inline("短段。")]), count: 21) + [paragraph(3)])
        #expect(bodyLines(doc, page: 1).count == 21)
        #expect(bodyLines(doc, page: 2).count == 3)
    }

    @Test func onAFullTextPageTheGridStaysFull() {
        // page 2 is an inner text page: it is filled to 22 lines even if a last line goes over
        let doc = compose(
            Array(repeating: paragraph(2), count: 11) + Array(repeating: .paragraph([Inline("短段。")]), count: 19) + [paragraph(4)])
        #expect(bodyLines(doc, page: 2).count == 22)
    }

    @Test func aHeadingKeepsItsParagraphStart() {
        // the heading would sit on line 21 with one line of its 3-line paragraph: both move on
        let doc = compose(
            Array(repeating: .paragraph([Inline("短段。")]), count: 20) + [.heading(level: 1, text: "一、总体情况"), paragraph(3)])
        #expect(!doc.pages[0].lines.contains { $0.kind == .heading })
        #expect(doc.pages[1].lines.first?.kind == .heading)
        #expect(bodyLines(doc, page: 2).count == 3)
    }

    @Test func aHeadingKeepsItsCaptionAndTable() {
        let table = Table(header: ["区县", "得分"], rows: [["甲区", "1"], ["乙区", "2"], ["丙区", "3"]])
        let doc = compose(
            Array(repeating: .paragraph([Inline("短段。")]), count: 17) + [
                .heading(level: 1, text: "二、排名"), .caption("表1 排名"), .table(table),
            ])
        let page = { (kind: LineKind) in doc.pages.first { $0.lines.contains { $0.kind == kind } }?.number }
        #expect(page(.heading) == 2)
        #expect(page(.caption) == 2)
        #expect(page(.table) == 2)
    }

    @Test func aShortTableStaysWholeWithItsCaption() {
        let table = Table(header: ["区县", "得分"], rows: [["甲区", "1"], ["乙区", "2"], ["丙区", "3"]])
        let doc = compose(Array(repeating: .paragraph([Inline("短段。")]), count: 19) + [.caption("本期信息来源"), .table(table)])
        let tablePages = Set(doc.pages.filter { $0.lines.contains { $0.kind == .table } }.map(\.number))
        #expect(tablePages == [2])
        // the caption goes with it, and so does the one-line paragraph that leads into it
        #expect(doc.pages[1].lines.map(\.kind).prefix(2) == [.body, .caption])
    }

    @Test func aShortLeadInStaysWithItsTable() {
        // heading + 见下表 + table: nothing of it is left at the foot of the first page
        let table = Table(header: ["区县", "举措"], rows: [["甲区", "一"], ["乙区", "二"], ["丙区", "三"], ["丁区", "四"]])
        let doc = compose(
            Array(repeating: .paragraph([Inline("短段。")]), count: 19) + [
                .heading(level: 1, text: "二、重点举措"), .paragraph([Inline("各单位本周部署的重点举措见下表。")]), .table(table),
            ])
        #expect(!doc.pages[0].lines.contains { $0.kind == .heading || $0.kind == .table })
        #expect(doc.pages[1].lines.map(\.kind).prefix(2) == [.heading, .body])
        #expect(doc.pages[1].lines.contains { $0.kind == .table })
    }

    @Test func theLastRowOfATableDoesNotGoAloneOntoAPage() {
        // rows of 22 pt: find a start that would leave exactly the last row for the next page
        for lead in 0..<22 {
            let rows = (1...12).map { ["第\($0)区", "\($0)"] }
            let doc = compose(
                Array(repeating: .paragraph([Inline("短段。")]), count: lead) + [.table(Table(header: ["区县", "得分"], rows: rows))])
            for p in doc.pages {
                let cells = p.lines.filter { $0.kind == .table && $0.text.hasPrefix("第") }
                #expect(cells.count != 1, "\(lead) lines before: page \(p.number) carries one row alone")
            }
            #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        }
    }
}
