/// A monitoring station placed in its area.
public struct Site: Sendable, Hashable {
    /// Station code or name, as in the data.
    public var station: String
    /// The area it belongs to.
    public var area: String
    /// Urban or background.
    public var type: SiteType

    public init(station: String, area: String, type: SiteType = .urban) {
        self.station = station
        self.area = area
        self.type = type
    }
}
