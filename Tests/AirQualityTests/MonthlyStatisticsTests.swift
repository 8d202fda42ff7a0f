import ReportModel
import Testing

@testable import AirQuality

/// HJ 663 percentiles, month validity, good days and the composite index.
@Suite struct MonthlyStatisticsTests {
    func decimals(_ xs: [Int]) -> [FixedDecimal] { xs.map { FixedDecimal($0) } }

    @Test func percentileByTheStandardsFormula() throws {
        let tenValues = decimals(Array(1...10))
        // n = 10, P90: k = 1 + 9 × 0.9 = 9.1 → X9 + 0.1 × (X10 − X9) = 9.1
        #expect(Percentile.of(tenValues, percent: 90) == Ratio(91, 10))
        // P95: k = 9.55 → 9.55
        #expect(Percentile.of(tenValues, percent: 95) == Ratio(955, 100))
        #expect(Percentile.of(tenValues, percent: 100) == Ratio(10))
        #expect(Percentile.of(tenValues, percent: 0) == Ratio(1))
        // Unsorted input is sorted first.
        #expect(Percentile.of(decimals([10, 1, 5, 3, 2, 9, 4, 8, 7, 6]), percent: 90) == Ratio(91, 10))
        // n = 31, P90: k = 1 + 30 × 0.9 = 28 exactly → X28.
        let month = decimals((1...31).map { $0 * 2 })
        #expect(Percentile.of(month, percent: 90) == Ratio(56))
        // n = 31, P95: k = 29.5 → X29 + 0.5 × (X30 − X29) = 58 + 1 = 59.
        #expect(Percentile.of(month, percent: 95) == Ratio(59))
        // n = 30 CO values 0.1…3.0, P95: k = 1 + 29 × 0.95 = 28.55 → 2.8 + 0.55 × 0.1 = 2.855 → 2.9.
        let co = (1...30).map { FixedDecimal(units: $0, scale: 1) }
        let p95 = try #require(Percentile.of(co, percent: 95))
        #expect(p95 == Ratio(2855, 1000))
        #expect(p95.rounded(decimals: 1).description == "2.9")
        #expect(Percentile.of([FixedDecimal(7)], percent: 95) == Ratio(7))
        #expect(Percentile.of([], percent: 95) == nil)
    }

    /// Days 1…n of `month` with the same values.
    func days(_ n: Int, in month: YearMonth, area: String = "A", pm25: Double = 30) -> [AreaDay] {
        (0..<n).map {
            AreaDay(
                area: area, date: month.first.adding(days: $0), so2: 10, no2: 30, pm10: 60, pm25: pm25, co: 1.0,
                o3_8h: 100)
        }
    }

    @Test func monthNeeds27DailyValues() throws {
        let jan = try #require(YearMonth("2017-01"))
        #expect(MonthlyStatistics.requiredDays(in: jan) == 27)
        #expect(MonthlyStatistics.compute(area: "A", days: days(27, in: jan), month: jan).isValid)
        let short = MonthlyStatistics.compute(area: "A", days: days(26, in: jan), month: jan)
        #expect(!short.isValid)
        #expect(short.invalidReason?.contains("pm25 has 26 daily values") == true)
        #expect(short.invalidReason?.hasSuffix("27 needed") == true)
        // One pollutant short is enough to make the month invalid.
        var d = days(31, in: jan)
        for i in 0..<5 { d[i].co = nil }
        let coShort = MonthlyStatistics.compute(area: "A", days: d, month: jan)
        #expect(!coShort.isValid)
        #expect(coShort.dayCounts[.co] == 26)
        #expect(coShort.validDays == 26)
    }

    @Test func februaryNeeds25() throws {
        let feb = try #require(YearMonth("2017-02"))
        #expect(MonthlyStatistics.requiredDays(in: feb) == 25)
        #expect(MonthlyStatistics.compute(area: "A", days: days(25, in: feb), month: feb).isValid)
        #expect(!MonthlyStatistics.compute(area: "A", days: days(24, in: feb), month: feb).isValid)
        let leap = try #require(YearMonth("2016-02"))
        #expect(MonthlyStatistics.compute(area: "A", days: days(25, in: leap), month: leap).isValid)
    }

    @Test func goodDaysCountCompleteDaysOnly() throws {
        let jan = try #require(YearMonth("2017-01"))
        var d = days(31, in: jan)
        for i in 0..<10 { d[i].pm25 = 80 }  // IAQI 107: not good
        d[30].o3_8h = nil  // incomplete: not a valid day
        let m = MonthlyStatistics.compute(area: "A", days: d, month: jan)
        #expect(m.validDays == 30)
        #expect(m.goodDays == 20)
        #expect(m.goodRatio?.description == "66.7")
        #expect(m.categoryDays[.lightlyPolluted] == 10)
        #expect(m.heavyDays == 0)
        // Days outside the month are ignored; a repeated date is used once.
        let extra = d + [AreaDay(area: "A", date: jan.last.adding(days: 1), pm25: 500)] + [d[0]]
        #expect(MonthlyStatistics.compute(area: "A", days: extra, month: jan) == m)
    }

    @Test func statisticsAndCompositeIndex() throws {
        let jan = try #require(YearMonth("2017-01"))
        var d = days(31, in: jan)
        for i in 0..<31 {
            d[i].co = Double(i + 1) / 10  // 0.1 … 3.1
            d[i].o3_8h = Double((i + 1) * 2)  // 2 … 62
            d[i].pm25 = i < 15 ? 30 : 31  // 946 / 31 = 30.516… → 31
        }
        let m = MonthlyStatistics.compute(area: "A", days: d, month: jan)
        #expect(m[.pm25]?.description == "31")
        #expect(m[.co]?.description == "3.0")  // k = 29.5: 2.9 + 0.5 × 0.1 = 2.95 → 3.0 (half to even)
        #expect(m[.o3]?.description == "56")
        // Isum = 10/60 + 30/40 + 60/70 + 31/35 + 3.0/4 + 56/160 = 3.7595… → 3.76
        #expect(m.isum?.description == "3.76")
        #expect(m.indices[.pm25]?.description == "0.89")
        #expect(m.primaryPollutants == [.pm25])
    }

    @Test func compositeIndexWorkedExample() {
        // tianqi.022net.com: PM2.5 21, PM10 39, SO2 9, NO2 15, O3-P90 192, CO 0.7 → 3.06.
        let c: [Pollutant: FixedDecimal] = [
            .pm25: FixedDecimal(21), .pm10: FixedDecimal(39), .so2: FixedDecimal(9), .no2: FixedDecimal(15),
            .o3: FixedDecimal(192), .co: FixedDecimal(units: 7, scale: 1),
        ]
        #expect(CompositeIndex.sum(c)?.description == "3.06")
        #expect(CompositeIndex.primary(c) == [.o3])
        var five = c
        five[.co] = nil
        #expect(CompositeIndex.sum(five) == nil)
        // Ties: PM10 70 and PM2.5 35 both give Ii = 1.
        let tie: [Pollutant: FixedDecimal] = [.pm10: FixedDecimal(70), .pm25: FixedDecimal(35), .so2: FixedDecimal(6)]
        #expect(CompositeIndex.primary(tie) == [.pm10, .pm25])
    }

    @Test func computeGroupsByAreaInOrder() throws {
        let jan = try #require(YearMonth("2017-01"))
        let all = days(31, in: jan, area: "B") + days(31, in: jan, area: "A", pm25: 40)
        let months = MonthlyStatistics.compute(days: all, month: jan)
        #expect(months.map(\.area) == ["B", "A"])
        #expect(months[1][.pm25]?.description == "40")
    }

    @Test func monthlyReportRanksComparesAndKeepsInvalidAreasLast() throws {
        let jan17 = try #require(YearMonth("2017-01"))
        let dec16 = try #require(YearMonth("2016-12"))
        let jan16 = try #require(YearMonth("2016-01"))
        var areaDays: [AreaDay] = days(20, in: jan17, area: "Short", pm25: 20)
        areaDays += days(31, in: jan17, area: "A", pm25: 60) + days(31, in: jan17, area: "B", pm25: 40)
        areaDays += days(31, in: dec16, area: "A", pm25: 30) + days(31, in: dec16, area: "B", pm25: 50)
        areaDays += days(31, in: jan16, area: "A", pm25: 30)
        let cityDays = days(31, in: jan17, area: "City", pm25: 50) + days(31, in: jan16, area: "City", pm25: 25)
        let report = MonthlyReport(areaDays: areaDays, cityDays: cityDays, month: jan17, warnLast: 1)
        #expect(report.rows.map(\.statistics.area) == ["B", "A", "Short"])
        #expect(report.rows.map { $0.place?.rank } == [1, 2, nil])
        #expect(report.rows.map { $0.place?.rankChange } == [1, -1, nil])
        #expect(report.rows.map { $0.place?.warned } == [false, true, nil])
        #expect(report.rows[1].pm25Change?.description == "100.0")  // 30 → 60
        #expect(report.rows[0].pm25Change == nil)  // no January 2016 for B
        #expect(report.rows[2].statistics.invalidReason != nil)
        #expect(report.city?.pm25Change?.description == "100.0")
        #expect(report.city?.place == nil)
        #expect(report.hasValidMonth)
    }
}
