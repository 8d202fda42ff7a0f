import Foundation
import TOMLKit
import Typesetting

/// Reads `layouts/*.toml` into a `Layout`: follows `extends`, decodes every section with its
/// schema (`EngineSchema.swift`, the document kinds' settings), then checks what no single key
/// can (the page holds its grid, styles name defined colours, the texts match the document
/// kind). Every refusal names the file, the line and the key.
public enum LayoutLoader {
    /// The newest schema version this build reads.
    public static let schemaVersion = 1

    /// Top-level keys of the engine.
    static let engineKeys = [
        "version", "name", "extends", "page", "grid", "fonts", "styles", "colors", "furniture", "parts", "rules",
        "page_number", "table", "title_breaks", "texts",
    ]

    /// How deep `extends` may chain.
    static let maxExtends = 8

    /// Loads a layout file; `kinds` are the document kinds whose tables it may hold.
    public static func load(contentsOf url: URL, kinds: [any DocumentKind.Type]) throws(LayoutError) -> Layout {
        let tree = try read(url, chain: [])
        var layout = try decode(tree, file: url.path, kinds: kinds)
        if layout.name.isEmpty { layout.name = url.deletingPathExtension().lastPathComponent }
        return layout
    }

    /// Parses layout text; `file` names it in errors and places a relative `extends`.
    public static func parse(_ text: String, file: String, kinds: [any DocumentKind.Type]) throws(LayoutError) -> Layout {
        let url = URL(fileURLWithPath: file)
        let tree = try resolve(try tree(text, file: file), url: url, chain: [url.standardizedFileURL.path])
        return try decode(tree, file: file, kinds: kinds)
    }

    // MARK: reading and extends

    /// The largest layout file read (the shipped ones are under 20 KB).
    static let maxBytes = 1 << 20

    static func read(_ url: URL, chain: [String]) throws(LayoutError) -> Located {
        // a FIFO, a device or a huge file is refused before it is read
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let attributes, attributes[.type] as? FileAttributeType != .typeRegular {
            throw LayoutError(file: url.path, line: nil, key: "", message: "not a regular file")
        }
        if let size = attributes?[.size] as? Int, size > maxBytes {
            throw LayoutError(file: url.path, line: nil, key: "", message: "larger than \(maxBytes / 1024) KiB; not a layout")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LayoutError(
                file: url.path, line: nil, key: "", message: "cannot read layout file: \(error.localizedDescription)")
        }
        return try resolve(try tree(text, file: url.path), url: url, chain: chain + [url.standardizedFileURL.path])
    }

    static func tree(_ text: String, file: String) throws(LayoutError) -> Located {
        try TableHeaderCheck.check(text, file: file)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw LayoutError(file: file, line: e.source.begin.line, key: "", message: "not valid TOML: \(e.description)")
        } catch {
            throw LayoutError(file: file, line: nil, key: "", message: "not valid TOML: \(error)")
        }
        let lines = LineIndex(text)
        try NestingCheck.check(table, file: file, lines: lines)
        let root = Located(table: table, file: file, lines: lines)
        guard let version = root["version"] else {
            throw LayoutError(
                file: file, line: 1, key: "version",
                message: "missing; every layout file starts with version = \(schemaVersion)")
        }
        guard case .integer(let v) = version.node, (1...schemaVersion).contains(v) else {
            throw LayoutError(
                file: file, line: version.line, key: "version",
                message:
                    "this tongbao reads layout version 1 to \(schemaVersion), found \(version.typeName == "integer" ? "\(version.node)" : version.typeName)"
            )
        }
        return root
    }

    /// Lays `tree` over the layout it `extends` (a path relative to its file), recursively.
    static func resolve(_ tree: Located, url: URL, chain: [String]) throws(LayoutError) -> Located {
        guard let ext = tree["extends"] else { return tree }
        guard case .string(let path) = ext.node, !path.isEmpty else {
            throw LayoutError(file: ext.file, line: ext.line, key: "extends", message: "expected the path of a layout file")
        }
        let baseURL = URL(fileURLWithPath: path, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        if chain.contains(baseURL.path) {
            throw LayoutError(
                file: ext.file, line: ext.line, key: "extends",
                message: "extends itself: \(chain.joined(separator: " → ")) → \(baseURL.path)")
        }
        guard chain.count < maxExtends else {
            throw LayoutError(file: ext.file, line: ext.line, key: "extends", message: "more than \(maxExtends) layouts extend each other")
        }
        guard FileManager.default.fileExists(atPath: baseURL.path) else {
            throw LayoutError(file: ext.file, line: ext.line, key: "extends", message: "no such layout file: \(baseURL.path)")
        }
        // the base's own name and extends are its own
        let base = try read(baseURL, chain: chain).removing(["name", "extends"])
        return tree.over(base)
    }

    // MARK: decoding

    static func decode(_ root: Located, file: String, kinds: [any DocumentKind.Type]) throws(LayoutError) -> Layout {
        let kindTables = kinds.map { $0.table }
        for (key, value) in root.entries where !engineKeys.contains(key) && !kindTables.contains(key) {
            throw LayoutError(file: value.file, line: value.line, key: key, message: "unknown key", allowed: engineKeys + kindTables)
        }
        func section<T: Decodable>(_ key: String, _ type: T.Type) throws(LayoutError) -> T {
            guard let value = root[key] else {
                throw LayoutError(
                    file: file, line: 1, key: key,
                    message: "missing; set it here or extend a layout that does (extends = \"base.toml\")")
            }
            return try run(root) { try LayoutDecoder(value, path: [Name(key)]).decode(type) }
        }
        let colors = try section("colors", [String: Colour].self).mapValues(\.hex)
        var layout = Layout(
            version: try section("version", Int.self), name: root["name"] == nil ? "" : try section("name", String.self),
            page: try section("page", PageSpec.self), grid: try section("grid", GridSpec.self),
            fonts: try named("fonts", FontRole.self, allowed: FontRole.names, root: root, file: file),
            styles: try named("styles", BlockStyle.self, allowed: BlockStyle.names, root: root, file: file),
            colors: colors, furniture: try section("furniture", Furniture.self), parts: try section("parts", Parts.self),
            rules: try section("rules", RuleSpec.self), pageNumber: try section("page_number", PageNumberSpec.self),
            table: try section("table", TableSpec.self), titleBreaks: try section("title_breaks", TitleBreaks.self),
            texts: root["texts"] == nil ? [:] : try section("texts", [String: String].self))
        var present: [any DocumentKind.Type] = []
        for kind in kinds where root[kind.table] != nil {
            layout.documentSettings[kind.table] = try settings(kind, root: root)
            present.append(kind)
        }
        try LayoutChecks(root: root, file: file, layout: layout).run(kinds: present)
        return layout
    }

    static func settings<K: DocumentKind>(_ kind: K.Type, root: Located) throws(LayoutError) -> DocumentSettings {
        guard let value = root[kind.table] else { throw LayoutError(file: root.file, line: nil, key: kind.table, message: "missing") }
        return DocumentSettings(try run(root) { try LayoutDecoder(value, path: [Name(kind.table)]).decode(K.Settings.self) })
    }

    /// A table of named entries whose names are a closed set, every name present (`[fonts]`, `[styles]`).
    static func named<T: Decodable>(
        _ key: String, _ type: T.Type, allowed: [String], root: Located, file: String
    ) throws(LayoutError) -> [String: T] {
        guard let table = root[key] else {
            throw LayoutError(file: file, line: 1, key: key, message: "missing; set it here or extend a layout that does")
        }
        guard case .table(let entries) = table.node else {
            throw LayoutError(file: table.file, line: table.line, key: key, message: "expected a table, found \(table.typeName)")
        }
        var out: [String: T] = [:]
        for (name, value) in entries {
            guard allowed.contains(name) else {
                let what = key == "fonts" ? "font role" : "style"
                throw LayoutError(file: value.file, line: value.line, key: "\(key).\(name)", message: "unknown \(what)", allowed: allowed)
            }
            out[name] = try run(root) { try LayoutDecoder(value, path: [Name(key), Name(name)]).decode(type) }
        }
        for name in allowed where out[name] == nil {
            throw LayoutError(
                file: file, line: table.line, key: "\(key).\(name)", message: "missing; set it here or in the layout this one extends")
        }
        return out
    }

    /// Runs a decode, turning a `DecodingError` raised by a section's own check into a `LayoutError`
    /// at the key it names.
    static func run<T>(_ root: Located, _ body: () throws -> T) throws(LayoutError) -> T {
        do {
            return try body()
        } catch let e as LayoutError {
            throw e
        } catch let e as DecodingError {
            let (path, message): ([any CodingKey], String) =
                switch e {
                case .dataCorrupted(let c): (c.codingPath, c.debugDescription)
                case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c): (c.codingPath, c.debugDescription)
                @unknown default: ([], "\(e)")
                }
            let at = root.locate(path.map(\.stringValue))
            throw LayoutError(file: at.file, line: at.line, key: path.map(\.stringValue).joined(separator: "."), message: message)
        } catch {
            throw LayoutError(file: root.file, line: nil, key: "", message: "\(error)")
        }
    }
}

/// A coding key made from a table name.
struct Name: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A `[colors]` value.
struct Colour: Decodable {
    var hex: String

    init(from decoder: any Decoder) throws {
        guard let d = decoder as? LayoutDecoder else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "")) }
        hex = try LayoutDecoder(d.value, path: d.codingPath, rule: .color).decode(String.self)
    }
}

extension Located {
    /// The file and line of the deepest value written along `path`.
    func locate(_ path: [String]) -> (file: String, line: Int?) {
        var here = self
        for key in path {
            guard let next = here[key] else { break }
            here = next
        }
        return (here.file, here.line)
    }

    /// The file and line of the value at `path`, nil when there is none.
    func locate(_ path: [String], exactly: Bool) -> (file: String, line: Int?)? {
        var here = self
        for key in path {
            guard let next = here[key] else { return nil }
            here = next
        }
        return (here.file, here.line)
    }
}
