/// A set of characters looked up by scalar value. A `Set<Character>` lookup hashes (and on a
/// hit compares) the Unicode-normalised string of a CJK character, which took a noticeable share
/// of line composition; the CJK rule sets are single scalars without canonical decompositions, so
/// comparing scalar values gives the same answers.
public struct CharacterClass: Sendable {
    let scalars: Set<UInt32>
    let clusters: Set<Character>

    public init(_ members: String) {
        var scalars = Set<UInt32>()
        var clusters = Set<Character>()
        for c in members {
            if let v = Self.single(c) { scalars.insert(v) } else { clusters.insert(c) }
        }
        self.scalars = scalars
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
        if let v = Self.single(c) { return scalars.contains(v) }
        return clusters.contains(c)
    }
}
