import BriefingReader
import Foundation
import ReportModel
import Testing

/// Every briefing the reader makes of the repository's corpora (the seeds, `Genre`, `Genre2`,
/// `Genre3`, `Classes`, `Formats`: plain text in four encodings, Traditional copies, .docx, .doc,
/// HTML, PDF) written by hand (`Briefing.appendPrettyJSON`, what `parse --json` prints) is the
/// encoder's JSON, byte for byte. `ReportModelTests.BriefingJSONTests` covers what the corpora do
/// not hold (escapes, numbers of every shape, NaN).
@Suite struct BriefingJSONCorpusTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let corpora =
        [here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")]
        + ["Genre", "Genre2", "Genre3", "Classes", "Formats"].map { here.appendingPathComponent($0) }

    @Test(arguments: corpora) func handWrittenIsTheEncodersJSON(folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var count = 0
        var withTargets = 0
        _ = BriefingReader().read(paths: [folder.path]) { b in
            count += 1
            if !b.targets.isEmpty { withTargets += 1 }
            var out: [UInt8] = []
            do {
                try b.appendPrettyJSON(to: &out, indent: 0)
                let want = try encoder.encode(b)
                #expect(out == Array(want), "\(b.id): \(String(decoding: out, as: UTF8.self))")
            } catch {
                Issue.record("\(b.id): \(error)")
            }
        }
        #expect(count >= 5, "\(folder.lastPathComponent): \(count) briefings")
        print("BriefingJSONCorpusTests \(folder.lastPathComponent): \(count) briefings, \(withTargets) with targets")
    }
}
