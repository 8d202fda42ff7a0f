/// What one `importBriefings` call did.
public struct ImportSummary: Sendable, Equatable {
    /// Outcome per file key, in the order the files were given.
    public var outcomes: [(file: String, outcome: FileOutcome)]
    /// Items written (those of new and replaced files).
    public var itemsStored: Int

    public init(outcomes: [(file: String, outcome: FileOutcome)] = [], itemsStored: Int = 0) {
        self.outcomes = outcomes
        self.itemsStored = itemsStored
    }

    /// Files with the given outcome.
    public func count(_ outcome: FileOutcome) -> Int { outcomes.filter { $0.outcome == outcome }.count }

    public static func == (a: ImportSummary, b: ImportSummary) -> Bool {
        a.itemsStored == b.itemsStored && a.outcomes.map(\.file) == b.outcomes.map(\.file)
            && a.outcomes.map(\.outcome) == b.outcomes.map(\.outcome)
    }
}
