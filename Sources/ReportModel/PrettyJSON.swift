/// The pieces of JSON as `JSONEncoder` writes them with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` on this platform (swift-foundation, Swift 6.3): two spaces a level,
/// `"key" : value`, an empty array as `[`, a blank line, `]`. Written by hand because the encoder's
/// tree of each value was a tenth of `parse --json` (DiagnosticJSON, BriefingJSON); the writers
/// build an object from `key` and `close`, the caller giving the keys in the encoder's order (the
/// UTF-8 order of the key strings). `BriefingJSONTests` and `DiagnosticJSONTests` hold the bytes
/// equal to the encoder's.
enum PrettyJSON {
    /// `count` spaces.
    static func pad(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// Ends the line before (the object's `{`, or the previous field's `,`) and writes the key of
    /// a field of the object whose closing brace is at column `indent`.
    static func key(_ key: StaticString, first: Bool = false, indent: Int, to out: inout [UInt8]) {
        out += first ? "{\n".utf8 : ",\n".utf8
        pad(indent + 2, to: &out)
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out += "\" : ".utf8
    }

    /// Ends an object whose closing brace is at column `indent`.
    static func closeObject(indent: Int, to out: inout [UInt8]) {
        out.append(0x0A)
        pad(indent, to: &out)
        out.append(0x7D)
    }

    /// An array whose closing bracket is at column `indent`, each element on its own lines two
    /// columns in (`element` writes one from the current position, given its closing column).
    static func array<T, E: Error>(
        _ items: [T], indent: Int, to out: inout [UInt8], element: (T, inout [UInt8], Int) throws(E) -> Void
    ) throws(E) {
        out += "[\n".utf8
        if items.isEmpty { out.append(0x0A) }  // the encoder's blank line
        for (k, item) in items.enumerated() {
            if k > 0 { out += ",\n".utf8 }
            pad(indent + 2, to: &out)
            try element(item, &out, indent + 2)
        }
        if !items.isEmpty { out.append(0x0A) }
        pad(indent, to: &out)
        out.append(0x5D)
    }

    /// An array of strings.
    static func strings(_ items: [String], indent: Int, to out: inout [UInt8]) {
        array(items, indent: indent, to: &out) { s, o, _ in string(s, to: &o) }
    }

    /// An array of integers.
    static func ints(_ items: [Int], indent: Int, to out: inout [UInt8]) {
        array(items, indent: indent, to: &out) { n, o, _ in int(n, to: &o) }
    }

    /// A JSON string as the encoder escapes it: quote, backslash and the control characters (a
    /// slash, DEL and U+2028 as they are); runs without any copied whole.
    static func string(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for i in bytes.indices {
                let c = bytes[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                out.append(0x5C)
                switch c {
                case 0x22, 0x5C: out.append(c)
                case 0x08: out.append(0x62)  // b
                case 0x0C: out.append(0x66)  // f
                case 0x0A: out.append(0x6E)  // n
                case 0x0D: out.append(0x72)  // r
                case 0x09: out.append(0x74)  // t
                default:
                    out += "u00".utf8
                    out.append(hexDigit(c >> 4))
                    out.append(hexDigit(c & 15))
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(0x22)
    }

    private static func hexDigit(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x61 + d - 10 }

    /// A string, or `null`.
    static func string(_ s: String?, to out: inout [UInt8]) {
        if let s { string(s, to: &out) } else { out += "null".utf8 }
    }

    static func int(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(0x2D) }
        var m = n.magnitude
        let start = out.count
        repeat {
            out.append(0x30 + UInt8(truncatingIfNeeded: m % 10))
            m /= 10
        } while m > 0
        out[start...].reverse()
    }

    static func bool(_ b: Bool, to out: inout [UInt8]) {
        out += b ? "true".utf8 : "false".utf8
    }

    /// A number as the encoder writes a Double: its shortest round-trip `description` without a
    /// trailing `.0` (1, 35.5, 1e-07, 1e+21, -0). JSON has no NaN or infinity: the encoder throws
    /// `EncodingError.invalidValue` with the value's coding path, and so does this, with the same
    /// wording (`parse --json` prints it).
    static func number(_ v: Double, at codingPath: @autoclosure () -> [any CodingKey], to out: inout [UInt8]) throws(EncodingError) {
        guard v.isFinite else {
            throw EncodingError.invalidValue(
                v, EncodingError.Context(codingPath: codingPath(), debugDescription: "Unable to encode Double.\(v) directly in JSON."))
        }
        var text = v.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out += text.utf8
    }

    /// An array index in a coding path, for the error of a number JSON cannot hold (written as the
    /// encoder's: `targets[1].value`).
    struct IndexKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init?(stringValue: String) { nil }
        init(intValue: Int) {
            self.stringValue = "Index \(intValue)"
            self.intValue = intValue
        }
    }
}
