import Foundation
import ReportModel

/// `--week 2017-W46 | last | this`, `--month 2016-12 | last | this` and dates, resolved against
/// the clock in the office's time zone (Asia/Shanghai by default); the only place that reads the
/// clock. Every period given is checked here: a year outside 1949…2100 is a usage error.
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

    static func week(_ text: String, timeZone: String = "Asia/Shanghai") throws(CLIError) -> ISOWeek {
        let this = { () throws(CLIError) in ISOWeek(containing: try today(timeZone: timeZone)) }
        switch text.lowercased() {
        case "this": return try this()
        case "last": return try this().previous
        default:
            guard let w = ISOWeek(text), CivilDate.plausibleYears.contains(w.year) else {
                throw CLIError(
                    .usage, "--week \(text): not an ISO week; use YYYY-Www (e.g. 2017-W46, weeks 01–52/53, \(years)), 'last' or 'this'")
            }
            return w
        }
    }

    static func month(_ text: String, timeZone: String = "Asia/Shanghai") throws(CLIError) -> YearMonth {
        let this = { () throws(CLIError) in YearMonth(containing: try today(timeZone: timeZone)) }
        switch text.lowercased() {
        case "this": return try this()
        case "last": return try this().previous
        default:
            guard let m = YearMonth(text), CivilDate.plausibleYears.contains(m.year) else {
                throw CLIError(.usage, "--month \(text): not a month; use YYYY-MM (e.g. 2016-12, \(years)), 'last' or 'this'")
            }
            return m
        }
    }

    /// A `YYYY-MM-DD` flag value.
    static func date(_ text: String, flag: String) throws(CLIError) -> CivilDate {
        guard let d = CivilDate(iso: text), CivilDate.plausibleYears.contains(d.year) else {
            throw CLIError(.usage, "\(flag) \(text): not a date; use YYYY-MM-DD (\(years))")
        }
        return d
    }

    static let years = "years \(CivilDate.plausibleYears.lowerBound)…\(CivilDate.plausibleYears.upperBound)"
}
