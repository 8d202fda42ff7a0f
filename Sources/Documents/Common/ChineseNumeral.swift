/// Chinese numerals for section and list numbering (一, 二 … 十一 …).
public enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; other values as Arabic digits.
    public static func of(_ n: Int) -> String {
        switch n {
        case 1...9: return String(digits[n])
        case 10: return "十"
        case 11...19: return "十" + String(digits[n - 10])
        case 20...99: return String(digits[n / 10]) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
        default: return String(n)
        }
    }
}
