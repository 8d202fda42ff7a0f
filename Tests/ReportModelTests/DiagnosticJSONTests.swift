import Foundation
import ReportModel
import Testing

/// The hand-written diagnostic JSON (`parse --json`'s warnings) is the encoder's, byte for byte.
struct DiagnosticJSONTests {
    static func encoded(_ d: Diagnostic) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(d))
    }

    @Test func sameBytesAsTheEncoder() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let texts = [
            "dropped an item printed twice: “据悉，截至11月底，全市PM2.5平均浓度…”", controls, "a \"quoted\" \\ back/slash \u{7F} \u{2028} 😀",
            "", "removed 3 pinyin annotations",
        ]
        for text in texts {
            for d in [
                Diagnostic(severity: .warning, file: "a/b.txt", line: 12, message: text),
                Diagnostic(severity: .error, file: text, line: nil, message: "no briefing found in the file", hint: text),
                Diagnostic(severity: .info, file: "x", line: 0, message: text, hint: "h"),
            ] {
                var out: [UInt8] = []
                d.appendPrettyJSON(to: &out, indent: 0)
                #expect(String(decoding: out, as: UTF8.self) == String(decoding: try Self.encoded(d), as: UTF8.self))
            }
        }
    }

    /// Each byte the encoder escapes, and its neighbours that it does not, at every position of
    /// strings longer and shorter than the eight bytes the writer checks at a time.
    @Test func escapesAtEveryPosition() throws {
        let scalars: [Unicode.Scalar] = ["\u{0}", "\u{8}", "\n", "\u{1F}", " ", "!", "\"", "#", "[", "\\", "]", "\u{7F}", "中", "😀"]
        for length in [1, 7, 8, 9, 16, 19] {
            for at in 0..<length {
                for c in scalars {
                    let text = String(repeating: "a", count: at) + String(c) + String(repeating: "b", count: length - at - 1)
                    let d = Diagnostic(file: "f", line: 1, message: text)
                    var out: [UInt8] = []
                    d.appendPrettyJSON(to: &out, indent: 0)
                    #expect(out == (try Self.encoded(d)), "\(length) \(at) \(c.value)")
                }
            }
        }
    }

    @Test func indented() {
        var out: [UInt8] = []
        Diagnostic(file: "f", line: 3, message: "m").appendPrettyJSON(to: &out, indent: 4)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("    ") })
        #expect(text.hasSuffix("    }"))
    }
}
