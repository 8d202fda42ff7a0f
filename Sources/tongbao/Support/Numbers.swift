import Foundation

/// Numbers from flags and the environment, checked before use: finite, whole where a count is
/// meant, in the range that makes sense, with the range stated in the error.
enum Numbers {
    /// An integer flag value in `range`.
    static func checked(_ value: Int, _ flag: String, in range: ClosedRange<Int>) throws(CLIError) -> Int {
        guard range.contains(value) else {
            throw CLIError(.usage, "\(flag) \(value): out of range; give \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    /// `NAME` from the environment as a finite number in `range`, or nil when it is not set.
    static func environment(_ name: String, in range: ClosedRange<Double>, unit: String) throws(CLIError) -> Double? {
        guard let text = ProcessInfo.processInfo.environment[name] else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, range.contains(value) else {
            throw CLIError(
                .usage,
                "\(name)=\(text): not a number of \(unit) from \(number(range.lowerBound)) to \(number(range.upperBound))")
        }
        return value
    }

    private static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
