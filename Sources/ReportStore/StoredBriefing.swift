import ReportModel

/// A briefing as the store gives it back, with its provenance.
public struct StoredBriefing: Sendable, Equatable {
    /// The item, exactly as imported; `briefing.source` is its file, lines, encoding and script.
    public var briefing: Briefing
    /// 1-based position of the item in its file.
    public var ordinal: Int
    /// SHA-256 of the bytes of the file it came from.
    public var contentHash: String

    public init(briefing: Briefing, ordinal: Int, contentHash: String) {
        self.briefing = briefing
        self.ordinal = ordinal
        self.contentHash = contentHash
    }

    /// The item's date when it names a real day; nil for undated items.
    public var date: CivilDate? { briefing.date.flatMap(CivilDate.init(iso:)) }
}
