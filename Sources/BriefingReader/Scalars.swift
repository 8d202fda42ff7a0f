import CUTF8

/// Text as an array of Unicode scalars: the reader's working form.
/// Chinese characters are one scalar each, so indices are character positions and
/// scanning is cheap (no grapheme breaking, no regex engine).
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// The scalars of a string.
    init(_ string: String) { self.init(string.unicodeScalars) }

    /// The scalars of UTF-8 bytes (well-formed: a string's, or a file's checked by
    /// `ByteDecoder.isValidUTF8`); byte order marks dropped when `droppingBOM`. Decoded by hand into
    /// an array of exactly its length: the standard library's decoder, a scalar at a time, was a
    /// tenth of the reader's time when every line is decoded again in each pass.
    ///
    /// Decoded into scratch space and copied into an array of their length: `init(unsafeUninitializedCapacity:)`
    /// allocates through the standard library's unspecialized path, which looks the array's type up
    /// at run time (~530 machine instructions an array, ~37,000 lines' arrays on 2 MB of the genre
    /// mix; a copy costs a few dozen). A short line's scratch space is one scalar a byte (enough: a
    /// scalar takes a byte or more), so its scalars are not counted first.
    init(utf8 b: UnsafeBufferPointer<UInt8>, droppingBOM: Bool) {
        self = Self.withDecoded(utf8: b, droppingBOM: droppingBOM) { Scalars($0) }
    }

    /// `body` given the scalars of well-formed UTF-8 `b`, decoded into scratch space: for a short
    /// text (at most `shortText` bytes) of a scalar a byte, enough without counting them (a scalar
    /// takes a byte or more); for a long one of its counted scalars (four bytes a byte of a
    /// megabyte line is too much).
    static func withDecoded<R>(utf8 b: UnsafeBufferPointer<UInt8>, droppingBOM: Bool, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R)
        -> R
    {
        guard !b.isEmpty else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let room = b.count <= shortText ? b.count : scalarCount(utf8: b)
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: room) { scratch in
            body(UnsafeBufferPointer(rebasing: scratch[..<decode(utf8: b, droppingBOM: droppingBOM, into: scratch)]))
        }
    }

    /// The length up to which a text's scratch space is sized for the most it can take, not
    /// counted (`withDecoded`, `string`).
    static var shortText: Int { 4096 }

    /// The scalars in well-formed UTF-8 bytes (with any byte order marks): the bytes that do not
    /// continue a scalar (`10xxxxxx`), counted eight at a time in a 64-bit word (the byte loop
    /// compiled to a branch a byte: ~5 instructions a byte, on every line decoded).
    static func scalarCount(utf8 b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        var continuations = 0
        var i = 0
        while i &+ 8 <= n {
            // a byte's count in each of the word's byte lanes: at most 255 words before they are summed
            var lanes: UInt64 = 0
            let last = Swift.min(n &- 8, i &+ 8 &* 254)
            while i <= last {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                lanes &+= (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
                i &+= 8
            }
            continuations &+= sumOfLanes(lanes)
        }
        while i < n {
            if base[i] & 0xC0 == 0x80 { continuations &+= 1 }
            i &+= 1
        }
        return n &- continuations
    }

    /// The sum of a word's eight byte lanes.
    static func sumOfLanes(_ x: UInt64) -> Int {
        let pairs = (x & 0x00FF_00FF_00FF_00FF) &+ ((x >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// Decodes well-formed UTF-8 bytes into `out`, at most `out.count` scalars (byte order marks
    /// dropped when `droppingBOM`); returns how many it wrote. Lets a caller decode several lines
    /// into one array (`LineTable.joinedCleaned`) without an array for each line. Decoded by
    /// `tongbao_utf8_decode` (CUTF8: sixteen ASCII bytes or four three-byte sequences at a time in
    /// vector instructions; 6 % of the reader's instructions a character at a time). A surrogate or
    /// a value above U+10FFFF is written as U+FFFD; a sequence cut short ends the decoding.
    static func decode(utf8 b: UnsafeBufferPointer<UInt8>, droppingBOM: Bool, into out: UnsafeMutableBufferPointer<Unicode.Scalar>)
        -> Int
    {
        guard let base = b.baseAddress, let start = out.baseAddress else { return 0 }
        // a scalar's layout is a UInt32's: the C function writes their values
        let o = UnsafeMutableRawPointer(start).assumingMemoryBound(to: UInt32.self)
        return tongbao_utf8_decode(base, b.count, o, out.count, droppingBOM ? 1 : 0)
    }

    /// Back to a String: encoded straight into the string's storage (appending to a byte array,
    /// then copying it into the string, was ~2 % of the reader: every item's text is made so).
    var string: String {
        guard !isEmpty else { return "" }
        // encoded into scratch space and copied into the string unchecked (`String(copying:)` of a
        // `UTF8Span`): `String(unsafeUninitializedCapacity:)` validated the bytes again (~14 machine
        // instructions a byte, 2 % of the reader). The string is of exactly its length (its bytes
        // copied out of the scratch space; written into the string's storage at three bytes a
        // scalar, strings were up to three times too large: 4 MB more peak RSS on the bench
        // file). The scratch space has room for four bytes a scalar, the most one takes: counting
        // the bytes first was a read of every item's text and fact (0.6 % of the reader on gd2).
        // A long text's bytes are counted (a megabyte item's scratch space a third too large).
        // Sound: `encodeUTF8` writes well-formed UTF-8 for any scalars (a `Unicode.Scalar` is
        // never a surrogate nor above U+10FFFF), at most four bytes a scalar, and exactly
        // `utf8Count` bytes.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count <= Self.shortText ? count &* 4 : utf8Count) { scratch in
            let n = withUnsafeBufferPointer { Self.encodeUTF8($0, into: scratch) }
            let bytes = UnsafeBufferPointer(rebasing: scratch[..<n])
            return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: n == count))
        }
    }

    /// The length of the scalars' UTF-8: a scalar's bytes are one, plus one for each of U+0080,
    /// U+0800 and U+10000 it is at or above, added up eight scalars at once in vector lanes (a
    /// scalar at a time, ~6 machine instructions a scalar of every item's text and fact).
    var utf8Count: Int {
        withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            let n = b.count
            // a scalar's value is below 2^31: adding 2^31 - x sets its top bit when it is x or more
            var lanes = SIMD8<UInt32>(repeating: 0)
            var i = 0
            while i &+ 8 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
                lanes &+= (v &+ 0x7FFF_FF80) &>> 31 &+ (v &+ 0x7FFF_F800) &>> 31 &+ (v &+ 0x7FFF_0000) &>> 31
                i &+= 8
            }
            // at most 3 a scalar in each lane: no lane wraps for arrays of fewer than 2^33 scalars
            var total = n &+ Int(lanes.wrappedSum())
            while i < n {
                let v = base[i].value
                total &+= v < 0x80 ? 0 : v < 0x800 ? 1 : v < 0x10000 ? 2 : 3
                i &+= 1
            }
            return total
        }
    }

    /// Appends the scalars' UTF-8 to `bytes` (grown as appending grows it: a capacity reserved
    /// for each line would make a store of many lines regrow at every line).
    func appendUTF8(to bytes: inout [UInt8]) {
        let start = bytes.count
        let length = utf8Count
        bytes.append(contentsOf: repeatElement(0, count: length))
        withUnsafeBufferPointer { t in
            bytes.withUnsafeMutableBufferPointer { _ = Self.encodeUTF8(t, into: UnsafeMutableBufferPointer(rebasing: $0[start...])) }
        }
    }

    /// Writes the UTF-8 of `t` into `out`, which the caller made room in for all of it (at least
    /// `utf8Count` bytes): no check before each scalar's bytes. Three-byte scalars (Han
    /// characters, CJK punctuation) are tested for first.
    private static func encodeUTF8(_ t: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let o = out.baseAddress else { return 0 }
        var k = 0
        for s in t {
            let v = s.value
            if v &- 0x800 < 0xF800 {
                o[k] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                o[k &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                o[k &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                k &+= 3
            } else if v < 0x80 {
                o[k] = UInt8(truncatingIfNeeded: v)
                k &+= 1
            } else if v < 0x800 {
                o[k] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                o[k &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                k &+= 2
            } else {
                o[k] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                o[k &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                o[k &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                o[k &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                k &+= 4
            }
        }
        return k
    }

    /// The number written in at most `limit` digits (half or full width) from `i`, and the index
    /// after it (`i` when there is no digit there).
    func digits(at i: Int, limit: Int) -> (value: Int, end: Int) {
        var j = i
        var v = 0
        while j < count, let d = self[j].digitValue, j - i < limit {
            v = v * 10 + d
            j += 1
        }
        return (v, j)
    }

    /// Whether `word` occurs at `i`.
    func has(_ word: Scalars, at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        // compared through buffer pointers: the two arrays' bounds checks were most of the work
        return withUnsafeBufferPointer { t in
            word.withUnsafeBufferPointer { w in
                var k = 0
                while k < w.count {
                    if t[i + k] != w[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// First index of `word` at or after `from` (and before `to`), or nil.
    func index(of word: Scalars, from: Int = 0, to: Int? = nil) -> Int? {
        word.withUnsafeBufferPointer { w in index(of: w, from: from, to: to) }
    }

    /// `index(of:from:to:)` for a word that is part of another text (not copied out of it).
    func index(of word: ArraySlice<Unicode.Scalar>, from: Int = 0, to: Int? = nil) -> Int? {
        word.withUnsafeBufferPointer { w in index(of: w, from: from, to: to) }
    }

    private func index(of w: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int?) -> Int? {
        guard let first = w.first else { return nil }
        let end = Swift.min(to ?? count, count) - w.count
        let start = Swift.max(from, 0)
        guard start <= end else { return nil }
        return withUnsafeBufferPointer { t in
            var i = start
            // each candidate found 16 scalars at a time: compared one by one, this loop was 3 %
            // of the reader's instructions (facts searched for in their items, words in lines).
            // A word of two or more is looked for by its first two characters (a common first
            // character, 全 or 要, stopped the search at every place it stood, at a branch no pattern
            // foretells: the search took 1.6 times the time its instructions would; its share of
            // the genre file's CPU samples ~2.2 % -> ~2.0 %)
            if w.count >= 2 {
                let second = w[1]
                while i <= end, let at = Self.firstIndex(of: first, then: second, in: t, from: i, to: end + 1) {
                    var k = 2
                    while k < w.count, t[at + k] == w[k] { k += 1 }
                    if k == w.count { return at }
                    i = at + 1
                }
                return nil
            }
            return Self.firstIndex(of: first, in: t, from: i, to: end + 1)
        }
    }

    /// The first index `i` in `t[from..<to]` where `t[i] == c` and `t[i + 1] == d`, or nil:
    /// 16 places tested at once (two vector compares). `to` must be below `t.count`.
    static func firstIndex(
        of c: Unicode.Scalar, then d: Unicode.Scalar, in t: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int
    ) -> Int? {
        guard let base = t.baseAddress, from >= 0, from < to, to < t.count else { return nil }
        let raw = UnsafeRawPointer(base)
        let (x, y) = (SIMD16<UInt32>(repeating: c.value), SIMD16<UInt32>(repeating: d.value))
        var i = from
        // the second block (from i + 1) ends at i + 16, inside `t` while i + 16 <= to
        while i + 16 <= to {
            let a = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
            let b = raw.loadUnaligned(fromByteOffset: (i &+ 1) &* 4, as: SIMD16<UInt32>.self)
            if any((a .== x) .& (b .== y)) { break }
            i += 16
        }
        while i < to {
            if t[i] == c, t[i + 1] == d { return i }
            i += 1
        }
        return nil
    }

    /// The first index of `c` in `t[from..<to]` (in range), or nil: 16 scalars compared at once
    /// (vector instructions: 1.25 machine instructions a scalar instead of 5), then one by one.
    static func firstIndex(of c: Unicode.Scalar, in t: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int? {
        guard let base = t.baseAddress, from >= 0, from < to, to <= t.count else { return nil }
        let raw = UnsafeRawPointer(base)
        let wanted = SIMD16<UInt32>(repeating: c.value)
        var i = from
        while i + 16 <= to {
            let block = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
            if any(block .== wanted) { break }
            i += 16
        }
        while i < to {
            if t[i] == c { return i }
            i += 1
        }
        return nil
    }

    /// Last index of `word` that starts before `before`, or nil.
    func lastIndex(of word: Scalars, before: Int) -> Int? {
        var i = Swift.min(before, count - word.count)
        while i >= 0 {
            if has(word, at: i) { return i }
            i -= 1
        }
        return nil
    }

    func contains(_ word: Scalars) -> Bool { index(of: word) != nil }

    func hasPrefix(_ word: Scalars) -> Bool { has(word, at: 0) }

    func hasSuffix(_ word: Scalars) -> Bool { has(word, at: count - word.count) }

    /// The longest word of `words` (sorted longest first) that occurs at `i`.
    func word(from words: [Scalars], at i: Int) -> Scalars? {
        for w in words where has(w, at: i) { return w }
        return nil
    }

    /// Whether `a` or `b` occurs: sixteen scalars compared at once (a closure's test of each
    /// scalar was ~10 machine instructions a character, asked of every line in pass 1).
    func contains(_ a: Unicode.Scalar, or b: Unicode.Scalar) -> Bool {
        withUnsafeBufferPointer { t in
            guard let base = t.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            let (x, y) = (SIMD16<UInt32>(repeating: a.value), SIMD16<UInt32>(repeating: b.value))
            var i = 0
            while i &+ 16 <= t.count {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
                if any((v .== x) .| (v .== y)) { return true }
                i &+= 16
            }
            while i < t.count {
                if t[i] == a || t[i] == b { return true }
                i &+= 1
            }
            return false
        }
    }

    /// How many scalars are `a` or `b`: sixteen compared and counted at once.
    func count(of a: Unicode.Scalar, or b: Unicode.Scalar) -> Int {
        withUnsafeBufferPointer { t in
            guard let base = t.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            let (x, y) = (SIMD16<UInt32>(repeating: a.value), SIMD16<UInt32>(repeating: b.value))
            // at most one a lane a block: no lane wraps for fewer than 2^32 blocks
            var lanes = SIMD16<UInt32>(repeating: 0)
            var i = 0
            while i &+ 16 <= t.count {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
                lanes.replace(with: lanes &+ 1, where: (v .== x) .| (v .== y))
                i &+= 16
            }
            var n = Int(lanes.wrappedSum())
            while i < t.count {
                if t[i] == a || t[i] == b { n &+= 1 }
                i &+= 1
            }
            return n
        }
    }

    /// Whether any of `words` occurs anywhere.
    func containsAny(_ words: [Scalars]) -> Bool {
        for w in words where contains(w) { return true }
        return false
    }

    /// Slice as a new array.
    func sub(_ from: Int, _ to: Int) -> Scalars {
        let a = Swift.max(0, Swift.min(from, count))
        let b = Swift.max(a, Swift.min(to, count))
        if a == 0 && b == count { return self }  // the whole: shared, not copied
        return Scalars(self[a..<b])
    }

    /// Without leading and trailing whitespace.
    var trimmed: Scalars {
        var a = 0
        var b = count
        while a < b && self[a].isSpace { a += 1 }
        while b > a && self[b - 1].isSpace { b -= 1 }
        return sub(a, b)
    }

    /// Number of Han characters.
    var hanCount: Int {
        var n = 0
        for c in self where c.isHan { n += 1 }
        return n
    }

    /// Whether there are `n` Han characters or more: counted only until there are (`hanCount`
    /// of each item's body read all of it, for a test settled in its first line).
    func hasHan(atLeast n: Int) -> Bool {
        guard n > 0 else { return true }
        var k = 0
        for c in self where c.isHan {
            k += 1
            if k >= n { return true }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// CJK unified ideographs (incl. extension A, compatibility, and the supplementary planes).
    var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3134F).contains(v) || v == 0x3007
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// Full-width digits count as digits too.
    var isDigit: Bool { isASCIIDigit || (value >= 0xFF10 && value <= 0xFF19) }

    var digitValue: Int? {
        if isASCIIDigit { return Int(value - 0x30) }
        if value >= 0xFF10 && value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }

    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }

    /// Spaces of any width, tabs, no-break space, ideographic space, zero-width marks.
    var isSpace: Bool {
        let v = value
        // Han text lies above every space but U+FEFF: one comparison for most characters
        if v > 0x3000 { return v == 0xFEFF }
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2002...0x200B, 0x202F, 0x205F, 0xFEFF: return true
        default: return false
        }
    }

    /// Punctuation that ends a sentence.
    var isSentenceEnd: Bool {
        // Han characters and kana lie between the marks: one comparison for most characters
        if (0x3003..<0xFF00).contains(value) { return false }
        switch self {
        case "。", "！", "？", "!", "?", "；", ";", "…": return true
        default: return false
        }
    }

    /// Punctuation that ends a clause (sentence ends included).
    var isClauseEnd: Bool {
        if (0x3003..<0xFF00).contains(value) { return false }
        if isSentenceEnd { return true }
        switch self {
        case "，", ",", "：", ":", "\n": return true
        default: return false
        }
    }

    /// CJK punctuation and full-width forms (、。，“”《》（）…).
    var isCJKPunctuation: Bool {
        let v = value
        if (0x3040..<0xFF00).contains(v) { return false }  // Han and kana: one comparison
        return (0x3000...0x303F).contains(v) || (0xFF00...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v)
            || (0x2018...0x201F).contains(v) || v == 0x2026 || v == 0x2014 || v == 0xFF5E
    }
}
