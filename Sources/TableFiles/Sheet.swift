/// A table read from a CSV or .xlsx file: a header row and data rows, each with the line
/// (CSV) or row number (xlsx) it came from, so every diagnostic can name it.
public struct Sheet: Sendable, Equatable {
    /// One data row.
    public struct Row: Sendable, Equatable {
        /// 1-based line (CSV) or spreadsheet row number (xlsx).
        public var line: Int
        /// Cells, as text, padded with "" to the header's width.
        public var cells: [String]

        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }
    }

    /// Header cells, trimmed.
    public var header: [String]
    /// Data rows in file order (blank rows skipped).
    public var rows: [Row]

    public init(header: [String], rows: [Row]) {
        self.header = header
        self.rows = rows
    }

    /// Index of the first header cell equal to one of `names` (case-insensitive, trimmed).
    public func column(_ names: String...) -> Int? { column(in: names) }

    /// Index of the first header cell equal to one of `names` (a word list read from a module's
    /// resources), case-insensitive.
    public func column(in names: [String]) -> Int? {
        let wanted = Set(names.map { $0.lowercased() })
        return header.firstIndex { wanted.contains($0.lowercased()) }
    }
}

/// Why a table file could not be read at all.
public struct SheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// File as given.
    public var file: String
    /// 1-based line, where there is one.
    public var line: Int?
    /// What is wrong.
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
