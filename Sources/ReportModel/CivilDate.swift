/// A calendar date without time zone (proleptic Gregorian).
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2017.
    public var year: Int
    /// Month 1…12.
    public var month: Int
    /// Day 1…31.
    public var day: Int

    /// Nil when the fields do not name a real day (2月30日, 13月).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before).
    public init(daysSinceEpoch z0: Int) {
        // Howard Hinnant's civil_from_days.
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The date `n` days later (earlier when negative).
    public func adding(days n: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Every date the reader makes fits ten ASCII bytes; writing them directly costs a tenth of the
        // padded interpolation, which stays for the rest (negative or five-digit years, odd fields).
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            let y = year, m = month, d = day
            return String(unsafeUninitializedCapacity: 10) { buf in
                // buf has capacity 10 and exactly indices 0...9 are written.
                let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
                buf[0] = zero &+ UInt8(y / 1000)
                buf[1] = zero &+ UInt8(y / 100 % 10)
                buf[2] = zero &+ UInt8(y / 10 % 10)
                buf[3] = zero &+ UInt8(y % 10)
                buf[4] = dash
                buf[5] = zero &+ UInt8(m / 10)
                buf[6] = zero &+ UInt8(m % 10)
                buf[7] = dash
                buf[8] = zero &+ UInt8(d / 10)
                buf[9] = zero &+ UInt8(d % 10)
                return 10
            }
        }
        func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

}
