import CDeflate

/// zlib's deflate in one call (`compress2`: a zlib stream, what `/FlateDecode` reads).
enum Deflate {
    /// zlib's default level (6): level 9 made the notices' PDFs no smaller (README "Benchmark").
    static let level: Int32 = 6

    /// `input` deflated; nil only when zlib runs out of memory.
    static func compress(_ input: [UInt8]) -> [UInt8]? {
        let bound = compressBound(uLong(input.count))
        var status = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: Int(bound)) { buffer, count in
            var size = bound
            status = input.withUnsafeBufferPointer { i in
                compress2(buffer.baseAddress, &size, i.baseAddress, uLong(i.count), level)
            }
            count = status == Z_OK ? Int(size) : 0
        }
        return status == Z_OK ? out : nil
    }
}
