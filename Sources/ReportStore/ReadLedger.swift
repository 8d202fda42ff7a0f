import FileAccess
import Foundation
import ReportModel
import TableFiles
import WordLists

/// Reads an inspection ledger (督查问题台账) sheet into problems, naming columns by header.
///
/// Accepted headers (case, spaces, `_`, `-`, `*` and parenthesised notes ignored):
/// 编号/问题编号/id, 区域/责任单位/area, 类别/问题类别/category, 问题描述/description,
/// 发现日期/found_on, 整改期限/deadline, 整改状态/status, 销号日期/整改完成日期/closed_on,
/// 通报次数/times_notified. The first five with 发现日期 and 整改状态 are required:
/// id, area, category, found_on, status. A title row or two above the header (as Excel
/// exports have) is skipped. Statuses: 整改中/已整改/已销号 or rectifying/rectified/closed.
///
/// A bad row (an empty required cell, a date like 2月30日, an unknown status, a repeated id, a
/// count that is not a number) is an error naming file and line; the caller refuses the whole file.
public enum LedgerReader {
    /// The fields a ledger column can fill.
    enum Field: String, CaseIterable {
        case id, area, category, description, foundOn, deadline, status, closedOn, timesNotified

        /// Header names, already normalised (Words/ledger-headers.txt: header = field).
        var names: [String] { Self.headers.filter { $0.1 == rawValue }.map(\.0) }

        /// The name used in messages: the field's first header there (the Chinese one), then the
        /// English one (`发现日期 (found_on)`).
        var label: String {
            let english = rawValue.reduce(into: "") { s, c in s += c.isUppercase ? "_" + c.lowercased() : String(c) }
            return "\(names.first ?? english) (\(english))"
        }

        private static let headers = WordLists.pairs("ledger-headers", in: .module)

        static let required: [Field] = [.id, .area, .category, .foundOn, .status]
    }

    /// Status words accepted, besides the model's own 整改中/已整改/已销号.
    static let statusAliases: [String: Problem.Status] = [
        "rectifying": .rectifying, "rectified": .rectified, "closed": .closed,
    ]

    /// What a ledger sheet may hold: its 9 columns and room for a clerk's extra ones (备注, 督办人 …),
    /// up to 64; 100,000 problems. A sheet beyond that is refused before it is read whole.
    public static let sheetLimits = SheetLimits(columns: 64, rows: 100_000, cells: 2_000_000)

    /// Reads a ledger file (.csv or .xlsx by extension) within `sheetLimits` and checks its rows;
    /// `displayName` names it in messages and is its key in the store. An .xls workbook is refused.
    public static func load(contentsOf url: URL, displayName: String) throws(SheetError) -> LedgerFile {
        let ext = url.pathExtension.lowercased()
        if ext == "xls" { throw SheetError(file: displayName, message: "an old .xls workbook: save it as .xlsx or .csv") }
        let data = try TableFile.contents(of: url, displayName: displayName, limit: sheetLimits.workbookBytes)
        let sheet: Sheet
        if ext == "xlsx" {
            sheet = try XLSXReader.parse(data, file: displayName, limits: sheetLimits)
        } else {
            if data.contains(0) { throw SheetError(file: displayName, message: "binary data (NUL bytes), not a CSV file") }
            guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .gb18030) else {
                throw SheetError(file: displayName, message: "neither UTF-8 nor GB18030 text")
            }
            sheet = try CSVReader.parse(text, file: displayName, limits: sheetLimits)
        }
        return LedgerFile(
            file: displayName, contentHash: SHA256.hex(data), parse: read(sheet, file: displayName))
    }

    /// How many rows below the first one are searched for the header.
    static let headerSearchDepth = 5

    /// Reads `sheet`; `file` names it in diagnostics.
    public static func read(_ sheet: Sheet, file: String) -> LedgerParse {
        var result = LedgerParse()
        // The header is the first of the first few rows that names every required column.
        let candidates = [sheet.header] + sheet.rows.prefix(headerSearchDepth).map(\.cells)
        var chosen: (index: Int, columns: [Field: Int])? = nil
        for (i, c) in candidates.enumerated() {
            let cols = columns(of: c)
            if Field.required.allSatisfy({ cols[$0] != nil }) {
                chosen = (i, cols)
                break
            }
        }
        guard let chosen else {
            let cols = columns(of: sheet.header)
            let missing = Field.required.filter { cols[$0] == nil }.map(\.label).joined(separator: ", ")
            let plural = missing.contains(",") ? "s" : ""
            let header = sheet.header.joined(separator: ",")
            // Sheet keeps no header line; it is line 1 unless blank lines came first.
            let headerLine: Int? = (sheet.rows.first?.line ?? 2) == 2 ? 1 : nil
            result.diagnostics.append(
                Diagnostic(
                    severity: .error, file: file, line: headerLine,
                    message: "missing column\(plural) \(missing) in header '\(header)'",
                    hint: "name the columns 编号, 区域, 类别, 发现日期, 整改状态 "
                        + "(or id, area, category, found_on, status)"))
            return result
        }
        let cols = chosen.columns
        let blank = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}"))
        var firstLineOfID: [String: Int] = [:]
        for row in sheet.rows.dropFirst(chosen.index) {
            var errors: [Diagnostic] = []
            func cell(_ f: Field) -> String {
                guard let i = cols[f], i < row.cells.count else { return "" }
                return row.cells[i].trimmingCharacters(in: blank)
            }
            func fail(_ message: String, hint: String? = nil) {
                errors.append(Diagnostic(severity: .error, file: file, line: row.line, message: message, hint: hint))
            }
            func required(_ f: Field) -> String? {
                let v = cell(f)
                if v.isEmpty { fail("empty \(f.label)", hint: "every problem needs \(f.label)") }
                return v.isEmpty ? nil : v
            }
            func date(_ f: Field) -> CivilDate? {
                let v = cell(f)
                if v.isEmpty { return nil }
                switch LedgerDate.parse(v) {
                case .success(let d): return d
                case .failure(.noYear): fail("bad date in \(f.label): '\(v)' has no year", hint: "write it as 2017-11-02")
                case .failure(.notARealDay): fail("bad date in \(f.label): '\(v)' is not a real day")
                case .failure(.unreadable): fail("bad date in \(f.label): '\(v)'", hint: "write it as 2017-11-02")
                case .failure(.yearOutOfRange):
                    fail(
                        "bad date in \(f.label): '\(v)' has a year outside \(LedgerDate.years.lowerBound)…\(LedgerDate.years.upperBound)")
                }
                return nil
            }

            let id = required(.id)
            let area = required(.area)
            let category = required(.category)
            let foundText = cell(.foundOn)
            let foundOn = date(.foundOn)
            if foundText.isEmpty { fail("empty \(Field.foundOn.label)", hint: "every problem needs the day it was found") }
            let deadline = date(.deadline)
            let closedOn = date(.closedOn)
            let statusText = cell(.status)
            var status: Problem.Status? = nil
            if statusText.isEmpty {
                fail("empty \(Field.status.label)", hint: "one of 整改中, 已整改, 已销号")
            } else if let s = Problem.Status(rawValue: statusText) ?? statusAliases[statusText.lowercased()] {
                status = s
            } else {
                fail("unknown status '\(statusText)'", hint: "one of 整改中, 已整改, 已销号")
            }
            var times = 0
            let timesText = cell(.timesNotified)
            if !timesText.isEmpty {
                if let n = timesNotified(timesText) {
                    times = n
                } else {
                    fail(
                        "bad \(Field.timesNotified.label): '\(timesText)'",
                        hint: "a whole number from 0 to \(maxTimesNotified)")
                }
            }
            if let foundOn, let closedOn, closedOn < foundOn {
                fail("\(Field.closedOn.label) '\(cell(.closedOn))' is before \(Field.foundOn.label) '\(foundText)'")
            }
            if let id {
                if let first = firstLineOfID[id] {
                    fail("duplicate id '\(id)', first on line \(first)", hint: "give every problem its own 编号")
                } else {
                    firstLineOfID[id] = row.line
                }
            }
            if status == .rectifying, closedOn != nil {
                result.diagnostics.append(
                    Diagnostic(
                        severity: .warning, file: file, line: row.line,
                        message: "status '整改中' but \(Field.closedOn.label) '\(cell(.closedOn))' is given",
                        hint: "the problem counts as open until that day"))
            }
            result.diagnostics += errors
            guard errors.isEmpty, let id, let area, let category, let foundOn, let status else { continue }
            let description = cell(.description)
            result.entries.append(
                LedgerEntry(
                    problem: Problem(
                        id: id, area: area, category: category, description: description.isEmpty ? nil : description,
                        foundOn: foundOn, deadline: deadline, status: status, closedOn: closedOn, timesNotified: times),
                    line: row.line))
        }
        return result
    }

    /// The most notices one problem can have had: one a week for a century. A larger count is a
    /// typo (or `1e309`), refused rather than stored.
    static let maxTimesNotified = 5_200

    /// Counters after a notice count (`3次`, Words/count-suffixes.txt).
    static let countSuffixes = WordLists.list("count-suffixes", in: .module)

    /// A notice count as clerks write it (`3`, `3次`, `3.0` from a spreadsheet), or nil when it is
    /// not a whole number in `0...maxTimesNotified`. Every conversion is checked: `1e309`, `nan`
    /// and `99999999999999999999` are refused, never trapped on.
    static func timesNotified(_ text: String) -> Int? {
        var digits = text
        if let counter = countSuffixes.first(where: { text.hasSuffix($0) }) { digits = String(text.dropLast(counter.count)) }
        digits = digits.trimmingCharacters(in: .whitespaces)
        let n: Int?
        if let i = Int(digits) {
            n = i
        } else if digits.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }), let d = Double(digits),
            d.isFinite
        {
            n = Int(exactly: d)
        } else {
            n = nil
        }
        guard let n, (0...maxTimesNotified).contains(n) else { return nil }
        return n
    }

    /// Column index of each field a header names (the first column wins).
    static func columns(of header: [String]) -> [Field: Int] {
        var out: [Field: Int] = [:]
        for (i, h) in header.enumerated() {
            let n = normalise(h)
            if let f = Field.allCases.first(where: { $0.names.contains(n) }), out[f] == nil { out[f] = i }
        }
        return out
    }

    /// Lowercased, without spaces, `_`, `-`, `*`, and without a trailing `(…)`/`（…）` note.
    static func normalise(_ header: String) -> String {
        var s = header.lowercased()
        for (open, close) in [("(", ")"), ("（", "）")] {
            if let o = s.range(of: open), let c = s.range(of: close, range: o.upperBound..<s.endIndex) {
                s.removeSubrange(o.lowerBound..<c.upperBound)
            }
        }
        return String(s.filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "*" })
    }
}
