/// A diagnostic's JSON written by hand: the bytes `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (keys sorted, `line` null when absent, `hint` left
/// out), each line indented by `indent` more spaces. A file of 98,000 diagnostics spent a twentieth
/// of `parse --json` in the encoder's tree of each one; `DiagnosticJSONTests` holds the two equal.
extension Diagnostic {
    public func appendPrettyJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.pad(indent, to: &out)
        J.key("file", first: true, indent: indent, to: &out)
        J.string(file, to: &out)
        if let hint {
            J.key("hint", indent: indent, to: &out)
            J.string(hint, to: &out)
        }
        J.key("line", indent: indent, to: &out)
        if let line { J.int(line, to: &out) } else { out += "null".utf8 }
        J.key("message", indent: indent, to: &out)
        J.string(message, to: &out)
        J.key("severity", indent: indent, to: &out)
        J.string(severity.rawValue, to: &out)
        J.closeObject(indent: indent, to: &out)
    }
}
