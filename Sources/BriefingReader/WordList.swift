/// A list of words, longest first, with the set of their first characters so that scanning
/// a text for any of them costs one set lookup per position, and the words grouped by their
/// first character so that a position whose character starts some word is compared with those
/// words only (every word of a 90-word list was compared at each such position).
struct WordList: Sendable {
    let words: [Scalars]
    private let firsts: ScalarSet
    /// The distinct first characters, ascending, and for each the range of `byFirst` holding its
    /// words' indices in `words` (longest first).
    private let keys: [UInt32]
    private let bucketStarts: [Int]
    private let byFirst: [Int]

    init(_ list: [String]) {
        let words = list.map { Scalars($0) }.sorted { $0.count > $1.count }
        self.words = words
        firsts = ScalarSet(words.compactMap(\.first))
        // stable in `words`' order within a character: longest first
        let order = words.indices.filter { !words[$0].isEmpty }.sorted {
            let a = words[$0][0].value
            let b = words[$1][0].value
            return a != b ? a < b : $0 < $1
        }
        var keys: [UInt32] = []
        var starts: [Int] = []
        for (k, w) in order.enumerated() where keys.last != words[w][0].value {
            keys.append(words[w][0].value)
            starts.append(k)
        }
        starts.append(order.count)
        self.keys = keys
        bucketStarts = starts
        byFirst = order
    }

    /// The indices in `words` of the words that start with `c`, longest first.
    @inline(__always)
    private func bucket(_ c: Unicode.Scalar) -> Range<Int> {
        var lo = 0
        var hi = keys.count
        let v = c.value
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        guard lo < keys.count, keys[lo] == v else { return 0..<0 }
        return bucketStarts[lo]..<bucketStarts[lo + 1]
    }

    /// The longest word that occurs in `t` at `i`. Inlined up to the first-character test, which
    /// most positions fail (scanners call this at every character).
    @inline(__always)
    func match(_ t: Scalars, at i: Int) -> Scalars? {
        guard i >= 0, i < t.count, firsts.contains(t[i]) else { return nil }
        return longest(t, at: i)
    }

    @inline(never)
    private func longest(_ t: Scalars, at i: Int) -> Scalars? {
        for k in bucket(t[i]) where t.has(words[byFirst[k]], at: i) { return words[byFirst[k]] }
        return nil
    }

    /// Calls `body` with the index in `words` of every word that occurs in `t` at `i`. Inlined up
    /// to the first-character test, as `match`.
    @inline(__always)
    func forEachMatch(_ t: Scalars, at i: Int, _ body: (Int) -> Void) {
        guard i >= 0, i < t.count, firsts.contains(t[i]) else { return }
        eachMatch(t, at: i, body)
    }

    @inline(never)
    private func eachMatch(_ t: Scalars, at i: Int, _ body: (Int) -> Void) {
        for k in bucket(t[i]) where t.has(words[byFirst[k]], at: i) { body(byFirst[k]) }
    }

    /// Whether a word occurs in `t` at `i` and ends by `end`.
    func occurs(in t: Scalars, at i: Int, before end: Int) -> Bool {
        guard i >= 0, i < t.count, firsts.contains(t[i]) else { return false }
        for k in bucket(t[i]) where i + words[byFirst[k]].count <= end && t.has(words[byFirst[k]], at: i) { return true }
        return false
    }

    /// The first index at or after `from` where a word occurs, or nil.
    func firstOccurrence(in t: Scalars, from: Int) -> Int? {
        var i = Swift.max(0, from)
        while i < t.count {
            if match(t, at: i) != nil { return i }
            i += 1
        }
        return nil
    }

    /// Whether any word occurs in `t` (in `t[from..<to]` when given).
    func occurs(in t: Scalars, from: Int = 0, to: Int? = nil) -> Bool {
        let end = Swift.min(to ?? t.count, t.count)
        var i = Swift.max(0, from)
        while i < end {
            if firsts.contains(t[i]) {
                for k in bucket(t[i]) {
                    let w = words[byFirst[k]]
                    if i + w.count <= end && t.has(w, at: i) { return true }
                }
            }
            i += 1
        }
        return false
    }

    func contains(_ w: Scalars) -> Bool { words.contains(w) }
}
