import Documents
import Foundation
import LayoutSpec
import Testing
import Typesetting

/// A scratch folder holding copies of the shipped layouts, where a test writes a layout that
/// extends one of them (or replaces one) and loads it with the registered document kinds.
struct LayoutFixture {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("layouts")

    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path) where name.hasSuffix(".toml") {
            try FileManager.default.copyItem(at: Self.shipped.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    /// The text of a shipped layout.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: shipped.appendingPathComponent(name), encoding: .utf8)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func load(_ name: String, kinds: [any DocumentKind.Type] = DocumentKinds.all) throws(LayoutError) -> Layout {
        try LayoutLoader.load(contentsOf: dir.appendingPathComponent(name), kinds: kinds)
    }

    /// The error of loading `text` written as `name`, nil when it loads.
    func error(_ name: String, _ text: String, kinds: [any DocumentKind.Type] = DocumentKinds.all) -> LayoutError? {
        do {
            try write(name, text)
            _ = try load(name, kinds: kinds)
            return nil
        } catch let e as LayoutError {
            return e
        } catch {
            Issue.record("cannot write \(name): \(error)")
            return nil
        }
    }

    /// The line of a table header in `text`.
    static func line(of header: String, in text: String) throws -> Int {
        let range = try #require(text.range(of: "\n" + header + "\n"))
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 2
    }

    /// A layout extending `base` with `body` from line 4 on (`version`, `extends`, a blank line first).
    static func child(of base: String, _ body: String) -> String {
        "version = 1\nextends = \"\(base)\"\n\n" + body
    }

    /// Expects `error` to name `file` in this fixture, `line` and `key`.
    func expect(
        _ error: LayoutError?, file: String, line: Int?, key: String, _ message: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error else {
            Issue.record("expected an error at \(file):\(line.map(String.init) ?? "?") '\(key)'", sourceLocation: sourceLocation)
            return
        }
        #expect(error.file == dir.appendingPathComponent(file).path, "\(error)", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.key == key, "\(error)", sourceLocation: sourceLocation)
        if let message {
            #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
        }
        #expect(error.description.hasPrefix("\(error.file):\(line.map(String.init) ?? "")"), sourceLocation: sourceLocation)
    }
}
