/// The binary entries of a cross-reference stream (PDF 1.5, ISO 32000-1 7.5.8): for each object
/// number from 0, a type byte, then a field of `widths.0` bytes (an offset in the file, or the
/// number of the object stream holding it) and one of `widths.1` bytes (the index in that object
/// stream; 65535 for object 0, the head of the free list), big-endian, each field as narrow as its
/// largest value allows.
struct CrossReference {
    enum Entry: Equatable {
        case free
        case inFile(offset: Int)
        case packed(stream: Int, index: Int)
    }

    let widths: (Int, Int)
    let bytes: [UInt8]

    init(_ entries: [Entry]) {
        var first = 0
        var second = 0xFFFF
        for e in entries {
            switch e {
            case .free: break
            case .inFile(let offset): first = max(first, offset)
            case .packed(let stream, let index):
                first = max(first, stream)
                second = max(second, index)
            }
        }
        let widths = (Self.width(first), Self.width(second))
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * (1 + widths.0 + widths.1))
        func put(_ v: Int, _ width: Int) {
            for k in stride(from: width - 1, through: 0, by: -1) { out.append(UInt8(truncatingIfNeeded: v >> (8 * k))) }
        }
        for e in entries {
            switch e {
            case .free:
                out.append(0)
                put(0, widths.0)
                put(0xFFFF, widths.1)
            case .inFile(let offset):
                out.append(1)
                put(offset, widths.0)
                put(0, widths.1)
            case .packed(let stream, let index):
                out.append(2)
                put(stream, widths.0)
                put(index, widths.1)
            }
        }
        self.widths = widths
        bytes = out
    }

    /// Bytes needed for `v` (at least one).
    static func width(_ v: Int) -> Int {
        var n = 1
        while n < 8, v >> (8 * n) != 0 { n += 1 }
        return n
    }
}
