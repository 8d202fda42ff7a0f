import Foundation

/// Word lists shipped as data: `Words/<name>.txt` in a module's resource bundle, one entry per
/// line, `#` starts a comment line (each file opens with one saying what the list is for), blank
/// lines are skipped, `\s` stands for a space and `\n` for a line break. Every module that keeps
/// vocabulary reads it through here, so the file format has one home; callers keep what they read
/// in a `static let`, so each list is read once.
public enum WordLists {
    /// The entries of `Words/<name>.txt` in `bundle`, in file order.
    public static func list(_ name: String, in bundle: Bundle) -> [String] {
        guard let text = text(name, in: bundle) else {
            // A packaging fault, not bad input: the list ships with the module.
            preconditionFailure("word list Words/\(name).txt is missing from \(bundle.bundleURL.lastPathComponent)")
        }
        return entries(of: text)
    }

    /// The characters of a list whose entries are single characters, as one string.
    public static func characters(_ name: String, in bundle: Bundle) -> String { list(name, in: bundle).joined() }

    /// `entry = value` lines as pairs, in file order.
    public static func pairs(_ name: String, in bundle: Bundle) -> [(String, String)] {
        list(name, in: bundle).map { line in
            guard let (key, value) = pair(line) else {
                preconditionFailure("Words/\(name).txt: '\(line)' is not 'entry = value'")
            }
            return (key, value)
        }
    }

    /// `entry = value` lines as a dictionary (a list whose keys repeat is a packaging fault).
    public static func table(_ name: String, in bundle: Bundle) -> [String: String] {
        Dictionary(pairs(name, in: bundle)) { first, _ in
            preconditionFailure("Words/\(name).txt repeats a key (value '\(first)')")
        }
    }

    /// The names of every list in `bundle`.
    public static func names(in bundle: Bundle) -> [String] {
        guard let dir = bundle.resourceURL?.appendingPathComponent("Words"),
            let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(".txt".count)) }.sorted()
    }

    /// The raw text of a list file (for the tests of its header).
    public static func text(_ name: String, in bundle: Bundle) -> String? {
        guard let url = bundle.url(forResource: name, withExtension: "txt", subdirectory: "Words") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The entries of a list file's text.
    ///
    /// Lines are split and trimmed on Unicode scalars in Swift rather than with Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, which bridged every line through
    /// NSString (~40,000 instructions a line: the CLI's help list alone was 9 % of a one-page
    /// render). The trimmed set is Foundation's (`isBlank`).
    public static func entries(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true).compactMap { raw in
            guard let first = raw.firstIndex(where: { !isBlank($0) }), let last = raw.lastIndex(where: { !isBlank($0) }) else {
                return nil
            }
            let line = String(Substring(raw[first...last]))
            if line.hasPrefix("#") { return nil }
            guard line.utf8.contains(UInt8(ascii: "\\")) else { return line }
            return line.replacingOccurrences(of: "\\s", with: " ").replacingOccurrences(of: "\\n", with: "\n")
        }
    }

    /// Whether `u` is in Foundation's `whitespacesAndNewlines`: tab, U+000A–U+000D, the space
    /// separators (Zs), U+0085, U+200B, U+2028 and U+2029.
    static func isBlank(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// An `entry = value` line split at its first ` = `.
    public static func pair(_ line: String) -> (String, String)? {
        guard let r = line.range(of: " = ") else { return nil }
        return (String(line[..<r.lowerBound]), String(line[r.upperBound...]))
    }
}

/// An `entry = value` list read once, for names keyed by a code (a pollutant's `so2`, an AQI
/// level's `1`): the subscript's key is one the code owns, so a missing entry is a packaging fault
/// (each module's tests ask for every key), while `value(for:)` is for keys from input.
public struct WordTable: Sendable {
    /// The list's name, for the fault message.
    public let name: String
    /// The entries.
    public let entries: [String: String]

    public init(_ name: String, in bundle: Bundle) {
        self.name = name
        self.entries = WordLists.table(name, in: bundle)
    }

    /// The value of a key the code owns.
    public subscript(key: String) -> String {
        guard let v = entries[key] else { preconditionFailure("Words/\(name).txt has no entry '\(key) = …'") }
        return v
    }

    /// The value of a key read from input, if the list has it.
    public func value(for key: String) -> String? { entries[key] }
}

extension WordTable {
    /// The template `key` with each `{name}` replaced by its value (`（{file}第{line}行）`).
    public func fill(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        values.reduce(self[key]) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
