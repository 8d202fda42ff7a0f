import Foundation
import ReportModel
import TableFiles

/// `tongbao airquality daily`: daily values and daily AQI per site, area or the whole city.
/// Its JSON shape is stable; its CSV form is a daily table that `--air` reads back.
public struct DailyResult: Encodable, Sendable {
    /// Which series.
    public enum Level: String, Sendable, CaseIterable {
        case site, area, city
    }

    /// One area (site, city) and day.
    public struct Row: Encodable, Sendable {
        public var area: String
        public var date: String
        /// Daily means (O3: the daily max 8-hour mean), null when not valid.
        @OrNull public var so2: FixedDecimal?
        @OrNull public var no2: FixedDecimal?
        @OrNull public var pm10: FixedDecimal?
        @OrNull public var pm25: FixedDecimal?
        @OrNull public var co: FixedDecimal?
        @OrNull public var o3_8h: FixedDecimal?
        /// All six valid: counts as a valid day.
        public var complete: Bool
        /// Daily AQI, null unless complete.
        @OrNull public var aqi: Int?
        @OrNull public var primary_pollutant: String?
        @OrNull public var category: String?

        init(_ d: AreaDay) {
            area = d.area
            date = d.date.iso
            let v = d.values.reduce(into: [Pollutant: FixedDecimal]()) { $0[$1.key] = $1.value.rounded(decimals: $1.key.decimals) }
            so2 = v[.so2]
            no2 = v[.no2]
            pm10 = v[.pm10]
            pm25 = v[.pm25]
            co = v[.co]
            o3_8h = v[.o3]
            complete = d.isComplete
            let r = AQI.daily(d)
            aqi = r?.aqi
            primary_pollutant = r?.primaryName
            category = r?.category.name
        }

        /// The six values in the CSV's column order.
        var values: [FixedDecimal?] { [so2, no2, pm10, pm25, co, o3_8h] }
    }

    public var level: String
    public var days: [Row]
    public var warnings: [Diagnostic]

    /// The days of `level` in `range` that have any value.
    public init(daily: DailyValues, level: Level, range: ClosedRange<CivilDate>?, warnings: [Diagnostic]) {
        let series =
            switch level {
            case .site: daily.sites
            case .area: daily.areas
            case .city: daily.city
            }
        self.level = level.rawValue
        self.days = series.filter { (range?.contains($0.date) ?? true) && !$0.values.isEmpty }.map(Row.init)
        self.warnings = warnings
    }

    /// The CSV daily table `area,date,SO2,NO2,PM10,PM2.5,CO,O3_8h,AQI,category`.
    public var csv: Data {
        CSVWriter.data(
            header: ["area", "date", "SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h", "AQI", "category"],
            rows: days.map { r in
                [r.area, r.date] + r.values.map { $0?.description ?? "" } + [r.aqi.map(String.init) ?? "", r.category ?? ""]
            })
    }
}
