import ReportModel
import Testing

@testable import AirQuality

@Suite struct PeriodAirSummaryTests {
    private func day(_ area: String, _ d: Int, pm25: Double?) -> AreaDay {
        AreaDay(area: area, date: CivilDate(year: 2017, month: 11, day: d)!, so2: 10, no2: 30, pm10: 60, pm25: pm25, co: 0.8, o3_8h: 50)
    }

    @Test func meanAQIGoodDaysAndValidDays() {
        // PM2.5 75 → IAQI 100 (good), 115 → 150, 35 → 50; PM10 60 → IAQI 55.
        let days = [day("东城区", 13, pm25: 75), day("东城区", 14, pm25: 115), day("东城区", 15, pm25: nil), day("西城区", 13, pm25: 35)]
        let s = PeriodAirSummary.compute(days)
        #expect(s.map(\.area) == ["东城区", "西城区"])
        #expect(s[0].validDays == 2)  // the day without PM2.5 has no daily AQI
        #expect(s[0].goodDays == 1)
        #expect(s[0].meanAQI == 125)
        #expect(s[1].meanAQI == 55)
        #expect(s[1].goodDays == 1)
    }

    @Test func meanRoundsHalfToEven() {
        // 100 and 151 → 125.5 → 126 (half to even gives 126); 100 and 149 → 124.5 → 124.
        let a = PeriodAirSummary.compute([day("A", 13, pm25: 75), day("A", 14, pm25: 115.5)])
        #expect(a.first?.meanAQI == 126)
    }
}
