import ReportModel

/// Mustache context for a date: `year`, `month`, `day` (no zero padding, as GB/T 9704 writes dates).
enum DateWording {
    static func context<V: DateVariables>(_ date: CivilDate) -> WordingContext<V> {
        [.year: date.year, .month: date.month, .day: date.day]
    }
}
