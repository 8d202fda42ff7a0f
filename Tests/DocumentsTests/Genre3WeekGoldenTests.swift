import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

/// The weeks of the third genre set (`BriefingReaderTests/Genre3`), audited claim by claim in
/// `AUDIT-genre-3.md`: each notice checked by the self-check and kept as golden text and content
/// JSON (read line by line when they change).
@Suite struct Genre3WeekGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let items: [Briefing] = {
        let dir = root.appendingPathComponent("Tests/BriefingReaderTests/Genre3")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.flatMap { n in
            (try? Data(contentsOf: dir.appendingPathComponent(n))).flatMap { try? BriefingReader().read($0, file: "Genre3/" + n) }?
                .briefings
                ?? []
        }
    }()

    @Test(arguments: ["2021-W46", "2021-W47", "2021-W48", "2021-W49"])
    func genre3WeekIsFaithfulAndGolden(_ name: String) throws {
        let l = try LayoutLoader.load(contentsOf: Self.root.appendingPathComponent("layouts/weekly-notice.toml"))
        let week = try #require(ISOWeek(name))
        let items = Self.items.filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        #expect(!items.isEmpty)
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, briefings: items), settings: try WeeklyNoticeSettings(layout: l), texts: l.texts)
        #expect(WeeklyNotice.check(doc, briefings: items, texts: l.texts) == [])
        let dump = ContentDump.dump(doc)
        if let diff = Golden.check(dump, named: "genre3-week-\(name).txt") { Issue.record(Comment(rawValue: diff)) }
        let json = String(decoding: BlockList.encode(doc), as: UTF8.self)
        if let diff = Golden.check(json, named: "genre3-week-\(name).json") { Issue.record(Comment(rawValue: diff)) }
        // No pictograph (it cannot be typeset), no day said relative to a page (昨天/今天) after the
        // date, no list number before a lead's date, no table row glued into a lead.
        #expect(!dump.unicodeScalars.contains { $0.properties.isEmojiPresentation })
        #expect(!dump.contains(#/p: \d+月\d+日[上下晚]?午?，(?:昨天|今天)/#))
        #expect(!dump.contains(#/p: \d+\.\d+月/#))
        #expect(!dump.contains(#/p: \d+月\d+日，\d[^\d月]/#))
    }
}
