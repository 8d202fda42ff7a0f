/// A briefing's JSON written by hand: the bytes `JSONEncoder` writes for it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`, each line indented by `indent` more spaces (an
/// empty array's blank line stays blank). On distinct items the encoder's tree of each briefing was
/// a tenth of `parse --json`. Each type writes the fields its `encode(to:)` writes, in the UTF-8
/// order of their keys: nulls where it encodes an optional, nothing where it (or the synthesized
/// conformance) skips a nil. `BriefingJSONTests` holds the bytes equal to the encoder's.
extension Briefing {
    /// Throws the encoder's error for a target whose value JSON cannot hold (NaN, infinity), with
    /// what was written so far left in `out`.
    public func appendPrettyJSON(to out: inout [UInt8], indent: Int) throws(EncodingError) {
        PrettyJSON.pad(indent, to: &out)
        try appendJSON(to: &out, indent: indent)
    }

    /// The object from the current position, its closing brace at column `indent`.
    func appendJSON(to out: inout [UInt8], indent: Int) throws(EncodingError) {
        typealias J = PrettyJSON
        J.key("date", first: true, indent: indent, to: &out)
        J.string(date, to: &out)
        J.key("date_text", indent: indent, to: &out)
        J.string(dateText, to: &out)
        J.key("deadlines", indent: indent, to: &out)
        J.array(deadlines, indent: indent + 2, to: &out) { d, o, i in d.appendJSON(to: &o, indent: i) }
        J.key("deployed_measures", indent: indent, to: &out)
        J.array(deployedMeasures, indent: indent + 2, to: &out) { m, o, i in m.appendJSON(to: &o, indent: i) }
        J.key("headline", indent: indent, to: &out)
        J.string(headline, to: &out)
        J.key("id", indent: indent, to: &out)
        J.string(id, to: &out)
        J.key("measure_kinds", indent: indent, to: &out)
        J.array(measureKinds, indent: indent + 2, to: &out) { k, o, _ in J.string(k.rawValue, to: &o) }
        J.key("measures", indent: indent, to: &out)
        J.strings(measures, indent: indent + 2, to: &out)
        J.key("meeting", indent: indent, to: &out)
        J.string(meeting, to: &out)
        J.key("people", indent: indent, to: &out)
        J.array(people, indent: indent + 2, to: &out) { p, o, i in p.appendJSON(to: &o, indent: i) }
        J.key("requirements", indent: indent, to: &out)
        J.strings(requirements, indent: indent + 2, to: &out)
        J.key("source", indent: indent, to: &out)
        source.appendJSON(to: &out, indent: indent + 2)
        J.key("spans", indent: indent, to: &out)
        spans.appendJSON(to: &out, indent: indent + 2)
        J.key("targets", indent: indent, to: &out)
        var index = 0
        try J.array(targets, indent: indent + 2, to: &out) { (t, o, i) throws(EncodingError) in
            defer { index += 1 }
            try t.appendJSON(to: &o, indent: i, at: [CodingKeys.targets, J.IndexKey(intValue: index)])
        }
        J.key("text", indent: indent, to: &out)
        J.string(text, to: &out)
        J.key("time_of_day", indent: indent, to: &out)
        J.string(timeOfDay, to: &out)
        J.key("topics", indent: indent, to: &out)
        J.strings(topics, indent: indent + 2, to: &out)
        J.key("unit", indent: indent, to: &out)
        J.string(unit, to: &out)
        J.key("year_inferred", indent: indent, to: &out)
        J.bool(yearInferred, to: &out)
        J.closeObject(indent: indent, to: &out)
    }
}

extension SourceSpan {
    /// `format` and `pages` left out when nil (the synthesized conformance).
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.key("encoding", first: true, indent: indent, to: &out)
        J.string(encoding, to: &out)
        J.key("file", indent: indent, to: &out)
        J.string(file, to: &out)
        if let format {
            J.key("format", indent: indent, to: &out)
            J.string(format, to: &out)
        }
        J.key("lines", indent: indent, to: &out)
        J.ints(lines, indent: indent + 2, to: &out)
        if let pages {
            J.key("pages", indent: indent, to: &out)
            J.ints(pages, indent: indent + 2, to: &out)
        }
        J.key("script", indent: indent, to: &out)
        J.string(script, to: &out)
        J.closeObject(indent: indent, to: &out)
    }
}

extension Person {
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.key("name", first: true, indent: indent, to: &out)
        J.string(name, to: &out)
        J.key("roles", indent: indent, to: &out)
        J.strings(roles, indent: indent + 2, to: &out)
        J.key("title", indent: indent, to: &out)
        J.string(title, to: &out)
        J.closeObject(indent: indent, to: &out)
    }
}

extension DeployedMeasure {
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.key("items", first: true, indent: indent, to: &out)
        J.strings(items, indent: indent + 2, to: &out)
        J.key("text", indent: indent, to: &out)
        J.string(text, to: &out)
        J.closeObject(indent: indent, to: &out)
    }
}

extension Target {
    /// `codingPath` is where the target lies, for the error of a value JSON cannot hold.
    func appendJSON(to out: inout [UInt8], indent: Int, at codingPath: @autoclosure () -> [any CodingKey] = []) throws(EncodingError) {
        typealias J = PrettyJSON
        J.key("comparator", first: true, indent: indent, to: &out)
        J.string(comparator, to: &out)
        J.key("deadline", indent: indent, to: &out)
        J.string(deadline, to: &out)
        J.key("kind", indent: indent, to: &out)
        J.string(kind.rawValue, to: &out)
        J.key("metric", indent: indent, to: &out)
        J.string(metric, to: &out)
        J.key("text", indent: indent, to: &out)
        J.string(text, to: &out)
        J.key("unit", indent: indent, to: &out)
        J.string(unit, to: &out)
        J.key("value", indent: indent, to: &out)
        if let value {
            try J.number(value, at: codingPath() + [CodingKeys.value], to: &out)
        } else {
            out += "null".utf8
        }
        J.closeObject(indent: indent, to: &out)
    }
}

extension Deadline {
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.key("date", first: true, indent: indent, to: &out)
        J.string(date, to: &out)
        J.key("kind", indent: indent, to: &out)
        J.string(kind.rawValue, to: &out)
        J.key("text", indent: indent, to: &out)
        J.string(text, to: &out)
        J.closeObject(indent: indent, to: &out)
    }
}

extension BriefingSpans {
    /// Every field written, nulls and empty lists too (as `encode(to:)`).
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        func single(_ span: FactSpan?, _ o: inout [UInt8]) {
            if let span { span.appendJSON(to: &o, indent: indent + 2) } else { o += "null".utf8 }
        }
        func list(_ spans: [FactSpan], _ o: inout [UInt8]) {
            J.array(spans, indent: indent + 2, to: &o) { s, o, i in s.appendJSON(to: &o, indent: i) }
        }
        J.key("date", first: true, indent: indent, to: &out)
        single(date, &out)
        J.key("deadlines", indent: indent, to: &out)
        list(deadlines, &out)
        J.key("deployed_measures", indent: indent, to: &out)
        list(deployedMeasures, &out)
        J.key("headline", indent: indent, to: &out)
        single(headline, &out)
        J.key("measures", indent: indent, to: &out)
        list(measures, &out)
        J.key("meeting", indent: indent, to: &out)
        single(meeting, &out)
        J.key("people", indent: indent, to: &out)
        J.array(people, indent: indent + 2, to: &out) { p, o, i in p.appendJSON(to: &o, indent: i) }
        J.key("requirements", indent: indent, to: &out)
        list(requirements, &out)
        J.key("targets", indent: indent, to: &out)
        list(targets, &out)
        J.key("time_of_day", indent: indent, to: &out)
        single(timeOfDay, &out)
        J.key("unit", indent: indent, to: &out)
        single(unit, &out)
        J.closeObject(indent: indent, to: &out)
    }
}

extension PersonSpans {
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.key("name", first: true, indent: indent, to: &out)
        name.appendJSON(to: &out, indent: indent + 2)
        J.key("roles", indent: indent, to: &out)
        J.array(roles, indent: indent + 2, to: &out) { s, o, i in s.appendJSON(to: &o, indent: i) }
        J.closeObject(indent: indent, to: &out)
    }
}

extension FactSpan {
    /// `text_offsets` null when absent, `pages` left out (as `encode(to:)`).
    func appendJSON(to out: inout [UInt8], indent: Int) {
        typealias J = PrettyJSON
        J.key("file", first: true, indent: indent, to: &out)
        J.string(file, to: &out)
        J.key("lines", indent: indent, to: &out)
        J.ints(lines, indent: indent + 2, to: &out)
        J.key("offsets", indent: indent, to: &out)
        J.ints(offsets, indent: indent + 2, to: &out)
        if let pages {
            J.key("pages", indent: indent, to: &out)
            J.ints(pages, indent: indent + 2, to: &out)
        }
        J.key("text_offsets", indent: indent, to: &out)
        if let textOffsets { J.ints(textOffsets, indent: indent + 2, to: &out) } else { out += "null".utf8 }
        J.closeObject(indent: indent, to: &out)
    }
}
