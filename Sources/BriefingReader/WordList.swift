/// A list of words, longest first, with the set of their first characters so that scanning
/// a text for any of them costs one set lookup per position, and the words grouped by their
/// first character so that a position whose character starts some word is compared with those
/// words only (every word of a 90-word list was compared at each such position).
struct WordList: Sendable {
    let words: [Scalars]
    /// The words' first characters (a scanner may skip to the next of them: `firstMember`).
    let firsts: ScalarSet
    /// The distinct first characters, ascending, and for each the range of `byFirst` holding its
    /// words' indices in `words` (longest first).
    private let keys: [UInt32]
    private let bucketStarts: [Int]
    private let byFirst: [Int]
    /// `keys` when there are at most `fewFirsts` of them (else empty): `occurs` then skips 16
    /// characters at a time that none of them is (`copyright-cues`, `record-cues`: asked of
    /// every line, they cost a bitmap lookup a character).
    private let fewKeys: [UInt32]
    /// The words in `byFirst`'s order, one after another, and where each starts (and the end): a
    /// word compared where its first character is found is read from here (an array of its own
    /// was retained and released, and both arrays' buffers opened, for each comparison).
    private let flat: [Unicode.Scalar]
    private let flatStarts: [Int]
    static let fewFirsts = 4
    /// 4,096 bits, one for each hash of a word's first two characters (`pairSlot`), or empty when a
    /// word has one character: a position whose first character starts a word is compared with the
    /// words only when its pair's bit is set. The first character alone passed often (会 of 会议,
    /// 要 of 要求), and each pass cost a search of the buckets and a comparison.
    private let pairBits: [UInt64]

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
        fewKeys = keys.count <= Self.fewFirsts ? keys : []
        bucketStarts = starts
        byFirst = order
        flat = order.flatMap { words[$0] }
        var offsets = [0]
        for w in order { offsets.append(offsets[offsets.count - 1] + words[w].count) }
        flatStarts = offsets
        if words.contains(where: { $0.count < 2 }) {
            pairBits = []
        } else {
            var bits = [UInt64](repeating: 0, count: 64)
            for w in words {
                let h = Self.pairSlot(w[0], w[1])
                bits[h &>> 6] |= 1 &<< UInt64(h & 63)
            }
            pairBits = bits
        }
    }

    /// The hash of two characters, below 4,096.
    @inline(__always)
    static func pairSlot(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (a.value &* 0x9E37 &+ b.value) & 0xFFF)
    }

    /// Whether a word may start at `b[i]` and end by `end` (`i < end <= b.count`, `b[i]` a first
    /// character): false only where none does (no word of one character, and the pair's bit clear,
    /// or no room for two).
    @inline(__always)
    private func pairMayStart(_ b: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int) -> Bool {
        if pairBits.isEmpty { return true }
        guard i &+ 1 < end else { return false }
        let h = Self.pairSlot(b[i], b[i &+ 1])
        // `h` is below 4,096: its word is below 64 (`pairBits.count`)
        return pairBits.withUnsafeBufferPointer { $0[h &>> 6] } & (1 &<< UInt64(h & 63)) != 0
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
        let found = t.withUnsafeBufferPointer { b in
            pairMayStart(b, at: i, end: b.count) ? bucket(b[i]).first { matches($0, in: b, at: i, end: b.count) } : nil
        }
        return found.map { words[byFirst[$0]] }
    }

    /// Whether word `k` of `byFirst`, whose first character is `b[i]` (in range), occurs in `b` at
    /// `i` and ends by `end` (at most `b.count`).
    @inline(__always)
    private func matches(_ k: Int, in b: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int) -> Bool {
        let a = flatStarts[k]
        let n = flatStarts[k &+ 1] &- a
        guard i &+ n <= end else { return false }
        return flat.withUnsafeBufferPointer { f in
            var j = 1
            while j < n {
                if b[i &+ j] != f[a &+ j] { return false }
                j &+= 1
            }
            return true
        }
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
        t.withUnsafeBufferPointer { b in
            guard pairMayStart(b, at: i, end: b.count) else { return }
            for k in bucket(b[i]) where matches(k, in: b, at: i, end: b.count) { body(byFirst[k]) }
        }
    }

    /// Whether a word occurs in `t` at `i` and ends by `end`. Inlined up to the tests of the first
    /// character and of the pair (scanners ask this at every character that starts a word, and
    /// most such positions start none).
    @inline(__always)
    func occurs(in t: Scalars, at i: Int, before end: Int) -> Bool {
        guard i >= 0, i < t.count, firsts.contains(t[i]) else { return false }
        let stop = Swift.min(end, t.count)
        if !pairBits.isEmpty {
            guard i &+ 1 < stop else { return false }
            let h = Self.pairSlot(t[i], t[i &+ 1])
            // `h` is below 4,096: its word is below 64 (`pairBits.count`)
            guard pairBits.withUnsafeBufferPointer({ $0[h &>> 6] }) & (1 &<< UInt64(h & 63)) != 0 else { return false }
        }
        return occursAfterPair(t, at: i, before: stop)
    }

    /// `occurs(in:at:before:)` past its inlined tests (`stop` at most `t.count`).
    @inline(never)
    private func occursAfterPair(_ t: Scalars, at i: Int, before stop: Int) -> Bool {
        t.withUnsafeBufferPointer { b in bucket(b[i]).contains { matches($0, in: b, at: i, end: stop) } }
    }

    /// The first index at or after `from` where a word occurs, or nil.
    func firstOccurrence(in t: Scalars, from: Int) -> Int? {
        var i = Swift.max(0, from)
        while i < t.count {
            // to the next character that starts a word (for a list of few first characters, blocks
            // of 16 that hold none passed at once), then the words compared there
            i = firsts.firstMember(in: t, from: i, keys: fewKeys)
            guard i < t.count else { return nil }
            if match(t, at: i) != nil { return i }
            i += 1
        }
        return nil
    }

    /// Whether any word occurs in `t` (in `t[from..<to]` when given).
    func occurs(in t: Scalars, from: Int = 0, to: Int? = nil) -> Bool {
        let end = Swift.min(to ?? t.count, t.count)
        var i = Swift.max(0, from)
        guard i < end else { return false }
        return t.withUnsafeBufferPointer { b in
            while i < end {
                // a list of few first characters: blocks of 16 that hold none of them are skipped
                if !fewKeys.isEmpty, i &+ 16 <= end, !Self.blockHolds(fewKeys, b, at: i) {
                    i &+= 16
                    continue
                }
                let stop = fewKeys.isEmpty ? end : Swift.min(i &+ 16, end)
                while i < stop {
                    if firsts.contains(b[i]), pairMayStart(b, at: i, end: end) {
                        for k in bucket(b[i]) where matches(k, in: b, at: i, end: end) { return true }
                    }
                    i &+= 1
                }
            }
            return false
        }
    }

    /// Whether `b[i..<(i + 16)]` (in range) holds any of `keys`: compared 16 at a time (vector
    /// instructions).
    @inline(__always)
    static func blockHolds(_ keys: [UInt32], _ b: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        guard let base = b.baseAddress else { return false }
        let block = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
        // one test a key (the masks of several or-ed together were reduced lane by lane, not by
        // one movemask)
        var k = 0
        while k < keys.count {
            if any(block .== SIMD16<UInt32>(repeating: keys[k])) { return true }
            k &+= 1
        }
        return false
    }

    func contains(_ w: Scalars) -> Bool { words.contains(w) }

    /// Whether `w` is one of the words (as `Set<Scalars>.contains` answers): compared only with the
    /// words of its first character and length, without hashing it (a hash of every scalar was
    /// most of a lookup of a quoted term in a set of a few dozen words).
    func holds(_ w: Scalars) -> Bool {
        guard let first = w.first else { return words.contains(where: \.isEmpty) }
        return w.withUnsafeBufferPointer { b in
            bucket(first).contains { k in flatStarts[k &+ 1] &- flatStarts[k] == b.count && matches(k, in: b, at: 0, end: b.count) }
        }
    }

    /// Whether some word starts with `c` (a line without any such character holds no word).
    @inline(__always)
    func startsWord(_ c: Unicode.Scalar) -> Bool { firsts.contains(c) }

    /// The words' distinct first characters.
    var firstCharacters: [Unicode.Scalar] { keys.compactMap(Unicode.Scalar.init) }
}
