import AirQuality
import ReportModel

/// Everything a 周通报 is written from: the week, its briefings, and what the store knows.
public struct WeeklyNoticeInput: Sendable {
    /// The reported week.
    public var week: ISOWeek
    /// 期号, numbered per year by the store; nil when there is no store (the week number is used).
    public var issueNumber: Int?
    /// The week's briefings (already filtered to the week).
    public var briefings: [Briefing]
    /// The day the notice is issued (印发日期); the Monday after the week by default.
    public var issueDate: CivilDate
    /// Inspection ledger figures, when a ledger is loaded.
    public var inspection: InspectionSummary?
    /// Per-area air quality of the week, when data covers it.
    public var airQuality: [PeriodAirSummary]

    public init(
        week: ISOWeek, issueNumber: Int? = nil, briefings: [Briefing], issueDate: CivilDate? = nil,
        inspection: InspectionSummary? = nil, airQuality: [PeriodAirSummary] = []
    ) {
        self.week = week
        self.issueNumber = issueNumber
        self.briefings = briefings
        self.issueDate = issueDate ?? week.sunday.adding(days: 1)
        self.inspection = inspection
        self.airQuality = airQuality
    }
}

/// The week's inspection figures per area (督查发现问题).
public struct InspectionSummary: Sendable, Equatable {
    /// One area's counts.
    public struct AreaCounts: Sendable, Equatable {
        /// Area.
        public var area: String
        /// Problems found this week.
        public var new: Int
        /// Problems rectified or closed this week.
        public var rectified: Int
        /// Open problems past their deadline at the week's end.
        public var overdue: Int

        public init(area: String, new: Int, rectified: Int, overdue: Int) {
            self.area = area
            self.new = new
            self.rectified = rectified
            self.overdue = overdue
        }
    }

    /// Counts per area, in the order to print.
    public var areas: [AreaCounts]
    /// Problems notified twice or more and still not rectified (多次通报仍整改不到位).
    public var repeated: [Problem]

    public init(areas: [AreaCounts], repeated: [Problem]) {
        self.areas = areas
        self.repeated = repeated
    }
}
