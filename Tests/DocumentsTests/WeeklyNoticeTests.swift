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
        #expect(byName.unitOrder == .name && byName.maxRequirements == 10)
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

    /// Every week of the seeds as goldens (content JSON with source spans, and a text dump), each
    /// passing the content self-check against the briefings it was made from.
    @Test(arguments: ["2016-W20", "2016-W44", "2017-W46", "2017-W47", "2018-W22"])
    func everySeedWeekIsFaithfulAndGolden(_ name: String) throws {
        let l = try layout()
        let week = try #require(ISOWeek(name))
        let items = try seedBriefings().filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        #expect(!items.isEmpty)
        let doc = try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(l), texts: l.texts)
        #expect(WeeklyNotice.check(doc, briefings: items, texts: l.texts) == [])
        // Every paragraph, heading and table row after the title names the items it was made from.
        for (i, block) in doc.blocks.enumerated() {
            switch block {
            case .paragraph, .heading: #expect(doc.sources[i] != nil, "block \(i) names no source")
            case .table(let t):
                if case .rows(let rows) = doc.sources[i] { #expect(rows.count == t.rows.count) } else { Issue.record("table \(i)") }
            default: break
            }
        }
        let json = String(decoding: BlockList.encode(doc), as: UTF8.self)
        #expect(try BlockList.decode(Data(json.utf8)) == doc)
        if let diff = Golden.check(json, named: "seed-week-\(name).json") { Issue.record(Comment(rawValue: diff)) }
        if let diff = Golden.check(ContentDump.dump(doc), named: "seed-week-\(name).txt") { Issue.record(Comment(rawValue: diff)) }
        let text = ContentDump.dump(doc).split(separator: "\n").filter { !$0.hasPrefix("created:") }.joined(separator: "\n")
        #expect(!text.contains(#/\d{4}-\d{2}-\d{2}/#), "an ISO date in print")
        #expect(!text.contains("seeds/"), "a folder in the printed source list")
    }

    /// The genre batch written for issue 12 (`BriefingReaderTests/Genre/g38`–`g47`, all in 2020-W45
    /// and 2020-W46): relayed 批示, a 书面讲话 read by another, a 委托, slogans beside measures,
    /// statistics beside targets, protocol order, a list of ten, unnumbered 要 paragraphs.
    @Test(arguments: ["2020-W45", "2020-W46"])
    func everyGenreWeekIsFaithfulAndGolden(_ name: String) throws {
        let l = try layout()
        let week = try #require(ISOWeek(name))
        let dir = Self.root.appendingPathComponent("Tests/BriefingReaderTests/Genre")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let items = try names.flatMap { n in
            try BriefingReader().read(Data(contentsOf: dir.appendingPathComponent(n)), file: "Genre/" + n).briefings
        }.filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        #expect(items.count >= 5)
        let doc = try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(l), texts: l.texts)
        #expect(WeeklyNotice.check(doc, briefings: items, texts: l.texts) == [])
        let dump = ContentDump.dump(doc)
        if let diff = Golden.check(dump, named: "genre-week-\(name).txt") { Issue.record(Comment(rawValue: diff)) }
        let json = String(decoding: BlockList.encode(doc), as: UTF8.self)
        if let diff = Golden.check(json, named: "genre-week-\(name).json") { Issue.record(Comment(rawValue: diff)) }
        // No sentence is a bare speech verb (王晓东要求。), no byline is printed, no slogan, idiom or
        // metaphor is counted as a measure, and a written speech is never attendance.
        #expect(!dump.contains(#/[^，：；]{2,6}要求。/#))
        #expect(!dump.contains("通讯员") && !dump.contains("记者"))
        for slogan in ["局外人", "背水一战", "休止符", "蓝天白云、繁星闪烁", "铁腕治污"] {
            #expect(!dump.contains("部署了“\(slogan)”") && !dump.contains("”“\(slogan)”"), "\(slogan) counted as a measure")
        }
        #expect(!dump.contains("张志刚出席") && !dump.contains("陈立新出席") && !dump.contains("李明远出席"))
    }

    @Test func aRelayedInstructionIsNotAttendance() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2016-W20"))
        let items = try seedBriefings().filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        let doc = try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(l), texts: l.texts)
        let dump = ContentDump.dump(doc)
        #expect(dump.contains("省委常委、济南市委书记王文涛主持会议，并传达了郭树清省长的重要批示精神。副省长张务锋出席会议并讲话。"))
        #expect(!dump.contains("郭树清出席") && !dump.contains("郭树清、"))
        // The false sentence the old template wrote is refused by the self-check, naming block and fragment.
        var bad = doc
        let k = try #require(bad.blocks.firstIndex { if case .paragraph(let r) = $0 { r[0].text.contains("王文涛") } else { false } })
        bad.blocks[k] = .paragraph([Inline("5月18日上午，省会城市群大气污染联防联控协作小组第二次会议在济南召开。省长郭树清、副省长张务锋出席会议并讲话。")])
        let findings = WeeklyNotice.check(bad, briefings: items, texts: l.texts)
        #expect(findings.contains { $0.block == k && $0.kind == .unattested(role: "出席") && $0.fragment.contains("郭树清") })
        #expect(findings.contains { $0.block == k && $0.kind == .unsupported && $0.fragment.contains("省长郭树清") })
        #expect(findings.first?.description.hasPrefix("block \(k)") == true)
    }

    @Test func protocolOrderAndEveryLeaderOfTheSource() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2018-W22"))
        let items = try seedBriefings().filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        let dump = ContentDump.dump(
            try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(l), texts: l.texts))
        #expect(dump.contains("市长刘锋出席会议并讲话，市委常委、市委秘书长王晋峰主持会议，副市长王宏微宣读《晋城市大气环境问题整改攻坚行动实施方案》。"))
        // A list of ten keeps all ten heads, never one cut mid-list.
        #expect(dump.contains("十大攻坚战，即：优化产业布局攻坚战、减煤压煤攻坚战、"))
        #expect(dump.contains("、科学治霾攻坚战；"))
        #expect(!dump.contains("2021-12-31") && !dump.contains("2018-06-30"))
    }

    @Test func theSourceListNamesWhatAnOfficeReceived() throws {
        let l = try layout()
        let week = try #require(ISOWeek("2016-W44"))
        let items = try seedBriefings().filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        var dump = ContentDump.dump(
            try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(l), texts: l.texts))
        #expect(dump.contains("row: 1 | 郑州航空港经济综合实验区 | 2016年11月1日 | 11月1日上午，郑州航空港经济综合实验区召开冬季大气污染防治工作会议 | 000.txt"))
        #expect(!dump.contains("信息来源明细"))
        let traced = try layout(replacing: "trace = false", with: "trace = true")
        dump = ContentDump.dump(
            try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(traced), texts: l.texts))
        #expect(dump.contains("caption: 信息来源明细"))
        #expect(dump.contains("row: 1 | seeds/000_c3ad2d5b44c5cf74.txt | 7–33"))
        let bare = try layout(replacing: "appendix = true", with: "appendix = false")
        dump = ContentDump.dump(
            try WeeklyNotice.build(WeeklyNoticeInput(week: week, briefings: items), settings: settings(bare), texts: l.texts))
        #expect(!dump.contains("本期信息来源"))
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
        // No sentence of this source says the meeting was held or names its people: the entry says
        // the least that is known, and nothing about people the text does not name.
        #expect(dump.contains("11月24日上午，高新区召开推进会。"))
        #expect(!dump.contains("王宏伟") && !dump.contains("王新亭"))
        #expect(dump.contains("会议要求：一是要提高认识，切实增强紧迫感；二是要压实责任。"))
        #expect(dump.contains("会议部署了“封土令”等举措。"))  // repeated measures named once
        #expect(dump.contains("issue: 2017年第47期"))  // no store: the week number
    }

    /// The opening's paragraph for one item of 2017-W47 with a meeting or not, `measures` deployed
    /// measures and `targets` quantified goals (and a figure about the past, never counted).
    private func opening(meeting: Bool, measures: [String], targets: Int, texts: [String: String]? = nil) throws -> String {
        let l = try layout()
        let week = try #require(ISOWeek("2017-W47"))
        let goals = (0..<targets).map { Target(text: "完成\($0 + 1)0户", value: Double($0 + 1) * 10, unit: "户") }
        let item = Briefing(
            id: "x#1", source: SourceSpan(file: "x.txt", lines: [1, 9], encoding: "utf-8"), date: "2017-11-24", unit: "高新区",
            meeting: meeting ? "推进会" : nil, measures: measures,
            targets: goals + [Target(text: "累计完成1693个", value: 1693, unit: "个", kind: .statistic)], text: "…")
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, briefings: [item]), settings: try settings(l), texts: texts ?? l.texts)
        let dump = ContentDump.dump(doc)
        return try #require(dump.split(separator: "\n").first { $0.hasPrefix("p: 11月20日至11月26日") }).description
    }

    /// An office does not write 专题会议0次: the opening names only the counts that are not zero, in
    /// the order meetings, measures, targets, and leaves the 涉及… clause out when all are zero.
    @Test func theOpeningNamesOnlyTheCountsThatAreNotZero() throws {
        let head = "p: 11月20日至11月26日，共收到1个单位报送的大气污染防治工作信息1条"
        let tail = "。现将有关情况通报如下。"
        #expect(try opening(meeting: false, measures: [], targets: 0) == head + tail)
        #expect(try opening(meeting: true, measures: [], targets: 0) == head + "，涉及专题会议1次" + tail)
        #expect(try opening(meeting: false, measures: ["封土令", "封土令"], targets: 0) == head + "，涉及重点举措1项" + tail)
        #expect(try opening(meeting: false, measures: [], targets: 1) == head + "，涉及量化目标1项" + tail)
        #expect(try opening(meeting: true, measures: [], targets: 3) == head + "，涉及专题会议1次、量化目标3项" + tail)
        #expect(try opening(meeting: false, measures: ["封土令", "禁烧令"], targets: 2) == head + "，涉及重点举措2项、量化目标2项" + tail)
        #expect(
            try opening(meeting: true, measures: ["封土令", "禁烧令"], targets: 1)
                == head + "，涉及专题会议1次、重点举措2项、量化目标1项" + tail)
    }

    /// The opening's wording is the layout's: each count's words and the separator, and an office
    /// layout that still prints every count one by one (`{{meeting_count}}`) loads and renders.
    @Test func theOpeningsWordingIsTheLayouts() throws {
        let l = try layout()
        var texts = l.texts
        texts["opening_meetings"] = "会议{{count}}场"
        texts["list_separator"] = "，"
        #expect(try opening(meeting: true, measures: ["封土令"], targets: 0, texts: texts).contains("涉及会议1场，重点举措1项。"))
        let old = try layout(
            replacing: "{{#counts}}，涉及{{counts}}{{/counts}}",
            with: "，涉及专题会议{{meeting_count}}次、重点举措{{measure_count}}项{{#has_targets}}、量化目标{{target_count}}项{{/has_targets}}")
        #expect(try opening(meeting: true, measures: [], targets: 0, texts: old.texts).contains("涉及专题会议1次、重点举措0项。"))
        #expect(throws: LayoutError.self) { try layout(replacing: "专题会议{{count}}次", with: "专题会议{{meeting_count}}次") }
        texts["opening_targets"] = nil
        #expect(throws: WordingError.self) { try opening(meeting: false, measures: [], targets: 0, texts: texts) }
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
