import Foundation
import Testing

/// `tongbao render`, `--emit-content` and `--png-long` end to end.
@Suite struct RenderCommandTests {
    @Test func anUnknownBlockIsRefusedWithItsIndex() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = dir.appendingPathComponent("c.json")
        try Data(#"[["doctitle", "标题"], ["p", "正文。"], ["bogus", "x"]]"#.utf8).write(to: json)
        let out = dir.appendingPathComponent("c.pdf").path
        let r = try CLIRunner.run(["render", json.path, "--output", out])
        #expect(r.status == 65)
        #expect(r.stderr.contains("block 2: unknown block 'bogus'"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let missing = try CLIRunner.run(["render", dir.appendingPathComponent("none.json").path, "--output", out])
        #expect(missing.status == 66)
        let good = dir.appendingPathComponent("g.json")
        try Data(#"[["p", "正文。"]]"#.utf8).write(to: good)
        let badOut = try CLIRunner.run(["render", good.path, "--output", dir.appendingPathComponent("c.txt").path])
        #expect(badOut.status == 64)
    }

    @Test func weeklyContentRendersToTheSamePagesWithALongImage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["SOURCE_DATE_EPOCH": "1511136000"]
        let weeklyPDF = dir.appendingPathComponent("w.pdf").path
        let content = dir.appendingPathComponent("w.json").path
        let w = try CLIRunner.run(
            [
                "weekly", "--week", "2017-W46", "--input", "seeds/", "--output", weeklyPDF, "--emit-content", content, "--png-long",
                dir.path + "/", "--quiet",
            ], environment: env)
        #expect(w.status == 0, "\(w.stderr)")
        #expect(FileManager.default.fileExists(atPath: content))
        let png = dir.appendingPathComponent("w.png")
        let header = try Data(contentsOf: png).prefix(24)
        #expect(header.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let height = header[20..<24].reduce(0) { $0 << 8 | Int($1) }
        let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(height > width, "pages stacked")

        let rendered = dir.appendingPathComponent("r.pdf").path
        let r = try CLIRunner.run(["render", content, "--output", rendered, "--quiet"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        // the same content gives the same PDF
        #expect(try Data(contentsOf: URL(fileURLWithPath: rendered)) == Data(contentsOf: URL(fileURLWithPath: weeklyPDF)))
    }
}
