/// Full-width punctuation in Chinese text (GB/T 15834): a half-width , ; : ! ? ( ) next to a Han
/// character becomes its full-width form; inside Latin or numbers (PM2.5, 1:2, (a)) it stays.
enum Punctuation {
    private static let wide: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）",
    ]

    static func fullWidth(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, c) in chars.enumerated() {
            guard let w = wide[c] else {
                out.append(c)
                continue
            }
            let before = i > 0 ? chars[i - 1] : nil
            let after = i + 1 < chars.count ? chars[i + 1] : nil
            if (before.map(isHan) ?? false) || (after.map(isHan) ?? false) || before.map(isWidePunctuation) ?? false {
                out.append(w)
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x2FFFF).contains($0.value) } ?? false
    }

    private static func isWidePunctuation(_ c: Character) -> Bool { "，。；：！？、“”《》（）".contains(c) }
}
