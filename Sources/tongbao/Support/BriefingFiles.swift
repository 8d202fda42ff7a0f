import BriefingReader
import FileAccess
import Foundation
import ReportStore

/// Briefing files read for `import` and `weekly --input`.
enum BriefingFiles {
    /// Reads and parses the files. The store key (and the reader's file name) is the display name
    /// `normalised`. A file that cannot be read or decoded, or holds no briefing, is named on
    /// stderr and counted as refused; the reader's errors are printed, its warnings only when `verbose`.
    static func read(_ entries: [InputFile], verbose: Bool) -> (files: [BriefingFile], refused: Int) {
        var ready: [BriefingFile] = []
        var refused = 0
        let reader = BriefingReader()
        for entry in entries {
            let file = normalised(entry.displayName)
            do {
                let (data, parsed) = try reader.read(entry, name: file)
                for d in parsed.warnings where verbose || d.severity == .error { printError(d.rendered) }
                // A file in which the reader found no briefing is refused, not stored empty.
                if parsed.briefings.isEmpty && parsed.warnings.contains(where: { $0.severity == .error }) {
                    printError("\(file): error: no briefing stored from it (file skipped)")
                    refused += 1
                    continue
                }
                ready.append(BriefingFile(file: file, data: data, briefings: parsed.briefings))
            } catch {
                printError("\(error.description) (file skipped)")
                refused += 1
            }
        }
        return (ready, refused)
    }

    /// The path as given, without `./` and doubled or trailing slashes: the file's key in the store.
    static func normalised(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let joined = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
