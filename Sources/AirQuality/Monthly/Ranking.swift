/// Ranks areas by a measure (composite index by default): rank 1 = best, ties (equal
/// published values) share a rank (并列, 1, 2, 2, 4), invalid months and areas without a value
/// are not ranked. Rank change is measured against the same ranking of the previous period.
public enum Ranking {
    /// The ranking of the valid `months`, best first (ties in input order).
    /// - Parameters:
    ///   - measure: what to rank by.
    ///   - thenBy: tie-breakers, in order (e.g. 优良天数比例 then PM2.5); areas stay tied only
    ///     when all of them are equal too. An area without a tie-breaker value sorts last on it.
    ///   - previous: the previous period's statistics, ranked the same way for `rankChange`.
    ///   - warnLast: how many last places are flagged `warned` (通报/预警).
    public static func rank(
        _ months: [AreaMonth], by measure: RankingMeasure = .compositeIndex, thenBy: [RankingMeasure] = [],
        previous: [AreaMonth] = [], warnLast: Int = 0
    ) -> [RankedArea] {
        let current = places(months, by: measure, thenBy: thenBy)
        let before = Dictionary(
            places(previous, by: measure, thenBy: thenBy).map { ($0.area, $0.rank) }, uniquingKeysWith: { a, _ in a })
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

    /// One candidate: input position, area, ranked value, tie-breaker values.
    private struct Candidate {
        var index: Int
        var area: String
        var value: FixedDecimal
        var breakers: [FixedDecimal?]
    }

    /// Valid areas with a value, ordered and ranked with ties.
    static func places(_ months: [AreaMonth], by measure: RankingMeasure, thenBy: [RankingMeasure] = []) -> [RankedArea] {
        let candidates = months.enumerated().compactMap { i, m -> Candidate? in
            guard m.isValid, let v = measure.value(of: m) else { return nil }
            return Candidate(index: i, area: m.area, value: v, breakers: thenBy.map { $0.value(of: m) })
        }
        /// -1 when a ranks before b, 1 after, 0 tied.
        func order(_ a: Candidate, _ b: Candidate) -> Int {
            if a.value != b.value { return (a.value < b.value) == measure.ascending ? -1 : 1 }
            for (k, m) in thenBy.enumerated() {
                switch (a.breakers[k], b.breakers[k]) {
                case (nil, nil): continue
                case (nil, _): return 1
                case (_, nil): return -1
                case (let x?, let y?):
                    if x != y { return (x < y) == m.ascending ? -1 : 1 }
                }
            }
            return 0
        }
        let sorted = candidates.sorted { a, b in
            let o = order(a, b)
            return o != 0 ? o < 0 : a.index < b.index
        }
        var out: [RankedArea] = []
        var previous: Candidate? = nil
        for (position, c) in sorted.enumerated() {
            let rank = previous.flatMap { p in order(p, c) == 0 ? out.last?.rank : nil } ?? position + 1
            out.append(RankedArea(area: c.area, value: c.value, rank: rank, tied: false))
            previous = c
        }
        return out
    }
}
