/// What tells an item printed twice: its body's length and two 64-bit SipHash digests of it (the
/// standard library's `Hasher`, seeded differently), instead of the body itself. A file of distinct
/// items kept every body at 4 bytes a character to compare the next one with; two bodies that differ
/// have the same digest with a chance of about 2⁻¹²⁸.
struct BodyDigest: Hashable, Sendable {
    private let count: Int
    private let first: Int
    private let second: Int

    init(_ body: Scalars) {
        var a = Hasher()
        var b = Hasher()
        // a body of the Basic Multilingual Plane only (nearly every one) is hashed at two bytes a
        // character, marked so (2), else at four (3): two SipHash passes over four bytes a
        // character were 1.4 % of the reader on the genre mix
        let narrow = !body.contains { $0.value > 0xFFFF }
        a.combine(narrow ? 2 as UInt8 : 3)
        b.combine(narrow ? 4 as UInt8 : 5)
        body.withUnsafeBufferPointer { t in
            guard narrow else {
                a.combine(bytes: UnsafeRawBufferPointer(t))
                b.combine(bytes: UnsafeRawBufferPointer(t))
                return
            }
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.part) { units in
                guard let o = units.baseAddress else { return }
                var i = 0
                while i < t.count {
                    let n = Swift.min(Self.part, t.count - i)
                    for k in 0..<n { o[k] = UInt16(truncatingIfNeeded: t[i + k].value) }
                    let bytes = UnsafeRawBufferPointer(UnsafeBufferPointer(start: o, count: n))
                    a.combine(bytes: bytes)
                    b.combine(bytes: bytes)
                    i += n
                }
            }
        }
        count = body.count
        first = a.finalize()
        second = b.finalize()
    }

    /// Characters narrowed at a time.
    private static let part = 1024
}
