/// A dated time limit: 6月底前, 2017年3月31日结束.
public struct Deadline: Sendable, Equatable, Codable {
    /// The phrase as written.
    public var text: String
    /// ISO date it resolves to, or nil.
    public var date: String?
    /// A time limit, or the period a campaign runs.
    public var kind: DeadlineKind

    public init(text: String, date: String? = nil, kind: DeadlineKind = .deadline) {
        self.text = text
        self.date = date
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey {
        case text, date, kind
    }

    /// `kind` is absent in items stored before it existed: they read as time limits.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        kind = try c.decodeIfPresent(DeadlineKind.self, forKey: .kind) ?? .deadline
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
    }
}
