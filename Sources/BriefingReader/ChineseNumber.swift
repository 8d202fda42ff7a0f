/// Chinese numerals: 〇/零, 一 … 九 (两), 十, 百, and their values.
enum ChineseNumber {
    /// Numerals and their values (Words/numeral-values.txt): digits, and 十/百 as multipliers.
    private static let values: [Unicode.Scalar: Int] = Dictionary(
        uniqueKeysWithValues: Words.pairs("numeral-values").compactMap { k, v in
            guard let c = k.unicodeScalars.first, k.unicodeScalars.count == 1, let n = Int(v) else {
                preconditionFailure("Words/numeral-values.txt: '\(k) = \(v)' is not 'character = number'")
            }
            return (c, n)
        })

    /// `values` as a flat table over the Basic Multilingual Plane (-1: not a numeral): the date and
    /// measure scanners ask about every character, and hashing each one took about a tenth of the
    /// reader's time.
    private static let table: [Int32] = {
        var t = [Int32](repeating: -1, count: 0x10000)
        for (c, n) in values where c.value < 0x10000 { t[Int(c.value)] = Int32(n) }
        return t
    }()

    /// The value of one numeral character, or nil.
    private static func numeral(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v < 0x10000 {
            let n = table[Int(v)]
            return n < 0 ? nil : Int(n)
        }
        return values[c]
    }

    private static func digit(_ c: Unicode.Scalar) -> Int? { numeral(c).flatMap { $0 < 10 ? $0 : nil } }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { numeral(c) != nil }

    /// The numeral characters as a set, for a scanning loop to read once: each read of a static
    /// is a call (`swift_once`), which per character was a few percent of the reader's time.
    static let numerals = ScalarSet(values.keys)

    /// Value of a Chinese numeral up to 999 (十一, 二十, 二十三, 一百零五), nil otherwise.
    static func value(_ s: Scalars) -> Int? {
        guard !s.isEmpty else { return nil }
        var total = 0
        var current = 0
        for c in s {
            if let d = digit(c) {
                current = d
            } else if let unit = numeral(c) {
                total += (current == 0 ? 1 : current) * unit
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
