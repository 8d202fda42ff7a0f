import ReportModel
import WordLists

/// The briefings of one unit in a week.
struct UnitGroup {
    /// The unit's name as extracted.
    var name: String
    /// Its items, by date.
    var items: [Briefing]
}

/// Groups a week's briefings by unit, in the order the layout asks for.
enum UnitGrouping {
    static func group(_ briefings: [Briefing], order: WeeklyNoticeSettings.UnitOrder, unknownUnit: String) -> [UnitGroup] {
        var groups: [UnitGroup] = []
        var index: [String: Int] = [:]
        for item in ordered(briefings, order: .source) {
            let name = Self.name(of: item, unknownUnit: unknownUnit)
            if let i = index[name] {
                groups[i].items.append(item)
            } else {
                index[name] = groups.count
                groups.append(UnitGroup(name: name, items: [item]))
            }
        }
        for i in groups.indices {
            groups[i].items.sort { ($0.date ?? "9999") < ($1.date ?? "9999") }
        }
        switch order {
        case .source: return groups
        case .name: return groups.sorted { $0.name < $1.name }
        case .firstDate:
            // Stable: equal first dates keep the files' order.
            return groups.enumerated().sorted { a, b in
                let da = a.element.items.first?.date ?? "9999"
                let db = b.element.items.first?.date ?? "9999"
                return da != db ? da < db : a.offset < b.offset
            }.map(\.element)
        }
    }

    static let wholeAreas = Set(WordLists.list("whole-areas", in: .module))
    static let speakerRoles = WordLists.list("speaker-roles", in: .module)

    /// The unit an item's heading, table row and source line name: the unit as read, unless it is
    /// the item's word for its own area (全县 of 在全县…会上的讲话), which names no unit in another
    /// office's notice; then the leader the item is about as the source names him (县委书记马志远:
    /// the first who speaks, else the first named), else the layout's `unknownUnit`.
    static func name(of item: Briefing, unknownUnit: String) -> String {
        if let unit = item.unit, !wholeAreas.contains(unit) { return unit }
        let speaker = item.people.first { $0.roles.contains(where: speakerRoles.contains) } ?? item.people.first
        guard let speaker, speaker.name.count >= 2 else { return unknownUnit }
        return (speaker.title ?? "") + speaker.name
    }

    /// Items in the same order the groups use, flattened.
    static func ordered(_ briefings: [Briefing], order: WeeklyNoticeSettings.UnitOrder) -> [Briefing] {
        switch order {
        case .source: return briefings
        default: return group(briefings, order: order, unknownUnit: "").flatMap(\.items)
        }
    }
}
