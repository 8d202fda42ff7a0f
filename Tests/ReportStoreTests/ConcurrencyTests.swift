import Foundation
import ReportModel
import Testing

@testable import ReportStore

/// Two stores (two DatabasePools, as two processes would have) on one file, and a real second
/// process holding the write lock.
@Suite struct ConcurrencyTests {
    /// Runs `body(i)` for i in 0..<n on n threads at once and collects the results in order.
    static func concurrently<T: Sendable>(_ n: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
        let box = ResultsBox<T>(count: n)
        let group = DispatchGroup()
        for i in 0..<n {
            group.enter()
            Thread.detachNewThread {
                box.set(i, Result { try body(i) })
                group.leave()
            }
        }
        group.wait()
        return box.results
    }

    @Test func twoPoolsOpeningANewStoreAtOnceBothMigrate() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.dbPath
        let results = Self.concurrently(4) { _ in try ReportStore(path: path).dump() }
        for r in results { #expect((try? r.get()) == "", "\(r)") }
    }

    @Test func concurrentImportsFromTwoPoolsAllLand() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.dbPath
        _ = try ReportStore(path: path)
        let results = Self.concurrently(2) { i in
            let store = try ReportStore(path: path)
            var stored = 0
            for k in 0..<20 {
                stored += try store.importBriefings([Fixtures.file("p\(i)/f\(k).txt", dates: ["2017-11-14", nil])])
                    .itemsStored
                _ = try store.issueNumber(for: Fixtures.week("2017-W46"), kind: "weekly")
            }
            return stored
        }
        #expect(results.compactMap { try? $0.get() } == [40, 40])
        #expect(try ReportStore(path: path).briefingCounts() == (40, 80))
    }

    @Test func concurrentIssueNumbersForTheSameWeekAgree() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.dbPath
        _ = try ReportStore(path: path)
        let same = Self.concurrently(4) { _ in try ReportStore(path: path).issueNumber(for: Fixtures.week("2017-W46"), kind: "weekly") }
        #expect(same.compactMap { try? $0.get() } == [1, 1, 1, 1])
        // Different weeks at once: each gets its own number, no gaps, no duplicates.
        let weeks = ["2017-W47", "2017-W48", "2017-W49", "2017-W50"]
        let different = Self.concurrently(4) { i in
            try ReportStore(path: path).issueNumber(for: Fixtures.week(weeks[i]), kind: "weekly")
        }
        #expect(different.compactMap { try? $0.get() }.sorted() == [2, 3, 4, 5])
    }

    static let python3: String? =
        ["/usr/bin/python3", "/usr/local/bin/python3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }

    /// Another process holds the write lock for a moment; our write waits (busy timeout) and lands.
    @Test(.enabled(if: python3 != nil, "needs python3 to play the other process"))
    func aWriteWaitsForAnotherProcessHoldingTheLock() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath, busyTimeout: 20)
        let ready = s.path("locked")
        let script = """
            import sqlite3, time, os, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=20)
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO issue_number (kind, week, year, number) VALUES ('weekly', '2017-W45', 2017, 1)")
            open(sys.argv[2], "w").close()
            time.sleep(1.5)
            db.execute("COMMIT")
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(Self.python3))
        p.arguments = ["-c", script, s.dbPath, ready]
        try p.run()
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: ready) && Date() < deadline && p.isRunning { usleep(20_000) }
        #expect(FileManager.default.fileExists(atPath: ready))
        // Ours waits for the other process's commit (not SQLITE_BUSY), so it sees that row and
        // takes the next number. (No timing assertion: a loaded CI machine may be slow to get here.)
        #expect(try store.issueNumber(for: Fixtures.week("2017-W46"), kind: "weekly") == 2)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(try store.existingIssueNumber(for: Fixtures.week("2017-W45"), kind: "weekly") == 1)
    }
}
