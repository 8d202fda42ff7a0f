import ReportModel
import Testing

@testable import AirQuality

/// HJ 633-2012 Table 1 segments, ceiling rounding and the two "not computed" rules.
@Suite struct IAQITests {
    func iaqi(_ c: String, _ t: BreakpointTable) -> IAQI.Outcome? {
        FixedDecimal(c).flatMap { IAQI.of($0, on: t) }
    }

    @Test(arguments: BreakpointTable.allCases)
    func everyBreakpointGivesItsLevelAndEverySegmentIsCeiled(table: BreakpointTable) {
        let bp = table.breakpoints
        for i in bp.indices {
            #expect(IAQI.of(FixedDecimal(bp[i]), on: table) == .value(BreakpointTable.levels[i]), "\(table) at \(bp[i])")
        }
        for i in 1..<bp.count {
            // Just above a breakpoint: the next integer IAQI (ceiling), never the lower level.
            let above = FixedDecimal(units: bp[i - 1] * 100 + 1, scale: 2)
            #expect(IAQI.of(above, on: table) == .value(BreakpointTable.levels[i - 1] + 1), "\(table) above \(bp[i - 1])")
            // The middle of the segment: halfway between the levels, rounded up.
            let mid = Ratio(bp[i - 1] + bp[i], 2)
            let midDecimal = mid.rounded(decimals: 1)
            let lo = BreakpointTable.levels[i - 1]
            let hi = BreakpointTable.levels[i]
            if Ratio(midDecimal.units, 10) == mid {
                #expect(IAQI.of(midDecimal, on: table) == .value(lo + (hi - lo + 1) / 2), "\(table) mid \(midDecimal)")
            }
        }
    }

    @Test func handWorkedValues() {
        #expect(iaqi("34", .pm25_24h) == .value(49))  // 48.57
        #expect(iaqi("38", .pm25_24h) == .value(54))  // exactly 53.75 → 54
        #expect(iaqi("35", .pm25_24h) == .value(50))  // exactly 50 stays 50
        #expect(iaqi("76", .pm25_24h) == .value(102))  // 101.25
        #expect(iaqi("151", .pm10_24h) == .value(101))  // 100.5
        #expect(iaqi("45", .pm10_24h) == .value(45))
        #expect(iaqi("164", .o3_1h) == .value(55))
        #expect(iaqi("161", .o3_8h) == .value(101))  // 100.91
        #expect(iaqi("0.8", .co_1h) == .value(8))
        #expect(iaqi("2.5", .co_24h) == .value(63))  // 62.5
        #expect(iaqi("13", .no2_1h) == .value(7))  // 6.5
        #expect(iaqi("81", .no2_24h) == .value(101))  // 100.5
        #expect(iaqi("1700", .so2_24h) == .value(320))
        #expect(iaqi("411", .so2_1h) == .value(88))  // 87.29, CNEMC 宜昌 四零三
        #expect(iaqi("0", .so2_1h) == .value(0))
        #expect(iaqi("-1", .so2_1h) == nil)
        // From doubles: the written decimal counts, not the binary noise.
        #expect(IAQI.value(38.0, on: .pm25_24h) == 54)
        #expect(IAQI.value(35.0, on: .pm25_24h) == 50)
        #expect(IAQI.value(0.1 + 0.2, on: .co_24h) == 8)  // 0.30000000000000004 → 7.5000…1 → 8
        #expect(IAQI.value(Double.nan, on: .co_24h) == nil)
    }

    @Test func so2HourAbove800IsNotComputed() {
        #expect(iaqi("800", .so2_1h) == .value(200))
        #expect(iaqi("801", .so2_1h) == .notComputed)
        // The hourly AQI then uses the 24-hour SO2 on the 24-hour column …
        let with24h = AQI.hourly([.so2: FixedDecimal(900)], so2_24h: FixedDecimal(300))
        #expect(with24h?.iaqi[.so2] == 124)  // 100 + 50/325 × 150 = 123.08, rounded up
        #expect(with24h?.primaryName == "二氧化硫")
        // … and leaves SO2 out when that is unknown.
        let without = AQI.hourly([.so2: FixedDecimal(900), .pm25: FixedDecimal(10)])
        #expect(without?.iaqi[.so2] == nil)
        #expect(without?.aqi == 15)
    }

    @Test func slidingSO2FillsTheTwentyFourHourMeanForHoursAbove800() {
        let day = CivilDate(year: 2017, month: 1, day: 5)!
        var hours: [StationHour] = []
        for h in 1...24 {
            hours.append(
                StationHour(
                    station: "S", time: HourStamp(date: day, hourEnding: h)!,
                    values: [.so2: FixedDecimal(h == 24 ? 900 : 300)], file: "f"))
        }
        let filled = SlidingSO2.filled(hours)
        #expect(filled[23].so2_24h == FixedDecimal(325))  // (23 × 300 + 900) / 24
        #expect(filled[0].so2_24h == nil)
        #expect(AQI.hourly(filled[23])?.iaqi[.so2] == 127)  // 325 on the 24-hour column: 100 + 50/325 × 175 = 126.9
    }

    @Test func hourStampArithmetic() {
        let s = HourStamp(date: CivilDate(year: 2017, month: 1, day: 1)!, hourEnding: 1)!
        #expect(s.adding(hours: -1).description == "2017-01-01T00:00")
        #expect(s.adding(hours: -1).date == CivilDate(year: 2016, month: 12, day: 31))
        #expect(s.adding(hours: -1).hour == 24)
        #expect(s.adding(hours: 23).hour == 24)
        #expect(s.adding(hours: 24).description == "2017-01-02T01:00")
        #expect(s.adding(hours: -25).description == "2016-12-31T00:00")
    }

    @Test func o3EightHourAbove800UsesTheOneHourValue() {
        #expect(iaqi("800", .o3_8h) == .value(300))
        #expect(iaqi("801", .o3_8h) == .notComputed)
        let day = AQI.daily([.o3: FixedDecimal(850), .pm25: FixedDecimal(40)], o3_1hMax: FixedDecimal(1000))
        #expect(day?.iaqi[.o3_8h] == nil)
        #expect(day?.iaqi[.o3_1h] == 400)
        #expect(day?.primaryName == "臭氧1小时")
        #expect(day?.category == .severelyPolluted)
        let below = AQI.daily([.o3: FixedDecimal(200)])
        #expect(below?.primaryName == "臭氧8小时")
        // An area day has a daily AQI only when all six values are valid.
        let date = CivilDate(year: 2017, month: 1, day: 5)!
        let full = AreaDay(area: "A", date: date, so2: 10, no2: 30, pm10: 60, pm25: 80, co: 1.0, o3_8h: 100)
        #expect(AQI.daily(full)?.aqi == 107)
        var partial = full
        partial.co = nil
        #expect(AQI.daily(partial) == nil)
    }

    @Test func aboveTheScaleIsClampedAndFlagged() {
        #expect(iaqi("501", .pm25_24h) == .aboveScale)
        let r = AQI.hourly([.pm25: FixedDecimal(600)])
        #expect(r?.aqi == 500)
        #expect(r?.aboveScale == [.pm25])
    }

    @Test func primaryPollutantTiesAndTheFiftyRule() {
        // PM10 50 and PM2.5 35 both give 50: no primary pollutant at AQI 50.
        #expect(AQI.hourly([.pm10: FixedDecimal(50), .pm25: FixedDecimal(35)])?.primary == [])
        // PM10 150 and PM2.5 75 both give 100: both are primary, in table order.
        let tie = AQI.hourly([.pm25: FixedDecimal(75), .pm10: FixedDecimal(150), .no2: FixedDecimal(10)])
        #expect(tie?.primaryName == "颗粒物(PM10),细颗粒物(PM2.5)")
        #expect(tie?.exceeding == [])
        let high = AQI.hourly([.pm25: FixedDecimal(80)])
        #expect(high?.exceeding == [.pm25])
    }

    @Test func categories() {
        #expect(AQICategory(aqi: 0) == .excellent)
        #expect(AQICategory(aqi: 50).name == "优")
        #expect(AQICategory(aqi: 51).name == "良")
        #expect(AQICategory(aqi: 100).isGood)
        #expect(!AQICategory(aqi: 101).isGood)
        #expect(AQICategory(aqi: 150).name == "轻度污染")
        #expect(AQICategory(aqi: 200).name == "中度污染")
        #expect(AQICategory(aqi: 201).isHeavy)
        #expect(AQICategory(aqi: 300).levelName == "五级")
        #expect(AQICategory(aqi: 301).name == "严重污染")
    }

    @Test func hourlyValuesAreRoundedBeforeUse() {
        // 34.5 → 34 (half to even) → IAQI 49, not the 50 of 34.5 itself.
        #expect(AQI.hourly([.pm25: FixedDecimal("34.5")!])?.aqi == 49)
        // CO 0.85 → 0.8 → 8.
        #expect(AQI.hourly([.co: FixedDecimal("0.85")!])?.iaqi[.co] == 8)
    }
}
