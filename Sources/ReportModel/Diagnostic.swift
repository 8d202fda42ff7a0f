/// Something the pipeline noticed about its input: a dropped line, a refused file.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// How serious it is.
    public enum Severity: String, Sendable, Equatable, Codable { case info, warning, error }

    /// Severity; `error` means the file (or record) was not used.
    public var severity: Severity
    /// File as given on the command line.
    public var file: String
    /// 1-based line, where there is one.
    public var line: Int?
    /// Lowercase message quoting the offending text.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(severity: Severity = .warning, file: String, line: Int? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// `file:line: severity: message (hint)` — the form printed on stderr.
    public var rendered: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": \(severity.rawValue): \(message)"
        if let hint { s += " (\(hint))" }
        return s
    }

    enum CodingKeys: String, CodingKey { case severity, file, line, message, hint }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(message, forKey: .message)
        try c.encode(severity, forKey: .severity)
        try c.encodeIfPresent(hint, forKey: .hint)
    }
}
