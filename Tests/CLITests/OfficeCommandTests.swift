import Foundation
import Testing

/// The office workflow end to end: `--docx` beside the PDF, the review sheet and its import.
@Suite struct OfficeCommandTests {
    @Test func docxIsWrittenBesideThePDFAndOnlyWithIt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["SOURCE_DATE_EPOCH": "1511136000"]
        let json = dir.appendingPathComponent("c.json")
        try Data(#"[["doctitle", "关于测试的通报"], ["h1", "一、情况"], ["p", "正文“引号”——破折号。"]]"#.utf8).write(to: json)
        let r = try CLIRunner.run(["render", json.path, "--output", dir.path + "/", "--docx", dir.path + "/", "--quiet"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let docx = dir.appendingPathComponent("c.docx")
        let first = try Data(contentsOf: docx)
        #expect(first.prefix(2) == Data([0x50, 0x4B]))  // a zip container
        // the same content, the same bytes
        _ = try CLIRunner.run(["render", json.path, "--output", dir.path + "/", "--docx", docx.path, "--quiet"], environment: env)
        #expect(try Data(contentsOf: docx) == first)
        // a wrong extension is a usage error before anything is written
        let bad = try CLIRunner.run([
            "render", json.path, "--output", dir.appendingPathComponent("x.pdf").path, "--docx", dir.appendingPathComponent("x.doc").path,
        ])
        #expect(bad.status == 64)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))
    }

    @Test func reviewSheetRoundTripsAndABadSheetStoresNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLIRunner.run(["import", "--db", db, "seeds/"]).status == 0)
        let r = try CLIRunner.run(["review", "--db", db, "--week", "2017-W46", "--output", dir.path + "/"])
        #expect(r.status == 0, "\(r.stderr)")
        let sheet = dir.appendingPathComponent("review-2017-W46.xlsx").path
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == sheet)
        // the sheet as written imports cleanly with no correction
        let same = try CLIRunner.run(["import", "--db", db, "--review", sheet])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("0 corrections of 6 items"), "\(same.stdout)")
        // not a sheet at all: refused by name, exit 65
        let junk = dir.appendingPathComponent("junk.xlsx")
        try Data("not a zip".utf8).write(to: junk)
        let refused = try CLIRunner.run(["import", "--db", db, "--review", junk.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("junk.xlsx"))
        let missing = try CLIRunner.run(["import", "--db", db, "--review", dir.appendingPathComponent("none.xlsx").path])
        #expect(missing.status == 66)
    }
}
