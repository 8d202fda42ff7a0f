import Foundation
import Testing

/// Eight tongbao processes against one store at once.
@Suite(.serialized) struct ConcurrentProcessesTests {
    /// Starts every argument list at once and waits for all; returns (status, stderr) per run.
    private func together(_ runs: [[String]]) throws -> [(Int32, String)] {
        let processes = runs.map { args -> (Process, Pipe) in
            let p = Process()
            p.executableURL = CLIRunner.executable
            p.arguments = args
            p.currentDirectoryURL = CLIRunner.packageRoot
            p.standardOutput = FileHandle.nullDevice
            let err = Pipe()
            p.standardError = err
            return (p, err)
        }
        for (p, _) in processes { try p.run() }
        return processes.map { p, err in
            let e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: e, as: UTF8.self))
        }
    }

    @Test func eightProcessesImportingAndGeneratingAtOnce() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")  // does not exist yet: the first ones race to create it
        let weeks = ["2017-W46", "2017-W47", "2016-W44", "2018-W22"]
        var runs: [[String]] = []
        for i in 0..<8 {
            if i % 2 == 0 {
                runs.append(["import", "seeds/", "--ledger", "examples/ledger-example.csv", "--db", db])
            } else {
                let w = weeks[i / 2]
                runs.append(["weekly", "--db", db, "--week", w, "--output", s.path("out\(i)") + "/", "--quiet"])
            }
        }
        let results = try together(runs)
        // A notice that starts before any import has created the store is refused (66, issue 13:
        // weekly never creates a store); every other run succeeds.
        for (k, r) in results.enumerated() {
            let refusedBeforeTheStore = runs[k][0] == "weekly" && r.0 == 66 && r.1.contains("run tongbao import first")
            #expect(r.0 == 0 || refusedBeforeTheStore, "\(runs[k].prefix(1)) failed: \(r.1)")
        }
        #expect(StoreProbe.integrity(db) == "ok")
        #expect(StoreProbe.count(db, "source_file") == 5)
        #expect(StoreProbe.count(db, "briefing") == 14)
        #expect(StoreProbe.query(db, "SELECT count(*) FROM (SELECT 1 FROM briefing GROUP BY id HAVING count(*) > 1)") == "0")
        #expect(StoreProbe.count(db, "problem") == 10)
        #expect(StoreProbe.query(db, "SELECT count(*) FROM (SELECT 1 FROM issue_number GROUP BY kind, week HAVING count(*) > 1)") == "0")

        // Then eight notices of the same two weeks at once: one 期号 per week, the same in every PDF.
        var second: [[String]] = []
        for i in 0..<8 {
            second.append([
                "weekly", "--db", db, "--week", i % 2 == 0 ? "2017-W46" : "2017-W48", "--output", s.path("n\(i).pdf"), "--quiet",
            ])
        }
        let again = try together(second)
        for r in again { #expect(r.0 == 0, "\(r.1)") }
        let even = try (0..<8).filter { $0 % 2 == 0 }.map { try CLIRunner.issueLine(s.path("n\($0).pdf")) }
        let odd = try (0..<8).filter { $0 % 2 == 1 }.map { try CLIRunner.issueLine(s.path("n\($0).pdf")) }
        #expect(Set(even).count == 1 && even[0] != nil, "\(even)")
        #expect(Set(odd).count == 1 && odd[0] != nil, "\(odd)")
        #expect(even[0] != odd[0])
        #expect(StoreProbe.query(db, "SELECT count(*) FROM issue_number WHERE week IN ('2017-W46', '2017-W48')") == "2")
        #expect(
            StoreProbe.query(db, "SELECT count(*) FROM (SELECT 1 FROM issue_number GROUP BY kind, year, number HAVING count(*) > 1)") == "0"
        )
        #expect(!s.names().contains { $0.hasSuffix(".tmp") })
        #expect(StoreProbe.integrity(db) == "ok")
    }
}
