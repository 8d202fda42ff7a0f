/// 空气质量分指数 (IAQI) of one concentration on one breakpoint column, HJ 633-2012 §5.
public enum IAQI {
    /// The outcome of placing a concentration on a breakpoint column.
    public enum Outcome: Sendable, Equatable {
        /// The IAQI, rounded up to an integer (全部进位取整数).
        case value(Int)
        /// Above the last breakpoint of SO2 1-hour (800) or O3 8-hour (800): the standard
        /// says not to compute it; use the SO2 24-hour or the O3 1-hour IAQI instead.
        case notComputed
        /// Above the breakpoint of IAQI 500. Reported as 500 (the open doubt of
        /// AIRQUALITY.md §1 is settled by clamping, flagged as `aboveScale` in results).
        case aboveScale
    }

    /// IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, rounded up.
    ///
    /// The arithmetic is exact (`Ratio`), so there is no floating-point noise to guard
    /// against: 53.75 gives 54 and an exact 50 stays 50. Negative concentrations give nil.
    public static func of(_ concentration: FixedDecimal, on table: BreakpointTable) -> Outcome? {
        guard !concentration.isNegative else { return nil }
        let c = concentration.ratio
        let bp = table.breakpoints
        let levels = BreakpointTable.levels
        for i in 1..<bp.count where c <= Ratio(bp[i]) {
            let slope = Ratio(levels[i] - levels[i - 1], bp[i] - bp[i - 1])
            let value = slope * (c - Ratio(bp[i - 1])) + Ratio(levels[i - 1])
            return .value(value.ceiling)
        }
        return table.stopsBeforeTop ? .notComputed : .aboveScale
    }

    /// Convenience: the integer IAQI, 500 when above the scale, nil when not computed.
    public static func value(_ concentration: FixedDecimal, on table: BreakpointTable) -> Int? {
        switch of(concentration, on: table) {
        case .value(let v): v
        case .aboveScale: 500
        case .notComputed, nil: nil
        }
    }

    /// For callers holding binary floating point: the concentration is taken as the decimal it
    /// prints as (its shortest round-trip form), which is the float-noise guard — 38.0 gives
    /// exactly 53.75 → 54, 35.0 exactly 50. Nil for NaN, infinities and negative values.
    public static func value(_ concentration: Double, on table: BreakpointTable) -> Int? {
        FixedDecimal(concentration).flatMap { value($0, on: table) }
    }
}
