import Foundation
import ReportModel
import TableFiles
import WordLists

/// Reads the dates clerks write in ledgers: `2017-11-02`, `2017/11/2`, `2017.11.2`,
/// `2017年11月2日`, `20171102`, `2017-11-02 00:00:00`, full-width digits, and Excel day serials
/// (`43041`: what a date cell holds when it is not formatted as a date).
enum LedgerDate {
    /// Month marks: two numbers and one of these is a date without its year (Words/month-marks.txt).
    private static let monthMarks = WordLists.list("month-marks", in: .module)

    /// Why a date cell was refused.
    enum Failure: Error, Equatable {
        /// No year was written (`2月30日`).
        case noYear
        /// The parts name no real day (`2017年2月30日`).
        case notARealDay
        /// Not a date form this reader knows.
        case unreadable
        /// A year outside `years` (a typo, or `9223372036854775807-01-01`).
        case yearOutOfRange
    }

    /// The years a ledger date may have (the People's Republic's; as the Guarantees say).
    static let years = 1949...2100

    static func parse(_ raw: String) -> Result<CivilDate, Failure> {
        let result = parseAnyYear(raw)
        if case .success(let d) = result, !years.contains(d.year) { return .failure(.yearOutOfRange) }
        return result
    }

    static func parseAnyYear(_ raw: String) -> Result<CivilDate, Failure> {
        // Full-width digits and - / . → ASCII.
        let scalars = raw.unicodeScalars.map { u -> Unicode.Scalar in
            let fullWidth = (0xFF10...0xFF19).contains(u.value) || [0xFF0D, 0xFF0E, 0xFF0F].contains(u.value)
            return fullWidth ? (Unicode.Scalar(u.value - 0xFEE0) ?? u) : u
        }
        var s = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        // Drop a time part: "2017-11-02 00:00:00", "2017-11-02T08:00".
        if let cut = s.firstIndex(where: { $0 == " " || $0 == "T" }) { s = String(s[..<cut]) }
        if s.isEmpty { return .failure(.unreadable) }

        if s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) && s.filter({ $0 == "." }).count <= 1 {
            if s.count == 8, let y = Int(s.prefix(4)), let m = Int(s.dropFirst(4).prefix(2)), let d = Int(s.suffix(2)) {
                return CivilDate(year: y, month: m, day: d).map { .success($0) } ?? .failure(.notARealDay)
            }
            if let serial = Double(s), serial.rounded(.down) == serial, s.count <= 7,
                let iso = ExcelSerial.iso(serial), let date = CivilDate(iso: iso)
            {
                return .success(date)
            }
            return .failure(.unreadable)
        }

        let groups = s.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).compactMap { Int($0) }
        if groups.count == 2 && monthMarks.contains(where: { s.contains($0) }) { return .failure(.noYear) }
        guard groups.count == 3, groups[0] >= 1000 else { return .failure(.unreadable) }
        guard years.contains(groups[0]) else { return .failure(.yearOutOfRange) }
        return CivilDate(year: groups[0], month: groups[1], day: groups[2]).map { .success($0) }
            ?? .failure(.notARealDay)
    }
}
