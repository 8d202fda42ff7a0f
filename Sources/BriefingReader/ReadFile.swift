import FileAccess
import Foundation
import ReportModel

extension BriefingReader {
    /// The largest briefing file read (64 MiB: a 50 MB collection of real briefings parses in
    /// seconds, the reader being linear; a week's briefings are kilobytes). A larger file is
    /// refused by name before it is read, so a stray dump cannot stall a cron run.
    public static let maxFileBytes = 64 << 20

    /// Reads a briefing file from disk — checked on the file the path resolves to: a regular file
    /// (not a FIFO or device) of at most `maxFileBytes` — then decodes and parses it. `name` (the
    /// file's display name by default) is used in ids, provenance and diagnostics.
    public func read(_ file: InputFile, name: String? = nil) throws(UndecodableFileError) -> (data: Data, result: ParseResult) {
        let name = name ?? file.displayName
        let data: Data
        do { data = try InputFiles.read(file, limit: Self.maxFileBytes) } catch {
            throw UndecodableFileError(file: name, reason: error.reason)
        }
        return (data, try read(data, file: name))
    }

    /// Reads and parses a file without keeping its bytes: they are let go once decoded, so that a
    /// large file is held once (as text), not twice, while it is parsed.
    public func parse(_ file: InputFile, name: String? = nil) throws(UndecodableFileError) -> ParseResult {
        let name = name ?? file.displayName
        return read(try decode(file, name: name), file: name)
    }

    private func decode(_ file: InputFile, name: String) throws(UndecodableFileError) -> DecodedText {
        let data: Data
        do { data = try InputFiles.read(file, limit: Self.maxFileBytes) } catch {
            throw UndecodableFileError(file: name, reason: error.reason)
        }
        return try DocumentDecoder(legacyWord: legacyWord).decode(data, file: name)
    }
}
