import WordLists

/// The role vocabulary of MODEL.md, grouped the way a notice reports people
/// (Words/person-roles.txt).
extension Person {
    /// Chaired the meeting (主持).
    public static let chairRoles = roles(in: "chair")
    /// Spoke (讲话, and the verbs a report uses for a speech: 强调, 指出, 表示).
    public static let speakerRoles = roles(in: "speaker")
    /// Attended without speaking (出席, 参加).
    public static let attendeeRoles = roles(in: "attendee")

    private static func roles(in group: String) -> Set<String> {
        Set(WordLists.pairs("person-roles", in: .module).filter { $0.1 == group }.map(\.0))
    }

    /// Whether any of the person's roles is in `group`.
    public func hasRole(in group: Set<String>) -> Bool { !group.isDisjoint(with: roles) }
}
