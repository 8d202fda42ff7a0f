import Foundation
import ReportModel
import Testing

@testable import ReportStore

/// A stored problem remembers the ledger file and line it was read from, so that a notice can
/// name the row each of its inspection lines was made from (issue 12).
@Suite struct LedgerSourceTests {
    @Test func problemsComeBackWithTheirFileAndLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let entries = try LedgerTests.parse(LedgerTests.csv, file: "台账/ledger.csv").entries
        _ = try store.importLedger(file: "台账/ledger.csv", contentHash: "h", entries: entries)
        let byID = Dictionary(uniqueKeysWithValues: try store.allProblems().map { ($0.id, $0.source) })
        #expect(byID["DC-001"] == LedgerRowSource(file: "台账/ledger.csv", line: 2))
        #expect(byID["DC-006"] == LedgerRowSource(file: "台账/ledger.csv", line: 7))
        let week = try store.ledger(for: Fixtures.week("2017-W46"))
        #expect(week.new.map(\.source) == [LedgerRowSource(file: "台账/ledger.csv", line: 3)])
        // Another file taking a problem over takes its provenance too.
        _ = try store.importLedger(file: "later.csv", contentHash: "k", entries: [entries[0]])
        #expect(try store.allProblems().first { $0.id == "DC-001" }?.source?.file == "later.csv")
    }
}
