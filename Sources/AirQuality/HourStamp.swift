import ReportModel

/// An hour as monitoring data label it: the hour *ending* at `hour`:00 of `date`, 1…24
/// (HJ 663 A.1: a natural day's hourly values are stamped 1:00 … 24:00).
public struct HourStamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The natural day the hour belongs to.
    public var date: CivilDate
    /// 1…24: the hour ending at this clock hour (24 = midnight at the end of `date`).
    public var hour: Int

    /// Nil unless `hour` is 1…24.
    public init?(date: CivilDate, hourEnding hour: Int) {
        guard (1...24).contains(hour) else { return nil }
        self.date = date
        self.hour = hour
    }

    /// From a clock reading 0…24 that stamps the end of the hour: 0:00 is 24:00 of the day before
    /// (PRSA row hour 0, CNEMC `T00:00:00`). Nil outside 0…24.
    public init?(clockDate: CivilDate, clockHour: Int) {
        switch clockHour {
        case 0: self.init(date: clockDate.adding(days: -1), hourEnding: 24)
        case 1...24: self.init(date: clockDate, hourEnding: clockHour)
        default: return nil
        }
    }

    /// The stamp as a clock time, `2017-07-07T16:00`; hour 24 prints as 00:00 of the next day.
    public var description: String {
        let (d, h) = hour == 24 ? (date.adding(days: 1), 0) : (date, hour)
        return "\(d.iso)T\(h < 10 ? "0" : "")\(h):00"
    }

    public static func < (a: HourStamp, b: HourStamp) -> Bool { (a.date, a.hour) < (b.date, b.hour) }
}
