import LayoutSpec

/// The variables the 周通报's templates may use (`{{unit_count}}`): typed in Swift, so a
/// misspelt one does not compile, and declared per `[texts]` key below, so a layout that uses
/// one its text does not have is refused when it loads.
public enum WeeklyVariable: String, WordingVariable {
    case year, month, day, week, from, to, number
    case issueYear = "issue_year"
    case unitCount = "unit_count", itemCount = "item_count", meetingCount = "meeting_count"
    case measureCount = "measure_count", targetCount = "target_count", hasTargets = "has_targets"
    case ordinal, unit, text
    case date
    case timeOfDay = "time_of_day"
    case meeting, headline, summary, lead, sentences, requirements, later
    case requirementsIntro = "requirements_intro"
    case points
    case measures
    case rowCount = "row_count", hasDeadlines = "has_deadlines"
    case new, rectified, overdue
    case areaCount = "area_count"
    case id, area, category, description, times, found, best, worst
}

/// The 周通报 as a document kind of the layout: its `[weekly]` table and its `[texts]`.
extension WeeklyNotice: DocumentKind {
    public static let table = "weekly"

    typealias V = WeeklyVariable

    /// The variables of the period: `year`, `week`, `from`, `to` (月日), `number` (期号), `issue_year`.
    static let period: [V] = [.year, .week, .from, .to, .number, .issueYear]
    /// The variables an entry's lead has (what is known of the item before its sentences).
    static let entry: [V] = [.unit, .date, .timeOfDay, .meeting, .headline, .summary]
    /// The variables of a date.
    static let date: [V] = [.year, .month, .day]

    public static let texts: [TextKey] = [
        .init("date", date), .init("month_day", date), .init("print_date", date),
        .init("issue_line", period), .init("title", period), .init("empty_week", period),
        .init("opening", period + [.unitCount, .itemCount, .meetingCount, .measureCount, .targetCount, .hasTargets]),
        .init("unknown_unit"), .init("list_separator"),
        .init("section_activity"), .init("unit_heading", [V.ordinal, .unit]),
        .init("requirement_item", [V.ordinal, .text]), .init("sub_points", [V.text, .points]),
        .init("headed_points", [V.requirementsIntro]), .init("measure_item", [V.text]), .init("measure_separator"),
        .init("entry", entry + [.lead, .sentences, .requirements, .requirementsIntro, .later, .measures]),
        .init("lead_dated", entry + [.text]), .init("lead_fallback", entry), .init("requirements_intro"),
        .init("speech_requirements_intro"),
        .init("section_measures"), .init("measures_opening", [V.rowCount, .hasTargets, .hasDeadlines]),
        .init("measures_table_header"), .init("measures_none"),
        .init("section_inspection"), .init("inspection_opening", [V.new, .rectified, .overdue, .areaCount]),
        .init("inspection_table_header"),
        .init("inspection_repeated", [V.id, .area, .category, .description, .times, .found]),
        .init("section_air"), .init("air_opening", [V.areaCount, .best, .worst]), .init("air_table_header"),
        .init("appendix_label"), .init("appendix_caption"), .init("appendix_table_header"),
        .init("trace_label"), .init("trace_caption"), .init("trace_table_header"),
    ]

    public static func requiredTexts(for settings: WeeklyNoticeSettings.Table, texts: [String: String]) -> [String] {
        requiredTexts
    }
}

extension WeeklyVariable: DateVariables {}

/// The values of one 周通报 template.
typealias WeeklyContext = WordingContext<WeeklyVariable>
