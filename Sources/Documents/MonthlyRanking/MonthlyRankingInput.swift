import AirQuality
import ReportModel

/// Everything a 月排名 is written from: the month's statistics per area, the months it is
/// compared with, and the facts of issue.
public struct MonthlyRankingInput: Sendable {
    /// The ranked month.
    public var month: YearMonth
    /// Statistics of every area with data in the month (valid or not), in the order to list
    /// unranked areas.
    public var areas: [AreaMonth]
    /// The month before, for the rank change (排名变化); empty when not available.
    public var previous: [AreaMonth]
    /// The same month a year earlier, for 同比 and the improvement ranking; empty when not available.
    public var lastYear: [AreaMonth]
    /// The whole city this month (全市), when known.
    public var city: AreaMonth?
    /// The whole city a year earlier, when known.
    public var cityLastYear: AreaMonth?
    /// 期号; nil = the month number.
    public var issueNumber: Int?
    /// 印发日期; the first day of the following month by default.
    public var issueDate: CivilDate
    /// Where the data come from, as printed in the source note (数据来源).
    public var dataSource: String

    public init(
        month: YearMonth, areas: [AreaMonth], previous: [AreaMonth] = [], lastYear: [AreaMonth] = [],
        city: AreaMonth? = nil, cityLastYear: AreaMonth? = nil, issueNumber: Int? = nil, issueDate: CivilDate? = nil,
        dataSource: String
    ) {
        self.month = month
        self.areas = areas
        self.previous = previous
        self.lastYear = lastYear
        self.city = city
        self.cityLastYear = cityLastYear
        self.issueNumber = issueNumber
        let next = month.month == 12 ? YearMonth(year: month.year + 1, month: 1) : YearMonth(year: month.year, month: month.month + 1)
        self.issueDate = issueDate ?? next?.first ?? month.last
        self.dataSource = dataSource
    }
}
