import ReportModel

/// One area's statistics for one month (HJ 663): the six concentration statistics, the
/// composite index, good days and whether the month has enough daily values to be assessed.
public struct AreaMonth: Sendable, Equatable {
    /// Area (district, county, city, station).
    public var area: String
    /// The month.
    public var month: YearMonth
    /// Monthly statistic per pollutant, rounded (integers; CO 1 decimal): the mean of daily
    /// values for SO2, NO2, PM10, PM2.5; the 95th percentile for CO; the 90th percentile of
    /// the daily max 8-hour mean for O3. Absent when the month has no daily value.
    public var concentrations: [Pollutant: FixedDecimal]
    /// Number of valid daily values per pollutant.
    public var dayCounts: [Pollutant: Int]
    /// Daily values needed per pollutant: 27, February 25.
    public var requiredDays: Int
    /// Single indices Ii = Ci/Si rounded to 2 decimals (for display; Isum is summed exactly).
    public var indices: [Pollutant: FixedDecimal]
    /// Composite index Isum (综合指数), 2 decimals; nil unless all six statistics exist.
    public var isum: FixedDecimal?
    /// 首要污染物 of the month: largest Ii (ties: several, table order).
    public var primaryPollutants: [Pollutant]
    /// Days with all six daily values (valid for the AQI).
    public var validDays: Int
    /// Valid days with AQI ≤ 100 (优良天数).
    public var goodDays: Int
    /// 优良天数比例 in percent, 1 decimal; nil without valid days.
    public var goodRatio: FixedDecimal?
    /// Valid days per AQI category.
    public var categoryDays: [AQICategory: Int]
    /// True when every pollutant has at least `requiredDays` daily values.
    public var isValid: Bool
    /// Why the month is not valid, e.g. `pm25 has 20 daily values, 27 needed`.
    public var invalidReason: String?

    /// 重污染天数: valid days with AQI > 200.
    public var heavyDays: Int {
        categoryDays.filter { $0.key.isHeavy }.reduce(0) { $0 + $1.value }
    }

    /// The statistic of one pollutant.
    public subscript(pollutant: Pollutant) -> FixedDecimal? { concentrations[pollutant] }

    public init(
        area: String, month: YearMonth, concentrations: [Pollutant: FixedDecimal], dayCounts: [Pollutant: Int],
        requiredDays: Int, indices: [Pollutant: FixedDecimal], isum: FixedDecimal?, primaryPollutants: [Pollutant],
        validDays: Int, goodDays: Int, goodRatio: FixedDecimal?, categoryDays: [AQICategory: Int], isValid: Bool,
        invalidReason: String?
    ) {
        self.area = area
        self.month = month
        self.concentrations = concentrations
        self.dayCounts = dayCounts
        self.requiredDays = requiredDays
        self.indices = indices
        self.isum = isum
        self.primaryPollutants = primaryPollutants
        self.validDays = validDays
        self.goodDays = goodDays
        self.goodRatio = goodRatio
        self.categoryDays = categoryDays
        self.isValid = isValid
        self.invalidReason = invalidReason
    }
}
