import Foundation
import ReportModel
import TableFiles
import Testing

@testable import ReportStore

@Suite struct LedgerTests {
    static let csv = """
        编号,区域,类别,问题描述,发现日期,整改期限,整改状态,销号日期,通报次数
        DC-001,石佛办事处,扬尘,工地未覆盖,2017-11-06,2017-11-10,整改中,,2
        DC-002,梧桐办事处,燃煤,散煤销售点,2017/11/14,2017-11-30,整改中,,0
        DC-003,沟赵办事处,工业,企业未停产,2017年11月1日,2017-11-15,已整改,2017-11-16,1
        DC-004,双桥办事处,扬尘,道路未洒水,2017-11-02,2017-11-12,已销号,2017-11-21,1
        DC-005,石佛办事处,散乱污,,2017-10-20,2017-11-19,整改中,,
        DC-006,石佛办事处,扬尘,,2017-11-20,2017-11-25,整改中,,3

        """

    static func parse(_ text: String, file: String = "ledger.csv") throws -> LedgerParse {
        LedgerReader.read(try CSVReader.parse(text, file: file), file: file)
    }

    @Test func chineseHeadersAndDateFormsAreRead() throws {
        let p = try Self.parse(Self.csv)
        #expect(p.diagnostics == [])
        #expect(p.entries.count == 6)
        let first = try #require(p.entries.first)
        #expect(first.line == 2)
        #expect(
            first.problem
                == Problem(
                    id: "DC-001", area: "石佛办事处", category: "扬尘", description: "工地未覆盖",
                    foundOn: Fixtures.day("2017-11-06"), deadline: Fixtures.day("2017-11-10"), status: .rectifying,
                    timesNotified: 2))
        #expect(p.entries[1].problem.foundOn.iso == "2017-11-14")
        #expect(p.entries[2].problem.foundOn.iso == "2017-11-01")
        #expect(p.entries[4].problem.description == nil)
        #expect(p.entries[4].problem.timesNotified == 0)
    }

    @Test func englishHeadersTitleRowsAndAliasesAreRead() throws {
        let text = """
            2017年督查问题台账（示例）
            ID,Area,Category,Found On,Deadline,Status,closed_on,times_notified
            A1,高新区,扬尘,43056,2017-11-30,rectified,2017-11-20,1次
            """
        let p = try Self.parse(text)
        #expect(p.diagnostics == [])
        let e = try #require(p.entries.first)
        #expect(e.line == 3)
        #expect(e.problem.foundOn.iso == "2017-11-17")  // an Excel day serial
        #expect(e.problem.status == .rectified)
        #expect(e.problem.timesNotified == 1)
    }

    @Test func badRowsAreReportedWithFileAndLine() throws {
        let text = """
            编号,区域,类别,发现日期,整改期限,整改状态,通报次数
            X1,高新区,扬尘,2017-11-06,2月30日,整改中,0
            X2,高新区,扬尘,2017年2月30日,,整改中,0
            X3,高新区,扬尘,2017-11-06,,没整改,0
            X1,高新区,扬尘,2017-11-06,,整改中,0
            X5,,扬尘,2017-11-06,,整改中,很多
            X6,高新区,扬尘,2017-11-06,,整改中,1
            """
        let p = try Self.parse(text, file: "in/台账.csv")
        #expect(p.hasErrors)
        let rendered = p.diagnostics.map(\.rendered)
        #expect(rendered.contains { $0.hasPrefix("in/台账.csv:2: error: bad date in 整改期限 (deadline): '2月30日' has no year") })
        #expect(rendered.contains { $0.hasPrefix("in/台账.csv:3: error: bad date in 发现日期 (found_on): '2017年2月30日' is not a real day") })
        #expect(rendered.contains { $0.hasPrefix("in/台账.csv:4: error: unknown status '没整改'") })
        #expect(rendered.contains { $0.hasPrefix("in/台账.csv:5: error: duplicate id 'X1', first on line 2") })
        #expect(rendered.contains { $0.hasPrefix("in/台账.csv:6: error: empty 区域 (area)") })
        #expect(rendered.contains { $0.hasPrefix("in/台账.csv:6: error: bad 通报次数 (times_notified): '很多'") })
        #expect(p.entries.map(\.problem.id) == ["X6"])
    }

    @Test func missingColumnsRefuseTheFile() throws {
        let p = try Self.parse("编号,区域,发现日期\nX1,高新区,2017-11-06\n", file: "l.csv")
        #expect(p.hasErrors)
        #expect(p.entries.isEmpty)
        #expect(p.diagnostics.first?.rendered.hasPrefix("l.csv:1: error: missing columns 类别 (category), 整改状态 (status)") == true)
    }

    @Test func ledgerDates() {
        func iso(_ s: String) -> String? { try? LedgerDate.parse(s).get().iso }
        #expect(iso("2017-11-02") == "2017-11-02")
        #expect(iso("2017/1/2") == "2017-01-02")
        #expect(iso("2017.1.2") == "2017-01-02")
        #expect(iso("2017年11月2日") == "2017-11-02")
        #expect(iso("２０１７年１１月２日") == "2017-11-02")
        #expect(iso("20171102") == "2017-11-02")
        #expect(iso("2017-11-02 00:00:00") == "2017-11-02")
        #expect(iso("43101") == "2018-01-01")
        #expect(LedgerDate.parse("2月30日") == .failure(.noYear))
        #expect(LedgerDate.parse("2017-02-29") == .failure(.notARealDay))
        #expect(LedgerDate.parse("下周") == .failure(.unreadable))
        #expect(LedgerDate.parse("17-11-02") == .failure(.unreadable))
    }

    @Test func importIsIdempotentAndAChangedLedgerReplacesItsRows() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let p = try Self.parse(Self.csv)
        let hash = SHA256.hex(Data(Self.csv.utf8))
        #expect(try store.importLedger(file: "ledger.csv", contentHash: hash, entries: p.entries) == .new)
        let before = try store.dump()
        #expect(try store.importLedger(file: "ledger.csv", contentHash: hash, entries: p.entries) == .unchanged)
        #expect(try store.dump() == before)

        let shorter = Array(p.entries.prefix(2))
        #expect(try store.importLedger(file: "ledger.csv", contentHash: "other", entries: shorter) == .replaced)
        #expect(try store.allProblems().map(\.id) == ["DC-001", "DC-002"])
    }

    @Test func weekQueriesAndNotificationsCountOncePerWeek() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        _ = try store.importLedger(file: "ledger.csv", contentHash: "h", entries: try Self.parse(Self.csv).entries)
        let w46 = Fixtures.week("2017-W46")  // 2017-11-13 … 2017-11-19

        var l = try store.ledger(for: w46)
        #expect(l.new.map(\.id) == ["DC-002"])
        #expect(l.rectified.map(\.id) == ["DC-003"])
        // Open at Sunday's end with a deadline by Sunday: DC-005 (deadline Sunday itself), DC-001,
        // DC-004 (closed only on 11-21). DC-006 was found after the week.
        #expect(l.overdue.map(\.id) == ["DC-005", "DC-004", "DC-001"])
        #expect(l.repeated.map(\.id) == ["DC-001"])
        #expect(
            l.areaCounts.map { "\($0.area) \($0.new) \($0.rectified) \($0.overdue)" } == [
                "梧桐办事处 1 0 0", "沟赵办事处 0 1 0", "石佛办事处 0 0 2", "双桥办事处 0 0 1",
            ])

        // Notify DC-004 in W45 and W46 (twice for W46: counts once).
        try store.recordNotified(problemIDs: ["DC-004"], week: Fixtures.week("2017-W45"))
        try store.recordNotified(problemIDs: ["DC-004", "DC-005"], week: w46)
        try store.recordNotified(problemIDs: ["DC-004"], week: w46)
        #expect(try store.notifiedWeeks(problemID: "DC-004").map(\.description) == ["2017-W45", "2017-W46"])

        // For W46 itself only earlier weeks count, so rerunning W46 reads the same.
        l = try store.ledger(for: w46)
        #expect(l.repeated.map(\.id) == ["DC-004", "DC-001"])
        #expect(l.overdue.first { $0.id == "DC-004" }?.timesNotified == 2)
        #expect(l.overdue.first { $0.id == "DC-005" }?.timesNotified == 0)

        let w47 = try store.ledger(for: Fixtures.week("2017-W47"))
        #expect(w47.new.map(\.id) == ["DC-006"])
        #expect(w47.rectified.map(\.id) == ["DC-004"])
        #expect(w47.overdue.map(\.id) == ["DC-005", "DC-001", "DC-006"])
        #expect(w47.overdue.first { $0.id == "DC-005" }?.timesNotified == 1)

        // A 销号日期 with the status still 整改中: closed on that day (the reader warns).
        let odd = try Self.parse("编号,区域,类别,发现日期,整改期限,整改状态,销号日期\nZ1,高新区,扬尘,2017-11-01,2017-11-05,整改中,2017-11-15\n")
        #expect(odd.diagnostics.map(\.severity) == [.warning])
        _ = try store.importLedger(file: "odd.csv", contentHash: "o", entries: odd.entries)
        let w = try store.ledger(for: w46)
        #expect(w.rectified.map(\.id) == ["DC-003", "Z1"])
        #expect(!w.overdue.contains { $0.id == "Z1" })
        #expect(try store.ledger(for: Fixtures.week("2017-W45")).overdue.contains { $0.id == "Z1" })

        // Re-importing the ledger keeps the notifications.
        _ = try store.importLedger(file: "ledger.csv", contentHash: "h2", entries: try Self.parse(Self.csv).entries)
        #expect(try store.notifiedWeeks(problemID: "DC-004").count == 2)
    }
}
