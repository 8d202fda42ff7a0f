import Foundation

/// Writes rows as CSV the way Excel and WPS open it without asking: UTF-8 with a byte-order
/// mark, CRLF line ends, cells quoted when they hold a comma, quote or line break.
public enum CSVWriter {
    /// The CSV bytes of `header` and `rows`.
    public static func data(header: [String], rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for row in [header] + rows {
            text += row.map(cell).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// One cell, quoted when needed.
    public static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
