import GRDB
import ReportModel

extension ReportStore {
    /// Stores one ledger file's problems in one transaction (all or nothing).
    ///
    /// Keyed by `file`: the same bytes as stored → `unchanged`; otherwise the problems last
    /// imported from this path are deleted and `entries` are written (`replaced`, or `new` for a
    /// path not seen before). A problem id already stored from another ledger file is taken over
    /// by this one (the later import wins). Parse with `LedgerReader` first and refuse files with
    /// errors: this method stores whatever it is given.
    public func importLedger(file: String, contentHash: String, entries: [LedgerEntry]) throws(StoreError)
        -> FileOutcome
    {
        try write { db in
            let old = try Row.fetchOne(
                db, sql: "SELECT id, content_hash FROM ledger_file WHERE path = ?", arguments: [file])
            let oldID: Int64? = old?["id"]
            if let old, old["content_hash"] == contentHash { return .unchanged }
            if let oldID { try db.execute(sql: "DELETE FROM ledger_file WHERE id = ?", arguments: [oldID]) }
            try db.execute(
                sql: "INSERT INTO ledger_file (path, content_hash, row_count) VALUES (?, ?, ?)",
                arguments: [file, contentHash, entries.count])
            let fileID = db.lastInsertedRowID
            for e in entries {
                let p = e.problem
                try db.execute(
                    sql: """
                        INSERT INTO problem (id, ledger_file_id, line, area, category, description, found_on, deadline,
                                             status, closed_on, times_notified)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET
                          ledger_file_id = excluded.ledger_file_id, line = excluded.line, area = excluded.area,
                          category = excluded.category, description = excluded.description,
                          found_on = excluded.found_on, deadline = excluded.deadline, status = excluded.status,
                          closed_on = excluded.closed_on, times_notified = excluded.times_notified
                        """,
                    arguments: [
                        p.id, fileID, e.line, p.area, p.category, p.description, p.foundOn.iso, p.deadline?.iso,
                        p.status.rawValue, p.closedOn?.iso, p.timesNotified,
                    ])
            }
            return oldID == nil ? .new : .replaced
        }
    }
}
