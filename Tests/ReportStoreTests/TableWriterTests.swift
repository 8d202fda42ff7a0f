import Foundation
import TableFiles
import Testing

/// CSVWriter and XLSXWriter (the `monthly --csv/--xlsx` outputs) read back by the readers.
@Suite struct TableWriterTests {
    static let header = ["排名", "区域", "综合指数", "备注"]
    static let rows: [[XLSXWriter.Cell]] = [
        [.number("1"), .text("怀柔区"), .number("7.01"), .empty],
        [.number("2"), .text("昌平区, \"北\""), .number("-0.5"), .text("并列")],
        [.empty, .text("<东城区> & 1"), .number("n/a"), .text("数据不足\n第二行")],
    ]

    @Test func aWorkbookReadsBackCellForCell() throws {
        let data = try XLSXWriter.workbook(
            header: Self.header, rows: Self.rows, sheetName: "2017-01", modified: Date(timeIntervalSince1970: 0))
        let sheet = try XLSXReader.parse(data, file: "t.xlsx")
        #expect(sheet.header == Self.header)
        #expect(
            sheet.rows.map(\.cells) == [
                ["1", "怀柔区", "7.01", ""], ["2", "昌平区, \"北\"", "-0.5", "并列"], ["", "<东城区> & 1", "n/a", "数据不足\n第二行"],
            ])
        #expect(sheet.rows.map(\.line) == [2, 3, 4])
    }

    @Test func aWorkbookIsTheSameBytesEveryTime() throws {
        let a = try XLSXWriter.workbook(header: Self.header, rows: Self.rows, sheetName: "m", modified: Date(timeIntervalSince1970: 86_400))
        let b = try XLSXWriter.workbook(header: Self.header, rows: Self.rows, sheetName: "m", modified: Date(timeIntervalSince1970: 86_400))
        #expect(a == b)
    }

    @Test func csvQuotesWhatNeedsQuotingAndReadsBack() throws {
        let rows = Self.rows.map {
            $0.map { cell -> String in
                switch cell {
                case .text(let s), .number(let s): s
                case .empty: ""
                }
            }
        }
        let data = CSVWriter.data(header: Self.header, rows: rows)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tw-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try data.write(to: url)
        let sheet = try CSVReader.read(contentsOf: url, displayName: "t.csv")
        #expect(sheet.header == Self.header)
        #expect(sheet.rows.map(\.cells) == rows)
    }
}
