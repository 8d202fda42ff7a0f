import Testing
import Typesetting

/// A character class answers by scalar value, as the set of its members' scalars (the class it
/// replaced) did: single scalars by their bit, characters of several scalars by the set, nothing
/// past the table's end. A canonical equivalent is not a member (U+F98E is not 年, U+037E not
/// `;`), unlike in a `Set<Character>`.
struct CharacterClassTests {
    static let classes = [
        "\u{3001}\u{FF0C}\u{3002}\u{FF0E}\u{FF1A}\u{FF1B}\u{FF01}\u{FF1F}\u{201D}\u{2019}\u{FF09}\u{300B},.:;!?)]}%\u{2030}\u{2103}\u{2014}\u{2026}",
        "\u{201C}\u{2018}\u{FF08}\u{300A}\u{300C}([{/\u{FF0F}",
        "%\u{FF05}\u{2030}\u{2103}\u{B0}",
        "\u{4E07}\u{5E74}\u{6708}\u{65E5}\u{4E2A}",
        "",
    ]

    @Test(arguments: classes) func membershipIsTheSetsOverTheBasicPlane(members: String) {
        let cls = CharacterClass(members)
        let set = Set(members.unicodeScalars.map(\.value))
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x1_0000 {
            guard let u = Unicode.Scalar(v) else { continue }
            if cls.contains(Character(u)) != set.contains(v) { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "answers differ from the set at \(wrong.prefix(10))")
    }

    @Test func scalarsAboveTheBasicPlaneAndClustersAreMembersToo() {
        let cls = CharacterClass("a\u{20000}e\u{301}")
        #expect(cls.contains("a"))
        #expect(cls.contains("\u{20000}"))
        #expect(!cls.contains("\u{20001}"))
        #expect(!cls.contains("\u{10FFFF}"))
        #expect(cls.contains("e\u{301}"))
        #expect(!cls.contains("e"))
        #expect(!cls.contains("a\u{301}"))
        #expect(CharacterClass("\u{5E74};").contains("\u{5E74}"))
        #expect(!CharacterClass("\u{5E74};").contains("\u{F98E}"))
        #expect(!CharacterClass("\u{5E74};").contains("\u{37E}"))
    }
}
