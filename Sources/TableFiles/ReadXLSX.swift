import Foundation

/// Reads the first worksheet of an .xlsx workbook into a `Sheet`: shared and inline strings,
/// numbers (as Excel shows them, up to 15 significant digits), booleans, and cells formatted as
/// dates turned from Excel day serials into `YYYY-MM-DD` (1900 and 1904 date systems). Row numbers
/// are the spreadsheet's. Formulas give their cached value. Merged cells keep their value in the
/// top-left cell only.
public enum XLSXReader {
    /// Reads an .xlsx file within `limits` (what the table kind allows; see `SheetLimits`).
    public static func read(
        contentsOf url: URL, displayName: String, limits: SheetLimits = .standard
    ) throws(SheetError) -> Sheet {
        let data = try TableFile.contents(of: url, displayName: displayName, limit: limits.workbookBytes)
        return try parse(data, file: displayName, limits: limits)
    }

    /// Parses the bytes of an .xlsx workbook; `file` names it in errors. Every part is unpacked
    /// with its real size counted against `limits` (a zip entry may lie about its size), parsed as
    /// a stream and refused at the first limit it passes.
    public static func parse(_ data: Data, file: String, limits: SheetLimits = .standard) throws(SheetError) -> Sheet {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw SheetError(
                file: file, message: "an old .xls workbook or a password-protected one, not .xlsx (save it as .xlsx)")
        }
        let zip: ZipEntries
        do { zip = try ZipEntries(data) } catch {
            throw SheetError(file: file, message: "not an .xlsx workbook (\(error.message))")
        }
        var unpacked = 0
        func bytes(_ path: String) throws(SheetError) -> Data? {
            let budget = max(0, min(limits.partBytes, limits.workbookBytes - unpacked))
            let out: Data?
            do { out = try zip.bytes(path, limit: budget) } catch {
                throw SheetError(file: file, message: error.message)
            }
            unpacked += out?.count ?? 0
            return out
        }
        func tree(_ path: String) throws(SheetError) -> XMLTree.Element? {
            guard let data = try bytes(path) else { return nil }
            do { return try XMLTree.parse(data, maxDepth: limits.depth) } catch {
                throw SheetError(file: file, message: "\(path): \(error.message)")
            }
        }

        guard let workbook = try tree("xl/workbook.xml") else {
            throw SheetError(file: file, message: "not an .xlsx workbook (no xl/workbook.xml)")
        }
        let date1904 = workbook.first("workbookPr").map { ["1", "true"].contains($0.attribute("date1904") ?? "") } ?? false
        let sheetPath = try firstSheetPath(workbook: workbook, rels: tree("xl/_rels/workbook.xml.rels"))
        let sheetName = workbook.first("sheets")?.children("sheet").first?.attribute("name") ?? sheetPath
        var shared: [String] = []
        if let sst = try bytes("xl/sharedStrings.xml") {
            let reader = SharedStringsReader(limit: limits.cells)
            do { try XMLEvents.parse(sst, maxDepth: limits.depth, handler: reader) } catch {
                throw SheetError(file: file, message: "xl/sharedStrings.xml: \(error.message)")
            }
            shared = reader.strings
        }
        let dateStyles = try tree("xl/styles.xml").map(dateStyleIndexes) ?? []
        guard let worksheet = try bytes(sheetPath) else {
            throw SheetError(file: file, message: "the first worksheet (\(sheetPath)) is missing")
        }
        let reader = WorksheetReader(limits: limits) { raw, row throws(SheetError) in
            try value(of: raw, shared: shared, dateStyles: dateStyles, date1904: date1904, file: file, row: row)
        }
        do { try XMLEvents.parse(worksheet, maxDepth: limits.depth, handler: reader) } catch {
            if let f = reader.failure { throw f }
            throw SheetError(
                file: file, line: reader.currentRow > 0 ? reader.currentRow : nil,
                message: "\(sheetPath) (sheet '\(sheetName)'): \(error.message)")
        }
        let records = reader.records
        guard let head = records.first else {
            throw SheetError(file: file, message: "no header row: the first worksheet ('\(sheetName)') is empty")
        }
        let rows = records.dropFirst().map { r -> Sheet.Row in
            var cs = r.cells
            if cs.count < head.cells.count { cs += Array(repeating: "", count: head.cells.count - cs.count) }
            return Sheet.Row(line: r.line, cells: cs)
        }
        return Sheet(header: head.cells, rows: rows)
    }

    /// `xl/worksheets/sheet1.xml` or wherever the workbook's first `<sheet>` points.
    static func firstSheetPath(workbook: XMLTree.Element, rels: XMLTree.Element?) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let sheet = workbook.first("sheets")?.children("sheet").first,
            let rid = sheet.attributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value,
            let target = rels?.children("Relationship").first(where: { $0.attribute("Id") == rid })?.attribute("Target")
        else { return fallback }
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    /// The text of a cell, as the sheet shows it.
    static func value(
        of c: WorksheetReader.RawCell, shared: [String], dateStyles: Set<Int>, date1904: Bool, file: String, row: Int
    ) throws(SheetError) -> String {
        let v = c.value
        switch c.type {
        case "s":
            guard let i = Int(v.trimmingCharacters(in: .whitespaces)), shared.indices.contains(i) else {
                if v.isEmpty { return "" }
                throw SheetError(file: file, line: row, message: "shared string \(v.prefix(24)) does not exist")
            }
            return shared[i]
        case "inlineStr": return c.inline.isEmpty ? v : c.inline
        case "b": return v == "1" ? "TRUE" : v == "0" ? "FALSE" : v
        case "str", "e": return v
        case "d": return v.hasSuffix("T00:00:00") ? String(v.dropLast(9)) : v
        default:
            guard let n = Double(v.trimmingCharacters(in: .whitespaces)) else { return v }
            if let s = c.style, dateStyles.contains(s), let iso = ExcelSerial.iso(n, date1904: date1904) {
                return iso
            }
            return number(n)
        }
    }

    /// A number as Excel shows it in General format: integers plainly, others to 15 digits.
    static func number(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        var s = String(format: "%.15g", n)
        if s.contains("e") { return s }
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// Indexes into `cellXfs` whose number format shows a date.
    static func dateStyleIndexes(_ styles: XMLTree.Element) -> Set<Int> {
        var custom: [Int: String] = [:]
        for f in styles.first("numFmts")?.children("numFmt") ?? [] {
            if let id = f.attribute("numFmtId").flatMap(Int.init) { custom[id] = f.attribute("formatCode") ?? "" }
        }
        var out: Set<Int> = []
        for (i, xf) in (styles.first("cellXfs")?.children("xf") ?? []).enumerated() {
            let id = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            if let code = custom[id] {
                if isDateFormat(code) { out.insert(i) }
            } else if builtInDateFormats.contains(id) {
                out.insert(i)
            }
        }
        return out
    }

    /// Built-in formats that show a date (14–17, 22, and the CJK ones 27–31, 36, 50–54, 57, 58).
    static let builtInDateFormats: Set<Int> = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]

    /// Whether a custom format code shows a date: it has y, d or e outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for ch in code {
            if escaped {
                escaped = false
                continue
            }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default:
                if !inQuote && !inBracket && "yYdDeE".contains(ch) { return true }
            }
        }
        return false
    }

    /// `AB12` → 27 (0-based column of the letters).
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0
        var any = false
        for u in ref.unicodeScalars {
            guard (65...90).contains(u.value) || (97...122).contains(u.value) else { break }
            n = n * 26 + Int((u.value & 0xDF) - 64)
            any = true
            if n > 16_384 { return nil }
        }
        return any ? n - 1 : nil
    }
}
