import ReportModel

/// Why a monitoring file could not be used at all (unreadable, not the expected kind of file).
/// Problems with single values are diagnostics, not errors.
public struct AirQualityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// File as given.
    public var file: String
    /// 1-based line, where there is one.
    public var line: Int?
    /// Lowercase message quoting the offending text.
    public var message: String
    /// What the user can do.
    public var hint: String?

    public init(file: String, line: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// As an error diagnostic.
    public var diagnostic: Diagnostic {
        Diagnostic(severity: .error, file: file, line: line, message: message, hint: hint)
    }

    public var description: String { diagnostic.rendered }
}
