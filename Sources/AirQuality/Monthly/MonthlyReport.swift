import ReportModel

/// Everything a monthly ranking (月排名) shows, computed from daily values: each area's
/// statistics, its place in the ranking (with the change against the previous month), its
/// 同比 change against the same month a year earlier, and the same for the whole city.
/// The CLI's `airquality monthly --json` and the MonthlyRanking document both use it.
public struct MonthlyReport: Sendable, Equatable {
    /// One area (or the city).
    public struct Row: Sendable, Equatable {
        /// The month's statistics.
        public var statistics: AreaMonth
        /// Its place; nil when not ranked (invalid month, no value, or the city row).
        public var place: RankedArea?
        /// The same month a year earlier, when the data hold it.
        public var lastYear: AreaMonth?
        /// 综合指数同比变化率, percent with 1 decimal; nil unless both months are valid.
        public var isumChange: FixedDecimal?
        /// PM2.5 同比变化率, percent with 1 decimal; nil unless both months are valid.
        public var pm25Change: FixedDecimal?

        public init(statistics: AreaMonth, place: RankedArea? = nil, lastYear: AreaMonth? = nil) {
            self.statistics = statistics
            self.place = place
            self.lastYear = lastYear
            if let ly = lastYear, ly.isValid, statistics.isValid {
                if let a = ly.isum, let b = statistics.isum { isumChange = ChangeRate.percent(from: a, to: b) }
                if let a = ly[.pm25], let b = statistics[.pm25] { pm25Change = ChangeRate.percent(from: a, to: b) }
            }
        }
    }

    /// The month.
    public var month: YearMonth
    /// What the ranking is by.
    public var measure: RankingMeasure
    /// Ranked areas by rank, then the unranked ones in area order.
    public var rows: [Row]
    /// The whole city, when there are city values.
    public var city: Row?

    /// Builds the report. `areaDays` and `cityDays` should cover the month, the month before
    /// (for rank change) and the same month last year (for 同比); missing ones leave those
    /// fields nil.
    public init(
        areaDays: [AreaDay], cityDays: [AreaDay], month: YearMonth, by measure: RankingMeasure = .compositeIndex,
        thenBy: [RankingMeasure] = [], warnLast: Int = 0
    ) {
        let areas = MonthlyStatistics.compute(days: areaDays, month: month)
        let previous = MonthlyStatistics.compute(days: areaDays, month: month.previous)
        let lastYear = Dictionary(
            MonthlyStatistics.compute(days: areaDays, month: month.sameMonthLastYear).map { ($0.area, $0) },
            uniquingKeysWith: { a, _ in a })
        let ranking = Ranking.rank(areas, by: measure, thenBy: thenBy, previous: previous, warnLast: warnLast)
        let byArea = Dictionary(areas.map { ($0.area, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = ranking.compactMap { r in
            byArea[r.area].map { Row(statistics: $0, place: r, lastYear: lastYear[r.area]) }
        }
        let ranked = Set(ranking.map(\.area))
        rows += areas.filter { !ranked.contains($0.area) }.map { Row(statistics: $0, lastYear: lastYear[$0.area]) }
        self.month = month
        self.measure = measure
        self.rows = rows
        self.city = MonthlyStatistics.compute(days: cityDays, month: month).first.map {
            Row(statistics: $0, lastYear: MonthlyStatistics.compute(days: cityDays, month: month.sameMonthLastYear).first)
        }
    }

    /// Builds the report from the daily values of areas and city.
    public init(
        daily: DailyValues, month: YearMonth, by measure: RankingMeasure = .compositeIndex,
        thenBy: [RankingMeasure] = [], warnLast: Int = 0
    ) {
        self.init(
            areaDays: daily.areas, cityDays: daily.city, month: month, by: measure, thenBy: thenBy, warnLast: warnLast)
    }

    /// True when at least one area or the city has a valid month.
    public var hasValidMonth: Bool { rows.contains { $0.statistics.isValid } || city?.statistics.isValid == true }
}
