import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

/// The genre weeks audited claim by claim in `AUDIT-genre-2.md`: each notice as the genre set makes
/// it, checked by the self-check and kept as golden text and content JSON (read line by line when
/// they change).
@Suite struct GenreWeekGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let items: [Briefing] = {
        let dir = root.appendingPathComponent("Tests/BriefingReaderTests/Genre")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.flatMap { n in
            (try? Data(contentsOf: dir.appendingPathComponent(n))).flatMap { try? BriefingReader().read($0, file: "Genre/" + n) }?.briefings
                ?? []
        }
    }()

    @Test(arguments: [
        "2018-W46", "2018-W47", "2018-W48", "2018-W49", "2019-W02", "2019-W09", "2019-W10", "2019-W13", "2019-W20", "2019-W39",
        "2019-W43", "2019-W44", "2019-W49",
    ])
    func genreWeekIsFaithfulAndGolden(_ name: String) throws {
        let l = try LayoutLoader.load(contentsOf: Self.root.appendingPathComponent("layouts/weekly-notice.toml"))
        let week = try #require(ISOWeek(name))
        let items = Self.items.filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        #expect(!items.isEmpty)
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, briefings: items), settings: try WeeklyNoticeSettings(layout: l), texts: l.texts)
        #expect(WeeklyNotice.check(doc, briefings: items, texts: l.texts) == [])
        let dump = ContentDump.dump(doc)
        if let diff = Golden.check(dump, named: "genre-week-\(name).txt") { Issue.record(Comment(rawValue: diff)) }
        let json = String(decoding: BlockList.encode(doc), as: UTF8.self)
        if let diff = Golden.check(json, named: "genre-week-\(name).json") { Issue.record(Comment(rawValue: diff)) }
        // No bare speech verb, no speaker's voice, no address or signature line, no list number,
        // label or 本报讯 in a source title, no date said twice.
        #expect(!dump.contains(#/[^，：；]{2,6}要求。/#))
        #expect(!dump.contains("请大家") && !dump.contains("我提几点") && !dump.contains("刚才，"))
        #expect(!dump.contains(#/\np: [^\n]*办公室。/#))
        #expect(!dump.contains(#/\| (?:[0-9]+[、.]|简报[一二三四五六七八九十]+：|本报讯)/#))
        #expect(!dump.contains(#/p: \d+月\d+日，[^。]*，\d+月(?:\d+日|上旬|中旬|下旬)/#))
    }
}
