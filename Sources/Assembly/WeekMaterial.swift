import AirQuality
import Documents
import FileAccess
import Foundation
import ReportModel
import ReportStore
import Review
import Typesetting

/// What a weekly notice of one week is made from, gathered from the report store: the week's
/// briefings with the clerk's corrections applied, its 期号, the ledger's week and the air days.
public struct WeekMaterial: Sendable {
    /// The notice's input.
    public var input: WeeklyNoticeInput
    /// Said in the PDF's metadata when a clerk's review was applied.
    public var reviewNote: String?
    /// Corrections that no longer apply (their item changed): always worth printing.
    public var droppedWarnings: [String]
    /// The clerk's corrections, as sources the content check accepts.
    public var corrections: [SourceText] = []
    /// The input's 期号 is provisional: `allocateIssue(in:)` stores it once the notice is written.
    public var issuePending = false

    /// Gathers the week. It gets a provisional 期号 (the one it has, kept on reruns, or the next),
    /// stored by `allocateIssue(in:)` only when the notice succeeds, unless the week has no
    /// briefing and `numberEmptyWeek` is false (`--skip-empty`): then none.
    public static func gather(_ db: ReportStore, week: ISOWeek, numberEmptyWeek: Bool) throws(StoreError) -> WeekMaterial {
        let reviewed = try Review.briefings(in: week, store: db)
        let issue =
            !reviewed.briefings.isEmpty || numberEmptyWeek ? try db.provisionalIssueNumber(for: week, kind: "weekly") : nil
        let air = PeriodAirSummary.compute(try db.areaDays(in: week.monday...week.sunday))
        let ledger = try db.ledger(for: week)
        // The section appears only when the ledger has something to say about this week.
        let quiet = ledger.new.isEmpty && ledger.rectified.isEmpty && ledger.overdue.isEmpty && ledger.repeated.isEmpty
        let inspection = quiet ? nil : InspectionSummary(ledger)
        return WeekMaterial(
            input: WeeklyNoticeInput(
                week: week, issueNumber: issue, briefings: reviewed.briefings, inspection: inspection, airQuality: air),
            reviewNote: reviewed.metadataNote, droppedWarnings: reviewed.droppedWarnings,
            corrections: reviewed.evidence.map { SourceText(file: $0.file, lines: $0.lines, text: $0.text) },
            issuePending: issue != nil)
    }

    /// Stores the week's 期号 (call once the notice has been typeset and checked). Returns true
    /// when the stored number differs from the provisional one (another run took it meanwhile):
    /// the input now carries the stored number and the notice must be typeset again.
    public mutating func allocateIssue(in db: ReportStore) throws(StoreError) -> Bool {
        guard issuePending else { return false }
        let number = try db.issueNumber(for: input.week, kind: "weekly")
        issuePending = false
        let changed = number != input.issueNumber
        input.issueNumber = number
        return changed
    }

    /// The week's items from the briefing files and folders at `paths`, read now (`weekly --input`),
    /// and what the reading said; throws for a path that does not exist.
    public static func read(_ paths: [String], week: ISOWeek, verbose: Bool) throws(InputError) -> (WeekMaterial, BriefingFiles.Read) {
        let read = BriefingFiles.read(try InputFiles.expand(paths), verbose: verbose)
        return (files(read.files, week: week), read)
    }

    /// The week's items from briefing files read on the fly (no store, no 期号).
    public static func files(_ files: [BriefingFile], week: ISOWeek) -> WeekMaterial {
        let briefings = files.flatMap(\.briefings).filter { item in
            item.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false
        }
        return WeekMaterial(
            input: WeeklyNoticeInput(week: week, issueNumber: nil, briefings: briefings, inspection: nil, airQuality: []),
            reviewNote: nil, droppedWarnings: [])
    }

    /// Records in the store that the notice of the week named its repeated ledger problems (they
    /// count as notified from then on); nothing for a week without an inspection section.
    public func recordNotified(in db: ReportStore) throws(StoreError) {
        guard let inspection = input.inspection else { return }
        try db.recordNotified(problemIDs: inspection.repeated.map(\.id), week: input.week)
    }

    /// A reviewed notice says so in its metadata.
    public func annotate(_ content: inout ContentDocument) {
        guard let reviewNote else { return }
        content.metadata.keywords = [content.metadata.keywords, reviewNote].filter { !$0.isEmpty }.joined(separator: "；")
    }
}

extension InspectionSummary {
    /// The notice's view of a ledger week.
    init(_ week: LedgerWeek) {
        // Each area's counts name the ledger rows they were made from (issue 12).
        self.init(new: week.new, rectified: week.rectified, overdue: week.overdue, repeated: week.repeated)
    }
}

extension WeekMaterial {
    /// The week's notice made from this material with the layout's settings and wording, the
    /// review note in its metadata, and what the content self-check found (issue 12): empty when
    /// every block that names its sources says only what they say.
    public func notice(layout: Layout) throws -> (content: ContentDocument, findings: [SourceFinding]) {
        var content = try WeeklyNotice.build(input, settings: try WeeklyNoticeSettings(layout: layout), texts: layout.texts)
        annotate(&content)
        let findings = WeeklyNotice.check(
            content, briefings: input.briefings, inspection: input.inspection, texts: layout.texts, corrections: corrections)
        return (content, findings)
    }
}
