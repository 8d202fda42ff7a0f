import ArgumentParser
import Foundation

/// 通报: briefings in, weekly notices and monthly rankings out.
@main
struct Tongbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongbao",
        abstract: Help["tongbao.abstract"],
        version: ToolVersion.current,
        subcommands: [
            ParseCommand.self, ImportCommand.self, WeeklyCommand.self, MonthlyCommand.self,
            RenderCommand.self, FontsCommand.self, AirQualityCommand.self, ReviewCommand.self,
        ]
    )

    /// Parses the arguments once they are checked for dash traps (see `dashChecked`), then runs.
    static func main() {
        do {
            var command = try parseAsRoot(try dashChecked(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// `-dash.txt`, as a glob can produce, would be read as the short flags `-d -a -s -h …` and
    /// print help with exit 0. tongbao has no option of that shape (its short flags are `-q`, `-o`,
    /// `-h`), so such a word is the file of that name when one exists, else a usage error naming it.
    /// After `--` every word is a file.
    static func dashChecked(_ arguments: [String]) throws(ExitCode) -> [String] {
        var checked: [String] = []
        for (i, word) in arguments.enumerated() {
            if arguments[..<i].contains("--") || word.count <= 2 || !word.hasPrefix("-") || word.hasPrefix("--") {
                checked.append(word)
            } else if FileManager.default.fileExists(atPath: word) {
                checked.append("./" + word)
            } else {
                throw CLIError(.usage, "\(word): no such option (a file whose name starts with '-' goes after '--')").exit()
            }
        }
        return checked
    }
}

enum ToolVersion {
    static let current = "0.1.0"
}
