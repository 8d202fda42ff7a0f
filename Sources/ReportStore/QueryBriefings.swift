import Foundation
import GRDB
import ReportModel

extension ReportStore {
    /// Items whose date falls in `week` (Monday to Sunday), ordered by date, file and position.
    ///
    /// Undated items — no date, or a date that is not a real day — belong to no week and are never
    /// returned here: a notice cannot place them, and guessing a week (the import day, the file's
    /// modification time) would make the same files give different notices. `undatedBriefings()`
    /// lists them so `import` can name them and `weekly` can say how many were left out.
    public func briefings(in week: ISOWeek) throws(StoreError) -> [StoredBriefing] {
        try briefings(from: week.monday, through: week.sunday)
    }

    /// Items whose date lies in `first...last`, ordered by date, file and position.
    public func briefings(from first: CivilDate, through last: CivilDate) throws(StoreError) -> [StoredBriefing] {
        try fetchBriefings(
            where: "b.date BETWEEN ? AND ?", arguments: [first.iso, last.iso], order: "b.date, f.path, b.ordinal")
    }

    /// Items whose date lies in `month`, ordered by date, file and position.
    public func briefings(in month: YearMonth) throws(StoreError) -> [StoredBriefing] {
        try briefings(from: month.first, through: month.last)
    }

    /// Items with no usable date, ordered by file and position.
    public func undatedBriefings() throws(StoreError) -> [StoredBriefing] {
        try fetchBriefings(where: "b.date IS NULL", arguments: [], order: "f.path, b.ordinal")
    }

    /// The items with these ids (a review moved their date: they may belong to another week than
    /// the one their parsed date gives), ordered by file and position.
    public func briefings(ids: Set<String>) throws(StoreError) -> [StoredBriefing] {
        guard !ids.isEmpty else { return [] }
        let sorted = ids.sorted()
        let marks = Array(repeating: "?", count: sorted.count).joined(separator: ", ")
        return try fetchBriefings(
            where: "b.id IN (\(marks))", arguments: StatementArguments(sorted), order: "f.path, b.ordinal")
    }

    /// Every stored item, ordered by file and position.
    public func allBriefings() throws(StoreError) -> [StoredBriefing] {
        try fetchBriefings(where: "1", arguments: [], order: "f.path, b.ordinal")
    }

    /// Number of stored files and items.
    public func briefingCounts() throws(StoreError) -> (files: Int, items: Int) {
        try read { db in
            let files = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source_file") ?? 0
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM briefing") ?? 0
            return (files, items)
        }
    }

    private func fetchBriefings(where condition: String, arguments: StatementArguments, order: String)
        throws(StoreError) -> [StoredBriefing]
    {
        let decoder = JSONDecoder()
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT b.json, b.ordinal, f.content_hash FROM briefing b JOIN source_file f ON f.id = b.file_id
                    WHERE \(condition) ORDER BY \(order)
                    """,
                arguments: arguments)
            return try rows.map { row in
                let json: String = row["json"]
                let briefing = try decoder.decode(Briefing.self, from: Data(json.utf8))
                return StoredBriefing(briefing: briefing, ordinal: row["ordinal"], contentHash: row["content_hash"])
            }
        }
    }
}
