/// Chinese numerals: 一 … 十, 百, 千, 万, 〇/零, and their values.
enum ChineseNumber {
    private static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百": return true
        default: return false
        }
    }

    /// Value of a Chinese numeral up to 999 (十一, 二十, 二十三, 一百零五), nil otherwise.
    static func value(_ s: Scalars) -> Int? {
        guard !s.isEmpty else { return nil }
        var total = 0
        var current = 0
        for c in s {
            if let d = digit(c) {
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
            guard let d = digit(c) else { return nil }
            v = v * 10 + d
        }
        return v
    }
}
