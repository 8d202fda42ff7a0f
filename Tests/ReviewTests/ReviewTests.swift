import Foundation
import ReportModel
import ReportStore
import Testing

@testable import Review

/// The review sheet read back: corrections where a cell differs, every bad cell named, nothing
/// applied to a briefing that changed.
struct ReviewTests {
    static let item = Briefing(
        id: "a#1", source: SourceSpan(file: "a.txt", lines: [3, 4], encoding: "utf-8", script: "simplified"),
        date: "2017-11-14", dateText: "11月14日", timeOfDay: "下午", unit: "高新区", meeting: "推进会",
        people: [Person(name: "李金勇", title: "副书记", roles: ["出席"])], requirements: ["端正思想"],
        text: "11月14日下午，高新区召开推进会。副书记李金勇出席会议。会议要求端正思想。")
    static let stored = StoredBriefing(briefing: item, ordinal: 1, contentHash: "h1")

    /// A sheet with the parsed values, then `edit` applied to the cells of the item's row.
    func sheet(header: [String] = Review.header, edit: (inout [String]) -> Void = { _ in }) throws -> Data {
        var row = [Self.item.id]
        for f in ReviewField.all { row += [f.show(Self.item), ""] }
        row += ["", "a.txt:3–4"]
        edit(&row)
        return try ReviewWorkbook.data(
            sheetName: Review.sheetName, header: header, rows: [row], widths: [], greyColumns: [], modified: Date(timeIntervalSince1970: 0))
    }

    func col(_ key: String) -> Int { 1 + 2 * (ReviewField.all.firstIndex { $0.key == key } ?? 0) }

    @Test func anUnchangedSheetHoldsNoCorrection() throws {
        let r = try Review.read(try sheet(), file: "r.xlsx", items: [Self.stored], recordedAt: "t")
        #expect(r.corrections.isEmpty && r.items == ["a#1"])
    }

    @Test func anEditedCellBecomesACorrectionWithItsCell() throws {
        let data = try sheet { $0[col("people")] = "李金勇/党工委书记/主持\n王宏伟//讲话" }
        let r = try Review.read(data, file: "r.xlsx", items: [Self.stored], recordedAt: "2017-11-20T09:00:00Z")
        #expect(r.corrections.map(\.field) == ["people"])
        #expect(r.corrections.first?.cell == "r.xlsx:审核!J2")
        let applied = Review.apply([Self.stored], corrections: r.corrections)
        #expect(
            applied.briefings.first?.people == [
                Person(name: "李金勇", title: "党工委书记", roles: ["主持"]), Person(name: "王宏伟", title: nil, roles: ["讲话"]),
            ])
        #expect(applied.metadataNote == "人工审核 2017-11-20T09:00:00Z：更正1处，删除0条")
        // the corrected values are evidence of the item, under its own file and lines
        #expect(applied.evidence.count == 1)
        #expect(applied.evidence.first?.file == "a.txt" && applied.evidence.first?.lines == [3, 4])
        #expect(applied.evidence.first?.text.contains("党工委书记李金勇") == true)
    }

    @Test func aBlankCellMeansUnknown() throws {
        let data = try sheet {
            $0[col("unit")] = ""
            $0[col("date")] = ""
        }
        let r = try Review.read(data, file: "r.xlsx", items: [Self.stored], recordedAt: "t")
        let b = Review.apply([Self.stored], corrections: r.corrections).briefings.first
        #expect(b?.unit == nil && b?.date == nil)
    }

    @Test func aRowMarkedDeleteLeavesTheNotice() throws {
        let data = try sheet { $0[$0.count - 2] = "删除" }
        let r = try Review.read(data, file: "r.xlsx", items: [Self.stored], recordedAt: "t")
        let applied = Review.apply([Self.stored], corrections: r.corrections)
        #expect(applied.briefings.isEmpty && applied.deleted == 1)
    }

    @Test func badCellsAreRefusedByName() throws {
        let data = try sheet {
            $0[col("date")] = "2017年2月30日"
            $0[col("people")] = "李金勇/书记/指挥"
            $0[col("time")] = "中午"
        }
        #expect(throws: Review.SheetError.self) { try Review.read(data, file: "r.xlsx", items: [Self.stored], recordedAt: "t") }
        do {
            _ = try Review.read(data, file: "r.xlsx", items: [Self.stored], recordedAt: "t")
        } catch {
            #expect(error.problems.count == 3)
            #expect(error.problems.contains { $0.hasPrefix("r.xlsx:审核!D2:") && $0.contains("2月30日") })
            #expect(error.problems.contains { $0.hasPrefix("r.xlsx:审核!J2:") && $0.contains("指挥") })
            #expect(error.problems.contains { $0.hasPrefix("r.xlsx:审核!F2:") })
        }
    }

    @Test func movedColumnsAndUnknownItemsAreRefused() throws {
        var header = Review.header
        header.swapAt(1, 3)
        #expect(throws: Review.SheetError.self) {
            try Review.read(try sheet(header: header), file: "r.xlsx", items: [Self.stored], recordedAt: "t")
        }
        let unknown = try sheet { $0[0] = "b#9" }
        do {
            _ = try Review.read(unknown, file: "r.xlsx", items: [Self.stored], recordedAt: "t")
            Issue.record("an unknown item was accepted")
        } catch {
            #expect(error.problems.first?.hasPrefix("r.xlsx:审核!A2:") == true)
        }
    }

    @Test func aChangedBriefingDropsItsCorrections() throws {
        let data = try sheet { $0[col("unit")] = "高新技术开发区" }
        let r = try Review.read(data, file: "r.xlsx", items: [Self.stored], recordedAt: "t")
        var changed = Self.stored
        changed.contentHash = "h2"
        let applied = Review.apply([changed], corrections: r.corrections)
        #expect(applied.briefings.first?.unit == "高新区")
        #expect(applied.dropped.count == 1 && applied.droppedWarnings.first?.contains("changed") == true)
        #expect(Review.apply([Self.stored], corrections: r.corrections).briefings.first?.unit == "高新技术开发区")
    }

    @Test func theStoreKeepsCorrectionsAcrossReimportsOfTheSameFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ReportStore(path: dir.appendingPathComponent("s.sqlite").path)
        let c = ReviewCorrection(briefingID: "a#1", contentHash: "h1", field: "unit", value: "X", cell: "r.xlsx:审核!B2", recordedAt: "t")
        try store.storeCorrections([c], replacing: ["a#1"])
        #expect(try store.corrections() == [c])
        try store.storeCorrections([], replacing: ["a#1"])
        #expect(try store.corrections().isEmpty)
    }

    @Test func sourceSentencesAreTheOnesHoldingTheValues() {
        #expect(ReviewField.sourceSentences(Self.item, ["李金勇"]) == "副书记李金勇出席会议。")
    }

    @Test func sourceSentencesFollowTheReadersSpans() {
        let scalars = Array(Self.item.text.unicodeScalars)
        let at = (0..<scalars.count).first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix("端正") } ?? 0
        let inside = FactSpan(file: "a.txt", lines: [4, 4], offsets: [100, 104], textOffsets: [at, at + 4])
        let header = FactSpan(file: "a.txt", lines: [1, 1], offsets: [0, 3], textOffsets: nil)
        // the span decides, not a search for the value (which is in another sentence here)
        #expect(ReviewField.sourceSentences(Self.item, ["李金勇"], [inside, header]) == "会议要求端正思想。\n（a.txt第1行）")
    }
}

/// The people column takes back every role the reader records, so a sheet read back unchanged
/// is no error (王晓东/市生态环境局副局长/指导、讲话 was refused: 指导 was not in the vocabulary).
@Suite struct ReviewRoleVocabularyTests {
    @Test func everyRoleTheReaderRecordsReadsBack() throws {
        let list = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/BriefingReader/Words/roles.txt").standardized
        let roles = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && $0.contains("=") }
            .compactMap { $0.split(separator: "=").last?.trimmingCharacters(in: .whitespaces) }
        #expect(roles.count >= 10)
        for r in Set(roles) {
            let p = try ReviewField.person("王晓东/市生态环境局副局长/\(r)")
            #expect(p.roles == [r])
        }
    }
}
