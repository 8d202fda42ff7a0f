import Foundation
import ReportModel
import TableFiles
import WordLists

/// Reads daily values per area (or station) from a `Sheet` (CSV now, .xlsx through the same
/// `Sheet`), in either layout:
/// - long: `area,date,pollutant,value` — one row per value (`pollutant` as `PM2.5`, `pm25`,
///   `O3_8h`, `细颗粒物` …);
/// - wide: `area,date,SO2,NO2,PM10,PM2.5,CO,O3_8h` — one row per area and day.
/// Units μg/m³, CO mg/m³ (unless `coUnit` says μg/m³); O3 is the daily max 8-hour mean.
/// Values are rounded by GB/T 8170 to their decimals on import. Missing, negative,
/// unreadable and repeated values, unknown pollutants and (given `knownAreas`) unknown areas
/// are reported with their line.
public enum DailyTable {
    /// Reading options.
    public struct Options: Sendable {
        /// CO unit; nil = mg/m³ unless the header says `μg`.
        public var coUnit: COUnit?
        /// Area or station names the data may use; nil = any.
        public var knownAreas: Set<String>?
        /// Days to keep.
        public var dates: ClosedRange<CivilDate>?

        public init(coUnit: COUnit? = nil, knownAreas: Set<String>? = nil, dates: ClosedRange<CivilDate>? = nil) {
            self.coUnit = coUnit
            self.knownAreas = knownAreas
            self.dates = dates
        }
    }

    /// Column headers (Words/*-headers.txt).
    static let areaHeaders = WordLists.list("daily-area-headers", in: .module)
    static let dateHeaders = WordLists.list("daily-date-headers", in: .module)
    static let pollutantHeaders = WordLists.list("pollutant-column-headers", in: .module)
    static let valueHeaders = WordLists.list("value-headers", in: .module)
    static let hourHeaders = WordLists.list("hour-headers", in: .module)

    static func areaColumn(_ sheet: Sheet) -> Int? { sheet.column(in: areaHeaders) }

    static func dateColumn(_ sheet: Sheet) -> Int? { sheet.column(in: dateHeaders) }

    static func pollutantColumn(_ sheet: Sheet) -> Int? { sheet.column(in: pollutantHeaders) }

    static func valueColumn(_ sheet: Sheet) -> Int? { sheet.column(in: valueHeaders) }

    /// True when the header has area and date columns and either pollutant+value columns or
    /// pollutant-named columns (and no hour column).
    public static func accepts(_ sheet: Sheet) -> Bool {
        guard areaColumn(sheet) != nil, dateColumn(sheet) != nil, sheet.column(in: hourHeaders) == nil else {
            return false
        }
        return (pollutantColumn(sheet) != nil && valueColumn(sheet) != nil) || !HourlyTable.pollutantColumns(sheet).isEmpty
    }

    /// Reads the table. Throws when the header has no area, date or value columns.
    public static func read(_ sheet: Sheet, file: String, options: Options = Options()) throws(AirQualityError)
        -> AirDataset
    {
        let header = sheet.header.joined(separator: ",")
        guard let areaCol = areaColumn(sheet), let dateCol = dateColumn(sheet) else {
            throw AirQualityError(
                file: file, line: 1, message: "no area and date columns in header '\(header.prefix(120))'",
                hint: "a daily table is area,date,pollutant,value or area,date,SO2,NO2,PM10,PM2.5,CO,O3")
        }
        var cells: [(line: Int, area: String, date: String, pollutant: String, unitHint: String?, value: String)] = []
        if let pc = pollutantColumn(sheet), let vc = valueColumn(sheet) {
            for row in sheet.rows {
                cells.append((row.line, cell(row, areaCol), cell(row, dateCol), cell(row, pc), nil, cell(row, vc)))
            }
        } else {
            let wide = sheet.header.enumerated().filter { $0.offset != areaCol && $0.offset != dateCol }
            guard !HourlyTable.pollutantColumns(sheet).isEmpty else {
                throw AirQualityError(
                    file: file, line: 1, message: "no pollutant or value columns in header '\(header.prefix(120))'",
                    hint: "a daily table is area,date,pollutant,value or area,date,SO2,NO2,PM10,PM2.5,CO,O3")
            }
            for row in sheet.rows {
                for (i, name) in wide where Pollutant(name: name) != nil {
                    cells.append((row.line, cell(row, areaCol), cell(row, dateCol), name, name, cell(row, i)))
                }
            }
        }
        let headerCOUnit = sheet.header.first { Pollutant(name: $0) == .co }.flatMap { COUnit(header: $0) }
        let coUnit = options.coUnit ?? headerCOUnit ?? .milligram

        var log = DiagnosticLog(file: file)
        var order: [SiteDayKey] = []
        var days: [SiteDayKey: AreaDay] = [:]
        var firstLine: [String: Int] = [:]
        var reportedAreas = Set<String>()
        for c in cells {
            guard !c.area.isEmpty else {
                log.add("missing areas", line: c.line, "no area; row skipped", severity: .error)
                continue
            }
            guard let date = ValueText.date(c.date) else {
                log.add("unreadable dates", line: c.line, "unreadable date '\(c.date)'; row skipped", severity: .error)
                continue
            }
            if let range = options.dates, !range.contains(date) { continue }
            if let known = options.knownAreas, !known.contains(c.area), reportedAreas.insert(c.area).inserted {
                log.add("unknown areas", line: c.line, "unknown area '\(c.area)'; used as its own area", hint: "add it to the area map")
            }
            guard let p = Pollutant(name: c.pollutant) else {
                log.add("unknown pollutants", line: c.line, "unknown pollutant '\(c.pollutant)'; row skipped")
                continue
            }
            if ValueText.isMissing(c.value) {
                log.add("missing values", line: c.line, "missing \(p.symbol) for '\(c.area)' on \(date) ('\(c.value)')")
                continue
            }
            guard var v = FixedDecimal(c.value) else {
                log.add("unreadable values", line: c.line, "unreadable \(p.symbol) '\(c.value)'; not used", severity: .error)
                continue
            }
            guard !v.isNegative else {
                log.add("negative values", line: c.line, "negative \(p.symbol) '\(c.value)'; not used", severity: .error)
                continue
            }
            if p == .co { v = coUnit.toMilligram(v) }
            let key = SiteDayKey(station: c.area, date: date)
            let valueKey = "\(c.area)|\(date)|\(p.rawValue)"
            if let first = firstLine[valueKey] {
                log.add(
                    "repeated values", line: c.line,
                    "\(p.symbol) for '\(c.area)' on \(date) repeats line \(first); kept the first")
                continue
            }
            firstLine[valueKey] = c.line
            if days[key] == nil {
                order.append(key)
                days[key] = AreaDay(area: c.area, date: date)
            }
            days[key]?[p] = v.rounded(decimals: p.decimals).doubleValue
        }
        if order.isEmpty {
            log.add("no rows", line: nil, "no daily values", severity: .error)
        }
        return AirDataset(days: order.compactMap { days[$0] }, diagnostics: log.diagnostics)
    }

    static func cell(_ row: Sheet.Row, _ i: Int) -> String { i < row.cells.count ? row.cells[i] : "" }
}
