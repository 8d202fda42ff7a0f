import Foundation
import Testing

/// `--ofd` beside the PDF: written with it, the same bytes for the same content, a wrong
/// extension refused before anything is written.
@Suite struct OFDCommandTests {
    @Test func ofdIsWrittenBesideThePDFAndOnlyWithIt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["SOURCE_DATE_EPOCH": "1511136000"]
        let json = dir.appendingPathComponent("c.json")
        try Data(#"[["doctitle", "关于测试的通报"], ["h1", "一、情况"], ["p", "正文“引号”——破折号。"]]"#.utf8).write(to: json)
        let r = try CLIRunner.run(["render", json.path, "--output", dir.path + "/", "--ofd", dir.path + "/", "--quiet"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let ofd = dir.appendingPathComponent("c.ofd")
        let first = try Data(contentsOf: ofd)
        #expect(first.prefix(2) == Data([0x50, 0x4B]))  // a zip container
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c.pdf").path))
        // no temporary left beside them
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        // the same content, the same bytes
        _ = try CLIRunner.run(["render", json.path, "--output", dir.path + "/", "--ofd", ofd.path, "--quiet"], environment: env)
        #expect(try Data(contentsOf: ofd) == first)
        // a wrong extension is a usage error before anything is written
        let bad = try CLIRunner.run([
            "render", json.path, "--output", dir.appendingPathComponent("x.pdf").path, "--ofd", dir.appendingPathComponent("x.pdf").path,
        ])
        #expect(bad.status == 64)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))
    }
}
