import Foundation
import Testing

/// `tongbao weekly` end to end: store, reruns, concurrency, kills, empty weeks.
@Suite struct WeeklyCommandTests {
    private func importedStore(_ dir: URL) throws -> String {
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLIRunner.run(["import", "seeds/", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test func printsThePathAndKeepsTheIssueNumberOnRerun() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try importedStore(dir)
        let out = dir.appendingPathComponent("notices/").path + "/"
        let first = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W46", "--output", out, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let pdf = out + "weekly-2017-W46.pdf"
        #expect(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("weekly-2017-W46.pdf"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let later = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W47", "--output", out, "--quiet"])
        #expect(later.status == 0)
        #expect(try CLIRunner.issueLine(out + "weekly-2017-W47.pdf") == "2017年第2期")
        // Importing the same seeds again and rerunning gives the same bytes and the same 期号.
        _ = try CLIRunner.run(["import", "seeds/", "--db", db])
        let rerun = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W46", "--output", out, "--quiet"])
        #expect(rerun.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == bytes)
        #expect(try CLIRunner.issueLine(pdf) == "2017年第1期")
    }

    @Test func aRefusedNoticeStoresNo期号() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")
        // A briefing of 2017-W46 whose meeting's name holds a 400-letter word: no line can hold it,
        // the self-check refuses the notice (70) — after the week's material was gathered.
        let unbreakable = briefingItem(1, date: "2017年11月14日").replacingOccurrences(
            of: "次大气", with: "次" + String(repeating: "W", count: 400) + "大气")
        try s.write("in/w46.txt", unbreakable)
        try s.write("in/w47.txt", briefingItem(2, date: "2017年11月21日"))
        #expect(try CLIRunner.run(["import", "--db", db, s.path("in")]).status == 0)
        let refused = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W46", "--output", s.path("n46.pdf")])
        #expect(refused.status == 70, "\(refused.stderr)")
        #expect(refused.stderr.contains("n46.pdf: not written"))
        #expect(StoreProbe.count(db, "issue_number") == 0)
        #expect(!FileManager.default.fileExists(atPath: s.path("n46.pdf")))
        // The next week that succeeds gets the year's first number; the refused week, once forced, the second.
        let ok = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W47", "--output", s.path("n47.pdf"), "--quiet"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try CLIRunner.issueLine(s.path("n47.pdf")) == "2017年第1期")
        let forced = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W46", "--output", s.path("n46.pdf"), "--force", "--quiet"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try CLIRunner.issueLine(s.path("n46.pdf")) == "2017年第2期")
        #expect(StoreProbe.query(db, "SELECT week || ':' || number FROM issue_number ORDER BY number") == "2017-W47:1\n2017-W46:2")
    }

    @Test func twoRunsAtTheSameMomentGetTheSameIssueNumber() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try importedStore(dir)
        let runs = (0..<2).map { i -> Process in
            let p = Process()
            p.executableURL = CLIRunner.executable
            p.arguments = ["weekly", "--db", db, "--week", "2017-W46", "--output", dir.appendingPathComponent("n\(i).pdf").path, "--quiet"]
            p.currentDirectoryURL = CLIRunner.packageRoot
            return p
        }
        for p in runs { try p.run() }
        for p in runs { p.waitUntilExit() }
        #expect(runs.allSatisfy { $0.terminationStatus == 0 })
        let lines = try (0..<2).map { try CLIRunner.issueLine(dir.appendingPathComponent("n\($0).pdf").path) }
        #expect(lines[0] != nil && lines[0] == lines[1])
    }

    @Test func aKilledRunLeavesNoPartialPDF() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("notice.pdf")
        for delay in [5_000, 30_000, 60_000, 120_000, 200_000] as [useconds_t] {
            try? FileManager.default.removeItem(at: target)
            let p = Process()
            p.executableURL = CLIRunner.executable
            p.arguments = ["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", target.path, "--quiet"]
            p.currentDirectoryURL = CLIRunner.packageRoot
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            // Either nothing at the output path, or a complete PDF (the rename happened first).
            if let data = try? Data(contentsOf: target) {
                let tail = String(decoding: data.suffix(16), as: UTF8.self)
                #expect(tail.contains("%%EOF"), "a partial PDF after a kill at \(delay) µs")
            }
        }
        // The next run cleans the killed runs' temporaries and succeeds.
        let ok = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", target.path, "--quiet"])
        #expect(ok.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func anEmptyWeekSaysSoOrWritesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.path + "/"
        let r = try CLIRunner.run(["weekly", "--week", "2017-W30", "--input", "seeds/", "--output", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "weekly-2017-W30.pdf"))
        let skip = try CLIRunner.run(["weekly", "--week", "2017-W31", "--input", "seeds/", "--output", out, "--skip-empty"])
        #expect(skip.status == 0)
        #expect(!FileManager.default.fileExists(atPath: out + "weekly-2017-W31.pdf"))
    }

    @Test func outputErrorsAreNamedWithTheirExitCode() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", dir.path + "/nope/x/y.pdf"])
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("nope/x"))
        let noInput = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "no-such-dir/", "--output", dir.path + "/"])
        #expect(noInput.status == 66)
        #expect(noInput.stderr.contains("no-such-dir"))
        let badLayout = dir.appendingPathComponent("bad.toml")
        try Data("version = 1\n[page]\nmargin_left_mm = -3\n".utf8).write(to: badLayout)
        let layout = try CLIRunner.run([
            "weekly", "--week", "2017-W46", "--input", "seeds/", "--output", dir.path + "/", "--layout", badLayout.path,
        ])
        #expect(layout.status == 65)
        #expect(layout.stderr.contains("bad.toml"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/weekly-2017-W46.pdf"))
    }
}
