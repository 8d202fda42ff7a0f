import Foundation
import GRDB
import ReportModel
import Testing

@testable import ReportStore

/// Item ids are unique in a store: districts send files of one name (简报.txt) kept in a folder
/// each, and the review sheet names items by id (two rows of one id were refused: "appears twice").
@Suite struct ItemIDTests {
    func ids(_ store: ReportStore) throws -> [String] {
        try store.allBriefings().map(\.briefing.id).sorted()
    }

    @Test func filesOfOneNameInTwoFoldersGetTheirFoldersInTheirIds() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let first = Fixtures.file("in/甲县/简报.txt", dates: ["2017-11-14", "2017-11-15"])
        let second = Fixtures.file("in/乙县/简报.txt", dates: ["2017-11-16"])
        _ = try store.importBriefings([first, second])
        #expect(try ids(store) == ["乙县/简报#1", "简报#1", "简报#2"])
        // the JSON the notice reads says the same id
        #expect(try store.allBriefings().contains { $0.briefing.id == "乙县/简报#1" && $0.briefing.source.file == "in/乙县/简报.txt" })

        // importing again changes nothing; a replaced file keeps its name, whichever it is
        #expect(try store.importBriefings([first, second]).count(.unchanged) == 2)
        _ = try store.importBriefings([Fixtures.file("in/乙县/简报.txt", dates: ["2017-11-16", "2017-11-17"], text: "改")])
        _ = try store.importBriefings([Fixtures.file("in/甲县/简报.txt", dates: ["2017-11-14"], text: "改")])
        #expect(try ids(store) == ["乙县/简报#1", "乙县/简报#2", "简报#1"])

        // a third of the name under a folder of the same name goes up a folder more
        _ = try store.importBriefings([Fixtures.file("in/2/乙县/简报.txt", dates: ["2017-11-18"])])
        #expect(try ids(store).contains("2/乙县/简报#1"))
    }

    @Test func aNameWithNoFolderLeftIsNumbered() {
        var names = ItemIDNames(ids: ["简报#1", "x/简报#1"])
        #expect(names.claim(stem: "简报", key: "简报.txt") == "简报~2")
        #expect(names.claim(stem: "简报", key: "x/简报.txt") == "简报~3")
        #expect(names.claim(stem: "通报", key: "x/通报.txt") == "通报")
        #expect(ItemIDNames.renamed("简报#12", to: "乙县/简报") == "乙县/简报#12")
    }

    /// Stores written before ids were unique: the file stored first keeps its ids, the others are
    /// renamed (JSON too) and take the corrections made against their content with them.
    @Test func theMigrationRenamesRepeatedIdsWithTheirCorrections() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let first = Fixtures.file("in/甲县/简报.txt", dates: ["2017-11-14"])
        let second = Fixtures.file("in/乙县/简报.txt", dates: ["2017-11-16"])
        _ = try store.importBriefings([first, second])
        let renamed = try store.dump()
        try store.write { db in
            try db.execute(sql: "UPDATE briefing SET id = replace(id, '乙县/', ''), json = replace(json, '\"乙县/简报#', '\"简报#')")
            try db.execute(
                sql: """
                    INSERT INTO review_correction (briefing_id, content_hash, field, value, cell, recorded_at)
                    VALUES ('简报#1', ?, 'unit', '乙县城管局', 'B3', 't'), ('简报#1', ?, 'date', '2017年11月13日', 'D2', 't')
                    """, arguments: [second.contentHash, first.contentHash])
        }
        #expect(try ids(store) == ["简报#1", "简报#1"])
        try store.write { db in try ItemIDNames.migrate(db) }
        #expect(try ids(store) == ["乙县/简报#1", "简报#1"])
        #expect(try store.dump() == renamed)
        let corrections = try store.corrections().map { "\($0.briefingID) \($0.value)" }.sorted()
        #expect(corrections == ["乙县/简报#1 乙县城管局", "简报#1 2017年11月13日"])
    }
}
