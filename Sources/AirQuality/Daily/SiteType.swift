import Foundation

/// The role of a monitoring site in city assessment (HJ 663 3.x, A.2).
public enum SiteType: String, Sendable, Codable, CaseIterable {
    /// 城市点 (环境空气质量评价城市点): counted in area and city means.
    case urban
    /// 对照点 / 背景点 / 区域点 / 污染监控点 / 路边交通点: excluded from the city mean; an area
    /// made only of such sites still gets its own values.
    case background

    /// Reads `urban`, `background`, and the Chinese names of site kinds; nil otherwise.
    public init?(name: String) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "urban", "city", "assessment", "城市点", "评价点", "国控点", "": self = .urban
        case "background", "control", "regional", "traffic", "monitoring", "对照点", "背景点", "清洁对照点",
            "区域点", "污染监控点", "路边交通点", "交通点":
            self = .background
        default: return nil
        }
    }
}
