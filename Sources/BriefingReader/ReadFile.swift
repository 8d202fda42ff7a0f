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
        var briefings: [Briefing] = []
        let warnings = try parse(file, name: name) { briefings.append($0) }
        return ParseResult(briefings: briefings, warnings: warnings)
    }

    /// `parse`, handing each briefing to `each` as it is made, in file order, instead of keeping
    /// them (a large file's briefings can take more memory than the file); returns the diagnostics.
    public func parse(_ file: InputFile, name: String? = nil, each: (Briefing) -> Void) throws(UndecodableFileError) -> [Diagnostic] {
        let name = name ?? file.displayName
        let mapped: MappedFile?
        do { mapped = try MappedFile.map(file, limit: Self.maxFileBytes, minimum: mapThreshold) } catch {
            throw UndecodableFileError(file: name, reason: error.reason)
        }
        // a large plain UTF-8 file is read mapped, a part at a time; anything else as before
        if let mapped, DocumentDecoder.isPlainText(mapped, name: name) {
            return read(source: TextSource(mapped), encoding: "utf-8", file: name, each: each)
        }
        // a plain UTF-8 file that is not HTML (most): read as its bytes, not made a string
        let plain: [UInt8]?
        do { plain = try InputFiles.readBytes(file, limit: Self.maxFileBytes, accept: DocumentDecoder.isPlainUTF8Text) } catch {
            throw UndecodableFileError(file: name, reason: error.reason)
        }
        if let plain, !DocumentDecoder.isHTML(utf8: plain, file: name) {
            return read(source: TextSource(utf8: plain), encoding: "utf-8", file: name, each: each)
        }
        let decoded: DecodedText
        if let plain {
            decoded = try DocumentDecoder(legacyWord: legacyWord).decode(plain: String(decoding: plain, as: UTF8.self), file: name)
        } else {
            decoded = try decode(file, name: name)
        }
        guard decoded.format != nil else {
            return read(source: TextSource(decoded.text), encoding: decoded.encoding, file: name, each: each)
        }
        // documents (.docx, HTML, PDF) point their items back at their paragraphs, lines and pages
        let result = read(decoded, file: name)
        result.briefings.forEach(each)
        return result.warnings
    }

    /// A file that is not plain UTF-8 text (`parse` has read that), decoded from its bytes.
    private func decode(_ file: InputFile, name: String) throws(UndecodableFileError) -> DecodedText {
        let data: Data
        do { data = try InputFiles.read(file, limit: Self.maxFileBytes) } catch {
            throw UndecodableFileError(file: name, reason: error.reason)
        }
        return try DocumentDecoder(legacyWord: legacyWord).decode(data, file: name)
    }
}
