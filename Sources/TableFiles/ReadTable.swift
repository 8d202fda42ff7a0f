import Foundation

/// A table file of either kind, by its name's extension: the one place that decides.
public enum TableReader {
    /// Parses `data` as .xlsx when `file` ends in `.xlsx`, else as CSV; an old `.xls` is refused
    /// with what to do about it.
    /// Reading stops at `limits` (what the table kind allows).
    public static func parse(_ data: Data, file: String, limits: SheetLimits = .standard) throws(SheetError) -> Sheet {
        switch (file as NSString).pathExtension.lowercased() {
        case "xlsx": return try XLSXReader.parse(data, file: file, limits: limits)
        case "xls": throw SheetError(file: file, message: "an old .xls workbook: save it as .xlsx or .csv")
        default: return try CSVReader.parse(data, file: file, limits: limits)
        }
    }
}
