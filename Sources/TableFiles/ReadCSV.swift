import Foundation

/// Reads comma-separated text (RFC 4180 quoting, UTF-8 with or without BOM, CRLF or LF).
public enum CSVReader {
    /// Parses CSV text; the first non-blank record is the header.
    public static func parse(_ text: String, file: String) throws(SheetError) -> Sheet {
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
        func endRecord() {
            cells.append(cell)
            cell = ""
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                records.append((recordLine, cells))
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
            case ",": cells.append(cell); cell = ""
            case "\r": break
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default: cell.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw SheetError(file: file, line: recordLine, message: "unterminated quoted field") }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
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
    public static func read(contentsOf url: URL, displayName: String) throws(SheetError) -> Sheet {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SheetError(file: displayName, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try parse(data, file: displayName)
    }

    /// Parses the bytes of a CSV file (UTF-8; GB18030 as a fallback, as Chinese Excel exports it).
    public static func parse(_ data: Data, file: String) throws(SheetError) -> Sheet {
        if data.contains(0) { throw SheetError(file: file, message: "binary data (NUL bytes), not a CSV file") }
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: gb18030) else {
            throw SheetError(file: file, message: "neither UTF-8 nor GB18030 text")
        }
        return try parse(text, file: file)
    }
}
