import Foundation
import ReportModel
import ReportStore

/// The review's three uses of the store, each one call for the CLI.
extension Review {
    /// The review sheet of a week's items, as .xlsx bytes, stamped with the week's Sunday (the
    /// same week gives the same file).
    public static func sheet(week: ISOWeek, store: ReportStore) throws -> Data {
        let sunday = Date(timeIntervalSince1970: TimeInterval(week.sunday.daysSinceEpoch * 86_400))
        return try sheet(store.briefings(in: week), corrections: store.corrections(), modified: sunday)
    }

    /// Reads an edited review sheet and stores its corrections (all or nothing); returns how many
    /// items and corrections it holds.
    public static func importSheet(_ url: URL, displayName: String, store: ReportStore, recordedAt: String) throws(ImportError) -> (
        items: Int, corrections: Int
    ) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable("\(displayName): cannot read the file") }
        let items: [StoredBriefing]
        do { items = try store.allBriefings() } catch { throw .store(error) }
        let read: (corrections: [ReviewCorrection], items: Set<String>)
        do { read = try Review.read(data, file: displayName, items: items, recordedAt: recordedAt) } catch {
            throw .refused(error)
        }
        do { try store.storeCorrections(read.corrections, replacing: read.items) } catch { throw .store(error) }
        return (read.items.count, read.corrections.count)
    }

    /// Why a review sheet was not imported.
    public enum ImportError: Error {
        case unreadable(String)
        case refused(SheetError)
        case store(StoreError)
    }

    /// A week's items as the notice uses them: corrections applied, items marked 删除 left out.
    /// Corrections made against a briefing file that has changed since are dropped from the store
    /// and returned, for a warning.
    public static func briefings(in week: ISOWeek, store: ReportStore) throws(StoreError) -> Applied {
        let applied = apply(try store.briefings(in: week), corrections: try store.corrections())
        if !applied.dropped.isEmpty { try store.dropCorrections(applied.dropped) }
        return applied
    }
}

extension Review.Applied {
    /// One warning line per dropped correction.
    public var droppedWarnings: [String] {
        dropped.map {
            "review correction of \($0.briefingID) (\($0.cell), \($0.recordedAt)) dropped: its briefing file changed since the review"
        }
    }

    /// The note for the notice's metadata, when a review changed anything.
    public var metadataNote: String? {
        guard let reviewedAt, corrected + deleted > 0 else { return nil }
        return Review.wording.fill("metadata-note", ["at": reviewedAt, "corrected": String(corrected), "deleted": String(deleted)])
    }
}
