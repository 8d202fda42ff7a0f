import Foundation
import ReportModel
import TableFiles
import Testing

@testable import AirQuality

/// Importers: values, missing and bad data reported per file and line, never averaged.
@Suite struct ImporterTests {
    func sheet(_ text: String, _ file: String = "t.csv") throws -> Sheet { try CSVReader.parse(text, file: file) }

    @Test func cnemcReadsTheSwappedOzoneColumnAndReportsGaps() throws {
        let json = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"stationcode": "1001A", "positionname": "万寿西宫", "area": "北京市",
               "timepoint": "2017-07-07T16:00:00", "aqi": "55", "primarypollutant": "臭氧1小时",
               "pm2_5": "34", "pm10": "45", "so2": "1", "so2_24h": "3", "no2": "13", "co": "0.8",
               "o3": "190", "o3_24h": "164", "o3_8h": "132"}},
              {"type": "Feature", "properties": {"stationcode": "1002A", "positionname": "定陵", "area": "北京市",
               "timepoint": "2017-07-07T16:00:00", "aqi": "-;", "primarypollutant": "-;",
               "pm2_5": "-;", "pm10": "", "so2": "-", "no2": "-", "co": "-", "o3": "-", "o3_24h": "-"}},
              {"type": "Feature", "properties": {"stationcode": "1003A", "timepoint": "2017-07-07T16:00:00",
               "pm2_5": "-5", "pm10": "abc", "so2": "2", "no2": "3", "co": "0.5", "o3": "10", "o3_24h": "20"}},
              {"type": "Feature", "properties": {"stationcode": "1001A", "timepoint": "2017-07-07T16:00:00", "pm2_5": "1"}}
            ]}
            """
        let ds = try CNEMCFeed.read(Data(json.utf8), file: "hour.json")
        #expect(ds.hours.count == 3)
        let first = try #require(ds.hours.first)
        #expect(first.values[.o3] == FixedDecimal(164))  // from o3_24h, not o3
        #expect(first.officialAQI == 55)
        #expect(first.time.description == "2017-07-07T16:00")
        #expect(AQI.hourly(first)?.aqi == 55)
        #expect(ds.hours[1].values.isEmpty)
        #expect(ds.hours[1].officialAQI == nil)
        #expect(ds.hours[2].values[.pm25] == nil)
        #expect(ds.hours[2].values[.pm10] == nil)
        let messages = ds.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("feature 2 (station 1002A): no concentrations") })
        #expect(messages.contains { $0.contains("negative PM2.5 '-5'") })
        #expect(messages.contains { $0.contains("unreadable PM10 'abc'") })
        #expect(messages.contains { $0.contains("repeats station 1001A") })
        #expect(ds.diagnostics.allSatisfy { $0.file == "hour.json" })
    }

    @Test func cnemcRejectsNonFeeds() {
        #expect(throws: AirQualityError.self) { try CNEMCFeed.read(Data("not json".utf8), file: "x.json") }
        #expect(throws: AirQualityError.self) { try CNEMCFeed.read(Data("{\"a\": 1}".utf8), file: "x.json") }
    }

    @Test func prsaStyleTableMapsHourZeroToTheDayBefore() throws {
        var text = "No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,station\n"
        var line = 1
        // Day 2017-01-05 = rows 5th 1…23 + 6th hour 0, plus the 5th's hour 0 (= 4th 24:00).
        for (d, h) in [(5, 0)] + (1...23).map({ (5, $0) }) + [(6, 0)] {
            line += 1
            let pm = h == 0 && d == 5 ? "999" : "\(h)"
            text += "\(line),2017,1,\(d),\(h),\(pm),NA,3.5,20,1250,60,-1.5,\"Dongsi\"\n"
        }
        text += "\(line + 1),2017,1,6,1,-4,10,2,20,1200,60,0,Dongsi\n"
        let ds = try HourlyTable.read(sheet(text), file: "prsa.csv")
        #expect(ds.hours.count == 26)
        #expect(ds.hours[0].time.description == "2017-01-05T00:00")
        #expect(ds.hours[0].time.date == CivilDate(year: 2017, month: 1, day: 4))
        #expect(ds.hours[1].values[.co] == FixedDecimal(units: 1250, scale: 3))  // μg → mg, guessed from the values
        let messages = ds.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("read as μg/m³") })
        #expect(ds.diagnostics.contains { $0.line == 2 && $0.message == "missing PM10 at 2017-01-05T00:00" })
        #expect(ds.diagnostics.contains { $0.line == 27 && $0.message.contains("negative PM2.5 '-4'") })

        let days = DailyAverage.siteDays(from: ds.hours).days
        let fifth = try #require(days.first { $0.date == CivilDate(year: 2017, month: 1, day: 5) })
        #expect(fifth.area == "Dongsi")
        // Hours 1…23 have PM2.5 = hour, 24:00 (row 6th 0) has 0: (276 + 0) / 24 = 11.5 → 12.
        #expect(fifth.pm25 == 12)
        #expect(fifth.so2 == 4)  // 3.5 → 4 (half to even)
        #expect(fifth.co == 1.2)  // 1.25 → 1.2 per hour, mean 1.2
        #expect(fifth.pm10 == nil)  // all NA: not a value, not a zero
    }

    @Test func hourlyTableWithTimeColumnAndExplicitUnit() throws {
        let text = """
            time,station,CO(mg/m3),PM2.5
            2017-01-05 01:00,A,1.1,30
            2017-01-05 02:00,A,1.3,
            2017-01-05 24:00,A,1.0,10
            bad time,A,1,1
            """
        let ds = try HourlyTable.read(sheet(text), file: "t.csv")
        #expect(ds.hours.count == 3)
        #expect(ds.hours[0].values[.co] == FixedDecimal(units: 11, scale: 1))
        #expect(ds.hours[2].time.hour == 24)
        #expect(ds.diagnostics.contains { $0.line == 3 && $0.message.contains("missing PM2.5") })
        #expect(ds.diagnostics.contains { $0.line == 5 && $0.message.contains("unreadable time 'bad time'") })
        let micro = try HourlyTable.read(sheet(text), file: "t.csv", options: .init(coUnit: .microgram))
        #expect(micro.hours[0].values[.co] == FixedDecimal(units: 11, scale: 4))
    }

    @Test func dailyLongTableReportsEveryProblemWithItsLine() throws {
        let text = """
            area,date,pollutant,value
            东城区,2017-01-01,PM2.5,35.5
            东城区,2017-01-01,PM10,NA
            东城区,2017-01-01,SO2,-3
            东城区,2017-01-01,PM2.5,40
            东城区,2017-01-01,苯,2
            西城区,2017/1/1,CO,1.25
            东城区,2017-01-32,NO2,20
            南城区,2017-01-01,O3_8h,abc
            西城区,20170102,臭氧8小时,100
            """
        let ds = try DailyTable.read(
            sheet(text, "daily.csv"), file: "daily.csv", options: .init(knownAreas: ["东城区", "西城区"]))
        #expect(ds.days.count == 3)
        let east = try #require(ds.days.first { $0.area == "东城区" })
        #expect(east.pm25 == 36)  // 35.5 → 36, the repeated 40 not used
        #expect(east.pm10 == nil)
        #expect(east.so2 == nil)
        let west = try #require(ds.days.first { $0.area == "西城区" && $0.date.day == 1 })
        #expect(west.co == 1.2)
        #expect(ds.days.first { $0.area == "西城区" && $0.date.day == 2 }?.o3_8h == 100)
        func has(_ line: Int, _ text: String) -> Bool {
            ds.diagnostics.contains { $0.line == line && $0.message.contains(text) && $0.file == "daily.csv" }
        }
        #expect(has(3, "missing PM10"))
        #expect(has(4, "negative SO2 '-3'"))
        #expect(has(5, "repeats line 2"))
        #expect(has(6, "unknown pollutant '苯'"))
        #expect(has(8, "unreadable date '2017-01-32'"))
        #expect(has(9, "unknown area '南城区'"))
        #expect(has(9, "unreadable O3 'abc'"))
    }

    @Test func dailyWideTable() throws {
        let text = """
            区县,日期,SO2,NO2,PM10,PM2.5,CO,O3_8h
            东城区,2017-01-01,10,30,60,40,1.0,80
            东城区,2017-01-02,,30,60,40,1.0,80
            """
        let ds = try DailyTable.read(sheet(text), file: "wide.csv")
        #expect(ds.days.count == 2)
        #expect(ds.days[0].isComplete)
        #expect(ds.days[1].so2 == nil)
        #expect(ds.diagnostics.contains { $0.line == 3 && $0.message.contains("missing SO2") })
    }

    @Test func dispatchAndRefusals() throws {
        let hourly = try sheet("station,date,hour,PM2.5\nA,2017-01-01,1,3\n")
        #expect(try AirImport.table(hourly, file: "h.csv").hours.count == 1)
        let daily = try sheet("area,date,pollutant,value\nA,2017-01-01,pm25,3\n")
        #expect(try AirImport.table(daily, file: "d.csv").days.count == 1)
        let prose = try sheet("今天召开大气污染防治工作会议\n会议要求\n")
        #expect(throws: AirQualityError.self) { try AirImport.table(prose, file: "notice.txt") }
        do {
            _ = try AirImport.table(prose, file: "notice.txt")
        } catch {
            #expect(error.diagnostic.rendered.hasPrefix("notice.txt:1: error: not an air-quality table"))
        }
        #expect(AirImport.looksLikeJSON(Data("  \n{\"features\":[]}".utf8)))
        #expect(!AirImport.looksLikeJSON(Data("a,b\n".utf8)))
    }

    @Test func manyMissingValuesAreSummedUpNotDropped() throws {
        var text = "station,date,hour,PM2.5\n"
        for h in 1...24 { text += "A,2017-01-01,\(h),NA\n" }
        let ds = try HourlyTable.read(sheet(text), file: "gaps.csv")
        #expect(ds.diagnostics.count == DiagnosticLog.keepPerKind + 1)
        #expect(ds.diagnostics.last?.message == "missing values: 24 in all (the first 20 listed above)")
    }

    @Test func areaMapWithAndWithoutHeader() throws {
        let withHeader = AreaMap.read(try sheet("station,area,type\nDongsi,东城区,urban\nDingling,昌平区,对照点\nX,Y,odd\n"), file: "m.csv")
        #expect(withHeader.map.entries.count == 3)
        #expect(withHeader.map.entry(for: "dingling")?.type == .background)
        #expect(withHeader.diagnostics.contains { $0.line == 4 && $0.message.contains("unknown site type 'odd'") })
        let bare = AreaMap.read(try sheet("Dongsi,东城区\nTiantan,东城区\n"), file: "m.csv")
        #expect(bare.map.entries.map(\.station) == ["Dongsi", "Tiantan"])
        #expect(bare.map.areas == ["东城区"])
    }

    @Test func districtDailyValuesWithAStationMap() throws {
        // A daily table of district values next to a station map: the district is used as given.
        let map = AreaMap(entries: [.init(station: "s1", area: "东城区"), .init(station: "s2", area: "东城区")])
        let ds = try DailyTable.read(sheet("area,date,pollutant,value\n东城区,2017-01-01,pm25,40\n"), file: "d.csv")
        let daily = DailyValues(dataset: ds, map: map)
        #expect(daily.areas.first?.pm25 == 40)
        #expect(daily.diagnostics.isEmpty)
    }
}
