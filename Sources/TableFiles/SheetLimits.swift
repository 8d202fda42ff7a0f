/// How much a table file may hold before it is refused: reading stops at these limits instead of
/// following a file that claims 16,384 columns in every row, 100,000 nested elements or a zip
/// entry that unpacks to gigabytes. Each kind of table states its own (a ledger has 9 columns,
/// a daily air table one per area and pollutant); `standard` fits any table tongbao reads.
public struct SheetLimits: Sendable, Equatable {
    /// Cells per row (the last column a value may sit in).
    public var columns: Int
    /// Rows per sheet, header included.
    public var rows: Int
    /// Non-empty cells per sheet (and strings in the shared-strings part).
    public var cells: Int
    /// XML elements nested inside each other (a worksheet needs 6; `<row>` in `<row>` is refused).
    public var depth: Int
    /// Uncompressed bytes of one zip entry (worksheet, shared strings, styles).
    public var partBytes: Int
    /// Uncompressed bytes of all zip entries read from one workbook.
    public var workbookBytes: Int

    public init(
        columns: Int, rows: Int, cells: Int, depth: Int = 32, partBytes: Int = 64 << 20, workbookBytes: Int = 192 << 20
    ) {
        self.columns = columns
        self.rows = rows
        self.cells = cells
        self.depth = depth
        self.partBytes = partBytes
        self.workbookBytes = workbookBytes
    }

    /// Limits for a table of unknown kind: Excel's row count, 1,024 columns, 20 million cells.
    public static let standard = SheetLimits(columns: 1_024, rows: 1_048_576, cells: 20_000_000)

    /// `A`, `B` … `Z`, `AA` … for a 0-based column (as messages name columns).
    public static func columnName(_ index: Int) -> String {
        var n = max(0, index) + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
