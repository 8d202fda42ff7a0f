import Foundation
import Testing

/// Every module's word lists (`Sources/<Module>/Words/*.txt`, read through the WordLists target):
/// each opens with a `#` comment saying what it is for, holds entries, repeats none (nor a key of
/// an `entry = value` list), and each module reads exactly the lists it ships.
@Suite struct WordListFileTests {
    static let sources = ChineseLiteralTests.sources

    /// Module name → its list names.
    static func modules() throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            let dir = sources.appendingPathComponent(module).appendingPathComponent("Words")
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            out[module] = files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        }
        return out
    }

    static func entries(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func modulesShipLists() throws {
        let m = try Self.modules()
        for name in ["BriefingReader", "AirQuality", "ReportModel", "Typesetting", "Review", "Documents"] {
            #expect(m[name]?.isEmpty == false, "\(name) ships no Words/*.txt")
        }
    }

    @Test func everyListHasAHeaderAndNoRepeats() throws {
        let tables = try Self.read(#"(?:WordLists\.table|WordTable|RoleList)\("([a-z0-9-]+)""#)
        for (module, names) in try Self.modules() {
            for name in names {
                let file = "\(module)/Words/\(name).txt"
                let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
                #expect(text.hasPrefix("# "), "\(file) must open with a # comment saying what it is for")
                let entries = Self.entries(text)
                #expect(!entries.isEmpty, "\(file) is empty")
                var seen: Set<String> = []
                for e in entries {
                    #expect(!seen.contains(e), "\(file) repeats '\(e)'")
                    seen.insert(e)
                }
                // a list read as a table (`key = value`): no key twice
                if tables[module, default: []].contains(name) {
                    let keys = entries.map { $0.components(separatedBy: " = ")[0] }
                    #expect(Set(keys).count == keys.count, "\(file) repeats a key")
                }
            }
        }
    }

    /// The lists a module's code names (`WordLists.list("x", …)`, `WordTable("x", …)`,
    /// BriefingReader's `Words.list("x")` and `RoleList("x")`) are the lists it ships.
    @Test func everyListIsReadAndExists() throws {
        let used = try Self.read(#"(?:WordLists\.[a-z]+|WordTable|Words\.[a-z]+|words|RoleList)\("([a-z0-9-]+)""#)
        for (module, names) in try Self.modules() {
            #expect(used[module, default: []].sorted() == names, "\(module): lists read by the code vs lists in \(module)/Words")
        }
    }

    /// Module → the list names its Swift files pass to a reader matching `pattern`.
    static func read(_ pattern: String) throws -> [String: Set<String>] {
        let regex = try Regex(pattern)
        var out: [String: Set<String>] = [:]
        for module in try modules().keys {
            let e = FileManager.default.enumerator(at: sources.appendingPathComponent(module), includingPropertiesForKeys: nil)
            while let u = e?.nextObject() as? URL {
                guard u.pathExtension == "swift" else { continue }
                for m in try String(contentsOf: u, encoding: .utf8).matches(of: regex) {
                    if let n = m.output[1].substring { out[module, default: []].insert(String(n)) }
                }
            }
        }
        return out
    }
}
