import ReportModel

/// The sliding 24-hour SO2 mean that the hourly AQI needs when a 1-hour SO2 is above 800
/// (HJ 633 note 1). Hourly tables do not publish it; it is the mean of the station's hours
/// X−23…X, valid with ≥ 20 hourly values (rounded hourly values, GB/T 8170).
public enum SlidingSO2 {
    /// `hours` with `so2_24h` filled in wherever the 1-hour SO2 is above 800 and the file gave
    /// none (other records are returned unchanged, in the same order).
    public static func filled(_ hours: [StationHour]) -> [StationHour] {
        let limit = FixedDecimal(800)
        guard hours.contains(where: { ($0.values[.so2] ?? FixedDecimal(0)) > limit && $0.so2_24h == nil }) else {
            return hours
        }
        var so2: [SiteHourKey: FixedDecimal] = [:]
        for h in hours {
            if let v = h.values[.so2], so2[SiteHourKey(station: h.station, time: h.time)] == nil {
                so2[SiteHourKey(station: h.station, time: h.time)] = v.rounded(decimals: 0)
            }
        }
        return hours.map { h in
            guard h.so2_24h == nil, let v = h.values[.so2], v > limit else { return h }
            var out = h
            let window = (0..<24).compactMap { back -> FixedDecimal? in
                let t = h.time.adding(hours: -back)
                return so2[SiteHourKey(station: h.station, time: t)]
            }
            if window.count >= DailyAverage.minimumHours { out.so2_24h = DailyAverage.mean(window, decimals: 0) }
            return out
        }
    }
}

extension HourStamp {
    /// The stamp `n` hours later (earlier when negative).
    public func adding(hours n: Int) -> HourStamp {
        let index = date.daysSinceEpoch * 24 + (hour - 1) + n
        let day = index >= 0 ? index / 24 : (index - 23) / 24
        // Hours 1…24 of `day`; the arithmetic keeps hour in range.
        return HourStamp(date: CivilDate(daysSinceEpoch: day), hourEnding: index - day * 24 + 1) ?? self
    }
}
