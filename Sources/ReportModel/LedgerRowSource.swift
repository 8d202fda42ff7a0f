/// Where a ledger problem was read: the ledger file as imported and the line (CSV) or row
/// (xlsx) of the problem, so that a notice line made from it can name its source.
public struct LedgerRowSource: Sendable, Equatable, Hashable, Codable {
    /// The ledger file's key in the store (its path as given to `import --ledger`).
    public var file: String
    /// 1-based line (CSV) or row number (xlsx).
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}
