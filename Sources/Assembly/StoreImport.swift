import AirQuality
import Foundation
import ReportModel
import ReportStore

/// What `tongbao import` stores, each step returning the line that reports it.
public enum StoreImport {
    /// Reads and checks one ledger (within the ledger's sheet limits); the lines to show are its
    /// diagnostics (warnings included) and, when refused, the reason.
    public static func checkLedger(_ file: String) -> (ledger: LedgerFile?, lines: [String]) {
        let loaded: LedgerFile
        do { loaded = try LedgerReader.load(contentsOf: URL(fileURLWithPath: file), displayName: file) } catch {
            return (nil, ["\(error.file)\(error.line.map { ":\($0)" } ?? ""): error: \(error.message) (ledger refused)"])
        }
        var lines = loaded.parse.diagnostics.map(\.rendered)
        guard !loaded.parse.hasErrors else {
            let bad = Set(loaded.parse.diagnostics.filter { $0.severity == .error }.compactMap(\.line)).count
            lines.append("\(file): error: ledger refused, nothing imported from it (\(bad) bad row\(bad == 1 ? "" : "s"))")
            return (nil, lines)
        }
        return (loaded, lines)
    }

    /// Stores the briefing files read (all in one transaction).
    public static func briefings(_ read: BriefingFiles.Read, into db: ReportStore) throws(StoreError) -> String {
        let summary = try db.importBriefings(read.files)
        let total = read.files.count + read.refused
        return "\(total) file\(total == 1 ? "" : "s"): \(summary.count(.new)) new, "
            + "\(summary.count(.unchanged)) unchanged, \(summary.count(.replaced)) replaced, \(read.refused) refused; "
            + "\(summary.itemsStored) item\(summary.itemsStored == 1 ? "" : "s") stored in \(db.path)"
    }

    /// Stores one checked ledger (all or nothing).
    public static func ledger(_ ledger: LedgerFile, into db: ReportStore) throws(StoreError) -> String {
        let outcome = try db.importLedger(file: ledger.file, contentHash: ledger.contentHash, entries: ledger.parse.entries)
        let n = ledger.parse.entries.count
        return "ledger \(ledger.file): \(outcome.rawValue), \(n) problem\(n == 1 ? "" : "s") in \(db.path)"
    }

    /// Stores the areas' daily values (HJ 663 daily means of the areas' urban sites); the same
    /// (area, date) is replaced.
    public static func air(_ daily: DailyValues, source: String, into db: ReportStore) throws(StoreError) -> String {
        let dates = daily.areas.map(\.date)
        let span = "\(dates.min()?.description ?? "")…\(dates.max()?.description ?? "")"
        let stored = try db.saveAreaDays(daily.areas, source: source)
        return "air \(source): \(stored) area days of \(daily.areaNames.count) areas, \(span), in \(db.path)"
    }
}
