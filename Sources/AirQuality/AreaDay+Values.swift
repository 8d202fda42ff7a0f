import ReportModel

extension AreaDay {
    /// The daily values as exact decimals, keyed by pollutant (O3 = the daily max 8-hour mean).
    /// Each is the decimal the stored number prints as.
    public var values: [Pollutant: FixedDecimal] {
        var out: [Pollutant: FixedDecimal] = [:]
        for p in Pollutant.allCases {
            if let v = self[p], let d = FixedDecimal(v) { out[p] = d }
        }
        return out
    }

    /// The value of one pollutant (O3: the daily max 8-hour mean).
    public subscript(pollutant: Pollutant) -> Double? {
        get {
            switch pollutant {
            case .so2: so2
            case .no2: no2
            case .pm10: pm10
            case .pm25: pm25
            case .co: co
            case .o3: o3_8h
            }
        }
        set {
            switch pollutant {
            case .so2: so2 = newValue
            case .no2: no2 = newValue
            case .pm10: pm10 = newValue
            case .pm25: pm25 = newValue
            case .co: co = newValue
            case .o3: o3_8h = newValue
            }
        }
    }

    /// True when all six daily values are present: the day counts as a valid day for the AQI
    /// and the good-day ratio (this reading reproduces Beijing's 22/31 and 16/30, §7).
    public var isComplete: Bool { Pollutant.allCases.allSatisfy { self[$0] != nil } }
}
