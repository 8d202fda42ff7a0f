/// A briefing's JSON written by hand: the bytes `JSONEncoder` writes for it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`, each line indented by `indent` more spaces (an
/// empty array's blank line stays blank). On distinct items the encoder's tree of each briefing was
/// ~4 % of `parse --json` (131.7 M instructions on 2 MB; 11.7 M by hand). Each type writes the fields its `encode(to:)` writes, in the UTF-8
/// order of their keys: nulls where it encodes an optional, nothing where it (or the synthesized
/// conformance) skips a nil. `BriefingJSONTests` holds the bytes equal to the encoder's.
extension Briefing {
    /// Throws the encoder's error for a target whose value JSON cannot hold (NaN, infinity), with
    /// what was written so far left in `out`.
    public func appendPrettyJSON(to out: inout [UInt8], indent: Int) throws(EncodingError) {
        var writer = PrettyJSON.Writer(capacity: 4 * text.utf8.count + (1 << 13))
        defer { writer.append(to: &out) }
        try appendPrettyJSON(to: &writer, indent: indent)
    }

    func appendPrettyJSON(to out: inout PrettyJSON.Writer, indent: Int) throws(EncodingError) {
        out.pad(indent)
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("date", date, to: &out)
        o.field("date_text", dateText, to: &out)
        o.field("deadlines", deadlines, to: &out)
        o.field("deployed_measures", deployedMeasures, to: &out)
        o.field("headline", headline, to: &out)
        o.field("id", id, to: &out)
        o.key("measure_kinds", to: &out)
        out.array(measureKinds, indent: indent + 2) { k, o, _ in o.string(k.rawValue) }
        o.field("measures", measures, to: &out)
        o.field("meeting", meeting, to: &out)
        o.field("people", people, to: &out)
        o.field("requirements", requirements, to: &out)
        o.field("source", source, to: &out)
        o.field("spans", spans, to: &out)
        o.key("targets", to: &out)
        var index = 0
        try out.array(targets, indent: indent + 2) { (t, out, indent) throws(EncodingError) in
            try t.appendJSON(to: &out, indent: indent, at: [CodingKeys.targets, PrettyJSON.IndexKey(intValue: index)])
            index += 1
        }
        o.field("text", text, to: &out)
        o.field("time_of_day", timeOfDay, to: &out)
        o.field("topics", topics, to: &out)
        o.field("unit", unit, to: &out)
        o.field("year_inferred", yearInferred, to: &out)
        o.close(to: &out)
    }
}

extension SourceSpan: PrettyJSONObject {
    /// `format` and `pages` left out when nil (the synthesized conformance).
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("encoding", encoding, to: &out)
        o.field("file", file, to: &out)
        if let format { o.field("format", format, to: &out) }
        o.field("lines", lines, to: &out)
        if let pages { o.field("pages", pages, to: &out) }
        o.field("script", script, to: &out)
        o.close(to: &out)
    }
}

extension Person: PrettyJSONObject {
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("name", name, to: &out)
        o.field("roles", roles, to: &out)
        o.field("title", title, to: &out)
        o.close(to: &out)
    }
}

extension DeployedMeasure: PrettyJSONObject {
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("items", items, to: &out)
        o.field("text", text, to: &out)
        o.close(to: &out)
    }
}

extension Target {
    /// `codingPath` is where the target lies, for the error of a value JSON cannot hold.
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int, at codingPath: @autoclosure () -> [any CodingKey] = [])
        throws(EncodingError)
    {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("comparator", comparator, to: &out)
        o.field("deadline", deadline, to: &out)
        o.field("kind", kind.rawValue, to: &out)
        o.field("metric", metric, to: &out)
        o.field("text", text, to: &out)
        o.field("unit", unit, to: &out)
        o.key("value", to: &out)
        if let value {
            try out.number(value, at: codingPath() + [CodingKeys.value])
        } else {
            out.raw("null")
        }
        o.close(to: &out)
    }
}

extension Deadline: PrettyJSONObject {
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("date", date, to: &out)
        o.field("kind", kind.rawValue, to: &out)
        o.field("text", text, to: &out)
        o.close(to: &out)
    }
}

extension BriefingSpans: PrettyJSONObject {
    /// Every field written, nulls and empty lists too (as `encode(to:)`).
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("date", date, to: &out)
        o.field("deadlines", deadlines, to: &out)
        o.field("deployed_measures", deployedMeasures, to: &out)
        o.field("headline", headline, to: &out)
        o.field("measures", measures, to: &out)
        o.field("meeting", meeting, to: &out)
        o.field("people", people, to: &out)
        o.field("requirements", requirements, to: &out)
        o.field("targets", targets, to: &out)
        o.field("time_of_day", timeOfDay, to: &out)
        o.field("unit", unit, to: &out)
        o.close(to: &out)
    }
}

extension PersonSpans: PrettyJSONObject {
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("name", name, to: &out)
        o.field("roles", roles, to: &out)
        o.close(to: &out)
    }
}

extension FactSpan: PrettyJSONObject {
    /// `text_offsets` null when absent, `pages` left out (as `encode(to:)`). A span whose lists are
    /// all pairs (every span the reader makes) is written after its file in one piece, with room made
    /// once: field by field, through `Object` and the array writer, it cost ~2,200 machine
    /// instructions a span (~30,000 spans on 2 MB of the genre mix).
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int) {
        // a span as the reader makes it: from its indentation's template
        if storedPages == nil, case .pair(let l0, let l1) = storedLines, case .pair(let o0, let o1) = storedOffsets {
            switch storedTextOffsets {
            case nil: return out.span(file: file, indent: indent, lines: (l0, l1), offsets: (o0, o1), textOffsets: nil)
            case .pair(let a, let b): return out.span(file: file, indent: indent, lines: (l0, l1), offsets: (o0, o1), textOffsets: (a, b))
            case .list: break
            }
        }
        guard case .pair(let l0, let l1) = storedLines, case .pair(let o0, let o1) = storedOffsets,
            storedTextOffsets?.isPair ?? true, storedPages?.isPair ?? true
        else { return appendJSONByFields(to: &out, indent: indent) }
        out.write(atMost: indent + 32) { room in
            room.put(0x7B)
            room.newline(indent + 2, comma: false)
            room.put("\"file\" : ")
        }
        out.repeatedString(file)
        let pages = storedPages?.bounds
        let textOffsets = storedTextOffsets?.bounds
        // four keys and four pairs at most, each line at most `indent + 4` spaces and 20 digits
        out.write(atMost: 17 * indent + 512) { room in
            room.newline(indent + 2, comma: true)
            room.put("\"lines\" : ")
            room.pair(l0, l1, indent: indent + 2)
            room.newline(indent + 2, comma: true)
            room.put("\"offsets\" : ")
            room.pair(o0, o1, indent: indent + 2)
            if let pages {
                room.newline(indent + 2, comma: true)
                room.put("\"pages\" : ")
                room.pair(pages.first, pages.last, indent: indent + 2)
            }
            room.newline(indent + 2, comma: true)
            room.put("\"text_offsets\" : ")
            if let textOffsets {
                room.pair(textOffsets.first, textOffsets.last, indent: indent + 2)
            } else {
                room.put("null")
            }
            room.newline(indent, comma: false)
            room.put(0x7D)
        }
    }

    /// `appendJSON(to:indent:)` field by field, for lists of other lengths (JSON read back).
    func appendJSONByFields(to out: inout PrettyJSON.Writer, indent: Int) {
        var o = PrettyJSON.Object(indent: indent, to: &out)
        o.field("file", file, to: &out)
        o.field("lines", lines, to: &out)
        o.field("offsets", offsets, to: &out)
        if let pages { o.field("pages", pages, to: &out) }
        o.field("text_offsets", textOffsets, to: &out)
        o.close(to: &out)
    }
}
