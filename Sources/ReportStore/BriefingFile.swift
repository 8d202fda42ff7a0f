import Foundation
import ReportModel

/// One briefing file ready to store: its key, the hash of its bytes, and the items read from it.
public struct BriefingFile: Sendable, Equatable {
    /// The file's name as given (the CLI normalises `./` and `//` away), shown in messages and
    /// documents. Every item's `source.file` is expected to be this string too.
    public var file: String
    /// The absolute path of the file read, symlinks resolved (`InputFile.canonicalPath`): what
    /// identifies it in the store (see `ReportStore.sourceKey`). Nil: `file` identifies it.
    public var location: String?
    /// SHA-256 of the file's bytes, 64 lowercase hex digits.
    public var contentHash: String
    /// Size of the file in bytes.
    public var byteCount: Int
    /// The items the reader found, in file order.
    public var briefings: [Briefing]

    public init(file: String, location: String? = nil, contentHash: String, byteCount: Int, briefings: [Briefing]) {
        self.file = file
        self.location = location
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.briefings = briefings
    }

    /// Hashes `data` itself.
    public init(file: String, location: String? = nil, data: Data, briefings: [Briefing]) {
        self.init(file: file, location: location, contentHash: SHA256.hex(data), byteCount: data.count, briefings: briefings)
    }
}
