/// A list of words, longest first, with the set of their first characters so that scanning
/// a text for any of them costs one set lookup per position.
struct WordList: Sendable {
    let words: [Scalars]
    private let firsts: ScalarSet

    init(_ list: [String]) {
        words = list.map { Scalars($0) }.sorted { $0.count > $1.count }
        firsts = ScalarSet(words.compactMap(\.first))
    }

    /// The longest word that occurs in `t` at `i`.
    func match(_ t: Scalars, at i: Int) -> Scalars? {
        guard i >= 0, i < t.count, firsts.contains(t[i]) else { return nil }
        return t.word(from: words, at: i)
    }

    /// Whether any word occurs in `t` (in `t[from..<to]` when given).
    func occurs(in t: Scalars, from: Int = 0, to: Int? = nil) -> Bool {
        let end = Swift.min(to ?? t.count, t.count)
        var i = Swift.max(0, from)
        while i < end {
            if firsts.contains(t[i]) {
                for w in words where i + w.count <= end && t.has(w, at: i) { return true }
            }
            i += 1
        }
        return false
    }

    func contains(_ w: Scalars) -> Bool { words.contains(w) }
}
