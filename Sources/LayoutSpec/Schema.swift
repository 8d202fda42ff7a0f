import Foundation

/// What one layout key accepts. Every key of a section type states its rule beside its name
/// (`SchemaKey.rule`); the decoder checks it where the value is read, so the error names the
/// file, line and key and states the range.
public enum Rule: Sendable {
    /// A finite number in the range, in the unit (for messages: "mm", "pt", "characters").
    case number(ClosedRange<Double>, unit: String)
    /// An integer in the range.
    case integer(ClosedRange<Int>, unit: String)
    /// One of these strings.
    case oneOf([String])
    /// A colour `#RRGGBB`.
    case color
    /// A string that is not empty.
    case nonEmpty
    /// Any value of the decoded type (strings, booleans).
    case any
}

/// A key of a layout section: its name in the file (`stringValue`) and its rule.
public protocol SchemaKey: CodingKey, CaseIterable, Sendable {
    /// What the key accepts.
    var rule: Rule { get }
}

extension Rule {
    /// Why `x` is refused, nil when it is good.
    func refusal(_ x: Double) -> String? {
        guard case .number(let r, let unit) = self else { return nil }
        if x.isFinite && r.contains(x) { return nil }
        return "must be a finite number from \(Self.format(r.lowerBound)) to \(Self.format(r.upperBound)) \(unit), found \(Self.format(x))"
    }

    /// Why `i` is refused, nil when it is good.
    func refusal(_ i: Int) -> String? {
        switch self {
        case .integer(let r, let unit):
            return r.contains(i) ? nil : "must be an integer from \(r.lowerBound) to \(r.upperBound) \(unit), found \(i)"
        case .number: return refusal(Double(i))
        default: return nil
        }
    }

    /// Why `s` is refused (and what is allowed), nil when it is good.
    func refusal(_ s: String) -> (message: String, allowed: [String])? {
        switch self {
        case .oneOf(let allowed):
            return allowed.contains(s) ? nil : ("unknown value '\(s)'", allowed)
        case .color:
            let hex = Set("0123456789abcdefABCDEF")
            let ok = s.count == 7 && s.first == "#" && s.dropFirst().allSatisfy(hex.contains)
            return ok ? nil : ("expected a colour as \"#RRGGBB\", found '\(s)'", [])
        case .nonEmpty:
            return s.isEmpty ? ("must not be empty", []) : nil
        default: return nil
        }
    }

    /// A number as a message shows it: `nan`, `inf`, `12`, `0.35`.
    public static func format(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(), abs(x) < 1e15 { return x.sign == .minus && x == 0 ? "-0" : String(Int(x)) }
        return "\(x)"
    }
}

extension KeyedDecodingContainer {
    /// The value of `key`, of the type the caller wants.
    public func value<T: Decodable>(_ key: Key) throws -> T { try decode(T.self, forKey: key) }

    /// The value of `key`, or nil when the layout does not set it.
    public func optional<T: Decodable>(_ key: Key) throws -> T? { try decodeIfPresent(T.self, forKey: key) }
}

/// The names of a section's keys, for "allowed:" in messages.
func keyNames<K: CodingKey>(_ type: K.Type) -> [String] {
    guard let all = type as? any CaseIterable.Type else { return [] }
    func names<C: CaseIterable>(_ c: C.Type) -> [String] { c.allCases.compactMap { ($0 as? any CodingKey)?.stringValue } }
    return names(all)
}
