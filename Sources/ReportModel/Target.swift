/// A quantified goal: 优良天数不少于66天.
public struct Target: Sendable, Equatable, Codable {
    /// The phrase as written.
    public var text: String
    /// What is measured (优良天数, PM2.5浓度 …), where named.
    public var metric: String?
    /// `>=`, `<=`, `=`, `<` or `>`.
    public var comparator: String?
    /// The number.
    public var value: Double?
    /// The unit after the number (天, 户, %, 微克/立方米 …).
    public var unit: String?
    /// ISO deadline for the goal, where one is given.
    public var deadline: String?
    /// A goal, or a figure about the past that reads like one.
    public var kind: TargetKind

    public init(
        text: String, metric: String? = nil, comparator: String? = nil, value: Double? = nil,
        unit: String? = nil, deadline: String? = nil, kind: TargetKind = .goal
    ) {
        self.text = text
        self.metric = metric
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.deadline = deadline
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey {
        case text, metric, comparator, value, unit, deadline, kind
    }

    /// `kind` is absent in items stored before it existed: they read as goals.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        metric = try c.decodeIfPresent(String.self, forKey: .metric)
        comparator = try c.decodeIfPresent(String.self, forKey: .comparator)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        deadline = try c.decodeIfPresent(String.self, forKey: .deadline)
        kind = try c.decodeIfPresent(TargetKind.self, forKey: .kind) ?? .goal
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(metric, forKey: .metric)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(kind, forKey: .kind)
    }
}
