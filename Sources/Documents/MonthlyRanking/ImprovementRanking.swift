import AirQuality

/// One area's place in the improvement ranking (改善幅度排名): the change of its composite
/// index against the same month a year earlier, most improved (most negative) first.
public struct ImprovementRow: Sendable, Equatable {
    /// Area.
    public var area: String
    /// 综合指数 this month.
    public var now: FixedDecimal
    /// 综合指数 a year earlier.
    public var lastYear: FixedDecimal
    /// Change rate in percent; negative = improved.
    public var change: FixedDecimal
    /// PM2.5 change rate in percent, when both months have PM2.5.
    public var pm25Change: FixedDecimal?
    /// Rank, 1 = most improved; equal rates share a rank (1, 2, 2, 4).
    public var rank: Int
    /// True when another area shares the rank (并列).
    public var tied: Bool
}

/// Ranks the areas valid in both months by the change rate of the composite index.
public enum ImprovementRanking {
    public static func rank(_ rows: [MonthlyReport.Row]) -> [ImprovementRow] {
        var candidates: [(Int, ImprovementRow)] = []
        for (i, r) in rows.enumerated() {
            guard let change = r.isumChange, let now = r.statistics.isum, let before = r.lastYear?.isum else {
                continue
            }
            candidates.append(
                (
                    i,
                    ImprovementRow(
                        area: r.statistics.area, now: now, lastYear: before, change: change, pm25Change: r.pm25Change,
                        rank: 0, tied: false)
                ))
        }
        candidates.sort { a, b in a.1.change != b.1.change ? a.1.change < b.1.change : a.0 < b.0 }
        var out: [ImprovementRow] = []
        for (position, c) in candidates.enumerated() {
            var row = c.1
            row.rank = out.last.flatMap { $0.change == row.change ? $0.rank : nil } ?? position + 1
            out.append(row)
        }
        let sizes = Dictionary(grouping: out, by: \.rank).mapValues(\.count)
        return out.map { r in
            var r = r
            r.tied = (sizes[r.rank] ?? 1) > 1
            return r
        }
    }
}
