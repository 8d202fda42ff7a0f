import LayoutSpec
import Typesetting

/// The layout's choices for a 周通报 that are not typography: names, recipients, ordering.
public struct WeeklyNoticeSettings: Sendable, Equatable {
    /// How entries of 工作动态 are ordered.
    public enum UnitOrder: String, Sendable, Equatable, CaseIterable, Decodable {
        /// By each unit's first date in the week.
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
        bulletinName: String, office: String, copyTo: String, unitOrder: UnitOrder, maxRequirements: Int,
        requirementLength: Int, appendix: Bool, trace: Bool
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

    /// The `[weekly]` table of a layout: each key with its name in the file and its range; the
    /// values (and so the defaults) are in `layouts/weekly-notice.toml`.
    public struct Table: Decodable, Sendable, Equatable {
        public var unitOrder: UnitOrder
        public var maxRequirements: Int
        public var requirementLength: Int
        public var appendix: Bool
        public var trace: Bool

        enum Keys: String, SchemaKey {
            case unitOrder = "unit_order", maxRequirements = "max_requirements"
            case requirementLength = "requirement_length", appendix, trace

            var rule: Rule {
                switch self {
                case .unitOrder: .oneOf(UnitOrder.allCases.map(\.rawValue))
                case .maxRequirements: .integer(1...50, unit: "requirements")
                case .requirementLength: .integer(8...1000, unit: "characters")
                case .appendix, .trace: .any
                }
            }
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            unitOrder = try c.value(.unitOrder)
            maxRequirements = try c.value(.maxRequirements)
            requirementLength = try c.value(.requirementLength)
            appendix = try c.value(.appendix)
            trace = try c.value(.trace)
        }
    }

    /// Reads `[weekly]` (ordering and condensing) and `[furniture]` (names) of a loaded layout.
    public init(layout: Layout) throws(SettingsError) {
        guard let t = WeeklyNotice.settings(in: layout) else {
            throw SettingsError(key: "weekly", message: "the layout has no [weekly] table; is it a weekly-notice layout?")
        }
        self.init(
            bulletinName: layout.furniture.bulletinName, office: layout.furniture.officeName,
            copyTo: layout.furniture.copyTo, unitOrder: t.unitOrder, maxRequirements: t.maxRequirements,
            requirementLength: t.requirementLength, appendix: t.appendix, trace: t.trace)
    }
}
