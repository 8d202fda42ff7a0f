import Foundation
import Testing

/// Issue 12: an item the reader cannot date (近日, a 简报's later item without its own date) is
/// stored but belongs to no week; `import` names each one, `weekly` counts them, `review` lists
/// them so a clerk can date them. Run on the real genre files.
@Suite struct UndatedItemsTests {
    static let genre = "Tests/BriefingReaderTests/Genre"

    static func genreFiles() throws -> [String] {
        let dir = CLIRunner.packageRoot.appendingPathComponent(genre)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            "\(genre)/\($0)"
        }
    }

    /// The warning lines of `stderr` that name an undated item.
    static func undatedLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: item ") && $0.contains(" has no date: ") }
    }

    @Test func importNamesEveryUndatedItemAndStillSucceeds() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("u.sqlite").path
        let r = try CLIRunner.run(["import", "--db", db] + Self.genreFiles())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 refused;"), "\(r.stdout)")
        let lines = Self.undatedLines(r.stderr)
        // the file and first line of the item, its headline, and what to do
        for (file, line, id, headline) in [
            ("g02_district_jianbao.txt", 9, "g02_district_jianbao#3", "简报三：我区农村散煤治理取得阶段性成效"),
            ("g16_jianbao_bracket_markers.txt", 6, "g16_jianbao_bracket_markers#2", "【简报二】我县开展餐饮油烟专项整治"),
            ("g27_jianbao_dayonly.txt", 7, "g27_jianbao_dayonly#2", "县环保局开展夜间巡查"),
        ] {
            let prefix = "\(Self.genre)/\(file):\(line): warning: item \(id) “\(headline)” has no date"
            #expect(lines.contains { $0.hasPrefix(prefix) }, "no warning \(prefix) in:\n\(r.stderr)")
        }
        #expect(lines.allSatisfy { $0.contains("tongbao review --week") && $0.contains("import --review") })
        // nothing else on stderr: every line is such a warning
        #expect(r.stderr.split(separator: "\n").count == lines.count, "\(r.stderr)")
        // an unchanged import still names them: they are still in no notice
        let again = try CLIRunner.run(["import", "--db", db] + Self.genreFiles())
        #expect(again.status == 0)
        #expect(Self.undatedLines(again.stderr) == lines)
    }

    @Test func weeklySaysHowManyItemsAreInNoNoticeEvenWhenQuiet() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("u.sqlite").path
        let imported = try CLIRunner.run(["import", "--db", db] + Self.genreFiles())
        let n = Self.undatedLines(imported.stderr).count
        #expect(n >= 3)
        let out = dir.path + "/"
        let r = try CLIRunner.run(["weekly", "--db", db, "--week", "2017-W49", "--output", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("have no date") }
        #expect(
            warnings == [
                "tongbao: warning: \(n) stored items have no date and are in no weekly notice "
                    + "(tongbao import named them; date them in a review sheet: tongbao review --week WEEK)"
            ],
            "\(r.stderr)")
        // files read on the fly (--input): their undated items are counted too
        let input = try CLIRunner.run([
            "weekly", "--input", "\(Self.genre)/g16_jianbao_bracket_markers.txt", "--week", "2017-W49", "--output", out + "i.pdf",
            "--quiet",
        ])
        #expect(input.status == 0, "\(input.stderr)")
        #expect(input.stderr.contains("tongbao: warning: 1 item of the input files has no date and is in no notice"), "\(input.stderr)")
        // a store without undated items says nothing of them
        let seedless = dir.appendingPathComponent("d.sqlite").path
        #expect(try CLIRunner.run(["import", "--db", seedless, "\(Self.genre)/g01_county_benbaoxun.txt"]).status == 0)
        let quiet = try CLIRunner.run(["weekly", "--db", seedless, "--week", "2017-W49", "--output", out + "d.pdf", "--quiet"])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("no date"), "\(quiet.stderr)")
    }

    @Test func everyReviewSheetListsTheUndatedItemsAndImportsAsItIs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("u.sqlite").path
        let imported = try CLIRunner.run(["import", "--db", db] + Self.genreFiles())
        let n = Self.undatedLines(imported.stderr).count
        // a week with no item: the sheet holds just the undated ones
        let r = try CLIRunner.run(["review", "--db", db, "--week", "2030-W01", "--output", dir.path + "/"])
        #expect(r.status == 0, "\(r.stderr)")
        let back = try CLIRunner.run(["import", "--db", db, "--review", dir.path + "/review-2030-W01.xlsx"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("0 corrections of \(n) items"), "\(back.stdout)")
    }
}
