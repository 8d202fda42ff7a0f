import AirQuality
import ArgumentParser
import Documents
import Foundation
import LayoutSpec
import ReportModel
import ReportStore
import TableFiles
import Typesetting

/// `tongbao monthly --month 2016-12|last --output DIR|FILE [--air FILE|DIR ...]` — 月排名.
struct MonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly",
        abstract: "Typeset the monthly district ranking (月排名) of air quality as PDF.",
        discussion: """
            The month's statistics per area (HJ 663: means, CO P95, O3 P90, composite index, good-day \
            ratio) are computed from monitoring files given with --air (hourly station tables, CNEMC \
            hours, daily area tables), or else from the area days in the report store (`tongbao \
            import --air`). The month before gives the rank change and the same month a year earlier \
            the year-on-year change, when the data cover them. Areas without enough valid days are \
            listed as invalid, not ranked. Prints the path of every file it wrote.
            """)

    @Option(help: ArgumentHelp("The month: 2016-12, 'last' or 'this'.", valueName: "month"))
    var month: String

    @Option(help: "Time zone for 'last'/'this'.")
    var tz = "Asia/Shanghai"

    @Option(help: "Layout file.")
    var layout = "layouts/monthly-ranking.toml"

    @Option(help: "Fonts directory.")
    var fonts = "fonts"

    @Option(help: ArgumentHelp("Output directory (ending in /) or .pdf file.", valueName: "dir|file"))
    var output: String

    @Option(
        name: .customLong("air"), parsing: .upToNextOption,
        help: ArgumentHelp("Compute from these monitoring files instead of the store.", valueName: "file|dir"))
    var air: [String] = []

    @OptionGroup var airInput: AirQualityCommand.InputOptions

    @OptionGroup var store: StoreOptions

    @OptionGroup var extras: DocumentExtras

    @Option(help: ArgumentHelp("Name of the data source for the source note (数据来源).", valueName: "text"))
    var source: String?

    @Option(help: ArgumentHelp("期号 (default: the month's number).", valueName: "n"))
    var issue: Int?

    @Option(help: ArgumentHelp("印发日期 (default: the first day of the next month).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Also write the ranking table as CSV (UTF-8).", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("Also write the ranking table as an .xlsx workbook.", valueName: "file"))
    var xlsx: String?

    @Option(
        name: .customLong("days-csv"),
        help: ArgumentHelp(
            "Also write the month's daily area values the ranking was computed from (area,date,pollutant,value).",
            valueName: "file"))
    var daysCSV: String?

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Write the PDF even when the self-check finds problems.")
    var force = false

    @Option(help: ArgumentHelp("Also write page images (PNG) into this directory.", valueName: "dir"))
    var png: String?

    func run() throws {
        do {
            let ym = try PeriodSpec.month(month, timeZone: tz)
            let spec = try LayoutFile.load(layout)
            let settings: MonthlyRankingSettings
            do { settings = try MonthlyRankingSettings(layout: spec) } catch {
                throw CLIError(.input, "\(layout): \(error.description)")
            }
            var issueDate: CivilDate? = nil
            if let date {
                guard let d = CivilDate(iso: date) else {
                    throw CLIError(.usage, "--date \(date): not a date; use YYYY-MM-DD")
                }
                issueDate = d
            }
            let target = try AtomicOutput.resolve(
                output: output, defaultName: Self.defaultName(ym, layout: spec.name), extension: "pdf")
            let csvTarget = try csv.map { path throws(CLIError) in
                try AtomicOutput.resolve(
                    output: path, defaultName: Self.defaultName(ym, layout: spec.name), extension: "csv")
            }
            let xlsxTarget = try xlsx.map { path throws(CLIError) in
                try AtomicOutput.resolve(
                    output: path, defaultName: Self.defaultName(ym, layout: spec.name), extension: "xlsx")
            }
            let daysTarget = try daysCSV.map { path throws(CLIError) in
                try AtomicOutput.resolve(output: path, defaultName: "days-\(ym)", extension: "csv")
            }

            let (daily, origin) = try loadDays(ym)
            let input = try report(
                ym, daily: daily, origin: origin, issueDate: issueDate, spec: spec, settings: settings)

            let content: ContentDocument
            do { content = try MonthlyRanking.build(input, settings: settings, texts: spec.texts) } catch {
                throw CLIError(.input, "\(layout): \(error.description)")
            }
            var written = [
                try DocumentOutput.write(
                    content, layout: spec, fonts: fonts, to: target, png: png, force: force, quiet: quiet,
                    layoutFile: layout, extras: extras)
            ]
            if csvTarget != nil || xlsxTarget != nil {
                let data: RankingData
                do { data = try RankingData.build(input, settings: settings, texts: spec.texts) } catch {
                    throw CLIError(.input, "\(layout): \(error.description)")
                }
                if let csvTarget {
                    let bytes = CSVWriter.data(header: data.header, rows: data.rows.map { $0.map(\.text) })
                    try AtomicOutput.write(to: csvTarget) { temp in try bytes.write(to: temp) }
                    written.append(csvTarget)
                }
                if let xlsxTarget {
                    let bytes: Data
                    do {
                        bytes = try XLSXWriter.workbook(
                            header: data.header, rows: data.rows.map { $0.map(Self.xlsxCell) },
                            sheetName: ym.description,
                            modified: Self.fixedDate(input.issueDate))
                    } catch { throw CLIError(.output, "\(xlsxTarget.path): cannot build the workbook: \(error)") }
                    try AtomicOutput.write(to: xlsxTarget) { temp in try bytes.write(to: temp) }
                    written.append(xlsxTarget)
                }
            }
            if let daysTarget {
                let bytes = Self.daysTable(daily.areas, month: ym)
                try AtomicOutput.write(to: daysTarget) { temp in try bytes.write(to: temp) }
                written.append(daysTarget)
            }
            for url in written { print(url.path) }
        } catch let error as CLIError {
            throw error.exit()
        }
    }

    /// `monthly-2016-12`, or `monthly-2016-12-meeting` for `monthly-ranking-meeting.toml`.
    static func defaultName(_ month: YearMonth, layout name: String) -> String {
        let base = "monthly-\(month)"
        if name == "monthly-ranking" || name.isEmpty { return base }
        let prefix = "monthly-ranking-"
        return base + "-" + (name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name)
    }

    /// Where the days came from, for messages.
    enum Origin {
        case files([String])
        case store(String)

        var description: String {
            switch self {
            case .files(let paths): paths.joined(separator: ", ")
            case .store(let path): path
            }
        }
    }

    /// The area and city daily values from the month a year earlier to the month itself.
    func loadDays(_ ym: YearMonth) throws -> (DailyValues, Origin) {
        let range = ym.sameMonthLastYear.first...ym.last
        if !air.isEmpty {
            let loader = try AirFileLoader(input: airInput)
            let known = loader.map.map { Set($0.entries.map(\.station) + $0.entries.map(\.area)) }
            let loaded = try loader.load(
                air, options: AirImport.Options(coUnit: airInput.parsedCOUnit(), dates: range, knownAreas: known))
            let daily = DailyValues(
                dataset: loaded.dataset, map: loader.map, cityName: "city", mapFile: airInput.areaMap ?? "area map")
            if !quiet { loader.report(loaded.diagnostics + loader.mapDiagnostics + daily.diagnostics) }
            return (daily, .files(air))
        }
        if airInput.areaMap != nil {
            throw CLIError(.usage, "--area-map applies to --air files; the store holds area values already")
        }
        let db = try store.open(mustExist: true)
        let days: [AreaDay]
        do { days = try db.areaDays(in: range) } catch {
            throw CLIError(.output, "\(store.path): \(error.kind.rawValue): \(error.message)")
        }
        // Stored days are area values: each area is its own site, the city their daily mean.
        return (DailyValues(dataset: AirDataset(days: days), cityName: "city"), .store(store.path))
    }

    /// The month's report (statistics, places, rank change, 同比), ranked as the layout says.
    func report(
        _ ym: YearMonth, daily: DailyValues, origin: Origin, issueDate: CivilDate?, spec: Layout,
        settings: MonthlyRankingSettings
    ) throws(CLIError) -> MonthlyRankingInput {
        let report = MonthlyReport(
            daily: daily, month: ym, by: settings.measure, thenBy: settings.thenBy, warnLast: settings.warnLast)
        let areas = report.rows.map(\.statistics)
        guard !areas.isEmpty else {
            let hint = if case .store = origin { " (import them with `tongbao import --air`)" } else { "" }
            throw CLIError(.input, "no daily values for \(ym) in \(origin.description)\(hint)")
        }
        guard areas.contains(where: \.isValid) else {
            throw CLIError(
                .input,
                "\(ym): no area has enough valid days (\(MonthlyStatistics.requiredDays(in: ym)) needed); "
                    + (areas.first.map { "\($0.area): \($0.invalidReason ?? "")" } ?? ""))
        }
        if !quiet {
            for m in areas where !m.isValid {
                printError("tongbao: warning: \(m.area): \(ym) not ranked: \(m.invalidReason ?? "too few valid days")")
            }
        }
        return MonthlyRankingInput(
            report: report, issueNumber: issue, issueDate: issueDate,
            dataSource: source ?? spec.texts["source_default"] ?? "")
    }

    /// The month's area daily values as a long table `area,date,pollutant,value` (μg/m³, CO
    /// mg/m³, O3 the daily max 8-hour mean), areas in the order given, then by date; missing
    /// values are left out. `tongbao monthly --air` reads it back as a daily table.
    static func daysTable(_ days: [AreaDay], month: YearMonth) -> Data {
        var order: [String] = []
        var byArea: [String: [AreaDay]] = [:]
        for d in days where YearMonth(containing: d.date) == month {
            if byArea[d.area] == nil { order.append(d.area) }
            byArea[d.area, default: []].append(d)
        }
        var rows: [[String]] = []
        for area in order {
            for d in (byArea[area] ?? []).sorted(by: { $0.date < $1.date }) {
                for p in Pollutant.allCases {
                    guard let v = d[p].flatMap({ FixedDecimal($0) })?.rounded(decimals: p.decimals) else { continue }
                    rows.append([area, d.date.iso, p == .o3 ? "O3_8h" : p.symbol, v.description])
                }
            }
        }
        var text = ""
        for row in [["area", "date", "pollutant", "value"]] + rows {
            text += row.map(CSVWriter.cell).joined(separator: ",") + "\n"
        }
        return Data(text.utf8)
    }

    static func xlsxCell(_ cell: RankingData.Cell) -> XLSXWriter.Cell {
        switch cell {
        case .text(let s): .text(s)
        case .number(let s): .number(s)
        case .empty: .empty
        }
    }

    /// Noon UTC of the issue date, stamped on the workbook's zip entries (never the clock).
    static func fixedDate(_ d: CivilDate) -> Date {
        Date(timeIntervalSince1970: Double(d.daysSinceEpoch) * 86_400 + 43_200)
    }
}
