/// A calendar month, `2016-12`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year.
    public var year: Int
    /// Month 1…12.
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `2016-12`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    /// The month a date falls in.
    public init(containing date: CivilDate) {
        self.year = date.year
        self.month = date.month
    }

    /// First day.
    public var first: CivilDate { CivilDate(year: year, month: month, day: 1)! }  // month is 1…12
    /// Last day.
    public var last: CivilDate { CivilDate(year: year, month: month, day: dayCount)! }
    /// Number of days.
    public var dayCount: Int { CivilDate.daysIn(month: month, year: year) }
    /// The month before.
    public var previous: YearMonth { month == 1 ? YearMonth(year: year - 1, month: 12)! : YearMonth(year: year, month: month - 1)! }
    /// The same month a year earlier (同比).
    public var sameMonthLastYear: YearMonth { YearMonth(year: year - 1, month: month)! }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

}
