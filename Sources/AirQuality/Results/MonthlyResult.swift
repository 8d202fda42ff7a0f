import ReportModel

/// `tongbao airquality monthly`: each area's month (HJ 663 statistics, composite index, rank,
/// 同比) and the whole city's. Its JSON shape is stable: fields are added, never renamed.
public struct MonthlyResult: Encodable, Sendable {
    /// One area (or the city: rank fields null).
    public struct Row: Encodable, Sendable {
        public var area: String
        public var valid: Bool
        /// Why the month is not assessed, e.g. "pm25 has 20 daily values, 27 needed".
        @OrNull public var reason: String?
        /// Monthly means, μg/m³ (GB/T 8170, integers); CO the P95 of daily means (mg/m³), O3 the
        /// P90 of daily max 8-hour means.
        @OrNull public var so2: FixedDecimal?
        @OrNull public var no2: FixedDecimal?
        @OrNull public var pm10: FixedDecimal?
        @OrNull public var pm25: FixedDecimal?
        @OrNull public var co: FixedDecimal?
        @OrNull public var o3: FixedDecimal?
        /// Daily values used per pollutant.
        public var days: [String: Int]
        /// Composite index, 2 decimals; null unless all six exist.
        @OrNull public var isum: FixedDecimal?
        public var primary_pollutant: [String]
        public var good_days: Int
        public var valid_days: Int
        @OrNull public var good_ratio: FixedDecimal?
        public var heavy_days: Int
        /// 1 = lowest index; ties share a rank; null when not ranked.
        @OrNull public var rank: Int?
        public var tied: Bool
        @OrNull public var previous_rank: Int?
        /// previous − current (+ = moved up).
        @OrNull public var rank_change: Int?
        public var warned: Bool
        /// % change against the same month last year, 1 decimal.
        @OrNull public var isum_yoy: FixedDecimal?
        @OrNull public var pm25_yoy: FixedDecimal?

        init(_ row: MonthlyReport.Row) {
            let m = row.statistics
            let r = row.place
            area = m.area
            valid = m.isValid
            reason = m.invalidReason
            so2 = m[.so2]
            no2 = m[.no2]
            pm10 = m[.pm10]
            pm25 = m[.pm25]
            co = m[.co]
            o3 = m[.o3]
            days = Dictionary(uniqueKeysWithValues: m.dayCounts.map { ($0.key.rawValue, $0.value) })
            isum = m.isum
            primary_pollutant = m.primaryPollutants.map(\.rawValue)
            good_days = m.goodDays
            valid_days = m.validDays
            good_ratio = m.goodRatio
            heavy_days = m.heavyDays
            rank = r?.rank
            tied = r?.tied ?? false
            previous_rank = r?.previousRank
            rank_change = r?.rankChange
            warned = r?.warned ?? false
            isum_yoy = row.isumChange
            pm25_yoy = row.pm25Change
        }
    }

    public var month: String
    public var ranked_by: String
    public var required_days: Int
    /// Ranked areas by rank, then the unranked (invalid) ones.
    public var areas: [Row]
    @OrNull public var city: Row?
    public var warnings: [Diagnostic]

    public init(_ report: MonthlyReport, warnings: [Diagnostic]) {
        month = report.month.description
        ranked_by = report.measure.rawValue
        required_days = MonthlyStatistics.requiredDays(in: report.month)
        areas = report.rows.map(Row.init)
        city = report.city.map(Row.init)
        self.warnings = warnings
    }

    /// The text table, tab-separated; the rank column marks a tie (并列) with `=` and a warned
    /// last place with `!`.
    public var table: String {
        let head = ["rank", "area", "SO2", "NO2", "PM10", "PM2.5", "CO", "O3", "Isum", "good", "ratio%", "change", "yoy%"]
        var lines = [head.joined(separator: "\t")]
        for r in areas + (city.map { [$0] } ?? []) {
            let rank = r.rank.map { "\($0)\(r.tied ? "=" : "")\(r.warned ? "!" : "")" } ?? (r.valid ? "-" : "invalid")
            let cells: [String] = [
                rank, r.area, r.so2.text, r.no2.text, r.pm10.text, r.pm25.text, r.co.text, r.o3.text, r.isum.text,
                "\(r.good_days)/\(r.valid_days)", r.good_ratio.text,
                r.rank_change.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "-", r.isum_yoy.text,
            ]
            lines.append(cells.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Optional where Wrapped == FixedDecimal {
    /// For the text tables: the digits, or "-".
    fileprivate var text: String { self?.description ?? "-" }
}
