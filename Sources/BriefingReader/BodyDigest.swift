/// What tells an item printed twice, cheaply: its body's length and a 64-bit SipHash digest of it
/// (the standard library's `Hasher`, keyed anew in each run, so that no text is more likely than
/// another to collide), instead of the body itself (a file of distinct items kept every body at 4
/// bytes a character to compare the next one with). Equal digests are only a candidate: the reader
/// compares the bodies themselves, the earlier one made again from its lines (`BriefingReader`), so
/// a collision (a chance of about 2⁻⁶⁴ a pair) costs a comparison, never an item. (Two digests
/// were taken for equal bodies before: the second was ~0.9 % of the reader.)
struct BodyDigest: Hashable, Sendable {
    private let count: Int
    private let digest: Int

    init(_ body: Scalars) {
        // a body of the Basic Multilingual Plane only (nearly every one) is hashed at two bytes a
        // character, four characters to a 64-bit word, marked so (2); else two characters to a
        // word (3). Given to the hasher as words, not bytes (`combine(bytes:)` cost ~7 machine
        // instructions a byte, and its bytes were narrowed into a buffer first). A word cut short
        // at the end is padded with zeros, told apart by `count`.
        count = body.count
        digest = body.withUnsafeBufferPointer { t in Self.narrow(t) ?? Self.wide(t) }
    }

    /// The digest of `t` at two bytes a character, or nil when a character does not fit in two.
    private static func narrow(_ t: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var hasher = Hasher()
        let n = t.count
        var i = 0
        var all: UInt32 = 0
        while i &+ 4 <= n {
            let (c0, c1, c2, c3) = (t[i].value, t[i &+ 1].value, t[i &+ 2].value, t[i &+ 3].value)
            all |= c0 | c1 | c2 | c3
            let w = UInt64(c0) | UInt64(c1) << 16 | UInt64(c2) << 32 | UInt64(c3) << 48
            hasher.combine(w)
            i &+= 4
        }
        if i < n {
            var w: UInt64 = 0
            for k in i..<n {
                all |= t[k].value
                w |= UInt64(t[k].value) << (16 &* UInt64(k &- i))
            }
            hasher.combine(w)
        }
        // told only now (a rare body), so that the characters are read once
        guard all <= 0xFFFF else { return nil }
        hasher.combine(2 as UInt8)
        return hasher.finalize()
    }

    /// The digest of `t` at four bytes a character.
    private static func wide(_ t: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var hasher = Hasher()
        var i = 0
        while i < t.count {
            let w = UInt64(t[i].value) | (i &+ 1 < t.count ? UInt64(t[i &+ 1].value) << 32 : 0)
            hasher.combine(w)
            i &+= 2
        }
        hasher.combine(3 as UInt8)
        return hasher.finalize()
    }
}
