import TOMLKit

/// A layout file's values with where each was written, so that every error can name the file,
/// the line and the key, even after `extends` has merged several files.
struct Located {
    /// The value.
    var node: Node
    /// The file it comes from.
    var file: String
    /// Its line, when known.
    var line: Int?

    /// A TOML value. Tables keep their keys in the order they were written.
    indirect enum Node {
        case table([(key: String, value: Located)])
        case array([Located])
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        /// A date or time: valid TOML, but no layout key takes one.
        case other(String)
    }

    /// What the value is, for messages ("expected a number, found string").
    var typeName: String {
        switch node {
        case .table: "table"
        case .array: "array"
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .bool: "boolean"
        case .other(let t): t
        }
    }

    /// The value at `key` of a table.
    subscript(key: String) -> Located? {
        guard case .table(let entries) = node else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// Entries of a table, empty for anything else.
    var entries: [(key: String, value: Located)] {
        if case .table(let e) = node { return e }
        return []
    }

    /// Reads a parsed TOML table; `lines` places each key.
    init(table: TOMLTable, file: String, lines: LineIndex, path: [String] = []) {
        var entries: [(key: String, value: Located)] = []
        for (key, value) in table {
            entries.append((key, Located(value: value, file: file, lines: lines, path: path + [key])))
        }
        // toml++ keeps keys sorted; errors should come in the order a reader meets them
        entries.sort { ($0.value.line ?? Int.max, $0.key) < ($1.value.line ?? Int.max, $1.key) }
        self.init(node: .table(entries), file: file, line: lines.line(of: path))
    }

    init(node: Node, file: String, line: Int?) {
        self.node = node
        self.file = file
        self.line = line
    }

    private init(value: TOMLValueConvertible, file: String, lines: LineIndex, path: [String]) {
        let line = lines.line(of: path)
        if let t = value.table {
            self.init(table: t, file: file, lines: lines, path: path)
        } else if let a = value.array {
            self.init(
                node: .array(a.map { Located(value: $0, file: file, lines: lines, path: path) }), file: file, line: line)
        } else if let s = value.string {
            self.init(node: .string(s), file: file, line: line)
        } else if let i = value.int {
            self.init(node: .integer(i), file: file, line: line)
        } else if let d = value.double {
            self.init(node: .float(d), file: file, line: line)
        } else if let b = value.bool {
            self.init(node: .bool(b), file: file, line: line)
        } else {
            self.init(node: .other("\(value.type)"), file: file, line: line)
        }
    }

    /// `self` laid over `base` (`extends`): tables merge key by key, anything else replaces.
    func over(_ base: Located) -> Located {
        guard case .table(let mine) = node, case .table(var merged) = base.node else { return self }
        for (key, value) in mine {
            if let i = merged.firstIndex(where: { $0.key == key }) {
                merged[i].value = value.over(merged[i].value)
            } else {
                merged.append((key, value))
            }
        }
        return Located(node: .table(merged), file: file, line: line)
    }

    /// A copy without `keys` (top level).
    func removing(_ keys: Set<String>) -> Located {
        Located(node: .table(entries.filter { !keys.contains($0.key) }), file: file, line: line)
    }
}
