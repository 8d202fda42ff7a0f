/// Cleaning steps for Traditional text: pinyin annotations, script detection.
extension Cleaner {
    /// Removes pinyin annotations written after characters: `聯(lián)` → `聯`.
    /// An annotation is a parenthesised run of 1…7 lowercase Latin letters (tone marks allowed,
    /// at least one tone mark or ü, or a plain syllable) directly after a Han character.
    /// `afterHan`: the previous line ends in a Han character (a PDF wrapped the line between a
    /// character and its annotation), so a toned annotation opening this line is one too.
    static func removePinyin(_ line: Scalars, afterHan: Bool = false) -> (text: Scalars, removed: Int) {
        guard line.contains(where: { $0 == "(" || $0 == "（" }) else { return (line, 0) }
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
    /// The characters that tell a script: `Lexicon.traditionalOnly` and `Lexicon.simplifiedOnly`.
    private static let tellingScript = ScalarSet(Words.characters("traditional-only") + Words.characters("simplified-only"))

    static func script(of line: Scalars) -> Bool? {
        var t = 0
        var s = 0
        let traditionalOnly = Lexicon.traditionalOnly  // read once, not per character
        let simplifiedOnly = Lexicon.simplifiedOnly
        // most characters tell neither: skipped to the next that does (`firstMember`, the bitmap
        // opened once for the line: a lookup at each character was ~25 machine instructions a
        // character, 1 % of the reader)
        let telling = tellingScript
        line.withUnsafeBufferPointer { b in
            var i = telling.firstMember(in: b, from: 0, to: b.count)
            while i < b.count {
                let c = b[i]
                if c.value >= 0x4E00 {
                    if traditionalOnly.contains(c) { t += 1 } else if simplifiedOnly.contains(c) { s += 1 }
                }
                i = telling.firstMember(in: b, from: i &+ 1, to: b.count)
            }
        }
        if t == 0 && s == 0 { return nil }
        return t > s
    }
}
