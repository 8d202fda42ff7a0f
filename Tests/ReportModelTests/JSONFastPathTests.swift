import Foundation
import Testing

@testable import ReportModel

/// The JSON writer's fast paths give the bytes of the plain ones: a span written from its
/// template (`JSONSpanTemplate`) those written field by field, a string's escape scan (eight bytes
/// at a time) the encoder's escapes wherever they stand, `Room.int` every width of digits.
struct JSONFastPathTests {
    static func bytes(_ body: (inout PrettyJSON.Writer) -> Void) -> [UInt8] {
        var w = PrettyJSON.Writer(capacity: 64)
        body(&w)
        return w.withBytes { Array($0) }
    }

    static func encoded(_ s: String) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array(try encoder.encode(s))
    }

    static let files = [
        "a.txt", "", "d/\"x\".txt", "back\\slash.txt", "tab\there\nnew\u{1}\u{1F}.txt", "\u{7F}del", "中文/简报 2017.txt",
        "😀𠀀", String(repeating: "long-name/", count: 30) + "x.txt", "\"", "\\", "12345678", "1234567\"",
    ]

    /// A span of pairs written from the template (`appendJSON`) is the one written field by field,
    /// at several indentations, with and without text offsets, for files needing escapes; several
    /// spans of one writer (the templates kept and replaced) included.
    @Test func spanTemplateAsFieldByField() {
        let numbers: [(Int, Int)] = [(0, 0), (1, 2), (9, 10), (99, 100), (-1, Int.max), (Int.min, 0), (123_456, 7)]
        var bad: [String] = []
        for indent in [0, 2, 4, 6, 8, 13, 40] {
            for file in Self.files {
                for (k, lines) in numbers.enumerated() {
                    let offsets = numbers[(k + 1) % numbers.count]
                    for textOffsets in [nil, numbers[(k + 2) % numbers.count]] {
                        let span = FactSpan(file: file, lines: lines, offsets: offsets, textOffsets: textOffsets)
                        let fast = Self.bytes { span.appendJSON(to: &$0, indent: indent) }
                        let plain = Self.bytes { span.appendJSONByFields(to: &$0, indent: indent) }
                        if fast != plain {
                            bad.append("\(indent) \(file.debugDescription): \(String(decoding: fast, as: UTF8.self).debugDescription)")
                        }
                    }
                }
            }
        }
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(3))")
        // one writer, spans of files and indentations one after another
        var spans: [(FactSpan, Int)] = []
        for file in Self.files + Self.files.reversed() {
            for indent in [4, 8, 4] { spans.append((FactSpan(file: file, lines: (1, 2), offsets: (3, 4), textOffsets: (5, 6)), indent)) }
        }
        let fast = Self.bytes { w in for (s, i) in spans { s.appendJSON(to: &w, indent: i) } }
        let plain = Self.bytes { w in for (s, i) in spans { s.appendJSONByFields(to: &w, indent: i) } }
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: plain, as: UTF8.self))
    }

    /// `Writer.string` escapes as the encoder does, an escape at every position 0…17 of a string
    /// and at its end, of every kind (quote, backslash, each control character), among ASCII and
    /// non-ASCII bytes.
    @Test func stringEscapesAtEveryPosition() throws {
        var escapes = ["\"", "\\"] + (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) }
        escapes += ["\u{7F}", "/", "\u{2028}"]  // not escaped
        var bad: [String] = []
        for filler in ["a", "中", "é"] {
            for length in [0, 1, 7, 8, 9, 15, 16, 17, 18, 24, 33] {
                let base = String(repeating: filler, count: length)
                let plain = try Self.encoded(base)
                if Self.bytes({ $0.string(base) }) != plain { bad.append(base) }
                for e in escapes {
                    for at in 0...length {
                        var chars = Array(base)
                        chars.insert(Character(e), at: at)
                        let s = String(chars)
                        if Self.bytes({ $0.string(s) }) != (try Self.encoded(s)) { bad.append(s.debugDescription) }
                        // and two escapes, the second at the end
                        let s2 = s + e
                        if Self.bytes({ $0.string(s2) }) != (try Self.encoded(s2)) { bad.append(s2.debugDescription) }
                    }
                }
            }
        }
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(5))")
        // a string not stored contiguously (bridged or lazily made) goes through its copy
        let made = String(decoding: Array("x\"y\\z".utf8), as: UTF8.self)
        #expect(Self.bytes { $0.string(made) } == (try Self.encoded(made)))
    }

    /// `Room.int` writes the digits `String(n)` gives for every width and sign.
    @Test func intDigitsOfEveryWidth() {
        var ints = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, Int.max, Int.min, Int.min + 1, -1, -9, -10]
        var p = 1
        while p <= Int.max / 10 {
            p *= 10
            ints += [p - 1, p, p + 1, -p, -(p - 1)]
        }
        for n in ints {
            let out = Self.bytes { w in w.write(atMost: 24) { $0.int(n) } }
            #expect(String(decoding: out, as: UTF8.self) == String(n))
            let viaWriter = Self.bytes { $0.int(n) }
            #expect(String(decoding: viaWriter, as: UTF8.self) == String(n))
        }
    }
}
