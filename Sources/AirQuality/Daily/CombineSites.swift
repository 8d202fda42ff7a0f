import ReportModel

/// Site daily values → one area's daily values (HJ 663 A.2, 6.1.4): for each pollutant and
/// day, the arithmetic mean of the sites' (already rounded) daily values, rounded again, valid
/// only when at least 75 % of the area's sites have a valid value (50 % when it has fewer
/// than 4 sites).
public enum CombineSites {
    /// Valid sites needed out of `count`: ⌈75 %⌉, or ⌈50 %⌉ below 4 sites.
    public static func requiredSites(of count: Int) -> Int {
        count >= 4 ? (3 * count + 3) / 4 : (count + 1) / 2
    }

    /// The daily values of `area` from the daily values of its `sites` (station names;
    /// `siteDays` are keyed by station in `area`). A day appears when any site has data.
    public static func areaDays(area: String, sites: [String], siteDays: [AreaDay]) -> [AreaDay] {
        let members = Set(sites)
        let needed = requiredSites(of: members.count)
        var byDate: [CivilDate: [AreaDay]] = [:]
        for d in siteDays where members.contains(d.area) { byDate[d.date, default: []].append(d) }
        return byDate.keys.sorted().map { date in
            let days = byDate[date] ?? []
            var out = AreaDay(area: area, date: date)
            for p in Pollutant.allCases {
                let vs = days.compactMap { $0[p].flatMap { FixedDecimal($0) } }
                if vs.count >= needed, let m = DailyAverage.mean(vs, decimals: p.decimals) { out[p] = m.doubleValue }
            }
            let o3Max = days.compactMap { $0.o3_1h.flatMap { FixedDecimal($0) } }
            if o3Max.count >= needed, let m = DailyAverage.mean(o3Max, decimals: 0) { out.o3_1h = m.doubleValue }
            return out
        }
    }
}
