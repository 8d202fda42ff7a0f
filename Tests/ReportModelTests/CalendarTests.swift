import Testing

@testable import ReportModel

@Suite struct CalendarTests {
    @Test func isoWeekOfKnownDates() {
        // 2017-11-13 is the Monday of 2017-W46; 2016-01-03 belongs to 2015-W53.
        #expect(ISOWeek(containing: CivilDate(year: 2017, month: 11, day: 13)!).description == "2017-W46")
        #expect(ISOWeek(containing: CivilDate(year: 2017, month: 11, day: 19)!).description == "2017-W46")
        #expect(ISOWeek(containing: CivilDate(year: 2016, month: 1, day: 3)!).description == "2015-W53")
        #expect(ISOWeek(containing: CivilDate(year: 2018, month: 12, day: 31)!).description == "2019-W01")
    }

    @Test func weekBoundsAndParsing() throws {
        let w = try #require(ISOWeek("2017-W46"))
        #expect(w.monday.iso == "2017-11-13")
        #expect(w.sunday.iso == "2017-11-19")
        #expect(w.previous.description == "2017-W45")
        #expect(ISOWeek("2017-W54") == nil)
        #expect(ISOWeek("2017-W53") == nil)  // 2017 has 52 weeks
        #expect(ISOWeek("2015-W53") != nil)
        #expect(ISOWeek("2017-46") == nil)
    }

    @Test func invalidCalendarDatesAreRejected() {
        #expect(CivilDate(year: 2017, month: 2, day: 30) == nil)
        #expect(CivilDate(year: 2017, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2016, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
    }

    @Test func epochRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let d = CivilDate(daysSinceEpoch: n)
            #expect(d.daysSinceEpoch == n)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.isoWeekday == 4)
    }

    @Test func monthArithmetic() throws {
        let m = try #require(YearMonth("2016-01"))
        #expect(m.previous.description == "2015-12")
        #expect(m.sameMonthLastYear.description == "2015-01")
        #expect(YearMonth("2016-02")!.dayCount == 29)
        #expect(YearMonth("2016-13") == nil)
    }
}
