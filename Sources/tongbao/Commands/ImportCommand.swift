import AirQuality
import ArgumentParser
import Assembly
import FileAccess
import Foundation
import ReportModel
import ReportStore
import TableFiles

/// `tongbao import FILE|DIR ... [--ledger FILE ...] [--air FILE|DIR ...] [--review FILE ...]`: fills the report store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store briefings, inspection ledgers (督查问题台账), air-quality days and reviews in the report store.",
        discussion: """
            Briefings are stored with their provenance; the same bytes again change nothing, a changed \
            file replaces its items, a file that cannot be read is named and skipped. A ledger with a \
            bad row, or unusable --air files, refuse the whole import before the store is touched. A \
            file whose name starts with '-' goes after '--'. Exit status: 0 all stored, 65 a file \
            refused, 66 an input missing, 73 the store cannot be written. See README "tongbao import".
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

    @Option(
        name: .customLong("review"),
        help: ArgumentHelp("A review sheet (`tongbao review`) edited by the clerk: its corrections are stored.", valueName: "file"))
    var reviews: [String] = []

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if inputs.isEmpty && ledgers.isEmpty && air.isEmpty && reviews.isEmpty {
            throw ValidationError("give briefing files or directories, --ledger FILE, --air FILE|DIR or --review FILE.xlsx")
        }
        if air.isEmpty && airOptions.isGiven { throw ValidationError("--area-map and --co-unit go with --air") }
    }

    func run() throws { try CLIError.exiting(execute) }

    private func execute() throws(CLIError) {
        let entries: [InputFile]
        do throws(InputError) {
            entries = try InputFiles.expand(inputs)
            _ = try InputFiles.expand(ledgers + reviews)  // (66 for a missing one before anything is stored)
        } catch { throw CLIError(error) }
        // Ledgers and monitoring files are read and checked before the store is opened: a refused
        // one stores nothing of the import (and creates no store), so it can simply be run again.
        let ledgerFiles = try ledgers.map { file throws(CLIError) in try Self.checkLedger(BriefingFiles.normalised(file)) }
        let airDays = air.isEmpty ? nil : try airOptions.load(air).daily()
        if let airDays, airDays.values.areas.isEmpty {
            airOptions.report(airDays.diagnostics)
            throw CLIError(.input, "no daily area values in \(air.joined(separator: ", "))")
        }
        let db = try store.opened()
        var refused = 0
        if !inputs.isEmpty {
            let read = BriefingFiles.read(entries, verbose: airOptions.verbose)
            read.messages.forEach(printError)
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
        for ledger in ledgerFiles { try Self.storeLedger(ledger, into: db) }
        if let airDays {
            airOptions.report(airDays.diagnostics)
            try storeAir(airDays.values, into: db)
        }
        for review in reviews { try ReviewImport.run(review, into: db) }
        if refused > 0 { throw CLIError(.input, "\(refused) file\(refused == 1 ? " was" : "s were") refused (see above)") }
    }

    /// Stores the areas' daily values (HJ 663 daily means of the areas' urban sites); the same
    /// (area, date) is replaced.
    func storeAir(_ daily: DailyValues, into db: ReportStore) throws(CLIError) {
        let source = air.map(BriefingFiles.normalised).joined(separator: ", ")
        let dates = daily.areas.map(\.date)  // (not empty: checked before the store was opened)
        let span = "\(dates.min()?.description ?? "")…\(dates.max()?.description ?? "")"
        let stored: Int
        do { stored = try db.saveAreaDays(daily.areas, source: source) } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (air days not imported)")
        }
        print("air \(source): \(stored) area days of \(daily.areaNames.count) areas, \(span), in \(db.path)")
    }

    /// Reads and checks one ledger (within the ledger's sheet limits), printing its diagnostics.
    static func checkLedger(_ file: String) throws(CLIError) -> LedgerFile {
        let refused = CLIError(.input, "a ledger was refused; nothing of this import was stored")
        let loaded: LedgerFile
        do { loaded = try LedgerReader.load(contentsOf: URL(fileURLWithPath: file), displayName: file) } catch {
            printError("\(error.file)\(error.line.map { ":\($0)" } ?? ""): error: \(error.message) (ledger refused)")
            throw refused
        }
        for d in loaded.parse.diagnostics { printError(d.rendered) }
        if loaded.parse.hasErrors {
            let bad = Set(loaded.parse.diagnostics.filter { $0.severity == .error }.compactMap(\.line)).count
            printError("\(file): error: ledger refused, nothing imported from it (\(bad) bad row\(bad == 1 ? "" : "s"))")
            throw refused
        }
        return loaded
    }

    /// Stores one checked ledger (all or nothing).
    static func storeLedger(_ ledger: LedgerFile, into db: ReportStore) throws(CLIError) {
        let outcome: FileOutcome
        do {
            outcome = try db.importLedger(file: ledger.file, contentHash: ledger.contentHash, entries: ledger.parse.entries)
        } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (ledger not imported)")
        }
        let n = ledger.parse.entries.count
        print("ledger \(ledger.file): \(outcome.rawValue), \(n) problem\(n == 1 ? "" : "s") in \(db.path)")
    }
}
