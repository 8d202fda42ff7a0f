import ReportModel

/// 空气质量指数 (AQI), HJ 633-2012, the way CNEMC publishes it.
public enum AQI {
    /// Hourly (实时报) AQI from 1-hour concentrations, as CNEMC computes it [ORACLE]: PM2.5 and
    /// PM10 1-hour values on the 24-hour breakpoints, SO2/NO2/CO/O3 on the 1-hour breakpoints,
    /// no O3 8-hour term. SO2 above 800 uses `so2_24h` on the 24-hour column (term omitted when
    /// that is unknown). Values are first rounded (integers; CO 0.1) by GB/T 8170.
    public static func hourly(_ values: [Pollutant: FixedDecimal], so2_24h: FixedDecimal? = nil) -> AQIResult? {
        var terms = TermCollector()
        for (pollutant, raw) in values {
            let c = raw.rounded(decimals: pollutant.decimals)
            switch pollutant {
            case .so2:
                if terms.add(.so2, c, .so2_1h) == .notComputed, let s24 = so2_24h {
                    _ = terms.add(.so2, s24.rounded(decimals: 0), .so2_24h)
                }
            case .no2: _ = terms.add(.no2, c, .no2_1h)
            case .pm10: _ = terms.add(.pm10, c, .pm10_24h)
            case .pm25: _ = terms.add(.pm25, c, .pm25_24h)
            case .co: _ = terms.add(.co, c, .co_1h)
            case .o3: _ = terms.add(.o3_1h, c, .o3_1h)
            }
        }
        return terms.result
    }

    /// Hourly AQI of an imported station hour.
    public static func hourly(_ hour: StationHour) -> AQIResult? {
        hourly(hour.values, so2_24h: hour.so2_24h)
    }

    /// Daily (日报) AQI from daily values: 24-hour means on the 24-hour breakpoints and the
    /// daily max 8-hour O3 on the 8-hour column; above 800 the daily max 1-hour O3 on the
    /// 1-hour column instead. Uses the terms present; nil when none is.
    public static func daily(_ values: [Pollutant: FixedDecimal], o3_1hMax: FixedDecimal? = nil) -> AQIResult? {
        var terms = TermCollector()
        for (pollutant, raw) in values {
            let c = raw.rounded(decimals: pollutant.decimals)
            switch pollutant {
            case .so2: _ = terms.add(.so2, c, .so2_24h)
            case .no2: _ = terms.add(.no2, c, .no2_24h)
            case .pm10: _ = terms.add(.pm10, c, .pm10_24h)
            case .pm25: _ = terms.add(.pm25, c, .pm25_24h)
            case .co: _ = terms.add(.co, c, .co_24h)
            case .o3:
                if terms.add(.o3_8h, c, .o3_8h) == .notComputed, let o1 = o3_1hMax {
                    _ = terms.add(.o3_1h, o1.rounded(decimals: 0), .o3_1h)
                }
            }
        }
        return terms.result
    }

    /// Daily AQI of an area day; nil unless the day is complete (all six daily values valid),
    /// the days that count as valid days for good-day counts (see `AreaDay.isComplete`).
    public static func daily(_ day: AreaDay) -> AQIResult? {
        guard day.isComplete else { return nil }
        return daily(day.values, o3_1hMax: day.o3_1h.flatMap { FixedDecimal($0) })
    }
}

/// Gathers IAQI terms for an `AQIResult`.
struct TermCollector {
    var iaqi: [AQIComponent: Int] = [:]
    var aboveScale: [AQIComponent] = []

    mutating func add(_ component: AQIComponent, _ c: FixedDecimal, _ table: BreakpointTable) -> IAQI.Outcome? {
        let outcome = IAQI.of(c, on: table)
        switch outcome {
        case .value(let v): iaqi[component] = v
        case .aboveScale:
            iaqi[component] = 500
            aboveScale.append(component)
        case .notComputed, nil: break
        }
        return outcome
    }

    var result: AQIResult? { AQIResult(iaqi: iaqi, aboveScale: aboveScale) }
}
