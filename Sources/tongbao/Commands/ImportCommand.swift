import AirQuality
import ArgumentParser
import BriefingReader
import FileAccess
import Foundation
import ReportModel
import ReportStore
import TableFiles

/// `tongbao import FILE|DIR ... [--ledger FILE.csv|.xlsx ...] [--air FILE|DIR ...]`: fills the report store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store briefings and inspection ledgers (督查问题台账) in the report store.",
        discussion: """
            Briefings: each file is read and its items stored with their provenance (file, lines, \
            encoding, content hash). A directory gives its regular, non-hidden files, sorted (not \
            recursive), as for parse and weekly. Importing the same bytes again changes nothing; a \
            changed file replaces its items. All the good files land in one transaction; a file that \
            cannot be read is named on stderr and skipped. A file whose name starts with '-' is given \
            after '--' (or as ./-name).

            Ledgers (--ledger, .csv or .xlsx): columns by header (编号, 区域, 类别, 问题描述, 发现日期, \
            整改期限, 整改状态, 销号日期, 通报次数, or id, area, category, description, found_on, \
            deadline, status, closed_on, times_notified). A ledger with a bad row is refused whole.

            Air quality (--air, with --area-map and --co-unit as for `airquality monthly`): hourly \
            station tables, CNEMC hours or daily area tables are turned into the areas' daily values, \
            which replace any stored value for the same area and date; `monthly` ranks from them. The \
            files are read before the store is opened: unusable ones store nothing and create no store.

            Exit status: 0 when everything was stored, 65 when a file was refused (the others are \
            stored), 66 when an input does not exist, 73 when the store cannot be written.
            """)

    @Argument(help: ArgumentHelp("Briefing files, or directories of them.", valueName: "file-or-dir"))
    var inputs: [String] = []

    @Option(
        name: .customLong("ledger"),
        help: ArgumentHelp("An inspection ledger, .csv or .xlsx (repeatable).", valueName: "file"))
    var ledgers: [String] = []

    @Option(
        name: .customLong("air"), parsing: .upToNextOption,
        help: ArgumentHelp("Monitoring files or folders: their daily area values are stored (for `monthly`).", valueName: "file|dir"))
    var air: [String] = []

    @OptionGroup var airOptions: AirOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if inputs.isEmpty && ledgers.isEmpty && air.isEmpty {
            throw ValidationError("give briefing files or directories, --ledger FILE or --air FILE|DIR")
        }
        if air.isEmpty && airOptions.isGiven { throw ValidationError("--area-map and --co-unit go with --air") }
    }

    func run() throws { try CLIError.exiting(execute) }

    private func execute() throws(CLIError) {
        let entries: [InputFile]
        do throws(InputError) {
            entries = try InputFiles.expand(inputs)
            _ = try InputFiles.expand(ledgers)  // (66 for a missing ledger before anything is stored)
        } catch { throw CLIError(error) }
        // Monitoring files are read before the store is opened: unusable ones leave no store behind.
        let airDays = air.isEmpty ? nil : try airOptions.load(air).daily()
        let db = try store.opened()
        var refused = 0
        if !inputs.isEmpty {
            let read = BriefingFiles.read(entries, verbose: airOptions.verbose)
            refused += read.refused
            let summary: ImportSummary
            do { summary = try db.importBriefings(read.files) } catch {
                throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (nothing was imported)")
            }
            let total = read.files.count + read.refused
            print(
                "\(total) file\(total == 1 ? "" : "s"): \(summary.count(.new)) new, "
                    + "\(summary.count(.unchanged)) unchanged, \(summary.count(.replaced)) replaced, \(read.refused) refused; "
                    + "\(summary.itemsStored) item\(summary.itemsStored == 1 ? "" : "s") stored in \(db.path)")
        }
        for ledger in ledgers where try !Self.importLedger(BriefingFiles.normalised(ledger), into: db) {
            refused += 1
        }
        if let airDays {
            airOptions.report(airDays.diagnostics)
            try storeAir(airDays.values, into: db)
        }
        if refused > 0 { throw CLIError(.input, "\(refused) file\(refused == 1 ? " was" : "s were") refused (see above)") }
    }

    /// Stores the areas' daily values (HJ 663 daily means of the areas' urban sites); the same
    /// (area, date) is replaced.
    func storeAir(_ daily: DailyValues, into db: ReportStore) throws(CLIError) {
        let source = air.map(BriefingFiles.normalised).joined(separator: ", ")
        guard let first = daily.areas.map(\.date).min(), let last = daily.areas.map(\.date).max() else {
            throw CLIError(.input, "no daily area values in \(source)")
        }
        let stored: Int
        do { stored = try db.saveAreaDays(daily.areas, source: source) } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (air days not imported)")
        }
        print("air \(source): \(stored) area days of \(daily.areaNames.count) areas, \(first)…\(last), in \(db.path)")
    }

    /// Reads, checks and stores one ledger (all or nothing); false when it was refused.
    static func importLedger(_ file: String, into db: ReportStore) throws(CLIError) -> Bool {
        let data: Data
        let sheet: Sheet
        do {
            data = try InputFiles.read(InputFile(path: file), limit: 64 << 20)
            sheet = try TableReader.parse(data, file: file)
        } catch let e as SheetError {
            printError("\(e.file)\(e.line.map { ":\($0)" } ?? ""): error: \(e.message) (ledger refused)")
            return false
        } catch {
            printError("\(file): error: \((error as? InputError)?.reason ?? "\(error)") (ledger refused)")
            return false
        }
        let parsed = LedgerReader.read(sheet, file: file)
        for d in parsed.diagnostics { printError(d.rendered) }
        if parsed.hasErrors {
            let bad = Set(parsed.diagnostics.filter { $0.severity == .error }.compactMap(\.line)).count
            printError("\(file): error: ledger refused, nothing imported from it (\(bad) bad row\(bad == 1 ? "" : "s"))")
            return false
        }
        let outcome: FileOutcome
        do {
            outcome = try db.importLedger(file: file, contentHash: SHA256.hex(data), entries: parsed.entries)
        } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (ledger not imported)")
        }
        let n = parsed.entries.count
        print("ledger \(file): \(outcome.rawValue), \(n) problem\(n == 1 ? "" : "s") in \(db.path)")
        return true
    }
}
