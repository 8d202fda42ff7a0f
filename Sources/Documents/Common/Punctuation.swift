/// Full-width punctuation in Chinese text (GB/T 15834): a half-width , ; : ! ? ( ) next to a Han
/// character becomes its full-width form; inside Latin or numbers (PM2.5, 1:2, (a)) it stays.
/// Straight double quotes around or beside Chinese ("大气十条") become “…”, taken in pairs.
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
        return curlingQuotes(out)
    }

    /// `"大气十条"` → `“大气十条”`: straight quotes taken in pairs, each pair curled when what it
    /// quotes or what stands beside it is Chinese; an unpaired quote and `"NOx"` in Latin text stay.
    static func curlingQuotes(_ text: String) -> String {
        var chars = Array(text)
        let quotes = chars.indices.filter { chars[$0] == "\"" }
        for pair in stride(from: 0, to: quotes.count - 1, by: 2) {
            let (open, close) = (quotes[pair], quotes[pair + 1])
            let inside = chars[(open + 1)..<close]
            let beside = [open > 0 ? chars[open - 1] : nil, close + 1 < chars.count ? chars[close + 1] : nil].compactMap { $0 }
            guard inside.contains(where: isHan) || beside.contains(where: isHan) else { continue }
            chars[open] = "“"
            chars[close] = "”"
        }
        return String(chars)
    }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x2FFFF).contains($0.value) } ?? false
    }

    private static func isWidePunctuation(_ c: Character) -> Bool { "，。；：！？、“”《》（）".contains(c) }
}
