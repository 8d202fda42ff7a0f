/// One news item, speech or 简报 entry found in a file (简报条目).
public struct Briefing: Sendable, Equatable, Codable {
    /// File stem + `#` + 1-based ordinal of the item in that file.
    public var id: String
    /// Where the item came from.
    public var source: SourceSpan
    /// The item's own headline line, where the text has one.
    public var headline: String?
    /// ISO date (YYYY-MM-DD) of the meeting or event; nil when unknowable.
    public var date: String?
    /// The date as written.
    public var dateText: String?
    /// True when the year was not written next to the date.
    public var yearInferred: Bool
    /// 上午 / 下午 / 晚上, or nil.
    public var timeOfDay: String?
    /// The body that held the meeting or issued the item.
    public var unit: String?
    /// The meeting's name as written, without 召开.
    public var meeting: String?
    /// Named people with their titles and roles.
    public var people: [Person]
    /// Enumerated demands, in order.
    public var requirements: [String]
    /// Named measures and slogans quoted in the text (MODEL.md: kept as before, for scripts that
    /// score it); `measureKinds` says which of them are deployed measures.
    public var measures: [String]
    /// What each entry of `measures` is, parallel to it.
    public var measureKinds: [MeasureKind]
    /// The deployed measures (举措) a notice reports and counts, in text order: quoted measures of
    /// kind `measure` (a part of a longer one left out) and key-field lists (十大攻坚战 with all ten).
    public var deployedMeasures: [DeployedMeasure]
    /// Quantified goals.
    public var targets: [Target]
    /// Dated time limits.
    public var deadlines: [Deadline]
    /// Pollution-source categories touched.
    public var topics: [String]
    /// Cleaned full text, paragraphs separated by "\n".
    public var text: String
    /// Where each fact came from.
    public var spans: BriefingSpans

    public init(
        id: String, source: SourceSpan, headline: String? = nil, date: String? = nil,
        dateText: String? = nil, yearInferred: Bool = false, timeOfDay: String? = nil,
        unit: String? = nil, meeting: String? = nil, people: [Person] = [],
        requirements: [String] = [], measures: [String] = [], measureKinds: [MeasureKind]? = nil,
        deployedMeasures: [DeployedMeasure]? = nil, targets: [Target] = [],
        deadlines: [Deadline] = [], topics: [String] = [], text: String, spans: BriefingSpans = BriefingSpans()
    ) {
        self.id = id
        self.source = source
        self.headline = headline
        self.date = date
        self.dateText = dateText
        self.yearInferred = yearInferred
        self.timeOfDay = timeOfDay
        self.unit = unit
        self.meeting = meeting
        self.people = people
        self.requirements = requirements
        self.measures = measures
        self.measureKinds = measureKinds ?? Array(repeating: .measure, count: measures.count)
        self.deployedMeasures = deployedMeasures ?? measures.map { DeployedMeasure(text: $0) }
        self.targets = targets
        self.deadlines = deadlines
        self.topics = topics
        self.text = text
        self.spans = spans
    }

    enum CodingKeys: String, CodingKey {
        case id, source, headline, date
        case dateText = "date_text"
        case yearInferred = "year_inferred"
        case timeOfDay = "time_of_day"
        case unit, meeting, people, requirements, measures
        case measureKinds = "measure_kinds"
        case deployedMeasures = "deployed_measures"
        case targets, deadlines, topics, text, spans
    }

    /// Reads stored JSON; fields added later (`measure_kinds`, `deployed_measures`, `spans`) may be absent in items
    /// stored before them: their quoted measures then all count as deployed and their spans are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(SourceSpan.self, forKey: .source)
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        dateText = try c.decodeIfPresent(String.self, forKey: .dateText)
        yearInferred = try c.decodeIfPresent(Bool.self, forKey: .yearInferred) ?? false
        timeOfDay = try c.decodeIfPresent(String.self, forKey: .timeOfDay)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        meeting = try c.decodeIfPresent(String.self, forKey: .meeting)
        people = try c.decodeIfPresent([Person].self, forKey: .people) ?? []
        requirements = try c.decodeIfPresent([String].self, forKey: .requirements) ?? []
        measures = try c.decodeIfPresent([String].self, forKey: .measures) ?? []
        let kinds = try c.decodeIfPresent([MeasureKind].self, forKey: .measureKinds)
        if let kinds, kinds.count == measures.count {
            measureKinds = kinds
        } else {
            measureKinds = Array(repeating: .measure, count: measures.count)
        }
        deployedMeasures =
            try c.decodeIfPresent([DeployedMeasure].self, forKey: .deployedMeasures) ?? measures.map { DeployedMeasure(text: $0) }
        targets = try c.decodeIfPresent([Target].self, forKey: .targets) ?? []
        deadlines = try c.decodeIfPresent([Deadline].self, forKey: .deadlines) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        text = try c.decode(String.self, forKey: .text)
        spans = try c.decodeIfPresent(BriefingSpans.self, forKey: .spans) ?? BriefingSpans()
    }

    public func encode(to encoder: any Encoder) throws {
        // Nulls are written out: MODEL.md shows every field, present or not.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(headline, forKey: .headline)
        try c.encode(date, forKey: .date)
        try c.encode(dateText, forKey: .dateText)
        try c.encode(yearInferred, forKey: .yearInferred)
        try c.encode(timeOfDay, forKey: .timeOfDay)
        try c.encode(unit, forKey: .unit)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(people, forKey: .people)
        try c.encode(requirements, forKey: .requirements)
        try c.encode(measures, forKey: .measures)
        try c.encode(measureKinds, forKey: .measureKinds)
        try c.encode(deployedMeasures, forKey: .deployedMeasures)
        try c.encode(targets, forKey: .targets)
        try c.encode(deadlines, forKey: .deadlines)
        try c.encode(topics, forKey: .topics)
        try c.encode(text, forKey: .text)
        try c.encode(spans, forKey: .spans)
    }
}

/// The classified lists a notice reports and counts (issue 12, item 3).
extension Briefing {
    /// The numeric goals only: no statistics about the past.
    public var goals: [Target] { targets.filter { $0.kind == .goal } }

    /// The time limits only (no campaign periods), each date once, in text order. A limit with no
    /// resolvable date is kept once per wording.
    public var timeLimits: [Deadline] {
        var seen = Set<String>()
        return deadlines.filter { d in d.kind == .deadline && seen.insert(d.date ?? d.text).inserted }
    }
}
