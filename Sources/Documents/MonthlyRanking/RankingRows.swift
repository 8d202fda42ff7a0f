import AirQuality
import ReportModel

/// One area's line in the ranking: its month, its place (nil when not ranked) and its
/// year-on-year changes.
public struct RankingRow: Sendable, Equatable {
    /// The area's statistics this month.
    public var month: AreaMonth
    /// Its place, nil when the month is not valid or has no value of the measure.
    public var place: RankedArea?
    /// The same month a year earlier, when it is valid.
    public var lastYear: AreaMonth?
    /// 综合指数同比变化率 in percent, when last year's month is valid.
    public var isumChange: FixedDecimal?
    /// PM2.5 同比变化率 in percent, when last year's month is valid.
    public var pm25Change: FixedDecimal?

    /// The area.
    public var area: String { month.area }
}

/// Orders the areas of a month for the ranking table: ranked areas by rank (ties in input
/// order), then the unranked ones in input order.
public enum RankingRows {
    public static func build(_ input: MonthlyRankingInput, settings: MonthlyRankingSettings) -> [RankingRow] {
        let places = Ranking.rank(
            input.areas, by: settings.measure, previous: input.previous, warnLast: settings.warnLast)
        let lastYear = Dictionary(input.lastYear.map { ($0.area, $0) }, uniquingKeysWith: { a, _ in a })
        func row(_ m: AreaMonth, _ place: RankedArea?) -> RankingRow {
            var r = RankingRow(month: m, place: place)
            if let ly = lastYear[m.area], ly.isValid, m.isValid {
                r.lastYear = ly
                if let a = ly.isum, let b = m.isum {
                    r.isumChange = ChangeRate.percent(from: a, to: b, decimals: settings.changeDecimals)
                }
                if let a = ly[.pm25], let b = m[.pm25] {
                    r.pm25Change = ChangeRate.percent(from: a, to: b, decimals: settings.changeDecimals)
                }
            }
            return r
        }
        var rows: [RankingRow] = []
        var byArea: [String: AreaMonth] = [:]
        for m in input.areas where byArea[m.area] == nil { byArea[m.area] = m }
        for p in places {
            if let m = byArea[p.area] { rows.append(row(m, p)) }
        }
        let ranked = Set(places.map(\.area))
        var listed = Set<String>()
        for m in input.areas where !ranked.contains(m.area) && listed.insert(m.area).inserted {
            rows.append(row(m, nil))
        }
        return rows
    }
}

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
    public static func rank(_ rows: [RankingRow]) -> [ImprovementRow] {
        var candidates: [(Int, ImprovementRow)] = []
        for (i, r) in rows.enumerated() {
            guard let change = r.isumChange, let now = r.month.isum, let before = r.lastYear?.isum else { continue }
            candidates.append(
                (i, ImprovementRow(area: r.area, now: now, lastYear: before, change: change, pm25Change: r.pm25Change, rank: 0, tied: false)))
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
