import Foundation
import ReportModel
import Testing

@testable import ReportStore

@Suite struct BriefingImportTests {
    @Test func importingTwiceChangesNothing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let files = [
            Fixtures.file("in/a.txt", dates: ["2017-11-14", nil]),
            Fixtures.file("in/b.txt", dates: ["2017-11-20"]),
        ]
        let first = try store.importBriefings(files)
        #expect(first.count(.new) == 2)
        #expect(first.itemsStored == 3)
        let before = try store.dump()

        let second = try store.importBriefings(files)
        #expect(second.count(.unchanged) == 2)
        #expect(second.itemsStored == 0)
        #expect(try store.dump() == before)

        // A new connection on the same file sees exactly the same.
        #expect(try ReportStore(path: s.dbPath).dump() == before)
    }

    @Test func aChangedFileReplacesItsItems() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        _ = try store.importBriefings([
            Fixtures.file("in/a.txt", dates: ["2017-11-14", "2017-11-15", "2017-11-16"]),
            Fixtures.file("in/b.txt", dates: ["2017-11-14"]),
        ])
        let changed = Fixtures.file("in/a.txt", dates: ["2017-11-17"], text: "改过的正文")
        let summary = try store.importBriefings([changed])
        #expect(summary.count(.replaced) == 1)
        #expect(summary.itemsStored == 1)

        let all = try store.allBriefings()
        #expect(all.map(\.briefing.id) == ["a#1", "b#1"])
        #expect(all[0].briefing.text == "改过的正文")
        #expect(all[0].contentHash == changed.contentHash)
        #expect(try store.briefingCounts() == (2, 2))

        // The replaced store equals one that only ever saw the new content.
        let t = try Scratch()
        defer { t.remove() }
        let fresh = try ReportStore(path: t.dbPath)
        _ = try fresh.importBriefings([changed, Fixtures.file("in/b.txt", dates: ["2017-11-14"])])
        #expect(try fresh.dump() == store.dump())
    }

    /// Issue 13, class 3: identical content under two names is two sources. Editing the first
    /// must not remove the second's items (it used to: the copy was never stored).
    @Test func theSameBytesUnderAnotherPathAreASecondSource() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let a = Fixtures.file("in/a.txt", dates: ["2017-11-14"])
        var copy = Fixtures.file("in/copy-of-a.txt", dates: ["2017-11-14"])
        copy.contentHash = a.contentHash
        #expect(try store.importBriefings([a]).count(.new) == 1)
        let second = try store.importBriefings([copy])
        #expect(second.outcomes.map(\.outcome) == [.new])
        #expect(try store.briefingCounts() == (2, 2))

        // The first is edited: it is replaced; the copy keeps its item.
        let edited = Fixtures.file("in/a.txt", dates: ["2017-11-15"], text: "改过的正文")
        #expect(try store.importBriefings([edited]).outcomes.map(\.outcome) == [.replaced])
        let week = try store.briefings(in: Fixtures.week("2017-W46")).map(\.briefing.source.file)
        #expect(week == ["in/copy-of-a.txt", "in/a.txt"])
        // Importing both again changes nothing.
        let again = try store.importBriefings([edited, copy])
        #expect(again.count(.unchanged) == 2)
        #expect(try store.briefingCounts() == (2, 2))
    }

    /// The key of a file: relative to the store's folder inside it, absolute outside it, the name
    /// as given without a resolved location.
    @Test func aFileIsKeyedByWhereItIs() {
        let inside = BriefingFile(file: "../x/in/a.txt", location: "/srv/office/in/a.txt", contentHash: "", byteCount: 0, briefings: [])
        #expect(ReportStore.sourceKey(inside, storeFolder: "/srv/office") == "in/a.txt")
        #expect(ReportStore.sourceKey(inside, storeFolder: "/srv/off") == "/srv/office/in/a.txt")
        #expect(ReportStore.sourceKey(inside, storeFolder: "/") == "srv/office/in/a.txt")
        #expect(ReportStore.sourceKey(inside, storeFolder: nil) == "/srv/office/in/a.txt")
        let unresolved = BriefingFile(file: "in/a.txt", contentHash: "", byteCount: 0, briefings: [])
        #expect(ReportStore.sourceKey(unresolved, storeFolder: "/srv/office") == "in/a.txt")
    }

    /// A file stored before files had keys (key NULL) is claimed by the next import of its name:
    /// unchanged when its bytes are, replaced when not, never stored a second time.
    @Test func aFileStoredWithoutAKeyIsClaimedByItsName() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let a = Fixtures.file("in/a.txt", dates: ["2017-11-14"])
        let b = Fixtures.file("in/b.txt", dates: ["2017-11-15"])
        _ = try store.importBriefings([a, b])
        try store.write { db in try db.execute(sql: "UPDATE source_file SET key = NULL") }
        var located = a
        located.location = s.path("in/a.txt")
        #expect(try store.importBriefings([located]).outcomes.map(\.outcome) == [.unchanged])
        #expect(try store.read { try String.fetchAll($0, sql: "SELECT key FROM source_file WHERE key IS NOT NULL") } == ["in/a.txt"])
        let editedB = Fixtures.file("in/b.txt", dates: ["2017-11-16"], text: "改过的正文")
        #expect(try store.importBriefings([editedB]).outcomes.map(\.outcome) == [.replaced])
        #expect(try store.briefingCounts() == (2, 2))
    }

    @Test func aPathGivenTwiceInOneImportIsStoredOnce() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let a = Fixtures.file("in/a.txt", dates: ["2017-11-14"])
        let summary = try store.importBriefings([a, a])
        #expect(summary.outcomes.map(\.outcome) == [.new, .unchanged])
        #expect(try store.briefingCounts() == (1, 1))
    }

    @Test func briefingsRoundTripExactly() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let f = Fixtures.file("in/a.txt", dates: ["2017-11-14", nil])
        _ = try store.importBriefings([f])
        let back = try store.allBriefings()
        #expect(back.map(\.briefing) == f.briefings)
        #expect(back.map(\.ordinal) == [1, 2])
        #expect(back[0].briefing.source == SourceSpan(file: "in/a.txt", lines: [10, 15], encoding: "gb18030"))
    }

    @Test func weekQueryTakesMondayToSundayAndLeavesUndatedItemsOut() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        _ = try store.importBriefings([
            Fixtures.file("in/a.txt", dates: ["2017-11-12", "2017-11-13", nil, "2017-11-19"]),
            Fixtures.file("in/b.txt", dates: ["2017-11-20", "2017-02-30", "2017-11-15"]),
        ])
        let week = try store.briefings(in: Fixtures.week("2017-W46"))
        #expect(week.map(\.briefing.id) == ["a#2", "b#3", "a#4"])
        #expect(week.map { $0.date?.iso } == ["2017-11-13", "2017-11-15", "2017-11-19"])
        // No date, or a date that is no real day: in no week, listed apart.
        #expect(try store.undatedBriefings().map(\.briefing.id) == ["a#3", "b#2"])
        #expect(try store.briefings(in: Fixtures.week("2017-W47")).map(\.briefing.id) == ["b#1"])
    }

    @Test func contentHashIsSHA256() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func storeLocationPrefersFlagThenEnvironment() {
        #expect(StoreLocation.resolve(flag: "x.sqlite", environment: ["TONGBAO_DB": "y.sqlite"]) == "x.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["TONGBAO_DB": "y.sqlite"]) == "y.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["TONGBAO_DB": ""]) == "tongbao.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: [:]) == "tongbao.sqlite")
    }

    @Test func anUnopenableStoreIsATypedError() {
        #expect(throws: StoreError.self) { try ReportStore(path: "/nonexistent-dir/x/store.sqlite") }
    }

    @Test func aStoreFromANewerTongbaoIsRefused() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        try store.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        #expect {
            try ReportStore(path: s.dbPath)
        } throws: { ($0 as? StoreError)?.kind == .newerSchema }
    }

    @Test func theStoreRunsInWALMode() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        #expect(try store.pragma("journal_mode") == "wal")
    }
}
