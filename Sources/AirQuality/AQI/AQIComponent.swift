import WordLists

/// One term of an AQI: a pollutant with the averaging that fed it. Its official name is what
/// CNEMC prints as 首要污染物, e.g. `颗粒物(PM10)`, `臭氧1小时`. Case order = tie order.
public enum AQIComponent: String, Sendable, CaseIterable, Codable, Comparable {
    /// 二氧化硫.
    case so2
    /// 二氧化氮.
    case no2
    /// 颗粒物(PM10).
    case pm10
    /// 细颗粒物(PM2.5).
    case pm25
    /// 一氧化碳.
    case co
    /// 臭氧1小时 (hourly AQI; daily AQI when the 8-hour value is above 800).
    case o3_1h
    /// 臭氧8小时 (daily AQI).
    case o3_8h

    /// The pollutant.
    public var pollutant: Pollutant {
        switch self {
        case .so2: .so2
        case .no2: .no2
        case .pm10: .pm10
        case .pm25: .pm25
        case .co: .co
        case .o3_1h, .o3_8h: .o3
        }
    }

    /// The name CNEMC publishes as primary pollutant.
    public var officialName: String { Self.names[rawValue] }

    private static let names = WordTable("component-names", in: .module)

    public static func < (a: AQIComponent, b: AQIComponent) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}
