import BriefingReader
import FileAccess
import Foundation
import ReportModel
import ReportStore

/// Briefing files read and parsed for the store (`import`) or a notice (`weekly --input`).
public enum BriefingFiles {
    /// What was read: the files to store, how many were refused, and the lines to show (the
    /// reader's errors, its warnings when `verbose`, and every refusal, each naming its file).
    public struct Read: Sendable {
        public var files: [BriefingFile] = []
        public var refused = 0
        public var messages: [String] = []
    }

    /// Reads the files. A file's name in messages and documents (and the reader's file name) is
    /// its display name `normalised`; the store knows it by the file it resolves to. A file that cannot be read or decoded, or in which the reader found no
    /// briefing, is refused, not stored empty.
    public static func read(_ entries: [InputFile], verbose: Bool) -> Read {
        var out = Read()
        var reader = BriefingReader()
        // info notes (lines rejoined) are shown only when verbose: not made otherwise
        reader.keepsInfo = verbose
        for entry in entries {
            let file = normalised(entry.displayName)
            do throws(UndecodableFileError) {
                let (data, parsed) = try reader.read(entry, name: file)
                out.messages += parsed.warnings.filter { verbose || $0.severity == .error }.map(\.rendered)
                if parsed.briefings.isEmpty && parsed.warnings.contains(where: { $0.severity == .error }) {
                    out.messages.append("\(file): error: no briefing stored from it (file skipped)")
                    out.refused += 1
                    continue
                }
                out.files.append(
                    BriefingFile(file: file, location: entry.canonicalPath, data: data, briefings: parsed.briefings))
            } catch {
                out.messages.append("\(error.description) (file skipped)")
                out.refused += 1
            }
        }
        return out
    }

    /// The path as given, without `./` and doubled or trailing slashes: the file's name as shown.
    public static func normalised(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let joined = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
