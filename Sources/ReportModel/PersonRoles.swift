/// The role vocabulary of MODEL.md, grouped the way a notice reports people.
extension Person {
    /// Chaired the meeting (主持).
    public static let chairRoles: Set<String> = ["主持"]
    /// Spoke (讲话, and the verbs a report uses for a speech: 强调, 指出, 表示).
    public static let speakerRoles: Set<String> = ["讲话", "强调", "指出", "表示"]
    /// Attended without speaking (出席, 参加).
    public static let attendeeRoles: Set<String> = ["出席", "参加"]

    /// Whether any of the person's roles is in `group`.
    public func hasRole(in group: Set<String>) -> Bool { !group.isDisjoint(with: roles) }
}
