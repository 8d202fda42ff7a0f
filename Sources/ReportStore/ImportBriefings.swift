import Foundation
import GRDB
import ReportModel

extension ReportStore {
    /// Stores the items of `files` in one transaction: all of them land or none does.
    ///
    /// A stored briefing file is identified by its path (`file`) and its content hash together:
    /// the same path with the same bytes → `unchanged`; the same path with other bytes →
    /// `replaced` (its old items are deleted first); a path not stored → `new`, even when another
    /// path holds the same bytes. Identical content under two names is two sources: each keeps its
    /// items, so replacing or editing one never removes the other's. A path given twice is handled
    /// once per occurrence, so the second is `unchanged`.
    public func importBriefings(_ files: [BriefingFile]) throws(StoreError) -> ImportSummary {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try write { db in
            var summary = ImportSummary()
            for f in files {
                let atPath = try Row.fetchOne(
                    db, sql: "SELECT id, content_hash FROM source_file WHERE path = ?", arguments: [f.file])
                let oldID: Int64? = atPath?["id"]
                let oldHash: String? = atPath?["content_hash"]
                if oldHash == f.contentHash {
                    summary.outcomes.append((f.file, .unchanged))
                    continue
                }
                if let oldID {
                    try db.execute(sql: "DELETE FROM source_file WHERE id = ?", arguments: [oldID])  // cascades
                }
                try db.execute(
                    sql: "INSERT INTO source_file (path, content_hash, byte_count, item_count) VALUES (?, ?, ?, ?)",
                    arguments: [f.file, f.contentHash, f.byteCount, f.briefings.count])
                let fileID = db.lastInsertedRowID
                for (i, b) in f.briefings.enumerated() {
                    let json = String(decoding: try encoder.encode(b), as: UTF8.self)
                    let date = b.date.flatMap(CivilDate.init(iso:))?.iso
                    try db.execute(
                        sql: """
                            INSERT INTO briefing
                              (file_id, ordinal, id, date, first_line, last_line, encoding, script, unit, json)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            fileID, i + 1, b.id, date, b.source.lines.first ?? 0, b.source.lines.last ?? 0,
                            b.source.encoding, b.source.script, b.unit, json,
                        ])
                }
                summary.itemsStored += f.briefings.count
                summary.outcomes.append((f.file, oldID == nil ? .new : .replaced))
            }
            return summary
        }
    }
}
