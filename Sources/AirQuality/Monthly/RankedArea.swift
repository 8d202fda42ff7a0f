/// One area's place in a ranking.
public struct RankedArea: Sendable, Equatable {
    /// Area.
    public var area: String
    /// The ranked value as published.
    public var value: FixedDecimal
    /// Rank, 1 = best; tied areas share a rank and the next rank skips (1, 2, 2, 4).
    public var rank: Int
    /// True when another area has the same rank (并列).
    public var tied: Bool
    /// Rank in the previous period, when the area was ranked then.
    public var previousRank: Int?
    /// previousRank − rank: positive = moved up (排名上升), negative = moved down.
    public var rankChange: Int?
    /// True for the areas in the last `warnLast` places (a tie crossing the line is warned whole).
    public var warned: Bool

    public init(
        area: String, value: FixedDecimal, rank: Int, tied: Bool, previousRank: Int? = nil, rankChange: Int? = nil,
        warned: Bool = false
    ) {
        self.area = area
        self.value = value
        self.rank = rank
        self.tied = tied
        self.previousRank = previousRank
        self.rankChange = rankChange
        self.warned = warned
    }
}
