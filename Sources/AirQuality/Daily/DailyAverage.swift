import ReportModel

/// Station hourly values → station daily values (HJ 663 A.1, GB 3095 Table 4):
/// hourly values rounded (integers; CO 0.1 mg/m³), 24-hour means of a natural day's hours
/// 1:00…24:00 valid with ≥ 20 hours, O3 8-hour means over hours X−7…X for X = 8…24 valid with
/// ≥ 6 of 8 hours, the daily max 8-hour O3 valid with ≥ 14 valid windows or when it exceeds 160.
/// Every daily value is rounded by GB/T 8170.
public enum DailyAverage {
    /// Hours needed for a valid 24-hour mean.
    public static let minimumHours = 20
    /// Hours needed in a valid 8-hour window.
    public static let minimumWindowHours = 6
    /// Valid 8-hour windows needed for a valid daily max 8-hour O3 (unless it exceeds 160).
    public static let minimumWindows = 14
    /// The O3 8-hour limit above which a short day still counts.
    public static let o3Limit = 160

    /// Daily values of every station and day in `hours` (an `AreaDay` whose `area` is the
    /// station), sorted by station and date. A station hour seen twice is reported and the
    /// first one kept.
    public static func siteDays(from hours: [StationHour]) -> (days: [AreaDay], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var seen: [SiteHourKey: StationHour] = [:]
        var byDay: [SiteDayKey: [Int: [Pollutant: FixedDecimal]]] = [:]
        for h in hours {
            let key = SiteHourKey(station: h.station, time: h.time)
            if let first = seen[key] {
                let firstAt = first.file + (first.line.map { ":\($0)" } ?? "")
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, file: h.file, line: h.line,
                        message: "duplicate hour \(h.time) for station '\(h.station)'; kept the one at \(firstAt)",
                        hint: "remove the repeated row"))
                continue
            }
            seen[key] = h
            var rounded: [Pollutant: FixedDecimal] = [:]
            for (p, v) in h.values { rounded[p] = v.rounded(decimals: p.decimals) }
            byDay[SiteDayKey(station: h.station, date: h.time.date), default: [:]][h.time.hour] = rounded
        }
        let days = byDay.map { key, hours in day(station: key.station, date: key.date, hours: hours) }
            .sorted { ($0.area, $0.date) < ($1.area, $1.date) }
        return (days, diagnostics)
    }

    /// One station day from its hours (hour 1…24 → rounded values).
    public static func day(station: String, date: CivilDate, hours: [Int: [Pollutant: FixedDecimal]]) -> AreaDay {
        var out = AreaDay(area: station, date: date)
        for p in Pollutant.allCases where p != .o3 {
            let vs = (1...24).compactMap { hours[$0]?[p] }
            if vs.count >= minimumHours, let m = mean(vs, decimals: p.decimals) {
                out[p] = m.doubleValue
            }
        }
        let o3 = (1...24).map { hours[$0]?[.o3] }
        var windows: [FixedDecimal] = []
        for end in 8...24 {
            let vs = o3[(end - 8)..<end].compactMap { $0 }
            if vs.count >= minimumWindowHours, let m = mean(vs, decimals: 0) { windows.append(m) }
        }
        if let top = windows.max(), windows.count >= minimumWindows || top > FixedDecimal(o3Limit) {
            out.o3_8h = top.doubleValue
        }
        if let top1h = o3.compactMap({ $0 }).max() { out.o3_1h = top1h.doubleValue }
        return out
    }

    /// The arithmetic mean rounded by GB/T 8170; nil for no values.
    public static func mean(_ values: [FixedDecimal], decimals: Int) -> FixedDecimal? {
        guard !values.isEmpty else { return nil }
        let total = values.reduce(Ratio(0)) { $0 + $1.ratio }
        return (total / Ratio(values.count)).rounded(decimals: decimals)
    }
}

struct SiteHourKey: Hashable {
    var station: String
    var time: HourStamp
}

struct SiteDayKey: Hashable {
    var station: String
    var date: CivilDate
}
