/// A set of characters looked up by scalar value, as a bit table. A `Set<Character>` lookup hashes
/// (and on a hit compares) the Unicode-normalised string of a CJK character, and even a
/// `Set<UInt32>` hashes each scalar: the line composer asks these classes about every character
/// several times, so a lookup is one bit test. The CJK rule sets are single scalars without
/// canonical decompositions, so comparing scalar values gives the same answers.
public struct CharacterClass: Sendable {
    /// Bit `v` is set for a one-scalar member `v` (the table ends at the largest member).
    let bits: [UInt64]
    /// Members of more than one scalar.
    let clusters: Set<Character>

    public init(_ members: String) {
        var scalars: [UInt32] = []
        var clusters = Set<Character>()
        for c in members {
            if let v = Self.single(c) { scalars.append(v) } else { clusters.insert(c) }
        }
        var bits = [UInt64](repeating: 0, count: Int((scalars.max() ?? 0) >> 6) + 1)
        for v in scalars { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        self.bits = bits
        self.clusters = clusters
    }

    /// The scalar value of a one-scalar character.
    @inline(__always) static func single(_ c: Character) -> UInt32? {
        var it = c.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first.value
    }

    /// Whether `c` is a member.
    @inline(__always) public func contains(_ c: Character) -> Bool {
        guard let v = Self.single(c) else { return clusters.contains(c) }
        let word = Int(v >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(v & 63)) != 0
    }
}
