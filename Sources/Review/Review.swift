import Foundation
import ReportModel
import ReportStore
import TableFiles
import WordLists

/// The clerk's review (审核): a sheet of the week's items to correct in WPS or Excel, read back as
/// corrections that override what the reader parsed, applied whenever a notice is made.
public enum Review {
    /// Sheet (tab) name, as errors name it.
    public static let sheetName = wording["sheet"]
    static let idHeader = wording["id-header"]
    static let deleteHeader = wording["delete-header"]
    static let deleteMark = wording["delete-mark"]
    static let fileHeader = wording["file-header"]
    /// The sheet's fixed wording and templates (Words/sheet-wording.txt).
    static let wording = WordTable("sheet-wording", in: .module)

    /// The header row: id, then each field with its grey source column, the delete mark, the file.
    static var header: [String] {
        [idHeader] + ReviewField.all.flatMap { [$0.header, $0.header + wording["source-suffix"]] } + [deleteHeader, fileHeader]
    }

    /// Why a review sheet was refused: every bad cell, each as `file:sheet!cell: message`.
    public struct SheetError: Error, Equatable, CustomStringConvertible {
        public var problems: [String]
        public var description: String { problems.joined(separator: "\n") }
    }

    /// What applying the corrections gave.
    public struct Applied: Sendable, Equatable {
        /// The items, corrected, without those marked 删除.
        public var briefings: [Briefing]
        /// Corrections applied (fields), and items left out.
        public var corrected: Int
        public var deleted: Int
        /// Corrections whose briefing changed since the review: no longer applied.
        public var dropped: [ReviewCorrection]
        /// The latest review time among those applied, if any.
        public var reviewedAt: String?
        /// What the clerk wrote, per corrected item: a source of the notice like the briefing
        /// itself (its file and lines), so the notice's self-check accepts the corrected values.
        public var evidence: [ReviewEvidence] = []
    }

    /// The corrected values of one item, as text the notice may quote.
    public struct ReviewEvidence: Sendable, Equatable {
        public var file: String
        public var lines: [Int]
        public var text: String
    }

    /// The review sheet of `items` (the values shown are the corrected ones, so a second review
    /// starts where the first ended).
    public static func sheet(_ items: [StoredBriefing], corrections: [ReviewCorrection], modified: Date) throws -> Data {
        let applied = apply(items, corrections: corrections, keepDeleted: true)
        let deleted = Set(corrections.filter { $0.field == "deleted" && $0.value == deleteMark }.map(\.briefingID))
        var rows: [[String]] = []
        for (stored, b) in zip(items, applied.briefings) {
            var row = [b.id]
            for f in ReviewField.all {
                row.append(f.show(b))
                row.append(
                    ReviewField.sourceSentences(stored.briefing, f.evidence(stored.briefing), f.spans(stored.briefing.spans)))
            }
            row.append(deleted.contains(b.id) ? deleteMark : "")
            let lines = b.source.lines
            row.append(b.source.file + (lines.isEmpty ? "" : ":\(lines.first ?? 0)–\(lines.last ?? 0)"))
            rows.append(row)
        }
        let widths: [Double] = [14] + ReviewField.all.flatMap { f -> [Double] in [f.width, 30] } + [6, 24]
        let grey = Set([0] + ReviewField.all.indices.map { 2 + 2 * $0 } + [header.count - 1])
        return try ReviewWorkbook.data(
            sheetName: sheetName, header: header, rows: rows, widths: widths, greyColumns: grey, modified: modified)
    }

    /// Reads an edited sheet against the stored items: the corrections (cells that differ from
    /// what was parsed) and the items the sheet covers. Refuses the whole sheet, naming each bad
    /// cell, when a column moved, an id is unknown, a date does not exist or a role is not in the
    /// vocabulary.
    public static func read(_ data: Data, file: String, items: [StoredBriefing], recordedAt: String) throws(SheetError) -> (
        corrections: [ReviewCorrection], items: Set<String>
    ) {
        let sheet: Sheet
        do { sheet = try XLSXReader.parse(data, file: file) } catch {
            throw SheetError(problems: ["\(file): \(error)"])
        }
        var problems: [String] = []
        func at(_ col: Int, _ row: Int) -> String { "\(file):\(sheetName)!\(SheetLimits.columnName(col))\(row)" }
        let want = header
        for (i, h) in want.enumerated() {
            let found = i < sheet.header.count ? sheet.header[i] : ""
            if found != h {
                problems.append("\(at(i, 1)): expected the column '\(h)', found '\(found)' (columns moved or renamed?)")
            }
        }
        if sheet.header.count > want.count, !sheet.header[want.count...].allSatisfy(\.isEmpty) {
            problems.append("\(at(want.count, 1)): unexpected column '\(sheet.header[want.count])'")
        }
        guard problems.isEmpty else { throw SheetError(problems: problems) }
        let byID = Dictionary(items.map { ($0.briefing.id, $0) }, uniquingKeysWith: { a, _ in a })
        var corrections: [ReviewCorrection] = []
        var covered = Set<String>()
        for row in sheet.rows {
            let id = row.cells[0].trimmingCharacters(in: .whitespaces)
            guard let stored = byID[id] else {
                problems.append("\(at(0, row.line)): no item '\(id)' in the store (was the sheet made from this store?)")
                continue
            }
            if covered.contains(id) {
                problems.append("\(at(0, row.line)): item '\(id)' appears twice")
                continue
            }
            covered.insert(id)
            var scratch = stored.briefing
            for (k, f) in ReviewField.all.enumerated() {
                let col = 1 + 2 * k
                let cell = row.cells[col].replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                do { try f.apply(cell, &scratch) } catch {
                    problems.append("\(at(col, row.line)): \(error.message)")
                    continue
                }
                if cell != f.show(stored.briefing).trimmingCharacters(in: .whitespacesAndNewlines) {
                    corrections.append(
                        ReviewCorrection(
                            briefingID: id, contentHash: stored.contentHash, field: f.key, value: cell, cell: at(col, row.line),
                            recordedAt: recordedAt))
                }
            }
            let delCol = want.count - 2
            let mark = row.cells[delCol].trimmingCharacters(in: .whitespaces)
            if mark == deleteMark {
                corrections.append(
                    ReviewCorrection(
                        briefingID: id, contentHash: stored.contentHash, field: "deleted", value: deleteMark, cell: at(delCol, row.line),
                        recordedAt: recordedAt))
            } else if !mark.isEmpty {
                problems.append("\(at(delCol, row.line)): write 删除 or leave the cell empty, not '\(mark)'")
            }
        }
        guard problems.isEmpty else { throw SheetError(problems: problems) }
        return (corrections, covered)
    }

    /// The items with their corrections applied; a correction made against another version of the
    /// item's file is not applied but returned in `dropped`.
    public static func apply(_ items: [StoredBriefing], corrections: [ReviewCorrection], keepDeleted: Bool = false) -> Applied {
        let byItem = Dictionary(grouping: corrections, by: \.briefingID)
        var out = Applied(briefings: [], corrected: 0, deleted: 0, dropped: [], reviewedAt: nil)
        for stored in items {
            var b = stored.briefing
            var delete = false
            for c in byItem[b.id] ?? [] {
                guard c.contentHash == stored.contentHash else {
                    out.dropped.append(c)
                    continue
                }
                out.reviewedAt = max(out.reviewedAt ?? "", c.recordedAt)
                if c.field == "deleted" {
                    delete = true
                    continue
                }
                guard let f = ReviewField.all.first(where: { $0.key == c.field }) else { continue }
                // validated when the sheet was read; a value that no longer applies is skipped
                if (try? f.apply(c.value, &b)) != nil { out.corrected += 1 }
            }
            if delete {
                out.deleted += 1
                if !keepDeleted { continue }
            }
            let written = (byItem[b.id] ?? []).filter { $0.contentHash == stored.contentHash && $0.field != "deleted" }
            if !written.isEmpty {
                // people as the notice writes them: 职务 before the name
                let people = b.people.map { ($0.title ?? "") + $0.name }
                let text = (written.map(\.value) + people).joined(separator: "\n")
                out.evidence.append(ReviewEvidence(file: b.source.file, lines: b.source.lines, text: text))
            }
            out.briefings.append(b)
        }
        return out
    }
}
