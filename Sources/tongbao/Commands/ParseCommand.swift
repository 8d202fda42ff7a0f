import ArgumentParser
import BriefingReader
import FileAccess
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

    @Argument(help: "Briefing files or directories.")
    var paths: [String]

    @Flag(help: "Print the model as JSON ({\"briefings\": [...], \"warnings\": [...]}).")
    var json = false

    @Option(help: "Year to assume for dates such as 11月3日 in a file that names no year (default: leave them null).")
    var year: Int?

    @Flag(help: "Print every warning on stderr, and keep info notes (rejoined lines) in the JSON.")
    var verbose = false

    func run() throws {
        let reader = BriefingReader(
            fallbackYear: try year.map { y throws(ExitCode) in
                do throws(CLIError) { return try PeriodSpec.year(y, flag: "--year") } catch { throw error.exit() }
            })
        var result = ParseResult()
        var failed = false
        var missing = false
        for path in paths {
            let files: [InputFile]
            do { files = try InputFiles.expand([path]) } catch {
                let d = Diagnostic(severity: .error, file: path, message: error.reason)
                result.warnings.append(d)
                report(d)
                if error.kind == .missing { missing = true } else { failed = true }
                continue
            }
            for file in files {
                do throws(UndecodableFileError) {
                    let r = try reader.read(file).result
                    result.briefings += r.briefings
                    result.warnings += r.warnings
                    for w in r.warnings where w.severity == .error { report(w) }
                    if r.warnings.contains(where: { $0.severity == .error }) { failed = true }
                } catch {
                    let checks = ["empty file", "file too large", "not a regular file", "cannot read"]
                    let hint = checks.contains(where: error.reason.hasPrefix) ? nil : "expected utf-8, utf-16 or gb18030 text"
                    let d = Diagnostic(severity: .error, file: file.displayName, message: error.reason, hint: hint)
                    result.warnings.append(d)
                    report(d)
                    failed = true
                }
            }
        }
        if verbose {
            for w in result.warnings where w.severity != .error { report(w) }
        } else {
            // info notes (lines rejoined) only with --verbose; drops and refusals always
            result.warnings.removeAll { $0.severity == .info }
        }
        if json {
            do { try Output.printJSON(result) } catch { throw error.exit() }
        } else {
            print(Self.summary(result), terminator: "")
        }
        if failed { throw ExitCode.inputError }
        if missing { throw ExitCode.noInput }
    }

    private func report(_ d: Diagnostic) { printError(d.rendered) }

    /// One short block per item: id and lines, date, unit, meeting, people.
    static func summary(_ r: ParseResult) -> String {
        var s = ""
        for b in r.briefings {
            s += "\(b.id)  \(b.source.file):\(b.source.lines.first ?? 0)-\(b.source.lines.last ?? 0)"
            if b.source.encoding != "utf-8" { s += "  [\(b.source.encoding)]" }
            if b.source.script == "traditional" { s += "  [traditional]" }
            s += "\n"
            if let h = b.headline { s += "  headline: \(h)\n" }
            var when = b.date ?? "—"
            if b.yearInferred { when += " (year inferred)" }
            if let t = b.timeOfDay { when += " \(t)" }
            s += "  date:     \(when)\n"
            s += "  unit:     \(b.unit ?? "—")\n"
            s += "  meeting:  \(b.meeting ?? "—")\n"
            let people = b.people.map { p in
                var x = (p.title.map { $0 + " " } ?? "") + p.name
                if !p.roles.isEmpty { x += " (\(p.roles.joined(separator: "、")))" }
                return x
            }
            s += "  people:   \(people.isEmpty ? "—" : people.joined(separator: "; "))\n"
        }
        let n = r.warnings.filter { $0.severity != .info }.count
        s += "\(r.briefings.count) item\(r.briefings.count == 1 ? "" : "s"), \(n) warning\(n == 1 ? "" : "s")\n"
        return s
    }
}
