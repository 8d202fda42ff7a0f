/// One area's daily air-quality values (24-hour means; O3 as the daily max 8-hour mean).
public struct AreaDay: Sendable, Equatable, Codable {
    /// District, county, city or station.
    public var area: String
    /// The natural day (hours 1:00…24:00).
    public var date: CivilDate
    /// SO2 24-hour mean, μg/m³.
    public var so2: Double?
    /// NO2 24-hour mean, μg/m³.
    public var no2: Double?
    /// PM10 24-hour mean, μg/m³.
    public var pm10: Double?
    /// PM2.5 24-hour mean, μg/m³.
    public var pm25: Double?
    /// CO 24-hour mean, mg/m³.
    public var co: Double?
    /// O3 daily maximum 8-hour mean, μg/m³.
    public var o3_8h: Double?
    /// O3 daily maximum 1-hour value, μg/m³ (used for the AQI only when O3-8h is above 800).
    public var o3_1h: Double?

    public init(
        area: String, date: CivilDate, so2: Double? = nil, no2: Double? = nil, pm10: Double? = nil,
        pm25: Double? = nil, co: Double? = nil, o3_8h: Double? = nil, o3_1h: Double? = nil
    ) {
        self.area = area
        self.date = date
        self.so2 = so2
        self.no2 = no2
        self.pm10 = pm10
        self.pm25 = pm25
        self.co = co
        self.o3_8h = o3_8h
        self.o3_1h = o3_1h
    }
}
