import Foundation
import ReportModel

@testable import ReportStore

/// A scratch directory for one test; `remove()` it when done.
struct Scratch {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    var dbPath: String { dir.appendingPathComponent("store.sqlite").path }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: dir) }
}

enum Fixtures {
    /// An item of `file` at `ordinal`, dated `date`.
    static func briefing(_ file: String, _ ordinal: Int, date: String?, text: String = "正文", unit: String? = "临泽县")
        -> Briefing
    {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return Briefing(
            id: "\(stem)#\(ordinal)", source: SourceSpan(file: file, lines: [ordinal * 10, ordinal * 10 + 5], encoding: "gb18030"),
            headline: "标题\(ordinal)", date: date, dateText: date.map { _ in "11月2日" }, yearInferred: true,
            timeOfDay: "上午", unit: unit, meeting: "冬季大气污染防治工作动员会议",
            people: [Person(name: "张勇", title: "县长", roles: ["强调"])], requirements: ["一是要提高认识"],
            measures: ["封土令"],
            targets: [Target(text: "优良天数不少于66天", metric: "优良天数", comparator: ">=", value: 66, unit: "天")],
            deadlines: [Deadline(text: "2017年3月31日结束", date: "2017-03-31")], topics: ["扬尘", "燃煤"], text: text)
    }

    /// A file of `items` briefings with the given dates; the hash follows the content.
    static func file(_ name: String, dates: [String?], text: String = "正文") -> BriefingFile {
        let briefings = dates.enumerated().map { briefing(name, $0.offset + 1, date: $0.element, text: text) }
        let content = name + "|" + dates.map { $0 ?? "-" }.joined(separator: ",") + "|" + text
        return BriefingFile(file: name, data: Data(content.utf8), briefings: briefings)
    }

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso) ?? CivilDate(daysSinceEpoch: 0) }

    static func week(_ text: String) -> ISOWeek { ISOWeek(text) ?? ISOWeek(containing: CivilDate(daysSinceEpoch: 0)) }
}
