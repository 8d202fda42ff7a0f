import Foundation

/// An exact decimal number: an integer count of units of 10^-scale (`3.4` is 34 units, scale 1).
///
/// All air-quality arithmetic (means, percentiles, indices) is done on these values and on
/// `Ratio`, never on binary floating point, so GB/T 8170 rounding (四舍六入五成双) of an exact
/// trailing 5 is decided on the true value.
public struct FixedDecimal: Sendable, Comparable, Hashable, CustomStringConvertible {
    /// The value in units of 10^-scale.
    public var units: Int
    /// Number of decimals, 0…12.
    public var scale: Int

    public init(units: Int, scale: Int = 0) {
        self.units = units
        self.scale = scale
    }

    /// An integer value.
    public init(_ value: Int) {
        self.init(units: value, scale: 0)
    }

    /// Decimals kept when parsing; more are rounded away (GB/T 8170).
    public static let maximumScale = 6
    /// Largest magnitude of `units` a parsed value may have (keeps every sum, mean and
    /// percentile far from integer overflow).
    public static let maximumUnits: UInt = 1_000_000_000_000

    /// Parses decimal text: `12`, `-3.50`, `+0.8`, `.5`, `1.2e3`. More than 6 decimals are
    /// rounded to 6 by GB/T 8170 (digits beyond the 18th still decide a tie). Nil for anything
    /// else: `NA`, `-`, empty text, or more than 10^12 units (nothing a monitor measures, and no
    /// sum, mean or percentile of such values can overflow).
    public init?(_ text: some StringProtocol) {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(s[s.index(after: e)...]), (-30...30).contains(x) else { return nil }  // abs(Int.min) would trap
            exponent = x
            s = s[..<e]
        }
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        var units: UInt = 0
        var scale = 0
        var sticky = false  // a non-zero digit was dropped
        var seenPoint = false
        var seenDigit = false
        for ch in s {
            if ch == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard ch.isASCII, let d = ch.wholeNumberValue else { return nil }
            seenDigit = true
            if units >= 100_000_000_000_000_000 {
                guard seenPoint else { return nil }  // an integer part of 19+ digits
                sticky = sticky || d != 0
                continue
            }
            units = units * 10 + UInt(d)
            if seenPoint { scale += 1 }
        }
        guard seenDigit else { return nil }
        scale -= exponent
        while scale < 0 {
            let (u, overflow) = units.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            units = u
            scale += 1
        }
        if scale > FixedDecimal.maximumScale {
            // Keep one guard digit, remember whether anything non-zero follows it, round half to even.
            while scale > FixedDecimal.maximumScale + 1 {
                sticky = sticky || units % 10 != 0
                units /= 10
                scale -= 1
            }
            let guardDigit = units % 10
            units /= 10
            scale -= 1
            if guardDigit > 5 || (guardDigit == 5 && (sticky || units % 2 == 1)) { units += 1 }
        }
        guard units <= FixedDecimal.maximumUnits else { return nil }
        self.init(units: negative ? -Int(units) : Int(units), scale: scale)
    }

    /// The exact decimal that `value` prints as (its shortest round-trip form), so `0.15`
    /// is 15 hundredths, not the binary number just below. Nil for NaN and infinities.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(String(value))
    }

    /// The nearest binary floating-point value.
    public var doubleValue: Double {
        Double(units) / Double(FixedDecimal.power(scale))
    }

    /// As an exact fraction.
    public var ratio: Ratio { Ratio(units, FixedDecimal.power(scale)) }

    /// Rounded to `decimals` places by GB/T 8170 (round half to even on an exact trailing 5).
    public func rounded(decimals: Int) -> FixedDecimal {
        if decimals >= scale { return rescaled(to: decimals) }
        return ratio.rounded(decimals: decimals)
    }

    /// The same value with `decimals` places (only when no digits are lost).
    func rescaled(to decimals: Int) -> FixedDecimal {
        precondition(decimals >= scale, "rescaling would lose digits")
        return FixedDecimal(units: units * FixedDecimal.power(decimals - scale), scale: decimals)
    }

    /// True when the value is below zero.
    public var isNegative: Bool { units < 0 }

    /// 10^n for 0 ≤ n ≤ 18.
    static func power(_ n: Int) -> Int {
        var p = 1
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// Digits with exactly `scale` decimals: `3.40`, `-0.5`, `12`.
    public var description: String {
        let magnitude = String(units.magnitude)
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, scale + 1 - magnitude.count)) + magnitude
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<cut] + "." + padded[cut...]
    }

    public static func == (a: FixedDecimal, b: FixedDecimal) -> Bool { a.ratio == b.ratio }

    public static func < (a: FixedDecimal, b: FixedDecimal) -> Bool { a.ratio < b.ratio }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ratio)
    }

    public static func + (a: FixedDecimal, b: FixedDecimal) -> FixedDecimal {
        let s = max(a.scale, b.scale)
        return FixedDecimal(units: a.rescaled(to: s).units + b.rescaled(to: s).units, scale: s)
    }

    public static func - (a: FixedDecimal, b: FixedDecimal) -> FixedDecimal {
        let s = max(a.scale, b.scale)
        return FixedDecimal(units: a.rescaled(to: s).units - b.rescaled(to: s).units, scale: s)
    }
}

extension FixedDecimal: Codable {
    /// Encoded as a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(doubleValue)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let d = try c.decode(Double.self)
        guard let v = FixedDecimal(d) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a finite number")
        }
        self = v
    }
}
