import AirQuality

/// What a ranking-table column holds for a row: the one place that maps the 17 columns to the
/// report's figures. The printed table (`MonthlyRanking`) and the data table (`RankingData`)
/// each render these values, with their own wording and their own policy for unranked rows.
enum RankingColumnValue {
    /// The row's place (rank, 并列).
    case rank(RankedArea)
    case text(String)
    /// A figure (concentration, index, ratio).
    case decimal(FixedDecimal)
    /// A signed change in percent (同比).
    case change(FixedDecimal)
    case count(Int)
    case pollutants([Pollutant])
    /// Places moved since the previous month; nil when the area was not ranked then.
    case rankChange(Int?)
    /// No value.
    case none

    init(_ column: MonthlyRankingSettings.Column, _ r: RankingRow) {
        let m = r.month
        func figure(_ v: FixedDecimal?) -> RankingColumnValue { v.map { .decimal($0) } ?? .none }
        switch column {
        case .rank: self = r.place.map { .rank($0) } ?? .none
        case .area: self = .text(r.area)
        case .isum: self = figure(m.isum)
        case .isumChange: self = r.isumChange.map { .change($0) } ?? .none
        case .pm25Change: self = r.pm25Change.map { .change($0) } ?? .none
        case .so2: self = figure(m[.so2])
        case .no2: self = figure(m[.no2])
        case .pm10: self = figure(m[.pm10])
        case .pm25: self = figure(m[.pm25])
        case .co: self = figure(m[.co])
        case .o3: self = figure(m[.o3])
        case .goodRatio: self = figure(m.goodRatio)
        case .goodDays: self = .count(m.goodDays)
        case .heavyDays: self = .count(m.heavyDays)
        case .validDays: self = .count(m.validDays)
        case .primary: self = .pollutants(m.primaryPollutants)
        case .rankChange: self = r.place.map { .rankChange($0.rankChange) } ?? .none
        }
    }
}
