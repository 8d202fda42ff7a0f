/// A value stored and exchanged as its text (`2017-W46`, `2016-12`, `2016-12-31`, a ledger
/// status): decoded through its parser, which refuses a text that is not one, encoded as the text.
public protocol TextCoded: Codable {
    /// The value a text names, nil when it names none.
    init?(codingText: String)
    /// The text of the value.
    var codingText: String { get }
    /// What a text that names no value is not, for the decoding error (`not a month`).
    static var codingProblem: String { get }
}

extension TextCoded {
    public init(from decoder: any Decoder) throws { try self.init(textFrom: decoder) }

    /// Decodes the text and parses it (for a type that must name its `init(from:)`).
    public init(textFrom decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(codingText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(Self.codingProblem): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws { try encodeText(to: encoder) }

    public func encodeText(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(codingText)
    }
}

// The conformances sit here, apart from the types: in the file of a type Swift would synthesize
// a keyed Codable instead of taking these.
extension ISOWeek: TextCoded {
    public init?(codingText: String) { self.init(codingText) }
    public var codingText: String { description }
    public static let codingProblem = "not an ISO week"
}

extension YearMonth: TextCoded {
    public init?(codingText: String) { self.init(codingText) }
    public var codingText: String { description }
    public static let codingProblem = "not a month"
}

extension CivilDate: TextCoded {
    public init?(codingText: String) { self.init(iso: codingText) }
    public var codingText: String { iso }
    public static let codingProblem = "not a date"
}

/// Coded as the raw value, as when the statuses were String raw values. (An enum's `init(from:)`
/// and `encode(to:)` are named: Swift would otherwise look for keyed ones to synthesize.)
extension Problem.Status: TextCoded {
    public init(from decoder: any Decoder) throws { try self.init(textFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeText(to: encoder) }
    public init?(codingText: String) { self.init(rawValue: codingText) }
    public var codingText: String { rawValue }
    public static let codingProblem = "unknown status"
}
