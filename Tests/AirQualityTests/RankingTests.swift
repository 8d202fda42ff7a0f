import ReportModel
import Testing

@testable import AirQuality

/// Ranking: ascending index, ties (并列), invalid months, rank change, the warned last places.
@Suite struct RankingTests {
    let jan = YearMonth(year: 2017, month: 1)!

    func month(_ area: String, isum: String?, valid: Bool = true, pm25: Int = 50, goodRatio: String? = nil) -> AreaMonth {
        AreaMonth(
            area: area, month: jan, concentrations: [.pm25: FixedDecimal(pm25)], dayCounts: [:], requiredDays: 27,
            indices: [:], isum: isum.flatMap { FixedDecimal($0) }, primaryPollutants: [], validDays: 31, goodDays: 0,
            goodRatio: goodRatio.flatMap { FixedDecimal($0) }, categoryDays: [:], isValid: valid,
            invalidReason: valid ? nil : "pm25 has 20 daily values, 27 needed")
    }

    @Test func tiesShareARankAndTheNextRankSkips() {
        let r = Ranking.rank([
            month("A", isum: "4.00"), month("B", isum: "2.50"), month("C", isum: "3.00"), month("D", isum: "2.50"),
            month("E", isum: "5.10"),
        ])
        #expect(r.map(\.area) == ["B", "D", "C", "A", "E"])
        #expect(r.map(\.rank) == [1, 1, 3, 4, 5])
        #expect(r.map(\.tied) == [true, true, false, false, false])
    }

    @Test func equalPublishedValuesTieEvenWhenWrittenDifferently() {
        let r = Ranking.rank([month("A", isum: "3.1"), month("B", isum: "3.10")])
        #expect(r.map(\.rank) == [1, 1])
    }

    @Test func invalidMonthsAndMissingValuesAreNotRanked() {
        let r = Ranking.rank([
            month("A", isum: "4.00"), month("B", isum: "1.00", valid: false), month("C", isum: nil),
            month("D", isum: "3.00"),
        ])
        #expect(r.map(\.area) == ["D", "A"])
        #expect(r.map(\.rank) == [1, 2])
    }

    @Test func rankChangeAgainstThePreviousMonth() {
        let now = [month("A", isum: "3.00"), month("B", isum: "4.00"), month("C", isum: "5.00"), month("N", isum: "6.00")]
        let before = [month("A", isum: "6.00"), month("B", isum: "4.00"), month("C", isum: "2.00")]
        let r = Ranking.rank(now, previous: before)
        #expect(r.first { $0.area == "A" }?.previousRank == 3)
        #expect(r.first { $0.area == "A" }?.rankChange == 2)  // up two places
        #expect(r.first { $0.area == "B" }?.rankChange == 0)
        #expect(r.first { $0.area == "C" }?.rankChange == -2)
        #expect(r.first { $0.area == "N" }?.rankChange == nil)
    }

    @Test func theLastNAreWarnedAndATieOnTheLineIsWarnedWhole() {
        let plain = Ranking.rank(
            [month("A", isum: "1"), month("B", isum: "2"), month("C", isum: "3"), month("D", isum: "4")], warnLast: 2)
        #expect(plain.filter(\.warned).map(\.area) == ["C", "D"])
        let tie = Ranking.rank(
            [month("A", isum: "1"), month("B", isum: "2"), month("C", isum: "2"), month("D", isum: "4")], warnLast: 2)
        #expect(tie.filter(\.warned).map(\.area) == ["B", "C", "D"])
        #expect(Ranking.rank([month("A", isum: "1")], warnLast: 0).allSatisfy { !$0.warned })
    }

    @Test func otherMeasures() {
        let byPM = Ranking.rank([month("A", isum: "9", pm25: 40), month("B", isum: "1", pm25: 30)], by: .pm25)
        #expect(byPM.map(\.area) == ["B", "A"])
        let byGood = Ranking.rank(
            [month("A", isum: "1", goodRatio: "50.0"), month("B", isum: "2", goodRatio: "80.6")], by: .goodRatio)
        #expect(byGood.map(\.area) == ["B", "A"])
    }

    @Test func tieBreakers() {
        // A county table: by 优良天数比例, then PM2.5, then 并列.
        let months = [
            month("A", isum: "1", pm25: 40, goodRatio: "80.0"), month("B", isum: "1", pm25: 35, goodRatio: "80.0"),
            month("C", isum: "1", pm25: 35, goodRatio: "80.0"), month("D", isum: "1", pm25: 20, goodRatio: "70.0"),
        ]
        let r = Ranking.rank(months, by: .goodRatio, thenBy: [.pm25])
        #expect(r.map(\.area) == ["B", "C", "A", "D"])
        #expect(r.map(\.rank) == [1, 1, 3, 4])
        #expect(Ranking.rank(months, by: .goodRatio).map(\.rank) == [1, 1, 1, 4])
    }
}
