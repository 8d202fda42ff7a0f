/// The characters where the extractors' number and date scanners can start, as one set each: a
/// scanner tests most characters of an item (Han characters that start nothing) with one bitmap
/// lookup, not with the three or four tests that decide about the few that do start something.
enum ScanStarts {
    /// ASCII and full-width digits (`isDigit`) and the Chinese numerals: where a number starts.
    static let numbers: ScalarSet = {
        var s = ChineseNumber.numerals
        for v in UInt32(0x30)...0x39 { s.insert(Unicode.Scalar(v)!) }
        for v in UInt32(0xFF10)...0xFF19 { s.insert(Unicode.Scalar(v)!) }
        return s
    }()

    /// A number, 年, or the first character of 今年/本年/明年: where a time limit can start.
    static let deadlines: ScalarSet = {
        var s = numbers
        s.insert(Lexicon.DateMark.year)
        for w in Lexicon.CalendarWord.thisYears + [Lexicon.CalendarWord.nextYear] { if let f = w.first { s.insert(f) } }
        return s
    }()

    /// ASCII and full-width digits (`isDigit`).
    static let digits = ScalarSet.basicPlane(where: \.isDigit)

    /// The characters that end a clause (`isClauseEnd`: none beyond the Basic Multilingual Plane).
    static let clauseEnds = ScalarSet.basicPlane(where: \.isClauseEnd)

    /// After one of these a list marker may stand: a clause end, a line break, 、.
    static let beforeMarkers: ScalarSet = {
        var s = clauseEnds
        s.insert("\n")
        s.insert("、")
        return s
    }()
}

/// A `WordList` with a filter on the first two characters of its words, for lists scanned at every
/// character of an item: where the filter says no word starts, the list is not asked (its test of
/// the first character passes often, 市 of 市长 or 主 of 主任, and each pass costs a search of the
/// words with that first character). Answers exactly what the `WordList` answers.
struct PairedWordList: Sendable {
    let list: WordList
    /// 65,536 bits, one per hash of a word's first two characters.
    private let pairs: [UInt64]
    /// A word of fewer than two characters: the filter cannot say no.
    private let passAll: Bool

    init(_ words: [String]) {
        list = WordList(words)
        var bits = [UInt64](repeating: 0, count: 1024)
        var short = false
        for w in list.words {
            guard w.count >= 2 else {
                short = true
                continue
            }
            let h = Self.slot(w[0], w[1])
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        pairs = bits
        passAll = short
    }

    @inline(__always)
    static func slot(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (a.value &* 0x9E37 &+ b.value) & 0xFFFF)
    }

    /// Whether a word may start at `i`: false only where none does.
    @inline(__always)
    func mayStart(_ t: Scalars, at i: Int) -> Bool {
        if passAll { return true }
        guard i >= 0, i + 1 < t.count else { return false }
        let h = Self.slot(t[i], t[i + 1])
        return pairs[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// `list.match(t, at: i)`.
    @inline(__always)
    func match(_ t: Scalars, at i: Int) -> Scalars? {
        mayStart(t, at: i) ? list.match(t, at: i) : nil
    }

    /// `list.forEachMatch(t, at: i, body)`.
    @inline(__always)
    func forEachMatch(_ t: Scalars, at i: Int, _ body: (Int) -> Void) {
        if mayStart(t, at: i) { list.forEachMatch(t, at: i, body) }
    }

    /// Calls `body` with each position of `t` and the index in `list.words` of each word that
    /// occurs there, in text order (at one position longest first): `forEachMatch` at every
    /// index, with the characters that start no word skipped in one run.
    func forEachOccurrence(in t: Scalars, _ body: (Int, Int) -> Void) {
        var i = 0
        while i < t.count {
            i = list.firsts.firstMember(in: t, from: i)
            guard i < t.count else { break }
            if mayStart(t, at: i) { list.forEachMatch(t, at: i) { body(i, $0) } }
            i += 1
        }
    }

    /// The next index at or after `from` where a word may start (its first character is one of
    /// the words'), or `t.count`: a scanner's skip to the positions worth a `match`.
    @inline(__always)
    func nextCandidate(in t: Scalars, from: Int) -> Int {
        list.firsts.firstMember(in: t, from: from)
    }

    /// `list.occurs(in: t, from: from, to: to)`.
    func occurs(in t: Scalars, from: Int = 0, to: Int? = nil) -> Bool {
        let end = Swift.min(to ?? t.count, t.count)
        var i = Swift.max(0, from)
        while i < end {
            if mayStart(t, at: i), list.occurs(in: t, at: i, before: end) { return true }
            i += 1
        }
        return false
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether the text is equal as a String to `other` (canonically equivalent, as a `Set<String>`
    /// or a `[String: …]` compares its keys), without making the Strings where that is decided by
    /// the scalars: texts of ASCII, 、 and 。, CJK Unified Ideographs, “ ” ‘ ’ and full-width forms
    /// only (no decomposition, no composition among them) are equal exactly when their scalars are.
    func sameText(as other: Scalars) -> Bool {
        if self == other { return true }
        if isNormalizationStable && other.isNormalizationStable { return false }
        return string == other.string
    }

    /// Made of characters that no normalization changes or joins (see `sameText`).
    var isNormalizationStable: Bool {
        allSatisfy { c in
            let v = c.value
            return v < 0x80 || (0x4E00...0x9FFF).contains(v) || v == 0x3001 || v == 0x3002 || (0xFF01...0xFF5E).contains(v)
                || v == 0x201C || v == 0x201D || v == 0x2018 || v == 0x2019
        }
    }
}

/// The two-character words of a set of words, looked up by their two characters: a name's first
/// two characters are tested against lists of words (明确, 高度) for each candidate name, where a copy
/// of them hashed as an array cost more than the rest of the test.
struct ScalarPairSet: Sendable {
    /// The pairs' keys, ascending (a binary search: a `Set<UInt64>` hashed each key with SipHash,
    /// ~100 machine instructions a lookup, at every candidate name).
    private let keys: [UInt64]
    /// 65,536 bits, one per `PairedWordList.slot` of a pair: most pairs asked for are no word, and
    /// are answered with one bit.
    private let filter: [UInt64]

    init(_ words: Set<Scalars>) {
        keys = Set(words.filter { $0.count == 2 }.map { Self.key($0[0], $0[1]) }).sorted()
        var bits = [UInt64](repeating: 0, count: 1024)
        for w in words where w.count == 2 {
            let h = PairedWordList.slot(w[0], w[1])
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        filter = bits
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// Whether the set of words holds `[a, b]`.
    @inline(__always)
    func contains(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let h = PairedWordList.slot(a, b)
        // h >> 6 < 1024 (a slot is below 65,536): the bounds check is not needed
        guard filter.withUnsafeBufferPointer({ $0[h &>> 6] }) & (1 &<< UInt64(h & 63)) != 0 else { return false }
        return found(Self.key(a, b))
    }

    @inline(never)
    private func found(_ k: UInt64) -> Bool {
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo &+ hi) &>> 1
            if keys[mid] < k { lo = mid &+ 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == k
    }
}

/// A set of Strings looked up with scalars, without making a String where the scalars decide: when
/// every String of the set is made of characters no normalization changes (`isNormalizationStable`),
/// a text of such characters is in the set exactly when its scalars are one's.
struct ScalarStringSet: Sendable {
    let strings: Set<String>
    /// The Strings' scalars, when all of them are stable; nil otherwise (every text is then looked up as a String).
    private let stable: Set<Scalars>?

    /// Bit `n` set for each length `n` of the stable texts (bit 63 for 63 or more), and their first
    /// characters: a stable text of another length or first character is none of them, and is not
    /// hashed (a whole array hashed with SipHash at each lookup).
    private let lengths: UInt64
    private let firsts: ScalarSet

    init(_ strings: Set<String>) {
        self.strings = strings
        let all = strings.map { Scalars($0) }
        stable = all.allSatisfy(\.isNormalizationStable) ? Set(all) : nil
        lengths = all.reduce(0) { $0 | Self.lengthBit($1.count) }
        firsts = ScalarSet(all.compactMap(\.first))
    }

    private static func lengthBit(_ n: Int) -> UInt64 { 1 << UInt64(Swift.min(n, 63)) }

    /// Whether `strings` holds the text as a String.
    func contains(_ text: Scalars) -> Bool {
        if let stable, text.isNormalizationStable {
            if let f = text.first, lengths & Self.lengthBit(text.count) == 0 || !firsts.contains(f) { return false }
            return stable.contains(text)
        }
        return strings.contains(text.string)
    }
}
