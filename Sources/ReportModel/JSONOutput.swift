/// JSON written piece by piece into one buffer that its owner hands on and empties as it fills
/// (`parse --json`): each briefing written straight into it, not into a buffer of its own then
/// appended to the output (an allocation and a copy of every byte: ~1 % of `parse --json`).
public final class JSONOutput {
    private var writer: PrettyJSON.Writer

    public init(capacity: Int = 1 << 16) {
        writer = PrettyJSON.Writer(capacity: capacity)
    }

    /// The bytes written and not yet removed.
    public var count: Int { writer.count }

    /// ASCII bytes as they are (brackets, keys, line breaks).
    public func raw(_ s: StaticString) { writer.raw(s) }

    /// `b.appendPrettyJSON(to:indent:)`: its JSON as the encoder writes it; an encoding error leaves
    /// what was written so far.
    public func append(_ b: Briefing, indent: Int) throws(EncodingError) {
        try b.appendPrettyJSON(to: &writer, indent: indent)
    }

    /// `d.appendPrettyJSON(to:indent:)`.
    public func append(_ d: Diagnostic, indent: Int) {
        d.appendPrettyJSON(to: &writer, indent: indent)
    }

    /// The bytes written and not yet removed.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try writer.withBytes(body)
    }

    /// Forgets the bytes written, keeping the buffer.
    public func removeAll() { writer.removeAll() }
}
