/// Where one extracted fact came from: the file, its line range and the exact characters.
///
/// `offsets` index the file's decoded text (after byte decoding, before any cleaning) in Unicode
/// scalars, end exclusive, counting line breaks as written (CRLF is two); `lines` are the 1-based
/// first and last lines those characters lie on. For a .docx, HTML page or PDF the decoded text
/// is the text tongbao took from it: `lines` then point back at the original (paragraph of a
/// .docx, line of the HTML file) and `pages` names the PDF's pages. `textOffsets` index the item's cleaned `text`
/// (nil when the evidence lies outside the item, e.g. a unit named in the page header).
/// A fact the reader could not pin down to characters points at the paragraph it came from.
public struct FactSpan: Sendable, Equatable, Hashable, Codable {
    /// Path of the file as given on the command line.
    public var file: String
    /// First and last line (1-based, in the original file).
    public var lines: [Int] {
        get { storedLines.array }
        set { storedLines = Numbers(newValue) }
    }
    /// Start and end (exclusive) in the decoded text of the file, in Unicode scalars.
    public var offsets: [Int] {
        get { storedOffsets.array }
        set { storedOffsets = Numbers(newValue) }
    }
    /// Start and end (exclusive) in the briefing's cleaned `text`, in Unicode scalars.
    public var textOffsets: [Int]? {
        get { storedTextOffsets?.array }
        set { storedTextOffsets = newValue.map(Numbers.init) }
    }
    /// First and last page, for a PDF.
    public var pages: [Int]? {
        get { storedPages?.array }
        set { storedPages = newValue.map(Numbers.init) }
    }

    // the lists as stored: pairs inline (see `Numbers`)
    private(set) var storedLines: Numbers
    private(set) var storedOffsets: Numbers
    private(set) var storedTextOffsets: Numbers?
    private(set) var storedPages: Numbers?

    public init(file: String, lines: [Int], offsets: [Int], textOffsets: [Int]? = nil, pages: [Int]? = nil) {
        self.file = file
        storedLines = Numbers(lines)
        storedOffsets = Numbers(offsets)
        storedTextOffsets = textOffsets.map(Numbers.init)
        storedPages = pages.map(Numbers.init)
    }

    /// A span as the reader makes it: every list a pair (no array made).
    public init(file: String, lines: (Int, Int), offsets: (Int, Int), textOffsets: (Int, Int)? = nil) {
        self.file = file
        storedLines = .pair(lines.0, lines.1)
        storedOffsets = .pair(offsets.0, offsets.1)
        storedTextOffsets = textOffsets.map { .pair($0.0, $0.1) }
        storedPages = nil
    }

    /// The first and last of `lines`, when there are any (read without making the array).
    public var lineBounds: (first: Int, last: Int)? { storedLines.bounds }

    /// Every line number replaced by `transform` of it (the reader's lines pointed back at an
    /// original document).
    public mutating func mapLines(_ transform: (Int) -> Int) {
        switch storedLines {
        case .pair(let a, let b): storedLines = .pair(transform(a), transform(b))
        case .list(let l): storedLines = .list(l.map(transform))
        }
    }

    /// A list of integers: a pair inline, any other list (only JSON read back can hold one) as an
    /// array. Every list of every span the reader makes is a pair; as arrays a span cost three or
    /// four allocations and their releases (~31,600 spans on 2 MB of the genre mix). A list of
    /// two is always stored as a pair, so equal lists are equal values.
    enum Numbers: Sendable, Hashable {
        case pair(Int, Int)
        case list([Int])

        init(_ a: [Int]) { self = a.count == 2 ? .pair(a[0], a[1]) : .list(a) }

        var array: [Int] {
            switch self {
            case .pair(let a, let b): [a, b]
            case .list(let l): l
            }
        }

        var isPair: Bool {
            if case .pair = self { true } else { false }
        }

        var bounds: (first: Int, last: Int)? {
            switch self {
            case .pair(let a, let b): (a, b)
            case .list(let l): l.first.flatMap { f in l.last.map { (f, $0) } }
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case file, lines, offsets
        case textOffsets = "text_offsets"
        case pages
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try c.decode(String.self, forKey: .file), lines: try c.decode([Int].self, forKey: .lines),
            offsets: try c.decode([Int].self, forKey: .offsets), textOffsets: try c.decodeIfPresent([Int].self, forKey: .textOffsets),
            pages: try c.decodeIfPresent([Int].self, forKey: .pages))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(lines, forKey: .lines)
        try c.encode(offsets, forKey: .offsets)
        try c.encode(textOffsets, forKey: .textOffsets)
        try c.encodeIfPresent(pages, forKey: .pages)
    }
}

/// The evidence for one person: where the name is written (with its title), and one span per
/// role, parallel to `Person.roles` (the clause that ties the name to that verb).
public struct PersonSpans: Sendable, Equatable, Codable {
    /// The first mention of the name (with its title, where one is written).
    public var name: FactSpan
    /// One span per entry of `Person.roles`, in the same order.
    public var roles: [FactSpan]

    public init(name: FactSpan, roles: [FactSpan] = []) {
        self.name = name
        self.roles = roles
    }
}

/// Provenance of every fact of a briefing, field by field. Arrays are parallel to the briefing's
/// arrays of the same name (`measures[i]` is the span of `Briefing.measures[i]`).
public struct BriefingSpans: Sendable, Equatable, Codable {
    public var headline: FactSpan?
    /// The date as written (`date_text`).
    public var date: FactSpan?
    /// 上午 / 下午 / 晚上 as written.
    public var timeOfDay: FactSpan?
    /// Where the unit is named (or the 我县/全市 that refers to it).
    public var unit: FactSpan?
    public var meeting: FactSpan?
    public var people: [PersonSpans]
    public var requirements: [FactSpan]
    public var measures: [FactSpan]
    /// One span per deployed measure: the name, and for a list everything up to its last item.
    public var deployedMeasures: [FactSpan]
    public var targets: [FactSpan]
    public var deadlines: [FactSpan]

    public init(
        headline: FactSpan? = nil, date: FactSpan? = nil, timeOfDay: FactSpan? = nil, unit: FactSpan? = nil,
        meeting: FactSpan? = nil, people: [PersonSpans] = [], requirements: [FactSpan] = [], measures: [FactSpan] = [],
        deployedMeasures: [FactSpan] = [], targets: [FactSpan] = [], deadlines: [FactSpan] = []
    ) {
        self.headline = headline
        self.date = date
        self.timeOfDay = timeOfDay
        self.unit = unit
        self.meeting = meeting
        self.people = people
        self.requirements = requirements
        self.measures = measures
        self.deployedMeasures = deployedMeasures
        self.targets = targets
        self.deadlines = deadlines
    }

    enum CodingKeys: String, CodingKey {
        case headline, date
        case timeOfDay = "time_of_day"
        case unit, meeting, people, requirements, measures
        case deployedMeasures = "deployed_measures"
        case targets, deadlines
    }

    /// The spans of single facts and of lists of facts, by key, in the order they are written
    /// (`people` between them). Every field is written, nulls and empty lists too (MODEL.md shows
    /// every field); fields missing in stored JSON read as none.
    private static var singles: [(CodingKeys, WritableKeyPath<BriefingSpans, FactSpan?>)] {
        [(.headline, \.headline), (.date, \.date), (.timeOfDay, \.timeOfDay), (.unit, \.unit), (.meeting, \.meeting)]
    }
    private static var lists: [(CodingKeys, WritableKeyPath<BriefingSpans, [FactSpan]>)] {
        [
            (.requirements, \.requirements), (.measures, \.measures), (.deployedMeasures, \.deployedMeasures),
            (.targets, \.targets), (.deadlines, \.deadlines),
        ]
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        for (key, path) in Self.singles { self[keyPath: path] = try c.decodeIfPresent(FactSpan.self, forKey: key) }
        people = try c.decodeIfPresent([PersonSpans].self, forKey: .people) ?? []
        for (key, path) in Self.lists { self[keyPath: path] = try c.decodeIfPresent([FactSpan].self, forKey: key) ?? [] }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for (key, path) in Self.singles { try c.encode(self[keyPath: path], forKey: key) }
        try c.encode(people, forKey: .people)
        for (key, path) in Self.lists { try c.encode(self[keyPath: path], forKey: key) }
    }
}
