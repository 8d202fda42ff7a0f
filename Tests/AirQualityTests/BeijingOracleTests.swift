import Foundation
import ReportModel
import TableFiles
import Testing

@testable import AirQuality

/// Beijing's 11 urban stations as one city (PRSA files): January 2016 and 2017 must equal the
/// reference table of AIRQUALITY.md §7 digit for digit.
@Suite struct BeijingOracleTests {
    /// Reads the PRSA rows of the months asked for (the files hold four years; only the lines of
    /// the wanted months, plus the next month's first day for hour 0, go through the CSV reader).
    static func dailyValues(months: [YearMonth]) throws -> DailyValues {
        let mapSheet = try CSVReader.parse(SharedData.beijingMap, file: "beijing-map.csv")
        let map = AreaMap.read(mapSheet, file: "beijing-map.csv").map
        var dataset = AirDataset()
        for url in try SharedData.prsaFiles() {
            let data = try Data(contentsOf: url)
            let wanted = months.flatMap { m -> [String] in
                let next = YearMonth(containing: m.last.adding(days: 1))
                return ["\(m.year),\(m.month),", "\(next.year),\(next.month),1,0,"]
            }
            let text = Self.lines(of: data, whereSecondFieldStartsWith: wanted)
            let sheet = try CSVReader.parse(text, file: url.lastPathComponent)
            let range = (months.map(\.first).min() ?? months[0].first)...(months.map(\.last).max() ?? months[0].last)
            dataset.append(
                try AirImport.table(sheet, file: url.lastPathComponent, options: AirImport.Options(dates: range)))
        }
        return DailyValues(dataset: dataset, map: map, cityName: "Beijing")
    }

    /// The header line and the lines whose text after the first comma starts with one of
    /// `prefixes` (PRSA lines are `No,year,month,day,hour,…`). Bytewise, as debug builds are slow
    /// at splitting 35,000 lines into Characters.
    static func lines(of data: Data, whereSecondFieldStartsWith prefixes: [String]) -> String {
        let patterns = prefixes.map { Array($0.utf8) }
        var out: [UInt8] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var first = true
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                var keep = first
                if !keep {
                    var comma = start
                    while comma < end && bytes[comma] != 44 { comma += 1 }
                    let field = comma + 1
                    keep = patterns.contains { p in
                        field + p.count <= end && p.indices.allSatisfy { bytes[field + $0] == p[$0] }
                    }
                }
                if keep { out.append(contentsOf: bytes[start..<min(end + 1, bytes.count)]) }
                first = false
                start = end + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let jan16 = YearMonth(year: 2016, month: 1)!
    static let jan17 = YearMonth(year: 2017, month: 1)!

    /// Both Januaries, read once for all tests of the suite.
    static let januaries = Result { try dailyValues(months: [jan16, jan17]) }

    @Test(.enabled(if: SharedData.hasPRSA, SharedData.skipMessage))
    func januaryStatisticsMatchTheReference() throws {
        let (jan16, jan17) = (Self.jan16, Self.jan17)
        let daily = try Self.januaries.get()
        #expect(daily.areaNames == ["Beijing"])
        #expect(daily.siteList.filter { $0.type == .urban }.count == 11)

        let m16 = try #require(MonthlyStatistics.compute(days: daily.city, month: jan16).first)
        let m17 = try #require(MonthlyStatistics.compute(days: daily.city, month: jan17).first)
        func row(_ m: AreaMonth) -> String {
            let c = Pollutant.allCases.map { m[$0]?.description ?? "-" }.joined(separator: " ")
            return "\(c) \(m.isum?.description ?? "-") \(m.goodDays)/\(m.validDays) \(m.goodRatio?.description ?? "-")"
        }
        #expect(row(m16) == "20 53 83 68 3.4 62 6.02 22/31 71.0")
        #expect(row(m17) == "19 65 137 116 5.6 74 9.08 16/30 53.3")
        #expect(m16.isValid && m17.isValid)
        // Year on year, the Ministry's figure for PM2.5: +70.6 %.
        let pm16 = try #require(m16[.pm25])
        let pm17 = try #require(m17[.pm25])
        #expect(ChangeRate.percent(from: pm16, to: pm17)?.description == "70.6")
        // The area series is the same city (11 urban stations, Dingling excluded).
        let area17 = try #require(MonthlyStatistics.compute(days: daily.areas, month: jan17).first)
        #expect(row(area17) == row(m17))
    }

    @Test(.enabled(if: SharedData.hasPRSA, SharedData.skipMessage))
    func siteDailyValuesThroughADailyTableGiveTheSameMonth() throws {
        let jan17 = Self.jan17
        let daily = try Self.januaries.get()
        // Write the station daily values as a long daily table and read it back.
        var text = "area,date,pollutant,value\n"
        for d in daily.sites where YearMonth(containing: d.date) == jan17 {
            for (p, v) in d.values.sorted(by: { $0.key < $1.key }) { text += "\(d.area),\(d.date),\(p.symbol),\(v)\n" }
        }
        let sheet = try CSVReader.parse(text, file: "sites.csv")
        let dataset = try AirImport.table(sheet, file: "sites.csv")
        let map = AreaMap.read(try CSVReader.parse(SharedData.beijingMap, file: "map.csv"), file: "map.csv").map
        let again = DailyValues(dataset: dataset, map: map, cityName: "Beijing")
        let m = try #require(MonthlyStatistics.compute(days: again.city, month: jan17).first)
        #expect(Pollutant.allCases.map { m[$0]?.description ?? "-" } == ["19", "65", "137", "116", "5.6", "74"])
        #expect(m.isum?.description == "9.08")
        #expect(m.goodDays == 16 && m.validDays == 30)
    }
}
