/// An AQI with its parts: the IAQI of each term, the primary pollutant(s) and the category.
public struct AQIResult: Sendable, Equatable {
    /// AQI = max IAQI.
    public var aqi: Int
    /// IAQI of every term that could be computed.
    public var iaqi: [AQIComponent: Int]
    /// 首要污染物: the terms whose IAQI equals the AQI, only when AQI > 50; tie order.
    public var primary: [AQIComponent]
    /// Level and category.
    public var category: AQICategory
    /// Terms whose concentration was above the IAQI-500 breakpoint (clamped to 500).
    public var aboveScale: [AQIComponent]

    /// Builds the result from the IAQI terms; nil when there are none.
    public init?(iaqi: [AQIComponent: Int], aboveScale: [AQIComponent] = []) {
        guard let top = iaqi.values.max() else { return nil }
        self.aqi = top
        self.iaqi = iaqi
        self.primary = top > 50 ? iaqi.filter { $0.value == top }.map(\.key).sorted() : []
        self.category = AQICategory(aqi: top)
        self.aboveScale = aboveScale.sorted()
    }

    /// The primary pollutant as CNEMC prints it, `颗粒物(PM10),细颗粒物(PM2.5)`; nil when AQI ≤ 50.
    public var primaryName: String? {
        primary.isEmpty ? nil : primary.map(\.officialName).joined(separator: ",")
    }

    /// 超标污染物: terms with IAQI > 100.
    public var exceeding: [AQIComponent] {
        iaqi.filter { $0.value > 100 }.map(\.key).sorted()
    }
}
