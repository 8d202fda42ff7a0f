import Testing
@testable import PDFFile

struct PDFBytesTests {
    @Test func numbersAreRoundedToThousandthsWithoutTrailingZeros() {
        var b = PDFBytes()
        for v in [841.889764, 12.0, -0.5, 0.0004, -0.0004, 1000.1, 0.05] {
            b.number(v)
            b.byte(32)
        }
        #expect(String(decoding: b.bytes, as: UTF8.self) == "841.89 12 -0.5 0 0 1000.1 0.05 ")
    }
}
