import Foundation

/// Reads the bench's block list (`["masthead", t]`, `["issue", t]`, `["issuer", office, date]`,
/// `["rule"]`, `["doctitle", t]`, `["h0", t]`, `["h", t]`, `["p", t]`, `["pagebreak"]`,
/// `["caption", t]`, `["note", t]`, `["table", header, rows]`) or a `ContentDocument` as JSON.
public enum BlockList {
    /// A block the reader does not understand.
    public struct DecodeError: Error, Equatable, CustomStringConvertible {
        /// Index of the block in the list, nil for the whole file.
        public var index: Int?
        /// What is wrong.
        public var message: String

        public init(index: Int?, message: String) {
            self.index = index
            self.message = message
        }

        public var description: String {
            if let index { return "block \(index): \(message)" }
            return message
        }
    }

    /// Block kinds of the bench format.
    public static let kinds = ["masthead", "issue", "issuer", "rule", "doctitle", "h0", "h", "h1", "h2", "h3", "h4", "p",
        "pagebreak", "caption", "note", "table", "signature", "endblock", "spacer"]

    /// Decodes either format.
    public static func decode(_ data: Data, title: String = "") throws(DecodeError) -> ContentDocument {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw DecodeError(index: nil, message: "not JSON: \(error.localizedDescription)")
        }
        if json is [String: Any] {
            do {
                return try JSONDecoder().decode(ContentDocument.self, from: data)
            } catch {
                throw DecodeError(index: nil, message: "not a content document: \(error)")
            }
        }
        guard let list = json as? [Any] else { throw DecodeError(index: nil, message: "expected a JSON array of blocks") }
        var blocks: [Block] = []
        var docTitle = title
        for (i, item) in list.enumerated() {
            guard let arr = item as? [Any], let kind = arr.first as? String else {
                throw DecodeError(index: i, message: "expected [\"kind\", …]")
            }
            func str(_ k: Int) throws(DecodeError) -> String {
                guard k < arr.count, let s = arr[k] as? String else {
                    throw DecodeError(index: i, message: "'\(kind)' needs a string in position \(k)")
                }
                return s
            }
            switch kind {
            case "masthead": blocks.append(.masthead(try str(1)))
            case "issue": blocks.append(.issueLine(try str(1)))
            case "issuer": blocks.append(.issuer(office: try str(1), date: try str(2)))
            case "rule": blocks.append(.separatorRule)
            case "doctitle":
                let t = try str(1)
                if docTitle.isEmpty { docTitle = t }
                blocks.append(.title(t))
            case "h0": blocks.append(.heading(level: 0, text: try str(1)))
            case "h": let t = try str(1); blocks.append(.heading(level: headingLevel(t), text: t))
            case "h1", "h2", "h3", "h4":
                blocks.append(.heading(level: Int(String(kind.last ?? "1")) ?? 1, text: try str(1)))
            case "p": blocks.append(.paragraph([Inline(try str(1))]))
            case "pagebreak": blocks.append(.pageBreak)
            case "caption": blocks.append(.caption(try str(1)))
            case "note": blocks.append(.note(try str(1)))
            case "signature": blocks.append(.signature(office: try str(1), date: try str(2)))
            case "endblock": blocks.append(.endBlock(EndBlock(copyTo: try str(1), printer: try str(2), printDate: try str(3))))
            case "spacer": blocks.append(.spacer(lines: arr.count > 1 ? (arr[1] as? Int ?? 1) : 1))
            case "table":
                guard arr.count >= 3, let header = arr[1] as? [Any], let rows = arr[2] as? [Any] else {
                    throw DecodeError(index: i, message: "'table' needs a header array and a rows array")
                }
                let h = header.map { "\($0)" }
                var body: [[String]] = []
                for r in rows {
                    guard let cells = r as? [Any] else { throw DecodeError(index: i, message: "a table row is not an array") }
                    body.append(cells.map { "\($0)" })
                }
                blocks.append(.table(Table(header: h, rows: body)))
            default:
                throw DecodeError(index: i, message: "unknown block '\(kind)'; known: \(kinds.joined(separator: ", "))")
            }
        }
        return ContentDocument(metadata: DocumentMetadata(title: docTitle), blocks: blocks)
    }

    /// The heading level implied by its numbering: 一、 → 1, （一） → 2, 1. → 3, （1） → 4.
    public static func headingLevel(_ t: String) -> Int {
        let cn = "一二三四五六七八九十"
        let chars = Array(t)
        guard let f = chars.first else { return 1 }
        if f == "（" || f == "(", chars.count > 1 {
            return CJK.isDigit(chars[1]) ? 4 : 2
        }
        if CJK.isDigit(f) { return 3 }
        if cn.contains(f) { return 1 }
        return 1
    }
}
