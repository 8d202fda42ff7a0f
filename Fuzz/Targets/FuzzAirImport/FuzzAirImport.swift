import AirQuality
import Foundation
import ReportModel
import TableFiles

/// libFuzzer entry: bytes → the air-quality importers as the CLI picks them (JSON → CNEMC feed,
/// otherwise CSV → `CSVReader.parse` → `AirImport.table`), then what the CLI does with a
/// dataset: hourly AQI, daily values and the monthly statistics and ranking of every month seen.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAirImport(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let dataset: AirDataset
    do throws(AirQualityError) {
        if AirImport.looksLikeJSON(data) {
            dataset = try AirImport.json(data, file: "fuzz.json")
        } else {
            let text = String(decoding: data, as: UTF8.self)
            let sheet: Sheet
            do { sheet = try CSVReader.parse(text, file: "fuzz.csv", limits: AirFiles.sheetLimits) } catch {
                _ = error.description
                return 0
            }
            dataset = try AirImport.table(sheet, file: "fuzz.csv", station: "fuzz")
        }
    } catch {
        _ = error.description
        return 0
    }
    for h in SlidingSO2.filled(dataset.hours) { _ = AQI.hourly(h) }
    let daily = DailyValues(dataset: dataset)
    for d in daily.areas.prefix(64) { _ = AQI.daily(d) }
    let months = Set(daily.areas.map { YearMonth(containing: $0.date) }).sorted().prefix(4)
    for ym in months {
        let stats = MonthlyStatistics.compute(days: daily.areas, month: ym)
        for measure in RankingMeasure.allCases {
            _ = Ranking.rank(stats, by: measure, previous: MonthlyStatistics.compute(days: daily.areas, month: ym.previous), warnLast: 1)
        }
    }
    return 0
}
