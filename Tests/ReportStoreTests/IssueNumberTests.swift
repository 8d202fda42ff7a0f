import ReportModel
import Testing

@testable import ReportStore

@Suite struct IssueNumberTests {
    @Test func numbersRunPerKindAndYearAndStick() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let w46 = Fixtures.week("2017-W46")
        #expect(try store.existingIssueNumber(for: w46, kind: "weekly") == nil)
        #expect(try store.issueNumber(for: w46, kind: "weekly") == 1)
        #expect(try store.issueNumber(for: w46, kind: "weekly") == 1)  // rerun keeps it
        #expect(try store.issueNumber(for: Fixtures.week("2017-W47"), kind: "weekly") == 2)
        #expect(try store.issueNumber(for: w46, kind: "weekly") == 1)
        #expect(try store.issueNumber(for: w46, kind: "special") == 1)  // own series per kind
        // A new ISO year starts again at 1; 2018-01-01 is in 2018-W01.
        #expect(try store.issueNumber(for: Fixtures.week("2018-W01"), kind: "weekly") == 1)
        #expect(try store.issueNumber(for: Fixtures.week("2017-W52"), kind: "weekly") == 3)
        #expect(try store.existingIssueNumber(for: w46, kind: "weekly") == 1)
        // Another connection agrees.
        #expect(try ReportStore(path: s.dbPath).issueNumber(for: Fixtures.week("2017-W47"), kind: "weekly") == 2)
    }
}
