import ReportModel
import WordLists

/// One column a clerk may correct in the review sheet (审核表): how the parsed value is shown and
/// how a cell is read back. Lists are one entry per line; a blank cell means "unknown".
struct ReviewField: Sendable {
    /// Stored in the corrections table.
    let key: String
    /// Column header (the grey source column is this + `原文`).
    let header: String
    /// Column width in characters.
    let width: Double
    let show: @Sendable (Briefing) -> String
    /// Applies a cell to an item; throws a message for a value the field cannot take.
    let apply: @Sendable (String, inout Briefing) throws(ReviewFieldError) -> Void
    /// The values to look up in the item's text for the source column (when it has no spans).
    let evidence: @Sendable (Briefing) -> [String]
    /// Where the reader found the field (`Briefing.spans`), for the source column.
    var spans: @Sendable (BriefingSpans) -> [FactSpan] = { _ in [] }
}

struct ReviewFieldError: Error, Equatable {
    var message: String
}

extension ReviewField {
    /// The role vocabulary (MODEL.md) plus the groups the notice reports.
    static let roles: Set<String> = Person.chairRoles.union(Person.speakerRoles).union(Person.attendeeRoles)
        .union(WordLists.list("extra-roles", in: .module))
    static let timesOfDay = Set(WordLists.list("times-of-day", in: .module))
    /// Column headers by field key (Words/field-headers.txt).
    static let headers = WordTable("field-headers", in: .module)
    static let yearMark = Review.wording["year-mark"], monthMark = Review.wording["month-mark"], dayMark = Review.wording["day-mark"]

    static func lines(_ cell: String) -> [String] {
        cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func optional(_ cell: String) -> String? {
        let t = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// `2017年11月14日` (or `2017-11-14`): a real day with its year, else a message.
    static func date(_ cell: String) throws(ReviewFieldError) -> CivilDate? {
        guard let t = optional(cell) else { return nil }
        let digits = t.split { !$0.isNumber }.map(String.init)
        let shaped = t.contains(yearMark) ? t.hasSuffix(dayMark) : t.contains("-")
        guard digits.count == 3, shaped, let y = Int(digits[0]), let m = Int(digits[1]), let d = Int(digits[2]), digits[0].count == 4,
            let day = CivilDate(year: y, month: m, day: d)
        else {
            throw ReviewFieldError(message: "'\(t)' is not a date (write 2017年11月14日; the day must exist)")
        }
        return day
    }

    static func showDate(_ iso: String?) -> String {
        guard let d = iso.flatMap(CivilDate.init(iso:)) else { return "" }
        return "\(d.year)\(yearMark)\(d.month)\(monthMark)\(d.day)\(dayMark)"
    }

    /// `姓名/职务/角色、角色`, one person per line.
    static func person(_ line: String) throws(ReviewFieldError) -> Person {
        let parts = line.split(omittingEmptySubsequences: false) { "/／|｜".contains($0) }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let name = parts.first, !name.isEmpty, parts.count <= 3 else {
            throw ReviewFieldError(message: "'\(line)' is not 姓名/职务/角色")
        }
        let title = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        let roles = parts.count > 2 ? parts[2].split { "、,，".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) } : []
        for r in roles where !roles.isEmpty && !Self.roles.contains(r) {
            throw ReviewFieldError(message: "role '\(r)' is not one of \(Self.roles.sorted().joined(separator: "、"))")
        }
        return Person(name: name, title: title, roles: roles.filter { !$0.isEmpty })
    }

    static func showPerson(_ p: Person) -> String {
        [p.name, p.title ?? "", p.roles.joined(separator: "、")].joined(separator: "/")
    }

    /// The editable columns, in sheet order.
    static let all: [ReviewField] = [
        ReviewField(
            key: "unit", header: headers["unit"], width: 16, show: { $0.unit ?? "" }, apply: { c, b in b.unit = optional(c) },
            evidence: { $0.unit.map { [$0] } ?? [] }, spans: { $0.unit.map { [$0] } ?? [] }),
        ReviewField(
            key: "date", header: headers["date"], width: 14, show: { showDate($0.date) },
            apply: { (c: String, b: inout Briefing) throws(ReviewFieldError) in
                let d = try date(c)
                b.date = d?.iso
                b.dateText = d.map { "\($0.month)\(monthMark)\($0.day)\(dayMark)" }
                b.yearInferred = false
            },
            evidence: { $0.dateText.map { [$0] } ?? [] }, spans: { $0.date.map { [$0] } ?? [] }),
        ReviewField(
            key: "time", header: headers["time"], width: 6, show: { $0.timeOfDay ?? "" },
            apply: { (c: String, b: inout Briefing) throws(ReviewFieldError) in
                let t = optional(c)
                if let t, !timesOfDay.contains(t) { throw ReviewFieldError(message: "'\(t)' is not 上午, 下午 or 晚上") }
                b.timeOfDay = t
            },
            evidence: { $0.timeOfDay.map { [$0] } ?? [] }, spans: { $0.timeOfDay.map { [$0] } ?? [] }),
        ReviewField(
            key: "meeting", header: headers["meeting"], width: 24, show: { $0.meeting ?? "" }, apply: { c, b in b.meeting = optional(c) },
            evidence: { $0.meeting.map { [$0] } ?? [] }, spans: { $0.meeting.map { [$0] } ?? [] }),
        ReviewField(
            key: "people", header: headers["people"], width: 30, show: { $0.people.map(showPerson).joined(separator: "\n") },
            apply: { (c: String, b: inout Briefing) throws(ReviewFieldError) in
                var people: [Person] = []
                for line in lines(c) { people.append(try person(line)) }
                b.people = people
            },
            evidence: { $0.people.map(\.name) }, spans: { $0.people.flatMap { [$0.name] + $0.roles } }),
        ReviewField(
            key: "requirements", header: headers["requirements"], width: 36, show: { $0.requirements.joined(separator: "\n") },
            apply: { c, b in b.requirements = lines(c) }, evidence: { $0.requirements }, spans: { $0.requirements }),
        ReviewField(
            key: "measures", header: headers["measures"], width: 24, show: { $0.measures.joined(separator: "\n") },
            apply: { c, b in b.measures = lines(c) }, evidence: { $0.measures }, spans: { $0.measures }),
        ReviewField(
            key: "targets", header: headers["targets"], width: 24, show: { $0.targets.map(\.text).joined(separator: "\n") },
            apply: { c, b in
                // an unchanged line keeps what was parsed from it (metric, value, unit)
                let old = Dictionary(b.targets.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
                b.targets = lines(c).map { old[$0] ?? Target(text: $0) }
            }, evidence: { $0.targets.map(\.text) }, spans: { $0.targets }),
        ReviewField(
            key: "deadlines", header: headers["deadlines"], width: 18, show: { $0.deadlines.map(\.text).joined(separator: "\n") },
            apply: { c, b in
                let old = Dictionary(b.deadlines.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
                b.deadlines = lines(c).map { old[$0] ?? Deadline(text: $0) }
            }, evidence: { $0.deadlines.map(\.text) }, spans: { $0.deadlines }),
    ]

    /// The sentences of the item's text the field came from: those holding the reader's spans
    /// (provenance), else those holding its values; a span outside the item names its line.
    static func sourceSentences(_ b: Briefing, _ values: [String], _ spans: [FactSpan] = []) -> String {
        let text = Array(b.text.unicodeScalars)
        let stops: Set<Unicode.Scalar> = ["。", "！", "？", "；", "\n"]
        // sentence ranges of the text, end exclusive
        var sentences: [Range<Int>] = []
        var start = 0
        for (i, c) in text.enumerated() where stops.contains(c) {
            sentences.append(start..<(c == "\n" ? i : i + 1))
            start = i + 1
        }
        if start < text.count { sentences.append(start..<text.count) }
        sentences = sentences.filter { !$0.isEmpty }
        var picked = Set<Int>()
        var outside: [String] = []
        for span in spans {
            if let o = span.textOffsets, o.count == 2, let k = sentences.firstIndex(where: { $0.contains(o[0]) }) {
                picked.insert(k)
            } else if let line = span.lines.first {
                outside.append(Review.wording.fill("source-outside", ["file": span.file, "line": String(line)]))
            }
        }
        if spans.isEmpty {
            for v in values where !v.isEmpty {
                if let k = sentences.firstIndex(where: { String(String.UnicodeScalarView(text[$0])).contains(v) }) {
                    picked.insert(k)
                }
            }
        }
        let found = picked.sorted().map {
            String(String.UnicodeScalarView(text[sentences[$0]])).trimmingCharacters(in: .whitespaces)
        }
        return (found + Array(Set(outside)).sorted()).joined(separator: "\n")
    }
}
