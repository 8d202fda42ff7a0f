import AirQuality
import LayoutSpec
import Typesetting

/// The variables the 月排名's templates may use (`{{ranked_count}}`): typed in Swift, so a
/// misspelt one does not compile, and declared per `[texts]` key below, so a layout that uses
/// one its text does not have is refused when it loads.
public enum RankingVariable: String, WordingVariable {
    // the month (every text of a part has these)
    case year, month, day, number
    case issueYear = "issue_year", lastYear = "last_year", requiredDays = "required_days"
    case warnN = "warn_n", praiseN = "praise_n", measure, ascending
    // the opening
    case areaCount = "area_count", rankedCount = "ranked_count", hasRanked = "has_ranked", best
    case bestValue = "best_value", worst, worstValue = "worst_value", hasInvalid = "has_invalid"
    case invalidAreas = "invalid_areas", invalidCount = "invalid_count", hasCity = "has_city"
    case cityPM25 = "city_pm25", cityPM10 = "city_pm10", cityIsum = "city_isum"
    case cityGoodRatio = "city_good_ratio", cityGoodDays = "city_good_days", cityValidDays = "city_valid_days"
    case hasCityYoY = "has_city_yoy", cityPM25YoY = "city_pm25_yoy", cityPM25LastYear = "city_pm25_last_year"
    case hasCityIsumYoY = "has_city_isum_yoy", cityIsumYoY = "city_isum_yoy"
    case pm25Best = "pm25_best", pm25BestValue = "pm25_best_value", pm25Worst = "pm25_worst"
    case pm25WorstValue = "pm25_worst_value"
    // the ranking summary and the table note
    case hasFirst = "has_first", firstAreas = "first_areas", hasLast = "has_last", lastAreas = "last_areas"
    case hasMoves = "has_moves", hasPrevious = "has_previous", moves, hasUnchanged = "has_unchanged"
    case unchangedAreas = "unchanged_areas", hasTies = "has_ties"
    // the pollutant summary
    case hasGood = "has_good", goodBest = "good_best", goodBestValue = "good_best_value", goodWorst = "good_worst"
    case goodWorstValue = "good_worst_value", hasHeavy = "has_heavy", heavyCount = "heavy_count"
    case heavyAreas = "heavy_areas", heavyMost = "heavy_most", heavyMostDays = "heavy_most_days"
    case hasPrimary = "has_primary", primarySame = "primary_same", primaryPollutant = "primary_pollutant"
    case primaryGroups = "primary_groups"
    // the improvement summary
    case comparedCount = "compared_count", improvedCount = "improved_count", hasImproved = "has_improved"
    case improvedAreas = "improved_areas", worseCount = "worse_count", hasWorse = "has_worse"
    case manyWorse = "many_worse", allImproved = "all_improved", allWorse = "all_worse", worseAreas = "worse_areas"
    case top, topChange = "top_change", topImproved = "top_improved", hasPM25 = "has_pm25", pm25Top = "pm25_top"
    case pm25TopChange = "pm25_top_change", pm25TopDown = "pm25_top_down", bottom, bottomChange = "bottom_change"
    // the warning, the source note
    case warnedAreas = "warned_areas", warnedCount = "warned_count", source
    // items and cells
    case ordinal, title, up, down, flat, value, area, areas, n, pollutant, rank, tied
    case reason, minDays = "min_days"
}

/// The 月排名 as a document kind of the layout: its `[ranking]` table and its `[texts]`.
extension MonthlyRanking: DocumentKind {
    public static let table = "ranking"

    typealias V = RankingVariable

    /// The variables of the month (`periodContext`).
    static let period: [V] = [
        .year, .month, .number, .issueYear, .lastYear, .requiredDays, .warnN, .praiseN, .measure, .ascending,
    ]
    /// The opening's variables, on top of the month's.
    static let opening: [V] =
        period + [
            .areaCount, .rankedCount, .hasRanked, .best, .bestValue, .worst, .worstValue, .hasInvalid, .invalidAreas,
            .invalidCount, .hasCity, .cityPM25, .cityPM10, .cityIsum, .cityGoodRatio, .cityGoodDays, .cityValidDays,
            .hasCityYoY, .cityPM25YoY, .cityPM25LastYear, .hasCityIsumYoY, .cityIsumYoY, .pm25Best, .pm25BestValue,
            .pm25Worst, .pm25WorstValue,
        ]
    /// The ranking summary's and table note's variables.
    static let ranking: [V] =
        opening + [
            .hasFirst, .firstAreas, .hasLast, .lastAreas, .hasMoves, .hasPrevious, .moves, .hasUnchanged, .unchangedAreas,
            .hasTies,
        ]
    /// The pollutant summary's variables.
    static let pollutants: [V] =
        opening + [
            .hasGood, .goodBest, .goodBestValue, .goodWorst, .goodWorstValue, .hasHeavy, .heavyCount, .heavyAreas,
            .heavyMost, .heavyMostDays, .hasPrimary, .primarySame, .primaryPollutant, .primaryGroups,
        ]
    /// The improvement summary's variables.
    static let improvement: [V] =
        period + [
            .comparedCount, .improvedCount, .hasImproved, .improvedAreas, .worseCount, .hasWorse, .manyWorse, .allImproved,
            .allWorse, .worseAreas, .top, .topChange, .topImproved, .hasPM25, .pm25Top, .pm25TopChange, .pm25TopDown,
            .bottom, .bottomChange,
        ]
    static let date: [V] = [.year, .month, .day]

    public static let texts: [TextKey] =
        [
            .init("date", date), .init("print_date", date), .init("issue_line", period), .init("title", period),
            .init("list_separator"), .init("clause_separator"), .init("section_heading", [V.ordinal, .title]),
            .init("change_phrase", [V.up, .down, .flat, .value]), .init("opening", opening),
            .init("section_ranking", period), .init("ranking_summary", ranking), .init("pollutant_summary", pollutants),
            .init("heavy_item", [V.area, .n]), .init("primary_item", [V.areas, .pollutant]),
            .init("rank_up_item", [V.area, .n]), .init("rank_down_item", [V.area, .n]), .init("table_caption", period),
            .init("rank_cell", [V.rank, .tied]), .init("rank_up", [V.n]), .init("rank_down", [V.n]), .init("rank_same"),
            .init("rank_new"), .init("invalid_rank"), .init("invalid_value"), .init("no_value"),
            .init("table_note", ranking), .init("chart_caption", period), .init("chart_axis", period),
            .init("chart_note", period), .init("section_improvement", period), .init("improvement_summary", improvement),
            .init("improvement_caption", period), .init("improvement_table_header"), .init("section_warning", period),
            .init("warning", period + [.warnedAreas, .warnedCount]), .init("source_note", period + [.source]),
            .init("source_default"), .init("data_note_header"), .init("data_tied"),
            .init("data_invalid", [V.reason, .requiredDays, .minDays]),
        ]
        + RankingMeasure.allCases.flatMap {
            [TextKey("measure_" + $0.rawValue), TextKey("measure_value_" + $0.rawValue, [V.value])]
        }
        + MonthlyRankingSettings.Column.allCases.flatMap { [TextKey("col_" + $0.rawValue), TextKey("data_col_" + $0.rawValue)] }

    /// The parts' texts, the data table's (`--csv`, `--xlsx`), and the items of the pollutant
    /// summary when the layout has one.
    public static func requiredTexts(for settings: MonthlyRankingSettings, texts: [String: String]) -> [String] {
        requiredTexts(settings) + RankingData.requiredTexts
            + (texts["pollutant_summary"] == nil ? [] : ["heavy_item", "primary_item"])
    }

    /// The chart fits the text block.
    public static func check(_ settings: MonthlyRankingSettings, in layout: Layout) -> (key: String, message: String)? {
        let block = layout.page.blockHeight
        guard settings.chartHeight <= block else {
            return (
                "ranking.chart_height_pt",
                "a chart of \(Rule.format(settings.chartHeight)) pt is taller than the \(Int(block)) pt text block"
            )
        }
        return nil
    }
}

extension RankingVariable: DateVariables {}

/// The values of one 月排名 template.
typealias RankingContext = WordingContext<RankingVariable>
