import ReportModel

/// Mustache context for a date: `year`, `month`, `day` (no zero padding, as GB/T 9704 writes dates).
enum DateWording {
    static func context(_ date: CivilDate) -> [String: Any] {
        ["year": date.year, "month": date.month, "day": date.day]
    }
}
