import Foundation
import ReportModel
import TableFiles
import WordLists

/// Which area each monitoring station belongs to, and whether it is an urban (assessment)
/// site. Read from a small table `station,area[,type]`; stations it does not name are their
/// own area (or the area their file gives) and urban.
public struct AreaMap: Sendable, Equatable {
    /// One station's entry.
    public struct Entry: Sendable, Equatable {
        /// Station code or name as the data files give it.
        public var station: String
        /// Area (district, county, city) it belongs to.
        public var area: String
        /// Urban or background.
        public var type: SiteType
        /// Line of the map file.
        public var line: Int?

        public init(station: String, area: String, type: SiteType = .urban, line: Int? = nil) {
            self.station = station
            self.area = area
            self.type = type
            self.line = line
        }
    }

    /// Entries in file order.
    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The entry for a station code or name (case-insensitive).
    public func entry(for station: String, name: String? = nil) -> Entry? {
        let keys = [station, name].compactMap { $0?.lowercased() }
        return entries.first { keys.contains($0.station.lowercased()) }
    }

    /// Areas in map order.
    public var areas: [String] {
        var seen = Set<String>()
        return entries.compactMap { seen.insert($0.area).inserted ? $0.area : nil }
    }

    /// Header words of the station, area and type columns (Words/area-map-*-headers.txt).
    private static let stationHeaders = WordLists.list("area-map-station-headers", in: .module)
    private static let areaHeaders = WordLists.list("area-map-area-headers", in: .module)
    private static let typeHeaders = WordLists.list("area-map-type-headers", in: .module)

    /// Reads `station,area[,type]` (a header row is optional; Chinese headers 站点/区县/类型
    /// work too). Bad rows are reported and skipped.
    public static func read(_ sheet: Sheet, file: String) -> (map: AreaMap, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let hasHeader = sheet.header.first.map { Self.stationHeaders.contains($0.lowercased()) } ?? false
        var rows = sheet.rows
        if !hasHeader { rows.insert(Sheet.Row(line: (sheet.rows.first?.line ?? 2) - 1, cells: sheet.header), at: 0) }
        let stationCol = hasHeader ? sheet.column(in: Self.stationHeaders) ?? 0 : 0
        let areaCol = hasHeader ? sheet.column(in: Self.areaHeaders) ?? 1 : 1
        let typeCol = hasHeader ? sheet.column(in: Self.typeHeaders) ?? 2 : 2
        var entries: [Entry] = []
        for row in rows {
            let cell = { (i: Int) in i < row.cells.count ? row.cells[i].trimmingCharacters(in: .whitespaces) : "" }
            let station = cell(stationCol)
            let area = cell(areaCol)
            guard !station.isEmpty, !area.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: row.line,
                        message: "area-map row without station or area: '\(row.cells.joined(separator: ","))'",
                        hint: "write station,area[,type]"))
                continue
            }
            var type = SiteType.urban
            let typeText = cell(typeCol)
            if let t = SiteType(name: typeText) {
                type = t
            } else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: row.line, message: "unknown site type '\(typeText)'; taken as urban",
                        hint: "use urban or background"))
            }
            if entries.contains(where: { $0.station.lowercased() == station.lowercased() }) {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: row.line, message: "station '\(station)' is mapped twice; kept the first",
                        hint: nil))
                continue
            }
            entries.append(Entry(station: station, area: area, type: type, line: row.line))
        }
        if entries.isEmpty {
            diagnostics.append(
                Diagnostic(severity: .error, file: file, message: "the area map names no station", hint: "write station,area[,type]"))
        }
        return (AreaMap(entries: entries), diagnostics)
    }
}
