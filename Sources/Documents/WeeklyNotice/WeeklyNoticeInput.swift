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
        /// The ledger rows these counts were made from, each once.
        public var sources: [LedgerRowSource]

        public init(area: String, new: Int, rectified: Int, overdue: Int, sources: [LedgerRowSource] = []) {
            self.area = area
            self.new = new
            self.rectified = rectified
            self.overdue = overdue
            self.sources = sources
        }
    }

    /// Counts per area, in the order to print.
    public var areas: [AreaCounts]
    /// Problems notified twice or more and still not rectified (多次通报仍整改不到位).
    public var repeated: [Problem]

    /// Every problem the counts or the repeated list were made from, each once: the ledger rows
    /// the self-check reads the section against.
    public var problems: [Problem]

    public init(areas: [AreaCounts], repeated: [Problem], problems: [Problem] = []) {
        self.areas = areas
        self.repeated = repeated
        var seen = Set<String>()
        self.problems = (problems + repeated).filter { seen.insert($0.id).inserted }
    }

    /// The section's view of a ledger week: per-area counts of the new, rectified and overdue
    /// problems (areas in order of first mention), each area naming the rows it counted.
    public init(new: [Problem], rectified: [Problem], overdue: [Problem], repeated: [Problem]) {
        var order: [String] = []
        var counts: [String: AreaCounts] = [:]
        for (list, bump) in [(new, \AreaCounts.new), (rectified, \AreaCounts.rectified), (overdue, \AreaCounts.overdue)] {
            for p in list {
                if counts[p.area] == nil {
                    order.append(p.area)
                    counts[p.area] = AreaCounts(area: p.area, new: 0, rectified: 0, overdue: 0)
                }
                counts[p.area]?[keyPath: bump] += 1
                if let s = p.source, counts[p.area]?.sources.contains(s) == false { counts[p.area]?.sources.append(s) }
            }
        }
        self.init(areas: order.compactMap { counts[$0] }, repeated: repeated, problems: new + rectified + overdue)
    }
}
