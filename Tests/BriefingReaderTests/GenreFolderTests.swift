import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The held-out briefings in `Genre/` (news pages, 简报 issues, speeches, 督查通报, PDF dumps,
/// GBK / GB18030 / UTF-16 and Traditional copies), scored field by field against their
/// expectations like the seeds. `Genre/make.py` and `Genre/make2.py` write both; `score-set.sh Genre`
/// scores the CLI's output with `shared/tools/evalparse.py`. `Genre2/` is the second set, written
/// for issue 15 (dates, holders, numbered lists, people the seeds do not show); `Genre3/` the third
/// (office kinds: 街道 weekly reports, press Q&As, 督查 feedback, WeChat copies, 通知 with 附件).
@Suite struct GenreFolderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Genre")

    @Test(arguments: ["Genre", "Genre2", "Genre3"]) func genreBriefingsMatchTheirExpectations(set: String) throws {
        let folder = Self.folder.deletingLastPathComponent().appendingPathComponent(set)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 8)
        var fields: [String: SeedFixtureTests.Tally] = [:]
        var sets: [String: SeedFixtureTests.PRF] = ["people": .init(), "measures": .init(), "targets": .init()]
        let reader = BriefingReader()
        for name in names {
            let exp = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any]
            let expItems = try #require(exp?["briefings"] as? [[String: Any]])
            let txt = folder.appendingPathComponent(String(name.dropLast(5)) + ".txt")
            let got = try reader.read(Data(contentsOf: txt), file: set + "/" + txt.lastPathComponent).briefings
            #expect(got.count == expItems.count, "\(name): \(got.count) items, expected \(expItems.count)")
            fields["items", default: .init()].add(got.count == expItems.count)
            for (b, e) in zip(got, expItems) { SeedFixtureTests.score(b, e, fields: &fields, sets: &sets) }
        }
        print("GenreFolderTests \(set) (\(names.count) files):")
        #expect(SeedFixtureTests.report(fields, sets, floor: 0.9))
    }

    /// A long file of many copies reads whole: the text kept from N copies is about N times that of
    /// one (speed is measured by `make bench`, not asserted here: no timing in unit tests).
    @Test func manyCopiesAreReadWhole() throws {
        let one = try String(contentsOf: Self.folder.appendingPathComponent("g01_county_benbaoxun.txt"), encoding: .utf8)
        let reader = BriefingReader()
        func characters(_ copies: Int) -> Int {
            // Each copy marked, so the reader's repost check does not fold them into one.
            let text = (1...copies).map { k in
                one.split(separator: "\n").map { $0.isEmpty ? "" : $0 + "（\(k)）" }.joined(separator: "\n")
            }.joined(separator: "\n")
            return reader.read(text: text, file: "big.txt").briefings.map(\.text.count).reduce(0, +)
        }
        let single = characters(1)
        #expect(single > 100)
        for copies in [50, 200] {
            let n = characters(copies)
            #expect(n >= copies * single * 9 / 10, "\(copies) copies: \(n) characters, one: \(single)")
        }
    }
}
