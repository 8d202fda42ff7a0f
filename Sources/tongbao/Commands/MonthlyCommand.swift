import AirQuality
import ArgumentParser
import Assembly
import Documents
import FileAccess
import Foundation
import ReportModel
import ReportStore

/// `tongbao monthly --month 2016-12|last --output DIR|FILE [--air FILE|DIR ...]` — 月排名.
struct MonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly",
        abstract: Help["monthly.abstract"],
        discussion: Help["monthly.discussion"])

    @Option(help: .of("monthly.month", valueName: "month"))
    var month: String
    @Option(help: .of("period.tz"))
    var tz = "Asia/Shanghai"
    @Option(help: .of("layout"))
    var layout = "layouts/monthly-ranking.toml"
    @Option(help: .of("monthly.output", valueName: "dir|file"))
    var output: String
    @Option(parsing: .upToNextOption, help: .of("monthly.air", valueName: "file|dir"))
    var air: [String] = []
    @OptionGroup var airInput: AirOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var document: DocumentOutput
    @Option(help: .of("monthly.source", valueName: "text"))
    var source: String?
    @Option(help: .of("monthly.issue", valueName: "n"))
    var issue: Int?
    @Option(help: .of("monthly.date", valueName: "YYYY-MM-DD"))
    var date: String?
    @Option(help: .of("monthly.csv", valueName: "file"))
    var csv: String?
    @Option(help: .of("monthly.xlsx", valueName: "file"))
    var xlsx: String?
    @Option(name: .customLong("days-csv"), help: .of("monthly.days-csv", valueName: "file"))
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
            try material.stageTables(data, csv: targets.csv, xlsx: targets.xlsx, days: targets.days, in: delivery)
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
        do { return (try MonthMaterial.storedDays(db, month: ym), (store.path, true)) } catch { throw store.failed(error) }
    }
}
