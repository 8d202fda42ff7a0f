import ReportModel
import WordLists

/// The daily values of every site, every area and the whole city, built from an
/// `AirDataset` and an optional `AreaMap`.
///
/// Areas: a station named in the map belongs to the map's area; otherwise to the area its
/// file names (CNEMC's city), otherwise it is its own area. An area's value is the mean of
/// its urban sites (of all its sites when it has no urban site); the city's is the mean of
/// all urban sites. A station whose name contains 对照点 is background unless the map says so.
/// Daily-table rows whose name is one of the map's areas (district values rather than station
/// values) are that area's values as given.
public struct DailyValues: Sendable {
    /// Words in a station name that make it a background site (Words/background-name-marks.txt).
    private static let backgroundMarks = WordLists.list("background-name-marks", in: .module)

    /// Daily values per station (`area` = station).
    public var sites: [AreaDay]
    /// Daily values per area.
    public var areas: [AreaDay]
    /// Daily values of the whole city (all urban sites).
    public var city: [AreaDay]
    /// Each station with its area and type.
    public var siteList: [Site]
    /// Area names: map order first, then first appearance.
    public var areaNames: [String]
    /// Duplicates, stations missing from the map, mapped stations without data.
    public var diagnostics: [Diagnostic]

    /// Builds daily values. `cityName` names the city series.
    public init(dataset: AirDataset, map: AreaMap? = nil, cityName: String = "city", mapFile: String = "area map") {
        var diagnostics: [Diagnostic] = []
        let averaged = DailyAverage.siteDays(from: dataset.hours)
        diagnostics += averaged.diagnostics
        var siteDays = averaged.days
        var seenSiteDay = Set(siteDays.map { SiteDayKey(station: $0.area, date: $0.date) })
        for d in dataset.days {
            if seenSiteDay.insert(SiteDayKey(station: d.area, date: d.date)).inserted {
                siteDays.append(d)
            } else {
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, file: "daily table",
                        message:
                            "daily values for '\(d.area)' on \(d.date) given twice (hourly data or another daily table); kept the first"))
            }
        }

        // Place each station.
        var fileArea: [String: String] = [:]
        var fileName: [String: String] = [:]
        for h in dataset.hours {
            if let a = h.area, fileArea[h.station] == nil { fileArea[h.station] = a }
            if let n = h.stationName, fileName[h.station] == nil { fileName[h.station] = n }
        }
        var stations: [String] = []
        var seenStation = Set<String>()
        for d in siteDays where seenStation.insert(d.area).inserted { stations.append(d.area) }
        var sites: [Site] = []
        var unmapped: [String] = []
        let mapAreas = Set(map?.areas ?? [])
        for s in stations {
            if let map, let e = map.entry(for: s, name: fileName[s]) {
                sites.append(Site(station: s, area: e.area, type: e.type))
            } else if mapAreas.contains(s) {
                // Area-level values (a daily table of districts): the area as given.
                sites.append(Site(station: s, area: s, type: .urban))
            } else {
                if map != nil { unmapped.append(s) }
                let named = Self.backgroundMarks.contains { (fileName[s] ?? s).contains($0) }
                sites.append(Site(station: s, area: fileArea[s] ?? s, type: named ? .background : .urban))
            }
        }
        if !unmapped.isEmpty {
            diagnostics.append(
                Diagnostic(
                    severity: .warning, file: mapFile,
                    message: "\(unmapped.count) station(s) not in the area map, each used as its own area: "
                        + unmapped.prefix(10).joined(separator: ", ") + (unmapped.count > 10 ? ", …" : ""),
                    hint: "add them to the map as station,area,type"))
        }
        // Mapped stations that sent no data still count in their area's number of sites.
        let direct = Set(sites.filter { $0.station == $0.area && mapAreas.contains($0.area) }.map(\.area))
        let missing = (map?.entries ?? []).filter { e in
            !direct.contains(e.area)
                && !sites.contains { s in
                    s.station.lowercased() == e.station.lowercased() || fileName[s.station]?.lowercased() == e.station.lowercased()
                }
        }
        for e in missing {
            diagnostics.append(
                Diagnostic(
                    severity: .warning, file: mapFile, line: e.line,
                    message: "station '\(e.station)' of area '\(e.area)' has no data; it still counts in the area's number of sites",
                    hint: "check that its file was given"))
        }
        let everySite = sites + missing.map { Site(station: $0.station, area: $0.area, type: $0.type) }

        // Areas: map order, then order of appearance.
        var names = map?.areas ?? []
        for s in sites where !names.contains(s.area) { names.append(s.area) }
        let byStation = Dictionary(grouping: siteDays, by: \.area)
        func daysOf(_ stations: [String]) -> [AreaDay] { stations.flatMap { byStation[$0] ?? [] } }
        var areaDays: [AreaDay] = []
        var usedNames: [String] = []
        for name in names {
            let members = everySite.filter { $0.area == name }
            let urban = members.filter { $0.type == .urban }.map(\.station)
            let used = urban.isEmpty ? members.map(\.station) : urban
            let days = CombineSites.areaDays(area: name, sites: used, siteDays: daysOf(used))
            guard !days.isEmpty else { continue }
            usedNames.append(name)
            areaDays += days
        }
        let urbanAll = everySite.filter { $0.type == .urban }.map(\.station)
        self.sites = siteDays.sorted { ($0.area, $0.date) < ($1.area, $1.date) }
        self.areas = areaDays
        self.city = CombineSites.areaDays(area: cityName, sites: urbanAll, siteDays: daysOf(urbanAll))
        self.siteList = sites
        self.areaNames = usedNames
        self.diagnostics = diagnostics
    }
}
