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
        var reader = BriefingReader(fallbackYear: year)
        // info notes (lines rejoined) are shown only with --verbose: not made without it
        reader.keepsInfo = verbose
        let read: BriefingReader.PathsRead
        if json {
            // each briefing written as it is made (a large file's briefings are not held)
            var writer = ParseJSONWriter()
            read = reader.read(paths: paths) { writer.add($0) }
            report(read)
            try CLIError.exiting { () throws(CLIError) in try writer.finish(warnings: read.result.warnings) }
        } else {
            read = reader.read(paths: paths)
            report(read)
            print(read.result.summary, terminator: "")
        }
        if read.refused { throw ExitCode.inputError }
        if read.missing { throw ExitCode.noInput }
    }

    /// Errors on stderr (every diagnostic with --verbose). Info notes (lines rejoined) are there
    /// only with --verbose (`keepsInfo`), drops and refusals always.
    private func report(_ read: BriefingReader.PathsRead) {
        for d in read.result.warnings where verbose || d.severity == .error { printError(d.rendered) }
    }
}
