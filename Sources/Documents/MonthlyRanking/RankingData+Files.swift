import Foundation
import ReportModel
import TableFiles

extension RankingData {
    /// The table as CSV (tongbao's one CSV format: UTF-8 with BOM, CRLF).
    public var csv: Data { CSVWriter.data(header: header, rows: rows.map { $0.map(\.text) }) }

    /// The table as an .xlsx workbook, numbers as numbers, stamped with noon UTC of `date`
    /// (never the clock: a rerun gives the same bytes).
    public func workbook(sheetName: String, date: CivilDate) throws -> Data {
        let cells = rows.map { row in
            row.map { cell -> XLSXWriter.Cell in
                switch cell {
                case .text(let s): .text(s)
                case .number(let s): .number(s)
                case .empty: .empty
                }
            }
        }
        let stamp = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400 + 43_200)
        return try XLSXWriter.workbook(header: header, rows: cells, sheetName: sheetName, modified: stamp)
    }
}
