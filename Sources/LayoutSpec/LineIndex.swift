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
        // lines split and spaces skipped on Unicode scalars: Foundation's String methods bridged
        // every line through NSString (~40,000 instructions a line, a tenth of a one-page render);
        // a CRLF file's lines lose their "\r" (split on Characters, "\r\n" would be one)
        for (i, row) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let raw = row.last == "\r" ? row.dropLast() : row
            var line = Substring(raw)
            if let close = multiline {
                guard let r = line.range(of: close) else { continue }
                line = line[r.upperBound...]
                multiline = nil
            }
            if depth == 0 {
                let trimmed = Substring(line.unicodeScalars.drop(while: Self.isSpace))
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
                parts.append(trimmed(current))
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(trimmed(current))
        return parts.filter { !$0.isEmpty }
    }

    /// Whether `u` is in Foundation's `whitespaces`: tab, the space separators (Zs) and U+200B.
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `s` without the spaces at either end (as `trimmingCharacters(in: .whitespaces)`).
    static func trimmed(_ s: String) -> String {
        let u = s.unicodeScalars
        guard let first = u.firstIndex(where: { !isSpace($0) }), let last = u.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(u[first...last]))
    }

    /// Follows brackets, strings and comments of a value so that the lines of a multi-line array
    /// or string are not read as keys. Read as UTF-8 bytes: every mark it looks for is ASCII, and
    /// no byte of a multi-byte character is.
    static func scanValue(_ s: Substring, depth: inout Int, multiline: inout String?) {
        let b = Array(s.utf8)
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            switch c {
            case UInt8(ascii: "#"): return
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if i + 2 < n, b[i + 1] == c, b[i + 2] == c {
                    var k = i + 3
                    while k + 2 < n, !(b[k] == c && b[k + 1] == c && b[k + 2] == c) { k += 1 }
                    guard k + 2 < n else {
                        multiline = String(repeating: Character(Unicode.Scalar(c)), count: 3)
                        return
                    }
                    i = k + 3
                    continue
                }
                var j = i + 1
                while j < n, b[j] != c {
                    if c == UInt8(ascii: "\""), b[j] == UInt8(ascii: "\\") { j += 1 }
                    if j < n { j += 1 }
                }
                i = j < n ? j + 1 : j
                continue
            default: break
            }
            i += 1
        }
    }
}
