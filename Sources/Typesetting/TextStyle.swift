/// The face of a run of text: a font role (resolved by the renderer), a size and a colour.
public struct TextStyle: Sendable, Equatable, Hashable {
    /// Font role name (`body`, `heading` …).
    public var role: String
    /// Size in points.
    public var size: Double
    /// Colour.
    public var color: RGB

    public init(role: String, size: Double, color: RGB = .black) {
        self.role = role
        self.size = size
        self.color = color
    }
}
