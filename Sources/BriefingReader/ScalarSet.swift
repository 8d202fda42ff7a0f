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
