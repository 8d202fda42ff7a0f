import ReportModel
import ReportStore

/// Items with no date (近日, 日前 …): stored, but in no week's notice. The review is where a clerk
/// dates them; `import` names each one and `weekly` counts them, so none is lost unnoticed.
extension Review {
    /// The stored items that have no date after the review: the reader found none and no review
    /// wrote one (or one cleared it). They appear in no notice until a review dates them; those
    /// a review marked 删除 are left out (the clerk has decided about them).
    public static func undated(store: ReportStore) throws(StoreError) -> [StoredBriefing] {
        let corrections = try store.corrections()
        let deleted = Set(
            corrections.filter { $0.field == "deleted" && $0.value == deleteMark }.map { "\($0.briefingID) \($0.contentHash)" })
        return try undated(store: store, corrections: corrections).filter {
            !deleted.contains("\($0.briefing.id) \($0.contentHash)")
        }
    }

    static func undated(store: ReportStore, corrections: [ReviewCorrection]) throws(StoreError) -> [StoredBriefing] {
        let dates = reviewedDates(corrections)
        let cleared = try store.briefings(ids: Set(dates.keys)).filter { reviewedDate($0, dates) == nil && $0.date != nil }
        return try store.undatedBriefings().filter { reviewedDate($0, dates) == nil } + cleared
    }

    /// `file:line: warning: …` naming an undated item and how it gets into a notice.
    public static func undatedWarning(_ item: StoredBriefing) -> String {
        let b = item.briefing
        let words = b.headline ?? String(b.text.split(whereSeparator: \.isNewline).first?.prefix(24) ?? "")
        return Diagnostic(
            file: b.source.file, line: b.source.lines.first,
            message: "item \(b.id) “\(words)” has no date: it is in no weekly notice until it is dated",
            hint: "write its date in the \(ReviewField.headers["date"]) column of a review sheet, where "
                + "tongbao review --week WEEK lists the undated items after the week's, and read it back with tongbao import --review FILE.xlsx"
        ).rendered
    }

    /// The line `weekly --input` prints when files read on the fly hold undated items (no store,
    /// so no review can date them there).
    public static func undatedInputNote(_ count: Int) -> String {
        "\(count) item\(count == 1 ? "" : "s") of the input files \(count == 1 ? "has" : "have") no date and \(count == 1 ? "is" : "are") in no notice "
            + "(tongbao import names \(count == 1 ? "it" : "them"); a review sheet of the store can date \(count == 1 ? "it" : "them"))"
    }

    /// The one line `weekly` prints while the store holds undated items.
    public static func undatedNote(_ count: Int) -> String {
        "\(count) stored item\(count == 1 ? " has" : "s have") no date and \(count == 1 ? "is" : "are") in no weekly notice "
            + "(tongbao import named \(count == 1 ? "it" : "them"); date \(count == 1 ? "it" : "them") in a review sheet: tongbao review --week WEEK)"
    }
}
