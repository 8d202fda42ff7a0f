import ReportModel

extension MonthlyReport {
    /// Why a month cannot be ranked.
    public struct NotRankable: Error, Sendable, CustomStringConvertible {
        /// True when there were no daily values for the month at all (rather than too few).
        public var noValues: Bool
        public var description: String

        public init(noValues: Bool, description: String) {
            self.noValues = noValues
            self.description = description
        }
    }

    /// Refuses a report with nothing to rank: no daily values for the month in `source`, or no
    /// area with enough valid days (never a ranking of partial data).
    public func requireRanking(source: String) throws(NotRankable) {
        guard let first = rows.first else {
            throw NotRankable(noValues: true, description: "no daily values for \(month) in \(source)")
        }
        guard rows.contains(where: \.statistics.isValid) else {
            throw NotRankable(
                noValues: false,
                description: "\(month): no area has enough valid days (\(MonthlyStatistics.requiredDays(in: month)) needed); "
                    + "\(first.statistics.area): \(first.statistics.invalidReason ?? "")")
        }
    }

    /// A warning for every area whose month is not assessed (listed, not ranked).
    public func notAssessed(file: String) -> [Diagnostic] {
        rows.filter { !$0.statistics.isValid }.map { row in
            Diagnostic(
                severity: .warning, file: file,
                message: "area '\(row.statistics.area)': \(month) not assessed: \(row.statistics.invalidReason ?? "too few days")",
                hint: "not ranked")
        }
    }
}
