import Foundation
import GRDB
import ReportModel
import Testing

@testable import ReportStore

/// Issue 13, class 3: a store is checked before it is read or written; a missing one is not
/// created where it must exist; a store on read-only media is read.
@Suite(.serialized) struct StoreDamageTests {
    /// A store with two files' items, closed, its WAL folded into the main file.
    static func closedStore(_ s: Scratch) throws {
        do {
            let store = try ReportStore(path: s.dbPath)
            _ = try store.importBriefings([
                Fixtures.file("in/a.txt", dates: ["2017-11-14", "2017-11-15"]),
                Fixtures.file("in/b.txt", dates: ["2017-11-16"]),
            ])
        }
        let q = try DatabaseQueue(path: s.dbPath)
        try q.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try q.close()
    }

    /// Overwrites the b-tree header of the root page of `object` (a table or an index).
    static func damage(_ s: Scratch, object: String) throws {
        let (pageSize, root): (Int, Int) = try {
            let q = try DatabaseQueue(path: s.dbPath)
            defer { try? q.close() }
            return try q.read { db in
                (
                    try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
                    try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [object]) ?? 0
                )
            }
        }()
        #expect(root > 1)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: s.dbPath))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        handle.write(Data(repeating: 0xEE, count: 64))
    }

    @Test(arguments: ["briefing_by_date", "briefing", "source_file"])
    func aDamagedPageIsRefusedBeforeAnyReadOrWrite(_ object: String) throws {
        let s = try Scratch()
        defer { s.remove() }
        try Self.closedStore(s)
        try Self.damage(s, object: object)
        let before = try Data(contentsOf: URL(fileURLWithPath: s.dbPath))
        do {
            _ = try ReportStore(path: s.dbPath)
            Issue.record("a store with a damaged \(object) page was opened")
        } catch {
            #expect(error.kind == .damaged, "\(error)")
            #expect(error.description.hasPrefix(s.dbPath + ": error: the store is damaged"), "\(error)")
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: s.dbPath))
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(after == before, "the damaged store was written: \(before.count) → \(after.count) bytes, \(changed.prefix(20))")
    }

    @Test func aFileThatIsNoDatabaseIsDamaged() throws {
        let s = try Scratch()
        defer { s.remove() }
        try Data("编号,区域\n".utf8).write(to: URL(fileURLWithPath: s.dbPath))
        #expect(throws: StoreError(kind: .damaged, path: s.dbPath, message: "file is not a database")) {
            try ReportStore(path: s.dbPath)
        }
    }

    @Test func aStoreThatMustExistIsNotCreated() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.path("typo.sqlite")
        #expect(throws: StoreError(kind: .missing, path: path, message: "no report store here; run tongbao import first")) {
            try ReportStore(path: path, mustExist: true)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try ReportStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        _ = try ReportStore(path: path, mustExist: true)
    }

    @Test(arguments: [Double.nan, .infinity, -1, 3_000_000, 1e300])
    func aBusyTimeoutOutOfRangeIsRefused(_ seconds: Double) throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(throws: StoreError.self) { try ReportStore(path: s.dbPath, busyTimeout: seconds) }
        #expect(!FileManager.default.fileExists(atPath: s.dbPath))
    }

    /// A folder mounted read-only (needs root and a mount namespace that allows bind mounts).
    static let readOnlyMount: String? = {
        let s = try? Scratch()
        guard let s, getuid() == 0 else { return nil }
        let source = s.path("src")
        let target = s.path("ro")
        try? FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        guard run(["mount", "--bind", source, target]), run(["mount", "-o", "remount,ro,bind", target]) else {
            _ = run(["umount", target])
            s.remove()
            return nil
        }
        _ = run(["umount", target])
        s.remove()
        return "ok"
    }()

    static func run(_ args: [String]) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test(.enabled(if: readOnlyMount != nil, "skipped: read-only bind mounts need root and mount rights"))
    func aStoreOnReadOnlyMediaIsReadNotWritten() throws {
        let s = try Scratch()
        defer { s.remove() }
        let source = s.path("src")
        let target = s.path("ro")
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        do {
            let store = try ReportStore(path: source + "/store.sqlite")
            _ = try store.importBriefings([Fixtures.file("in/a.txt", dates: ["2017-11-14"])])
            _ = try store.issueNumber(for: Fixtures.week("2017-W46"), kind: "weekly")
        }
        #expect(Self.run(["mount", "--bind", source, target]))
        defer { _ = Self.run(["umount", target]) }
        #expect(Self.run(["mount", "-o", "remount,ro,bind", target]))
        let store = try ReportStore(path: target + "/store.sqlite")
        #expect(store.isReadOnly)
        #expect(try store.briefings(in: Fixtures.week("2017-W46")).map(\.briefing.id) == ["a#1"])
        #expect(throws: StoreError.self) { try store.importBriefings([Fixtures.file("in/b.txt", dates: ["2017-11-15"])]) }
        // A week numbered before the media became read-only keeps its number; a new one cannot be given.
        #expect(try store.issueNumber(for: Fixtures.week("2017-W46"), kind: "weekly") == 1)
        #expect(throws: StoreError.self) { try store.issueNumber(for: Fixtures.week("2017-W47"), kind: "weekly") }
    }
}
