/// An exact fraction of two integers, in lowest terms with a positive denominator. Means,
/// percentiles, IAQI segments and single indices are ratios until they are rounded.
public struct Ratio: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Numerator.
    public private(set) var numerator: Int
    /// Denominator, > 0.
    public private(set) var denominator: Int

    /// `numerator / denominator`; the denominator must not be zero.
    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "zero denominator")
        let sign = denominator < 0 ? -1 : 1
        let g = Ratio.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int(g)
        self.denominator = sign * denominator / Int(g)
    }

    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// Rounded to `decimals` places by GB/T 8170: below half down, above half up, an exact
    /// half to the even neighbour (四舍六入五成双). Symmetric for negative values.
    public func rounded(decimals: Int) -> FixedDecimal {
        let scaled = numerator.magnitude * UInt(FixedDecimal.power(decimals))
        let d = UInt(denominator)
        var q = scaled / d
        let r = scaled % d
        if 2 * r > d || (2 * r == d && q % 2 == 1) { q += 1 }
        let units = numerator < 0 ? -Int(q) : Int(q)
        return FixedDecimal(units: units, scale: decimals)
    }

    /// The least integer ≥ the value (全部进位取整数).
    public var ceiling: Int {
        let q = numerator / denominator  // truncates toward zero
        return numerator > 0 && numerator % denominator != 0 ? q + 1 : q
    }

    /// The greatest integer ≤ the value.
    public var floor: Int {
        let q = numerator / denominator
        return numerator < 0 && numerator % denominator != 0 ? q - 1 : q
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    public static func + (a: Ratio, b: Ratio) -> Ratio {
        let g = Int(gcd(a.denominator.magnitude, b.denominator.magnitude))
        let l = a.denominator / g * b.denominator
        return Ratio(a.numerator * (l / a.denominator) + b.numerator * (l / b.denominator), l)
    }

    public static func - (a: Ratio, b: Ratio) -> Ratio { a + Ratio(-b.numerator, b.denominator) }

    public static func * (a: Ratio, b: Ratio) -> Ratio {
        Ratio(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// Division; `b` must not be zero.
    public static func / (a: Ratio, b: Ratio) -> Ratio {
        Ratio(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    public static func < (a: Ratio, b: Ratio) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }
}
