/// The pieces of JSON as `JSONEncoder` writes them with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` on this platform (swift-foundation, Swift 6.3): two spaces a level,
/// `"key" : value`, an empty array as `[`, a blank line, `]`. Written by hand because the encoder's
/// tree of each value was ~4 % of `parse --json` (DiagnosticJSON, BriefingJSON); a writer gives
/// an `Object` its fields in the encoder's order (the UTF-8 order of the key strings).
/// `BriefingJSONTests` and `DiagnosticJSONTests` hold the bytes equal to the encoder's.
enum PrettyJSON {
    /// `count` spaces.
    static func pad(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// One object being written, its fields given in the encoder's order; its closing brace at
    /// column `indent`, its keys two columns in.
    struct Object {
        let indent: Int
        private var empty = true

        /// Writes the opening brace.
        init(indent: Int, to out: inout [UInt8]) {
            self.indent = indent
            out.append(0x7B)
        }

        /// Ends the line before (the brace, or the previous field's `,`) and writes `"key" : `.
        mutating func key(_ key: StaticString, to out: inout [UInt8]) {
            if !empty { out.append(0x2C) }
            out.append(0x0A)
            empty = false
            pad(indent + 2, to: &out)
            out.append(0x22)
            raw(key, to: &out)
            raw("\" : ", to: &out)
        }

        /// A string, or `null`.
        mutating func field(_ key: StaticString, _ value: String?, to out: inout [UInt8]) {
            self.key(key, to: &out)
            string(value, to: &out)
        }

        mutating func field(_ key: StaticString, _ value: Bool, to out: inout [UInt8]) {
            self.key(key, to: &out)
            raw(value ? "true" : "false", to: &out)
        }

        mutating func field(_ key: StaticString, _ values: [String], to out: inout [UInt8]) {
            self.key(key, to: &out)
            array(values, indent: indent + 2, to: &out) { s, o, _ in string(s, to: &o) }
        }

        /// A list of integers, or `null`.
        mutating func field(_ key: StaticString, _ values: [Int]?, to out: inout [UInt8]) {
            self.key(key, to: &out)
            if let values {
                array(values, indent: indent + 2, to: &out) { n, o, _ in int(n, to: &o) }
            } else {
                raw("null", to: &out)
            }
        }

        /// An object, or `null`.
        mutating func field(_ key: StaticString, _ value: (some PrettyJSONObject)?, to out: inout [UInt8]) {
            self.key(key, to: &out)
            if let value { value.appendJSON(to: &out, indent: indent + 2) } else { raw("null", to: &out) }
        }

        mutating func field(_ key: StaticString, _ values: [some PrettyJSONObject], to out: inout [UInt8]) {
            self.key(key, to: &out)
            array(values, indent: indent + 2, to: &out) { v, o, i in v.appendJSON(to: &o, indent: i) }
        }

        /// Writes the closing brace on its own line.
        func close(to out: inout [UInt8]) {
            out.append(0x0A)
            pad(indent, to: &out)
            out.append(0x7D)
        }
    }

    /// An array whose closing bracket is at column `indent`, each element on its own lines two
    /// columns in (`element` writes one from the current position, given its closing column).
    static func array<T, E: Error>(
        _ items: [T], indent: Int, to out: inout [UInt8], element: (T, inout [UInt8], Int) throws(E) -> Void
    ) throws(E) {
        out.append(0x5B)
        out.append(0x0A)
        if items.isEmpty { out.append(0x0A) }  // the encoder's blank line
        for (k, item) in items.enumerated() {
            if k > 0 {
                out.append(0x2C)
                out.append(0x0A)
            }
            pad(indent + 2, to: &out)
            try element(item, &out, indent + 2)
        }
        if !items.isEmpty { out.append(0x0A) }
        pad(indent, to: &out)
        out.append(0x5D)
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
                    raw("u00", to: &out)
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
        if let s { string(s, to: &out) } else { raw("null", to: &out) }
    }

    /// An integer's digits, first to last (no digits written backwards and turned: reversing a
    /// slice of `out` copied it).
    static func int(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(0x2D) }
        var m = n.magnitude
        var unit: UInt = 1
        while unit <= m / 10 { unit *= 10 }
        repeat {
            out.append(0x30 + UInt8(truncatingIfNeeded: m / unit))
            m %= unit
            unit /= 10
        } while unit > 0
    }

    /// ASCII bytes as they are (a static string's bytes, without going through `String`).
    static func raw(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
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

/// A value written as a JSON object by hand (BriefingJSON).
protocol PrettyJSONObject {
    /// The object from the current position, its closing brace at column `indent`.
    func appendJSON(to out: inout [UInt8], indent: Int)
}
