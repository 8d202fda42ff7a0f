/// One concentration column of HJ 633-2012 Table 1 (空气质量分指数及对应的污染物项目浓度限值).
/// Units μg/m³, CO mg/m³.
public enum BreakpointTable: String, Sendable, CaseIterable, Codable {
    /// SO2 24-hour mean.
    case so2_24h
    /// SO2 1-hour mean (up to 800; above, the 24-hour IAQI is used instead).
    case so2_1h
    /// NO2 24-hour mean.
    case no2_24h
    /// NO2 1-hour mean.
    case no2_1h
    /// PM10 24-hour mean (CNEMC's hourly AQI also puts the 1-hour PM10 on it).
    case pm10_24h
    /// PM2.5 24-hour mean (likewise for the hourly AQI).
    case pm25_24h
    /// CO 24-hour mean, mg/m³.
    case co_24h
    /// CO 1-hour mean, mg/m³.
    case co_1h
    /// O3 1-hour mean.
    case o3_1h
    /// O3 8-hour mean (up to 800; above, the 1-hour IAQI is used instead).
    case o3_8h

    /// The IAQI levels the breakpoints belong to.
    public static let levels = [0, 50, 100, 150, 200, 300, 400, 500]

    /// Concentration breakpoints for IAQI 0, 50, 100, 150, 200, 300, 400, 500 (shorter where
    /// the standard stops: SO2 1-hour at 200, O3 8-hour at 300).
    public var breakpoints: [Int] {
        switch self {
        case .so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620]
        case .so2_1h: [0, 150, 500, 650, 800]
        case .no2_24h: [0, 40, 80, 180, 280, 565, 750, 940]
        case .no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840]
        case .pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600]
        case .pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500]
        case .co_24h: [0, 2, 4, 14, 24, 36, 48, 60]
        case .co_1h: [0, 5, 10, 35, 60, 90, 120, 150]
        case .o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200]
        case .o3_8h: [0, 100, 160, 215, 265, 800]
        }
    }

    /// True where the standard says the IAQI is not computed above the last breakpoint
    /// (SO2 1-hour, O3 8-hour) rather than being beyond IAQI 500.
    public var stopsBeforeTop: Bool { breakpoints.count < BreakpointTable.levels.count }
}
