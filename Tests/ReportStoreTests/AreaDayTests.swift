import ReportModel
import Testing

@testable import ReportStore

@Suite struct AreaDayTests {
    @Test func savedDaysComeBackByRangeAndSavingAgainChangesNothing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let d = Fixtures.day
        let days = [
            AreaDay(area: "高新区", date: d("2017-11-30"), so2: 12, no2: 40, pm10: 110, pm25: 75, co: 1.2, o3_8h: 60),
            AreaDay(area: "中原区", date: d("2017-12-01"), pm25: 80),
            AreaDay(area: "高新区", date: d("2017-12-01"), pm25: 90),
            AreaDay(area: "高新区", date: d("2017-12-31"), pm25: 50),
            AreaDay(area: "高新区", date: d("2018-01-01"), pm25: 50),
        ]
        #expect(try store.saveAreaDays(days, source: "daily-2017-12.csv") == 5)
        let before = try store.dump()
        try store.saveAreaDays(days, source: "daily-2017-12.csv")
        #expect(try store.dump() == before)

        let december = try store.areaDays(in: YearMonth(year: 2017, month: 12)!)
        #expect(december.map(\.area) == ["中原区", "高新区", "高新区"])
        #expect(december[0] == days[1])
        #expect(try store.areaDays(in: d("2017-11-30")...d("2017-11-30")) == [days[0]])

        // A corrected value replaces the stored one.
        try store.saveAreaDays([AreaDay(area: "中原区", date: d("2017-12-01"), pm25: 81)], source: "fix.csv")
        #expect(try store.areaDays(in: d("2017-12-01")...d("2017-12-01")).first?.pm25 == 81)
    }
}
