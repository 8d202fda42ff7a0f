import AirQuality
import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

@Suite struct WeeklyNoticeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func layout() throws -> Layout {
        try LayoutLoader.load(contentsOf: Self.root.appendingPathComponent("layouts/weekly-notice.toml"))
    }

    private func settings(_ l: Layout) throws -> WeeklyNoticeSettings {
        try WeeklyNoticeSettings(layout: l)
    }

    /// The shipped layout with `old` replaced by `new`, loaded from beside the shipped one.
    private func layout(replacing old: String, with new: String) throws -> Layout {
        let url = Self.root.appendingPathComponent("layouts/weekly-notice.toml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        return try LayoutLoader.parse(text.replacingOccurrences(of: old, with: new), file: url.path)
    }

    @Test func theLayoutChoosesTheUnitOrder() throws {
        let l = try layout()
        #expect(try WeeklyNoticeSettings(layout: l).unitOrder == .firstDate)
        #expect(try WeeklyNoticeSettings(layout: l).bulletinName == l.furniture.bulletinName)
        let byName = try WeeklyNoticeSettings(
            layout: try layout(replacing: "unit_order = \"first-date\"", with: "unit_order = \"name\""))
        #expect(byName.unitOrder == .name && byName.maxRequirements == 4)
        #expect(throws: LayoutError.self) {
            try layout(replacing: "unit_order = \"first-date\"", with: "unit_order = \"alphabet\"")
        }
        #expect(throws: LayoutError.self) { try layout(replacing: "[weekly]\n", with: "[weekly]\ncolour = \"red\"\n") }
        // a layout of another kind has no [weekly] table
        let monthly = try LayoutLoader.load(contentsOf: Self.root.appendingPathComponent("layouts/monthly-ranking.toml"))
        #expect(throws: SettingsError.self) { try WeeklyNoticeSettings(layout: monthly) }
    }

    private func seedBriefings() throws -> [Briefing] {
        let dir = Self.root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        return try names.flatMap { name in
            try BriefingReader().read(Data(contentsOf: dir.appendingPathComponent(name)), file: "seeds/" + name).briefings
        }
    }

    @Test func theSeedWeekAsAContentGolden() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2017-W46"))
        let items = try seedBriefings().filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, issueNumber: 3, briefings: items), settings: try settings(l), texts: l.texts)
        let dump = ContentDump.dump(doc)
        if let diff = Golden.check(dump, named: "weekly-2017-W46.txt") { Issue.record(Comment(rawValue: diff)) }
        #expect(dump.contains("doctitle: 关于2017年第46周（11月13日—11月19日）大气污染防治工作情况的通报"))
        #expect(dump.contains("issue: 2017年第3期"))
        for unit in ["高新区", "石佛办事处", "梧桐办事处", "沟赵办事处", "双桥办事处"] {
            #expect(dump.contains("h2: （") && dump.contains(unit), "missing \(unit)")
        }
        #expect(dump.contains("李金勇"))
        #expect(doc.metadata.creationDate == "2017-11-20T08:00:00+08:00")
    }

    @Test func unitsAreOrderedByFirstDateAndEntriesNameChairsAndSpeakers() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2017-W47"))
        let src = SourceSpan(file: "x.txt", lines: [1, 9], encoding: "utf-8")
        let later = Briefing(
            id: "x#1", source: src, date: "2017-11-24", timeOfDay: "上午", unit: "高新区", meeting: "推进会",
            people: [Person(name: "王宏伟", title: "管委会副主任", roles: ["主持"]), Person(name: "王新亭", title: "党工委书记", roles: ["出席", "讲话"])],
            requirements: ["要提高认识，切实增强紧迫感", "要压实责任"], measures: ["封土令", "封土令"], text: "…")
        let earlier = Briefing(id: "x#2", source: src, date: "2017-11-20", unit: "枫杨办事处", meeting: "工作推进会", text: "…")
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, briefings: [later, earlier]), settings: try settings(l), texts: l.texts)
        let dump = ContentDump.dump(doc)
        let headings = dump.split(separator: "\n").filter { $0.hasPrefix("h2: ") }
        #expect(headings == ["h2: （一）枫杨办事处", "h2: （二）高新区"])
        #expect(dump.contains("11月24日上午，高新区召开推进会。管委会副主任王宏伟主持会议。党工委书记王新亭出席会议并讲话。"))
        #expect(dump.contains("会议要求：一是要提高认识，切实增强紧迫感；二是要压实责任。"))
        #expect(dump.contains("会议部署了“封土令”等举措。"))  // repeated measures named once
        #expect(dump.contains("issue: 2017年第47期"))  // no store: the week number
    }

    @Test func anEmptyWeekSaysSoAndMissingWordingIsNamed() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2017-W30"))
        let doc = try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: []), settings: try settings(l), texts: l.texts)
        let dump = ContentDump.dump(doc)
        #expect(dump.contains("p: 7月24日至7月30日，未收到各单位报送的大气污染防治工作信息。"))
        #expect(!dump.contains("table:"))
        var texts = l.texts
        texts["title"] = nil
        #expect(throws: WordingError.self) {
            try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: []), settings: try settings(l), texts: texts)
        }
    }

    @Test func inspectionAndAirSectionsAppearWhenThereIsData() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2017-W46"))
        let problem = Problem(
            id: "P-1", area: "石佛办事处", category: "扬尘", description: "某工地裸土未覆盖", foundOn: CivilDate(year: 2017, month: 10, day: 30)!,
            status: .rectifying, timesNotified: 2)
        let input = WeeklyNoticeInput(
            week: week, briefings: [],
            inspection: InspectionSummary(areas: [.init(area: "石佛办事处", new: 1, rectified: 0, overdue: 1)], repeated: [problem]),
            airQuality: [PeriodAirSummary(area: "东城区", meanAQI: 88, goodDays: 5, validDays: 7)])
        let dump = ContentDump.dump(try WeeklyNotice.build(input, settings: try settings(l), texts: l.texts))
        #expect(dump.contains("h1: 一、督查发现问题"))
        #expect(dump.contains("row*: 石佛办事处 | 1 | 0 | 1"))
        #expect(dump.contains("多次通报仍整改不到位"))
        #expect(dump.contains("h1: 二、空气质量"))
        #expect(dump.contains("row: 东城区 | 88 | 5/7"))
    }
}
