import GRDB
import ReportModel

extension ReportStore {
    /// New, rectified, overdue and repeatedly notified problems for `week`; lists ordered by
    /// 发现日期 then id.
    ///
    /// "Open at the end of the week" is decided from the dates, so a past week reads the same
    /// later: found on or before Sunday, and either no 销号日期 with status 整改中, or a 销号日期
    /// after Sunday. A problem marked 已整改/已销号 without a 销号日期 counts as closed (since an
    /// unknown day); a 销号日期 counts even when the status still says 整改中 (the reader warns).
    /// - Parameter repeatedAtLeast: the notification count that makes a problem "repeated".
    public func ledger(for week: ISOWeek, repeatedAtLeast: Int = 2) throws(StoreError) -> LedgerWeek {
        let (mon, sun, w) = (week.monday.iso, week.sunday.iso, week.description)
        let open =
            "p.found_on <= :sun AND ((p.closed_on IS NULL AND p.status = \(Self.quoted(Problem.Status.rectifying.rawValue))) OR p.closed_on > :sun)"
        return try read { db in
            func fetch(_ condition: String) throws -> [Problem] {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT p.*, p.times_notified
                          + (SELECT COUNT(*) FROM notification n WHERE n.problem_id = p.id AND n.week < :week) AS notified,
                          (SELECT f.path FROM ledger_file f WHERE f.id = p.ledger_file_id) AS ledger_path
                        FROM problem p WHERE \(condition) ORDER BY p.found_on, p.id
                        """,
                    arguments: ["mon": mon, "sun": sun, "week": w, "times": repeatedAtLeast])
                return rows.compactMap(Self.problem(from:))
            }
            return LedgerWeek(
                week: week,
                new: try fetch("p.found_on BETWEEN :mon AND :sun"),
                rectified: try fetch("p.closed_on BETWEEN :mon AND :sun"),
                overdue: try fetch("\(open) AND p.deadline IS NOT NULL AND p.deadline <= :sun"),
                repeated: try fetch("\(open) AND notified >= :times"))
        }
    }

    /// Every stored problem, ordered by 发现日期 then id, with the ledger's own 通报次数.
    public func allProblems() throws(StoreError) -> [Problem] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, p.times_notified AS notified,
                      (SELECT f.path FROM ledger_file f WHERE f.id = p.ledger_file_id) AS ledger_path
                    FROM problem p ORDER BY p.found_on, p.id
                    """
            )
            .compactMap(Self.problem(from:))
        }
    }

    /// Records that the notice for `week` named these problems. Recording the same week again
    /// changes nothing, so a problem counts once per week however often the notice is rerun.
    /// On a read-only store, a rerun whose problems are all recorded already succeeds unchanged.
    public func recordNotified(problemIDs: [String], week: ISOWeek) throws(StoreError) {
        if isReadOnly {
            let recorded = try read { db in
                try Set(
                    String.fetchAll(db, sql: "SELECT problem_id FROM notification WHERE week = ?", arguments: [week.description]))
            }
            if problemIDs.allSatisfy(recorded.contains) { return }
        }
        try write { db in
            for id in problemIDs {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO notification (problem_id, week) VALUES (?, ?)",
                    arguments: [id, week.description])
            }
        }
    }

    /// The weeks recorded for a problem, in order.
    public func notifiedWeeks(problemID: String) throws(StoreError) -> [ISOWeek] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT week FROM notification WHERE problem_id = ? ORDER BY week", arguments: [problemID]
            ).compactMap { ISOWeek($0) }
        }
    }

    static func problem(from row: Row) -> Problem? {
        guard let foundOn = CivilDate(iso: row["found_on"]), let status = Problem.Status(rawValue: row["status"]) else {
            return nil  // only written by importLedger, always valid
        }
        return Problem(
            id: row["id"], area: row["area"], category: row["category"], description: row["description"],
            foundOn: foundOn, deadline: (row["deadline"] as String?).flatMap(CivilDate.init(iso:)), status: status,
            closedOn: (row["closed_on"] as String?).flatMap(CivilDate.init(iso:)), timesNotified: row["notified"],
            source: (row["ledger_path"] as String?).map { LedgerRowSource(file: $0, line: row["line"]) })
    }

    /// A text as an SQL string literal (the status word comes from ReportModel's word list).
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
