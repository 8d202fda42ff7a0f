import Foundation
import ReportModel

/// Bytes that are not text in any encoding the reader accepts.
public struct UndecodableFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// File as given.
    public var file: String
    /// Why, in lowercase words.
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): error: \(reason)" }
}

/// Reads briefing files into the report model: Decode → Clean → Segment → Extract.
/// Messy content never throws; only undecodable bytes do.
public struct BriefingReader {
    public init() {}

    /// Reads one file's bytes. `file` is the name used in ids, provenance and diagnostics.
    public func read(_ data: Data, file: String) throws(UndecodableFileError) -> ParseResult {
        // Placeholder until the reader issue: strict UTF-8, the whole file as one item.
        guard let text = String(data: data, encoding: .utf8) else {
            throw UndecodableFileError(file: file, reason: "not UTF-8 text")
        }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let item = Briefing(
            id: "\(stem)#1", source: SourceSpan(file: file, lines: [1, lines], encoding: "utf-8"), text: text)
        return ParseResult(briefings: [item])
    }
}
