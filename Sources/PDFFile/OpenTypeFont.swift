/// What a PDF font dictionary needs from an embedded OpenType face, read from its tables: the
/// outlines (the bare CFF table, or the TrueType file), glyph advances, the descriptor's metrics,
/// and — for a CID-keyed CFF — the CID of each glyph.
///
/// Written here rather than asked of FreeType or HarfBuzz: these are a few fixed fields of six
/// tables and one CFF charset, and the PDF module then needs no font library (the faces come in
/// as bytes from the painter's HarfBuzz subsetter).
struct OpenTypeFont {
    /// How the outlines are embedded.
    enum Outlines: Equatable {
        /// A CFF table (`/FontFile3 /CIDFontType0C`): the bytes of the table.
        case cff(Range<Int>)
        /// TrueType outlines (`/FontFile2`, the whole file).
        case trueType
        /// CFF2 (variable) outlines: the whole file as `/FontFile3 /OpenType`.
        case openType
    }

    struct ReadError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    let data: [UInt8]
    let outlines: Outlines
    let unitsPerEm: Int
    /// head's xMin, yMin, xMax, yMax (font units).
    let bbox: [Int]
    /// hhea's ascender and descender (font units).
    let ascender: Int
    let descender: Int
    /// OS/2 sCapHeight (0 when the table has none).
    let capHeight: Int
    /// post's italic angle, degrees.
    let italicAngle: Double
    /// Advance width of each glyph (font units).
    let advances: [Int]
    /// The CID of each glyph (a CID-keyed CFF's charset); nil when CIDs are glyph ids.
    let cids: [UInt16]?
    /// The CFF's Registry and Ordering (ROS) when it is CID-keyed and names them.
    let registry: (String, String, Int)?

    var glyphCount: Int { advances.count }

    init(_ data: [UInt8]) throws(ReadError) {
        self.data = data
        let r = Reader(data)
        guard data.count >= 12 else { throw ReadError(description: "not an OpenType file (\(data.count) bytes)") }
        let version = r.u32(0)
        guard version == 0x0001_0000 || version == 0x4F54_544F || version == 0x7472_7565 else {
            throw ReadError(description: "not a single OpenType face (tag \(String(version, radix: 16)))")
        }
        var tables: [UInt32: Range<Int>] = [:]
        for k in 0..<r.u16(4) {
            let e = 12 + 16 * k
            let offset = r.u32(e + 8)
            let length = r.u32(e + 12)
            guard e + 16 <= data.count, offset + length <= data.count else {
                throw ReadError(description: "table \(k) lies outside the file")
            }
            tables[UInt32(r.u32(e))] = offset..<offset + length
        }
        func table(_ tag: String, minimum: Int) throws(ReadError) -> Int {
            guard let t = tables[Self.tag(tag)], t.count >= minimum else { throw ReadError(description: "no usable '\(tag)' table") }
            return t.lowerBound
        }
        let head = try table("head", minimum: 54)
        unitsPerEm = r.u16(head + 18)
        guard unitsPerEm > 0 else { throw ReadError(description: "unitsPerEm is 0") }
        bbox = [r.i16(head + 36), r.i16(head + 38), r.i16(head + 40), r.i16(head + 42)]
        let hhea = try table("hhea", minimum: 36)
        ascender = r.i16(hhea + 4)
        descender = r.i16(hhea + 6)
        let metrics = r.u16(hhea + 34)
        let maxp = try table("maxp", minimum: 6)
        let glyphs = r.u16(maxp + 4)
        let hmtx = try table("hmtx", minimum: 4 * metrics)
        guard metrics >= 1 else { throw ReadError(description: "hhea lists no metrics") }
        var advances: [Int] = []
        advances.reserveCapacity(glyphs)
        for g in 0..<glyphs { advances.append(r.u16(hmtx + 4 * min(g, metrics - 1))) }
        self.advances = advances
        if let os2 = tables[Self.tag("OS/2")], os2.count >= 90, r.u16(os2.lowerBound) >= 2 {
            capHeight = r.i16(os2.lowerBound + 88)
        } else {
            capHeight = 0
        }
        if let post = tables[Self.tag("post")], post.count >= 8 {
            italicAngle = Double(r.i16(post.lowerBound + 4)) + Double(r.u16(post.lowerBound + 6)) / 65536
        } else {
            italicAngle = 0
        }
        if let cff = tables[Self.tag("CFF ")] {
            outlines = .cff(cff)
            let charset = try CompactFontCharset(data, table: cff)
            guard charset.glyphCount == glyphs else {
                throw ReadError(description: "the CFF holds \(charset.glyphCount) glyphs, maxp \(glyphs)")
            }
            cids = charset.cids
            registry = charset.registry
        } else if tables[Self.tag("glyf")] != nil {
            outlines = .trueType
            cids = nil
            registry = nil
        } else if tables[Self.tag("CFF2")] != nil {
            outlines = .openType
            cids = nil
            registry = nil
        } else {
            throw ReadError(description: "no outlines (glyf, CFF, CFF2)")
        }
    }

    /// The CID a content stream shows for glyph `g`.
    func cid(_ g: Int) -> Int { cids.map { Int($0[g]) } ?? g }

    static func tag(_ s: String) -> UInt32 { s.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
}

/// Big-endian reads that give 0 past the end (a short table is checked by its caller).
struct Reader {
    let data: [UInt8]

    init(_ data: [UInt8]) { self.data = data }

    func u8(_ o: Int) -> Int { o >= 0 && o < data.count ? Int(data[o]) : 0 }
    func u16(_ o: Int) -> Int { u8(o) << 8 | u8(o + 1) }
    func i16(_ o: Int) -> Int { Int(Int16(truncatingIfNeeded: u16(o))) }
    func u32(_ o: Int) -> Int { u16(o) << 16 | u16(o + 2) }
    /// An unsigned offset of `size` bytes (CFF's OffSize).
    func offset(_ o: Int, size: Int) -> Int { (0..<size).reduce(0) { $0 << 8 | u8(o + $1) } }
}

/// The parts of a CFF table a PDF needs: the glyph count, and for a CID-keyed font the CID of each
/// glyph (its charset) and its ROS. (HarfBuzz's subsetter keeps a CID-keyed font's CIDs, so glyph
/// 5 of a Noto or Fandol subset is some CID in the thousands: the content stream shows the CID.)
struct CompactFontCharset {
    var glyphCount: Int
    var cids: [UInt16]?
    var registry: (String, String, Int)?

    init(_ data: [UInt8], table: Range<Int>) throws(OpenTypeFont.ReadError) {
        let base = table.lowerBound
        let r = Reader(data)
        let header = r.u8(base + 2)
        let names = try Self.index(r, at: base + header, end: table.upperBound)
        let top = try Self.index(r, at: names.end, end: table.upperBound)
        let strings = try Self.index(r, at: top.end, end: table.upperBound)
        guard let dict = top.items.first else { throw OpenTypeFont.ReadError(description: "the CFF has no Top DICT") }
        let ops = Self.dict(r, dict)
        guard let charStrings = ops[17]?.first else { throw OpenTypeFont.ReadError(description: "the CFF has no CharStrings") }
        let glyphs = try Self.index(r, at: base + Int(charStrings), end: table.upperBound).items.count
        glyphCount = glyphs
        guard let ros = ops[1230], ros.count == 3 else {
            cids = nil  // name-keyed: a PDF reader takes CIDs as glyph ids
            registry = nil
            return
        }
        func string(_ sid: Double) -> String? {
            let k = Int(sid) - 391  // SIDs below 391 are CFF's standard strings, none of them a registry
            guard k >= 0, k < strings.items.count else { return nil }
            return String(decoding: data[strings.items[k]], as: UTF8.self)
        }
        if let registryName = string(ros[0]), let ordering = string(ros[1]) {
            registry = (registryName, ordering, Int(ros[2]))
        } else {
            registry = nil
        }
        // charset: the CID of glyphs 1…n-1 (glyph 0 is CID 0)
        guard let charsetOffset = ops[15]?.first, charsetOffset > 2 else {
            throw OpenTypeFont.ReadError(description: "a CID-keyed CFF without a charset")
        }
        var out: [UInt16] = [0]
        out.reserveCapacity(glyphs)
        var o = base + Int(charsetOffset)
        let format = r.u8(o)
        o += 1
        while out.count < glyphs {
            guard o < table.upperBound else { throw OpenTypeFont.ReadError(description: "the CFF charset is cut short") }
            switch format {
            case 0:
                out.append(UInt16(r.u16(o)))
                o += 2
            case 1, 2:
                let first = r.u16(o)
                let left = format == 1 ? r.u8(o + 2) : r.u16(o + 2)
                o += format == 1 ? 3 : 4
                for c in first...first + left where out.count < glyphs { out.append(UInt16(truncatingIfNeeded: c)) }
            default:
                throw OpenTypeFont.ReadError(description: "unknown CFF charset format \(format)")
            }
        }
        cids = out
    }

    /// A CFF INDEX at `at`: its items' byte ranges and where it ends.
    static func index(_ r: Reader, at: Int, end: Int) throws(OpenTypeFont.ReadError) -> (items: [Range<Int>], end: Int) {
        let count = r.u16(at)
        guard count > 0 else { return ([], at + 2) }
        let size = r.u8(at + 2)
        guard (1...4).contains(size) else { throw OpenTypeFont.ReadError(description: "bad CFF INDEX offset size \(size)") }
        let offsets = at + 3
        let data = offsets + (count + 1) * size - 1  // offsets count from 1
        var items: [Range<Int>] = []
        items.reserveCapacity(count)
        var previous = r.offset(offsets, size: size)
        for k in 1...count {
            let next = r.offset(offsets + k * size, size: size)
            guard next >= previous, data + next <= end else { throw OpenTypeFont.ReadError(description: "a CFF INDEX runs past its table") }
            items.append(data + previous..<data + next)
            previous = next
        }
        return (items, data + previous)
    }

    /// A DICT's operators (12 x as 1200 + x) and their operands.
    static func dict(_ r: Reader, _ range: Range<Int>) -> [Int: [Double]] {
        var out: [Int: [Double]] = [:]
        var operands: [Double] = []
        var o = range.lowerBound
        while o < range.upperBound {
            let b = r.u8(o)
            switch b {
            case 0...21:
                var op = b
                o += 1
                if b == 12 {
                    op = 1200 + r.u8(o)
                    o += 1
                }
                out[op] = operands
                operands = []
            case 28:
                operands.append(Double(r.i16(o + 1)))
                o += 3
            case 29:
                operands.append(Double(Int32(truncatingIfNeeded: r.u32(o + 1))))
                o += 5
            case 30:
                // a real: skipped nibble by nibble to its end (no field read here is real)
                o += 1
                while o < range.upperBound {
                    let v = r.u8(o)
                    o += 1
                    if v & 0x0F == 0x0F || v >> 4 == 0x0F { break }
                }
                operands.append(0)
            case 32...246:
                operands.append(Double(b - 139))
                o += 1
            case 247...250:
                operands.append(Double((b - 247) * 256 + r.u8(o + 1) + 108))
                o += 2
            case 251...254:
                operands.append(Double(-(b - 251) * 256 - r.u8(o + 1) - 108))
                o += 2
            default:
                o += 1
            }
        }
        return out
    }
}
