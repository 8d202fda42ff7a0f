import AirQuality
import ArgumentParser
import BriefingReader
import Documents
import Foundation
import LayoutSpec
import ReportModel
import ReportStore
import Review
import Typesetting

/// `tongbao weekly --week 2017-W46|last|this --output DIR|FILE [--input FILE|DIR ...]` — 周通报.
struct WeeklyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: "Typeset the weekly notice (周通报) of an ISO week as PDF.",
        discussion: """
            Without --input the week's briefings come from the report store (see `tongbao import`); \
            the notice gets the store's 期号 for the week (kept on reruns). With --input the files are \
            parsed on the fly and nothing is stored. Prints the path of the PDF it wrote.
            """)

    @Option(help: ArgumentHelp("The week: 2017-W46, 'last' or 'this'.", valueName: "week"))
    var week: String

    @Option(help: "Time zone for 'last'/'this'.")
    var tz = "Asia/Shanghai"

    @Option(help: "Layout file.")
    var layout = "layouts/weekly-notice.toml"

    @Option(help: "Fonts directory.")
    var fonts = "fonts"

    @Option(help: ArgumentHelp("Output directory (ending in /) or .pdf file.", valueName: "dir|file"))
    var output: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Parse these files on the fly instead of using the store.", valueName: "file|dir"))
    var input: [String] = []

    @OptionGroup var store: StoreOptions

    @Flag(help: "Write nothing for a week without briefings.")
    var skipEmpty = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Also print what the reader dropped or repaired in --input files.")
    var verbose = false

    @Flag(help: "Write the PDF even when the self-check finds problems.")
    var force = false

    @Option(help: ArgumentHelp("Also write page images (PNG) into this directory.", valueName: "dir"))
    var png: String?

    @OptionGroup var extras: DocumentExtras

    func run() throws {
        do {
            try execute()
        } catch let error as CLIError {
            throw error.exit()
        }
    }

    private func execute() throws(CLIError) {
        let week = try PeriodSpec.week(self.week, timeZone: tz)
        let spec = try LayoutFile.load(layout)

        var inputRefused = false
        var briefings: [Briefing]
        var issueNumber: Int? = nil
        var inspection: InspectionSummary? = nil
        var air: [PeriodAirSummary] = []
        var db: ReportStore? = nil
        var reviewNote: String? = nil
        var reviewEvidence: [SourceText] = []
        if !input.isEmpty {
            let read = ImportCommand.readBriefingFiles(try InputFiles.expand(input), verbose: verbose && !quiet)
            inputRefused = read.refused > 0
            briefings = read.files.flatMap(\.briefings).filter { item in
                item.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false
            }
        } else {
            let opened = try store.opened(mustExist: true)
            db = opened
            do {
                // the clerk's corrections (tongbao review / import --review) applied
                let reviewed = try Review.briefings(in: week, store: opened)
                briefings = reviewed.briefings
                reviewNote = reviewed.metadataNote
                reviewEvidence = reviewed.evidence.map { SourceText(file: $0.file, lines: $0.lines, text: $0.text) }
                // printed even with --quiet: a clerk's correction no longer applies
                for w in reviewed.droppedWarnings { printError("tongbao: warning: \(w)") }
                if !briefings.isEmpty || !skipEmpty {
                    issueNumber = try opened.issueNumber(for: week, kind: "weekly")
                }
                air = PeriodAirSummary.compute(try opened.areaDays(in: week.monday...week.sunday))
                let ledger = try opened.ledger(for: week)
                // The section appears only when the ledger has something to say about this week.
                if !(ledger.new.isEmpty && ledger.rectified.isEmpty && ledger.overdue.isEmpty && ledger.repeated.isEmpty) {
                    inspection = InspectionSummary(ledger)
                }
            } catch {
                // the store failed (locked, damaged, read-only for a new 期号): 73, as on opening
                throw CLIError(.output, "\(store.path): \(error.kind.rawValue): \(error.message)")
            }
        }

        if briefings.isEmpty && skipEmpty {
            if !quiet { printError("tongbao: \(week): no briefings; nothing written (--skip-empty)") }
            return
        }

        // Resolved (and a missing output directory created) only once the inputs and the store
        // are good, so a failed run leaves nothing behind.
        let target = try AtomicOutput.resolve(output: output, defaultName: "weekly-\(week)", extension: "pdf")

        let settings: WeeklyNoticeSettings
        do { settings = try WeeklyNoticeSettings(layout: spec) } catch {
            throw CLIError(.input, "\(layout): \(error.description)")
        }
        var content: ContentDocument
        do {
            content = try WeeklyNotice.build(
                WeeklyNoticeInput(
                    week: week, issueNumber: issueNumber, briefings: briefings, inspection: inspection,
                    airQuality: air),
                settings: settings, texts: spec.texts)
        } catch {
            throw CLIError(.input, "\(layout): \(error.description)")
        }

        if let reviewNote {  // a reviewed notice says so in its metadata
            content.metadata.keywords = [content.metadata.keywords, reviewNote].filter { !$0.isEmpty }.joined(separator: "；")
        }

        // Nothing is written that its sources do not say (issue 12), unless --force.
        let findings = WeeklyNotice.check(
            content, briefings: briefings, inspection: inspection, texts: spec.texts, corrections: reviewEvidence)
        if !findings.isEmpty && !force {
            throw CLIError(
                .nonConforming,
                "\(target.path): not written: the content says what its sources do not (--force writes it): "
                    + findings.prefix(5).map(\.description).joined(separator: "; "))
        }
        if !quiet { for f in findings { printError("tongbao: warning: \(f)") } }

        let written = try DocumentOutput.write(
            content, layout: spec, fonts: fonts, to: target, png: png, force: force, quiet: quiet, layoutFile: layout,
            extras: extras, verbose: verbose)
        if let db, let inspection {
            do { try db.recordNotified(problemIDs: inspection.repeated.map(\.id), week: week) } catch {
                throw CLIError(.output, "\(store.path): \(error.message)")
            }
        }
        print(written.path)
        if inputRefused { throw CLIError(.input, "some input files were refused (see above); the notice was written without them") }
    }
}

extension InspectionSummary {
    /// The notice's view of a ledger week.
    init(_ week: LedgerWeek) {
        self.init(new: week.new, rectified: week.rectified, overdue: week.overdue, repeated: week.repeated)
    }
}
