/// An ISO 8601 week, `2017-W46` (Monday to Sunday).
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// ISO week-numbering year.
    public var year: Int
    /// Week 1…52 or 53.
    public var week: Int

    /// Nil for weeks the year does not have (2017-W54, 2017-W53).
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses `2017-W46` (also `2017W46`).
    public init?(_ text: String) {
        let t = String(text.uppercased().filter { $0 != "-" })
        let parts = t.split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), (1...2).contains(parts[1].count),
            let w = Int(parts[1])
        else { return nil }
        self.init(year: y, week: w)
    }

    /// The week a date falls in.
    public init(containing date: CivilDate) {
        let thursday = date.adding(days: 4 - date.isoWeekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!  // always valid
        self.year = thursday.year
        self.week = (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1
    }

    /// Monday of the week.
    public var monday: CivilDate {
        let jan4 = CivilDate(year: year, month: 1, day: 4)!  // always valid
        return jan4.adding(days: 1 - jan4.isoWeekday + (week - 1) * 7)
    }

    /// Sunday of the week.
    public var sunday: CivilDate { monday.adding(days: 6) }

    /// Whether the date lies in this week.
    public func contains(_ date: CivilDate) -> Bool { ISOWeek(containing: date) == self }

    /// The week before.
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }

    /// `2017-W46`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    /// 52 or 53.
    public static func weeksIn(year: Int) -> Int {
        guard let dec28 = CivilDate(year: year, month: 12, day: 28) else { return 52 }
        return ISOWeek(containing: dec28).week
    }

}
