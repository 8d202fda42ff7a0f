import Foundation

/// The content list `tongbao render` reads and `--emit-content` writes: a JSON array of blocks,
/// each an array whose first element names its kind. It accepts the bench's block list
/// (`["masthead", t]`, `["issue", t]`, `["issuer", office, date]`, `["rule"]`, `["doctitle", t]`,
/// `["h0", t]`, `["h", t]`, `["p", t]`, `["pagebreak"]`, `["caption", t]`, `["note", t]`,
/// `["table", header, rows]`) and extends it with forms that carry everything a `ContentDocument`
/// holds, so that `decode(encode(doc)) == doc`:
///
/// - `["meta", {"title", "author", "subject", "keywords", "creationDate"}]` — PDF metadata (any block position; the
///   title otherwise comes from the first `doctitle`);
/// - `["h1"…"h4", t]` — a heading of that level whatever its numbering (`["h", t]` takes the level from 一、/（一）/1./（1）);
/// - `["p", [run, …]]` — a paragraph of runs, each a string or `["strong", t]` / `["kai", t]`;
/// - `["table", header, rows, {"widths": [Double], "align": ["leading"|"center"|"trailing"], "highlight": [Int]}]`;
/// - `["chart", {"title", "orientation": "horizontal"|"vertical", "axis", "height", "bars": [[label, value, valueText, "#RRGGBB"], …]}]`;
/// - `["signature", office, date]`, `["endblock", copyTo, printer, printDate]`, `["spacer", lines]`;
/// - provenance: a `p`, `h…`, `caption` or `note` block made from sources ends with
///   `{"sources": [{"file": PATH, "lines": [FIRST, LAST]}, …]}`; a table names one list of spans per
///   row as `"sources"` in its options.
///
/// A JSON object instead of an array is read as a `ContentDocument` (Codable).
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

    /// Block kinds of the list format.
    public static let kinds = [
        "meta", "masthead", "issue", "issuer", "rule", "doctitle", "h0", "h", "h1", "h2", "h3", "h4", "p", "pagebreak",
        "caption", "note", "table", "chart", "signature", "endblock", "spacer",
    ]

    /// Decodes either format.
    public static func decode(_ data: Data, title: String = "") throws(DecodeError) -> ContentDocument {
        let json: Any
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: data).any
        } catch {
            throw DecodeError(index: nil, message: "not JSON: \(error)")
        }
        if json is [String: Any] {
            let doc: ContentDocument
            do {
                doc = try JSONDecoder().decode(ContentDocument.self, from: data)
            } catch {
                throw DecodeError(index: nil, message: "not a content document: \(error)")
            }
            if let problem = ContentCheck.firstProblem(doc) { throw problem }
            return doc
        }
        guard let list = json as? [Any] else { throw DecodeError(index: nil, message: "expected a JSON array of blocks") }
        var blocks: [Block] = []
        var docTitle = title
        var metadata: DocumentMetadata? = nil
        var metaTitled = false
        var listIndex: [Int] = []  // list position of each block
        var sources: [Int: BlockSources] = [:]
        for (i, item) in list.enumerated() {
            let before = blocks.count
            defer { if blocks.count > before { listIndex.append(i) } }
            guard var arr = item as? [Any], let kind = arr.first as? String else {
                throw DecodeError(index: i, message: "expected [\"kind\", …]")
            }
            if ["p", "h0", "h", "h1", "h2", "h3", "h4", "caption", "note"].contains(kind), arr.count > 2,
                let last = arr.last as? [String: Any], last["sources"] != nil
            {
                let reader = Reader(index: i, kind: kind, items: arr)
                sources[blocks.count] = .block(try reader.spans(last["sources"] ?? []))
                arr.removeLast()
            }
            if kind == "table", arr.count > 3, let o = arr[3] as? [String: Any], let rows = o["sources"] {
                let reader = Reader(index: i, kind: kind, items: arr)
                guard let list = rows as? [Any] else { throw reader.fail("'sources' must be one list of spans per row") }
                sources[blocks.count] = .rows(try list.map { r throws(DecodeError) in try reader.spans(r) })
            }
            let reader = Reader(index: i, kind: kind, items: arr)
            switch kind {
            case "meta":
                let o = try reader.object(1)
                metaTitled = o["title"] is String
                metadata = DocumentMetadata(
                    title: try reader.string(o, "title") ?? "", author: try reader.string(o, "author") ?? "",
                    subject: try reader.string(o, "subject") ?? "", keywords: try reader.string(o, "keywords") ?? "",
                    creationDate: try reader.string(o, "creationDate"))
            case "masthead": blocks.append(.masthead(try reader.string(1)))
            case "issue": blocks.append(.issueLine(try reader.string(1)))
            case "issuer": blocks.append(.issuer(office: try reader.string(1), date: try reader.string(2)))
            case "rule": blocks.append(.separatorRule)
            case "doctitle":
                let t = try reader.string(1)
                if docTitle.isEmpty { docTitle = t }
                blocks.append(.title(t))
            case "h0": blocks.append(.heading(level: 0, text: try reader.string(1)))
            case "h":
                let t = try reader.string(1)
                blocks.append(.heading(level: headingLevel(t), text: t))
            case "h1", "h2", "h3", "h4":
                blocks.append(.heading(level: Int(String(kind.suffix(1))) ?? 1, text: try reader.string(1)))
            case "p": blocks.append(.paragraph(try reader.runs(1)))
            case "pagebreak": blocks.append(.pageBreak)
            case "caption": blocks.append(.caption(try reader.string(1)))
            case "note": blocks.append(.note(try reader.string(1)))
            case "signature": blocks.append(.signature(office: try reader.string(1), date: try reader.string(2)))
            case "endblock":
                blocks.append(
                    .endBlock(EndBlock(copyTo: try reader.string(1), printer: try reader.string(2), printDate: try reader.string(3))))
            case "spacer": blocks.append(.spacer(lines: arr.count > 1 ? try reader.int(arr[1], "lines") : 1))
            case "table": blocks.append(.table(try reader.table()))
            case "chart": blocks.append(.chart(try reader.chart()))
            default:
                throw DecodeError(index: i, message: "unknown block '\(kind)'; known: \(kinds.joined(separator: ", "))")
            }
        }
        var m = metadata ?? DocumentMetadata(title: docTitle)
        if !metaTitled { m.title = docTitle }
        let doc = ContentDocument(metadata: m, blocks: blocks, sources: sources)
        if var problem = ContentCheck.firstProblem(doc) {
            // name the block by its position in the list (a "meta" entry is no block)
            problem.index = problem.index.map { listIndex[$0] }
            throw problem
        }
        return doc
    }

    /// The heading level implied by its numbering: 一、 → 1, （一） → 2, 1. → 3, （1） → 4.
    public static func headingLevel(_ t: String) -> Int {
        let chars = Array(t)
        guard let f = chars.first else { return 1 }
        if f == "（" || f == "(", chars.count > 1 {
            return CJK.isDigit(chars[1]) ? 4 : 2
        }
        if CJK.isDigit(f) { return 3 }
        return 1  // 一、 and anything else
    }

    /// Reads the positions and fields of one block, with errors naming the block.
    struct Reader {
        let index: Int
        let kind: String
        let items: [Any]

        func fail(_ message: String) -> DecodeError { DecodeError(index: index, message: "'\(kind)': \(message)") }

        func string(_ k: Int) throws(DecodeError) -> String {
            guard k < items.count, let s = items[k] as? String else { throw fail("needs a string in position \(k)") }
            return s
        }

        func object(_ k: Int) throws(DecodeError) -> [String: Any] {
            guard k < items.count, let o = items[k] as? [String: Any] else { throw fail("needs an object in position \(k)") }
            return o
        }

        func string(_ o: [String: Any], _ key: String) throws(DecodeError) -> String? {
            guard let v = o[key], !(v is JSONValue.Null) else { return nil }
            guard let s = v as? String else { throw fail("'\(key)' must be a string") }
            return s
        }

        func number(_ v: Any, _ what: String) throws(DecodeError) -> Double {
            guard let n = v as? Double, n.isFinite else { throw fail("\(what) must be a number") }
            return n
        }

        func int(_ v: Any, _ what: String) throws(DecodeError) -> Int {
            let d = try number(v, what)
            guard d == d.rounded(), abs(d) < 1e9 else { throw fail("\(what) must be a whole number") }
            return Int(d)
        }

        /// A table cell: strings as they are, numbers as JSON wrote them.
        func cell(_ v: Any) -> String {
            if let s = v as? String { return s }
            if let n = v as? Double { return JSON.number(n) }
            if let b = v as? Bool { return b ? "true" : "false" }
            return ""
        }

        /// `[{"file": PATH, "lines": [FIRST, LAST]}, …]`.
        func spans(_ v: Any) throws(DecodeError) -> [SourceRef] {
            guard let list = v as? [Any] else { throw fail("'sources' must be a list of {\"file\", \"lines\"}") }
            return try list.map { e throws(DecodeError) in
                guard let o = e as? [String: Any], let file = o["file"] as? String, let lines = o["lines"] as? [Any],
                    lines.count == 2
                else { throw fail("a source span is {\"file\": PATH, \"lines\": [FIRST, LAST]}") }
                let first = try int(lines[0], "a first line")
                let last = try int(lines[1], "a last line")
                guard first >= 1, last >= first else { throw fail("source lines [\(first), \(last)] are not a range") }
                return SourceRef(file: file, lines: [first, last])
            }
        }

        func runs(_ k: Int) throws(DecodeError) -> [Inline] {
            guard k < items.count else { throw fail("needs text or a list of runs in position \(k)") }
            if let s = items[k] as? String { return [Inline(s)] }
            guard let list = items[k] as? [Any] else { throw fail("needs text or a list of runs in position \(k)") }
            var out: [Inline] = []
            for run in list {
                if let s = run as? String {
                    out.append(Inline(s))
                } else if let pair = run as? [Any], pair.count == 2, let e = pair[0] as? String, let t = pair[1] as? String,
                    let emphasis = Inline.Emphasis(rawValue: e)
                {
                    out.append(Inline(t, emphasis: emphasis))
                } else {
                    throw fail("a run must be a string or [\"strong\"|\"kai\"|\"none\", text]")
                }
            }
            return out
        }

        func table() throws(DecodeError) -> Table {
            guard items.count >= 3, let header = items[1] as? [Any], let rows = items[2] as? [Any] else {
                throw fail("needs a header array and a rows array")
            }
            var body: [[String]] = []
            for r in rows {
                guard let cells = r as? [Any] else { throw fail("a table row is not an array") }
                body.append(cells.map(cell))
            }
            var table = Table(header: header.map(cell), rows: body)
            guard items.count > 3 else { return table }
            guard let o = items[3] as? [String: Any] else { throw fail("position 3 must be an options object") }
            for key in o.keys where !["widths", "align", "highlight", "sources"].contains(key) {
                throw fail("unknown table option '\(key)' (widths, align, highlight, sources)")
            }
            if let w = o["widths"] {
                guard let list = w as? [Any] else { throw fail("'widths' must be an array of numbers") }
                table.columnWidths = try list.map { v throws(DecodeError) in try number(v, "a column width") }
            }
            if let a = o["align"] {
                guard let list = a as? [Any] else { throw fail("'align' must be an array") }
                table.alignments = try list.map { v throws(DecodeError) in
                    guard let s = v as? String, let al = Table.Alignment(rawValue: s) else {
                        throw fail("an alignment is leading, center or trailing")
                    }
                    return al
                }
            }
            if let h = o["highlight"] {
                guard let list = h as? [Any] else { throw fail("'highlight' must be an array of row indices") }
                table.highlightedRows = try list.map { v throws(DecodeError) in try int(v, "a highlighted row") }
            }
            return table
        }

        func chart() throws(DecodeError) -> BarChart {
            let o = try object(1)
            guard let bars = o["bars"] as? [Any] else { throw fail("needs 'bars': [[label, value, valueText, colour], …]") }
            var out: [BarChart.Bar] = []
            for b in bars {
                guard let a = b as? [Any], a.count == 4, let label = a[0] as? String, let text = a[2] as? String,
                    let color = a[3] as? String
                else { throw fail("a bar is [label, value, valueText, \"#RRGGBB\"]") }
                out.append(BarChart.Bar(label: label, value: try number(a[1], "a bar value"), valueText: text, color: color))
            }
            var orientation = BarChart.Orientation.horizontal
            if let s = try string(o, "orientation") {
                guard let v = BarChart.Orientation(rawValue: s) else { throw fail("'orientation' is horizontal or vertical") }
                orientation = v
            }
            return BarChart(
                title: try string(o, "title") ?? "", bars: out, orientation: orientation, axisLabel: try string(o, "axis") ?? "",
                height: try o["height"].map { v throws(DecodeError) in try number(v, "'height'") } ?? 300)
        }
    }

    /// Any JSON value, read with `JSONDecoder` (whose numbers read back exactly) and handed on as
    /// `String`, `Double`, `Bool`, `JSONValue.Null`, `[Any]` or `[String: Any]`.
    enum JSONValue: Decodable {
        struct Null {}
        case string(String), number(Double), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            // the commonest kinds first: each kind that does not match throws a DecodingError, which
            // JSONDecoder builds with its coding path (a ~100-page block list's strings tried as Bool
            // and Double first: 1564 → 1529 M instructions for the whole render)
            if c.decodeNil() {
                self = .null
            } else if let s = try? c.decode(String.self) {
                self = .string(s)
            } else if let a = try? c.decode([JSONValue].self) {
                self = .array(a)
            } else if let d = try? c.decode(Double.self) {
                self = .number(d)
            } else if let b = try? c.decode(Bool.self) {
                self = .bool(b)
            } else {
                self = .object(try c.decode([String: JSONValue].self))
            }
        }

        var any: Any {
            switch self {
            case .string(let s): return s
            case .number(let d): return d
            case .bool(let b): return b
            case .null: return Null()
            case .array(let a): return a.map(\.any)
            case .object(let o): return o.mapValues(\.any)
            }
        }
    }

    // MARK: - Encoding

    /// The list form of `doc`, one block per line; `decode(encode(doc)) == doc`.
    public static func encode(_ doc: ContentDocument) -> Data {
        var lines: [String] = []
        let m = doc.metadata
        let firstTitle =
            doc.blocks.lazy.compactMap { b -> String? in
                if case .title(let t) = b { return t } else { return nil }
            }.first ?? ""
        if m != DocumentMetadata(title: firstTitle) {
            var fields = [("title", JSON.string(m.title))]
            if !m.author.isEmpty { fields.append(("author", JSON.string(m.author))) }
            if !m.subject.isEmpty { fields.append(("subject", JSON.string(m.subject))) }
            if !m.keywords.isEmpty { fields.append(("keywords", JSON.string(m.keywords))) }
            if let d = m.creationDate { fields.append(("creationDate", JSON.string(d))) }
            lines.append(JSON.array([JSON.string("meta"), JSON.object(fields)]))
        }
        for (i, block) in doc.blocks.enumerated() { lines.append(encode(block, sources: doc.sources[i])) }
        return Data(("[\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n").utf8)
    }

    static func encode(_ block: Block, sources: BlockSources? = nil) -> String {
        let s = JSON.string
        func spans(_ refs: [SourceRef]) -> String {
            JSON.array(refs.map { JSON.object([("file", s($0.file)), ("lines", JSON.array($0.lines.map { String($0) }))]) })
        }
        // The spans of a text block go last, as its own element (faithcheck reads them there).
        var blockSpans: String? = nil
        if case .block(let refs) = sources { blockSpans = JSON.object([("sources", spans(refs))]) }
        func list(_ kind: String, _ rest: [String] = []) -> String {
            JSON.array([s(kind)] + rest + (blockSpans.map { [$0] } ?? []))
        }
        switch block {
        case .masthead(let t): return list("masthead", [s(t)])
        case .issueLine(let t): return list("issue", [s(t)])
        case .issuer(let office, let date): return list("issuer", [s(office), s(date)])
        case .separatorRule: return list("rule")
        case .title(let t): return list("doctitle", [s(t)])
        case .heading(let level, let text):
            if level == 0 { return list("h0", [s(text)]) }
            if (1...4).contains(level), headingLevel(text) == level { return list("h", [s(text)]) }
            return list("h\(min(max(level, 1), 4))", [s(text)])
        case .paragraph(let runs):
            if runs.count == 1, runs[0].emphasis == .none { return list("p", [s(runs[0].text)]) }
            return list(
                "p",
                [
                    JSON.array(
                        runs.map { r in r.emphasis == .none ? s(r.text) : JSON.array([s(r.emphasis.rawValue), s(r.text)]) })
                ])
        case .caption(let t): return list("caption", [s(t)])
        case .note(let t): return list("note", [s(t)])
        case .signature(let office, let date): return list("signature", [s(office), s(date)])
        case .endBlock(let e): return list("endblock", [s(e.copyTo), s(e.printer), s(e.printDate)])
        case .spacer(let n): return list("spacer", [String(n)])
        case .pageBreak: return list("pagebreak")
        case .table(let t):
            var parts = [JSON.array(t.header.map(s)), JSON.array(t.rows.map { JSON.array($0.map(s)) })]
            var options: [(String, String)] = []
            if !t.columnWidths.isEmpty { options.append(("widths", JSON.array(t.columnWidths.map(JSON.number)))) }
            if !t.alignments.isEmpty { options.append(("align", JSON.array(t.alignments.map { s($0.rawValue) }))) }
            if !t.highlightedRows.isEmpty { options.append(("highlight", JSON.array(t.highlightedRows.map { String($0) }))) }
            if case .rows(let rows) = sources { options.append(("sources", JSON.array(rows.map(spans)))) }
            if !options.isEmpty { parts.append(JSON.object(options)) }
            return list("table", parts)
        case .chart(let c):
            let bars = c.bars.map { b in JSON.array([s(b.label), JSON.number(b.value), s(b.valueText), s(b.color)]) }
            return list(
                "chart",
                [
                    JSON.object([
                        ("title", s(c.title)), ("orientation", s(c.orientation.rawValue)), ("axis", s(c.axisLabel)),
                        ("height", JSON.number(c.height)), ("bars", JSON.array(bars)),
                    ])
                ])
        }
    }

    /// A minimal JSON writer: fixed key order, CJK kept as is, numbers that read back exactly.
    enum JSON {
        static func string(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                        out += String(format: "\\u%04x", u.value)
                    } else {
                        out.unicodeScalars.append(u)
                    }
                }
            }
            return out + "\""
        }

        /// Shortest text that reads back as the same Double; whole numbers without ".0".
        static func number(_ d: Double) -> String {
            guard d.isFinite else { return "0" }
            if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
            return "\(d)"
        }

        static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

        static func object(_ fields: [(String, String)]) -> String {
            "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }
    }
}
