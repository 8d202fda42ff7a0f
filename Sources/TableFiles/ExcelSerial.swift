import ReportModel

/// Excel's day numbers: days since 1899-12-30 in the 1900 date system (serials below 61 are
/// one off, because Excel counts a 1900-02-29 that never was), since 1904-01-01 in the 1904 one.
public enum ExcelSerial {
    /// `YYYY-MM-DD`, with ` HH:MM` (and `:SS` when not zero) when the serial has a time part.
    /// Nil outside Excel's range (before 1900-01-01, after 9999-12-31).
    public static func iso(_ serial: Double, date1904: Bool = false) -> String? {
        guard serial.isFinite, serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(day)) * 86_400).rounded())
        var dayShift = 0
        if seconds >= 86_400 {
            seconds -= 86_400
            dayShift = 1
        }
        let offset: Int  // days since 1970-01-01
        if date1904 {
            offset = day - 24_107  // 1904-01-01 is 24107 days before 1970-01-01
        } else {
            offset = (day < 61 ? day + 1 : day) - 25_569  // 1899-12-30 is 25569 days before
        }
        var s = CivilDate(daysSinceEpoch: offset + dayShift).iso
        if seconds > 0 {
            let (h, m, sec) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
            s += " \(pad(h)):\(pad(m))"
            if sec > 0 { s += ":\(pad(sec))" }
        }
        return s
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
