/// A growing byte string in PDF's syntax: ASCII tokens, numbers, names, text strings.
///
/// Numbers are written from integers, never through `String(format:)` (a page holds thousands of
/// positions): a value is rounded to a fixed number of decimals and trailing zeros are dropped
/// (`841.89`, `12`, `-0.5`).
struct PDFBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    /// ASCII text as is.
    mutating func write(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A string's UTF-8 bytes as is (callers pass ASCII).
    mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func write(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// A decimal integer.
    mutating func int(_ v: Int) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        var unit: UInt = 1
        while unit <= m / 10 { unit *= 10 }
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: m / unit) + 48)
            m %= unit
            unit /= 10
        } while unit > 0
    }

    /// `v` rounded to three decimals (a thousandth of a point: 0.00035 mm), trailing zeros dropped.
    mutating func number(_ v: Double) { fixed(Self.thousandths(v), scale: 1000) }

    /// `v` rounded to six decimals (page sizes, which content streams flip y about).
    mutating func precise(_ v: Double) { fixed(Self.round(v * 1_000_000), scale: 1_000_000) }

    /// `v` rounded to one decimal.
    mutating func tenths(_ v: Double) { fixed(Self.round(v * 10), scale: 10) }

    /// An integer count of `1/scale` units as a decimal (`scale` a power of 10).
    mutating func fixed(_ units: Int, scale: Int) {
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        let m = units.magnitude
        int(Int(m / UInt(scale)))
        var frac = Int(m % UInt(scale))
        guard frac != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var unit = scale / 10
        while frac != 0 {
            let d = frac / unit
            bytes.append(UInt8(d) + 48)
            frac -= d * unit
            unit /= 10
        }
    }

    /// `v` in thousandths, rounded half away from zero (a non-finite value is 0).
    static func thousandths(_ v: Double) -> Int { round(v * 1000) }

    static func round(_ v: Double) -> Int {
        guard v.isFinite, abs(v) < 1e15 else { return 0 }
        return Int(v.rounded())
    }

    /// A name object (`/FandolFang-Regular`): bytes outside `!`…`~` and delimiters as `#xx`.
    mutating func name(_ s: String) {
        bytes.append(UInt8(ascii: "/"))
        for b in s.utf8 {
            if b < 0x21 || b > 0x7E || "#()<>[]{}/%".utf8.contains(b) {
                bytes.append(UInt8(ascii: "#"))
                hexByte(b)
            } else {
                bytes.append(b)
            }
        }
    }

    /// A text string: printable ASCII as a literal `(…)`, anything else as UTF-16BE with a byte order mark in hex.
    mutating func text(_ s: String) {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            bytes.append(UInt8(ascii: "("))
            for b in s.utf8 {
                if b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: ")"))
        } else {
            write("<FEFF")
            utf16Hex(s)
            bytes.append(UInt8(ascii: ">"))
        }
    }

    /// The UTF-16BE code units of `s` in hex (no brackets).
    mutating func utf16Hex(_ s: String) {
        for u in s.utf16 { hex16(u) }
    }

    /// Four hex digits.
    mutating func hex16(_ v: UInt16) {
        hexByte(UInt8(truncatingIfNeeded: v >> 8))
        hexByte(UInt8(truncatingIfNeeded: v))
    }

    mutating func hexByte(_ b: UInt8) {
        bytes.append(Self.hexDigits[Int(b >> 4)])
        bytes.append(Self.hexDigits[Int(b & 15)])
    }

    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
