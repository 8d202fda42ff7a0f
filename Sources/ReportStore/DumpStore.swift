import GRDB

extension ReportStore {
    /// Every table of the store as sorted text, one line per row: two stores with equal dumps
    /// hold the same data. Row ids that only link tables (`source_file.id`, `ledger_file.id`) are
    /// replaced by the file path, so the dump does not depend on the order of past imports.
    public func dump() throws(StoreError) -> String {
        try read { db in
            var lines: [String] = []
            let queries: [(String, String)] = [
                ("source_file", "SELECT path, content_hash, byte_count, item_count FROM source_file"),
                (
                    "briefing",
                    """
                    SELECT f.path, b.ordinal, b.id, b.date, b.first_line, b.last_line, b.encoding, b.script, b.unit, b.json
                    FROM briefing b JOIN source_file f ON f.id = b.file_id
                    """
                ),
                ("ledger_file", "SELECT path, content_hash, row_count FROM ledger_file"),
                (
                    "problem",
                    """
                    SELECT p.id, f.path, p.line, p.area, p.category, p.description, p.found_on, p.deadline, p.status,
                           p.closed_on, p.times_notified
                    FROM problem p JOIN ledger_file f ON f.id = p.ledger_file_id
                    """
                ),
                ("notification", "SELECT problem_id, week FROM notification"),
                ("issue_number", "SELECT kind, week, year, number FROM issue_number"),
                ("area_day", "SELECT area, date, so2, no2, pm10, pm25, co, o3_8h, source FROM area_day"),
            ]
            for (table, sql) in queries {
                let rows = try Row.fetchAll(db, sql: sql).map { row in
                    table + "\t" + row.databaseValues.map { $0.isNull ? "NULL" : $0.description }.joined(separator: "\t")
                }
                lines += rows.sorted()
            }
            return lines.joined(separator: "\n")
        }
    }
}
