import Testing

@testable import Rendering

/// The painter's set of glyph ids and code points.
struct CodeBitsTests {
    @Test func valuesAreWhatWasInsertedOnBothSidesOfThePlaneBoundary() {
        var bits = CodeBits()
        #expect(bits.values.isEmpty)
        let values: [UInt32] = [0, 63, 64, 0x4E2D, 65_535, 65_536, 0x2_0000, 0x10_FFFF, 0x4E2D]
        for v in values { bits.insert(v) }
        #expect(bits.values == Set(values))
    }
}
