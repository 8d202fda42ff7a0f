import GRDB
import ReportModel

extension ReportStore {
    /// Stores air-quality days in one transaction, replacing any stored value for the same
    /// (area, date): saving the same days again changes nothing. `source` names where they came
    /// from (a file, a feed). Where `days` holds one (area, date) twice, the later one wins.
    /// Returns the number of rows written.
    @discardableResult
    public func saveAreaDays(_ days: [AreaDay], source: String) throws(StoreError) -> Int {
        try write { db in
            for d in days {
                try db.execute(
                    sql: """
                        INSERT INTO area_day (area, date, so2, no2, pm10, pm25, co, o3_8h, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (area, date) DO UPDATE SET
                          so2 = excluded.so2, no2 = excluded.no2, pm10 = excluded.pm10, pm25 = excluded.pm25,
                          co = excluded.co, o3_8h = excluded.o3_8h, source = excluded.source
                        """,
                    arguments: [d.area, d.date.iso, d.so2, d.no2, d.pm10, d.pm25, d.co, d.o3_8h, source])
            }
            return days.count
        }
    }

    /// Stored days whose date lies in `range`, ordered by date then area.
    public func areaDays(in range: ClosedRange<CivilDate>) throws(StoreError) -> [AreaDay] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT area, date, so2, no2, pm10, pm25, co, o3_8h FROM area_day
                    WHERE date BETWEEN ? AND ? ORDER BY date, area
                    """,
                arguments: [range.lowerBound.iso, range.upperBound.iso])
            return rows.compactMap { row -> AreaDay? in
                guard let date = CivilDate(iso: row["date"]) else { return nil }  // written by us as ISO
                return AreaDay(
                    area: row["area"], date: date, so2: row["so2"], no2: row["no2"], pm10: row["pm10"],
                    pm25: row["pm25"], co: row["co"], o3_8h: row["o3_8h"])
            }
        }
    }

    /// Stored days of `month`, ordered by date then area.
    public func areaDays(in month: YearMonth) throws(StoreError) -> [AreaDay] {
        try areaDays(in: month.first...month.last)
    }
}
