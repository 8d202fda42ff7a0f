import ReportModel

/// Monthly statistics by HJ 663-2013 from daily area values (see AIRQUALITY.md §6).
///
/// Daily values are first rounded to their decimals by GB/T 8170 (they normally already are).
/// SO2, NO2, PM10, PM2.5: mean of the daily values; CO: P95 of the daily means; O3: P90 of the
/// daily max 8-hour means; each rounded. A month needs ≥ 27 daily values of every pollutant
/// (February ≥ 25). Good days count the days with all six values and AQI ≤ 100.
public enum MonthlyStatistics {
    /// Daily values needed in `month`: 27, or 25 in February (GB 3095 Table 4, HJ 663 6.1.3).
    public static func requiredDays(in month: YearMonth) -> Int { month.month == 2 ? 25 : 27 }

    /// The percentile for CO (95) and O3 (90); nil for the pollutants that use the mean.
    public static func percentile(for pollutant: Pollutant) -> Int? {
        switch pollutant {
        case .co: 95
        case .o3: 90
        default: nil
        }
    }

    /// Statistics of every area that has a daily value in `month`, in order of first
    /// appearance in `days`. Days outside the month are ignored.
    public static func compute(days: [AreaDay], month: YearMonth) -> [AreaMonth] {
        var order: [String] = []
        var byArea: [String: [AreaDay]] = [:]
        for d in days where YearMonth(containing: d.date) == month {
            if byArea[d.area] == nil { order.append(d.area) }
            byArea[d.area, default: []].append(d)
        }
        return order.map { compute(area: $0, days: byArea[$0] ?? [], month: month) }
    }

    /// Statistics of one area from its daily values (one per date; a repeated date is used once).
    public static func compute(area: String, days: [AreaDay], month: YearMonth) -> AreaMonth {
        var unique: [CivilDate: AreaDay] = [:]
        for d in days where YearMonth(containing: d.date) == month && unique[d.date] == nil { unique[d.date] = d }
        let monthDays = unique.keys.sorted().compactMap { unique[$0] }
        var concentrations: [Pollutant: FixedDecimal] = [:]
        var counts: [Pollutant: Int] = [:]
        for p in Pollutant.allCases {
            let values = monthDays.compactMap { $0[p].flatMap { FixedDecimal($0) }?.rounded(decimals: p.decimals) }
            counts[p] = values.count
            let stat: FixedDecimal?
            if let pct = percentile(for: p) {
                stat = Percentile.of(values, percent: pct)?.rounded(decimals: p.decimals)
            } else {
                stat = DailyAverage.mean(values, decimals: p.decimals)
            }
            concentrations[p] = stat
        }
        var indices: [Pollutant: FixedDecimal] = [:]
        for (p, c) in concentrations { indices[p] = CompositeIndex.single(p, c).rounded(decimals: 2) }

        var validDays = 0
        var goodDays = 0
        var categories: [AQICategory: Int] = [:]
        for d in monthDays where d.isComplete {
            guard let r = AQI.daily(d) else { continue }
            validDays += 1
            categories[r.category, default: 0] += 1
            if r.category.isGood { goodDays += 1 }
        }
        let needed = requiredDays(in: month)
        let short = Pollutant.allCases.filter { (counts[$0] ?? 0) < needed }
        let reason =
            short.isEmpty
            ? nil
            : short.map { "\($0.rawValue) has \(counts[$0] ?? 0) daily values" }.joined(separator: ", ")
                + ", \(needed) needed"
        return AreaMonth(
            area: area, month: month, concentrations: concentrations, dayCounts: counts, requiredDays: needed,
            indices: indices, isum: CompositeIndex.sum(concentrations),
            primaryPollutants: CompositeIndex.primary(concentrations), validDays: validDays, goodDays: goodDays,
            goodRatio: validDays > 0 ? (Ratio(goodDays * 100, validDays)).rounded(decimals: 1) : nil,
            categoryDays: categories, isValid: short.isEmpty, invalidReason: reason)
    }
}
