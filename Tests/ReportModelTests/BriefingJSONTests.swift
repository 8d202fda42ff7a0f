import Foundation
import ReportModel
import Testing

/// The hand-written briefing JSON (`parse --json`'s briefings) is the encoder's, byte for byte, on
/// briefings made by hand to reach every branch: nulls and absent fields, empty and full lists,
/// strings that need escaping, numbers of every shape. `BriefingReaderTests.BriefingJSONCorpusTests`
/// compares it on every briefing the reader makes of the corpora.
struct BriefingJSONTests {
    static func encoded(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// The encoder's bytes with every line indented as `parse --json` nests them (a blank line
    /// stays blank).
    static func indented(_ bytes: [UInt8], by n: Int) -> [UInt8] {
        var out: [UInt8] = []
        var atLineStart = true
        for b in bytes {
            if atLineStart && b != 0x0A { out += repeatElement(0x20, count: n) }
            out.append(b)
            atLineStart = b == 0x0A
        }
        return out
    }

    /// Hand-written against the encoder, at the top level and four columns in.
    static func expectSame(_ b: Briefing, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for indent in [0, 4] {
            var out: [UInt8] = []
            try b.appendPrettyJSON(to: &out, indent: indent)
            let want = Self.indented(try Self.encoded(b), by: indent)
            #expect(String(decoding: out, as: UTF8.self) == String(decoding: want, as: UTF8.self), sourceLocation: sourceLocation)
        }
    }

    static let awkward = [
        "", "a \"quoted\" \\ back/slash", String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))),
        "\u{7F} \u{2028} \u{2029} \u{FEFF} 😀 𠀀 “全市”", "中央环保督察\n第二段\r\n\t", "</script>",
    ]

    @Test func nullsAndEmptyLists() throws {
        try Self.expectSame(Briefing(id: "", source: SourceSpan(file: "", lines: [], encoding: ""), text: ""))
        try Self.expectSame(
            Briefing(
                id: "x#1", source: SourceSpan(file: "x.txt", lines: [1, 1], encoding: "utf-8"),
                people: [Person(name: "张三")], measures: ["封土令"], measureKinds: [.slogan], deployedMeasures: [DeployedMeasure(text: "")],
                targets: [Target(text: "t")], deadlines: [Deadline(text: "d")], text: "t",
                spans: BriefingSpans(
                    people: [PersonSpans(name: FactSpan(file: "", lines: [], offsets: []))],
                    measures: [FactSpan(file: "f", lines: [], offsets: [], textOffsets: [])])))
    }

    @Test func everyFieldFilled() throws {
        let span = FactSpan(file: "a/b.pdf", lines: [3, 4], offsets: [-1, 120], textOffsets: [0, 7], pages: [2, 2])
        for text in Self.awkward {
            let b = Briefing(
                id: text,
                source: SourceSpan(file: text, lines: [1, 90], encoding: "gb18030", script: "traditional", format: "pdf", pages: [1, 3]),
                headline: text, date: "2017-11-14", dateText: text, yearInferred: true, timeOfDay: text, unit: text, meeting: text,
                people: [Person(name: text, title: text, roles: [text, "主持"]), Person(name: "李四", roles: ["讲话"])],
                requirements: [text, text], measures: [text, "一厂一策"], measureKinds: [.measure, .part],
                deployedMeasures: [DeployedMeasure(text: text, items: [text, "b"]), DeployedMeasure(text: "c")],
                targets: [
                    Target(text: text, metric: text, comparator: ">=", value: 66, unit: text, deadline: "2017-12-31", kind: .statistic),
                    Target(text: "", value: -0.5),
                ],
                deadlines: [Deadline(text: text, date: "2017-06-30", kind: .period), Deadline(text: "")], topics: [text, "扬尘"], text: text,
                spans: BriefingSpans(
                    headline: span, date: FactSpan(file: text, lines: [1, 1], offsets: [0, 0]), timeOfDay: span, unit: span, meeting: span,
                    people: [PersonSpans(name: span, roles: [span, span]), PersonSpans(name: span)], requirements: [span, span],
                    measures: [span], deployedMeasures: [span], targets: [span], deadlines: [span]))
            try Self.expectSame(b)
        }
    }

    @Test func numbersAsTheEncoderWritesThem() throws {
        let values: [Double] = [
            0, -0.0, 1, -1, 66, 8600, 25_000, 0.1, 35.5, -2.5, 2.0 / 3, 0.1 + 0.2, 1e-4, 1e-5, 1e-7, 1e15, 1e16, 1e17, 1e21,
            123_456_789_012_345_680, 9_007_199_254_740_992, 1.5e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .leastNormalMagnitude, .leastNonzeroMagnitude, 4.35, 2.5e4, 0.000_001_5,
        ]
        // bit patterns of every exponent, and decimals as the reader parses them (SplitMix64: the same every run)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let patterns = (0..<300).map { _ in Double(bitPattern: next()) }.filter(\.isFinite)
        let decimals = (0..<300).compactMap { _ in Double("\(next() % 100_000).\(next() % 1000)") }
        for v in values + patterns + decimals {
            try Self.expectSame(
                Briefing(
                    id: "n", source: SourceSpan(file: "f", lines: [1, 1], encoding: "utf-8"), targets: [Target(text: "t", value: v)],
                    text: ""))
        }
    }

    @Test func integersOfEveryWidth() throws {
        var ints = [0, 1, -1, 9, 10, 11, 99, 100, 101, 999_999, 1_000_000, Int.max, Int.min, Int.min + 1]
        var p = 1
        while p <= Int.max / 10 {
            p *= 10
            ints += [p - 1, p, p + 1, -p]
        }
        let span = FactSpan(file: "f", lines: ints, offsets: ints.reversed(), textOffsets: ints, pages: ints)
        try Self.expectSame(
            Briefing(
                id: "i", source: SourceSpan(file: "f", lines: ints, encoding: "utf-8", pages: ints), text: "",
                spans: BriefingSpans(headline: span)))
    }

    /// A span whose lists are all pairs is written in one piece (`FactSpan.appendJSON`), any other
    /// field by field: the encoder's bytes for every mix of lengths, at every depth spans are at.
    @Test func spansOfPairsAndOtherLists() throws {
        let lists: [[Int]?] = [nil, [], [7], [1, 2], [Int.min, Int.max], [-10, 1_000_000_000], [3, 4, 5]]
        var spans: [FactSpan] = []
        for lines in lists.compactMap(\.self) {
            for offsets in lists.compactMap(\.self) {
                for textOffsets in lists {
                    for pages in lists {
                        spans.append(FactSpan(file: "d/\"x\".txt", lines: lines, offsets: offsets, textOffsets: textOffsets, pages: pages))
                    }
                }
            }
        }
        // files of one length one after the other, and the same file in a string of its own
        for file in ["a.txt", "b.txt", ["a", ".txt"].joined(), "a.txt"] {
            spans.append(FactSpan(file: file, lines: (1, 2), offsets: (0, 99), textOffsets: (3, 4)))
        }
        spans.append(FactSpan(file: "", lines: (-1, Int.max), offsets: (Int.min, 0)))
        for s in spans.prefix(40) {
            try Self.expectSame(
                Briefing(
                    id: "s", source: SourceSpan(file: "f", lines: [1, 1], encoding: "utf-8"), text: "",
                    spans: BriefingSpans(headline: s, people: [PersonSpans(name: s, roles: [s, s])])))
        }
        try Self.expectSame(
            Briefing(
                id: "s", source: SourceSpan(file: "f", lines: [1, 1], encoding: "utf-8"), text: "",
                spans: BriefingSpans(people: [PersonSpans(name: spans[0], roles: spans)], requirements: spans)))
    }

    /// NaN and infinity: the encoder's error, to the letter (`parse --json` prints it), with the
    /// bytes written before it left in place.
    @Test func nonFiniteNumbersThrowTheEncodersError() throws {
        for v in [Double.nan, .infinity, -.infinity, .signalingNaN] {
            let b = Briefing(
                id: "n", source: SourceSpan(file: "f", lines: [1, 1], encoding: "utf-8"),
                targets: [Target(text: "ok", value: 1), Target(text: "bad", value: v)], text: "")
            var want = ""
            do { _ = try Self.encoded(b) } catch { want = "\(error)" }
            #expect(want.contains("targets[1].value"), "\(want)")
            var out: [UInt8] = []
            #expect(throws: EncodingError.self) { try b.appendPrettyJSON(to: &out, indent: 4) }
            do { try b.appendPrettyJSON(to: &out, indent: 4) } catch { #expect("\(error)" == want) }
        }
    }
}
