import ArgumentParser
import BriefingReader
import Foundation
import ReportModel

/// `tongbao parse FILE|DIR ... [--json]`: briefings → the report model.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: Help["parse.abstract"],
        discussion: Help["parse.discussion"])

    @Argument(help: .of("parse.paths"))
    var paths: [String]
    @Flag(help: .of("parse.json"))
    var json = false
    @Option(help: .of("parse.year"))
    var year: Int?
    @Flag(help: .of("parse.verbose"))
    var verbose = false

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
