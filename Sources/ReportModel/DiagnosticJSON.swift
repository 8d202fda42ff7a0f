/// A diagnostic's JSON written by hand: the bytes `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (keys sorted, `line` null when absent, `hint` left
/// out), each line indented by `indent` more spaces. A file of 98,000 diagnostics spent a twentieth
/// of `parse --json` in the encoder's tree of each one; `DiagnosticJSONTests` holds the two equal.
extension Diagnostic {
    public func appendPrettyJSON(to out: inout [UInt8], indent: Int) {
        var writer = PrettyJSON.Writer(capacity: 2 * message.utf8.count + 256)
        appendPrettyJSON(to: &writer, indent: indent)
        writer.append(to: &out)
    }

    func appendPrettyJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        out.pad(indent)
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("file", file, to: &out)
        if let hint { o.field("hint", hint, to: &out) }
        o.key("line", to: &out)
        if let line { out.int(line) } else { out.raw("null") }
        o.field("message", message, to: &out)
        o.field("severity", severity.rawValue, to: &out)
        o.close(to: &out)
    }
}
