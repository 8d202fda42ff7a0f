/// A set of characters as a bitmap over the Basic Multilingual Plane (plus a small overflow
/// set): one shift and mask per lookup, no hashing.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var others: Set<UInt32> = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars { insert(s) }
    }

    init(_ string: String) { self.init(string.unicodeScalars) }

    mutating func insert(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x10000 {
            bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
        } else {
            others.insert(v)
        }
    }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // through the buffer: v >> 6 < 1024 always, the bounds check was not
        if v < 0x10000 { return bits.withUnsafeBufferPointer { $0[Int(v >> 6)] } & (1 << UInt64(v & 63)) != 0 }
        return others.contains(v)
    }
}

extension ScalarSet {
    /// The characters of either set.
    func union(_ other: ScalarSet) -> ScalarSet {
        var u = self
        for k in u.bits.indices { u.bits[k] |= other.bits[k] }
        u.others.formUnion(other.others)
        return u
    }

    /// The characters of the Basic Multilingual Plane that pass `test` (for a test no character
    /// beyond it passes).
    static func basicPlane(where test: (Unicode.Scalar) -> Bool) -> ScalarSet {
        ScalarSet((UInt32(0)..<0x10000).lazy.compactMap(Unicode.Scalar.init).filter(test))
    }

    /// The first index in `b[from..<to]` whose character is in the set, or `to`: the scanners' skip
    /// over the characters that start nothing, with the bitmap opened once for the run (a
    /// `contains` at each character opened it, and tested each index, at every character).
    /// `from...to` must lie in `0...b.count`.
    @inline(__always)
    func firstMember(in b: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int {
        precondition(from >= 0 && to <= b.count)
        return bits.withUnsafeBufferPointer { w in
            var i = from
            while i < to {
                let v = b[i].value
                if v < 0x10000 {
                    if w[Int(v &>> 6)] & (1 &<< UInt64(v & 63)) != 0 { return i }
                } else if others.contains(v) {
                    return i
                }
                i &+= 1
            }
            return Swift.max(from, to)
        }
    }

    /// `firstMember` in `t[from..<to]` (`to` clamped to `t.count`), for a set of a few characters
    /// that most blocks of 16 hold none of (`keys`, the set's characters): such blocks are passed
    /// 16 at a time (vector compares), the block that holds one is read as `firstMember` reads.
    @inline(__always)
    func firstMember(in t: Scalars, from: Int, to: Int? = nil, keys: [UInt32]) -> Int {
        let end = Swift.min(to ?? t.count, t.count)
        guard from < end else { return Swift.max(from, end) }
        return t.withUnsafeBufferPointer { b in
            var i = Swift.max(0, from)
            // no keys (a set of more than a few characters): no block is passed
            while !keys.isEmpty, i &+ 16 <= end, !WordList.blockHolds(keys, b, at: i) { i &+= 16 }
            return firstMember(in: b, from: i, to: end)
        }
    }

    /// The set's characters, when it has at most `limit` (else nil): the keys of `firstMember(in:from:to:keys:)`.
    func few(_ limit: Int = 16) -> [UInt32]? {
        var keys = others.sorted()
        for (k, word) in bits.enumerated() where word != 0 {
            for b in 0..<64 where word & (1 << UInt64(b)) != 0 { keys.append(UInt32(k * 64 + b)) }
            if keys.count > limit { return nil }
        }
        return keys.count <= limit ? keys : nil
    }

    /// `firstMember` in `t[from..<to]` (`to` clamped to `t.count`).
    @inline(__always)
    func firstMember(in t: Scalars, from: Int, to: Int? = nil) -> Int {
        let end = Swift.min(to ?? t.count, t.count)
        guard from < end else { return Swift.max(from, end) }
        return t.withUnsafeBufferPointer { firstMember(in: $0, from: Swift.max(0, from), to: end) }
    }
}
