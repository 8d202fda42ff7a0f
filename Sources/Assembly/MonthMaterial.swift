import AirQuality
import Documents
import FileAccess
import Foundation
import ReportModel
import ReportStore
import Typesetting

/// What a monthly ranking (月排名) is made from: the month's report ranked as the layout says,
/// from daily values of files or of the store.
public struct MonthMaterial: Sendable {
    public var input: MonthlyRankingInput
    /// The daily values it was computed from (for `--days-csv`).
    public var daily: DailyValues
    /// A warning for every area listed but not ranked.
    public var notAssessed: [Diagnostic]

    /// Ranks `month` of `daily` (which should cover a year before it, for 同比 and the rank
    /// change); refuses a month with nothing to rank. `source` names where the values came from.
    public static func rank(
        _ daily: DailyValues, month: YearMonth, settings: MonthlyRankingSettings, issueNumber: Int?, issueDate: CivilDate?,
        dataSource: String, source: String, fromStore: Bool
    ) throws(MonthlyReport.NotRankable) -> MonthMaterial {
        let report = MonthlyReport(
            daily: daily, month: month, by: settings.measure, thenBy: settings.thenBy, warnLast: settings.warnLast)
        do { try report.requireRanking(source: source) } catch {
            guard error.noValues && fromStore else { throw error }
            throw .init(noValues: true, description: error.description + " (import them with `tongbao import --air`)")
        }
        let input = MonthlyRankingInput(report: report, issueNumber: issueNumber, issueDate: issueDate, dataSource: dataSource)
        return MonthMaterial(input: input, daily: daily, notAssessed: report.notAssessed(file: source))
    }

    /// The stored area days from a year before `month` to its end: each area is its own site, the
    /// city their daily mean.
    public static func storedDays(_ db: ReportStore, month: YearMonth) throws(StoreError) -> DailyValues {
        DailyValues(dataset: AirDataset(days: try db.areaDays(in: month.sameMonthLastYear.first...month.last)), cityName: "city")
    }

    /// `monthly-2016-12`, or `monthly-2016-12-meeting` for `monthly-ranking-meeting.toml`.
    public static func fileName(_ month: YearMonth, layout name: String) -> String {
        let base = "monthly-\(month)"
        if name == "monthly-ranking" || name.isEmpty { return base }
        let prefix = "monthly-ranking-"
        return base + "-" + (name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name)
    }

    /// The notice's content, and the ranking table as data when `tables` is asked for.
    public func publication(settings: MonthlyRankingSettings, texts: [String: String], tables: Bool) throws
        -> (content: ContentDocument, data: RankingData?)
    {
        let content = try MonthlyRanking.build(input, settings: settings, texts: texts)
        return (content, tables ? try RankingData.build(input, settings: settings, texts: texts) : nil)
    }

    /// Stages the ranking table as CSV and as a workbook (its sheet named for the month), and the
    /// daily values it was computed from, where asked.
    public func stageTables(_ data: RankingData?, csv: URL?, xlsx: URL?, days: URL?, in delivery: Delivery) throws {
        let month = input.report.month
        if let csv, let data { try delivery.stage(csv, data: data.csv) }
        if let xlsx, let data { try delivery.stage(xlsx, data: data.workbook(sheetName: month.description, date: input.issueDate)) }
        if let days { try delivery.stage(days, data: DaysTable.csv(daily.areas, month: month)) }
    }
}
