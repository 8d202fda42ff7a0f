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
        a.combine(0 as UInt8)
        b.combine(1 as UInt8)
        body.withUnsafeBytes { bytes in
            a.combine(bytes: bytes)
            b.combine(bytes: bytes)
        }
        count = body.count
        first = a.finalize()
        second = b.finalize()
    }
}
