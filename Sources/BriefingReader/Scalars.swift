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
    init(utf8 b: UnsafeBufferPointer<UInt8>, droppingBOM: Bool) {
        guard let base = b.baseAddress, !b.isEmpty else {
            self.init()
            return
        }
        let end = b.count
        // counted without a branch per byte (so that it vectorises)
        var count = 0
        for i in 0..<end { count &+= base[i] & 0xC0 == 0x80 ? 0 : 1 }
        self.init(unsafeUninitializedCapacity: count) { buffer, n in
            // written as UInt32s (a scalar's layout), each value checked only where UTF-8 can
            // spell a surrogate or more than U+10FFFF: the decoding was a twentieth of the reader
            guard let start = buffer.baseAddress else { return }
            let out = UnsafeMutableRawPointer(start).assumingMemoryBound(to: UInt32.self)
            var i = 0
            var k = 0
            while i < end, k < count {
                let c = UInt32(base[i])
                var v: UInt32
                if c < 0x80 {
                    out[k] = c
                    i += 1
                    k += 1
                    continue
                } else if c < 0xE0, i + 1 < end {
                    v = (c & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                    i += 2
                } else if c < 0xF0, i + 2 < end {
                    v = (c & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                    i += 3
                    if droppingBOM, v == 0xFEFF { continue }
                    if v & 0xF800 == 0xD800 { v = 0xFFFD }
                } else if i + 3 < end {
                    v = (c & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
                    i += 4
                    if droppingBOM, v == 0xFEFF { continue }  // overlong: as the checked decoder did
                    if v > 0x10FFFF || v & 0xFFF800 == 0xD800 { v = 0xFFFD }
                } else {
                    break  // cut short: only if the bytes were not what they were checked to be
                }
                out[k] = v
                k += 1
            }
            n = k
        }
    }

    /// Back to a String.
    var string: String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(count * 3)
        for s in self {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
            // of the reader's instructions (facts searched for in their items, words in lines)
            while i <= end, let at = Self.firstIndex(of: first, in: t, from: i, to: end + 1) {
                var k = 1
                while k < w.count, t[at + k] == w[k] { k += 1 }
                if k == w.count { return at }
                i = at + 1
            }
            return nil
        }
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
