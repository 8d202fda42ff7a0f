import ReportModel

/// What `LedgerReader` understood of one ledger file.
public struct LedgerParse: Sendable, Equatable {
    /// The rows that were valid, in file order.
    public var entries: [LedgerEntry]
    /// Everything wrong or noteworthy; any `error` means the file must not be imported.
    public var diagnostics: [Diagnostic]

    public init(entries: [LedgerEntry] = [], diagnostics: [Diagnostic] = []) {
        self.entries = entries
        self.diagnostics = diagnostics
    }

    /// True when some row (or the header) was refused: a ledger lands whole or not at all.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A ledger file read and checked, ready for `ReportStore.importLedger` when it has no errors.
public struct LedgerFile: Sendable, Equatable {
    /// The file's key in the store (its path as given).
    public var file: String
    /// SHA-256 of its bytes.
    public var contentHash: String
    /// Its problems and diagnostics.
    public var parse: LedgerParse

    public init(file: String, contentHash: String, parse: LedgerParse) {
        self.file = file
        self.contentHash = contentHash
        self.parse = parse
    }
}
