/// What a ranking orders areas by. Rank 1 is the best.
public enum RankingMeasure: String, Sendable, CaseIterable, Codable {
    /// 综合指数 Isum, ascending (the default of MEP and provincial rankings).
    case compositeIndex = "isum"
    /// PM2.5 concentration, ascending.
    case pm25
    /// 优良天数比例, descending.
    case goodRatio = "good_ratio"

    /// The value ranked, as published (rounded); nil when the area has none.
    public func value(of month: AreaMonth) -> FixedDecimal? {
        switch self {
        case .compositeIndex: month.isum
        case .pm25: month[.pm25]
        case .goodRatio: month.goodRatio
        }
    }

    /// True when a smaller value ranks better.
    public var ascending: Bool { self != .goodRatio }
}
