import ReportModel

/// Renumbering the lines of every span of a briefing (a decoded HTML page's lines → the page's
/// source lines, a .docx's lines → its paragraphs), offsets untouched.
extension BriefingSpans {
    mutating func mapLines(_ f: (Int) -> Int) {
        func map(_ s: inout FactSpan) { s.lines = s.lines.map(f) }
        func map(_ s: inout FactSpan?) {
            guard var v = s else { return }
            map(&v)
            s = v
        }
        func map(_ list: inout [FactSpan]) { for k in list.indices { map(&list[k]) } }
        map(&headline)
        map(&date)
        map(&timeOfDay)
        map(&unit)
        map(&meeting)
        map(&requirements)
        map(&measures)
        map(&deployedMeasures)
        map(&targets)
        map(&deadlines)
        for k in people.indices {
            map(&people[k].name)
            map(&people[k].roles)
        }
    }
}
