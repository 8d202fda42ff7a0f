/// A dated time limit: 6月底前, 2017年3月31日结束.
public struct Deadline: Sendable, Equatable, Codable {
    /// The phrase as written.
    public var text: String
    /// ISO date it resolves to, or nil.
    public var date: String?

    public init(text: String, date: String? = nil) {
        self.text = text
        self.date = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(date, forKey: .date)
    }
}
