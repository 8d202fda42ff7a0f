import ReportModel

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
            let name = item.unit ?? unknownUnit
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

    /// Items in the same order the groups use, flattened.
    static func ordered(_ briefings: [Briefing], order: WeeklyNoticeSettings.UnitOrder) -> [Briefing] {
        switch order {
        case .source: return briefings
        default: return group(briefings, order: order, unknownUnit: "").flatMap(\.items)
        }
    }
}
