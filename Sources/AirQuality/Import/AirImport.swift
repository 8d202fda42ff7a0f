import Foundation
import ReportModel
import TableFiles

/// Picks the importer for a monitoring file: CNEMC GeoJSON for JSON bytes, otherwise by the
/// table's header — an hourly station table or a daily table.
public enum AirImport {
    /// Options shared by the importers.
    public struct Options: Sendable {
        /// CO unit of tables; nil = from the header or guessed.
        public var coUnit: COUnit?
        /// Natural days to keep.
        public var dates: ClosedRange<CivilDate>?
        /// Known area/station names (from an area map), to report unknown ones in daily tables.
        public var knownAreas: Set<String>?

        public init(coUnit: COUnit? = nil, dates: ClosedRange<CivilDate>? = nil, knownAreas: Set<String>? = nil) {
            self.coUnit = coUnit
            self.dates = dates
            self.knownAreas = knownAreas
        }
    }

    /// True when the bytes start (after blanks and a BOM) with `{` or `[`.
    public static func looksLikeJSON(_ data: Data) -> Bool {
        for b in data.prefix(64) {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    /// A JSON file (CNEMC feed).
    public static func json(_ data: Data, file: String, options: Options = Options()) throws(AirQualityError) -> AirDataset {
        let all = try CNEMCFeed.read(data, file: file)
        return options.dates.map { all.filtered(to: $0) } ?? all
    }

    /// A table: hourly when it has an hour/time column, daily when it has area and date columns.
    /// `station` names the station of an hourly table without a station column.
    public static func table(_ sheet: Sheet, file: String, station: String? = nil, options: Options = Options())
        throws(AirQualityError) -> AirDataset
    {
        if HourlyTable.accepts(sheet) {
            return try HourlyTable.read(
                sheet, file: file, options: HourlyTable.Options(coUnit: options.coUnit, station: station, dates: options.dates))
        }
        if DailyTable.accepts(sheet) {
            return try DailyTable.read(
                sheet, file: file,
                options: DailyTable.Options(coUnit: options.coUnit, knownAreas: options.knownAreas, dates: options.dates))
        }
        let header = sheet.header.joined(separator: ",")
        throw AirQualityError(
            file: file, line: 1, message: "not an air-quality table: header '\(header.prefix(120))'",
            hint: "expected an hourly table (station,year,month,day,hour,PM2.5,…) or a daily table (area,date,pollutant,value)")
    }
}
