import Foundation
import ReportModel
import TableFiles

/// The month's area daily values as a long daily table `area,date,pollutant,value` (μg/m³, CO
/// mg/m³, O3 the daily max 8-hour mean), areas in the order given, then by date; missing values
/// are left out. `--air` reads it back as a daily table (`monthly --days-csv`).
public enum DaysTable {
    public static func csv(_ days: [AreaDay], month: YearMonth) -> Data {
        var order: [String] = []
        var byArea: [String: [AreaDay]] = [:]
        for d in days where YearMonth(containing: d.date) == month {
            if byArea[d.area] == nil { order.append(d.area) }
            byArea[d.area, default: []].append(d)
        }
        var rows: [[String]] = []
        for area in order {
            for d in (byArea[area] ?? []).sorted(by: { $0.date < $1.date }) {
                for p in Pollutant.allCases {
                    guard let v = d[p].flatMap({ FixedDecimal($0) })?.rounded(decimals: p.decimals) else { continue }
                    rows.append([area, d.date.iso, p == .o3 ? "O3_8h" : p.symbol, v.description])
                }
            }
        }
        return CSVWriter.data(header: ["area", "date", "pollutant", "value"], rows: rows)
    }
}
