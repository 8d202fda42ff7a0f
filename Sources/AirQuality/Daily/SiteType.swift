import Foundation
import WordLists

/// The role of a monitoring site in city assessment (HJ 663 3.x, A.2).
public enum SiteType: String, Sendable, Codable, CaseIterable {
    /// 城市点 (环境空气质量评价城市点): counted in area and city means.
    case urban
    /// 对照点 / 背景点 / 区域点 / 污染监控点 / 路边交通点: excluded from the city mean; an area
    /// made only of such sites still gets its own values.
    case background

    /// Reads `urban`, `background`, and the Chinese names of site kinds; nil otherwise.
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if key.isEmpty {
            self = .urban
        } else if let role = Self.names[key], let type = SiteType(rawValue: role) {
            self = type
        } else {
            return nil
        }
    }

    private static let names = WordLists.table("site-types", in: .module)
}
