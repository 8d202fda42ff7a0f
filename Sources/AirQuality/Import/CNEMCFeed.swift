import Foundation
import ReportModel

/// Reads one hour of CNEMC's national real-time station publication (全国城市空气质量实时发布)
/// as GeoJSON: a `features` array whose `properties` hold `stationcode`, `positionname`, `area`
/// (city), `timepoint`, the official `aqi` and `primarypollutant`, and concentrations as text
/// (`pm2_5`, `pm10`, `so2`, `no2`, `co`, `o3`, … and `_24h` variants; "-" or "" = missing).
/// A bare JSON array of such property objects is accepted too.
///
/// In this feed `o3` and `o3_24h` are swapped: `o3_24h` holds the latest 1-hour O3 (and `o3`
/// the 24-hour maximum). `o3SwappedColumns` (default true) reads the 1-hour O3 from `o3_24h`.
public enum CNEMCFeed {
    /// Parses the feed. Throws only when the bytes are not JSON or not a station feed.
    public static func read(_ data: Data, file: String, o3SwappedColumns: Bool = true) throws(AirQualityError) -> AirDataset {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw AirQualityError(
                file: file, message: "not JSON: \(error.localizedDescription)",
                hint: "give a CNEMC GeoJSON hour file or a CSV table")
        }
        let records: [Any]
        if let object = json as? [String: Any], let features = object["features"] as? [Any] {
            records = features.map { ($0 as? [String: Any])?["properties"] ?? $0 }
        } else if let array = json as? [Any] {
            records = array
        } else {
            throw AirQualityError(
                file: file, message: "not a CNEMC station feed: no 'features' array",
                hint: "the file must be GeoJSON with one feature per station")
        }
        var log = DiagnosticLog(file: file)
        var hours: [StationHour] = []
        var seen = Set<SiteHourKey>()
        let o3Key = o3SwappedColumns ? "o3_24h" : "o3"
        let columns: [(Pollutant, String)] = [
            (.so2, "so2"), (.no2, "no2"), (.pm10, "pm10"), (.pm25, "pm2_5"), (.co, "co"), (.o3, o3Key),
        ]
        for (index, record) in records.enumerated() {
            let place = "feature \(index + 1)"
            guard let p = record as? [String: Any] else {
                log.add("unreadable records", line: nil, "\(place) is not an object; skipped", severity: .error)
                continue
            }
            func text(_ key: String) -> String? {
                switch p[key] {
                case let s as String: s.trimmingCharacters(in: .whitespaces)
                case let n as NSNumber: n.stringValue
                default: nil
                }
            }
            guard let code = text("stationcode"), !code.isEmpty else {
                log.add("unreadable records", line: nil, "\(place) has no stationcode; skipped", severity: .error)
                continue
            }
            let who = "\(place) (station \(code))"
            guard let timeText = text("timepoint"), let clock = ValueText.dateTime(timeText),
                let time = HourStamp(clockDate: clock.date, clockHour: clock.hour)
            else {
                log.add(
                    "unreadable records", line: nil, "\(who): unreadable timepoint '\(text("timepoint") ?? "")'; skipped",
                    severity: .error)
                continue
            }
            guard seen.insert(SiteHourKey(station: code, time: time)).inserted else {
                log.add("duplicate stations", line: nil, "\(who) repeats station \(code) at \(time); kept the first")
                continue
            }
            var values: [Pollutant: FixedDecimal] = [:]
            var missing: [String] = []
            for (pollutant, key) in columns {
                let raw = text(key) ?? ""
                if ValueText.isMissing(raw) {
                    missing.append(pollutant.symbol)
                } else if let v = FixedDecimal(raw) {
                    if v.isNegative {
                        log.add("negative values", line: nil, "\(who): negative \(pollutant.symbol) '\(raw)'; not used", severity: .error)
                    } else {
                        values[pollutant] = v
                    }
                } else {
                    log.add("unreadable values", line: nil, "\(who): unreadable \(pollutant.symbol) '\(raw)'; not used", severity: .error)
                }
            }
            if missing.count == columns.count {
                log.add("no values", line: nil, "\(who): no concentrations at all ('\(text("so2") ?? "")')")
            } else if !missing.isEmpty {
                log.add("missing values", line: nil, "\(who): missing \(missing.joined(separator: ", "))")
            }
            let so2Day = text("so2_24h").flatMap { FixedDecimal($0) }.flatMap { $0.isNegative ? nil : $0 }
            let aqiText = text("aqi") ?? ""
            hours.append(
                StationHour(
                    station: code, stationName: text("positionname").flatMap { $0.isEmpty ? nil : $0 },
                    area: text("area").flatMap { $0.isEmpty ? nil : $0 }, time: time, values: values, so2_24h: so2Day,
                    officialAQI: Int(aqiText),
                    officialPrimary: text("primarypollutant").flatMap { ValueText.isMissing($0) ? nil : $0 },
                    file: file, line: nil))
        }
        if hours.isEmpty {
            log.add("no stations", line: nil, "no station records in the feed", severity: .error)
        }
        return AirDataset(hours: hours, diagnostics: log.diagnostics)
    }
}
