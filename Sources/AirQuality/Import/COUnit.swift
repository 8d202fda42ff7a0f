/// The unit a file gives CO in. Everything inside tongbao uses mg/m³.
public enum COUnit: String, Sendable, CaseIterable, Codable {
    /// mg/m³ (official publications).
    case milligram = "mg"
    /// μg/m³ (e.g. the Beijing PRSA files); divided by 1000 on import.
    case microgram = "ug"

    /// The unit a header names (`CO(μg/m3)`, `co_mg`); nil when it names none.
    init?(header: String) {
        let h = header.lowercased()
        if h.contains("μg") || h.contains("µg") || h.contains("ug") || h.contains("微克") {
            self = .microgram
        } else if h.contains("mg") || h.contains("毫克") {
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
