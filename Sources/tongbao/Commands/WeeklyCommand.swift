import ArgumentParser
import Assembly
import Documents
import FileAccess
import Foundation
import ReportModel
import ReportStore
import Review
import Typesetting

/// `tongbao weekly --week 2017-W46|last|this --output DIR|FILE [--input FILE|DIR ...]` — 周通报.
struct WeeklyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: Help["weekly.abstract"],
        discussion: Help["weekly.discussion"])

    @Option(help: .of("weekly.week", valueName: "week"))
    var week: String
    @Option(help: .of("period.tz"))
    var tz = "Asia/Shanghai"
    @Option(help: .of("layout"))
    var layout = "layouts/weekly-notice.toml"
    @Option(help: .of("weekly.output", valueName: "dir|file"))
    var output: String
    @Option(parsing: .upToNextOption, help: .of("weekly.input", valueName: "file|dir"))
    var input: [String] = []
    @OptionGroup var store: StoreOptions
    @Flag(help: .of("weekly.skip-empty"))
    var skipEmpty = false
    @Flag(help: .of("weekly.verbose"))
    var verbose = false
    @OptionGroup var document: DocumentOutput

    func run() throws { try CLIError.exiting(execute) }

    private func execute() throws(CLIError) {
        let week = try PeriodSpec.week(self.week, timeZone: tz)
        let spec = try LayoutFile.load(layout)
        var material: WeekMaterial
        var db: ReportStore? = nil
        var inputRefused = false
        if !input.isEmpty {
            let read: BriefingFiles.Read
            do { (material, read) = try WeekMaterial.read(input, week: week, verbose: verbose && !document.quiet) } catch {
                throw CLIError(error)
            }
            read.messages.forEach(printError)
            inputRefused = read.refused > 0
            let undated = read.files.flatMap(\.briefings).filter { $0.date.flatMap(CivilDate.init(iso:)) == nil }.count
            if undated > 0 { printError("tongbao: warning: \(Review.undatedInputNote(undated))") }
        } else {
            let opened = try store.opened(mustExist: true)
            db = opened
            // the store failed (locked, damaged, read-only for a new 期号): 73, as on opening
            do { material = try WeekMaterial.gather(opened, week: week, numberEmptyWeek: !skipEmpty) } catch { throw store.failed(error) }
            // printed even with --quiet: a clerk's correction no longer applies
            for w in material.droppedWarnings { printError("tongbao: warning: \(w)") }
            // also printed with --quiet: the cron mail must show that items are in no notice
            let undated: Int
            do { undated = try Review.undated(store: opened).count } catch { throw store.failed(error) }
            if undated > 0 { printError("tongbao: warning: \(Review.undatedNote(undated))") }
        }
        if material.input.briefings.isEmpty && skipEmpty {
            if !document.quiet { printError("tongbao: \(week): no briefings; nothing written (--skip-empty)") }
            return
        }
        let target: URL
        do { target = try OutputTarget.resolve(output, defaultName: "weekly-\(week)", extension: "pdf") } catch {
            throw CLIError(error)
        }
        // Everything is written (and missing directories made) only when the notice typeset cleanly;
        // the 期号 is stored only then too (a refused run stores none).
        var delivery = Delivery()
        try stageNotice(material, layout: spec, target: target, in: delivery, output: document)
        if let db {
            let changed: Bool
            do { changed = try material.allocateIssue(in: db) } catch { throw store.failed(error) }
            if changed {
                // Another run took the provisional number meanwhile: typeset again with the stored one
                // (its warnings were printed the first time).
                delivery.discard()
                delivery = Delivery()
                var again = document
                again.quiet = true
                try stageNotice(material, layout: spec, target: target, in: delivery, output: again)
            }
        }
        _ = try delivery.committed()
        if let db {
            do { try material.recordNotified(in: db) } catch { throw CLIError(.output, "\(store.path): \(error.message)") }
        }
        print(target.path)
        if inputRefused { throw CLIError(.input, "some input files were refused (see above); the notice was written without them") }
    }

    /// Builds the notice, refuses content its sources do not support (issue 12) unless --force,
    /// and typesets every requested output into `delivery` (nothing moved into place yet).
    private func stageNotice(
        _ material: WeekMaterial, layout spec: Layout, target: URL, in delivery: Delivery, output document: DocumentOutput
    ) throws(CLIError) {
        let (content, findings): (ContentDocument, [SourceFinding])
        do { (content, findings) = try material.notice(layout: spec) } catch { throw CLIError(.input, "\(layout): \(error)") }
        if !findings.isEmpty && !document.force {
            throw CLIError(
                .nonConforming,
                "\(target.path): not written: the content says what its sources do not (--force writes it): "
                    + findings.prefix(5).map(\.description).joined(separator: "; "))
        }
        if !document.quiet { for f in findings { printError("tongbao: warning: \(f)") } }
        try document.render(content, layout: spec, layoutFile: layout, to: target, in: delivery, verbose: verbose)
    }
}
