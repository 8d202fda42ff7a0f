import Foundation
import Testing

/// Issue 13, class 3, through the CLI: a mistyped `--db` for `weekly`/`monthly` is 66 and creates
/// nothing; a damaged store is 73 and is not written; the same bytes under two names are two
/// sources, so editing one leaves the other's item in the notice.
@Suite struct StoreFaultTests {
    static let week = "2017-W46"

    @Test(arguments: [["weekly", "--week", week], ["monthly", "--month", "2017-11"]])
    func aMissingStoreIsRefusedNotCreated(_ command: [String]) throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("typo.sqlite")
        let r = try CLIRunner.run(command + ["--db", db, "--output", s.path("out") + "/"])
        #expect(r.status == 66, "\(r.stderr)")
        #expect(r.stderr.contains(db) && r.stderr.contains("run tongbao import first"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(s.names(in: "out").isEmpty)
    }

    @Test func aDamagedStoreIsRefusedAndNotWritten() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")
        #expect(try CLIRunner.run(["import", "seeds/", "--db", db]).status == 0)
        _ = StoreProbe.query(db, "PRAGMA wal_checkpoint(TRUNCATE)")
        let root = try #require(StoreProbe.query(db, "SELECT rootpage FROM sqlite_master WHERE name = 'briefing_by_date'"))
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: db))
        try handle.seek(toOffset: UInt64(((Int(root) ?? 2) - 1) * 4096))
        handle.write(Data(repeating: 0xEE, count: 64))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for args in [
            ["weekly", "--week", Self.week, "--output", s.path("out") + "/"], ["import", "seeds/"],
            ["import", "--ledger", "examples/ledger-example.csv"],
        ] {
            let r = try CLIRunner.run(args + ["--db", db])
            #expect(r.status == 73, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("\(db): the store is damaged"), "\(r.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(s.names(in: "out").isEmpty)
    }

    @Test func theSameBytesUnderTwoNamesAreTwoSources() throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")
        let item = briefingItem(1, date: "2017年11月14日")
        let a = try s.write("in/a.txt", item)
        let b = try s.write("in/b.txt", item)
        let first = try CLIRunner.run(["import", a, b, "--db", db])
        #expect(first.stdout.contains("2 new, 0 unchanged"), "\(first.stdout)")
        #expect(StoreProbe.count(db, "briefing") == 2)
        // a is edited to another day: b's item stays.
        _ = try s.write("in/a.txt", briefingItem(2, date: "2017年11月15日"))
        let second = try CLIRunner.run(["import", a, b, "--db", db])
        #expect(second.stdout.contains("0 new, 1 unchanged, 1 replaced"), "\(second.stdout)")
        #expect(StoreProbe.count(db, "briefing") == 2)
        #expect(StoreProbe.query(db, "SELECT COUNT(*) FROM briefing WHERE date = '2017-11-14'") == "1")
    }

    /// Issue 13, class 3: a file is known by the file its path leads to, not by how the path was
    /// spelt: one folder imported by its absolute path, by a relative one, from inside it, through a
    /// symlink, or moved together with its store, is stored once. Two files with the same bytes
    /// stay two sources.
    @Test func oneFolderByAnyPathIsStoredOnce() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("office/in/a.txt", briefingItem(1, date: "2017年11月14日"))
        try s.write("office/in/b.txt", briefingItem(2, date: "2017年11月15日"))
        try s.write("office/in/copy-of-a.txt", briefingItem(1, date: "2017年11月14日"))
        let office = s.dir.appendingPathComponent("office")
        let db = office.appendingPathComponent("s.sqlite").path
        let first = try CLIRunner.run(["import", "--db", db, office.path + "/in"])
        #expect(first.stdout.contains("3 new, 0 unchanged"), "\(first.stdout)\(first.stderr)")
        #expect(StoreProbe.count(db, "briefing") == 3)
        try FileManager.default.createSymbolicLink(atPath: s.path("alias"), withDestinationPath: office.path + "/in")
        let spellings: [(cwd: URL, args: [String])] = [
            (office, ["in/"]),
            (office.appendingPathComponent("in"), ["."]),
            (URL(fileURLWithPath: "/"), [String(office.path.dropFirst()) + "/in/../in"]),
            (s.dir, ["alias"]),
            (office, ["./in/a.txt", "in//b.txt", "\(office.path)/in/copy-of-a.txt"]),
        ]
        for (cwd, args) in spellings {
            let again = try CLIRunner.run(["import", "--db", db] + args, cwd: cwd)
            #expect(again.status == 0, "\(args): \(again.stderr)")
            #expect(again.stdout.contains("0 new, 3 unchanged, 0 replaced"), "\(args) from \(cwd.path): \(again.stdout)")
        }
        #expect(StoreProbe.count(db, "source_file") == 3)
        #expect(StoreProbe.count(db, "briefing") == 3)
        // Edited and imported under another spelling: replaced, the copy keeps its item.
        try s.write("office/in/a.txt", briefingItem(3, date: "2017年11月16日"))
        let edited = try CLIRunner.run(["import", "--db", db, "in/a.txt"], cwd: office)
        #expect(edited.stdout.contains("0 new, 0 unchanged, 1 replaced"), "\(edited.stdout)")
        #expect(StoreProbe.count(db, "briefing") == 3)
        #expect(StoreProbe.query(db, "SELECT COUNT(*) FROM briefing WHERE date = '2017-11-14'") == "1")
        // The office folder moved elsewhere with its store: the same files.
        try FileManager.default.moveItem(at: office, to: s.dir.appendingPathComponent("moved"))
        let moved = try CLIRunner.run(["import", "--db", s.path("moved/s.sqlite"), s.path("moved/in")])
        #expect(moved.stdout.contains("0 new, 3 unchanged"), "\(moved.stdout)\(moved.stderr)")
        #expect(StoreProbe.count(s.path("moved/s.sqlite"), "source_file") == 3)
    }

    /// Issue 13, class 1: a ledger count at the edge is refused with file:line, never a crash, and
    /// nothing of the import is stored (the briefings given with it included).
    @Test(arguments: ["1e309", "99999999999999999999", "nan", "-1"])
    func aLedgerCountAtTheEdgeStoresNothingOfTheImport(_ count: String) throws {
        let s = try Scratch()
        defer { s.remove() }
        let db = s.path("s.sqlite")
        let ledger = try s.write(
            "台账.csv", "编号,区域,类别,发现日期,整改状态,通报次数\nDC-1,高新区,扬尘,2017-11-06,整改中,\(count)\n")
        let r = try CLIRunner.run(["import", "seeds/", "--ledger", ledger, "--db", db])
        #expect(r.status == 65, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("\(ledger):2: error: bad 通报次数"), "\(r.stderr)")
        #expect(StoreProbe.count(db, "briefing") == 0)
        #expect(StoreProbe.count(db, "problem") == 0)
    }
}
