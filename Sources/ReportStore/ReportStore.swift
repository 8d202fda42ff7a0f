import Foundation
import GRDB

/// The SQLite store of briefings, the inspection ledger, issue numbers and air-quality days.
///
/// Opened on a path the CLI resolves (see `StoreLocation`). The database runs in WAL mode with
/// a busy timeout and every write is one IMMEDIATE transaction, so a cron run and a clerk's run
/// at the same moment both succeed: one waits for the other.
public struct ReportStore: Sendable {
    /// Path of the database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) and migrates the store at `path`.
    /// - Parameter busyTimeout: how long a write waits for another process's write, in seconds.
    public init(path: String, busyTimeout: TimeInterval = 60) throws(StoreError) {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "tongbao.store"
        let pool = try StoreError.wrapping(.cannotOpen, path: path) { try DatabasePool(path: path, configuration: config) }
        self.pool = pool
        try Self.migrate(pool, path: path)
    }

    /// Runs the pending migrations. Two processes opening a new store at once may race: the loser
    /// fails on a migration the winner has applied meanwhile, so it looks again and goes on.
    static func migrate(_ pool: DatabasePool, path: String) throws(StoreError) {
        let migrator = StoreMigrations.migrator
        var attempts = 0
        while true {
            attempts += 1
            do {
                if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                    throw StoreError(
                        kind: .newerSchema, path: path,
                        message: "it has migrations this version does not know; use a newer tongbao")
                }
                try migrator.migrate(pool)
                return
            } catch let e as StoreError {
                throw e
            } catch {
                let done = (try? pool.read { try migrator.hasCompletedMigrations($0) }) ?? false
                if done { return }
                if attempts >= 3 { throw StoreError(kind: .database, path: path, message: String(describing: error)) }
            }
        }
    }

    /// Runs `body` in one IMMEDIATE write transaction (rolled back if it throws).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try StoreError.wrapping(path: path) { try pool.write(body) }
    }

    /// Runs `body` on a read-only snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try StoreError.wrapping(path: path) { try pool.read(body) }
    }

    /// The value of a read-only pragma (`journal_mode`, `busy_timeout` …), for checks and tests.
    func pragma(_ name: String) throws(StoreError) -> String? {
        try read { try String.fetchOne($0, sql: "PRAGMA \(name)") }
    }
}
