import AirQuality
import ArgumentParser
import BriefingReader
import Foundation
import ReportModel
import ReportStore
import Review
import TableFiles

/// `tongbao import FILE|DIR ... [--ledger FILE.csv|.xlsx ...]`: fills the report store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store briefings and inspection ledgers (督查问题台账) in the report store.",
        discussion: """
            Briefings: each file is read and its items stored with their provenance (file, lines, \
            encoding, content hash). A directory gives its regular, non-hidden files, sorted (not \
            recursive), as for parse and weekly. Importing the same bytes again changes nothing; a \
            changed file replaces its items. All the good files land in one transaction; a file that \
            cannot be read is named on stderr and skipped.

            Ledgers (--ledger, .csv or .xlsx): columns by header (编号, 区域, 类别, 问题描述, 发现日期, \
            整改期限, 整改状态, 销号日期, 通报次数, or id, area, category, description, found_on, \
            deadline, status, closed_on, times_notified). A ledger with a bad row is refused whole, and \
            ledgers are checked before anything is stored: a refused ledger stores nothing of the import.

            Air quality (--air, with --area-map and --co-unit as for `airquality monthly`): hourly \
            station tables, CNEMC hours or daily area tables are turned into the areas' daily values, \
            which replace any stored value for the same area and date; `monthly` ranks from them.

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

    @Option(name: .customLong("area-map"), help: "With --air: CSV station,area[,type] (type urban or background).")
    var areaMap: String?

    @Option(name: .customLong("co-unit"), help: "With --air: CO unit of tables, mg or ug (default: header, else guessed).")
    var coUnit: String?

    @Option(
        name: .customLong("review"),
        help: ArgumentHelp("A review sheet (`tongbao review`) edited by the clerk: its corrections are stored.", valueName: "file"))
    var reviews: [String] = []

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Also print the reader's warnings.")
    var verbose = false

    func validate() throws {
        if inputs.isEmpty && ledgers.isEmpty && air.isEmpty && reviews.isEmpty {
            throw ValidationError("give briefing files or directories, --ledger FILE, --air FILE|DIR or --review FILE.xlsx")
        }
        if air.isEmpty && (areaMap != nil || coUnit != nil) {
            throw ValidationError("--area-map and --co-unit go with --air")
        }
    }

    func run() throws {
        let entries: [InputFiles.Entry]
        do throws(CLIError) {
            entries = try InputFiles.expand(inputs)
            for l in ledgers where !FileManager.default.fileExists(atPath: l) {
                throw CLIError(.noInput, "\(l): no such file or directory")
            }
        } catch {
            throw error.exit()
        }
        // Ledgers are read and checked before anything is written: a refused ledger stops the
        // whole import (nothing of it lands), so a fixed ledger can simply be imported again.
        var ledgerFiles: [LedgerFile] = []
        for ledger in ledgers {
            guard let checked = Self.checkLedger(Self.normalised(ledger)) else {
                printError("tongbao: error: a ledger was refused; nothing of this import was stored")
                throw ExitCode.inputError
            }
            ledgerFiles.append(checked)
        }
        let db = try store.open()
        var refused = 0

        if !inputs.isEmpty {
            let (files, unread) = Self.readBriefingFiles(entries, verbose: verbose)
            refused += unread
            let summary: ImportSummary
            do { summary = try db.importBriefings(files) } catch {
                throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (nothing was imported)")
                    .exit()
            }
            let total = files.count + unread
            print(
                "\(total) file\(total == 1 ? "" : "s"): \(summary.count(.new)) new, "
                    + "\(summary.count(.unchanged)) unchanged, \(summary.count(.replaced)) replaced, \(unread) refused; "
                    + "\(summary.itemsStored) item\(summary.itemsStored == 1 ? "" : "s") stored in \(db.path)")
        }

        for ledger in ledgerFiles { try Self.storeLedger(ledger, into: db) }

        if !air.isEmpty { try importAir(into: db) }

        for review in reviews { try ReviewImport.run(review, into: db) }

        if refused > 0 { throw ExitCode.inputError }
    }

    /// Reads monitoring files with the `airquality` loader and stores the areas' daily values
    /// (HJ 663 daily means of the areas' urban sites); the same (area, date) is replaced.
    func importAir(into db: ReportStore) throws {
        var args: [String] = []
        if let areaMap { args += ["--area-map", areaMap] }
        if let coUnit { args += ["--co-unit", coUnit] }
        if verbose { args.append("--verbose") }
        let options = try AirQualityCommand.InputOptions.parse(args)
        let loader = try AirFileLoader(input: options)
        let known = loader.map.map { Set($0.entries.map(\.station) + $0.entries.map(\.area)) }
        let loaded = try loader.load(air, options: AirImport.Options(coUnit: options.parsedCOUnit(), knownAreas: known))
        let daily = DailyValues(dataset: loaded.dataset, map: loader.map, mapFile: areaMap ?? "area map")
        loader.report(loaded.diagnostics + loader.mapDiagnostics + daily.diagnostics)
        let source = air.map(Self.normalised).joined(separator: ", ")
        guard let first = daily.areas.map(\.date).min(), let last = daily.areas.map(\.date).max() else {
            throw CLIError(.input, "no daily area values in \(source)").exit()
        }
        let stored: Int
        do { stored = try db.saveAreaDays(daily.areas, source: source) } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (air days not imported)").exit()
        }
        print("air \(source): \(stored) area days of \(daily.areaNames.count) areas, \(first)…\(last), in \(db.path)")
    }

    /// Reads and parses briefing files. The store key (and the reader's file name) is the display
    /// name without `./` or doubled slashes. A file that cannot be read or decoded is named on
    /// stderr and counted as refused; the reader's error diagnostics are printed, its warnings
    /// only when `verbose`.
    static func readBriefingFiles(_ entries: [InputFiles.Entry], verbose: Bool) -> (files: [BriefingFile], refused: Int) {
        var ready: [BriefingFile] = []
        var refused = 0
        let reader = BriefingReader()
        for entry in entries {
            let file = normalised(entry.displayName)
            if let refusal = InputFiles.sizeRefusal(entry.url, name: file) {
                printError("\(refusal) (file skipped)")
                refused += 1
                continue
            }
            let data: Data
            do { data = try Data(contentsOf: entry.url) } catch {
                printError("\(file): error: cannot read the file: \(error.localizedDescription) (file skipped)")
                refused += 1
                continue
            }
            do {
                let parsed = try reader.read(data, file: file)
                for d in parsed.warnings where verbose || d.severity == .error { printError(d.rendered) }
                // A file in which the reader found no briefing is refused, not stored empty.
                if parsed.briefings.isEmpty && parsed.warnings.contains(where: { $0.severity == .error }) {
                    printError("\(file): error: no briefing stored from it (file skipped)")
                    refused += 1
                    continue
                }
                ready.append(BriefingFile(file: file, data: data, briefings: parsed.briefings))
            } catch {
                printError("\(error.description) (file skipped)")
                refused += 1
            }
        }
        return (ready, refused)
    }

    /// Reads and checks one ledger (within the ledger's sheet limits), printing its diagnostics;
    /// nil when it was refused.
    static func checkLedger(_ file: String) -> LedgerFile? {
        let loaded: LedgerFile
        do { loaded = try LedgerReader.load(contentsOf: URL(fileURLWithPath: file), displayName: file) } catch {
            printError("\(error.file)\(error.line.map { ":\($0)" } ?? ""): error: \(error.message) (ledger refused)")
            return nil
        }
        let parsed = loaded.parse
        for d in parsed.diagnostics { printError(d.rendered) }
        if parsed.hasErrors {
            let bad = Set(parsed.diagnostics.filter { $0.severity == .error }.compactMap(\.line)).count
            printError("\(file): error: ledger refused, nothing imported from it (\(bad) bad row\(bad == 1 ? "" : "s"))")
            return nil
        }
        return loaded
    }

    /// Stores one checked ledger (all or nothing).
    static func storeLedger(_ ledger: LedgerFile, into db: ReportStore) throws {
        let outcome: FileOutcome
        do {
            outcome = try db.importLedger(file: ledger.file, contentHash: ledger.contentHash, entries: ledger.parse.entries)
        } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (ledger not imported)").exit()
        }
        let n = ledger.parse.entries.count
        print("ledger \(ledger.file): \(outcome.rawValue), \(n) problem\(n == 1 ? "" : "s") in \(db.path)")
    }

    /// The path as given, without `./` and doubled or trailing slashes: the file's key in the store.
    static func normalised(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let joined = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
