/// One line of the original file, as the cleaning steps see it.
struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the original file.
    var number: Int
    /// The line's text (without the line break).
    var text: Scalars
    /// The line was Traditional Chinese before conversion.
    var traditional: Bool = false
    /// The line continues the previous one (a page number or a break cut a sentence).
    var continuesPrevious: Bool = false
}
