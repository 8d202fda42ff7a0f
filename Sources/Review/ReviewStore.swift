import Foundation
import ReportModel
import ReportStore

/// The review's three uses of the store, each one call for the CLI.
extension Review {
    /// The review sheet of a week's items, as .xlsx bytes, stamped with the week's Sunday (the
    /// same week gives the same file).
    /// After them come the store's undated items (no date parsed, none written by a review, not
    /// marked 删除): they are in no week's notice, and this sheet is where a clerk gives them one.
    public static func sheet(week: ISOWeek, store: ReportStore) throws -> Data {
        let sunday = Date(timeIntervalSince1970: TimeInterval(week.sunday.daysSinceEpoch * 86_400))
        let corrections = try store.corrections()
        let items = try inWeek(week, store: store, corrections: corrections) + undated(store: store)
        return try sheet(items, corrections: corrections, modified: sunday)
    }

    /// The items of a week by their date after the review: those the reader dated in it and no
    /// review moved, and those a review dated in it (undated ones or moved from another week).
    static func inWeek(_ week: ISOWeek, store: ReportStore, corrections: [ReviewCorrection]) throws(StoreError) -> [StoredBriefing] {
        let dates = reviewedDates(corrections)
        var seen = Set<String>()
        let candidates = try store.briefings(in: week) + store.briefings(ids: Set(dates.keys))
        let items = candidates.filter { item in
            guard let day = reviewedDate(item, dates), week.contains(day) else { return false }
            return seen.insert(item.briefing.source.file + "#\(item.ordinal)").inserted
        }
        return items.sorted { a, b in
            let (da, db) = (reviewedDate(a, dates)?.iso ?? "", reviewedDate(b, dates)?.iso ?? "")
            return da != db ? da < db : (a.briefing.source.file, a.ordinal) < (b.briefing.source.file, b.ordinal)
        }
    }

    /// The date corrections by item, as written (a blank cell clears the date).
    static func reviewedDates(_ corrections: [ReviewCorrection]) -> [String: ReviewCorrection] {
        Dictionary(corrections.filter { $0.field == "date" }.map { ($0.briefingID, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The item's date once its review applies: the correction's when one was made against this
    /// version of its file, else the parsed one.
    static func reviewedDate(_ item: StoredBriefing, _ dates: [String: ReviewCorrection]) -> CivilDate? {
        guard let c = dates[item.briefing.id], c.contentHash == item.contentHash else { return item.date }
        return (try? ReviewField.date(c.value)) ?? nil
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

    /// A week's items as the notice uses them: corrections applied (a corrected date decides the
    /// week), items marked 删除 left out.
    /// Corrections made against a briefing file that has changed since are dropped from the store
    /// and returned, for a warning.
    public static func briefings(in week: ISOWeek, store: ReportStore) throws(StoreError) -> Applied {
        let corrections = try store.corrections()
        let applied = apply(try inWeek(week, store: store, corrections: corrections), corrections: corrections)
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
