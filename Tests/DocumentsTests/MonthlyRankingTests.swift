import AirQuality
import Documents
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

/// 月排名 content from hand-made monthly statistics: ties, an invalid area, rank changes, the
/// improvement ranking, the warning of the last places, and wording only from the layout.
@Suite struct MonthlyRankingTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let jan = YearMonth(year: 2017, month: 1)!

    /// A valid (or not) month of one area whose composite index is `isum`: the six statistics
    /// are chosen so that Isum is exactly the value asked for (PM2.5 carries the rest).
    static func area(
        _ name: String, isum: String, pm25: Int = 60, month: YearMonth = jan, valid: Bool = true, good: Int = 20,
        days: Int = 31, heavy: Int = 0
    ) -> AreaMonth {
        let total = FixedDecimal(isum)!
        // SO2 6 (0.1), NO2 40 (1.0), PM10 70 (1.0), CO 0.4 (0.1), O3 80 (0.5): 2.7 without PM2.5.
        var c: [Pollutant: FixedDecimal] = [
            .so2: FixedDecimal(6), .no2: FixedDecimal(40), .pm10: FixedDecimal(70), .co: FixedDecimal("0.4")!,
            .o3: FixedDecimal(80),
        ]
        c[.pm25] = FixedDecimal(pm25)
        let indices = Dictionary(
            uniqueKeysWithValues: c.map { ($0.key, CompositeIndex.single($0.key, $0.value).rounded(decimals: 2)) })
        return AreaMonth(
            area: name, month: month, concentrations: c,
            dayCounts: Dictionary(uniqueKeysWithValues: Pollutant.allCases.map { ($0, valid ? days : 20) }),
            requiredDays: 27, indices: indices, isum: total, primaryPollutants: [.pm25], validDays: valid ? days : 20,
            goodDays: good, goodRatio: Ratio(good * 100, valid ? days : 20).rounded(decimals: 1),
            categoryDays: heavy > 0 ? [.heavilyPolluted: heavy] : [:], isValid: valid,
            invalidReason: valid ? nil : "pm25 has 20 daily values, 27 needed")
    }

    static func layout(_ name: String = "monthly-ranking") throws -> Layout {
        try LayoutLoader.load(contentsOf: packageRoot.appendingPathComponent("layouts/\(name).toml"))
    }

    /// A `MonthlyReport` of hand-made months, ranked the way `MonthlyReport` ranks daily values.
    static func report(
        _ areas: [AreaMonth], previous: [AreaMonth] = [], lastYear: [AreaMonth] = [], city: AreaMonth? = nil,
        cityLastYear: AreaMonth? = nil, warnLast: Int = 2
    ) -> MonthlyReport {
        var report = MonthlyReport(areaDays: [], cityDays: [], month: jan)
        let places = Ranking.rank(areas, previous: previous, warnLast: warnLast)
        let before = Dictionary(lastYear.map { ($0.area, $0) }, uniquingKeysWith: { a, _ in a })
        report.rows = places.compactMap { p in
            areas.first { $0.area == p.area }.map {
                MonthlyReport.Row(statistics: $0, place: p, lastYear: before[$0.area])
            }
        }
        report.rows += areas.filter { a in !places.contains { $0.area == a.area } }.map {
            MonthlyReport.Row(statistics: $0, lastYear: before[$0.area])
        }
        report.city = city.map { MonthlyReport.Row(statistics: $0, lastYear: cityLastYear) }
        return report
    }

    /// A: 5.00, B: 6.00, C: 6.00 (tied with B), D: 7.00, E: invalid, F: 8.00 (last).
    static func input(
        previous: [AreaMonth] = [], lastYear: [AreaMonth] = [], city: AreaMonth? = nil, cityLastYear: AreaMonth? = nil,
        warnLast: Int = 2
    ) -> MonthlyRankingInput {
        let areas = [
            area("甲区", isum: "5.00", pm25: 40), area("乙区", isum: "6.00", pm25: 50), area("丙区", isum: "6.00", pm25: 55),
            area("丁区", isum: "7.00", pm25: 70, heavy: 3), area("戊区", isum: "6.50", valid: false),
            area("己区", isum: "8.00", pm25: 90, good: 10, heavy: 5),
        ]
        return MonthlyRankingInput(
            report: report(
                areas, previous: previous, lastYear: lastYear, city: city, cityLastYear: cityLastYear,
                warnLast: warnLast),
            dataSource: "测试数据")
    }

    static func tables(_ doc: ContentDocument) -> [Table] {
        doc.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    static func paragraphs(_ doc: ContentDocument) -> [String] {
        doc.blocks.compactMap { if case .paragraph(let p) = $0 { p.map(\.text).joined() } else { nil } }
    }

    static func build(_ input: MonthlyRankingInput, layout: Layout, warnLast: Int? = nil) throws -> ContentDocument {
        var settings = try MonthlyRankingSettings(layout: layout)
        if let warnLast { settings.warnLast = warnLast }
        return try MonthlyRanking.build(input, settings: settings, texts: layout.texts)
    }

    @Test func tiesShareARankAndTheNextRankSkips() throws {
        let doc = try Self.build(Self.input(), layout: Self.layout())
        let table = try #require(Self.tables(doc).first)
        #expect(table.rows.map { $0[0] } == ["1", "2", "2", "4", "5", "无效"])
        #expect(table.rows.map { $0[1] } == ["甲区", "乙区", "丙区", "丁区", "己区", "戊区"])
        #expect(table.rows[1][2] == "6.00" && table.rows[2][2] == "6.00")
    }

    @Test func anInvalidAreaIsListedAsInvalidNotRankedNorCharted() throws {
        let doc = try Self.build(Self.input(), layout: Self.layout())
        let table = try #require(Self.tables(doc).first)
        let last = try #require(table.rows.last)
        #expect(last[0] == "无效")
        #expect(last[2] == "数据不足")
        #expect(last[3...].allSatisfy { $0 == "-" })
        let chart = try #require(doc.blocks.compactMap { if case .chart(let c) = $0 { c } else { nil } }.first)
        #expect(chart.bars.map(\.label) == ["甲区", "乙区", "丙区", "丁区", "己区"])
        #expect(Self.paragraphs(doc)[0].contains("戊区本月有效监测天数不足，不参加排名"))
        let notes = doc.blocks.compactMap { if case .note(let n) = $0 { n } else { nil } }
        #expect(notes.contains { $0.contains("戊区有效监测天数不足27天") })
    }

    /// The summary reads as a sentence whatever places are named: no leading "，" when the first
    /// places are not praised (praise_first = 0), none dangling when nothing is named.
    @Test(arguments: [(0, 2), (2, 0), (0, 0), (2, 2)])
    func theRankingSummaryStartsWithItsOrder(praise: Int, warn: Int) throws {
        let layout = try Self.layout()
        var settings = try MonthlyRankingSettings(layout: layout)
        (settings.praiseFirst, settings.warnLast) = (praise, warn)
        let doc = try MonthlyRanking.build(Self.input(warnLast: warn), settings: settings, texts: layout.texts)
        let summary = try #require(Self.paragraphs(doc).first { $0.contains("排序") })
        #expect(summary.hasPrefix("按"), "\(summary)")
        #expect(!summary.contains("，，") && !summary.contains("，。"), "\(summary)")
        #expect(summary.contains("位列前") == (praise > 0), "\(summary)")
        #expect(summary.contains("位列后") == (warn > 0), "\(summary)")
        if praise == 0 && warn == 0 { #expect(summary.hasSuffix("排序。"), "\(summary)") }
    }

    @Test func rankChangesAgainstTheMonthBefore() throws {
        let dec = YearMonth(year: 2016, month: 12)!
        let previous = [
            Self.area("甲区", isum: "6.00", month: dec), Self.area("乙区", isum: "5.00", month: dec),
            Self.area("丙区", isum: "7.00", month: dec), Self.area("丁区", isum: "8.00", month: dec),
        ]
        let doc = try Self.build(Self.input(previous: previous), layout: Self.layout())
        let table = try #require(Self.tables(doc).first)
        let change = try #require(table.header.firstIndex(of: "排名\n变化"))
        // 甲 2→1 up, 乙 1→2 down, 丙 3→2 up, 丁 4→4 same, 己 new; 戊 invalid: no mark.
        #expect(table.rows.map { $0[change] } == ["↑1", "↓1", "↑1", "持平", "新", "-"])
        let summary = Self.paragraphs(doc)[1]
        #expect(summary.contains("甲区上升1位，丙区上升1位，乙区下降1位，其余区排名不变"))
    }

    @Test func theLastPlacesAreHighlightedColouredAndWarned() throws {
        let doc = try Self.build(Self.input(), layout: Self.layout(), warnLast: 2)
        let table = try #require(Self.tables(doc).first)
        #expect(table.highlightedRows == [3, 4])
        let chart = try #require(doc.blocks.compactMap { if case .chart(let c) = $0 { c } else { nil } }.first)
        #expect(chart.bars.map(\.color) == ["#2E7D32", "#2E7D32", "#2E7D32", "#C62828", "#C62828"])
        #expect(Self.paragraphs(doc).contains { $0.hasPrefix("丁区、己区环境空气质量综合指数排名全市后2位") })
        #expect(doc.blocks.contains(.heading(level: 1, text: "二、通报预警")))
    }

    @Test func aTieAcrossTheWarningLineIsWarnedWhole() throws {
        let doc = try Self.build(Self.input(warnLast: 4), layout: Self.layout(), warnLast: 4)
        let table = try #require(Self.tables(doc).first)
        // Ranks 1, 2, 2, 4, 5: the last four places take in both areas tied at 2.
        #expect(table.highlightedRows == [1, 2, 3, 4])
    }

    @Test func theImprovementRankingOrdersByTheChangeOfTheIndex() throws {
        let lastJan = YearMonth(year: 2016, month: 1)!
        let lastYear = [
            Self.area("甲区", isum: "4.00", month: lastJan),  // +25.0 %
            Self.area("乙区", isum: "8.00", month: lastJan),  // -25.0 %
            Self.area("丙区", isum: "8.00", month: lastJan),  // -25.0 % (tied)
            Self.area("丁区", isum: "7.00", month: lastJan),  // 0.0 %
            Self.area("己区", isum: "8.00", month: lastJan, valid: false),  // not compared
        ]
        let doc = try Self.build(Self.input(lastYear: lastYear), layout: Self.layout())
        let tables = Self.tables(doc)
        #expect(tables.count == 2)
        let improvement = try #require(tables.last)
        #expect(
            improvement.rows.map { [$0[0], $0[1], $0[4]] } == [
                ["1", "乙区", "-25.0"], ["1", "丙区", "-25.0"], ["3", "丁区", "0.0"], ["4", "甲区", "+25.0"],
            ])
        let main = try #require(tables.first)
        #expect(main.rows.map { $0[3] } == ["+25.0", "-25.0", "-25.0", "0.0", "-", "-"])
        #expect(Self.paragraphs(doc).contains { $0.contains("2个区综合指数同比下降，改善幅度最大的是乙区、丙区（下降25.0%）") })
    }

    @Test func withoutLastYearThereIsNoImprovementSection() throws {
        let doc = try Self.build(Self.input(), layout: Self.layout())
        #expect(Self.tables(doc).count == 1)
        #expect(!doc.blocks.contains { if case .heading(_, let t) = $0 { t.contains("改善幅度") } else { false } })
    }

    @Test func everyWordComesFromTheLayout() throws {
        // Replace every template by its key: no Chinese may remain but the areas' own names.
        let layout = try Self.layout()
        var texts: [String: String] = [:]
        for key in layout.texts.keys { texts[key] = "<\(key)>" }
        texts["change_phrase"] = "<change_phrase {{value}}>"
        let input = MonthlyRankingInput(
            report: Self.report(
                [
                    Self.area("A", isum: "5.00"), Self.area("B", isum: "6.00"),
                    Self.area("C", isum: "7.00", valid: false),
                ],
                previous: [Self.area("B", isum: "4.00")], lastYear: [Self.area("A", isum: "4.00")], warnLast: 1),
            dataSource: "source")
        var settings = try MonthlyRankingSettings(layout: layout)
        (settings.bulletinName, settings.office, settings.copyTo) = ("bulletin", "office", "copy")
        (settings.warnLast, settings.praiseFirst) = (1, 1)
        let doc = try MonthlyRanking.build(input, settings: settings, texts: texts)
        let text = String(data: try JSONEncoder().encode(doc), encoding: .utf8) ?? ""
        // Section numbers are Chinese numerals (ChineseNumeral, shared with the weekly notice).
        let numerals = Set("一二三四五六七八九十".unicodeScalars)
        let han = text.unicodeScalars.filter {
            ((0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value)) && !numerals.contains($0)
        }
        #expect(han.isEmpty, "Chinese not from the layout: \(String(String.UnicodeScalarView(han)))")
        #expect(
            text.contains("<warning>") && text.contains("<col_rank_change>") && text.contains("<improvement_summary>"))
        #expect(text.contains("<section_heading>"))
        let data = try RankingData.build(input, settings: settings, texts: texts)
        #expect(data.header.first == "<col_rank>" && data.header.last == "<data_note_header>")
    }

    /// Each part alone, with only the texts the kind says it requires (the loader's check): a
    /// part that renders a text it did not declare stops here (Wording's precondition), not in
    /// a notice with a hole in it. With a previous month, last year and the city, so that
    /// every branch that renders an item (moves, heavy days, primary pollutants) runs.
    @Test func everyPartBuildsWithOnlyTheTextsItRequires() throws {
        let layout = try Self.layout()
        let dec = YearMonth(year: 2016, month: 12)!
        let lastJan = YearMonth(year: 2016, month: 1)!
        let input = Self.input(
            previous: [Self.area("甲区", isum: "6.00", month: dec), Self.area("乙区", isum: "5.00", month: dec)],
            lastYear: [Self.area("甲区", isum: "4.00", pm25: 35, month: lastJan)],
            city: Self.area("city", isum: "6.40", pm25: 63),
            cityLastYear: Self.area("city", isum: "6.00", pm25: 58, month: lastJan))
        for part in MonthlyRankingSettings.Part.allCases {
            var settings = try MonthlyRankingSettings(layout: layout)
            settings.contents = [part]
            let required = MonthlyRanking.requiredTexts(for: settings, texts: layout.texts)
            let texts = layout.texts.filter { required.contains($0.key) || $0.key.hasPrefix("measure_") || $0.key == "pollutant_summary" }
            let doc = try MonthlyRanking.build(input, settings: settings, texts: texts)
            #expect(!doc.blocks.isEmpty, "\(part)")
            _ = try RankingData.build(input, settings: settings, texts: texts)
        }
    }

    @Test func aMissingTemplateIsNamed() throws {
        let layout = try Self.layout()
        var texts = layout.texts
        texts["warning"] = nil
        let settings = try MonthlyRankingSettings(layout: layout)
        #expect(throws: WordingError.self) { try MonthlyRanking.build(Self.input(), settings: settings, texts: texts) }
        do {
            _ = try MonthlyRanking.build(Self.input(), settings: settings, texts: texts)
        } catch {
            #expect(error.key == "warning")
        }
        // A layout without the warning part does not need its wording.
        var quiet = settings
        quiet.contents.removeAll { $0 == .warning }
        _ = try MonthlyRanking.build(Self.input(), settings: quiet, texts: texts)
    }

    @Test func theDataTableKeepsNumbersAsNumbers() throws {
        let layout = try Self.layout()
        let data = try RankingData.build(
            Self.input(), settings: try MonthlyRankingSettings(layout: layout), texts: layout.texts)
        #expect(data.header.prefix(4) == ["排名", "区域", "综合指数", "同比(%)"])
        #expect(data.header.contains("PM2.5(μg/m³)"))
        #expect(data.rows[0][0] == .number("1") && data.rows[0][1] == .text("甲区") && data.rows[0][2] == .number("5.00"))
        #expect(data.rows[1].last == .text("并列"))
        let invalid = try #require(data.rows.last)
        #expect(invalid[0] == .empty && invalid[1] == .text("戊区") && invalid[2] == .empty)
        #expect(invalid.last == .text("数据不足，不参加排名（有效日均值最少20天，应不少于27天）"))
    }

    @Test func settingsComeFromTheRankingTable() throws {
        let base = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("layouts/monthly-ranking.toml"), encoding: .utf8)
        let layout = try Self.layout()
        let settings = try MonthlyRankingSettings(layout: layout)
        #expect(settings.measure == .compositeIndex)
        #expect(settings.warnLast == 2 && settings.praiseFirst == 2)
        #expect(settings.columns.first == .rank && settings.columns.last == .rankChange)
        #expect(settings.office == layout.furniture.officeName)

        let pm25 = try LayoutLoader.parse(
            base.replacingOccurrences(of: "rank_by = \"isum\"", with: "rank_by = \"pm25\""),
            file: Self.packageRoot.appendingPathComponent("layouts/x.toml").path)
        #expect(try MonthlyRankingSettings(layout: pm25).measure == .pm25)
        let breakers = try LayoutLoader.parse(
            base.replacingOccurrences(of: "then_by = []", with: "then_by = [\"good_ratio\", \"pm25\"]"),
            file: Self.packageRoot.appendingPathComponent("layouts/x.toml").path)
        #expect(try MonthlyRankingSettings(layout: breakers).thenBy == [.goodRatio, .pm25])
        #expect(throws: LayoutError.self) {
            try LayoutLoader.parse(
                base.replacingOccurrences(of: "warn_last = 2", with: "warn_lats = 2"),
                file: Self.packageRoot.appendingPathComponent("layouts/x.toml").path)
        }
        do {
            _ = try LayoutLoader.parse(
                base.replacingOccurrences(of: "\"warning\",", with: "\"warnings\","),
                file: Self.packageRoot.appendingPathComponent("layouts/x.toml").path)
            Issue.record("an unknown part was accepted")
        } catch {
            #expect(error.key == "ranking.contents")
            #expect(error.allowed.contains("warning"))
        }
    }

    @Test func theWholeNoticeAsAContentGolden() throws {
        let dec = YearMonth(year: 2016, month: 12)!
        let lastJan = YearMonth(year: 2016, month: 1)!
        let withCity = Self.input(
            previous: [
                Self.area("甲区", isum: "6.00", month: dec), Self.area("乙区", isum: "5.00", month: dec),
                Self.area("丙区", isum: "7.00", month: dec), Self.area("丁区", isum: "8.00", month: dec),
                Self.area("戊区", isum: "6.50", month: dec),
            ],
            lastYear: [
                Self.area("甲区", isum: "4.00", pm25: 35, month: lastJan),
                Self.area("乙区", isum: "8.00", pm25: 70, month: lastJan),
                Self.area("丙区", isum: "8.00", pm25: 80, month: lastJan), Self.area("丁区", isum: "7.00", month: lastJan),
            ],
            city: Self.area("city", isum: "6.40", pm25: 63),
            cityLastYear: Self.area("city", isum: "6.00", pm25: 58, month: lastJan))
        let doc = try Self.build(withCity, layout: Self.layout())
        if let diff = Golden.check(ContentDump.dump(doc), named: "monthly-2017-01.txt") {
            Issue.record(Comment(rawValue: diff))
        }
    }

    @Test func theLayoutLoaderKeepsDocumentTablesAndRefusesOthers() throws {
        let base = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("layouts/monthly-ranking.toml"), encoding: .utf8)
        let layout = try LayoutLoader.parse(base, file: Self.packageRoot.appendingPathComponent("layouts/m.toml").path)
        #expect(MonthlyRanking.settings(in: layout)?.warnLast == 2)
        #expect(MonthlyRanking.settings(in: layout)?.contents.first == .header)
        #expect(throws: LayoutError.self) {
            try LayoutLoader.parse(
                base + "\n[rankings]\nwarn_last = 1\n", file: Self.packageRoot.appendingPathComponent("layouts/m.toml").path)
        }
        do {
            _ = try LayoutLoader.parse(
                base.replacingOccurrences(of: "then_by = []", with: "then_by = { a = 1 }"),
                file: Self.packageRoot.appendingPathComponent("layouts/m.toml").path)
            Issue.record("a table inside [ranking] was accepted")
        } catch {
            #expect(error.key == "ranking.then_by")
            #expect(error.line != nil)
        }
    }

    @Test func theMeetingLayoutHasTheTableAndChartOnly() throws {
        let layout = try Self.layout("monthly-ranking-meeting")
        let doc = try Self.build(Self.input(), layout: layout)
        #expect(layout.page.widthMM == 420 && layout.page.heightMM == 297)
        let kinds = doc.blocks.map { block -> String in
            switch block {
            case .title: "title"
            case .table: "table"
            case .chart: "chart"
            case .note: "note"
            default: "other"
            }
        }
        #expect(kinds == ["title", "table", "chart", "note"])
    }

    @Test func theNoticeTypesetsWithoutSelfCheckFindings() throws {
        let layout = try Self.layout()
        let dec = YearMonth(year: 2016, month: 12)!
        let doc = try Self.build(
            Self.input(
                previous: [Self.area("甲区", isum: "6.00", month: dec)], lastYear: [Self.area("甲区", isum: "4.00")]),
            layout: layout)
        let setter = Typesetter(layout: layout, measurer: FixedAdvanceMeasurer())
        let composed = setter.compose(doc)
        #expect(SelfCheck.check(composed, setter: setter).isEmpty)
        #expect(composed.pages.count >= 2)
    }
}
