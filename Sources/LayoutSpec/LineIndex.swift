import Foundation

/// Where each key of a TOML text is written: dotted key → 1-based line. TOMLKit (toml++) gives
/// values no source positions, so the loader reads the lines of key/value pairs and table
/// headers itself; a key inside an inline table or an array is found at the line of its
/// outermost key.
struct LineIndex {
    private(set) var lines: [String: Int] = [:]

    init(_ text: String) {
        var section: [String] = []
        var depth = 0  // open brackets and braces of a value spanning lines
        var multiline: String? = nil  // the closing quotes of an open multi-line string
        // "\r\n" is one Character in Swift: splitting on "\n" alone would read a CRLF file as one line
        let rows = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (i, raw) in rows.enumerated() {
            var line = Substring(raw)
            if let close = multiline {
                guard let r = line.range(of: close) else { continue }
                line = line[r.upperBound...]
                multiline = nil
            }
            if depth == 0 {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("[") {
                    let inner = trimmed.drop { $0 == "[" }
                    let name = inner.prefix { $0 != "]" }
                    section = Self.keyPath(String(name))
                    record(section, i + 1)
                    continue
                }
                if let eq = Self.equalsSign(in: line) {
                    let key = Self.keyPath(String(line[..<eq]))
                    if !key.isEmpty { record(section + key, i + 1) }
                    line = line[line.index(after: eq)...]
                }
            }
            Self.scanValue(line, depth: &depth, multiline: &multiline)
        }
    }

    private mutating func record(_ path: [String], _ line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// The line of `path`, or of its nearest written parent.
    func line(of path: [String]) -> Int? {
        var p = path
        while !p.isEmpty {
            if let l = lines[p.joined(separator: ".")] { return l }
            p.removeLast()
        }
        return nil
    }

    /// The first line of `path` or of any key written under it (`a.b` for `a.b.c.d = 1`), or of
    /// its nearest written parent: a table made only by dotted keys has no line of its own.
    func firstLine(under path: [String]) -> Int? {
        let key = path.joined(separator: ".")
        let below = lines.filter { $0.key == key || $0.key.hasPrefix(key + ".") }.values.min()
        return below ?? line(of: path)
    }

    /// The `=` of a key/value line, outside quoted key parts.
    static func equalsSign(in line: Substring) -> Substring.Index? {
        var quote: Character? = nil
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "=" {
                return i
            } else if c == "#" {
                return nil
            }
        }
        return nil
    }

    /// `a . "b c".d` → ["a", "b c", "d"].
    static func keyPath(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character? = nil
        for c in s {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }

    /// Follows brackets, strings and comments of a value so that the lines of a multi-line array
    /// or string are not read as keys.
    static func scanValue(_ s: Substring, depth: inout Int, multiline: inout String?) {
        var i = s.startIndex
        func at(_ k: Int) -> Character? {
            guard let j = s.index(i, offsetBy: k, limitedBy: s.endIndex), j < s.endIndex else { return nil }
            return s[j]
        }
        while i < s.endIndex {
            let c = s[i]
            switch c {
            case "#": return
            case "[", "{": depth += 1
            case "]", "}": depth = max(0, depth - 1)
            case "\"", "'":
                if at(1) == c && at(2) == c {
                    let close = String(repeating: c, count: 3)
                    let rest = s[s.index(i, offsetBy: 3)...]
                    guard let r = rest.range(of: close) else {
                        multiline = close
                        return
                    }
                    i = r.upperBound
                    continue
                }
                var j = s.index(after: i)
                while j < s.endIndex, s[j] != c {
                    if c == "\"" && s[j] == "\\" { j = s.index(after: j) }
                    if j < s.endIndex { j = s.index(after: j) }
                }
                i = j < s.endIndex ? s.index(after: j) : j
                continue
            default: break
            }
            i = s.index(after: i)
        }
    }
}
