import Typesetting

/// Chinese numerals for section and list numbering (一, 二 … 十一 …), from the numerals of the
/// typesetting engine's CJK rules (Typesetting/Words/numerals.txt).
public enum ChineseNumeral {
    private static let digits = CJK.numerals.prefix(10).map { String($0) }
    private static let ten = CJK.numerals.count > 10 ? String(CJK.numerals[10]) : "10"

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; other values as Arabic digits.
    public static func of(_ n: Int) -> String {
        switch n {
        case 1...9: return digits[n]
        case 10: return ten
        case 11...19: return ten + digits[n - 10]
        case 20...99: return digits[n / 10] + ten + (n % 10 == 0 ? "" : digits[n % 10])
        default: return String(n)
        }
    }
}
