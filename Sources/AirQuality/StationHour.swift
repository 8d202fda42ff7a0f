/// One monitoring station's values for one hour, as imported (not yet rounded).
public struct StationHour: Sendable, Equatable {
    /// Station code or name as the file gives it (`1001A`, `Dongsi`).
    public var station: String
    /// The station's name (监测点位名称) where the file has a separate one (`万寿西宫`).
    public var stationName: String?
    /// The area (city, district) the file itself names; an area map overrides it.
    public var area: String?
    /// The hour.
    public var time: HourStamp
    /// 1-hour concentrations: μg/m³, CO mg/m³.
    public var values: [Pollutant: FixedDecimal]
    /// The published sliding 24-hour SO2 mean, used when the 1-hour SO2 is above 800.
    public var so2_24h: FixedDecimal?
    /// The AQI the file publishes, if any.
    public var officialAQI: Int?
    /// The primary pollutant the file publishes, if any (`颗粒物(PM10),细颗粒物(PM2.5)`).
    public var officialPrimary: String?
    /// File the record came from.
    public var file: String
    /// 1-based line, where the file has lines.
    public var line: Int?

    public init(
        station: String, stationName: String? = nil, area: String? = nil, time: HourStamp,
        values: [Pollutant: FixedDecimal], so2_24h: FixedDecimal? = nil, officialAQI: Int? = nil,
        officialPrimary: String? = nil, file: String, line: Int? = nil
    ) {
        self.station = station
        self.stationName = stationName
        self.area = area
        self.time = time
        self.values = values
        self.so2_24h = so2_24h
        self.officialAQI = officialAQI
        self.officialPrimary = officialPrimary
        self.file = file
        self.line = line
    }
}
