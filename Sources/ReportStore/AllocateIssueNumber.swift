import GRDB
import ReportModel

extension ReportStore {
    /// The issue number (期号) of the `kind` document for `week`, allocated on first use.
    ///
    /// Numbers run per kind and per ISO week-numbering year, from 1. The first call for a week
    /// takes the year's highest number plus one, in one IMMEDIATE transaction, so two runs for the
    /// same week at once get the same number; rerunning a week keeps its number; a week asked for
    /// later gets the next number (numbers follow the order of issue, not the week order).
    /// On a read-only store a week that already has its number gets it; only a new one fails.
    public func issueNumber(for week: ISOWeek, kind: String) throws(StoreError) -> Int {
        if isReadOnly, let n = try existingIssueNumber(for: week, kind: kind) { return n }
        return try write { db in
            if let n = try Int.fetchOne(
                db, sql: "SELECT number FROM issue_number WHERE kind = ? AND week = ?",
                arguments: [kind, week.description])
            {
                return n
            }
            let next =
                (try Int.fetchOne(
                    db, sql: "SELECT MAX(number) FROM issue_number WHERE kind = ? AND year = ?",
                    arguments: [kind, week.year]) ?? 0) + 1
            try db.execute(
                sql: "INSERT INTO issue_number (kind, week, year, number) VALUES (?, ?, ?, ?)",
                arguments: [kind, week.description, week.year, next])
            return next
        }
    }

    /// The number `issueNumber(for:kind:)` would give `week` now, without storing anything: its
    /// number if it has one, else the year's highest plus one. A run typesets with this number and
    /// allocates only once everything succeeded (a refused run stores no 期号); when another run took
    /// the number in between, the allocated one differs and the run typesets again with it.
    public func provisionalIssueNumber(for week: ISOWeek, kind: String) throws(StoreError) -> Int {
        try read { db in
            if let n = try Int.fetchOne(
                db, sql: "SELECT number FROM issue_number WHERE kind = ? AND week = ?",
                arguments: [kind, week.description])
            {
                return n
            }
            return
                (try Int.fetchOne(
                    db, sql: "SELECT MAX(number) FROM issue_number WHERE kind = ? AND year = ?",
                    arguments: [kind, week.year]) ?? 0) + 1
        }
    }

    /// The number already given to `kind` for `week`, without allocating one.
    public func existingIssueNumber(for week: ISOWeek, kind: String) throws(StoreError) -> Int? {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT number FROM issue_number WHERE kind = ? AND week = ?",
                arguments: [kind, week.description])
        }
    }
}
