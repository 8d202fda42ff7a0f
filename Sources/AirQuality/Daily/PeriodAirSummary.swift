import ReportModel

/// One area's air quality over a short period (a week): mean daily AQI and 优良天数, from the
/// area's complete days only (a day missing a pollutant has no daily AQI).
public struct PeriodAirSummary: Sendable, Equatable {
    /// Area.
    public var area: String
    /// Mean of the daily AQI values, rounded half to even (GB/T 8170).
    public var meanAQI: Int
    /// Days with AQI ≤ 100.
    public var goodDays: Int
    /// Days with a daily AQI.
    public var validDays: Int

    public init(area: String, meanAQI: Int, goodDays: Int, validDays: Int) {
        self.area = area
        self.meanAQI = meanAQI
        self.goodDays = goodDays
        self.validDays = validDays
    }

    /// Summaries per area, in order of first appearance; areas without a valid day are left out.
    public static func compute(_ days: [AreaDay]) -> [PeriodAirSummary] {
        var order: [String] = []
        var aqis: [String: [Int]] = [:]
        for day in days {
            if aqis[day.area] == nil {
                order.append(day.area)
                aqis[day.area] = []
            }
            if day.isComplete, let result = AQI.daily(day) { aqis[day.area, default: []].append(result.aqi) }
        }
        return order.compactMap { area in
            guard let values = aqis[area], !values.isEmpty else { return nil }
            let mean = Ratio(values.reduce(0, +), values.count).rounded(decimals: 0)
            return PeriodAirSummary(
                area: area, meanAQI: mean.units, goodDays: values.filter { $0 <= 100 }.count,
                validDays: values.count)
        }
    }
}
