/// Text decoded from a file's bytes, and the encoding it was decoded from.
struct DecodedText: Sendable, Equatable {
    /// The text, line endings as written.
    var text: String
    /// `utf-8`, `utf-16le`, `utf-16be` or `gb18030`.
    var encoding: String
}
