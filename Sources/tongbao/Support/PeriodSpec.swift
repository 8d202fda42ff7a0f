import Foundation
import ReportModel

/// `--week 2017-W46 | last | this` and `--month 2016-12 | last | this`, resolved against the clock
/// in the office's time zone (Asia/Shanghai by default). The only place that reads the clock.
enum PeriodSpec {
    static func today(timeZone identifier: String) throws(CLIError) -> CivilDate {
        guard let tz = TimeZone(identifier: identifier) else {
            throw CLIError(.usage, "--tz \(identifier): unknown time zone (e.g. Asia/Shanghai)")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = tz
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        guard let y = parts.year, let m = parts.month, let d = parts.day, let date = CivilDate(year: y, month: m, day: d) else {
            throw CLIError(.usage, "cannot read today's date")
        }
        return date
    }

    static func week(_ text: String, timeZone: String) throws(CLIError) -> ISOWeek {
        switch text.lowercased() {
        case "this": return ISOWeek(containing: try today(timeZone: timeZone))
        case "last": return ISOWeek(containing: try today(timeZone: timeZone)).previous
        default:
            guard let w = ISOWeek(text) else {
                throw CLIError(.usage, "--week \(text): not an ISO week; use YYYY-Www (e.g. 2017-W46, weeks 01–52/53), 'last' or 'this'")
            }
            return w
        }
    }

    static func month(_ text: String, timeZone: String) throws(CLIError) -> YearMonth {
        switch text.lowercased() {
        case "this": return YearMonth(containing: try today(timeZone: timeZone))
        case "last": return YearMonth(containing: try today(timeZone: timeZone)).previous
        default:
            guard let m = YearMonth(text) else {
                throw CLIError(.usage, "--month \(text): not a month; use YYYY-MM (e.g. 2016-12), 'last' or 'this'")
            }
            return m
        }
    }
}
