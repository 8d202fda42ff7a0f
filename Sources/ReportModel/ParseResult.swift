/// What `tongbao parse --json` prints: `{"briefings": [...], "warnings": [...]}`.
public struct ParseResult: Sendable, Equatable, Codable {
    /// Every item found, in file order.
    public var briefings: [Briefing]
    /// Everything dropped or refused on the way.
    public var warnings: [Diagnostic]

    public init(briefings: [Briefing] = [], warnings: [Diagnostic] = []) {
        self.briefings = briefings
        self.warnings = warnings
    }
}
