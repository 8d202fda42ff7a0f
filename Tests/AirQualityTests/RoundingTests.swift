import Testing

@testable import AirQuality

/// GB/T 8170 rounding (四舍六入五成双) and exact decimals.
@Suite struct RoundingTests {
    func r(_ n: Int, _ d: Int, _ places: Int) -> String { Ratio(n, d).rounded(decimals: places).description }

    @Test func exactHalfGoesToEven() {
        #expect(r(5, 2, 0) == "2")  // 2.5
        #expect(r(7, 2, 0) == "4")  // 3.5
        #expect(r(1, 2, 0) == "0")  // 0.5
        #expect(r(245, 100, 1) == "2.4")
        #expect(r(235, 100, 1) == "2.4")
        #expect(r(125, 1000, 2) == "0.12")
        #expect(r(135, 1000, 2) == "0.14")
        #expect(r(-5, 2, 0) == "-2")
        #expect(r(-7, 2, 0) == "-4")
    }

    @Test func nonZeroAfterTheFiveRoundsUp() {
        #expect(r(251, 100, 0) == "3")
        #expect(r(2451, 1000, 1) == "2.5")
        #expect(r(2049, 1000, 1) == "2.0")
        #expect(r(-251, 100, 0) == "-3")
    }

    @Test func belowAndAboveHalf() {
        #expect(r(24, 10, 0) == "2")
        #expect(r(26, 10, 0) == "3")
        #expect(r(1, 3, 2) == "0.33")
        #expect(r(2, 3, 2) == "0.67")
        #expect(r(48, 68, 3) == "0.706")
    }

    @Test func decimalsAreReadExactlyNotAsBinary() throws {
        // 0.15 and 2.675 are just below the half in binary; GB/T 8170 sees the written digits.
        #expect(try #require(FixedDecimal(0.15)).rounded(decimals: 1).description == "0.2")
        #expect(try #require(FixedDecimal(0.25)).rounded(decimals: 1).description == "0.2")
        #expect(try #require(FixedDecimal(2.675)).rounded(decimals: 2).description == "2.68")
        #expect(try #require(FixedDecimal("2.665")).rounded(decimals: 2).description == "2.66")
    }

    /// An exponent at the integer limits is no number (make fuzz's FuzzAirImport found
    /// `E-9223372036854775808` in an hourly cell trapping on abs(Int.min)).
    @Test func exponentsAtTheIntegerLimitsAreRefusedNotTrapped() {
        #expect(FixedDecimal("1E-9223372036854775808") == nil)
        #expect(FixedDecimal("1e9223372036854775807") == nil)
        #expect(FixedDecimal("1e-31") == nil)
        #expect(FixedDecimal("1e-30")?.isNegative == false)
        #expect(FixedDecimal("2e1")?.description == "20")
    }

    @Test func parsingAndPrinting() {
        #expect(FixedDecimal("12")?.description == "12")
        #expect(FixedDecimal("-3.50")?.description == "-3.50")
        #expect(FixedDecimal("+0.8")?.description == "0.8")
        #expect(FixedDecimal(".5")?.description == "0.5")
        #expect(FixedDecimal("1.2e3")?.description == "1200")
        #expect(FixedDecimal("73.4706")?.rounded(decimals: 0).description == "73")
        for missing in ["", "NA", "-", "-;", ".", "1.2.3", "12a", "一"] {
            #expect(FixedDecimal(missing) == nil, "\(missing)")
        }
        #expect(FixedDecimal(units: 5, scale: 2).description == "0.05")
        #expect(FixedDecimal(units: -5, scale: 2).description == "-0.05")
        #expect(FixedDecimal("3.40") == FixedDecimal("3.4"))
        #expect(FixedDecimal(units: 300, scale: 3).rounded(decimals: 1).description == "0.3")
        // Garbage that would overflow is refused, long decimals are rounded.
        #expect(FixedDecimal("99999999999999e12") == nil)
        #expect(FixedDecimal("1234567890123456") == nil)  // above 10^12 units
        #expect(FixedDecimal("0.30000000000000004")?.description == "0.300000")
        #expect(FixedDecimal("0.1234565000000000000001")?.description == "0.123457")  // not a tie after all
        #expect(FixedDecimal("0.1234575")?.description == "0.123458")
        #expect(FixedDecimal("1234567e-12")?.description == "0.000001")
        #expect(FixedDecimal("1e12")?.description == "1000000000000")
        #expect(FixedDecimal("0.1234565")?.description == "0.123456")
        #expect(FixedDecimal(1e-7)?.description == "0.000000")
        #expect(FixedDecimal(Double.nan) == nil)
    }

    @Test func meansAreRoundedOnceFromTheExactSum() {
        let v = ["1", "2", "2", "2"].compactMap { FixedDecimal($0) }  // 1.75
        #expect(DailyAverage.mean(v, decimals: 0)?.description == "2")
        let half = ["1", "2"].compactMap { FixedDecimal($0) }  // 1.5 → 2
        #expect(DailyAverage.mean(half, decimals: 0)?.description == "2")
        let half2 = ["2", "3"].compactMap { FixedDecimal($0) }  // 2.5 → 2
        #expect(DailyAverage.mean(half2, decimals: 0)?.description == "2")
        #expect(DailyAverage.mean([], decimals: 0) == nil)
    }

    @Test func changeRate() throws {
        let pm16 = try #require(FixedDecimal("68"))
        let pm17 = try #require(FixedDecimal("116"))
        #expect(ChangeRate.percent(from: pm16, to: pm17)?.description == "70.6")
        #expect(ChangeRate.percent(from: pm17, to: pm16)?.description == "-41.4")
        #expect(ChangeRate.percent(from: FixedDecimal(0), to: pm16) == nil)
    }
}
