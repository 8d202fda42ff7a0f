import Foundation
import WordLists

/// Large numbers on a chart written with the units of Chinese counting (`Words/chart-number-units.txt`:
/// 万 = 10⁴, 亿 = 10⁸): an axis reaching 10万 is labelled 0, 20万, 40万 …; a value label 500000
/// reads 50万, 250000000 reads 2.5亿.
///
/// The rule, so that no figure becomes a false one: the decimal digits of the text as it would be
/// printed are moved past the decimal point — never rounded, never cut — and trailing zeros after
/// the point dropped (123456 → 12.3456万, not 12万). A text that is not a plain decimal number
/// (`1,234`, `约5万`, `1e5`) is left as it is.
public enum ChartNumbers {
    /// A unit word and the power of ten it stands for.
    public struct Unit: Sendable, Equatable {
        public var word: String
        public var power: Int
    }

    /// The units, largest first.
    public static let units: [Unit] = WordLists.pairs("chart-number-units", in: .module).map { word, power in
        guard let p = Int(power), (1...16).contains(p) else {
            preconditionFailure("Words/chart-number-units.txt: '\(word) = \(power)' needs a power of ten 1…16")
        }
        return Unit(word: word, power: p)
    }.sorted { $0.power > $1.power }

    /// From this magnitude on (10万: six digits, where a reader starts counting zeros) axis and value
    /// labels are written in units.
    public static let threshold = 100_000.0

    /// The unit for numbers up to `magnitude`: the largest unit it reaches; nil below `threshold`.
    public static func unit(for magnitude: Double) -> Unit? {
        guard magnitude.isFinite, magnitude >= threshold else { return nil }
        return units.first { magnitude >= pow(10, Double($0.power)) }
    }

    /// `text` written in `unit` ("-250000000", 亿 → "-2.5亿"; "0" → "0"), or nil when `text` is not
    /// a plain decimal number (`-`? digits, `.` digits?).
    public static func written(_ text: String, in unit: Unit) -> String? {
        var s = Substring(text)
        let negative = s.first == "-"
        if negative { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
            parts.count == 1 || !parts[1].isEmpty
        else { return nil }
        let whole = Array(parts[0])
        let digits = whole + (parts.count == 2 ? Array(parts[1]) : [])
        // the decimal point moves `power` places to the left
        let point = whole.count - unit.power
        var integer: [Character]
        var fraction: [Character]
        if point > 0 {
            integer = Array(digits[..<point])
            fraction = Array(digits[point...])
        } else {
            integer = ["0"]
            fraction = Array(repeating: "0", count: -point) + digits
        }
        while integer.count > 1, integer.first == "0" { integer.removeFirst() }
        while fraction.last == "0" { fraction.removeLast() }
        if integer == ["0"] && fraction.isEmpty { return "0" }
        return (negative ? "-" : "") + String(integer) + (fraction.isEmpty ? "" : "." + String(fraction)) + unit.word
    }
}
