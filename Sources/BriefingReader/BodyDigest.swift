/// What tells an item printed twice: its body's length and two 64-bit SipHash digests of it (the
/// standard library's `Hasher`, keyed anew in each run; the second told apart by a word given
/// first), instead of the body itself. A file of distinct items kept every body at 4 bytes a
/// character to compare the next one with; two bodies that differ have the same digests with a
/// chance of about 2⁻¹²⁸ (keyed: no text is more likely than another to collide). Equal digests
/// are taken for equal bodies, so both stay SipHash: a cheaper second mix would cost that margin.
struct BodyDigest: Hashable, Sendable {
    private let count: Int
    private let first: Int
    private let second: Int

    init(_ body: Scalars) {
        // a body of the Basic Multilingual Plane only (nearly every one) is hashed at two bytes a
        // character, four characters to a 64-bit word, marked so (2); else two characters to a
        // word (3). Given to the hasher as words, not bytes (`combine(bytes:)` cost ~7 machine
        // instructions a byte, and its bytes were narrowed into a buffer first). A word cut short
        // at the end is padded with zeros, told apart by `count`.
        count = body.count
        (first, second) = body.withUnsafeBufferPointer { t in
            Self.narrow(t) ?? Self.wide(t)
        }
    }

    /// The digests of `t` at two bytes a character, or nil when a character does not fit in two.
    private static func narrow(_ t: UnsafeBufferPointer<Unicode.Scalar>) -> (Int, Int)? {
        var hasher = Hasher()
        var second = Self.secondHasher()
        let n = t.count
        var i = 0
        var all: UInt32 = 0
        while i &+ 4 <= n {
            let (c0, c1, c2, c3) = (t[i].value, t[i &+ 1].value, t[i &+ 2].value, t[i &+ 3].value)
            all |= c0 | c1 | c2 | c3
            let w = UInt64(c0) | UInt64(c1) << 16 | UInt64(c2) << 32 | UInt64(c3) << 48
            hasher.combine(w)
            second.combine(w)
            i &+= 4
        }
        if i < n {
            var w: UInt64 = 0
            for k in i..<n {
                all |= t[k].value
                w |= UInt64(t[k].value) << (16 &* UInt64(k &- i))
            }
            hasher.combine(w)
            second.combine(w)
        }
        // told only now (a rare body), so that the characters are read once
        guard all <= 0xFFFF else { return nil }
        hasher.combine(2 as UInt8)
        second.combine(2 as UInt8)
        return (hasher.finalize(), second.finalize())
    }

    /// The digests of `t` at four bytes a character.
    private static func wide(_ t: UnsafeBufferPointer<Unicode.Scalar>) -> (Int, Int) {
        var hasher = Hasher()
        var second = Self.secondHasher()
        var i = 0
        while i < t.count {
            let w = UInt64(t[i].value) | (i &+ 1 < t.count ? UInt64(t[i &+ 1].value) << 32 : 0)
            hasher.combine(w)
            second.combine(w)
            i &+= 2
        }
        hasher.combine(3 as UInt8)
        second.combine(3 as UInt8)
        return (hasher.finalize(), second.finalize())
    }

    /// A hasher keyed as the first (both are the run's `Hasher`) whose digest differs from it: it
    /// is given a word before the body's.
    private static func secondHasher() -> Hasher {
        var h = Hasher()
        h.combine(0x5EC0_D000 as UInt64)
        return h
    }
}
