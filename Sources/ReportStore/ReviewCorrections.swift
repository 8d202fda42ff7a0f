import Foundation
import GRDB

/// A clerk's correction of one field of one item, from a review sheet (审核表).
public struct ReviewCorrection: Sendable, Equatable {
    /// The item's id (`file stem#ordinal`).
    public var briefingID: String
    /// SHA-256 of the briefing file the item was read from when the sheet was made: a correction
    /// holds only while the file is the same.
    public var contentHash: String
    /// The field (`unit`, `date`, … or `deleted`), see `Review`.
    public var field: String
    /// The corrected value as the sheet had it ("" = unknown).
    public var value: String
    /// Where it came from: `file:sheet!cell`.
    public var cell: String
    /// When it was recorded (ISO 8601).
    public var recordedAt: String

    public init(briefingID: String, contentHash: String, field: String, value: String, cell: String, recordedAt: String) {
        self.briefingID = briefingID
        self.contentHash = contentHash
        self.field = field
        self.value = value
        self.cell = cell
        self.recordedAt = recordedAt
    }
}

/// The corrections table: one row per (item, field), the latest review winning.
///
/// - `review_correction`: briefing id, the file hash it was made against, field, value, the sheet
///   cell and the time it was recorded.
enum ReviewCorrections {
    static func registerMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("review-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE review_correction (
                      briefing_id TEXT NOT NULL,
                      content_hash TEXT NOT NULL,
                      field TEXT NOT NULL,
                      value TEXT NOT NULL,
                      cell TEXT NOT NULL,
                      recorded_at TEXT NOT NULL,
                      PRIMARY KEY (briefing_id, field)
                    );
                    """)
        }
    }
}

extension ReportStore {
    /// Stores a review's corrections in one transaction; `replacing` items lose their earlier
    /// corrections first (a cell set back to the parsed value is no longer a correction).
    public func storeCorrections(_ corrections: [ReviewCorrection], replacing items: Set<String>) throws(StoreError) {
        try write { db in
            for id in items.sorted() {
                try db.execute(sql: "DELETE FROM review_correction WHERE briefing_id = ?", arguments: [id])
            }
            for c in corrections {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO review_correction (briefing_id, content_hash, field, value, cell, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [c.briefingID, c.contentHash, c.field, c.value, c.cell, c.recordedAt])
            }
        }
    }

    /// Every stored correction, by item and field.
    public func corrections() throws(StoreError) -> [ReviewCorrection] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM review_correction ORDER BY briefing_id, field").map { r in
                ReviewCorrection(
                    briefingID: r["briefing_id"], contentHash: r["content_hash"], field: r["field"], value: r["value"],
                    cell: r["cell"], recordedAt: r["recorded_at"])
            }
        }
    }

    /// Removes the corrections of items whose briefing changed.
    public func dropCorrections(_ corrections: [ReviewCorrection]) throws(StoreError) {
        try write { db in
            for c in corrections {
                try db.execute(
                    sql: "DELETE FROM review_correction WHERE briefing_id = ? AND field = ? AND content_hash = ?",
                    arguments: [c.briefingID, c.field, c.contentHash])
            }
        }
    }
}
