/// Chinese numerals: 一 … 十, 百, 千, 万, 〇/零, and their values.
enum ChineseNumber {
    private static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { digits[c] != nil || c == "十" || c == "百" }

    /// Value of a Chinese numeral up to 999 (十一, 二十, 二十三, 一百零五), nil otherwise.
    static func value(_ s: Scalars) -> Int? {
        guard !s.isEmpty else { return nil }
        var total = 0
        var current = 0
        for c in s {
            if let d = digits[c] {
                current = d
            } else if c == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else if c == "百" {
                total += (current == 0 ? 1 : current) * 100
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    /// Value of a year written digit by digit: 二〇一七 → 2017.
    static func yearValue(_ s: Scalars) -> Int? {
        guard s.count == 4 else { return nil }
        var v = 0
        for c in s {
            guard let d = digits[c] else { return nil }
            v = v * 10 + d
        }
        return v
    }
}
