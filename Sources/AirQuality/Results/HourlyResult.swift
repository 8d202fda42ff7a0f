import ReportModel

/// `tongbao airquality hourly`: the hourly AQI of every station hour (HJ 633 as CNEMC publishes
/// it), and how it compares with what the file publishes. Its JSON shape is stable: fields are
/// added, never renamed.
public struct HourlyResult: Encodable, Sendable {
    /// One station hour.
    public struct Row: Encodable, Sendable {
        /// Station code, or name when the file has no code.
        public var station: String
        @OrNull public var name: String?
        /// Area map > the file's city/area column > null.
        @OrNull public var area: String?
        /// End of the hour (PRSA hour 0 = 24:00 of the day before).
        public var time: String
        @OrNull public var aqi: Int?
        /// Official-style name(s), comma-joined; null when AQI <= 50.
        @OrNull public var primary_pollutant: String?
        public var primary_pollutants: [String]
        @OrNull public var category: String?
        @OrNull public var level: Int?
        public var iaqi: [String: Int]
        /// What the file publishes.
        @OrNull public var official_aqi: Int?
        @OrNull public var official_primary_pollutant: String?

        init(hour h: StationHour, area: String?, result r: AQIResult?) {
            station = h.station
            name = h.stationName
            self.area = area
            time = h.time.description
            aqi = r?.aqi
            primary_pollutant = r?.primaryName
            primary_pollutants = r?.primary.map(\.rawValue) ?? []
            category = r?.category.name
            level = r?.category.rawValue
            iaqi = Dictionary(uniqueKeysWithValues: (r?.iaqi ?? [:]).map { ($0.key.rawValue, $0.value) })
            official_aqi = h.officialAQI
            official_primary_pollutant = h.officialPrimary
        }
    }

    /// Counts, and agreement with the published AQI and primary pollutant.
    public struct Summary: Encodable, Sendable, Equatable {
        public var records = 0
        public var with_aqi = 0
        public var official = 0
        public var aqi_matches = 0
        public var primary_compared = 0
        public var primary_matches = 0

        mutating func add(_ h: StationHour, _ r: AQIResult?) {
            records += 1
            if r != nil { with_aqi += 1 }
            guard let o = h.officialAQI else { return }
            official += 1
            if r?.aqi == o { aqi_matches += 1 }
            if o > 50 {
                primary_compared += 1
                if r?.primaryName == h.officialPrimary { primary_matches += 1 }
            }
        }
    }

    public var hours: [Row]
    public var summary: Summary
    public var warnings: [Diagnostic]

    /// The AQI of every hour of `dataset` (SO2 24-h values filled in first), areas from `map`.
    public init(dataset: AirDataset, map: AreaMap?, warnings: [Diagnostic]) {
        var rows: [Row] = []
        var summary = Summary()
        for h in SlidingSO2.filled(dataset.hours) {
            let r = AQI.hourly(h)
            let area = map?.entry(for: h.station, name: h.stationName)?.area ?? h.area
            rows.append(Row(hour: h, area: area, result: r))
            summary.add(h, r)
        }
        self.hours = rows
        self.summary = summary
        self.warnings = warnings
    }

    /// The text table: one tab-separated line per hour, `-` for no value.
    public var table: String {
        var lines = [["station", "name", "area", "time", "aqi", "category", "primary"].joined(separator: "\t")]
        for r in hours {
            let cells = [
                r.station, r.name ?? "-", r.area ?? "-", r.time, r.aqi.map(String.init) ?? "-", r.category ?? "-",
                r.primary_pollutant ?? "-",
            ]
            lines.append(cells.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
