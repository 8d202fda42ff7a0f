import Foundation
import Testing

@testable import AirQuality

/// The national real-time feed of 2017-07-07 16:00: tongbao's hourly AQI must equal the
/// official `aqi` of every station that has one, and the primary pollutant wherever AQI > 50.
@Suite struct CNEMCOracleTests {
    @Test(.enabled(if: SharedData.hasCNEMC, SharedData.skipMessage))
    func hourlyAQIMatchesEveryStation() throws {
        let data = try Data(contentsOf: SharedData.cnemcHour)
        let dataset = try CNEMCFeed.read(data, file: "cnemc_2017-07-07T16.json")
        #expect(dataset.hours.count == 1495)
        var withOfficial = 0
        var aqiMatches = 0
        var primaryCompared = 0
        var primaryMatches = 0
        var misses: [String] = []
        for h in dataset.hours {
            guard let official = h.officialAQI else { continue }
            withOfficial += 1
            let r = AQI.hourly(h)
            if r?.aqi == official { aqiMatches += 1 } else { misses.append("\(h.station) \(official) vs \(r?.aqi ?? -1)") }
            if official > 50 {
                primaryCompared += 1
                if r?.primaryName == h.officialPrimary {
                    primaryMatches += 1
                } else {
                    misses.append("\(h.station) \(h.officialPrimary ?? "-") vs \(r?.primaryName ?? "-")")
                }
            }
        }
        #expect(withOfficial == 1462)
        #expect(aqiMatches == 1462, "misses: \(misses.prefix(10))")
        #expect(primaryCompared == 477)
        #expect(primaryMatches == 477, "misses: \(misses.prefix(10))")
    }
}
