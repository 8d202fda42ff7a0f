import Foundation
import WordLists

/// The six pollutants of GB 3095-2012 that the AQI and the composite index cover (六项污染物).
/// The case order is the order of official tables and of tied primary pollutants.
public enum Pollutant: String, Sendable, CaseIterable, Codable, Comparable {
    /// 二氧化硫 SO2, μg/m³.
    case so2
    /// 二氧化氮 NO2, μg/m³.
    case no2
    /// 可吸入颗粒物 PM10, μg/m³.
    case pm10
    /// 细颗粒物 PM2.5, μg/m³.
    case pm25
    /// 一氧化碳 CO, mg/m³.
    case co
    /// 臭氧 O3, μg/m³ (daily: the maximum 8-hour mean).
    case o3

    /// Decimals kept after rounding (HJ 663 Table 3): CO 1, the others 0.
    public var decimals: Int { self == .co ? 1 : 0 }

    /// The grade-II limit Si of the composite index (综合指数): annual limits for SO2, NO2,
    /// PM10, PM2.5; the 24-hour limit for CO (mg/m³); the 8-hour limit for O3.
    public var compositeLimit: Int {
        switch self {
        case .so2: 60
        case .no2: 40
        case .pm10: 70
        case .pm25: 35
        case .co: 4
        case .o3: 160
        }
    }

    /// Chinese name as in official tables (二氧化硫, 细颗粒物 …).
    public var chineseName: String { Self.names[rawValue] }

    private static let names = WordTable("pollutant-names", in: .module)

    /// Formula as printed: SO2, NO2, PM10, PM2.5, CO, O3.
    public var symbol: String {
        switch self {
        case .so2: "SO2"
        case .no2: "NO2"
        case .pm10: "PM10"
        case .pm25: "PM2.5"
        case .co: "CO"
        case .o3: "O3"
        }
    }

    /// Recognises a column header or a cell naming a pollutant: `PM2.5`, `pm2_5`, `pm25`,
    /// `O3_8h`, `CO(mg/m3)`, `细颗粒物`, `二氧化硫` …
    public init?(name: String) {
        var key = name.lowercased().filter { !$0.isWhitespace }
        if let paren = key.firstIndex(where: { $0 == "(" || $0 == "（" || $0 == "[" }) {
            key = String(key[..<paren])
        }
        key = key.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ".", with: "")
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "₂", with: "2")
            .replacingOccurrences(of: "₃", with: "3")
        guard let code = Self.aliases[key], let p = Pollutant(rawValue: code) else { return nil }
        self = p
    }

    private static let aliases = WordLists.table("pollutant-aliases", in: .module)

    public static func < (a: Pollutant, b: Pollutant) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}
