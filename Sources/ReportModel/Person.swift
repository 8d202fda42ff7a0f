/// A named person tied to a meeting.
public struct Person: Sendable, Equatable, Codable {
    /// The person's name.
    public var name: String
    /// 职务 as written directly before the name, e.g. 管委会副主任.
    public var title: String?
    /// Verbs tying the person to the meeting: 主持, 讲话, 出席, 要求 …
    public var roles: [String]

    public init(name: String, title: String? = nil, roles: [String] = []) {
        self.name = name
        self.title = title
        self.roles = roles
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(roles, forKey: .roles)
    }
}
