import ReportModel
import Testing

@testable import AirQuality

/// Daily validity rules (≥ 20 hours, O3 8-hour windows) and the city combination (75 %).
@Suite struct DailyAverageTests {
    let day = CivilDate(year: 2017, month: 1, day: 5)!

    func hours(_ count: Int, _ p: Pollutant, _ value: Int) -> [Int: [Pollutant: FixedDecimal]] {
        var h: [Int: [Pollutant: FixedDecimal]] = [:]
        for i in 1...count { h[i] = [p: FixedDecimal(value)] }
        return h
    }

    @Test func twentyHoursMakeADay() {
        #expect(DailyAverage.day(station: "S", date: day, hours: hours(20, .pm25, 40)).pm25 == 40)
        #expect(DailyAverage.day(station: "S", date: day, hours: hours(19, .pm25, 40)).pm25 == nil)
    }

    @Test func coIsRoundedToOneDecimal() {
        var h: [Int: [Pollutant: FixedDecimal]] = [:]
        for i in 1...24 { h[i] = [.co: FixedDecimal(units: i % 2 == 0 ? 12 : 13, scale: 1)] }  // mean 1.25
        #expect(DailyAverage.day(station: "S", date: day, hours: h).co == 1.2)  // half to even
    }

    @Test func ozoneEightHourRules() {
        // All 24 hours: 17 windows, max of the 8-hour means.
        var h: [Int: [Pollutant: FixedDecimal]] = [:]
        for i in 1...24 { h[i] = [.o3: FixedDecimal(i <= 16 ? 50 : 100)] }
        #expect(DailyAverage.day(station: "S", date: day, hours: h).o3_8h == 100)
        #expect(DailyAverage.day(station: "S", date: day, hours: h).o3_1h == 100)

        // Hours 1…20 only: windows ending 8…20 have 8 hours, 21 has 7, 22 has 6, 23 has 5 →
        // 15 valid windows: valid.
        let twenty = hours(20, .o3, 60)
        #expect(DailyAverage.day(station: "S", date: day, hours: twenty).o3_8h == 60)
        // Hours 1…19: windows 8…22 valid = 15 − 1 = 14: still valid.
        #expect(DailyAverage.day(station: "S", date: day, hours: hours(19, .o3, 60)).o3_8h == 60)
        // Hours 1…18: 13 valid windows and a max ≤ 160: not valid.
        #expect(DailyAverage.day(station: "S", date: day, hours: hours(18, .o3, 60)).o3_8h == nil)
        // … but a max above 160 makes it valid anyway.
        #expect(DailyAverage.day(station: "S", date: day, hours: hours(18, .o3, 170)).o3_8h == 170)
        #expect(DailyAverage.day(station: "S", date: day, hours: hours(18, .o3, 160)).o3_8h == nil)

        // A window needs 6 of its 8 hours. Hours 1…3 missing, 4…8 = 300, 9…24 = 40:
        // the window ending 8 (hours 1…8) has 5 values and does not count; the one ending 9
        // (4…9: 5 × 300 + 40 = 1540 / 6 = 256.7) does → 257, from 16 valid windows.
        var gap: [Int: [Pollutant: FixedDecimal]] = [:]
        for i in 4...24 { gap[i] = [.o3: FixedDecimal(i <= 8 ? 300 : 40)] }
        #expect(DailyAverage.day(station: "S", date: day, hours: gap).o3_8h == 257)
    }

    @Test func stationHoursAreAveragedPerNaturalDayAndDuplicatesReported() {
        var input: [StationHour] = []
        for h in 1...24 {
            input.append(
                StationHour(
                    station: "S", time: HourStamp(date: day, hourEnding: h)!, values: [.no2: FixedDecimal(h)],
                    file: "f.csv", line: h + 1))
        }
        input.append(
            StationHour(
                station: "S", time: HourStamp(date: day, hourEnding: 3)!, values: [.no2: FixedDecimal(999)],
                file: "f.csv", line: 99))
        let (days, diagnostics) = DailyAverage.siteDays(from: input)
        #expect(days.count == 1)
        #expect(days[0].no2 == 12)  // 12.5 → 12 (half to even); the duplicate 999 not used
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 99)
        #expect(diagnostics[0].message.contains("duplicate hour"))
        #expect(diagnostics[0].message.contains("f.csv:4"))
    }

    @Test func requiredSites() {
        #expect(CombineSites.requiredSites(of: 1) == 1)
        #expect(CombineSites.requiredSites(of: 2) == 1)
        #expect(CombineSites.requiredSites(of: 3) == 2)
        #expect(CombineSites.requiredSites(of: 4) == 3)
        #expect(CombineSites.requiredSites(of: 11) == 9)
        #expect(CombineSites.requiredSites(of: 12) == 9)
    }

    @Test func areaMeanNeedsSeventyFivePercentOfSites() {
        let sites = ["a", "b", "c", "d"]
        var siteDays = [
            AreaDay(area: "a", date: day, pm25: 10, co: 1.1),
            AreaDay(area: "b", date: day, pm25: 11, co: 1.2),
            AreaDay(area: "c", date: day, pm25: 12),
        ]
        var area = CombineSites.areaDays(area: "X", sites: sites, siteDays: siteDays)
        #expect(area.count == 1)
        #expect(area[0].pm25 == 11)  // 3 of 4 sites
        #expect(area[0].co == nil)  // 2 of 4 sites
        siteDays.removeLast()
        area = CombineSites.areaDays(area: "X", sites: sites, siteDays: siteDays)
        #expect(area[0].pm25 == nil)
        // Fewer than 4 sites: half is enough.
        area = CombineSites.areaDays(area: "X", sites: ["a", "b", "z"], siteDays: siteDays)
        #expect(area[0].pm25 == 10)  // 10.5 → 10
        #expect(area[0].co == 1.2)  // 1.15 → 1.2
    }

    @Test func backgroundSitesAreLeftOutOfTheCity() throws {
        let map = AreaMap(entries: [
            .init(station: "u1", area: "East", type: .urban), .init(station: "u2", area: "West", type: .urban),
            .init(station: "bg", area: "Hills", type: .background),
        ])
        var hours: [StationHour] = []
        for (station, value) in [("u1", 10), ("u2", 20), ("bg", 90)] {
            for h in 1...24 {
                hours.append(
                    StationHour(
                        station: station, time: HourStamp(date: day, hourEnding: h)!, values: [.pm25: FixedDecimal(value)],
                        file: "f"))
            }
        }
        let daily = DailyValues(dataset: AirDataset(hours: hours), map: map, cityName: "City")
        #expect(daily.areaNames == ["East", "West", "Hills"])
        #expect(daily.areas.first { $0.area == "Hills" }?.pm25 == 90)  // a background-only area keeps its value
        #expect(daily.city.first?.pm25 == 15)  // (10 + 20) / 2, without the background site
        #expect(daily.diagnostics.isEmpty)
    }

    @Test func withoutAMapEachStationIsItsOwnArea() {
        var hours: [StationHour] = []
        for (station, value) in [("s1", 10), ("s2", 20)] {
            for h in 1...24 {
                hours.append(
                    StationHour(
                        station: station, time: HourStamp(date: day, hourEnding: h)!, values: [.so2: FixedDecimal(value)],
                        file: "f"))
            }
        }
        let daily = DailyValues(dataset: AirDataset(hours: hours))
        #expect(daily.areaNames == ["s1", "s2"])
        #expect(daily.city.first?.so2 == 15)
    }

    @Test func hourStamps() {
        let s = HourStamp(clockDate: day, clockHour: 0)
        #expect(s?.date == CivilDate(year: 2017, month: 1, day: 4))
        #expect(s?.hour == 24)
        #expect(s?.description == "2017-01-05T00:00")
        #expect(HourStamp(clockDate: day, clockHour: 16)?.description == "2017-01-05T16:00")
        #expect(HourStamp(clockDate: day, clockHour: 25) == nil)
    }
}
