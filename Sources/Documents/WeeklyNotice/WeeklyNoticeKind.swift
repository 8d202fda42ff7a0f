import LayoutSpec

/// The 周通报 as a document kind of the layout: its `[weekly]` table and its `[texts]`.
extension WeeklyNotice: DocumentKind {
    public static let table = "weekly"

    /// The variables of the period: `year`, `week`, `from`, `to` (月日), `number` (期号), `issue_year`.
    static let period = ["year", "week", "from", "to", "number", "issue_year"]
    /// The variables of a date: `year`, `month`, `day`.
    static let date = ["year", "month", "day"]

    public static let texts: [TextKey] = [
        TextKey("date", date), TextKey("month_day", date), TextKey("print_date", date),
        TextKey("issue_line", period), TextKey("title", period), TextKey("empty_week", period),
        TextKey(
            "opening",
            period + ["unit_count", "item_count", "meeting_count", "measure_count", "target_count", "has_targets"]),
        TextKey("unknown_unit"), TextKey("list_separator"),
        TextKey("section_activity"), TextKey("unit_heading", ["ordinal", "unit"]), TextKey("person", ["title", "name"]),
        TextKey("requirement_item", ["ordinal", "text"]), TextKey("measure_item", ["text"]), TextKey("measure_separator"),
        TextKey(
            "entry",
            [
                "unit", "date", "time_of_day", "meeting", "headline", "summary", "chairs", "speakers", "attendees",
                "requirements", "measures",
            ]),
        TextKey("section_measures"), TextKey("measures_opening", ["row_count", "has_targets", "has_deadlines"]),
        TextKey("measures_table_header"), TextKey("measures_none"),
        TextKey("section_inspection"), TextKey("inspection_opening", ["new", "rectified", "overdue", "area_count"]),
        TextKey("inspection_table_header"),
        TextKey("inspection_repeated", ["id", "area", "category", "description", "times", "found"]),
        TextKey("section_air"), TextKey("air_opening", ["area_count", "best", "worst"]), TextKey("air_table_header"),
        TextKey("appendix_label"), TextKey("appendix_caption"), TextKey("appendix_table_header"),
    ]

    public static func requiredTexts(for settings: WeeklyNoticeSettings.Table, texts: [String: String]) -> [String] {
        requiredTexts
    }
}
