import Foundation

/// The value axis of a bar chart: round steps and their labels.
public enum ChartAxis {
    /// A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `target` intervals, and the first multiple of
    /// it at or above `maxValue` (the axis end). A non-positive maximum gives the axis 0…1, and so
    /// does one too small or too large for a step to be computed (subnormal, beyond 1e307).
    public static func round(maxValue: Double, target: Int = 5) -> (step: Double, top: Double) {
        let m = maxValue > 0 && maxValue.isFinite ? maxValue : 1
        let raw = m / Double(max(1, target))
        let mag = pow(10, log10(raw).rounded(.down))
        let norm = raw / mag
        let f: Double = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10
        let step = f * mag
        let top = (m / step - 1e-9).rounded(.up) * step
        guard step.isNormal, step > 0, top.isFinite else { return (0.2, 1) }
        return (step, max(top, step))
    }

    /// The axis from `bottom` to `top` through 0 holding every value: `round(maxValue:)` when no
    /// value is negative (so such charts are drawn as before), else a step for the whole span and
    /// both ends on multiples of it. `ticks` is the number of intervals. Nil when no axis of round
    /// steps holds the values (a span beyond Double's range): the chart is refused, not drawn wrong.
    public static func range(_ values: [Double], target: Int = 5) -> (step: Double, bottom: Double, top: Double, ticks: Int)? {
        guard values.allSatisfy(\.isFinite) else { return nil }
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let span = max(high, 0) - min(low, 0)
        guard span.isFinite, span < 1e300 else { return nil }
        if low >= 0 {
            let (step, top) = round(maxValue: high, target: target)
            guard top >= high else { return nil }
            return (step, 0, top, ticks(step: step, span: top))
        }
        let (step, _) = round(maxValue: span, target: target)
        let bottom = (low / step - 1e-9).rounded(.down) * step
        var top = high > 0 ? (high / step - 1e-9).rounded(.up) * step : 0
        if top == bottom { top = bottom + step }
        guard bottom.isFinite, top.isFinite, bottom <= low, top >= high else { return nil }
        return (step, bottom, top, ticks(step: step, span: top - bottom))
    }

    static func ticks(step: Double, span: Double) -> Int {
        let n = (span / step).rounded()
        return n.isFinite ? max(1, min(40, Int(n))) : 1
    }

    /// A tick label with as many decimals as the step needs (`0.2` → 1, `2.5` → 1, `10` → 0).
    public static func tickText(_ value: Double, step: Double) -> String {
        var decimals = 0
        var s = step
        while decimals < 6, abs(s - s.rounded()) > 1e-9 {
            s *= 10
            decimals += 1
        }
        // -0 prints as 0
        return String(format: "%.\(decimals)f", value == 0 ? 0 : value)
    }
}
