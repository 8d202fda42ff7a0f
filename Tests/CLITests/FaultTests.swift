import Foundation
import Testing

/// Faults: a full disk, kills in the middle of a run, a store another process holds locked.
@Suite(.serialized) struct FaultTests {
    private static let week = "2017-W46"

    private func importedStore(_ s: Scratch, at path: String? = nil) throws -> String {
        let db = path ?? s.path("s.sqlite")
        let r = try CLIRunner.run(["import", "seeds/", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    /// Fills the file system holding `dir` with a filler file until it is full.
    private func fill(_ dir: String) {
        guard
            let h = FileHandle(forWritingAtPath: dir + "/filler")
                ?? {
                    FileManager.default.createFile(atPath: dir + "/filler", contents: nil)
                    return FileHandle(forWritingAtPath: dir + "/filler")
                }()
        else { return }
        let block = Data(count: 4096)
        while (try? h.write(contentsOf: block)) != nil {}
        try? h.close()
    }

    @Test func aFullDiskFailsCleanlyAndKeepsThePreviousPDF() throws {
        let s = try Scratch()
        defer { s.remove() }
        let full = s.path("full")
        guard Mounts.tmpfs(full, size: "64k") else { try Test.cancel(Mounts.cannotMount) }
        defer { Mounts.unmount(full) }
        let previous = Data("%PDF-1.7\n% the notice of last run\n%%EOF\n".utf8)
        try previous.write(to: URL(fileURLWithPath: full + "/weekly-\(Self.week).pdf"))
        fill(full)
        let db = try importedStore(s)
        for args in [
            ["weekly", "--week", Self.week, "--input", "seeds/", "--output", full + "/"],
            ["weekly", "--week", Self.week, "--db", db, "--output", full + "/"],
        ] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 73, "\(r.stderr)")
            #expect(r.stderr.contains(full + "/weekly-\(Self.week).pdf"), "names the file: \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: full + "/weekly-\(Self.week).pdf")) == previous)
            #expect(s.names(in: "full") == ["filler", "weekly-\(Self.week).pdf"], "no temporary left: \(s.names(in: "full"))")
        }
    }

    @Test func aStoreOnAFullDiskRefusesTheImportAndStaysSound() throws {
        let s = try Scratch()
        defer { s.remove() }
        let full = s.path("full")
        guard Mounts.tmpfs(full, size: "1m") else { try Test.cancel(Mounts.cannotMount) }
        defer { Mounts.unmount(full) }
        let db = full + "/s.sqlite"
        let first = try CLIRunner.run(["import", "seeds/000_c3ad2d5b44c5cf74.txt", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let before = StoreProbe.count(db, "briefing")
        fill(full)
        let r = try CLIRunner.run(["import", "seeds/", "--db", db])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains(db), "\(r.stderr)")
        try? FileManager.default.removeItem(atPath: full + "/filler")
        #expect(StoreProbe.integrity(db) == "ok")
        #expect(StoreProbe.count(db, "briefing") == before, "nothing half-imported")
        let again = try CLIRunner.run(["import", "seeds/", "--db", db])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(StoreProbe.count(db, "briefing") == 14)
    }

    /// Starts `tongbao args…` and sends `signal` after `delay` µs; returns the exit status.
    private func interrupted(_ args: [String], after delay: useconds_t, signal: Int32) throws -> Int32 {
        let p = Process()
        p.executableURL = CLIRunner.executable
        p.arguments = args
        p.currentDirectoryURL = CLIRunner.packageRoot
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        usleep(delay)
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test func termAndKillInTheMiddleOfWeeklyLeaveNoPartialFileAndASoundStore() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = try importedStore(s)
        let out = s.path("out")
        let pdf = out + "/weekly-\(Self.week).pdf"
        for sig in [SIGTERM, SIGKILL] {
            for delay in [20_000, 80_000, 150_000, 300_000, 600_000, 1_000_000] as [useconds_t] {
                try? FileManager.default.removeItem(atPath: pdf)
                _ = try interrupted(
                    ["weekly", "--db", db, "--week", Self.week, "--output", out + "/", "--quiet"], after: delay, signal: sig)
                if let data = FileManager.default.contents(atPath: pdf) {
                    #expect(
                        String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF"),
                        "a partial PDF after signal \(sig) at \(delay) µs")
                }
                if sig == SIGTERM {
                    #expect(!s.names(in: "out").contains { $0.hasSuffix(".tmp") }, "SIGTERM at \(delay) µs left \(s.names(in: "out"))")
                }
                #expect(StoreProbe.integrity(db) == "ok")
                #expect(
                    StoreProbe.query(db, "SELECT count(*) FROM issue_number WHERE week = '\(Self.week)'").map { Int($0) ?? 9 } ?? 9 <= 1)
            }
        }
        // The store opens and the next run writes the notice with the week's one 期号.
        let ok = try CLIRunner.run(["weekly", "--db", db, "--week", Self.week, "--output", out + "/", "--quiet"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(StoreProbe.query(db, "SELECT number FROM issue_number WHERE week = '\(Self.week)'") == "1")
        #expect(s.names(in: "out") == ["weekly-\(Self.week).pdf"], "\(s.names(in: "out"))")
    }

    @Test func killsInTheMiddleOfAnImportLeaveASoundStore() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")
        for delay in [10_000, 40_000, 100_000, 200_000, 400_000] as [useconds_t] {
            try? FileManager.default.removeItem(atPath: db)
            _ = try interrupted(["import", "seeds/", "--ledger", "examples/ledger-example.csv", "--db", db], after: delay, signal: SIGKILL)
            if FileManager.default.fileExists(atPath: db) {
                #expect(StoreProbe.integrity(db) == "ok", "after a kill at \(delay) µs")
                let items = StoreProbe.count(db, "briefing") ?? -1
                #expect(items == 0 || items == 14, "all of the files or none: \(items) items after a kill at \(delay) µs")
            }
            let again = try CLIRunner.run(["import", "seeds/", "--ledger", "examples/ledger-example.csv", "--db", db])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(StoreProbe.count(db, "briefing") == 14)
            #expect(StoreProbe.count(db, "problem") == 10)
        }
    }

    /// A `sqlite3` shell holding the store's write lock until `release()`.
    private final class LockHolder: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let output = Pipe()

        struct CannotHold: Error, CustomStringConvertible {
            var description: String
        }

        init(_ db: String) throws {
            guard let shell = StoreProbe.shell else { throw CannotHold(description: "no sqlite3 shell to hold a lock with") }
            process.executableURL = URL(fileURLWithPath: shell)
            process.arguments = ["-batch", db]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n".utf8))
            var seen = Data()
            while !String(decoding: seen, as: UTF8.self).contains("locked") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty {
                    throw CannotHold(description: "sqlite3 ended before it held the lock of \(db) (it printed \(seen.count) bytes)")
                }
                seen += chunk
            }
        }

        private var released = false

        func release() {
            guard !released else { return }
            released = true
            try? input.fileHandleForWriting.write(contentsOf: Data("COMMIT;\n.quit\n".utf8))
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    @Test func aLockedStoreIsWaitedForThenReported() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = try importedStore(s)
        let ledger = ["import", "--ledger", "examples/ledger-example.csv", "--db", db]

        // Held for 2 s: the import waits and lands.
        // Without a sqlite3 shell the test is cancelled (shown as skipped); a holder that cannot take the
        // lock fails the test.
        guard StoreProbe.shell != nil else { try Test.cancel("skipped: no sqlite3 shell to hold the lock with") }
        let short = try LockHolder(db)
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) { short.release() }
        // Without waiting it would have been refused as locked (73): a success is the wait.
        let waited = try CLIRunner.run(ledger)
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(StoreProbe.count(db, "problem") == 10)

        // Held longer than the busy timeout: reported with the store's path, exit 73, nothing half-done.
        let long = try LockHolder(db)
        defer { long.release() }
        let refused = try CLIRunner.run(
            ["weekly", "--db", db, "--week", Self.week, "--output", s.path("out") + "/"], environment: ["TONGBAO_BUSY_TIMEOUT": "2"])
        #expect(refused.status == 73, "\(refused.stderr)")
        #expect(refused.stderr.contains(db) && refused.stderr.contains("locked"), "\(refused.stderr)")
        #expect(s.names(in: "out").isEmpty)
        long.release()
        #expect(StoreProbe.integrity(db) == "ok")
    }
}
