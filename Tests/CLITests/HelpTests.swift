import Foundation
import Testing

/// The help text lives in `Sources/tongbao/Words/help.txt`: every command prints its help from
/// there (a missing key would stop the tool), and every key of the file is one the CLI asks for.
@Suite struct HelpTests {
    static let commands = [
        [], ["parse"], ["import"], ["weekly"], ["monthly"], ["render"], ["fonts"], ["review"], ["airquality"],
        ["airquality", "hourly"], ["airquality", "daily"], ["airquality", "monthly"],
    ]

    static func table() throws -> [String: String] {
        let file = CLIRunner.packageRoot.appendingPathComponent("Sources/tongbao/Words/help.txt")
        var out: [String: String] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.components(separatedBy: " = ")
            if parts.count >= 2 { out[parts[0]] = parts.dropFirst().joined(separator: " = ") }
        }
        return out
    }

    @Test(arguments: commands) func everyCommandPrintsItsHelp(_ command: [String]) throws {
        let r = try CLIRunner.run(command + ["--help"])
        #expect(r.status == 0, "\(command): \(r.stderr)")
        let key = (command.isEmpty ? ["tongbao"] : command).joined(separator: ".") + ".abstract"
        let abstract = try #require(try Self.table()[key], "\(key) missing from help.txt")
        // ArgumentParser wraps long lines: compare the words.
        let printed = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(printed.contains(abstract), "\(command) --help does not print \(key)")
    }

    @Test func everyKeyIsAskedFor() throws {
        var code = ""
        let dir = CLIRunner.packageRoot.appendingPathComponent("Sources/tongbao")
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        while let u = files?.nextObject() as? URL {
            if u.pathExtension == "swift" { code += try String(contentsOf: u, encoding: .utf8) }
        }
        for key in try Self.table().keys.sorted() {
            #expect(code.contains("\"\(key)\""), "help.txt: \(key) is asked for by no command")
        }
    }
}
