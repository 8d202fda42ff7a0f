import ReportModel

/// Monitoring files read together with their area map: what every air-quality command starts from.
public struct AirInput: Sendable {
    /// Everything the files hold (their diagnostics included).
    public var dataset: AirDataset
    /// The area map, when one was given.
    public var map: AreaMap?
    /// The map's file, for messages.
    public var mapFile: String
    /// The files' problems, then the map's.
    public var diagnostics: [Diagnostic]

    /// Reads the area map (if any), then the files, keeping the days in `dates`; daily-table rows
    /// naming a station or area the map does not know are reported.
    public static func load(
        _ paths: [String], areaMap: String? = nil, coUnit: COUnit? = nil, dates: ClosedRange<CivilDate>? = nil
    ) throws(AirFiles.LoadError) -> AirInput {
        let map = try areaMap.map { path throws(AirFiles.LoadError) in try AreaMap.load(path) }
        let options = AirImport.Options(coUnit: coUnit, dates: dates, knownAreas: map?.map.knownNames)
        let dataset = try AirFiles.load(paths, options: options)
        return AirInput(
            dataset: dataset, map: map?.map, mapFile: areaMap ?? "area map",
            diagnostics: dataset.diagnostics + (map?.diagnostics ?? []))
    }

    /// The daily values of sites, areas and the city, with the diagnostics of files, map and
    /// daily values together.
    public func daily(cityName: String = "city") -> (values: DailyValues, diagnostics: [Diagnostic]) {
        let values = DailyValues(dataset: dataset, map: map, cityName: cityName, mapFile: mapFile)
        return (values, diagnostics + values.diagnostics)
    }
}
