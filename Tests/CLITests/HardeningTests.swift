import Foundation
import Testing

/// Issue 13, by class: outputs (4), impossible periods (6), CLI traps (7), numbers from the
/// environment, flags and air files (1), files that are not what they say (2). Every case checks
/// the exit code, a message naming the argument or path, and that nothing was written.
@Suite struct OutputHardeningTests {
    /// A block list the self-check refuses (a word split across lines) and one with a character
    /// no font has.
    private static let refusedContents: [(String, String, Int32)] = [
        ("split.json", "[[\"p\", \"\(String(repeating: "W", count: 400))\"]]", 70),
        ("glyph.json", "[[\"p\", \"大气\u{E000}污染\"]]", 65),
    ]

    @Test func aRefusedDocumentWritesNothingAndCreatesNoDirectory() throws {
        let s = try Scratch()
        defer { s.remove() }
        for (name, json, code) in Self.refusedContents {
            let content = try s.write("in/\(name)", json)
            let r = try CLIRunner.run([
                "render", content, "--output", s.path("out/pdf") + "/", "--png", s.path("out/png") + "/", "--png-long",
                s.path("out/long") + "/",
                "--emit-content", s.path("out/json") + "/", "--docx", s.path("out/docx") + "/",
            ])
            #expect(r.status == code, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(s.path("out/pdf")), "\(r.stderr)")
            #expect(s.names() == ["in"], "nothing written or created for \(name): \(s.names()) \(s.names(in: "out"))")
        }
    }

    @Test func pageImagesNeverGoThroughASymlinkAndStalePagesGo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fm = FileManager.default
        let content = try s.write("one.json", "[[\"p\", \"大气污染防治工作会议召开。\"]]")
        let victim = try s.write("victim.png", "precious")
        try fm.createDirectory(atPath: s.path("png"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: s.path("png/page-1.png"), withDestinationPath: victim)
        let r = try CLIRunner.run(["render", content, "--output", s.path("a.pdf"), "--png", s.path("png")])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains(s.path("png/page-1.png")) && r.stderr.contains("symbolic link"), "\(r.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        #expect(!fm.fileExists(atPath: s.path("a.pdf")), "nothing moved into place when one output is refused")
        // A longer earlier run's pages are removed; the new ones replace the link.
        try fm.removeItem(atPath: s.path("png/page-1.png"))
        for n in [1, 2, 3, 12] { try s.write("png/page-\(n).png", "old") }
        try fm.createSymbolicLink(atPath: s.path("png/page-7.png"), withDestinationPath: victim)
        let again = try CLIRunner.run(["render", content, "--output", s.path("a.pdf"), "--png", s.path("png")])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(s.names(in: "png") == ["page-1.png"], "\(s.names(in: "png"))")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        #expect(!s.names().contains { $0.hasSuffix(".tmp") })
    }

    @Test func anOutputNameOverTheFileSystemLimitIsRefusedClearly() throws {
        let s = try Scratch()
        defer { s.remove() }
        let content = try s.write("one.json", "[[\"p\", \"大气污染防治工作会议召开。\"]]")
        let long = s.path(String(repeating: "通报", count: 45) + ".pdf")  // 274 bytes
        for args in [
            ["--output", long], ["--output", s.path("a.pdf"), "--emit-content", long.replacingOccurrences(of: ".pdf", with: ".json")],
        ] {
            let r = try CLIRunner.run(["render", content] + args)
            #expect(r.status == 73, "\(r.stderr)")
            #expect(r.stderr.contains("255 bytes"), "\(r.stderr)")
        }
        #expect(s.names() == ["one.json"])
    }

    @Test func aFullDiskUnderThePageImagesNamesAPageNotThePDF() throws {
        let s = try Scratch()
        defer { s.remove() }
        let full = s.path("full")
        guard Mounts.tmpfs(full, size: "64k") else { try Test.cancel(Mounts.cannotMount) }
        defer { Mounts.unmount(full) }
        let filler =
            FileHandle(forWritingAtPath: full + "/filler")
            ?? {
                FileManager.default.createFile(atPath: full + "/filler", contents: nil)
                return FileHandle(forWritingAtPath: full + "/filler")
            }()
        while (try? filler?.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler?.close()
        let r = try CLIRunner.run([
            "weekly", "--week", "2017-W46", "--input", "seeds/", "--output", s.path("out") + "/", "--png", full + "/pages/",
        ])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains(full + "/pages"), "names the page images: \(r.stderr)")
        #expect(!r.stderr.contains("weekly-2017-W46.pdf"), "\(r.stderr)")
        #expect(s.names(in: "out").isEmpty && s.names(in: "full") == ["filler"], "\(s.names(in: "out")) \(s.names(in: "full"))")
    }
}

@Suite struct PeriodAndTrapTests {
    @Test func yearsOutside1949To2100AreUsageErrorsEverywhere() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = s.path("out") + "/"
        let cases: [[String]] = [
            ["weekly", "--week", "0000-W01", "--input", "seeds/", "--output", out],
            ["weekly", "--week", "2101-W01", "--db", s.path("s.sqlite"), "--output", out],
            ["review", "--week", "1900-W01", "--db", s.path("s.sqlite"), "--output", out],
            ["monthly", "--month", "0000-01", "--air", "examples/air/daily/", "--output", out],
            ["monthly", "--month", "2017-01", "--date", "0000-01-01", "--air", "examples/air/daily/", "--output", out],
            ["airquality", "monthly", "--month", "1900-01", "--air", "examples/air/daily/"],
            ["airquality", "daily", "--month", "2101-01", "--air", "examples/air/daily/"],
            ["airquality", "hourly", "examples/air/daily/", "--date", "0001-01-01"],
            ["parse", "seeds/", "--year", "0"],
            ["parse", "seeds/", "--year", "99999"],
        ]
        for args in cases {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("1949…2100"), "\(args) states the range: \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args)")
        }
        #expect(s.names().isEmpty, "\(s.names())")
    }

    @Test func aDashWordIsAFileWhenItExistsElseAUsageError() throws {
        let s = try Scratch()
        defer { s.remove() }
        let seed = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("seeds/000_c3ad2d5b44c5cf74.txt"), encoding: .utf8)
        try s.write("a.txt", seed)
        try s.write("-dash.txt", seed + "\n")
        let ok = try CLIRunner.run(["import", "a.txt", "-dash.txt", "--db", "s.sqlite"], cwd: s.dir)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("2 files: 2 new"), "\(ok.stdout)")
        #expect(StoreProbe.query(s.path("s.sqlite"), "SELECT count(*) FROM source_file WHERE path = '-dash.txt'") == "1")
        for args in [["import", "a.txt", "-nodash.txt", "--db", "t.sqlite"], ["parse", "-nodash.txt"], ["weekly", "-xyz"]] {
            let r = try CLIRunner.run(args, cwd: s.dir)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(args.first { $0.hasPrefix("-") && $0.count > 2 && !$0.hasPrefix("--") } ?? "?"), "\(r.stderr)")
            #expect(!r.stdout.contains("USAGE"), "no help printed: \(r.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.path("t.sqlite")))
        let after = try CLIRunner.run(["parse", "--", "-dash.txt"], cwd: s.dir)
        #expect(after.status == 0, "\(after.stderr)")
    }

    @Test func renderOnAFileThatCannotBeReadExits65() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(atPath: s.path("dir.json"), withIntermediateDirectories: true)
        #expect(mkfifo(s.path("fifo.json"), 0o600) == 0)
        for name in ["dir.json", "fifo.json"] {
            let r = try CLIRunner.run(["render", s.path(name), "--output", s.path("a.pdf")])
            #expect(r.status == 65, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(s.path(name)) && r.stderr.contains("not a regular file"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.path("a.pdf")))
    }
}

@Suite struct NumberAndFileHardeningTests {
    @Test func numbersFromTheEnvironmentAndFlagsAreCheckedAndTheRangeStated() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")
        for value in ["3000000", "nan", "inf", "-1", "1e309", "abc", ""] {
            let r = try CLIRunner.run(["import", "seeds/", "--db", db], environment: ["TONGBAO_BUSY_TIMEOUT": value])
            #expect(r.status == 64, "\(value): \(r.stderr)")
            #expect(r.stderr.contains("TONGBAO_BUSY_TIMEOUT") && r.stderr.contains("0 to 3600"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db), "no store created")
        let epoch = try CLIRunner.run(
            ["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", s.path("out") + "/"],
            environment: ["SOURCE_DATE_EPOCH": "1e300"])
        #expect(epoch.status == 64 && epoch.stderr.contains("SOURCE_DATE_EPOCH"), "\(epoch.stderr)")
        let flags: [[String]] = [
            ["monthly", "--month", "2017-01", "--air", "examples/air/daily/", "--output", s.path("out") + "/", "--issue", "0"],
            ["monthly", "--month", "2017-01", "--air", "examples/air/daily/", "--output", s.path("out") + "/", "--issue", "99999999999"],
            ["airquality", "monthly", "--month", "2017-01", "--air", "examples/air/daily/", "--warn-last", "1000000"],
        ]
        for args in flags {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("out of range"), "\(r.stderr)")
        }
        #expect(s.names().isEmpty, "\(s.names())")
    }

    @Test func anHourlyRowWithAnEnormousYearIsReportedAndAFailedAirImportLeavesNoStore() throws {
        let s = try Scratch()
        defer { s.remove() }
        let header = "No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,station\n"
        let good = "2,2017,1,1,2,10,20,3,4,500,60,X\n"
        let file = try s.write("h.csv", header + "1,999999999999999999,1,1,1,10,20,3,4,500,60,X\n" + good)
        let r = try CLIRunner.run(["airquality", "hourly", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(file):2") && r.stderr.contains("unreadable time"), "\(r.stderr)")
        let only = try s.write("only.csv", header + "1,999999999999999999,1,1,1,10,20,3,4,500,60,X\n")
        for path in [only, s.path("missing.csv")] {
            let db = s.path("air.sqlite")
            let i = try CLIRunner.run(["import", "--air", path, "--db", db])
            #expect(i.status == 65 || i.status == 66, "\(i.stderr)")
            #expect(i.stderr.contains(path), "\(i.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db), "no new store after a failed air import")
        }
    }

    @Test func aBriefingIsCheckedOnTheFileItsPathLeadsTo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let big = try s.write("real/huge.txt", briefingItem(1, date: "2017年11月14日"))
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try h.truncate(atOffset: 65 << 20)
        try h.close()
        try FileManager.default.createSymbolicLink(atPath: s.path("link.txt"), withDestinationPath: big)
        #expect(mkfifo(s.path("fifo.txt"), 0o600) == 0)
        for (name, message) in [("link.txt", "too large"), ("fifo.txt", "not a regular file (a FIFO)")] {
            let db = s.path("s.sqlite")
            let r = try CLIRunner.run(["import", s.path(name), "--db", db])
            #expect(r.status == 65, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(s.path(name)) && r.stderr.contains(message), "\(r.stderr)")
            #expect(StoreProbe.count(db, "briefing") == 0)
            let p = try CLIRunner.run(["parse", s.path(name)])
            #expect(p.status == 65 && p.stderr.contains(message), "\(p.stderr)")
            let w = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", s.path(name), "--output", s.path("out") + "/"])
            #expect(w.status == 65 && w.stderr.contains(message), "\(w.stderr)")
        }
    }

    /// The .docx that spun ZIPFoundation for ever (BriefingReaderTests/Formats, made by
    /// make-deflate-without-end.py) is refused by name by every command that reads briefings, and
    /// the good files given with it land.
    @Test func aDocxWhoseDeflateStreamNeverEndsIsRefusedByName() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fixture = CLIRunner.packageRoot.appendingPathComponent("Tests/BriefingReaderTests/Formats/deflate-without-end.docx")
        let docx = try s.write("in/hostile.docx", Data(contentsOf: fixture))
        let good = try s.write("in/good.txt", briefingItem(1, date: "2017年11月14日"))
        let message = "\(docx): error: a damaged .docx (word/document.xml: a deflate stream that does not end)"
        let p = try CLIRunner.run(["parse", docx])
        #expect(p.status == 65 && p.stderr.contains(message), "\(p.stderr)")
        let db = s.path("s.sqlite")
        let i = try CLIRunner.run(["import", docx, good, "--db", db])
        #expect(i.status == 65 && i.stderr.contains(message), "\(i.stderr)")
        #expect(i.stdout.contains("1 new") && i.stdout.contains("1 refused"), "\(i.stdout)")
        #expect(StoreProbe.count(db, "source_file") == 1)
        let w = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", docx, "--output", s.path("out") + "/"])
        #expect(w.status == 65 && w.stderr.contains(message), "\(w.stderr)")
    }
}
