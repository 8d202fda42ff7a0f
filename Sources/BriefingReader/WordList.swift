/// A list of words, longest first, with the set of their first characters so that scanning
/// a text for any of them costs one set lookup per position.
struct WordList: Sendable {
    let words: [Scalars]
    private let firsts: Set<Unicode.Scalar>

    init(_ list: [String]) {
        words = list.map { Scalars($0) }.sorted { $0.count > $1.count }
        firsts = Set(words.compactMap(\.first))
    }

    /// The longest word that occurs in `t` at `i`.
    func match(_ t: Scalars, at i: Int) -> Scalars? {
        guard i >= 0, i < t.count, firsts.contains(t[i]) else { return nil }
        return t.word(from: words, at: i)
    }

    /// Whether any word occurs in `t`.
    func occurs(in t: Scalars) -> Bool {
        for i in t.indices where firsts.contains(t[i]) {
            if t.word(from: words, at: i) != nil { return true }
        }
        return false
    }

    func contains(_ w: Scalars) -> Bool { words.contains(w) }
}
