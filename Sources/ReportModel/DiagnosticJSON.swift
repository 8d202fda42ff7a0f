/// A diagnostic's JSON written by hand: the bytes `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (keys sorted, `line` null when absent, `hint` left
/// out), each line indented by `indent` more spaces. A file of 98,000 diagnostics spent a twentieth
/// of `parse --json` in the encoder's tree of each one; `DiagnosticJSONTests` holds the two equal.
extension Diagnostic {
    public func appendPrettyJSON(to out: inout [UInt8], indent: Int) {
        let pad = [UInt8](repeating: 0x20, count: indent)
        out += pad
        out += "{\n".utf8
        Self.field("file", to: &out, pad: pad) { Self.appendString(file, to: &$0) }
        if let hint { Self.field("hint", to: &out, pad: pad) { Self.appendString(hint, to: &$0) } }
        Self.field("line", to: &out, pad: pad) { o in
            if let line { o += String(line).utf8 } else { o += "null".utf8 }
        }
        Self.field("message", to: &out, pad: pad) { Self.appendString(message, to: &$0) }
        Self.field("severity", to: &out, pad: pad, last: true) { Self.appendString(severity.rawValue, to: &$0) }
        out += pad
        out += "}".utf8
    }

    private static func field(_ key: String, to out: inout [UInt8], pad: [UInt8], last: Bool = false, value: (inout [UInt8]) -> Void) {
        out += pad
        out += "  \"".utf8
        out += key.utf8
        out += "\" : ".utf8
        value(&out)
        out += (last ? "\n" : ",\n").utf8
    }

    /// A JSON string as the encoder escapes it: quote, backslash and the control characters.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for c in s.utf8 {
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += "\\u00".utf8
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 15)])
            default: out.append(c)
            }
        }
        out.append(0x22)
    }
}
