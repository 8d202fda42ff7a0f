import Foundation
import GRDB

/// The SQLite store of briefings, the inspection ledger, issue numbers and air-quality days.
///
/// Opened on a path the CLI resolves (see `StoreLocation`). The database runs in WAL mode with
/// a busy timeout and every write is one IMMEDIATE transaction, so a cron run and a clerk's run
/// at the same moment both succeed: one waits for the other.
///
/// Every open checks the file (`PRAGMA quick_check`) before anything reads or writes it: a damaged
/// store is refused (`StoreError.Kind.damaged`), never written into. A store on read-only media
/// (or in a folder that cannot be written) opens read-only: reads work, writes fail with
/// `.readOnly`. Commands that only make sense on existing data open with `mustExist`, so a
/// mistyped path is `.missing` instead of a new empty store.
public struct ReportStore: Sendable {
    /// Path of the database file.
    public let path: String
    /// Whether the store was opened read-only (read-only media or folder).
    public let isReadOnly: Bool
    let pool: any DatabaseWriter

    /// Longest busy timeout accepted, in seconds (an hour): SQLite counts it in Int32 milliseconds.
    public static let maxBusyTimeout: TimeInterval = 3_600

    /// Opens (creating it unless `mustExist`) and migrates the store at `path`, after checking it.
    /// - Parameters:
    ///   - busyTimeout: how long a write waits for another process's write, in seconds (0…3600).
    ///   - mustExist: refuse a path where no store is (`.missing`) instead of creating one.
    public init(path: String, busyTimeout: TimeInterval = 60, mustExist: Bool = false) throws(StoreError) {
        self.path = path
        guard busyTimeout.isFinite, (0...Self.maxBusyTimeout).contains(busyTimeout) else {
            throw StoreError(
                kind: .cannotOpen, path: path,
                message: "busy timeout \(busyTimeout) s is outside 0…\(Int(Self.maxBusyTimeout)) s")
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            throw StoreError(kind: .cannotOpen, path: path, message: "it is a directory, not a store file")
        }
        if !exists, mustExist {
            throw StoreError(kind: .missing, path: path, message: "no report store here; run tongbao import first")
        }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "tongbao.store"
        let folder = (path as NSString).deletingLastPathComponent
        let readOnly = exists && (!fm.isWritableFile(atPath: path) || !fm.isWritableFile(atPath: folder.isEmpty ? "." : folder))
        self.isReadOnly = readOnly
        // An existing file is checked through a read-only connection first: opening a pool
        // writes (GRDB makes sure a WAL file exists), and a damaged store must not be written.
        var checker = config
        checker.readonly = true
        let writer: any DatabaseWriter
        if readOnly {
            // WAL needs a -shm file beside the store; on read-only media it cannot be made, so the
            // file is opened as immutable (nothing else can change it there either).
            writer = try Self.opening(path) { try DatabaseQueue(path: Self.immutableURI(path), configuration: checker) }
            try Self.check(writer, path: path)
        } else {
            if exists {
                let queue = try Self.opening(path) { try DatabaseQueue(path: path, configuration: checker) }
                defer { try? (queue as? DatabaseQueue)?.close() }
                try Self.check(queue, path: path)
            }
            writer = try Self.opening(path) { try Self.pool(path, configuration: config, busyTimeout: busyTimeout) }
        }
        self.pool = writer
        try Self.migrate(writer, path: path, readOnly: readOnly)
    }

    /// A pool on `path`, tried again while another process opens the same new store: the first
    /// opening switches the file to WAL (`PRAGMA journal_mode = WAL`), which needs the file to
    /// itself, and SQLite answers two connections racing for that with SQLITE_BUSY at once,
    /// without waiting in the busy handler (four pools opened at once failed in 3 of 15 runs). So the
    /// busy timeout is kept here for that one step: tries 5 ms apart, doubling up to 100 ms.
    static func pool(_ path: String, configuration: Configuration, busyTimeout: TimeInterval) throws -> any DatabaseWriter {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(busyTimeout))
        var pause = 0.005
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let e as DatabaseError where e.resultCode == .SQLITE_BUSY && clock.now < deadline {
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 0.1)
            }
        }
    }

    /// `file:` URI of `path` with `immutable=1` (Debian's SQLite reads URIs: USE_URI).
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }

    /// Opens a connection, naming a file that is not a database as damaged.
    static func opening(_ path: String, _ body: () throws -> any DatabaseWriter) throws(StoreError) -> any DatabaseWriter {
        do {
            return try body()
        } catch let e as DatabaseError where Self.isDamage(e) {
            throw StoreError(kind: .damaged, path: path, message: e.message ?? "\(e.resultCode)")
        } catch {
            throw StoreError(kind: .cannotOpen, path: path, message: String(describing: error))
        }
    }

    static func isDamage(_ e: DatabaseError) -> Bool {
        e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB
    }

    /// `PRAGMA quick_check`: page structure, record formats, NOT NULL and UNIQUE. A store that fails
    /// it is refused before any read or write (restore it from a backup, or import again).
    static func check(_ db: any DatabaseWriter, path: String) throws(StoreError) {
        let findings: [String]
        do {
            findings = try db.read { try String.fetchAll($0, sql: "PRAGMA quick_check(5)") }
        } catch let e as DatabaseError where isDamage(e) {
            throw StoreError(kind: .damaged, path: path, message: e.message ?? "\(e.resultCode)")
        } catch {
            throw StoreError(kind: .database, path: path, message: String(describing: error))
        }
        guard findings == ["ok"] else {
            throw StoreError(
                kind: .damaged, path: path,
                message: findings.prefix(3).joined(separator: "; ").split(whereSeparator: \.isNewline).joined(separator: " ")
                    + " (restore it from a backup, or import into a new store)")
        }
    }

    /// Runs the pending migrations. Two processes opening a new store at once may race: the loser
    /// fails on a migration the winner has applied meanwhile, so it looks again and goes on.
    static func migrate(_ pool: any DatabaseWriter, path: String, readOnly: Bool) throws(StoreError) {
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
                if readOnly {
                    if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                    throw StoreError(
                        kind: .readOnly, path: path,
                        message: "it is read-only and was written by an older tongbao; copy it somewhere writable once")
                }
                try migrator.migrate(pool)
                return
            } catch let e as StoreError {
                throw e
            } catch let e as DatabaseError where isDamage(e) {
                throw StoreError(kind: .damaged, path: path, message: e.message ?? "\(e.resultCode)")
            } catch {
                let done = (try? pool.read { try migrator.hasCompletedMigrations($0) }) ?? false
                if done { return }
                if attempts >= 3 { throw StoreError(kind: .database, path: path, message: String(describing: error)) }
            }
        }
    }

    /// Runs `body` in one IMMEDIATE write transaction (rolled back if it throws).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if isReadOnly {
            throw StoreError(kind: .readOnly, path: path, message: "the store is on read-only media or in a read-only folder")
        }
        return try StoreError.wrapping(path: path) { try pool.write(body) }
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
