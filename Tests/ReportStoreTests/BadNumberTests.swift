import Foundation
import ReportModel
import TableFiles
import Testing

@testable import ReportStore

/// Class 1 of issue 13: numbers at the edges in a ledger are refused with file and line, never
/// trapped on ("Double value cannot be converted to Int"), and nothing of the file is stored.
@Suite struct BadNumberTests {
    static func ledger(count: String) -> String {
        """
        编号,区域,类别,发现日期,整改状态,通报次数
        DC-001,石佛办事处,扬尘,2017-11-06,整改中,1
        DC-002,梧桐办事处,燃煤,2017-11-07,整改中,\(count)

        """
    }

    static let refused = [
        "1e309", "-1e309", "99999999999999999999", "1e300", "1e308", "nan", "NaN", "inf", "-inf", "infinity",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-1", "-0.5", "2.5", "5201", "0x10",
        "1e", "--1", "３次x",
    ]

    @Test(arguments: refused) func aCountAtTheEdgeIsRefusedWithFileAndLine(_ count: String) throws {
        let p = LedgerReader.read(try CSVReader.parse(Self.ledger(count: count), file: "台账.csv"), file: "台账.csv")
        #expect(p.hasErrors, "\(count) was accepted")
        let e = try #require(p.diagnostics.first { $0.severity == .error })
        #expect(e.file == "台账.csv" && e.line == 3)
        #expect(e.message.contains("通报次数") && e.message.contains(count), "\(e.message)")
        #expect(p.entries.map(\.problem.id) == ["DC-001"])
    }

    @Test(arguments: [("0", 0), ("-0", 0), ("3", 3), ("3次", 3), ("3.0", 3), ("1e3", 1000), ("5200", 5200)])
    func aWholeCountInRangeIsRead(_ text: String, _ value: Int) throws {
        let p = LedgerReader.read(try CSVReader.parse(Self.ledger(count: text), file: "l.csv"), file: "l.csv")
        #expect(!p.hasErrors, "\(p.diagnostics)")
        #expect(p.entries.last?.problem.timesNotified == value)
    }

    /// A numeric .xlsx cell `1e300` (as Excel stores a huge number) is refused naming the row.
    @Test(arguments: ["1e300", "1E+309", "-4", "NaN", "9.2233720368547758E+18"])
    func aHugeNumericCellIsRefused(_ v: String) throws {
        let sheet = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>区域</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>类别</t></is></c><c r="D1" t="inlineStr"><is><t>发现日期</t></is></c>\
            <c r="E1" t="inlineStr"><is><t>整改状态</t></is></c><c r="F1" t="inlineStr"><is><t>通报次数</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>DC-1</t></is></c><c r="B2" t="inlineStr"><is><t>高新区</t></is></c>\
            <c r="C2" t="inlineStr"><is><t>扬尘</t></is></c><c r="D2" s="1"><v>43052</v></c>\
            <c r="E2" t="inlineStr"><is><t>整改中</t></is></c><c r="F2"><v>\(v)</v></c></row>
            """
        let data = try XLSXReaderTests.workbook(sheet: sheet)
        let parsed = LedgerReader.read(try XLSXReader.parse(data, file: "台账.xlsx"), file: "台账.xlsx")
        #expect(parsed.hasErrors)
        #expect(parsed.entries.isEmpty)
        let e = try #require(parsed.diagnostics.first)
        #expect(e.file == "台账.xlsx" && e.line == 2 && e.message.contains("通报次数"), "\(e)")
    }

    /// A found-on date with a year at the edge (once an arithmetic overflow; found by make fuzz).
    @Test(arguments: ["9223372036854775807-01-01", "99999年1月1日", "0000-01-01", "1000-1-1", "2101-01-01", "21010101"])
    func aDateWithAYearAtTheEdgeIsRefused(_ date: String) throws {
        let text = "编号,区域,类别,发现日期,整改状态\nDC-1,高新区,扬尘,\(date),整改中\n"
        let p = LedgerReader.read(try CSVReader.parse(text, file: "l.csv"), file: "l.csv")
        #expect(p.hasErrors && p.entries.isEmpty, "\(date)")
        #expect(p.diagnostics.first?.line == 2)
    }
}
