/// The one strict decoder of layout files: decodes `Decodable` section types from the merged
/// layout tree, refusing unknown keys, wrong types and values outside their key's rule with the
/// file, line and key. Hand-written because TOMLKit's decoder keeps no source lines and
/// silently ignores unknown keys.
struct LayoutDecoder: Decoder {
    let value: Located
    let codingPath: [any CodingKey]
    /// The rule of the key being decoded (applied to each element of an array).
    let rule: Rule
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: Located, path: [any CodingKey] = [], rule: Rule = .any) {
        self.value = value
        self.codingPath = path
        self.rule = rule
    }

    var dotted: String { codingPath.map(\.stringValue).joined(separator: ".") }

    func error(_ message: String, allowed: [String] = []) -> LayoutError {
        LayoutError(file: value.file, line: value.line, key: dotted, message: message, allowed: allowed)
    }

    func expected(_ what: String) -> LayoutError { error("expected \(what), found \(value.typeName)") }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .table(let entries) = value.node else { throw expected("a table") }
        for (key, v) in entries where Key(stringValue: key) == nil {
            throw LayoutError(
                file: v.file, line: v.line, key: (codingPath.map(\.stringValue) + [key]).joined(separator: "."),
                message: "unknown key", allowed: keyNames(Key.self))
        }
        return KeyedDecodingContainer(KeyedNode<Key>(decoder: self, entries: entries))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value.node else { throw expected("an array") }
        return UnkeyedNode(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
}

extension LayoutDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { false }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = value.node else { throw expected("true or false") }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = value.node else { throw expected("a string") }
        if let (message, allowed) = rule.refusal(s) { throw error(message, allowed: allowed) }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        let x: Double
        switch value.node {
        case .integer(let i): x = Double(i)
        case .float(let d): x = d
        default: throw expected("a number")
        }
        if let message = rule.refusal(x) { throw error(message) }
        return x
    }

    func decode(_ type: Int.Type) throws -> Int {
        guard case .integer(let i) = value.node else { throw expected("an integer") }
        if let message = rule.refusal(i) { throw error(message) }
        return i
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == Double.self, let x = try decode(Double.self) as? T { return x }
        if type == Int.self, let i = try decode(Int.self) as? T { return i }
        if type == String.self, let s = try decode(String.self) as? T { return s }
        if type == Bool.self, let b = try decode(Bool.self) as? T { return b }
        return try T(from: self)
    }

    // Layouts have no use for these widths; refused rather than silently converted.
    func decode(_ type: Float.Type) throws -> Float { throw error("unsupported number type") }
    func decode(_ type: Int8.Type) throws -> Int8 { throw error("unsupported number type") }
    func decode(_ type: Int16.Type) throws -> Int16 { throw error("unsupported number type") }
    func decode(_ type: Int32.Type) throws -> Int32 { throw error("unsupported number type") }
    func decode(_ type: Int64.Type) throws -> Int64 { throw error("unsupported number type") }
    func decode(_ type: UInt.Type) throws -> UInt { throw error("unsupported number type") }
    func decode(_ type: UInt8.Type) throws -> UInt8 { throw error("unsupported number type") }
    func decode(_ type: UInt16.Type) throws -> UInt16 { throw error("unsupported number type") }
    func decode(_ type: UInt32.Type) throws -> UInt32 { throw error("unsupported number type") }
    func decode(_ type: UInt64.Type) throws -> UInt64 { throw error("unsupported number type") }
}

/// A table of the layout, read key by key.
struct KeyedNode<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: LayoutDecoder
    let entries: [(key: String, value: Located)]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { entries.contains { $0.key == key.stringValue } }

    func child(_ key: Key) throws -> LayoutDecoder {
        guard let v = entries.first(where: { $0.key == key.stringValue })?.value else {
            throw LayoutError(
                file: decoder.value.file, line: decoder.value.line,
                key: (codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."),
                message: "missing; set it here or in the layout this one extends")
        }
        return LayoutDecoder(v, path: codingPath + [key], rule: (key as? any SchemaKey)?.rule ?? .any)
    }

    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// An array of the layout, read element by element with its key's rule.
struct UnkeyedNode: UnkeyedDecodingContainer {
    let decoder: LayoutDecoder
    let items: [Located]
    var currentIndex = 0

    init(decoder: LayoutDecoder, items: [Located]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> LayoutDecoder {
        guard !isAtEnd else { throw decoder.error("too few elements") }
        defer { currentIndex += 1 }
        // an element is reported under its array's key (the file has no key of its own for it)
        return LayoutDecoder(items[currentIndex], path: codingPath, rule: decoder.rule)
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}
