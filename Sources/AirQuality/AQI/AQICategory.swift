import WordLists

/// AQI level and category (空气质量指数级别及类别), HJ 633-2012 Table 2.
public enum AQICategory: Int, Sendable, CaseIterable, Codable, Comparable {
    /// 一级 优, 0–50.
    case excellent = 1
    /// 二级 良, 51–100.
    case good
    /// 三级 轻度污染, 101–150.
    case lightlyPolluted
    /// 四级 中度污染, 151–200.
    case moderatelyPolluted
    /// 五级 重度污染, 201–300.
    case heavilyPolluted
    /// 六级 严重污染, above 300.
    case severelyPolluted

    /// The category of an AQI value.
    public init(aqi: Int) {
        switch aqi {
        case ...50: self = .excellent
        case 51...100: self = .good
        case 101...150: self = .lightlyPolluted
        case 151...200: self = .moderatelyPolluted
        case 201...300: self = .heavilyPolluted
        default: self = .severelyPolluted
        }
    }

    /// 类别: 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染.
    public var name: String { Self.names[String(rawValue)] }

    private static let names = WordTable("aqi-categories", in: .module)

    /// 级别: 一级 … 六级.
    public var levelName: String { Self.levelNames[String(rawValue)] }

    private static let levelNames = WordTable("aqi-levels", in: .module)

    /// Official colour (绿 黄 橙 红 紫 褐红) as 0–255 RGB.
    public var rgb: (red: Int, green: Int, blue: Int) {
        switch self {
        case .excellent: (0, 228, 0)
        case .good: (255, 255, 0)
        case .lightlyPolluted: (255, 126, 0)
        case .moderatelyPolluted: (255, 0, 0)
        case .heavilyPolluted: (153, 0, 76)
        case .severelyPolluted: (126, 0, 35)
        }
    }

    /// 优良: AQI ≤ 100.
    public var isGood: Bool { self <= .good }

    /// 重污染: AQI > 200.
    public var isHeavy: Bool { self >= .heavilyPolluted }

    public static func < (a: AQICategory, b: AQICategory) -> Bool { a.rawValue < b.rawValue }
}
