import AirQuality
import LayoutSpec
import Typesetting

/// The 月排名 as a document kind of the layout: its `[ranking]` table and its `[texts]`.
extension MonthlyRanking: DocumentKind {
    public static let table = "ranking"

    /// The variables of the month (`periodContext`).
    static let period = [
        "year", "month", "number", "issue_year", "last_year", "required_days", "warn_n", "praise_n", "measure", "ascending",
    ]
    /// The opening's variables, on top of the month's.
    static let opening =
        period + [
            "area_count", "ranked_count", "has_ranked", "best", "best_value", "worst", "worst_value", "has_invalid",
            "invalid_areas", "invalid_count", "has_city", "city_pm25", "city_pm10", "city_isum", "city_good_ratio",
            "city_good_days", "city_valid_days", "has_city_yoy", "city_pm25_yoy", "city_pm25_last_year",
            "has_city_isum_yoy", "city_isum_yoy", "pm25_best", "pm25_best_value", "pm25_worst", "pm25_worst_value",
        ]
    /// The ranking summary's and table note's variables.
    static let ranking =
        opening + [
            "has_first", "first_areas", "has_last", "last_areas", "has_moves", "has_previous", "moves", "has_unchanged",
            "unchanged_areas", "has_ties",
        ]
    /// The pollutant summary's variables.
    static let pollutants =
        opening + [
            "has_good", "good_best", "good_best_value", "good_worst", "good_worst_value", "has_heavy", "heavy_count",
            "heavy_areas", "heavy_most", "heavy_most_days", "has_primary", "primary_same", "primary_pollutant",
            "primary_groups",
        ]
    /// The improvement summary's variables.
    static let improvement =
        period + [
            "compared_count", "improved_count", "has_improved", "improved_areas", "worse_count", "has_worse", "many_worse",
            "all_improved", "all_worse", "worse_areas", "top", "top_change", "top_improved", "has_pm25", "pm25_top",
            "pm25_top_change", "pm25_top_down", "bottom", "bottom_change",
        ]
    static let date = ["year", "month", "day"]

    public static let texts: [TextKey] =
        [
            TextKey("date", date), TextKey("print_date", date), TextKey("issue_line", period), TextKey("title", period),
            TextKey("list_separator"), TextKey("clause_separator"), TextKey("section_heading", ["ordinal", "title"]),
            TextKey("change_phrase", ["up", "down", "flat", "value"]), TextKey("opening", opening),
            TextKey("section_ranking", period), TextKey("ranking_summary", ranking),
            TextKey("pollutant_summary", pollutants), TextKey("heavy_item", ["area", "n"]),
            TextKey("primary_item", ["areas", "pollutant"]), TextKey("rank_up_item", ["area", "n"]),
            TextKey("rank_down_item", ["area", "n"]), TextKey("table_caption", period),
            TextKey("rank_cell", ["rank", "tied"]), TextKey("rank_up", ["n"]), TextKey("rank_down", ["n"]),
            TextKey("rank_same"), TextKey("rank_new"), TextKey("invalid_rank"), TextKey("invalid_value"), TextKey("no_value"),
            TextKey("table_note", ranking), TextKey("chart_caption", period), TextKey("chart_axis", period),
            TextKey("chart_note", period), TextKey("section_improvement", period),
            TextKey("improvement_summary", improvement), TextKey("improvement_caption", period),
            TextKey("improvement_table_header"), TextKey("section_warning", period),
            TextKey("warning", period + ["warned_areas", "warned_count"]),
            TextKey("source_note", period + ["source"]), TextKey("source_default"), TextKey("data_note_header"),
            TextKey("data_tied"), TextKey("data_invalid", ["reason", "required_days", "min_days"]),
        ]
        + RankingMeasure.allCases.flatMap { [TextKey("measure_" + $0.rawValue), TextKey("measure_value_" + $0.rawValue, ["value"])] }
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
                "a chart of \(settings.chartHeight) pt is taller than the \(Int(block)) pt text block"
            )
        }
        return nil
    }
}
