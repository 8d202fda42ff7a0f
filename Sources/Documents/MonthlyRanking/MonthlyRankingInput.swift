import AirQuality
import ReportModel

/// Everything a 月排名 is written from: the month's `MonthlyReport` (statistics, places, rank
/// change and 同比 of every area and of the city — the same value `airquality monthly` prints)
/// and the facts of issue.
public struct MonthlyRankingInput: Sendable {
    /// The month's statistics and ranking. Build it with the layout's measure, tie-breakers and
    /// number of warned places (`MonthlyRankingSettings`).
    public var report: MonthlyReport
    /// 期号; nil = the month number.
    public var issueNumber: Int?
    /// 印发日期; the first day of the following month by default.
    public var issueDate: CivilDate
    /// Where the data come from, as printed in the source note (数据来源).
    public var dataSource: String

    public init(report: MonthlyReport, issueNumber: Int? = nil, issueDate: CivilDate? = nil, dataSource: String) {
        self.report = report
        self.issueNumber = issueNumber
        let month = report.month
        let next =
            month.month == 12
            ? YearMonth(year: month.year + 1, month: 1) : YearMonth(year: month.year, month: month.month + 1)
        self.issueDate = issueDate ?? next?.first ?? month.last
        self.dataSource = dataSource
    }

    /// The month.
    public var month: YearMonth { report.month }
}
