import FileAccess
import Foundation
import ReportModel

extension BriefingReader {
    /// What `tongbao parse` gets from its paths.
    public struct PathsRead: Sendable {
        /// Every file's items and diagnostics, refusals included, in path order.
        public var result = ParseResult()
        /// A file could not be read or decoded, or had an error.
        public var refused = false
        /// A path does not exist.
        public var missing = false
    }

    /// Reads files and directories (their regular, non-hidden files, sorted): a path that does not
    /// exist or a file that is refused becomes an error diagnostic naming it, and the rest still
    /// come out.
    public func read(paths: [String]) -> PathsRead {
        var briefings: [Briefing] = []
        var out = read(paths: paths) { briefings.append($0) }
        out.result.briefings = briefings
        return out
    }

    /// `read(paths:)`, handing each briefing to `each` as it is made, in path order, instead of
    /// keeping them (`result.briefings` is left empty).
    public func read(paths: [String], each: (Briefing) -> Void) -> PathsRead {
        var out = PathsRead()
        for path in paths {
            let files: [InputFile]
            do { files = try InputFiles.expand([path]) } catch {
                out.result.warnings.append(Diagnostic(severity: .error, file: path, message: error.reason))
                if error.kind == .missing { out.missing = true } else { out.refused = true }
                continue
            }
            for file in files {
                do throws(UndecodableFileError) {
                    let warnings = try parse(file, each: each)
                    out.result.warnings += warnings
                    if warnings.contains(where: { $0.severity == .error }) { out.refused = true }
                } catch {
                    let checks = ["empty file", "file too large", "not a regular file", "cannot read"]
                    let hint =
                        checks.contains(where: error.reason.hasPrefix)
                        ? nil : "expected utf-8, utf-16 or gb18030 text, a .docx, an HTML page or a PDF with a text layer"
                    out.result.warnings.append(Diagnostic(severity: .error, file: file.displayName, message: error.reason, hint: hint))
                    out.refused = true
                }
            }
        }
        return out
    }
}

extension ParseResult {
    /// One short block per item (id and lines, date, unit, meeting, people), then the counts.
    public var summary: String {
        var s = ""
        for b in briefings {
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
        let n = warnings.filter { $0.severity != .info }.count
        s += "\(briefings.count) item\(briefings.count == 1 ? "" : "s"), \(n) warning\(n == 1 ? "" : "s")\n"
        return s
    }
}
