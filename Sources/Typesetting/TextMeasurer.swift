/// Measures text for the composer. `Rendering` implements it with Pango; tests use a
/// fixed-advance measurer.
public protocol TextMeasurer {
    /// The natural advance, in points, of each character (grapheme) of `text` set in `style`.
    func advances(of text: String, style: TextStyle) -> [Double]
}

/// A measurer that gives every full-width character one em and every other character half an em.
public struct FixedAdvanceMeasurer: TextMeasurer, Sendable {
    /// Advance of half-width characters, in em.
    public var halfWidth: Double

    public init(halfWidth: Double = 0.5) {
        self.halfWidth = halfWidth
    }

    public func advances(of text: String, style: TextStyle) -> [Double] {
        text.map { CJK.isFullWidth($0) ? style.size : style.size * halfWidth }
    }
}
