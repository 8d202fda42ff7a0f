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

    @Argument(help: "Briefing files or directories.")
    var paths: [String]

    @Flag(help: "Print the model as JSON ({\"briefings\": [...], \"warnings\": [...]}).")
    var json = false

    @Option(help: "Year to assume for dates such as 11月3日 in a file that names no year (default: leave them null).")
    var year: Int?

    @Flag(help: "Print every warning on stderr, and keep info notes (rejoined lines) in the JSON.")
    var verbose = false

    func run() throws {
        let reader = BriefingReader(fallbackYear: year)
        var result = ParseResult()
        var failed = false
        var missing = false
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                let d = Diagnostic(severity: .error, file: path, message: "no such file or directory")
                result.warnings.append(d)
                report(d)
                missing = true
                continue
            }
            let files: [String]
            if isDir.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
                files = names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter { f in
                    var d: ObjCBool = false
                    return fm.fileExists(atPath: f, isDirectory: &d) && !d.boolValue && !(f as NSString).lastPathComponent.hasPrefix(".")
                }
            } else {
                files = [path]
            }
            for file in files {
                if let refusal = InputFiles.sizeRefusal(URL(fileURLWithPath: file), name: file) {
                    FileHandle.standardError.write(Data((refusal + "\n").utf8))
                    failed = true
                    continue
                }
                guard let data = fm.contents(atPath: file) else {
                    report(Diagnostic(severity: .error, file: file, message: "cannot read the file"))
                    failed = true
                    continue
                }
                do {
                    let r = try reader.read(data, file: file)
                    result.briefings += r.briefings
                    result.warnings += r.warnings
                    for w in r.warnings where w.severity == .error { report(w) }
                    if r.warnings.contains(where: { $0.severity == .error }) { failed = true }
                } catch {
                    let hint =
                        data.isEmpty ? nil : "expected utf-8, utf-16 or gb18030 text, a .docx, an HTML page or a PDF with a text layer"
                    let d = Diagnostic(severity: .error, file: file, message: error.reason, hint: hint)
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(result)
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            print(Self.summary(result), terminator: "")
        }
        if failed { throw ExitCode.inputError }
        if missing { throw ExitCode.noInput }
    }

    private func report(_ d: Diagnostic) {
        FileHandle.standardError.write(Data((d.rendered + "\n").utf8))
    }

    /// One short block per item: id and lines, date, unit, meeting, people.
    static func summary(_ r: ParseResult) -> String {
        var s = ""
        for b in r.briefings {
            s += "\(b.id)  \(b.source.file):\(b.source.lines.first ?? 0)-\(b.source.lines.last ?? 0)"
            if b.source.encoding != "utf-8" { s += "  [\(b.source.encoding)]" }
            // .docx lines are paragraphs; a PDF item also names its pages
            if let f = b.source.format { s += "  [\(f)\(b.source.pages.map { " pages \($0[0])-\($0[1])" } ?? "")]" }
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
