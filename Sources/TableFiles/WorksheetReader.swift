import Foundation

/// Streams a worksheet part into rows of cell texts, stopping at the sheet's limits: a value
/// beyond the last column, too many rows or cells, a `<row>` inside a `<row>`, a row number
/// outside Excel's 1…1,048,576. Empty cells far to the right (formatting only) are skipped, not
/// padded out.
final class WorksheetReader: XMLEvents.Handler {
    /// What a cell's text is made from, as the sheet stores it.
    struct RawCell {
        var type = "n"
        var style: Int?
        var value = ""
        var inline = ""
    }

    let limits: SheetLimits
    /// Turns a raw cell into its text; a thrown message stops the sheet.
    let resolve: (RawCell, _ row: Int) throws(SheetError) -> String

    var records: [(line: Int, cells: [String])] = []
    /// The row being read when reading stopped (0 before the first), for the message's line.
    var currentRow: Int { lastRow }
    var failure: SheetError?

    private var inSheetData = false
    private var row: (number: Int, cells: [String], lastColumn: Int)?
    private var lastRow = 0
    private var cellCount = 0
    private var cell: (column: Int, raw: RawCell)?
    /// Where text goes: the `<v>`, an inline `<t>`, or nowhere (`<f>`, phonetic runs).
    private enum Sink { case none, value, inline }
    private var sink = Sink.none
    private var phonetic = 0

    init(limits: SheetLimits, resolve: @escaping (RawCell, Int) throws(SheetError) -> String) {
        self.limits = limits
        self.resolve = resolve
    }

    static let maxRowNumber = 1_048_576

    func start(_ name: String, attributes: [String: String], depth: Int) -> String? {
        switch name {
        case "sheetData": inSheetData = true
        case "row" where inSheetData:
            if row != nil { return "a <row> inside row \(lastRow)" }
            let number: Int
            if let r = attributes["r"] {
                guard let n = Int(r), (1...Self.maxRowNumber).contains(n) else {
                    return "row number '\(r.prefix(24))' is outside 1…\(Self.maxRowNumber)"
                }
                number = n
            } else {
                number = lastRow + 1
            }
            guard number <= Self.maxRowNumber else { return "more than \(Self.maxRowNumber) rows" }
            lastRow = number
            row = (number, [], -1)
        case "c" where row != nil:
            if cell != nil { return "a cell inside a cell in row \(lastRow)" }
            guard let current = row else { return nil }
            var column = current.lastColumn + 1
            if let ref = attributes["r"] {
                guard let c = XLSXReader.columnIndex(ref) else {
                    return "cell reference '\(ref.prefix(24))' in row \(current.number) names no column"
                }
                column = c
            }
            row?.lastColumn = column
            var raw = RawCell()
            raw.type = attributes["t"] ?? "n"
            raw.style = attributes["s"].flatMap { Int($0) }
            cell = (column, raw)
        case "v" where cell != nil: sink = .value
        case "rPh": phonetic += 1
        case "t" where cell != nil && phonetic == 0: sink = .inline
        default: break
        }
        return nil
    }

    func text(_ s: String) {
        switch sink {
        case .none: break
        case .value: cell?.raw.value += s
        case .inline: cell?.raw.inline += s
        }
    }

    func end(_ name: String, depth: Int) -> String? {
        switch name {
        case "v", "t": sink = .none
        case "rPh": phonetic -= 1
        case "c":
            guard let (column, raw) = cell, let number = row?.number else { return nil }
            cell = nil
            let text: String
            do { text = try resolve(raw, number) } catch {
                failure = error
                return error.message
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { return nil }
            guard column < limits.columns else {
                let ref = SheetLimits.columnName(column) + String(number)
                return "cell \(ref) is beyond column \(SheetLimits.columnName(limits.columns - 1)), "
                    + "the last this table can have (\(limits.columns) columns)"
            }
            cellCount += 1
            guard cellCount <= limits.cells else { return "more than \(limits.cells) filled cells" }
            guard var r = row else { return nil }
            row = nil  // unique reference while the cells grow
            if column >= r.cells.count { r.cells += Array(repeating: "", count: column - r.cells.count + 1) }
            r.cells[column] = trimmed
            row = r
        case "row":
            guard let r = row else { return nil }
            row = nil
            var cells = r.cells
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            if !cells.isEmpty {
                records.append((r.number, cells))
                if records.count > limits.rows {
                    return "more than \(limits.rows) rows, the most this table can have"
                }
            }
        case "sheetData": inSheetData = false
        default: break
        }
        return nil
    }
}

/// Streams the shared-strings part: the text of each `<si>` (its `<t>` and its runs' `<t>`,
/// without phonetic runs), at most `limit` strings.
final class SharedStringsReader: XMLEvents.Handler {
    let limit: Int
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phonetic = 0

    init(limit: Int) { self.limit = limit }

    func start(_ name: String, attributes: [String: String], depth: Int) -> String? {
        switch name {
        case "si":
            if current != nil { return "a shared string inside a shared string" }
            current = ""
        case "rPh": phonetic += 1
        case "t" where current != nil && phonetic == 0: inText = true
        default: break
        }
        return nil
    }

    func text(_ s: String) {
        if inText { current? += s }
    }

    func end(_ name: String, depth: Int) -> String? {
        switch name {
        case "t": inText = false
        case "rPh": phonetic -= 1
        case "si":
            guard let s = current else { return nil }
            current = nil
            strings.append(s)
            if strings.count > limit { return "more than \(limit) shared strings" }
        default: break
        }
        return nil
    }
}
