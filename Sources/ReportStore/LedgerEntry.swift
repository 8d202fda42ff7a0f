import ReportModel

/// One problem read from a ledger file, with the line (or spreadsheet row) it came from.
public struct LedgerEntry: Sendable, Equatable {
    /// The problem.
    public var problem: Problem
    /// 1-based line (CSV) or row number (xlsx).
    public var line: Int

    public init(problem: Problem, line: Int) {
        self.problem = problem
        self.line = line
    }
}
