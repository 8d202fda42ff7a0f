import FileAccess
import Foundation
import ReportModel
import TableFiles
import Testing

@testable import AirQuality

/// Reading monitoring files from disk (kind by content and header), the results' JSON and CSV
/// shapes, and the long daily table — what the CLI only calls.
@Suite struct AirFilesTests {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("airfiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private static let dailyHeader = "area,date,pollutant,value\n"

    private static func month(_ area: String, days: Int = 31, pm25: Int = 40) -> String {
        var s = ""
        for d in 1...days {
            for (p, v) in [("SO2", "10"), ("NO2", "30"), ("PM10", "60"), ("PM2.5", "\(pm25)"), ("CO", "1.0"), ("O3_8h", "80")] {
                s += "\(area),2017-01-\(d < 10 ? "0" : "")\(d),\(p),\(v)\n"
            }
        }
        return s
    }

    @Test func aFolderIsReadByKindAndUnusableFilesAreErrorsNotFailures() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data((Self.dailyHeader + Self.month("东区")).utf8).write(to: dir.appendingPathComponent("a-daily.csv"))
        try Data("No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,station\n1,2017,1,1,1,10,20,3,4,500,60,X\n".utf8)
            .write(to: dir.appendingPathComponent("b-hourly.csv"))
        try Data("not,a,table\n1,2,3\n".utf8).write(to: dir.appendingPathComponent("c-notes.csv"))
        try Data().write(to: dir.appendingPathComponent("d-empty.csv"))
        let ds = try AirFiles.load([dir.path])
        #expect(ds.days.count == 31)
        #expect(ds.hours.count == 1)
        let errors = ds.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.file.hasSuffix("c-notes.csv") && $0.message.contains("not an air-quality table") })
        #expect(errors.contains { $0.file.hasSuffix("d-empty.csv") && $0.message == "empty file" })
    }

    @Test func nothingUsableOrNothingThereFails() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = dir.appendingPathComponent("notes.csv")
        try Data("x,y\n1,2\n".utf8).write(to: notes)
        let none = #expect(throws: AirFiles.LoadError.self) { try AirFiles.load([notes.path]) }
        #expect(none?.isMissing == false && none?.diagnostics.count == 1)
        let missing = #expect(throws: AirFiles.LoadError.self) { try AirFiles.load([dir.appendingPathComponent("no.csv").path]) }
        #expect(missing?.isMissing == true)
        let map = #expect(throws: AirFiles.LoadError.self) { try AreaMap.load(dir.appendingPathComponent("no-map.csv").path) }
        #expect(map?.isMissing == true)
    }

    /// Issue 13, class 2: monitoring tables are read within their own limits (64 columns, a month
    /// of hourly rows for 1,000 sites), not the general ones (1,024 columns): a value beyond the
    /// last column is refused with the file and the line (CSV) or the cell (.xlsx), a table with a
    /// row too many with the file and the line. A PRSA-shaped file (18 columns) is read.
    @Test func monitoringTablesAreReadWithinTheirOwnLimits() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = "No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,PRES,DEWP,RAIN,wd,WSPM,station"
        let row = "1,2017,1,1,1,10,20,3,4,500,60,-0.7,1023,-18.8,0,NNW,4.4,X"
        let prsa = dir.appendingPathComponent("prsa.csv")
        try Data("\(header)\n\(row)\n".utf8).write(to: prsa)
        #expect(try AirFiles.read(InputFile(path: prsa.path)).hours.count == 1)

        // 65 cells in line 3 (64 is the most): the general limit (1,024) would have let it through.
        let wide = dir.appendingPathComponent("wide.csv")
        let extra = Array(repeating: "9", count: 65 - 18).joined(separator: ",")
        try Data("\(header)\n\(row)\n\(row),\(extra)\n".utf8).write(to: wide)
        let e = #expect(throws: AirQualityError.self) { try AirFiles.read(InputFile(path: wide.path)) }
        #expect(e?.file == wide.path && e?.line == 3, "\(String(describing: e))")
        #expect(e?.message == "65 cells; this table has at most 64 columns", "\(String(describing: e))")

        // The same in a workbook: the cell is named.
        let cells = (header + "," + Array(repeating: "x", count: 47).joined(separator: ",")).split(separator: ",").map {
            XLSXWriter.Cell.text(String($0))
        }
        let book = try XLSXWriter.workbook(
            header: header.split(separator: ",").map(String.init), rows: [cells], sheetName: "hourly",
            modified: Date(timeIntervalSince1970: 0))
        let xlsx = dir.appendingPathComponent("wide.xlsx")
        try book.write(to: xlsx)
        let x = #expect(throws: AirQualityError.self) { try AirFiles.read(InputFile(path: xlsx.path)) }
        #expect(x?.file == xlsx.path, "\(String(describing: x))")
        #expect(x?.message.contains("cell BM2 is beyond column BL") == true, "\(String(describing: x))")

        // One row more than a month of hourly rows for 1,000 sites: refused at its line.
        let limit = AirFiles.sheetLimits.rows
        #expect(limit == 744 * 1_000 + 1)
        var text = "area,date,pollutant,value\n"
        text.reserveCapacity(limit * 2 + 64)
        for _ in 0..<limit { text += "1\n" }
        let long = dir.appendingPathComponent("long.csv")
        try Data(text.utf8).write(to: long)
        let r = #expect(throws: AirQualityError.self) { try AirFiles.read(InputFile(path: long.path)) }
        #expect(r?.file == long.path && r?.line == limit + 1, "\(String(describing: r))")
        #expect(r?.message == "more than \(limit) rows, the most this table can have", "\(String(describing: r))")
    }

    @Test func aYearOfEighteenNinesIsAnUnreadableTimeNotACrash() throws {
        let text = """
            No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,station
            1,999999999999999999,1,1,1,10,20,3,4,500,60,X
            2,2017,1,1,2,10,20,3,4,500,60,X
            3,-9223372036854775808,1,1,0,10,20,3,4,500,60,X
            4,0,1,1,0,10,20,3,4,500,60,X
            """
        let ds = try AirImport.table(try CSVReader.parse(text, file: "h.csv"), file: "h.csv")
        #expect(ds.hours.count == 1)
        #expect(ds.diagnostics.filter { $0.message.contains("unreadable time") }.map(\.line) == [2, 4, 5])
        // Daily tables and date-time columns go through the same check.
        let daily = try AirImport.table(
            try CSVReader.parse("area,date,pollutant,value\nA,99999-01-01,PM2.5,3\nA,0000-01-01,PM2.5,3\n", file: "d.csv"),
            file: "d.csv")
        #expect(daily.days.isEmpty)
        #expect(ValueText.dateTime("999999999999999999-01-01 01:00") == nil)
    }

    @Test func jsonShapesKeepEveryKeyWithNull() throws {
        let text = Self.dailyHeader + Self.month("东区", days: 2) + "东区,2017-01-03,PM2.5,40\n"
        let ds = try AirImport.table(try CSVReader.parse(text, file: "d.csv"), file: "d.csv")
        let daily = DailyValues(dataset: ds)
        let result = DailyResult(daily: daily, level: .area, range: nil, warnings: [])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(result), as: UTF8.self)
        #expect(json.contains("\"aqi\":null"), "an incomplete day keeps its aqi key: \(json.prefix(300))")
        #expect(json.contains("\"level\":\"area\""))
        // The CSV form is the one CSV format tongbao writes: BOM, CRLF, and it reads back.
        let csv = result.csv
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n"))
        let back = try CSVReader.parse(csv, file: "back.csv")
        #expect(back.header.first == "area" && back.rows.count == 3)
    }

    @Test func theDaysTableReadsBackToTheSameMonth() throws {
        let ds = try AirImport.table(
            try CSVReader.parse(Self.dailyHeader + Self.month("东区") + Self.month("西区", pm25: 60), file: "d.csv"), file: "d.csv")
        let daily = DailyValues(dataset: ds)
        let ym = try #require(YearMonth("2017-01"))
        let table = DaysTable.csv(daily.areas, month: ym)
        let again = try AirImport.table(try CSVReader.parse(table, file: "days.csv"), file: "days.csv")
        let first = MonthlyReport(daily: daily, month: ym)
        let second = MonthlyReport(daily: DailyValues(dataset: again), month: ym)
        #expect(first.rows.map(\.statistics) == second.rows.map(\.statistics))
        #expect(first.rows.map(\.place?.rank) == [1, 2])
        try first.requireRanking(source: "d.csv")
        let result = MonthlyResult(first, warnings: [])
        #expect(result.table.split(separator: "\n").count == 4, "header, two areas, the city")
    }

    @Test func aMonthWithoutEnoughDaysCannotBeRanked() throws {
        let ds = try AirImport.table(try CSVReader.parse(Self.dailyHeader + Self.month("东区", days: 20), file: "d.csv"), file: "d.csv")
        let ym = try #require(YearMonth("2017-01"))
        let report = MonthlyReport(daily: DailyValues(dataset: ds), month: ym)
        let error = #expect(throws: MonthlyReport.NotRankable.self) { try report.requireRanking(source: "d.csv") }
        #expect(error?.noValues == false && error?.description.contains("27 needed") == true)
        #expect(report.notAssessed(file: "d.csv").count == 1)
        let empty = MonthlyReport(daily: DailyValues(dataset: AirDataset()), month: ym)
        #expect((#expect(throws: MonthlyReport.NotRankable.self) { try empty.requireRanking(source: "x") })?.noValues == true)
    }
}
