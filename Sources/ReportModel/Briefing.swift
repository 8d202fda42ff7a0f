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
    /// Named measures and slogans quoted in the text.
    public var measures: [String]
    /// Quantified goals.
    public var targets: [Target]
    /// Dated time limits.
    public var deadlines: [Deadline]
    /// Pollution-source categories touched.
    public var topics: [String]
    /// Cleaned full text, paragraphs separated by "\n".
    public var text: String

    public init(
        id: String, source: SourceSpan, headline: String? = nil, date: String? = nil,
        dateText: String? = nil, yearInferred: Bool = false, timeOfDay: String? = nil,
        unit: String? = nil, meeting: String? = nil, people: [Person] = [],
        requirements: [String] = [], measures: [String] = [], targets: [Target] = [],
        deadlines: [Deadline] = [], topics: [String] = [], text: String
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
        self.targets = targets
        self.deadlines = deadlines
        self.topics = topics
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case id, source, headline, date
        case dateText = "date_text"
        case yearInferred = "year_inferred"
        case timeOfDay = "time_of_day"
        case unit, meeting, people, requirements, measures, targets, deadlines, topics, text
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
        try c.encode(targets, forKey: .targets)
        try c.encode(deadlines, forKey: .deadlines)
        try c.encode(topics, forKey: .topics)
        try c.encode(text, forKey: .text)
    }
}
