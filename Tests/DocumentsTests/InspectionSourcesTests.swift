import LayoutSpec
import ReportModel
import Testing
import Typesetting

@testable import Documents

/// The 督查发现问题 section names the ledger rows it was made from, and the self-check reads it
/// against them (issue 12: every block made from data carries its sources).
@Suite struct InspectionSourcesTests {
    static let csv = "examples/ledger-example.csv"

    static func problem(_ id: String, _ area: String, found: Int, line: Int, times: Int = 0) -> Problem {
        Problem(
            id: id, area: area, category: "扬尘", description: "示例：某工地裸土未覆盖",
            foundOn: CivilDate(year: 2017, month: 11, day: found)!, status: .rectifying, timesNotified: times,
            source: LedgerRowSource(file: csv, line: line))
    }

    private func notice(_ inspection: InspectionSummary) throws -> (ContentDocument, [String: String]) {
        let l = try LayoutLoader.load(
            contentsOf: WeeklyNoticeTests.root.appendingPathComponent("layouts/weekly-notice.toml"))
        let week = try #require(ISOWeek("2017-W46"))
        let input = WeeklyNoticeInput(week: week, briefings: [], inspection: inspection)
        return (try WeeklyNotice.build(input, settings: try WeeklyNoticeSettings(layout: l), texts: l.texts), l.texts)
    }

    @Test func everyInspectionBlockNamesItsLedgerRows() throws {
        let a = Self.problem("示例-1", "石佛办事处", found: 13, line: 5, times: 2)
        let b = Self.problem("示例-2", "沟赵办事处", found: 14, line: 3)
        let c = Self.problem("示例-3", "石佛办事处", found: 15, line: 4)
        let summary = InspectionSummary(new: [a, b, c], rectified: [c], overdue: [], repeated: [a])
        #expect(summary.areas.map(\.area) == ["石佛办事处", "沟赵办事处"])
        #expect(summary.areas.map(\.new) == [2, 1] && summary.areas.map(\.rectified) == [1, 0])
        #expect(summary.areas[0].sources == [LedgerRowSource(file: Self.csv, line: 5), LedgerRowSource(file: Self.csv, line: 4)])

        let (doc, texts) = try notice(summary)
        let ref = { (line: Int) in SourceRef(file: Self.csv, lines: [line, line]) }
        let heading = try #require(doc.blocks.firstIndex { SourceCheck.text(of: $0)?.hasSuffix("督查发现问题") == true })
        #expect(doc.sources[heading] == .block([ref(3), ref(4), ref(5)]))
        #expect(doc.sources[heading + 1] == .block([ref(3), ref(4), ref(5)]))  // the opening's totals
        #expect(doc.sources[heading + 2] == .rows([[ref(4), ref(5)], [ref(3)]]))  // one row per area
        #expect(doc.sources[heading + 3] == .block([ref(5)]))  // the repeated problem
        // Every block of the section that says something names its sources.
        for (i, block) in doc.blocks.enumerated() where i >= heading && SourceCheck.text(of: block) != nil {
            #expect(doc.sources[i] != nil, "block \(i) names no sources")
        }
        #expect(WeeklyNotice.check(doc, briefings: [], inspection: summary, texts: texts) == [])
    }

    @Test func aDescriptionTheRowDoesNotHoldIsRefused() throws {
        let a = Self.problem("示例-1", "石佛办事处", found: 13, line: 5, times: 2)
        let (doc, texts) = try notice(InspectionSummary(new: [a], rectified: [], overdue: [], repeated: [a]))
        var other = a
        other.description = "示例：某化工厂偷排废气"
        let findings = WeeklyNotice.check(
            doc, briefings: [], inspection: InspectionSummary(new: [other], rectified: [], overdue: [], repeated: [other]),
            texts: texts)
        #expect(findings.contains { $0.kind == .unsupported && $0.fragment.contains("裸土未覆盖") })
        // Without the ledger at hand the blocks cannot be read against it.
        #expect(WeeklyNotice.check(doc, briefings: [], texts: texts).contains { $0.kind == .noSource })
    }
}
