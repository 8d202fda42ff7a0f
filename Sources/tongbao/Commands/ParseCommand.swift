import ArgumentParser
import BriefingReader
import Foundation
import ReportModel

/// `tongbao parse FILE|DIR ... [--json]`: briefings → the report model.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse briefing files (简报, 本报讯 items, speeches) into the report model.",
        discussion: """
            Directories expand to their regular files, sorted by name. Files that cannot be decoded \
            or hold no briefing are reported on stderr and the exit code is 65; the other files \
            still come out.
            """)

    @Argument(help: "Briefing files or directories.") var paths: [String]
    @Flag(help: "Print the model as JSON ({\"briefings\": [...], \"warnings\": [...]}).") var json = false
    @Option(help: "Year to assume for dates such as 11月3日 in a file that names no year (default: leave them null).") var year: Int?
    @Flag(help: "Print every warning on stderr, and keep info notes (rejoined lines) in the JSON.") var verbose = false

    func run() throws {
        if let year {
            try CLIError.exiting { () throws(CLIError) in _ = try Numbers.checked(year, "--year", in: CivilDate.plausibleYears) }
        }
        var read = BriefingReader(fallbackYear: year).read(paths: paths)
        for d in read.result.warnings where verbose || d.severity == .error { printError(d.rendered) }
        // info notes (lines rejoined) only with --verbose; drops and refusals always
        if !verbose { read.result.warnings.removeAll { $0.severity == .info } }
        if json {
            try CLIError.exiting { () throws(CLIError) in try Output.printJSON(read.result) }
        } else {
            print(read.result.summary, terminator: "")
        }
        if read.refused { throw ExitCode.inputError }
        if read.missing { throw ExitCode.noInput }
    }
}
