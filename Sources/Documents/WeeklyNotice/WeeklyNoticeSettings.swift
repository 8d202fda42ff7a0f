import Typesetting

/// The layout's choices for a 周通报 that are not typography: names, recipients, ordering.
public struct WeeklyNoticeSettings: Sendable, Equatable {
    /// How entries of 工作动态 are ordered.
    public enum UnitOrder: String, Sendable, Equatable, CaseIterable {
        /// By each unit's first date in the week (default).
        case firstDate = "first-date"
        /// By unit name.
        case name
        /// As the files came in.
        case source
    }

    /// Bulletin name printed red in the 版头 (大气污染防治工作周通报).
    public var bulletinName: String
    /// 编印单位 / 印发机关.
    public var office: String
    /// 抄送 recipients.
    public var copyTo: String
    /// Ordering of units.
    public var unitOrder: UnitOrder
    /// Most requirements quoted per entry.
    public var maxRequirements: Int
    /// Longest requirement quoted, in characters, before it is cut at a clause boundary.
    public var requirementLength: Int
    /// Whether the source list (本期信息来源: unit, date, title, file) is printed.
    public var appendix: Bool
    /// Whether the exact file and line range of every item is printed as an attachment.
    public var trace: Bool

    public init(
        bulletinName: String, office: String, copyTo: String, unitOrder: UnitOrder = .firstDate,
        maxRequirements: Int = 10, requirementLength: Int = 60, appendix: Bool = true, trace: Bool = false
    ) {
        self.bulletinName = bulletinName
        self.office = office
        self.copyTo = copyTo
        self.unitOrder = unitOrder
        self.maxRequirements = maxRequirements
        self.requirementLength = requirementLength
        self.appendix = appendix
        self.trace = trace
    }

    /// Keys of the layout's `[weekly]` table.
    public static let keys = ["unit_order", "max_requirements", "requirement_length", "appendix", "trace"]

    /// Reads `[weekly]` (ordering and condensing) and `[furniture]` (names) of a layout.
    public init(layout: Layout) throws(SettingsError) {
        let t = SettingsTable(name: "weekly", values: layout.documentSettings["weekly"] ?? [:])
        try t.checkKeys(Self.keys)
        let order = try t.oneOf("unit_order", UnitOrder.allCases.map(\.rawValue), default: UnitOrder.firstDate.rawValue)
        self.init(
            bulletinName: layout.furniture.bulletinName, office: layout.furniture.officeName,
            copyTo: layout.furniture.copyTo, unitOrder: UnitOrder(rawValue: order) ?? .firstDate,
            maxRequirements: try t.int("max_requirements", default: 10, min: 1),
            requirementLength: try t.int("requirement_length", default: 60, min: 8),
            appendix: try t.oneOf("appendix", ["true", "false"], default: "true") == "true",
            trace: try t.oneOf("trace", ["true", "false"], default: "false") == "true")
    }
}
