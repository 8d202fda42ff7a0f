/// 变化率 (e.g. 同比): (now − before) / before × 100 %, rounded by GB/T 8170.
public enum ChangeRate {
    /// The change in percent with `decimals` places (1 as in MEP releases); nil when `before`
    /// is zero. Negative = lower than before (an improvement for concentrations and indices).
    public static func percent(from before: FixedDecimal, to now: FixedDecimal, decimals: Int = 1) -> FixedDecimal? {
        guard before.units != 0 else { return nil }
        return ((now.ratio - before.ratio) / before.ratio * Ratio(100)).rounded(decimals: decimals)
    }
}
