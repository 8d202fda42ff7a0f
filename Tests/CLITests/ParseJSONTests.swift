import Foundation
import ReportModel
import Testing

/// `parse --json` writes its result a briefing and a diagnostic at a time: the bytes must be those
/// of encoding the whole result at once (the JSON is read back and encoded whole to compare).
@Suite struct ParseJSONTests {
    func encodedWhole(_ stdout: String) throws -> String {
        let result = try JSONDecoder().decode(ParseResult.self, from: Data(stdout.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self) + "\n"
    }

    @Test func streamedJSONIsTheWholeEncoding() throws {
        let p = try CLIRunner.run(["parse", "seeds/", "--json", "--verbose"])
        #expect(p.status == 0, "\(p.stderr)")
        let result = try JSONDecoder().decode(ParseResult.self, from: Data(p.stdout.utf8))
        #expect(result.briefings.count > 10 && result.warnings.count > 10)
        #expect(p.stdout == (try encodedWhole(p.stdout)))
    }

    /// Info notes (a line rejoined) are in the JSON and on stderr with --verbose only; the rest of
    /// the output is the same either way.
    @Test func infoNotesOnlyWithVerbose() throws {
        let s = try Scratch()
        defer { s.remove() }
        let text = "11月2日，临泽县召开大气污染防治工作推进会，副县长郭红出席\n会议并讲话。会议要求，各乡镇要加强秸秆禁烧\n巡查，确保不出现火点。\n"
        let file = try s.write("wrapped.txt", text)
        let quiet = try CLIRunner.run(["parse", file, "--json"])
        let loud = try CLIRunner.run(["parse", file, "--json", "--verbose"])
        #expect(quiet.status == 0 && loud.status == 0, "\(quiet.stderr)\(loud.stderr)")
        let a = try JSONDecoder().decode(ParseResult.self, from: Data(quiet.stdout.utf8))
        let b = try JSONDecoder().decode(ParseResult.self, from: Data(loud.stdout.utf8))
        #expect(b.warnings.filter { $0.severity == .info }.count == 2)
        #expect(a.warnings == b.warnings.filter { $0.severity != .info })
        #expect(a.briefings == b.briefings)
        #expect(loud.stderr.contains("rejoined a sentence broken across lines") && !quiet.stderr.contains("rejoined"))
    }

    @Test func emptyArraysAsTheEncoderWritesThem() throws {
        let s = try Scratch()
        defer { s.remove() }
        let file = try s.write("minutes.txt", "Minutes of the meeting.\nNothing was decided.\n")
        let p = try CLIRunner.run(["parse", file, "--json"])
        #expect(p.status == 65)
        #expect(p.stdout.contains("\"briefings\" : [\n\n  ],"))
        #expect(p.stdout == (try encodedWhole(p.stdout)))
    }
}

extension ParseJSONTests {
    /// A number too long for a Double (400 nines) is infinity, which JSON cannot hold: the
    /// encoder's error, naming where it lies, an input error, and no JSON on stdout.
    @Test func aNumberJSONCannotHoldIsAnInputError() throws {
        let s = try Scratch()
        defer { s.remove() }
        let nines = String(repeating: "9", count: 400)
        let file = try s.write("inf.txt", "高新区召开大气污染防治工作会议\n11月14日上午，高新区召开大气污染防治工作会议。会议要求，今年优良天数不少于\(nines)天。\n")
        let p = try CLIRunner.run(["parse", file, "--json"])
        #expect(p.status == 65)
        #expect(
            p.stderr.contains("cannot encode the result as JSON: EncodingError.invalidValue: inf (Double). Path: targets[0].value."),
            "\(p.stderr)")
        #expect(p.stdout.isEmpty)
    }
}
