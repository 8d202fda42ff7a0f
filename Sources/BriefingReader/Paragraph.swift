/// A cleaned paragraph: one or more original lines joined.
struct Paragraph: Sendable, Equatable {
    /// First original line.
    var first: Int
    /// Last original line.
    var last: Int
    /// Cleaned text.
    var text: Scalars
    /// Some of its lines were Traditional Chinese.
    var traditional: Bool = false

    var string: String { text.string }
}
