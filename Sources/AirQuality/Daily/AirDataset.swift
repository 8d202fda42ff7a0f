import ReportModel

/// Everything read from monitoring files: station hours (hourly feeds and tables), site daily
/// values (daily tables) and what was wrong with them.
public struct AirDataset: Sendable {
    /// Hourly station records.
    public var hours: [StationHour]
    /// Daily values per station or area as a daily table gives them (`area` = the table's
    /// area/station column).
    public var days: [AreaDay]
    /// Per file and line: missing, negative or unreadable values, duplicates, unknown names.
    public var diagnostics: [Diagnostic]

    public init(hours: [StationHour] = [], days: [AreaDay] = [], diagnostics: [Diagnostic] = []) {
        self.hours = hours
        self.days = days
        self.diagnostics = diagnostics
    }

    /// Adds another file's records.
    public mutating func append(_ other: AirDataset) {
        hours += other.hours
        days += other.days
        diagnostics += other.diagnostics
    }

    /// Keeps only records whose (natural) day falls in `range`.
    public func filtered(to range: ClosedRange<CivilDate>) -> AirDataset {
        AirDataset(
            hours: hours.filter { range.contains($0.time.date) },
            days: days.filter { range.contains($0.date) }, diagnostics: diagnostics)
    }
}
