/// An optional that JSON shows as `null` rather than leaving the key out, so every row of the
/// stable `airquality --json` shapes has every key (synthesized `Encodable` skips nil values).
@propertyWrapper
public struct OrNull<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}
