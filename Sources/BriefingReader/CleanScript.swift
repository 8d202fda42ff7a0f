/// Cleaning steps for Traditional text: pinyin annotations, script detection.
extension Cleaner {
    /// Removes pinyin annotations written after characters: `聯(lián)` → `聯`.
    /// An annotation is a parenthesised run of 1…7 lowercase Latin letters (tone marks allowed,
    /// at least one tone mark or ü, or a plain syllable) directly after a Han character.
    /// `afterHan`: the previous line ends in a Han character (a PDF wrapped the line between a
    /// character and its annotation), so a toned annotation opening this line is one too.
    static func removePinyin(_ line: Scalars, afterHan: Bool = false) -> (text: Scalars, removed: Int) {
        guard line.contains("(", or: "（") else { return (line, 0) }
        var out = Scalars()
        out.reserveCapacity(line.count)
        var removed = 0
        var i = 0
        while i < line.count {
            let c = line[i]
            if c == "(" || c == "（", out.last?.isHan ?? afterHan, let end = pinyinEnd(line, from: i + 1),
                !out.isEmpty || line[(i + 1)..<end].contains(where: { toneLetters.contains($0) })
            {
                removed += 1
                i = end + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return (out, removed)
    }

    /// Index of the closing parenthesis when `line[from...]` is a pinyin syllable.
    private static func pinyinEnd(_ line: Scalars, from: Int) -> Int? {
        // one syllable (mái), or several separated by spaces (zhòng wū rǎn): at most 8
        var j = from
        var syllables = 0
        var toned = 0
        while j < line.count {
            var letters = 0
            while j < line.count, isPinyinLetter(line[j]) {
                if toneLetters.contains(line[j]) { toned += 1 }
                letters += 1
                j += 1
                if letters > 7 { return nil }
            }
            guard letters >= 1 else { return nil }
            syllables += 1
            if syllables > 8 { return nil }
            guard j < line.count else { return nil }
            if line[j] == ")" || line[j] == "）" { break }
            guard line[j] == " " || line[j] == "\u{3000}" else { return nil }
            while j < line.count, line[j] == " " || line[j] == "\u{3000}" { j += 1 }
        }
        // several plain-letter words are more likely English than pinyin
        guard j < line.count, syllables == 1 || toned >= 1 else { return nil }
        return j
    }

    private static let toneLetters = Lexicon.scalarSet("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ")

    private static func isPinyinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || toneLetters.contains(c)
    }

    /// Whether a line is Traditional Chinese: more Traditional-only than Simplified-only
    /// characters among the common ones that differ.
    static func isTraditional(_ line: Scalars) -> Bool { script(of: line) == true }

    /// True for Traditional, false for Simplified, nil when the line has no telling characters
    /// (it then follows the lines before it).
    static func script(of line: Scalars) -> Bool? {
        var t = 0
        var s = 0
        // one table lookup a character (skipping to the next telling character and testing it
        // against both sets was ~820 machine instructions a line: most lines of Simplified text
        // hold several of the common characters that differ)
        let table = scriptOfCharacter
        line.withUnsafeBufferPointer { b in
            table.withUnsafeBufferPointer { k in
                for c in b {
                    let o = c.value &- 0x4E00
                    guard o < UInt32(k.count) else { continue }
                    let x = Int(k[Int(o)])
                    t &+= x & 1
                    s &+= x >> 1
                }
            }
        }
        if t == 0 && s == 0 { return nil }
        return t > s
    }

    /// For each character from U+4E00 to U+FFFF: 1 when it is Traditional-only
    /// (`Lexicon.traditionalOnly`), else 2 when Simplified-only (`Lexicon.simplifiedOnly`), else 0.
    /// Both lists are of such characters (`script` counts no other).
    private static let scriptOfCharacter: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000 - 0x4E00)
        for (name, value) in [("simplified-only", UInt8(2)), ("traditional-only", UInt8(1))] {
            for c in Words.characters(name).unicodeScalars {
                guard c.value >= 0x4E00, c.value < 0x10000 else {
                    preconditionFailure("Words/\(name).txt: U+\(String(c.value, radix: 16, uppercase: true)) is outside U+4E00…U+FFFF")
                }
                // Traditional written last: a character in both lists counts as Traditional, as
                // the test of the sets did
                table[Int(c.value) - 0x4E00] = value
            }
        }
        return table
    }()
}
