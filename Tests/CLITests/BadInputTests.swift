import Foundation
import Testing

/// Hostile and broken input through the CLI: every case checks the exit code, a message that
/// names the file (and the line where there is one), and that nothing was written or stored.
@Suite struct BadInputTests {
    // MARK: briefing files

    /// Imports `file` into a fresh store; the store must hold no file and no item afterwards.
    private func refusedImport(_ s: Scratch, _ file: String, code: Int32 = 65, message: String) throws {
        let db = s.path("s.sqlite")
        let r = try CLIRunner.run(["import", file, "--db", db])
        #expect(r.status == code, "\(file): \(r.stderr)")
        #expect(r.stderr.contains(file), "the message names the file: \(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(StoreProbe.count(db, "source_file") == 0)
        #expect(StoreProbe.count(db, "briefing") == 0)
        // parse says the same and prints no item.
        let p = try CLIRunner.run(["parse", file])
        #expect(p.status == code)
        #expect(p.stderr.contains(file) && p.stderr.contains(message), "\(p.stderr)")
        #expect(p.stdout.contains("0 items"))
    }

    @Test func emptyFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        try refusedImport(s, try s.write("empty.txt", Data()), message: "empty file")
    }

    @Test func binaryFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        var x: UInt32 = 2_463_534_242
        for _ in 0..<4096 {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5
            bytes.append(UInt8(truncatingIfNeeded: x))
        }
        try refusedImport(s, try s.write("picture.txt", Data(bytes)), message: "binary data")
    }

    @Test func invalidUTF8AndTruncatedGB18030() throws {
        let s = try Scratch()
        defer { s.remove() }
        let text = briefingItem(1, date: "2017年11月14日")
        // Valid UTF-8 with a lone continuation byte and an overlong sequence in the middle.
        var utf8 = Array(text.utf8)
        utf8.insert(contentsOf: [0x80, 0xC0, 0xAF], at: 30)
        try refusedImport(s, try s.write("broken-utf8.txt", Data(utf8)), message: "neither utf-8")
        // GB18030 cut in the middle of a two-byte character.
        let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let lastHan = try #require(gb.lastIndex { $0 >= 0x81 })
        let cut = gb.prefix(upTo: lastHan - 1 + 1)  // ends on a lead byte
        try refusedImport(s, try s.write("cut-gb18030.txt", Data(cut)), message: "truncated")
    }

    @Test func aFileWithNoBriefing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let file = try s.write("minutes.txt", "Minutes of the meeting.\nNothing was decided.\n联系电话：010-12345678\n")
        try refusedImport(s, file, message: "no briefing found in the file")
    }

    @Test func impossibleDatesGiveNoDateAndAWarningWithTheLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        let file = try s.write(
            "dates.txt", briefingItem(1, date: "2017年2月30日") + briefingItem(2, date: "2017年13月5日"))
        let p = try CLIRunner.run(["parse", file, "--json", "--verbose"])
        #expect(p.status == 0, "\(p.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(p.stdout.utf8)) as? [String: Any])
        let items = try #require(json["briefings"] as? [[String: Any]])
        #expect(items.count == 2)
        for item in items { #expect(item["date"] is NSNull, "\(item["date"] ?? "")") }
        // Stored without a date: no week gets them.
        let db = s.path("s.sqlite")
        let r = try CLIRunner.run(["import", file, "--db", db])
        #expect(r.status == 0)
        #expect(StoreProbe.query(db, "SELECT count(*) FROM briefing WHERE date IS NOT NULL") == "0")
    }

    @Test func aWeekThatDoesNotExistWritesNothing() throws {
        let s = try Scratch()
        defer { s.remove() }
        for week in ["2017-W54", "2017-W00", "2016-W53", "2017-W5x"] {
            let r = try CLIRunner.run(["weekly", "--week", week, "--db", s.path("s.sqlite"), "--output", s.dir.path + "/out/"])
            #expect(r.status == 64, "\(week): \(r.stderr)")
            #expect(r.stderr.contains(week))
        }
        #expect(s.names().isEmpty, "\(s.names())")
    }

    @Test func tenThousandItemsInOneFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        var text = ""
        for n in 1...10_000 { text += briefingItem(n, date: "2017年11月\(14 + n % 3)日") }
        let file = try s.write("many.txt", text)
        let db = s.path("s.sqlite")
        let start = Date()
        let r = try CLIRunner.run(["import", file, "--db", db])
        let seconds = Date().timeIntervalSince(start)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(StoreProbe.count(db, "briefing") == 10_000, "\(r.stdout)")
        print("10,000 items imported in \(Int(seconds)) s")
        let again = try CLIRunner.run(["import", file, "--db", db])
        #expect(again.stdout.contains("0 new, 1 unchanged"))
    }

    @Test func aFileOverTheLimitIsRefusedByNameBeforeItIsRead() throws {
        let s = try Scratch()
        defer { s.remove() }
        // A sparse 65 MiB file: refused on its size alone, so the test costs no reading.
        let file = try s.write("huge.txt", Data(briefingItem(1, date: "2017年11月14日").utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        let db = s.path("s.sqlite")
        let r = try CLIRunner.run(["import", file, "--db", db])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("huge.txt") && r.stderr.contains("too large"), "\(r.stderr)")
        #expect(StoreProbe.count(db, "briefing") == 0)
        let w = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", file, "--output", s.dir.path + "/out/"])
        #expect(w.status == 65)
        #expect(w.stderr.contains("huge.txt"))
    }

    // MARK: layouts

    private func refusedLayout(_ s: Scratch, _ name: String, _ toml: String, line: Int?, mentions: String) throws {
        try copyBase(s)
        let layout = try s.write(name, toml)
        let out = s.dir.path + "/out-\(name)/"
        let r = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", out, "--layout", layout])
        #expect(r.status == 65, "\(name): \(r.stderr)")
        let place = line.map { "\(layout):\($0)" } ?? layout
        #expect(r.stderr.contains(place), "\(name) names file and line: \(r.stderr)")
        #expect(r.stderr.contains(mentions), "\(r.stderr)")
        #expect(s.names(in: "out-\(name)").isEmpty)
    }

    /// The base layout the shipped ones extend, beside a layout written in the scratch folder.
    private func copyBase(_ s: Scratch) throws {
        let base = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("layouts/base.toml"), encoding: .utf8)
        _ = try s.write("base.toml", base)
    }

    /// The shipped layout with `old` replaced by `new` (the line numbers stay those of the file).
    private func shipped(replacing old: String, with new: String) throws -> (String, Int) {
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("layouts/weekly-notice.toml"), encoding: .utf8)
        let range = try #require(text.range(of: old))
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (text.replacingCharacters(in: range, with: new), line)
    }

    @Test func layoutSyntaxError() throws {
        let s = try Scratch()
        defer { s.remove() }
        try refusedLayout(s, "syntax.toml", "version = 1\n[page\nsize = \"A4\"\n", line: 2, mentions: "TOML")
    }

    @Test func layoutHeaderThatCrashedTheParser() throws {
        // `[样式]` made toml++ abort the process (exit 134) before the fix; found by fuzzing.
        let s = try Scratch()
        defer { s.remove() }
        let (text, line) = try shipped(replacing: "\n[weekly]\n", with: "\n[样式.weekly]\n")
        try refusedLayout(s, "han-header.toml", text, line: line + 1, mentions: "table header")
    }

    @Test func layoutUnknownKey() throws {
        let s = try Scratch()
        defer { s.remove() }
        // (line: the line before [weekly], where the match starts)
        let (text, line) = try shipped(replacing: "\n[weekly]\n", with: "\n[page]\nmargin_lefft_mm = 28\n[weekly]\n")
        try refusedLayout(s, "unknown.toml", text, line: line + 2, mentions: "margin_lefft_mm")
    }

    @Test func layoutNegativeMargin() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (text, line) = try shipped(replacing: "\n[weekly]\n", with: "\n[page]\nmargin_top_mm = -5\n[weekly]\n")
        try refusedLayout(s, "negative.toml", text, line: line + 2, mentions: "margin_top_mm")
    }

    @Test func layoutFontThatDoesNotExist() throws {
        let s = try Scratch()
        defer { s.remove() }
        // The body role names only a family that no file in fonts/ has.
        let (text, _) = try shipped(
            replacing: "\n[weekly]\n", with: "\n[fonts.body]\nfamilies = [\"No Such Font Song\"]\n[weekly]\n")
        try copyBase(s)
        let layout = try s.write("nofont.toml", text)
        let out = s.dir.path + "/out/"
        let r = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", out, "--layout", layout])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("No Such Font Song") && r.stderr.contains("body"), "\(r.stderr)")
        #expect(r.stderr.contains(layout), "names the layout: \(r.stderr)")
        #expect(s.names(in: "out").isEmpty, "\(s.names(in: "out"))")
    }

    @Test func renderExitCodesNameTheFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        let ok = try s.write("ok.json", "[[\"p\", \"大气污染防治工作会议召开。\"]]")
        let cases: [([String], Int32, String)] = [
            (["render", s.path("none.json"), "--output", s.path("a.pdf")], 66, s.path("none.json")),
            (["render", try s.write("bad.json", "[[\"p\", \"x\"]"), "--output", s.path("a.pdf")], 65, s.path("bad.json")),
            (["render", try s.write("block.json", "[[\"marquee\", \"x\"]]"), "--output", s.path("a.pdf")], 65, s.path("block.json")),
            (["render", try s.write("bin.json", Data([0xFF, 0x00, 0xFE])), "--output", s.path("a.pdf")], 65, s.path("bin.json")),
            (["render", ok, "--output", s.path("a.pdf"), "--layout", s.path("none.toml")], 66, s.path("none.toml")),
            (["render", ok, "--output", s.path("nodir/a.pdf")], 73, s.path("nodir")),
        ]
        for (args, code, name) in cases {
            let r = try CLIRunner.run(args)
            #expect(r.status == code, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(name), "\(args): \(r.stderr)")
        }
        #expect(s.names() == ["bad.json", "bin.json", "block.json", "ok.json"])
    }

    // MARK: ledgers (CSV)

    private static let ledgerHeader = "编号,区域,类别,问题描述,发现日期,整改期限,整改状态,销号日期,通报次数\n"

    private func refusedLedger(_ s: Scratch, _ name: String, _ csv: String, line: Int?, mentions: String) throws {
        let file = try s.write(name, csv)
        let db = s.path("ledger-\(name).sqlite")
        let r = try CLIRunner.run(["import", "--ledger", file, "--db", db])
        #expect(r.status == 65, "\(name): \(r.stderr)")
        let place = line.map { "\(file):\($0)" } ?? file
        #expect(r.stderr.contains(place), "\(name) names file and line: \(r.stderr)")
        #expect(r.stderr.contains(mentions), "\(name): \(r.stderr)")
        #expect(r.stderr.contains("refused"))
        #expect(StoreProbe.count(db, "problem") == 0)
        #expect(StoreProbe.count(db, "ledger_file") == 0)
    }

    @Test func ledgerWithNaN() throws {
        let s = try Scratch()
        defer { s.remove() }
        try refusedLedger(
            s, "nan.csv",
            Self.ledgerHeader + "A1,高新区,扬尘,工地未覆盖,2017-11-02,2017-11-20,整改中,,1\nA2,高新区,扬尘,道路积尘,2017-11-03,2017-11-20,整改中,,NaN\n",
            line: 3, mentions: "NaN")
    }

    @Test func ledgerWithANegativeCount() throws {
        let s = try Scratch()
        defer { s.remove() }
        try refusedLedger(
            s, "negative.csv",
            Self.ledgerHeader + "A1,高新区,扬尘,工地未覆盖,2017-11-02,2017-11-20,整改中,,-2\n", line: 2, mentions: "-2")
    }

    @Test func ledgerWithoutARequiredColumn() throws {
        let s = try Scratch()
        defer { s.remove() }
        try refusedLedger(s, "columns.csv", "编号,类别,问题描述\nA1,扬尘,工地未覆盖\n", line: nil, mentions: "区域")
    }

    @Test func ledgerWithADuplicateRow() throws {
        let s = try Scratch()
        defer { s.remove() }
        let row = "A1,高新区,扬尘,工地未覆盖,2017-11-02,2017-11-20,整改中,,1\n"
        try refusedLedger(s, "twice.csv", Self.ledgerHeader + row + row, line: 3, mentions: "A1")
    }

    @Test func ledgerWithImpossibleMonth() throws {
        let s = try Scratch()
        defer { s.remove() }
        try refusedLedger(
            s, "month.csv", Self.ledgerHeader + "A1,高新区,扬尘,工地未覆盖,2017年13月2日,,整改中,,0\n", line: 2, mentions: "13月")
    }

    // MARK: air-quality CSV

    private static let dailyHeader = "area,date,pollutant,value\n"

    /// A daily table of `days` January days for area A, all six pollutants.
    private static func dailyRows(_ area: String, days: Int) -> String {
        var s = ""
        for d in 1...days {
            for (p, v) in [("SO2", "10"), ("NO2", "30"), ("PM10", "60"), ("PM2.5", "40"), ("CO", "1.0"), ("O3_8h", "80")] {
                s += "\(area),2017-01-\(d < 10 ? "0" : "")\(d),\(p),\(v)\n"
            }
        }
        return s
    }

    @Test func airQualityCSVWithNaNNegativeAndDuplicateRows() throws {
        let s = try Scratch()
        defer { s.remove() }
        let body = Self.dailyRows("东城区", days: 31)
        // Line numbers: header 1, rows from 2; the bad rows follow the 186 good ones.
        let bad = "西城区,2017-01-01,PM2.5,NaN\n西城区,2017-01-01,SO2,-4\n东城区,2017-01-01,SO2,10\n西城区,2017-01-02,PM10,inf\n"
        let file = try s.write("daily.csv", Self.dailyHeader + body + bad)
        for sub in [["daily", "--air", file], ["monthly", "--month", "2017-01", "--air", file, "--verbose"]] {
            let r = try CLIRunner.run(["airquality"] + sub)
            #expect(r.status == 0, "\(sub): \(r.stderr)")
            #expect(r.stderr.contains("\(file):188"), "NaN named with its line: \(r.stderr)")
            #expect(r.stderr.contains("\(file):189"), "negative named with its line: \(r.stderr)")
            #expect(r.stderr.contains("\(file):190"), "duplicate named with its line: \(r.stderr)")
            #expect(r.stderr.contains("\(file):191"), "inf named with its line: \(r.stderr)")
            #expect(!r.stdout.contains("nan") && !r.stdout.contains("inf"), "no NaN reaches the output")
        }
    }

    @Test func airQualityCSVWithoutItsColumns() throws {
        let s = try Scratch()
        defer { s.remove() }
        let file = try s.write("columns.csv", "area,pollutant\n东城区,PM2.5\n")
        let r = try CLIRunner.run(["airquality", "monthly", "--month", "2017-01", "--air", file])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("\(file):1"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let nan = try s.write("nan.csv", Self.dailyHeader + "东城区,2017-01-01,PM2.5,NaN\n")
        let n = try CLIRunner.run(["airquality", "daily", "--air", nan])
        #expect(n.status == 65, "\(n.stderr)")
        #expect(n.stderr.contains("\(nan):2"), "\(n.stderr)")
    }

    // MARK: stores

    @Test func aStoreThatIsNotADatabaseOrIsCorruptIsReportedAndLeftAlone() throws {
        let s = try Scratch()
        defer { s.remove() }
        let text = try s.write("notes.sqlite", String(repeating: "not a database, a clerk's notes. ", count: 20))
        let good = s.path("good.sqlite")
        #expect(try CLIRunner.run(["import", "seeds/", "--db", good]).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: good))
        var x: UInt32 = 7
        for i in stride(from: 4096, to: bytes.count, by: 97) {
            x = x &* 1_103_515_245 &+ 12345
            bytes[i] = UInt8(truncatingIfNeeded: x >> 16)
        }
        let corrupt = try s.write("corrupt.sqlite", bytes)
        for db in [text, corrupt] {
            let before = try Data(contentsOf: URL(fileURLWithPath: db))
            for args in [["import", "seeds/", "--db", db], ["weekly", "--week", "2017-W46", "--db", db, "--output", s.path("out.pdf")]] {
                let r = try CLIRunner.run(args)
                #expect(r.status == 73, "\(args): \(r.stderr)")
                #expect(r.stderr.contains(db), "\(r.stderr)")
            }
            if db == text {
                // (A corrupt SQLite file may get its header counters rewritten by SQLite itself.)
                #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "\(db) left as it was")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: s.path("out.pdf")))
    }

    // MARK: output paths

    @Test func anOutputDirectoryUnderAFile() throws {
        // Tests run as root, which ignores permission bits: a path under a regular file cannot be
        // created by anyone.
        let s = try Scratch()
        defer { s.remove() }
        let file = try s.write("plain", "x")
        for out in [file + "/notices/", file + "/notice.pdf"] {
            let r = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", out])
            #expect(r.status == 73, "\(out): \(r.stderr)")
            #expect(r.stderr.contains(file), "\(r.stderr)")
        }
        #expect(s.names() == ["plain"])
    }

    @Test func aReadOnlyOutputDirectory() throws {
        // A read-only bind mount (root ignores permission bits but not a read-only mount).
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(atPath: s.path("src"), withIntermediateDirectories: true)
        let ro = s.path("ro")
        guard Mounts.readOnlyBind(s.path("src"), on: ro) else { try Test.cancel(Mounts.cannotMount) }
        defer { Mounts.unmount(ro) }
        let r = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", ro + "/"])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains(ro), "\(r.stderr)")
        #expect(s.names(in: "src").isEmpty)
    }

    @Test func anOutputPathThatLeavesTheDirectoryThroughASymlink() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fm = FileManager.default
        try fm.createDirectory(atPath: s.path("out"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: s.path("elsewhere/deep"), withIntermediateDirectories: true)
        let victim = try s.write("elsewhere/victim.pdf", "precious")
        // out/weekly-2017-W46.pdf is a symlink to a file outside out/.
        try fm.createSymbolicLink(atPath: s.path("out/weekly-2017-W46.pdf"), withDestinationPath: victim)
        let r = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", s.path("out") + "/"])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("weekly-2017-W46.pdf") && r.stderr.contains("symbolic link"), "\(r.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        // A dangling symlink is refused the same way.
        try fm.createSymbolicLink(atPath: s.path("out/dangling.pdf"), withDestinationPath: s.path("elsewhere/new.pdf"))
        let d = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", s.path("out/dangling.pdf")])
        #expect(d.status == 73, "\(d.stderr)")
        #expect(!fm.fileExists(atPath: s.path("elsewhere/new.pdf")))
        // out/link/../x.pdf reads as out/x.pdf but leads to elsewhere/x.pdf.
        try fm.createSymbolicLink(atPath: s.path("out/link"), withDestinationPath: s.path("elsewhere/deep"))
        let dots = try CLIRunner.run(["weekly", "--week", "2017-W46", "--input", "seeds/", "--output", s.path("out/link/../x.pdf")])
        #expect(dots.status == 73, "\(dots.stderr)")
        #expect(dots.stderr.contains("x.pdf"), "\(dots.stderr)")
        #expect(s.names(in: "elsewhere") == ["deep", "victim.pdf"])
        #expect(!s.names(in: "out").contains { $0.hasSuffix(".tmp") || $0 == "x.pdf" })
    }
}
