/// Provenance of an item: file, original line range, encoding and script.
public struct SourceSpan: Sendable, Equatable, Codable {
    /// Path of the file as given on the command line.
    public var file: String
    /// First and last line (1-based, in the original file); for a .docx (or a .doc), the first and
    /// last paragraph; for a PDF, lines of its text layer (see `pages`).
    public var lines: [Int]
    /// Encoding the bytes were decoded from: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`.
    public var encoding: String
    /// `simplified` or `traditional` (the original's script; text is always Simplified).
    public var script: String
    /// `docx`, `doc`, `html` or `pdf`; absent for plain text.
    public var format: String?
    /// First and last page, for a PDF.
    public var pages: [Int]?

    public init(
        file: String, lines: [Int], encoding: String, script: String = "simplified", format: String? = nil, pages: [Int]? = nil
    ) {
        self.file = file
        self.lines = lines
        self.encoding = encoding
        self.script = script
        self.format = format
        self.pages = pages
    }
}
