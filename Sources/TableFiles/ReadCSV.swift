import FileAccess
import Foundation

/// Reads comma-separated text (RFC 4180 quoting, UTF-8 with or without BOM, CRLF or LF).
public enum CSVReader {

    /// Parses CSV text; the first non-blank record is the header. A record with a value beyond
    /// `limits.columns`, or more records than `limits.rows`, is refused naming its line.
    public static func parse(_ text: String, file: String, limits: SheetLimits = .standard) throws(SheetError) -> Sheet {
        var records: [(line: Int, cells: [String])] = []
        var cell = ""
        var cells: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        var failure: SheetError? = nil
        func endRecord() {
            cells.append(cell)
            cell = ""
            while let last = cells.last, cells.count > limits.columns, last.trimmingCharacters(in: .whitespaces).isEmpty {
                cells.removeLast()
            }
            if cells.count > limits.columns, failure == nil {
                failure = SheetError(
                    file: file, line: recordLine,
                    message: "\(cells.count) cells; this table has at most \(limits.columns) columns")
            }
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                records.append((recordLine, cells))
                if records.count > limits.rows, failure == nil {
                    failure = SheetError(
                        file: file, line: recordLine, message: "more than \(limits.rows) rows, the most this table can have")
                }
            }
            cells = []
        }
        var first = true
        while let c = next() {
            if first {
                first = false
                if c == "\u{FEFF}" { continue }
            }
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { cell.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    cell.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where cell.isEmpty: inQuotes = true
            case ",":
                cells.append(cell)
                cell = ""
                // Far more cells than any column can hold: stop here, not after a million.
                if cells.count > limits.columns * 4 + 64 {
                    throw SheetError(
                        file: file, line: recordLine,
                        message: "more than \(cells.count) cells; this table has at most \(limits.columns) columns")
                }
            case "\r": break
            case "\n":
                endRecord()
                if let failure { throw failure }
                line += 1
                recordLine = line
            default: cell.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw SheetError(file: file, line: recordLine, message: "unterminated quoted field") }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        if let failure { throw failure }
        guard let head = records.first else { throw SheetError(file: file, message: "no header row: the file is empty") }
        let header = head.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        let rows = records.dropFirst().map { r -> Sheet.Row in
            var cs = r.cells.map { $0.trimmingCharacters(in: .whitespaces) }
            if cs.count < header.count { cs += Array(repeating: "", count: header.count - cs.count) }
            return Sheet.Row(line: r.line, cells: cs)
        }
        return Sheet(header: header, rows: rows)
    }

    /// Reads a CSV file (UTF-8; GB18030 as a fallback, as Chinese Excel exports it).
    public static func read(
        contentsOf url: URL, displayName: String, limits: SheetLimits = .standard
    ) throws(SheetError) -> Sheet {
        try parse(try TableFile.contents(of: url, displayName: displayName, limit: limits.partBytes), file: displayName, limits: limits)
    }

    /// Parses the bytes of a CSV file (UTF-8; GB18030 as a fallback, as Chinese Excel exports it).
    public static func parse(_ data: Data, file: String, limits: SheetLimits = .standard) throws(SheetError) -> Sheet {
        if data.contains(0) { throw SheetError(file: file, message: "binary data (NUL bytes), not a CSV file") }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .gb18030) else {
            throw SheetError(file: file, message: "neither UTF-8 nor GB18030 text")
        }
        return try parse(text, file: file, limits: limits)
    }
}
