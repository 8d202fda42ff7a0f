import Foundation

/// The genre's word lists, read from `Words/*.txt` in the module's resources: one entry per line,
/// `#` starts a comment line, blank lines are skipped, `\s` stands for a space and `\n` for a line
/// break. Each list is read when first used (the callers keep it in a `static let`).
enum Words {
    /// The entries of `Words/<name>.txt`, in file order.
    static func list(_ name: String) -> [String] {
        guard let text = text(name) else {
            // A packaging fault, not bad input: the list ships with the module.
            preconditionFailure("BriefingReader: word list Words/\(name).txt is missing from the module's resources")
        }
        return entries(of: text)
    }

    /// The characters of a list whose entries are single characters, as one string.
    static func characters(_ name: String) -> String { list(name).joined() }

    /// `entry = value` lines as pairs, in file order.
    static func pairs(_ name: String) -> [(String, String)] {
        list(name).map { line in
            guard let r = line.range(of: " = ") else {
                preconditionFailure("BriefingReader: Words/\(name).txt: '\(line)' is not 'entry = value'")
            }
            return (String(line[..<r.lowerBound]), String(line[r.upperBound...]))
        }
    }

    /// The names of every list shipped with the module.
    static func names() -> [String] {
        guard let dir = Bundle.module.resourceURL?.appendingPathComponent("Words"),
            let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(".txt".count)) }.sorted()
    }

    /// The raw text of a list file (for the tests of its header).
    static func text(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Words") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The entries of a list file's text.
    static func entries(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { return nil }
            return line.replacingOccurrences(of: "\\s", with: " ").replacingOccurrences(of: "\\n", with: "\n")
        }
    }
}
