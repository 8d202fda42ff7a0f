/// A `word = role` list (`Words/<name>.txt`): grammar characters and short words under the role
/// each plays (`年 = year`, `在 = at`), so that the code names the role and the list holds the
/// Chinese. Read once into `Lexicon`'s `static let`s; the scanners then compare a stored scalar or
/// test a `ScalarSet`, as cheaply as a literal. A role the list lacks is a packaging fault (the
/// list ships with the module, and `WordListTests` reads every role the code asks for).
struct RoleList: Sendable {
    let name: String
    let entries: [(word: String, role: String)]

    init(_ name: String) {
        self.name = name
        entries = Words.pairs(name).map { (word: $0.0, role: $0.1) }
    }

    /// The words under any of `roles`, in file order.
    func words(roles: String...) -> [Scalars] {
        for r in roles where !entries.contains(where: { $0.role == r }) {
            preconditionFailure("Words/\(name).txt has no entry '… = \(r)'")
        }
        return entries.filter { roles.contains($0.role) }.map { Scalars($0.word) }
    }

    /// The one word under `role`.
    func word(_ role: String) -> Scalars {
        let found = words(roles: role)
        if found.count != 1 { preconditionFailure("Words/\(name).txt has \(found.count) entries '… = \(role)', expected one") }
        return found[0]
    }

    /// The one character under `role`.
    func character(_ role: String) -> Unicode.Scalar {
        let w = word(role)
        guard w.count == 1, let c = w.first else { preconditionFailure("Words/\(name).txt: '\(w.string) = \(role)' is not one character") }
        return c
    }

    /// The characters under any of `roles`, as a set (each must be one character).
    func characters(_ roles: String...) -> ScalarSet {
        ScalarSet(roles.map { character($0) })
    }
}
