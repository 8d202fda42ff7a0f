import ArgumentParser
import Assembly
import FileAccess
import Foundation
import ReportStore
import Review

/// `tongbao import FILE|DIR ... [--ledger FILE ...] [--air FILE|DIR ...] [--review FILE ...]`: fills the report store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Help["import.abstract"],
        discussion: Help["import.discussion"])

    @Argument(help: .of("import.inputs", valueName: "file-or-dir"))
    var inputs: [String] = []
    @Option(name: .customLong("ledger"), help: .of("import.ledger", valueName: "file"))
    var ledgers: [String] = []
    @Option(parsing: .upToNextOption, help: .of("import.air", valueName: "file|dir"))
    var air: [String] = []
    @OptionGroup var airOptions: AirOptions
    @Option(name: .customLong("review"), help: .of("import.review", valueName: "file"))
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
        let ledgerFiles = try ledgers.map { file throws(CLIError) in
            let (ledger, lines) = StoreImport.checkLedger(BriefingFiles.normalised(file))
            lines.forEach(printError)
            guard let ledger else { throw CLIError(.input, "a ledger was refused; nothing of this import was stored") }
            return ledger
        }
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
            try stored("nothing was imported") { () throws(StoreError) in try StoreImport.briefings(read, into: db) }
            // An item the reader could not date is in no notice: each is named (issue 12), not an error.
            let files = Set(read.files.map(\.file))
            let undated: [StoredBriefing]
            do { undated = try Review.undated(store: db) } catch { throw store.failed(error) }
            for item in undated where files.contains(item.briefing.source.file) { printError(Review.undatedWarning(item)) }
        }
        for ledger in ledgerFiles {
            try stored("ledger not imported") { () throws(StoreError) in try StoreImport.ledger(ledger, into: db) }
        }
        if let airDays {
            airOptions.report(airDays.diagnostics)
            let source = air.map(BriefingFiles.normalised).joined(separator: ", ")
            try stored("air days not imported") { () throws(StoreError) in
                try StoreImport.air(airDays.values, source: source, into: db)
            }
        }
        for review in reviews { try ReviewImport.run(review, into: db) }
        if refused > 0 { throw CLIError(.input, "\(refused) file\(refused == 1 ? " was" : "s were") refused (see above)") }
    }

    /// Prints what a store step reports; a store failure is 73 naming the store.
    private func stored(_ consequence: String, _ step: () throws(StoreError) -> String) throws(CLIError) {
        do { print(try step()) } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message) (\(consequence))")
        }
    }
}
