import Foundation
import ReportModel
import TableFiles
import WordLists

/// Reads an hourly station table: one row per station and hour, one column per pollutant —
/// e.g. the Beijing PRSA files (`No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,…,station`).
///
/// Time comes from `year,month,day,hour`, from `date,hour`, or from one `time` column
/// (`2017-01-01 01:00`). The hour stamps the *end* of the hour: row hour h is the mean of the
/// hour ending at h:00, so hour 0 is 24:00 of the day before and natural day D is rows D 1…23
/// plus row D+1 hour 0; an hour written 24 is 24:00 of its own date. Other columns (weather,
/// row numbers) are ignored.
public enum HourlyTable {
    /// Reading options.
    public struct Options: Sendable {
        /// CO unit; nil = from the header (`CO(μg/m3)`), else guessed from the values.
        public var coUnit: COUnit?
        /// Station for a file without a station column (e.g. the file name).
        public var station: String?
        /// Natural days to keep (the rest is skipped before any check).
        public var dates: ClosedRange<CivilDate>?

        public init(coUnit: COUnit? = nil, station: String? = nil, dates: ClosedRange<CivilDate>? = nil) {
            self.coUnit = coUnit
            self.station = station
            self.dates = dates
        }
    }

    /// Where the time of a row comes from.
    enum TimeColumns {
        case parts(year: Int, month: Int, day: Int, hour: Int)
        case dateAndHour(date: Int, hour: Int)
        case dateTime(Int)
    }

    /// True when the header has an hour (or date-time) column and at least one pollutant column.
    public static func accepts(_ sheet: Sheet) -> Bool {
        timeColumns(sheet) != nil && !pollutantColumns(sheet).isEmpty
    }

    /// Column headers (Words/*-headers.txt).
    enum Headers {
        static let year = WordLists.list("year-headers", in: .module)
        static let month = WordLists.list("month-headers", in: .module)
        static let day = WordLists.list("day-headers", in: .module)
        static let date = WordLists.list("hourly-date-headers", in: .module)
        static let time = WordLists.list("time-headers", in: .module)
        static let station = WordLists.list("hourly-station-headers", in: .module)
        static let area = WordLists.list("hourly-area-headers", in: .module)
    }

    static func timeColumns(_ sheet: Sheet) -> TimeColumns? {
        if let y = sheet.column(in: Headers.year), let m = sheet.column(in: Headers.month), let d = sheet.column(in: Headers.day),
            let h = sheet.column(in: DailyTable.hourHeaders)
        {
            return .parts(year: y, month: m, day: d, hour: h)
        }
        if let d = sheet.column(in: Headers.date), let h = sheet.column(in: DailyTable.hourHeaders) {
            return .dateAndHour(date: d, hour: h)
        }
        if let t = sheet.column(in: Headers.time) {
            return .dateTime(t)
        }
        return nil
    }

    static func pollutantColumns(_ sheet: Sheet) -> [(Pollutant, Int)] {
        var out: [(Pollutant, Int)] = []
        for (i, h) in sheet.header.enumerated() {
            if let p = Pollutant(name: h), !out.contains(where: { $0.0 == p }) { out.append((p, i)) }
        }
        return out
    }

    /// Reads the table. Throws when it has no time or no pollutant column.
    public static func read(_ sheet: Sheet, file: String, options: Options = Options()) throws(AirQualityError)
        -> AirDataset
    {
        let header = sheet.header.joined(separator: ",")
        guard let time = timeColumns(sheet) else {
            throw AirQualityError(
                file: file, line: 1, message: "no time columns in header '\(header.prefix(120))'",
                hint: "an hourly table needs year,month,day,hour or date,hour or time columns")
        }
        let pollutants = pollutantColumns(sheet)
        guard !pollutants.isEmpty else {
            throw AirQualityError(
                file: file, line: 1, message: "no pollutant columns in header '\(header.prefix(120))'",
                hint: "name the columns SO2, NO2, PM10, PM2.5, CO, O3")
        }
        var log = DiagnosticLog(file: file)
        let stationColumn = sheet.column(in: Headers.station)
        let nameColumn = sheet.column("positionname", "station_name", "name")
        let areaColumn = sheet.column(in: Headers.area)
        let coUnit = resolveCOUnit(sheet, pollutants: pollutants, explicit: options.coUnit, log: &log)
        let fallbackStation = options.station ?? file

        var hours: [StationHour] = []
        hours.reserveCapacity(sheet.rows.count)
        for row in sheet.rows {
            let cells = row.cells
            func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
            guard let stamp = stamp(of: row, time) else {
                log.add("unreadable times", line: row.line, "unreadable time '\(timeText(of: row, time))'; row skipped", severity: .error)
                continue
            }
            if let range = options.dates, !range.contains(stamp.date) { continue }
            var values: [Pollutant: FixedDecimal] = [:]
            var missing: [String] = []
            for (p, i) in pollutants {
                let raw = cell(i)
                if ValueText.isMissing(raw) {
                    missing.append(p.symbol)
                } else if let v = FixedDecimal(raw) {
                    if v.isNegative {
                        log.add("negative values", line: row.line, "negative \(p.symbol) '\(raw)'; not used", severity: .error)
                    } else {
                        values[p] = p == .co ? coUnit.toMilligram(v) : v
                    }
                } else {
                    log.add("unreadable values", line: row.line, "unreadable \(p.symbol) '\(raw)'; not used", severity: .error)
                }
            }
            if !missing.isEmpty {
                log.add("missing values", line: row.line, "missing \(missing.joined(separator: ", ")) at \(stamp)")
            }
            let station = stationColumn.map { cell($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackStation
            hours.append(
                StationHour(
                    station: station, stationName: nameColumn.map { cell($0) }.flatMap { $0.isEmpty ? nil : $0 },
                    area: areaColumn.map { cell($0) }.flatMap { $0.isEmpty ? nil : $0 }, time: stamp, values: values,
                    file: file, line: row.line))
        }
        if hours.isEmpty {
            let which = options.dates.map { " between \($0.lowerBound) and \($0.upperBound)" } ?? ""
            log.add("no rows", line: nil, "no hourly rows\(which)", severity: .error)
        }
        return AirDataset(hours: hours, diagnostics: log.diagnostics)
    }

    static func resolveCOUnit(_ sheet: Sheet, pollutants: [(Pollutant, Int)], explicit: COUnit?, log: inout DiagnosticLog)
        -> COUnit
    {
        if let explicit { return explicit }
        guard let column = pollutants.first(where: { $0.0 == .co })?.1 else { return .milligram }
        if let u = COUnit(header: sheet.header[column]) { return u }
        let sample = sheet.rows.lazy.compactMap { $0.cells.count > column ? FixedDecimal($0.cells[column]) : nil }.prefix(500)
        guard let guess = COUnit.guess(Array(sample)) else { return .milligram }
        if guess.unit == .microgram {
            log.add(
                "unit guesses", line: 1,
                "CO has no unit and a median of \(guess.median); read as μg/m³ and converted to mg/m³", severity: .info,
                hint: "name the column CO(mg/m3) or pass --co-unit to say otherwise")
        }
        return guess.unit
    }

    static func stamp(of row: Sheet.Row, _ time: TimeColumns) -> HourStamp? {
        let c = row.cells
        func int(_ i: Int) -> Int? { i < c.count ? Int(c[i].trimmingCharacters(in: .whitespaces)) : nil }
        switch time {
        case .parts(let y, let m, let d, let h):
            guard let yy = int(y), let mm = int(m), let dd = int(d), let hh = int(h), let date = ValueText.day(yy, mm, dd)
            else { return nil }
            return HourStamp(clockDate: date, clockHour: hh)
        case .dateAndHour(let d, let h):
            guard d < c.count, let date = ValueText.date(c[d]), let hh = int(h) else { return nil }
            return HourStamp(clockDate: date, clockHour: hh)
        case .dateTime(let t):
            guard t < c.count, let dt = ValueText.dateTime(c[t]) else { return nil }
            return HourStamp(clockDate: dt.date, clockHour: dt.hour)
        }
    }

    static func timeText(of row: Sheet.Row, _ time: TimeColumns) -> String {
        let c = row.cells
        func at(_ i: Int) -> String { i < c.count ? c[i] : "" }
        switch time {
        case .parts(let y, let m, let d, let h): return "\(at(y))-\(at(m))-\(at(d)) \(at(h))"
        case .dateAndHour(let d, let h): return "\(at(d)) \(at(h))"
        case .dateTime(let t): return at(t)
        }
    }
}
