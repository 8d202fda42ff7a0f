/// Ranks areas by a measure (composite index by default): rank 1 = best, ties (equal
/// published values) share a rank (并列, 1, 2, 2, 4), invalid months and areas without a value
/// are not ranked. Rank change is measured against the same ranking of the previous period.
public enum Ranking {
    /// The ranking of the valid `months`, best first (ties in input order).
    /// - Parameters:
    ///   - previous: the previous period's statistics, ranked the same way for `rankChange`.
    ///   - warnLast: how many last places are flagged `warned` (通报/预警).
    public static func rank(
        _ months: [AreaMonth], by measure: RankingMeasure = .compositeIndex, previous: [AreaMonth] = [],
        warnLast: Int = 0
    ) -> [RankedArea] {
        let current = places(months, by: measure)
        let before = Dictionary(
            places(previous, by: measure).map { ($0.area, $0.rank) }, uniquingKeysWith: { a, _ in a })
        let count = current.count
        let groupSize = Dictionary(grouping: current, by: \.rank).mapValues(\.count)
        return current.map { r in
            var r = r
            let size = groupSize[r.rank] ?? 1
            r.tied = size > 1
            if let p = before[r.area] {
                r.previousRank = p
                r.rankChange = p - r.rank
            }
            r.warned = warnLast > 0 && r.rank + size - 1 > count - warnLast
            return r
        }
    }

    /// Valid areas with a value, ordered and ranked with ties.
    static func places(_ months: [AreaMonth], by measure: RankingMeasure) -> [RankedArea] {
        let candidates = months.enumerated().compactMap { i, m -> (Int, String, FixedDecimal)? in
            guard m.isValid, let v = measure.value(of: m) else { return nil }
            return (i, m.area, v)
        }
        let sorted = candidates.sorted { a, b in
            if a.2 != b.2 { return measure.ascending ? a.2 < b.2 : a.2 > b.2 }
            return a.0 < b.0
        }
        var out: [RankedArea] = []
        for (position, c) in sorted.enumerated() {
            let rank = out.last.flatMap { $0.value == c.2 ? $0.rank : nil } ?? position + 1
            out.append(RankedArea(area: c.1, value: c.2, rank: rank, tied: false))
        }
        return out
    }
}
