import AirQuality
import ArgumentParser
import Assembly
import Documents
import FileAccess
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

    @Option(help: ArgumentHelp("The month: 2016-12, 'last' or 'this'.", valueName: "month")) var month: String
    @Option(help: "Time zone for 'last'/'this'.") var tz = "Asia/Shanghai"
    @Option(help: "Layout file.") var layout = "layouts/monthly-ranking.toml"
    @Option(help: ArgumentHelp("Output directory (ending in /) or .pdf file.", valueName: "dir|file")) var output: String
    @Option(
        name: .customLong("air"), parsing: .upToNextOption,
        help: ArgumentHelp("Compute from these monitoring files instead of the store.", valueName: "file|dir"))
    var air: [String] = []
    @OptionGroup var airInput: AirOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var document: DocumentOutput
    @Option(help: ArgumentHelp("Name of the data source for the source note (数据来源).", valueName: "text")) var source: String?
    @Option(help: ArgumentHelp("期号, 1…9999 (default: the month's number).", valueName: "n")) var issue: Int?
    @Option(help: ArgumentHelp("印发日期 (default: the first day of the next month).", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: ArgumentHelp("Also write the ranking table as CSV (UTF-8).", valueName: "file")) var csv: String?
    @Option(help: ArgumentHelp("Also write the ranking table as an .xlsx workbook.", valueName: "file")) var xlsx: String?
    @Option(
        name: .customLong("days-csv"),
        help: ArgumentHelp(
            "Also write the month's daily area values the ranking was computed from (area,date,pollutant,value).",
            valueName: "file"))
    var daysCSV: String?

    func run() throws { try CLIError.exiting(execute) }

    private func execute() throws(CLIError) {
        let ym = try PeriodSpec.month(month, timeZone: tz)
        let issueNumber = try issue.map { n throws(CLIError) in try Numbers.checked(n, "--issue", in: 1...9999) }
        let issueDate = try date.map { d throws(CLIError) in try PeriodSpec.date(d, flag: "--date") }
        let spec = try LayoutFile.load(layout)
        let settings: MonthlyRankingSettings
        do { settings = try MonthlyRankingSettings(layout: spec) } catch {
            throw CLIError(.input, "\(layout): \(error.description)")
        }
        let name = MonthMaterial.fileName(ym, layout: spec.name)
        let targets = try outputs(name: name, month: ym)
        let (daily, origin) = try loadDays(ym)
        let material: MonthMaterial
        do throws(MonthlyReport.NotRankable) {
            material = try MonthMaterial.rank(
                daily, month: ym, settings: settings, issueNumber: issueNumber, issueDate: issueDate,
                dataSource: source ?? spec.texts["source_default"] ?? "", source: origin.path, fromStore: origin.isStore)
        } catch { throw CLIError(.input, error.description) }
        if !document.quiet { airInput.report(material.notAssessed) }
        let delivery = Delivery()
        do {
            let (content, data) = try material.publication(
                settings: settings, texts: spec.texts, tables: targets.csv != nil || targets.xlsx != nil)
            try document.render(content, layout: spec, layoutFile: layout, to: targets.pdf, in: delivery)
            if let csv = targets.csv, let data { try delivery.stage(csv, data: data.csv) }
            if let xlsx = targets.xlsx, let data {
                try delivery.stage(xlsx, data: data.workbook(sheetName: ym.description, date: material.input.issueDate))
            }
            if let days = targets.days { try delivery.stage(days, data: DaysTable.csv(daily.areas, month: ym)) }
        } catch let error as CLIError {
            throw error
        } catch let error as OutputError {
            throw CLIError(error)
        } catch {
            throw CLIError(.input, "\(layout): \(error)")
        }
        for url in try delivery.committed() { print(url.path) }
    }

    /// Where each output goes (checked before any work is done).
    private func outputs(name: String, month: YearMonth) throws(CLIError) -> (pdf: URL, csv: URL?, xlsx: URL?, days: URL?) {
        do throws(OutputError) {
            return (
                try OutputTarget.resolve(output, defaultName: name, extension: "pdf"),
                try csv.map { c throws(OutputError) in try OutputTarget.resolve(c, defaultName: name, extension: "csv") },
                try xlsx.map { x throws(OutputError) in try OutputTarget.resolve(x, defaultName: name, extension: "xlsx") },
                try daysCSV.map { d throws(OutputError) in try OutputTarget.resolve(d, defaultName: "days-\(month)", extension: "csv") }
            )
        } catch { throw CLIError(error) }
    }

    /// The area and city daily values from the month a year earlier to the month itself, from
    /// the files or the store, and where they came from.
    private func loadDays(_ ym: YearMonth) throws(CLIError) -> (DailyValues, origin: (path: String, isStore: Bool)) {
        if !air.isEmpty {
            let (daily, diagnostics) = try airInput.load(air, dates: ym.sameMonthLastYear.first...ym.last).daily()
            if !document.quiet { airInput.report(diagnostics) }
            return (daily, (air.joined(separator: ", "), false))
        }
        if airInput.isGiven { throw CLIError(.usage, "--area-map and --co-unit apply to --air files; the store holds area values") }
        let db = try store.opened(mustExist: true)
        do { return (try MonthMaterial.storedDays(db, month: ym), (store.path, true)) } catch {
            throw CLIError(.output, "\(store.path): \(error.kind.rawValue): \(error.message)")
        }
    }
}
