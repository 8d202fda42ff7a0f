import FileAccess
import Foundation
import ReportModel
import TableFiles

/// Reads monitoring files and folders: expands the paths (folders: their regular files, sorted,
/// not recursive), tells each file's kind — CNEMC GeoJSON, an hourly station table or a daily
/// table, as CSV or .xlsx — and reads it. A file that cannot be used becomes an error diagnostic
/// and is skipped; loading fails only when no file is usable.
public enum AirFiles {
    /// The largest monitoring file read (a station's hourly table for four years is 2.5 MB; a
    /// year of a province's stations as one CSV stays far below this).
    public static let maxFileBytes = 256 << 20

    /// The sites a monitoring table may cover at once: more than any city's or province's
    /// national and provincial sites together (a large province has about 200 national ones).
    public static let maxSites = 1_000

    /// What a monitoring table (hourly or daily, CSV or .xlsx) may hold, from what the data is:
    /// - columns: 64. An hourly table has at most 5 time columns, station/area/type, the six
    ///   pollutants with their 24-hour and 8-hour variants, AQI, level and primary pollutant, and
    ///   weather (the PRSA files have 18 columns); a daily table has area, date and one column per
    ///   pollutant (wide) or pollutant and value (long).
    /// - rows: a month of hourly rows for `maxSites` sites (744 × 1,000 = 744,000) plus the header
    ///   — also a year of 80 sites, a station's four years (35,064, the PRSA files), or a year of
    ///   daily values in long form (six pollutants) for 330 areas. An .xlsx stays within Excel's
    ///   1,048,576 rows and 64 MiB per unpacked part besides.
    /// - cells: those rows with 20 filled cells each.
    /// Beyond these a file is refused with its name and the line (CSV) or cell (.xlsx).
    public static let sheetLimits = SheetLimits(columns: 64, rows: 744 * maxSites + 1, cells: 744 * maxSites * 20)

    /// What an area map (`station,area[,type]`) may hold: a row per site, a few columns.
    public static let areaMapLimits = SheetLimits(columns: 16, rows: maxSites * 10 + 1, cells: maxSites * 10 * 16)

    /// Why nothing could be loaded.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// A path does not exist (exit 66), or nothing usable was found (exit 65).
        public var isMissing: Bool
        public var message: String
        /// What was wrong with each file, to show before the message.
        public var diagnostics: [Diagnostic]

        public var description: String { message }
    }

    /// Reads every file; the dataset's diagnostics hold each file's problems (unusable files as errors).
    public static func load(_ paths: [String], options: AirImport.Options = AirImport.Options()) throws(LoadError)
        -> AirDataset
    {
        let files: [InputFile]
        do { files = try InputFiles.expand(paths) } catch {
            throw LoadError(isMissing: error.kind == .missing, message: error.description, diagnostics: [])
        }
        var dataset = AirDataset()
        var usable = 0
        for file in files {
            do throws(AirQualityError) {
                dataset.append(try read(file, options: options))
                usable += 1
            } catch {
                dataset.diagnostics.append(error.diagnostic)
            }
        }
        guard usable > 0 else {
            let what =
                files.isEmpty
                ? "no files in \(paths.joined(separator: ", "))" : "no usable air-quality file among the \(files.count) given"
            throw LoadError(isMissing: false, message: what, diagnostics: dataset.diagnostics)
        }
        return dataset
    }

    /// Reads one file: JSON bytes are a CNEMC feed, anything else a table (by its header).
    public static func read(_ file: InputFile, options: AirImport.Options = AirImport.Options()) throws(AirQualityError)
        -> AirDataset
    {
        let name = file.displayName
        let data: Data
        do { data = try InputFiles.read(file, limit: maxFileBytes) } catch {
            throw AirQualityError(file: name, message: error.reason)
        }
        if data.isEmpty { throw AirQualityError(file: name, message: "empty file") }
        if !isWorkbook(file.url) && AirImport.looksLikeJSON(data) {
            return try AirImport.json(data, file: name, options: options)
        }
        let sheet: Sheet
        do { sheet = try TableReader.parse(data, file: name, limits: sheetLimits) } catch {
            throw AirQualityError(file: error.file, line: error.line, message: error.message)
        }
        let stem = file.url.deletingPathExtension().lastPathComponent
        return try AirImport.table(sheet, file: name, station: stem, options: options)
    }

    static func isWorkbook(_ url: URL) -> Bool { url.pathExtension.lowercased() == "xlsx" }
}

extension AreaMap {
    /// Reads the area-map file at `path` (CSV or .xlsx, `station,area[,type]`); refuses one that
    /// does not exist, cannot be read, or names no station.
    public static func load(_ path: String) throws(AirFiles.LoadError) -> (map: AreaMap, diagnostics: [Diagnostic]) {
        let file = InputFile(path: path)
        let sheet: Sheet
        do {
            let data = try InputFiles.read(file, limit: AirFiles.maxFileBytes)
            sheet = try TableReader.parse(data, file: path, limits: AirFiles.areaMapLimits)
        } catch let e as InputError {
            throw AirFiles.LoadError(isMissing: e.kind == .missing, message: e.description, diagnostics: [])
        } catch {
            throw AirFiles.LoadError(isMissing: false, message: "\(error)", diagnostics: [])
        }
        let read = AreaMap.read(sheet, file: path)
        guard !read.map.entries.isEmpty else {
            throw AirFiles.LoadError(
                isMissing: false, message: "\(path): the area map names no station", diagnostics: read.diagnostics)
        }
        return read
    }

    /// Every station and area the map names: a daily table row naming another is reported.
    public var knownNames: Set<String> { Set(entries.map(\.station) + entries.map(\.area)) }
}
