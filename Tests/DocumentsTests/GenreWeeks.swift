import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

/// The genre sets' weeks as notices: one way to read a set, build a week's notice, hold it to the
/// self-check and to its goldens (shared by the three golden suites).
enum GenreWeeks {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every item of `Tests/BriefingReaderTests/<folder>`, files in name order, named `<folder>/<file>`.
    static func items(in folder: String) -> [Briefing] {
        let dir = root.appendingPathComponent("Tests/BriefingReaderTests/\(folder)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.flatMap { n in
            (try? Data(contentsOf: dir.appendingPathComponent(n))).flatMap { try? BriefingReader().read($0, file: "\(folder)/\(n)") }?
                .briefings ?? []
        }
    }

    /// The notice of week `name` made from the items dated in it, checked by the self-check and
    /// against `<golden>-<name>.txt` / `.json`; its text dump, for the suite's own checks.
    static func checkedDump(_ name: String, items all: [Briefing], golden: String) throws -> String {
        let l = try LayoutLoader.load(contentsOf: root.appendingPathComponent("layouts/weekly-notice.toml"))
        let week = try #require(ISOWeek(name))
        let items = all.filter { $0.date.flatMap(CivilDate.init(iso:)).map(week.contains) ?? false }
        #expect(!items.isEmpty)
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, briefings: items), settings: try WeeklyNoticeSettings(layout: l), texts: l.texts)
        #expect(WeeklyNotice.check(doc, briefings: items, texts: l.texts) == [])
        let dump = ContentDump.dump(doc)
        if let diff = Golden.check(dump, named: "\(golden)-\(name).txt") { Issue.record(Comment(rawValue: diff)) }
        let json = String(decoding: BlockList.encode(doc), as: UTF8.self)
        if let diff = Golden.check(json, named: "\(golden)-\(name).json") { Issue.record(Comment(rawValue: diff)) }
        return dump
    }
}
