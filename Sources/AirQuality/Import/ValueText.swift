import Foundation
import ReportModel
import WordLists

/// How monitoring files write values, dates and gaps.
enum ValueText {
    /// The ways files write "no value".
    static let missingMarks: Set<String> = Set([""] + WordLists.list("missing-marks", in: .module))
    /// Between a date's year, month and day (Words/date-separators.txt).
    static let dateSeparators = Set(WordLists.characters("date-separators", in: .module))

    /// True when the cell means "no value".
    static func isMissing(_ text: String) -> Bool {
        missingMarks.contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A date written `2016-01-05`, `2016/1/5`, `20160105`, `2016年1月5日`, or an Excel serial day
    /// number (as .xlsx cells hold dates). Any time part after a space or `T` is ignored.
    static func date(_ text: String) -> CivilDate? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if let cut = t.firstIndex(where: { $0 == " " || $0 == "T" }) { t = String(t[..<cut]) }
        if let serial = Double(t), serial == serial.rounded(), serial > 20_000, serial < 80_000 {
            // Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug already absorbed).
            return CivilDate(year: 1899, month: 12, day: 30)?.adding(days: Int(serial))
        }
        if t.count == 8, t.allSatisfy(\.isASCII), let y = Int(t.prefix(4)), let m = Int(t.dropFirst(4).prefix(2)),
            let d = Int(t.suffix(2))
        {
            return day(y, m, d)
        }
        let parts = t.split(whereSeparator: { dateSeparators.contains($0) }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return day(y, m, d)
    }

    /// The day, when it exists and its year is plausible for monitoring data (1949…2100): a year
    /// of eighteen nines is an unreadable time, not a date whose arithmetic overflows.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate? {
        guard CivilDate.plausibleYears.contains(year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// A date-time `2017-07-07T16:00:00`, `2017-01-01 01:00`, `2017/1/1 1:00` → date and clock hour.
    static func dateTime(_ text: String) -> (date: CivilDate, hour: Int)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let cut = t.firstIndex(where: { $0 == " " || $0 == "T" }), let d = date(String(t[..<cut])) else {
            return nil
        }
        let clock = t[t.index(after: cut)...].trimmingCharacters(in: .whitespaces)
        guard let h = Int(clock.split(separator: ":").first ?? "") else { return nil }
        if clock.contains(":"), let minutes = clock.split(separator: ":").dropFirst().first, Int(minutes) != 0 {
            return nil
        }
        return (d, h)
    }
}
