import Foundation

/// The value axis of a bar chart: round steps and their labels.
public enum ChartAxis {
    /// A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `target` intervals, and the first multiple of
    /// it at or above `maxValue` (the axis end). A non-positive maximum gives the axis 0…1.
    public static func round(maxValue: Double, target: Int = 5) -> (step: Double, top: Double) {
        let m = maxValue > 0 && maxValue.isFinite ? maxValue : 1
        let raw = m / Double(max(1, target))
        let mag = pow(10, log10(raw).rounded(.down))
        let norm = raw / mag
        let f: Double = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10
        let step = f * mag
        let top = (m / step - 1e-9).rounded(.up) * step
        return (step, max(top, step))
    }

    /// A tick label with as many decimals as the step needs (`0.2` → 1, `2.5` → 1, `10` → 0).
    public static func tickText(_ value: Double, step: Double) -> String {
        var decimals = 0
        var s = step
        while decimals < 6, abs(s - s.rounded()) > 1e-9 {
            s *= 10
            decimals += 1
        }
        return String(format: "%.\(decimals)f", value)
    }
}
