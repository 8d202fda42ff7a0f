import AirQuality
import ArgumentParser
import Foundation
import ReportModel
import TableFiles

// MARK: - JSON output of `tongbao airquality` (stable: add fields, never rename)
//
// tongbao airquality hourly FILE... [--area-map FILE] [--date YYYY-MM-DD] [--co-unit mg|ug] --json
//   FILE: a CNEMC real-time GeoJSON hour, or an hourly station table (CSV, e.g. PRSA).
//   {
//     "hours": [                                  // per station and hour, file order
//       {"station": "1001A",                      // station code, or name when the file has no code
//        "name": "万寿西宫",                        // station name where the file has one, else null
//        "area": "北京市",                          // area map > the file's city/area column > null
//        "time": "2017-07-07T16:00",              // end of the hour (PRSA hour 0 = 24:00 of the day before)
//        "aqi": 55,                               // computed hourly AQI (HJ 633 as CNEMC publishes it), null when no value
//        "primary_pollutant": "臭氧1小时",          // official-style name(s), comma-joined; null when AQI <= 50
//        "primary_pollutants": ["o3_1h"],         // codes: so2 no2 pm10 pm25 co o3_1h o3_8h
//        "category": "良", "level": 2,            // 优 良 轻度污染 中度污染 重度污染 严重污染 / 1..6
//        "iaqi": {"co": 8, "no2": 7, "o3_1h": 55, "pm10": 45, "pm25": 49, "so2": 1},
//        "official_aqi": 55,                      // what the file publishes, else null
//        "official_primary_pollutant": "臭氧1小时"}
//     ],
//     "summary": {"records": 1495, "with_aqi": 1462, "official": 1462, "aqi_matches": 1462,
//                 "primary_compared": 477, "primary_matches": 477},
//     "warnings": [{"severity": "warning", "file": "...", "line": 12, "message": "...", "hint": "..."}]
//   }
//
// tongbao airquality daily --air FILE|DIR ... [--month YYYY-MM] [--level site|area|city] [--area-map FILE] --json
//   {
//     "level": "area",
//     "days": [{"area": "Beijing", "date": "2017-01-01", "so2": 21, "no2": 88, "pm10": 276, "pm25": 247,
//               "co": 4.2, "o3_8h": 12,               // daily means (O3: max 8-h), null when not valid
//               "complete": true,                      // all six valid: counts as a valid day
//               "aqi": 297,                            // daily AQI, null unless complete
//               "primary_pollutant": "细颗粒物(PM2.5)", "category": "重度污染"}],
//     "warnings": [...]
//   }
//   Without --json: CSV area,date,SO2,NO2,PM10,PM2.5,CO,O3_8h,AQI,category (readable by --air).
//
// tongbao airquality monthly --month 2017-01 --air FILE|DIR ... [--area-map FILE] [--city NAME]
//                            [--rank-by isum|pm25|good_ratio] [--then-by MEASURE ...] [--warn-last N]
//                            [--co-unit mg|ug] --json
//   --air: CNEMC hours, hourly station tables, daily tables (area,date,pollutant,value or wide).
//   {
//     "month": "2017-01", "ranked_by": "isum", "required_days": 27,
//     "areas": [                                  // ranked areas by rank, then unranked (invalid) ones
//       {"area": "Dongsi",
//        "valid": true, "reason": null,           // reason e.g. "pm25 has 20 daily values, 27 needed"
//        "so2": 19, "no2": 65, "pm10": 137, "pm25": 116,   // monthly means, μg/m³ (GB/T 8170, integers)
//        "co": 5.6,                               // P95 of daily means, mg/m³, 1 decimal
//        "o3": 74,                                // P90 of daily max 8-h means, μg/m³
//        "days": {"co": 30, "no2": 31, "o3": 31, "pm10": 31, "pm25": 31, "so2": 31},  // daily values used
//        "isum": 9.08,                            // composite index, 2 decimals; null unless all six exist
//        "primary_pollutant": ["pm25"],           // largest Ci/Si
//        "good_days": 16, "valid_days": 30,       // AQI <= 100 / days with all six daily values
//        "good_ratio": 53.3,                      // percent, 1 decimal
//        "heavy_days": 5,                         // AQI > 200
//        "rank": 1, "tied": false,                // 1 = lowest index; ties share a rank (1,2,2,4); null when invalid
//        "previous_rank": 2, "rank_change": 1,    // previous month; change = previous − current (+ = up)
//        "warned": false,                         // among the last --warn-last places
//        "isum_yoy": 50.8, "pm25_yoy": 70.6}      // % change (1 decimal) against the same month last year;
//                                                 // null unless both months are in the data and valid
//     ],
//     "city": {... same fields, rank fields null: all urban stations of all areas ...},
//     "warnings": [...]
//   }
//
// Exit codes: 0 ok; 65 nothing usable (unreadable or non-air files only, no data in the month,
// no area or city with enough valid days); 66 a FILE/DIR does not exist.

/// `tongbao airquality`: AQI and monthly statistics from monitoring files.
struct AirQualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "airquality",
        abstract: "AQI (HJ 633) and monthly statistics, composite index and ranking (HJ 663) from monitoring files.",
        subcommands: [Hourly.self, Daily.self, Monthly.self]
    )
}

extension AirQualityCommand {
    /// Options every air-quality subcommand takes.
    struct InputOptions: ParsableArguments {
        @Option(name: .customLong("area-map"), help: "CSV station,area[,type] (type urban or background).")
        var areaMap: String?

        @Option(name: .customLong("co-unit"), help: "CO unit of tables: mg or ug (default: header, else guessed).")
        var coUnit: String?

        @Flag(name: .long, help: "Print every diagnostic, not only the first few per file.")
        var verbose = false

        func parsedCOUnit() throws -> COUnit? {
            guard let coUnit else { return nil }
            guard let u = COUnit(rawValue: coUnit.replacingOccurrences(of: "μ", with: "u")) else {
                throw ValidationError("--co-unit must be mg or ug, not '\(coUnit)'")
            }
            return u
        }
    }

    struct Hourly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hourly AQI, primary pollutant and category per station and hour.")

        @Argument(help: "CNEMC GeoJSON hour files or hourly station tables (CSV), or folders of them.")
        var files: [String]

        @OptionGroup var input: InputOptions

        @Option(help: "Only this natural day (YYYY-MM-DD).")
        var date: String?

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            var range: ClosedRange<CivilDate>? = nil
            if let date {
                guard let d = CivilDate(iso: date) else { throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'") }
                range = d...d
            }
            let loader = try AirFileLoader(input: input)
            let loaded = try loader.load(files, options: AirImport.Options(coUnit: input.parsedCOUnit(), dates: range))
            var warnings = loaded.diagnostics
            guard !loaded.dataset.hours.isEmpty else {
                loader.report(warnings)
                throw CLIError(.input, "no hourly station records in \(files.joined(separator: ", "))").exit()
            }
            warnings += loader.mapDiagnostics
            var rows: [HourRow] = []
            var summary = HourSummary()
            for h in SlidingSO2.filled(loaded.dataset.hours) {
                let r = AQI.hourly(h)
                let area = loader.map?.entry(for: h.station, name: h.stationName)?.area ?? h.area
                rows.append(HourRow(hour: h, area: area, result: r))
                summary.add(h, r)
            }
            if json {
                try AirFileLoader.printJSON(HourlyOutput(hours: rows, summary: summary, warnings: warnings))
            } else {
                print(["station", "name", "area", "time", "aqi", "category", "primary"].joined(separator: "\t"))
                for r in rows {
                    print(
                        [
                            r.station, r.name ?? "-", r.area ?? "-", r.time, r.aqi.map(String.init) ?? "-",
                            r.category ?? "-", r.primary_pollutant ?? "-",
                        ].joined(separator: "\t"))
                }
            }
            loader.report(warnings)
        }
    }

    struct Daily: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Daily values and daily AQI per site, area or the whole city.",
            discussion: """
                Without --json, prints a CSV daily table (area,date,SO2,NO2,PM10,PM2.5,CO,O3_8h,AQI,category) \
                that `airquality monthly --air` reads back.
                """)

        @Option(name: .customLong("air"), help: "Monitoring file or folder (repeatable).")
        var air: [String]

        @OptionGroup var input: InputOptions

        @Option(help: "Only this month, YYYY-MM.")
        var month: String?

        @Option(help: "site (each station), area (default) or city.")
        var level = "area"

        @Option(help: "Name of the whole-city series.")
        var city = "city"

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            var range: ClosedRange<CivilDate>? = nil
            if let month {
                guard let ym = YearMonth(month) else { throw ValidationError("--month must be YYYY-MM, not '\(month)'") }
                range = ym.first...ym.last
            }
            guard ["site", "area", "city"].contains(level) else {
                throw ValidationError("--level must be site, area or city, not '\(level)'")
            }
            guard !air.isEmpty else { throw ValidationError("give monitoring data with --air FILE|DIR") }
            let loader = try AirFileLoader(input: input)
            let loaded = try loader.load(air, options: AirImport.Options(coUnit: input.parsedCOUnit(), dates: range))
            let daily = DailyValues(dataset: loaded.dataset, map: loader.map, cityName: city, mapFile: input.areaMap ?? "area map")
            let warnings = loaded.diagnostics + loader.mapDiagnostics + daily.diagnostics
            let days = (level == "site" ? daily.sites : level == "city" ? daily.city : daily.areas)
                .filter { (range?.contains($0.date) ?? true) && !$0.values.isEmpty }
            guard !days.isEmpty else {
                loader.report(warnings)
                throw CLIError(.input, "no daily values in \(air.joined(separator: ", "))").exit()
            }
            let rows = days.map(DayRow.init)
            if json {
                try AirFileLoader.printJSON(DailyOutput(level: level, days: rows, warnings: warnings))
            } else {
                print("area,date,SO2,NO2,PM10,PM2.5,CO,O3_8h,AQI,category")
                for r in rows {
                    let values = [r.so2, r.no2, r.pm10, r.pm25, r.co, r.o3_8h].map { $0?.description ?? "" }
                    let cells = [AirFileLoader.csvCell(r.area), r.date] + values + [r.aqi.map(String.init) ?? "", r.category ?? ""]
                    print(cells.joined(separator: ","))
                }
            }
            loader.report(warnings)
        }
    }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Monthly statistics, composite index and ranking per area, plus the whole city.")

        @Option(help: "The month, YYYY-MM.")
        var month: String

        @Option(name: .customLong("air"), help: "Monitoring file or folder (repeatable).")
        var air: [String]

        @OptionGroup var input: InputOptions

        @Option(help: "Name of the whole-city series.")
        var city = "city"

        @Option(name: .customLong("rank-by"), help: "isum (default), pm25 or good_ratio.")
        var rankBy = "isum"

        @Option(name: .customLong("then-by"), help: "Tie-breaker measure (repeatable), e.g. --rank-by good_ratio --then-by pm25.")
        var thenBy: [String] = []

        @Option(name: .customLong("warn-last"), help: "Flag the last N ranked areas as warned.")
        var warnLast = 0

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            guard let ym = YearMonth(month) else { throw ValidationError("--month must be YYYY-MM, not '\(month)'") }
            guard let measure = RankingMeasure(rawValue: rankBy) else {
                throw ValidationError("--rank-by must be isum, pm25 or good_ratio, not '\(rankBy)'")
            }
            var breakers: [RankingMeasure] = []
            for t in thenBy {
                guard let m = RankingMeasure(rawValue: t) else {
                    throw ValidationError("--then-by must be isum, pm25 or good_ratio, not '\(t)'")
                }
                breakers.append(m)
            }
            guard !air.isEmpty else { throw ValidationError("give monitoring data with --air FILE|DIR") }
            let loader = try AirFileLoader(input: input)
            // The month, the month before (rank change) and the same month a year earlier (同比).
            let range = ym.sameMonthLastYear.first...ym.last
            let known = loader.map.map { Set($0.entries.map(\.station) + $0.entries.map(\.area)) }
            let loaded = try loader.load(
                air, options: AirImport.Options(coUnit: input.parsedCOUnit(), dates: range, knownAreas: known))
            let daily = DailyValues(
                dataset: loaded.dataset, map: loader.map, cityName: city, mapFile: input.areaMap ?? "area map")
            var warnings = loaded.diagnostics + loader.mapDiagnostics + daily.diagnostics

            let report = MonthlyReport(daily: daily, month: ym, by: measure, thenBy: breakers, warnLast: warnLast)
            guard !report.rows.isEmpty else {
                loader.report(warnings)
                throw CLIError(.input, "no daily values for \(ym) in \(air.joined(separator: ", "))").exit()
            }
            for row in report.rows where !row.statistics.isValid {
                warnings.append(
                    Diagnostic(
                        severity: .warning, file: air.count == 1 ? air[0] : "\(air[0]) …",
                        message: "area '\(row.statistics.area)': \(ym) not assessed: \(row.statistics.invalidReason ?? "too few days")",
                        hint: "not ranked"))
            }
            guard report.hasValidMonth else {
                loader.report(warnings)
                throw CLIError(
                    .input,
                    "\(ym): no area has enough valid days (\(MonthlyStatistics.requiredDays(in: ym)) needed); "
                        + (report.rows.first?.statistics.invalidReason ?? "")
                ).exit()
            }
            let rows = report.rows.map(MonthRow.init)
            let cityRow = report.city.map(MonthRow.init)
            if json {
                try AirFileLoader.printJSON(
                    MonthlyOutput(
                        month: ym.description, ranked_by: measure.rawValue,
                        required_days: MonthlyStatistics.requiredDays(in: ym), areas: rows, city: cityRow,
                        warnings: warnings))
            } else {
                // Rank: "=" marks a tie (并列), "!" a warned last place.
                let head = ["rank", "area", "SO2", "NO2", "PM10", "PM2.5", "CO", "O3", "Isum", "good", "ratio%", "change", "yoy%"]
                print(head.joined(separator: "\t"))
                for r in rows + (cityRow.map { [$0] } ?? []) {
                    let cells: [String] = [
                        r.rank.map { "\($0)\(r.tied ? "=" : "")\(r.warned ? "!" : "")" } ?? (r.valid ? "-" : "invalid"), r.area,
                        r.so2.text, r.no2.text, r.pm10.text, r.pm25.text, r.co.text, r.o3.text, r.isum.text,
                        "\(r.good_days)/\(r.valid_days)", r.good_ratio.text,
                        r.rank_change.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "-", r.isum_yoy.text,
                    ]
                    print(cells.joined(separator: "\t"))
                }
            }
            loader.report(warnings)
        }
    }
}

// MARK: - Reading files

/// Reads monitoring files and folders for the air-quality subcommands.
struct AirFileLoader {
    let input: AirQualityCommand.InputOptions
    let map: AreaMap?
    let mapDiagnostics: [Diagnostic]

    init(input: AirQualityCommand.InputOptions) throws {
        self.input = input
        guard let path = input.areaMap else {
            self.map = nil
            self.mapDiagnostics = []
            return
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(.noInput, "\(path): no such file or directory").exit()
        }
        let sheet: Sheet
        do { sheet = try AirFileLoader.sheet(URL(fileURLWithPath: path), displayName: path) } catch {
            throw CLIError(.input, error.description).exit()
        }
        let read = AreaMap.read(sheet, file: path)
        guard !read.map.entries.isEmpty else {
            for d in read.diagnostics { printError(d.rendered) }
            throw CLIError(.input, "\(path): the area map names no station").exit()
        }
        self.map = read.map
        self.mapDiagnostics = read.diagnostics
    }

    /// A CSV or .xlsx table.
    static func sheet(_ url: URL, displayName: String) throws(SheetError) -> Sheet {
        if url.pathExtension.lowercased() == "xlsx" { return try XLSXReader.read(contentsOf: url, displayName: displayName) }
        return try CSVReader.read(contentsOf: url, displayName: displayName)
    }

    /// Reads every file (folders: their regular files, sorted, not recursive). Unusable files
    /// are reported and skipped; when none is usable, exits 65.
    func load(_ paths: [String], options: AirImport.Options) throws -> (dataset: AirDataset, diagnostics: [Diagnostic]) {
        let entries: [InputFiles.Entry]
        do throws(CLIError) { entries = try InputFiles.expand(paths) } catch { throw error.exit() }
        var dataset = AirDataset()
        var diagnostics: [Diagnostic] = []
        var usable = 0
        for entry in entries {
            switch attempt(entry, options: options) {
            case .success(let part):
                usable += 1
                dataset.append(AirDataset(hours: part.hours, days: part.days))
                diagnostics += part.diagnostics
            case .failure(let e):
                diagnostics.append(e.diagnostic)
            }
        }
        guard usable > 0 else {
            for d in diagnostics { printError(d.rendered) }
            let what =
                entries.isEmpty
                ? "no files in \(paths.joined(separator: ", "))" : "no usable air-quality file among the \(entries.count) given"
            throw CLIError(.input, what).exit()
        }
        return (dataset, diagnostics)
    }

    func attempt(_ entry: InputFiles.Entry, options: AirImport.Options) -> Result<AirDataset, AirQualityError> {
        do throws(AirQualityError) {
            return .success(try read(entry, options: options))
        } catch {
            return .failure(error)
        }
    }

    func read(_ entry: InputFiles.Entry, options: AirImport.Options) throws(AirQualityError) -> AirDataset {
        let file = entry.displayName
        let data: Data
        do { data = try Data(contentsOf: entry.url) } catch {
            throw AirQualityError(file: file, message: "cannot read the file: \(error.localizedDescription)")
        }
        if data.isEmpty { throw AirQualityError(file: file, message: "empty file") }
        if entry.url.pathExtension.lowercased() != "xlsx" && AirImport.looksLikeJSON(data) {
            return try AirImport.json(data, file: file, options: options)
        }
        let sheet: Sheet
        do { sheet = try AirFileLoader.sheet(entry.url, displayName: file) } catch {
            throw AirQualityError(file: error.file, line: error.line, message: error.message)
        }
        let stem = entry.url.deletingPathExtension().lastPathComponent
        return try AirImport.table(sheet, file: file, station: stem, options: options)
    }

    /// Prints diagnostics on stderr: all with --verbose, else errors and the first few per file.
    func report(_ diagnostics: [Diagnostic]) {
        var perFile: [String: Int] = [:]
        var hidden = 0
        for d in diagnostics {
            let n = (perFile[d.file] ?? 0) + 1
            perFile[d.file] = n
            if input.verbose || n <= 5 || d.severity == .error {
                printError(d.rendered)
            } else {
                hidden += 1
            }
        }
        if hidden > 0 { printError("(\(hidden) more diagnostics; --verbose or --json shows them)") }
    }

    /// A CSV cell, quoted when it holds a comma, quote or line break.
    static func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

// MARK: - JSON rows

private struct HourlyOutput: Encodable {
    var hours: [HourRow]
    var summary: HourSummary
    var warnings: [Diagnostic]
}

private struct HourRow: Encodable {
    var station: String
    var name: String?
    var area: String?
    var time: String
    var aqi: Int?
    var primary_pollutant: String?
    var primary_pollutants: [String]
    var category: String?
    var level: Int?
    var iaqi: [String: Int]
    var official_aqi: Int?
    var official_primary_pollutant: String?

    init(hour h: StationHour, area: String?, result r: AQIResult?) {
        station = h.station
        name = h.stationName
        self.area = area
        time = h.time.description
        aqi = r?.aqi
        primary_pollutant = r?.primaryName
        primary_pollutants = r?.primary.map(\.rawValue) ?? []
        category = r?.category.name
        level = r?.category.rawValue
        iaqi = Dictionary(uniqueKeysWithValues: (r?.iaqi ?? [:]).map { ($0.key.rawValue, $0.value) })
        official_aqi = h.officialAQI
        official_primary_pollutant = h.officialPrimary
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(station, forKey: .station)
        try c.encode(name, forKey: .name)
        try c.encode(area, forKey: .area)
        try c.encode(time, forKey: .time)
        try c.encode(aqi, forKey: .aqi)
        try c.encode(primary_pollutant, forKey: .primary_pollutant)
        try c.encode(primary_pollutants, forKey: .primary_pollutants)
        try c.encode(category, forKey: .category)
        try c.encode(level, forKey: .level)
        try c.encode(iaqi, forKey: .iaqi)
        try c.encode(official_aqi, forKey: .official_aqi)
        try c.encode(official_primary_pollutant, forKey: .official_primary_pollutant)
    }

    enum CodingKeys: String, CodingKey {
        case station, name, area, time, aqi, primary_pollutant, primary_pollutants, category, level, iaqi
        case official_aqi, official_primary_pollutant
    }
}

private struct HourSummary: Encodable {
    var records = 0
    var with_aqi = 0
    var official = 0
    var aqi_matches = 0
    var primary_compared = 0
    var primary_matches = 0

    mutating func add(_ h: StationHour, _ r: AQIResult?) {
        records += 1
        if r != nil { with_aqi += 1 }
        guard let o = h.officialAQI else { return }
        official += 1
        if r?.aqi == o { aqi_matches += 1 }
        if o > 50 {
            primary_compared += 1
            if r?.primaryName == h.officialPrimary { primary_matches += 1 }
        }
    }
}

private struct DailyOutput: Encodable {
    var level: String
    var days: [DayRow]
    var warnings: [Diagnostic]
}

private struct DayRow: Encodable {
    var area: String
    var date: String
    var so2, no2, pm10, pm25, co, o3_8h: FixedDecimal?
    var complete: Bool
    var aqi: Int?
    var primary_pollutant: String?
    var category: String?

    init(_ d: AreaDay) {
        area = d.area
        date = d.date.iso
        let v = d.values.reduce(into: [Pollutant: FixedDecimal]()) { $0[$1.key] = $1.value.rounded(decimals: $1.key.decimals) }
        so2 = v[.so2]
        no2 = v[.no2]
        pm10 = v[.pm10]
        pm25 = v[.pm25]
        co = v[.co]
        o3_8h = v[.o3]
        complete = d.isComplete
        let r = AQI.daily(d)
        aqi = r?.aqi
        primary_pollutant = r?.primaryName
        category = r?.category.name
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(area, forKey: .area)
        try c.encode(date, forKey: .date)
        try c.encode(so2, forKey: .so2)
        try c.encode(no2, forKey: .no2)
        try c.encode(pm10, forKey: .pm10)
        try c.encode(pm25, forKey: .pm25)
        try c.encode(co, forKey: .co)
        try c.encode(o3_8h, forKey: .o3_8h)
        try c.encode(complete, forKey: .complete)
        try c.encode(aqi, forKey: .aqi)
        try c.encode(primary_pollutant, forKey: .primary_pollutant)
        try c.encode(category, forKey: .category)
    }

    enum CodingKeys: String, CodingKey {
        case area, date, so2, no2, pm10, pm25, co, o3_8h, complete, aqi, primary_pollutant, category
    }
}

private struct MonthlyOutput: Encodable {
    var month: String
    var ranked_by: String
    var required_days: Int
    var areas: [MonthRow]
    var city: MonthRow?

    var warnings: [Diagnostic]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(month, forKey: .month)
        try c.encode(ranked_by, forKey: .ranked_by)
        try c.encode(required_days, forKey: .required_days)
        try c.encode(areas, forKey: .areas)
        try c.encode(city, forKey: .city)
        try c.encode(warnings, forKey: .warnings)
    }

    enum CodingKeys: String, CodingKey { case month, ranked_by, required_days, areas, city, warnings }
}

private struct MonthRow: Encodable {
    var area: String
    var valid: Bool
    var reason: String?
    var so2, no2, pm10, pm25, co, o3: FixedDecimal?
    var days: [String: Int]
    var isum: FixedDecimal?
    var primary_pollutant: [String]
    var good_days: Int
    var valid_days: Int
    var good_ratio: FixedDecimal?
    var heavy_days: Int
    var rank: Int?
    var tied: Bool
    var previous_rank: Int?
    var rank_change: Int?
    var warned: Bool
    var isum_yoy: FixedDecimal?
    var pm25_yoy: FixedDecimal?

    init(_ row: MonthlyReport.Row) {
        let m = row.statistics
        let r = row.place
        area = m.area
        valid = m.isValid
        reason = m.invalidReason
        so2 = m[.so2]
        no2 = m[.no2]
        pm10 = m[.pm10]
        pm25 = m[.pm25]
        co = m[.co]
        o3 = m[.o3]
        days = Dictionary(uniqueKeysWithValues: m.dayCounts.map { ($0.key.rawValue, $0.value) })
        isum = m.isum
        primary_pollutant = m.primaryPollutants.map(\.rawValue)
        good_days = m.goodDays
        valid_days = m.validDays
        good_ratio = m.goodRatio
        heavy_days = m.heavyDays
        rank = r?.rank
        tied = r?.tied ?? false
        previous_rank = r?.previousRank
        rank_change = r?.rankChange
        warned = r?.warned ?? false
        isum_yoy = row.isumChange
        pm25_yoy = row.pm25Change
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(area, forKey: .area)
        try c.encode(valid, forKey: .valid)
        try c.encode(reason, forKey: .reason)
        try c.encode(so2, forKey: .so2)
        try c.encode(no2, forKey: .no2)
        try c.encode(pm10, forKey: .pm10)
        try c.encode(pm25, forKey: .pm25)
        try c.encode(co, forKey: .co)
        try c.encode(o3, forKey: .o3)
        try c.encode(days, forKey: .days)
        try c.encode(isum, forKey: .isum)
        try c.encode(primary_pollutant, forKey: .primary_pollutant)
        try c.encode(good_days, forKey: .good_days)
        try c.encode(valid_days, forKey: .valid_days)
        try c.encode(good_ratio, forKey: .good_ratio)
        try c.encode(heavy_days, forKey: .heavy_days)
        try c.encode(rank, forKey: .rank)
        try c.encode(tied, forKey: .tied)
        try c.encode(previous_rank, forKey: .previous_rank)
        try c.encode(rank_change, forKey: .rank_change)
        try c.encode(warned, forKey: .warned)
        try c.encode(isum_yoy, forKey: .isum_yoy)
        try c.encode(pm25_yoy, forKey: .pm25_yoy)
    }

    enum CodingKeys: String, CodingKey {
        case area, valid, reason, so2, no2, pm10, pm25, co, o3, days, isum, primary_pollutant, good_days, valid_days
        case good_ratio, heavy_days, rank, tied, previous_rank, rank_change, warned, isum_yoy, pm25_yoy
    }
}

extension Optional where Wrapped == FixedDecimal {
    /// For the text table: the digits, or "-".
    fileprivate var text: String { self?.description ?? "-" }
}
