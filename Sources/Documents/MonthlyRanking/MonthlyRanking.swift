import AirQuality
import ReportModel
import Typesetting

/// 月排名: the month's district ranking as a content tree — opening written from the figures,
/// ranking table, bar chart, improvement ranking, warning of the last places, source note.
public enum MonthlyRanking {
    /// `[texts]` keys every monthly-ranking layout must define.
    public static let commonTexts = ["date", "list_separator", "clause_separator", "change_phrase", "title"]

    /// `[texts]` keys each part needs, besides `commonTexts` and the `col_*` headers of the columns.
    public static let partTexts: [MonthlyRankingSettings.Part: [String]] = [
        .header: ["issue_line"],
        .title: [],
        .opening: ["opening"],
        .rankingSummary: ["section_heading", "section_ranking", "ranking_summary", "rank_up_item", "rank_down_item"],
        // table_note has the summary's context, whose `moves` are rank_up_item / rank_down_item
        .rankingTable: [
            "table_caption", "table_note", "rank_cell", "rank_up", "rank_down", "rank_same", "rank_new",
            "invalid_rank", "invalid_value", "no_value", "rank_up_item", "rank_down_item",
        ],
        .chart: ["chart_caption", "chart_axis"],
        .improvementTable: [
            "section_heading", "section_improvement", "improvement_summary", "improvement_caption",
            "improvement_table_header", "rank_cell",
            "no_value",
        ],
        .warning: ["section_heading", "section_warning", "warning"],
        .sourceNote: ["source_note"],
        .endBlock: ["print_date"],
    ]

    /// The `[texts]` keys a layout with `settings` must define.
    public static func requiredTexts(_ settings: MonthlyRankingSettings) -> [String] {
        var keys = commonTexts
        for part in settings.contents { keys += partTexts[part] ?? [] }
        if settings.contents.contains(.rankingTable) { keys += columnKeys(settings.columns) }
        return keys
    }

    /// Builds the notice. Wording comes from `texts` (the layout's `[texts]` table).
    public static func build(
        _ input: MonthlyRankingInput, settings: MonthlyRankingSettings, texts: [String: String]
    ) throws(WordingError) -> ContentDocument {
        let wording = try Wording<RankingVariable>(texts: texts, required: requiredTexts(settings), declared: Self.texts)
        var composer = MonthlyRankingComposer(input: input, settings: settings, wording: wording)
        return composer.compose()
    }

    /// The `[texts]` keys of the column headers: `col_rank`, `col_isum_yoy` …
    static func columnKeys(_ columns: [MonthlyRankingSettings.Column]) -> [String] {
        columns.map { "col_" + $0.rawValue }
    }
}

/// A line of the ranking: an area's month, its place, its 同比 (from `MonthlyReport`).
typealias RankingRow = MonthlyReport.Row

extension MonthlyReport.Row {
    /// The area.
    var area: String { statistics.area }
    /// The area's statistics of the month.
    var month: AreaMonth { statistics }
}

/// Writes the blocks of one ranking notice; a value that lives for one `build` call.
struct MonthlyRankingComposer {
    let input: MonthlyRankingInput
    let settings: MonthlyRankingSettings
    let wording: Wording<RankingVariable>
    let rows: [RankingRow]
    let improvement: [ImprovementRow]
    private var blocks: [Block] = []
    private var sectionCount = 0

    init(input: MonthlyRankingInput, settings: MonthlyRankingSettings, wording: Wording<RankingVariable>) {
        self.input = input
        self.settings = settings
        self.wording = wording
        self.rows = input.report.rows
        self.improvement = ImprovementRanking.rank(rows)
    }

    var ranked: [RankingRow] { rows.filter { $0.place != nil } }
    var unranked: [RankingRow] { rows.filter { $0.place == nil } }

    mutating func compose() -> ContentDocument {
        let period = periodContext
        let title = wording.render("title", period)
        for part in settings.contents {
            switch part {
            case .header:
                blocks.append(.masthead(settings.bulletinName))
                blocks.append(.issueLine(wording.render("issue_line", period)))
                blocks.append(
                    .issuer(office: settings.office, date: wording.render("date", DateWording.context(input.issueDate)))
                )
                blocks.append(.separatorRule)
            case .title: blocks.append(.title(title))
            case .opening: blocks.append(.paragraph([Inline(wording.render("opening", openingContext))]))
            case .rankingSummary: rankingSummary()
            case .rankingTable: rankingTableBlocks()
            case .chart: chart()
            case .improvementTable: improvementSection()
            case .warning: warningSection()
            case .sourceNote:
                blocks.append(
                    .note(wording.render("source_note", period.with(.source, input.dataSource))))
            case .endBlock: blocks.append(settings.endBlock(issued: input.issueDate, wording: wording))
            }
        }
        let metadata = settings.metadata(title: title, keywords: input.month.description, issued: input.issueDate)
        return ContentDocument(metadata: metadata, blocks: blocks)
    }

    // MARK: context

    var periodContext: RankingContext {
        let last = input.month.sameMonthLastYear
        return [
            .year: input.month.year, .month: input.month.month, .number: input.issueNumber ?? input.month.month,
            .issueYear: input.issueDate.year, .lastYear: last.year,
            .requiredDays: rows.first?.statistics.requiredDays ?? MonthlyStatistics.requiredDays(in: input.month),
            .warnN: settings.warnLast, .praiseN: settings.praiseFirst,
            .measure: wording.has("measure_" + settings.measure.rawValue)
                ? wording.render("measure_" + settings.measure.rawValue) : "",
            .ascending: settings.measure.ascending,
        ]
    }

    func list(_ names: [String]) -> String { names.joined(separator: wording.render("list_separator")) }

    /// `上升12.3%` / `下降5.0%` / `持平` from `change_phrase`.
    func changePhrase(_ change: FixedDecimal?) -> String {
        guard let change else { return "" }
        let magnitude = change.isNegative ? FixedDecimal(units: -change.units, scale: change.scale) : change
        return wording.render(
            "change_phrase",
            [
                .up: change.units > 0, .down: change.isNegative, .flat: change.units == 0,
                .value: magnitude.description,
            ])
    }

    /// Areas sharing the extreme value at the top or bottom of the ranking.
    func extreme(first: Bool) -> (areas: [String], value: String)? {
        guard let edge = first ? ranked.first?.place : ranked.last?.place else { return nil }
        let names = ranked.filter { $0.place?.rank == edge.rank }.map(\.area)
        // `measure_value_<rank_by>` (e.g. "{{value}}%") dresses the value when the layout has it.
        let key = "measure_value_" + settings.measure.rawValue
        let value = wording.has(key) ? wording.render(key, [.value: edge.value.description]) : edge.value.description
        return (names, value)
    }

    var openingContext: RankingContext {
        var c = periodContext
        c[.areaCount] = rows.count
        c[.rankedCount] = ranked.count
        if let best = extreme(first: true), let worst = extreme(first: false) {
            c[.hasRanked] = true
            c[.best] = list(best.areas)
            c[.bestValue] = best.value
            c[.worst] = list(worst.areas)
            c[.worstValue] = worst.value
        }
        c[.hasInvalid] = !unranked.isEmpty
        c[.invalidAreas] = list(unranked.map(\.area))
        c[.invalidCount] = unranked.count
        if let cityRow = input.report.city, cityRow.statistics.isValid {
            let city = cityRow.statistics
            c[.hasCity] = true
            c[.cityPM25] = city[.pm25]?.description ?? ""
            c[.cityPM10] = city[.pm10]?.description ?? ""
            c[.cityIsum] = city.isum?.description ?? ""
            c[.cityGoodRatio] = city.goodRatio?.description ?? ""
            c[.cityGoodDays] = city.goodDays
            c[.cityValidDays] = city.validDays
            if let change = cityRow.pm25Change {
                c[.hasCityYoY] = true
                c[.cityPM25YoY] = changePhrase(change)
                c[.cityPM25LastYear] = cityRow.lastYear?[.pm25]?.description ?? ""
            }
            if let change = cityRow.isumChange {
                c[.hasCityIsumYoY] = true
                c[.cityIsumYoY] = changePhrase(change)
            }
        }
        let pm25 = rows.filter { $0.month.isValid }.compactMap { r in r.month[.pm25].map { (r.area, $0) } }
        if let lo = pm25.map(\.1).min(), let hi = pm25.map(\.1).max() {
            c[.pm25Best] = list(pm25.filter { $0.1 == lo }.map(\.0))
            c[.pm25BestValue] = lo.description
            c[.pm25Worst] = list(pm25.filter { $0.1 == hi }.map(\.0))
            c[.pm25WorstValue] = hi.description
        }
        return c
    }

    // MARK: sections

    private mutating func heading(_ key: String) {
        sectionCount += 1
        blocks.append(
            .heading(
                level: 1,
                text: wording.render(
                    "section_heading",
                    [.ordinal: ChineseNumeral.of(sectionCount), .title: wording.render(key, periodContext)])))
    }

    var firstPlaces: [RankingRow] {
        guard settings.praiseFirst > 0 else { return [] }
        return ranked.filter { ($0.place?.rank ?? .max) <= settings.praiseFirst && !($0.place?.warned ?? false) }
    }

    var warnedPlaces: [RankingRow] { ranked.filter { $0.place?.warned ?? false } }

    /// The context of the ranking's summary and note.
    var rankingContext: RankingContext {
        var c = openingContext
        c[.hasFirst] = !firstPlaces.isEmpty
        c[.firstAreas] = list(firstPlaces.map(\.area))
        c[.hasLast] = !warnedPlaces.isEmpty
        c[.lastAreas] = list(warnedPlaces.map(\.area))
        let sep = wording.render("clause_separator")
        let up = ranked.compactMap { r -> String? in
            guard let ch = r.place?.rankChange, ch > 0 else { return nil }
            return wording.render("rank_up_item", [.area: r.area, .n: ch])
        }
        let down = ranked.compactMap { r -> String? in
            guard let ch = r.place?.rankChange, ch < 0 else { return nil }
            return wording.render("rank_down_item", [.area: r.area, .n: -ch])
        }
        let same = ranked.filter { $0.place?.rankChange == 0 }
        c[.hasMoves] = !(up.isEmpty && down.isEmpty)
        c[.hasPrevious] = ranked.contains { $0.place?.previousRank != nil }
        c[.moves] = (up + down).joined(separator: sep)
        c[.hasUnchanged] = !same.isEmpty
        c[.unchangedAreas] = list(same.map(\.area))
        c[.hasTies] = ranked.contains { $0.place?.tied ?? false }
        return c
    }

    private mutating func rankingSummary() {
        heading("section_ranking")
        blocks.append(.paragraph([Inline(wording.render("ranking_summary", rankingContext))]))
        if wording.has("pollutant_summary") {
            let text = wording.render("pollutant_summary", pollutantContext)
            if !text.isEmpty { blocks.append(.paragraph([Inline(text)])) }
        }
    }

    private mutating func rankingTableBlocks() {
        caption("table_caption")
        blocks.append(.table(rankingTable()))
        let note = wording.render("table_note", rankingContext)
        if !note.isEmpty { blocks.append(.note(note)) }
    }

    /// A caption, left out when the layout's template renders empty.
    private mutating func caption(_ key: String) {
        let text = wording.render(key, periodContext)
        if !text.isEmpty { blocks.append(.caption(text)) }
    }

    /// Good days, heavy days and primary pollutants of the valid areas, for `pollutant_summary`.
    var pollutantContext: RankingContext {
        var c = openingContext
        let valid = rows.filter { $0.month.isValid }
        let ratios = valid.compactMap { r in r.month.goodRatio.map { (r.area, $0) } }
        if let lo = ratios.map(\.1).min(), let hi = ratios.map(\.1).max() {
            c[.hasGood] = true
            c[.goodBest] = list(ratios.filter { $0.1 == hi }.map(\.0))
            c[.goodBestValue] = hi.description
            c[.goodWorst] = list(ratios.filter { $0.1 == lo }.map(\.0))
            c[.goodWorstValue] = lo.description
        }
        let heavy = valid.filter { $0.month.heavyDays > 0 }.sorted { $0.month.heavyDays > $1.month.heavyDays }
        c[.hasHeavy] = !heavy.isEmpty
        c[.heavyCount] = heavy.count
        c[.heavyAreas] = list(heavy.map { wording.render("heavy_item", [.area: $0.area, .n: $0.month.heavyDays]) })
        if let most = heavy.first?.month.heavyDays {
            c[.heavyMost] = list(heavy.filter { $0.month.heavyDays == most }.map(\.area))
            c[.heavyMostDays] = most
        }
        var groups: [(pollutants: String, areas: [String])] = []
        for r in valid where !r.month.primaryPollutants.isEmpty {
            let key = list(r.month.primaryPollutants.map(\.symbol))
            if let i = groups.firstIndex(where: { $0.pollutants == key }) {
                groups[i].areas.append(r.area)
            } else {
                groups.append((key, [r.area]))
            }
        }
        c[.hasPrimary] = !groups.isEmpty
        c[.primarySame] = groups.count == 1
        c[.primaryPollutant] = groups.first?.pollutants ?? ""
        c[.primaryGroups] = groups.map {
            wording.render("primary_item", [.areas: list($0.areas), .pollutant: $0.pollutants])
        }
        .joined(separator: wording.render("clause_separator"))
        return c
    }

    /// The ranking table as printed.
    func rankingTable() -> Table {
        let header = settings.columns.map { wording.render("col_" + $0.rawValue) }
        let body = rows.map { r in settings.columns.map { cell($0, r) } }
        let highlighted = rows.indices.filter { rows[$0].place?.warned ?? false }
        return Table(
            header: header, rows: body, columnWidths: settings.columnWidths,
            alignments: Array(repeating: .center, count: settings.columns.count), highlightedRows: highlighted)
    }

    func cell(_ column: MonthlyRankingSettings.Column, _ r: RankingRow) -> String {
        let none = wording.render("no_value")
        if r.place == nil {  // an unranked area shows why, and its valid days
            switch column {
            case .rank: return wording.render("invalid_rank")
            case .isum: return wording.render("invalid_value")
            case .area, .validDays: break
            default: return none
            }
        }
        switch RankingColumnValue(column, r) {
        case .rank(let place): return wording.render("rank_cell", [.rank: place.rank, .tied: place.tied])
        case .text(let s): return s
        case .decimal(let v): return v.description
        case .change(let v): return Self.signed(v)
        case .count(let n): return String(n)
        case .pollutants(let ps): return ps.isEmpty ? none : list(ps.map(\.symbol))
        case .rankChange(nil): return wording.render("rank_new")
        case .rankChange(let ch?):
            if ch > 0 { return wording.render("rank_up", [.n: ch]) }
            if ch < 0 { return wording.render("rank_down", [.n: -ch]) }
            return wording.render("rank_same")
        case .none: return none
        }
    }

    /// `+12.3`, `-5.0`, `0.0`.
    static func signed(_ v: FixedDecimal) -> String { v.units > 0 ? "+" + v.description : v.description }

    private mutating func chart() {
        guard !ranked.isEmpty else { return }
        if !settings.chartCaptionBelow { caption("chart_caption") }
        let bars = ranked.map { r -> BarChart.Bar in
            let place = r.place
            let color: String
            if place?.warned ?? false {
                color = settings.tierColors.warned
            } else if (place?.rank ?? .max) <= settings.praiseFirst {
                color = settings.tierColors.best
            } else {
                color = settings.tierColors.middle
            }
            let v = place?.value ?? FixedDecimal(0)
            return BarChart.Bar(label: r.area, value: v.doubleValue, valueText: v.description, color: color)
        }
        blocks.append(
            .chart(
                BarChart(
                    title: "", bars: bars,
                    orientation: settings.chartOrientation ?? (bars.count <= settings.verticalChartMax ? .vertical : .horizontal),
                    axisLabel: wording.render("chart_axis", periodContext), height: settings.chartHeight)))
        if settings.chartCaptionBelow { caption("chart_caption") }
        if wording.has("chart_note") {
            let note = wording.render("chart_note", periodContext)
            if !note.isEmpty { blocks.append(.note(note)) }
        }
    }

    private mutating func improvementSection() {
        guard let top = improvement.first else { return }
        heading("section_improvement")
        var c = periodContext
        let improved = improvement.filter { $0.change.isNegative }
        let worse = improvement.filter { $0.change.units > 0 }
        c[.comparedCount] = improvement.count
        c[.improvedCount] = improved.count
        c[.hasImproved] = !improved.isEmpty
        c[.improvedAreas] = list(improved.map(\.area))
        c[.worseCount] = worse.count
        c[.hasWorse] = !worse.isEmpty
        c[.manyWorse] = worse.count > 1
        c[.allImproved] = worse.isEmpty && improved.count == improvement.count
        c[.allWorse] = improved.isEmpty && worse.count == improvement.count
        c[.worseAreas] = list(worse.map(\.area))
        c[.top] = list(improvement.filter { $0.rank == top.rank }.map(\.area))
        c[.topChange] = changePhrase(top.change)
        c[.topImproved] = top.change.isNegative
        let pm25 = improvement.compactMap { r in r.pm25Change.map { (r.area, $0) } }
        if let best = pm25.map(\.1).min() {
            c[.hasPM25] = true
            c[.pm25Top] = list(pm25.filter { $0.1 == best }.map(\.0))
            c[.pm25TopChange] = changePhrase(best)
            c[.pm25TopDown] = best.isNegative
        }
        if let bottom = improvement.last {
            c[.bottom] = list(improvement.filter { $0.rank == bottom.rank }.map(\.area))
            c[.bottomChange] = changePhrase(bottom.change)
        }
        blocks.append(.paragraph([Inline(wording.render("improvement_summary", c))]))
        caption("improvement_caption")
        let header = wording.columns("improvement_table_header")
        let none = wording.render("no_value")
        let body = improvement.map { r in
            [
                wording.render("rank_cell", [.rank: r.rank, .tied: r.tied]), r.area, r.now.description,
                r.lastYear.description, Self.signed(r.change), r.pm25Change.map(Self.signed) ?? none,
            ]
        }
        blocks.append(
            .table(Table(header: header, rows: body, alignments: Array(repeating: .center, count: header.count))))
    }

    private mutating func warningSection() {
        let warned = warnedPlaces
        guard settings.warnLast > 0, !warned.isEmpty else { return }
        heading("section_warning")
        var c = periodContext
        c[.warnedAreas] = list(warned.map(\.area))
        c[.warnedCount] = warned.count
        blocks.append(.paragraph([Inline(wording.render("warning", c))]))
    }
}
