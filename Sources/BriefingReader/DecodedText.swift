/// Text decoded from a file's bytes, and the encoding it was decoded from.
struct DecodedText: Sendable, Equatable {
    /// The text, line endings as written.
    var text: String
    /// `utf-8`, `utf-16le`, `utf-16be` or `gb18030`.
    var encoding: String
    /// `docx`, `html` or `pdf`; nil for plain text.
    var format: String? = nil
    /// Where line k (1-based) of `text` came from, at index k - 1: the paragraph of a .docx, the
    /// line of an HTML file. Nil when the text's lines are the file's lines.
    var origins: [Int]? = nil
    /// The page of each line of `text` (PDF).
    var pages: [Int]? = nil

    /// The original line (or paragraph) of line `k` of the text.
    func origin(_ k: Int) -> Int {
        guard let origins, k >= 1, k <= origins.count else { return k }
        return origins[k - 1]
    }

    /// The page of line `k` of the text, for a PDF.
    func page(_ k: Int) -> Int? {
        guard let pages, k >= 1, k <= pages.count else { return nil }
        return pages[k - 1]
    }
}

/// Lines of a decoded document with where each came from, built by the format decoders.
struct DocumentLines {
    private(set) var lines: [String] = []
    private(set) var origins: [Int] = []

    mutating func append(_ line: String, origin: Int) {
        lines.append(line)
        origins.append(origin)
    }

    /// Whether any line holds something other than white space.
    var hasText: Bool { lines.contains { $0.contains { !$0.isWhitespace } } }

    func decoded(encoding: String, format: String, asPages: Bool = false) -> DecodedText {
        DecodedText(
            text: lines.joined(separator: "\n"), encoding: encoding, format: format, origins: asPages ? nil : origins,
            pages: asPages ? origins : nil)
    }
}
