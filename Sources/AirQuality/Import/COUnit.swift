import WordLists

/// The unit a file gives CO in. Everything inside tongbao uses mg/m³.
public enum COUnit: String, Sendable, CaseIterable, Codable {
    /// mg/m³ (official publications).
    case milligram = "mg"
    /// μg/m³ (e.g. the Beijing PRSA files); divided by 1000 on import.
    case microgram = "ug"

    private static let microgramMarks = WordLists.list("microgram-marks", in: .module)
    private static let milligramMarks = WordLists.list("milligram-marks", in: .module)

    /// The unit a header names (`CO(μg/m3)`, `co_mg`); nil when it names none.
    init?(header: String) {
        let h = header.lowercased()
        if Self.microgramMarks.contains(where: { h.contains($0) }) {
            self = .microgram
        } else if Self.milligramMarks.contains(where: { h.contains($0) }) {
            self = .milligram
        } else {
            return nil
        }
    }

    /// Converts a value in this unit to mg/m³ (exact).
    func toMilligram(_ v: FixedDecimal) -> FixedDecimal {
        self == .milligram ? v : FixedDecimal(units: v.units, scale: v.scale + 3)
    }

    /// Guesses the unit of unlabelled CO values: a median above 30 cannot be mg/m³ in ambient
    /// air, so it is μg/m³.
    static func guess(_ values: [FixedDecimal]) -> (unit: COUnit, median: FixedDecimal)? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let median = sorted[sorted.count / 2]
        return (median > FixedDecimal(30) ? .microgram : .milligram, median)
    }
}
