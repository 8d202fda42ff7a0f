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
