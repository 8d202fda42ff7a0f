import ReportModel

/// Collects one file's diagnostics, keeping the first few of each kind in full and summing up
/// the rest, so a file with 4,000 missing hours gives 20 lines and one count — never silence.
struct DiagnosticLog {
    /// Diagnostics kept per kind before summarising.
    static let keepPerKind = 20

    let file: String
    private(set) var kept: [Diagnostic] = []
    private var counts: [String: Int] = [:]
    private var order: [String] = []
    private var firstLine: [String: Int] = [:]
    private var severity: [String: Diagnostic.Severity] = [:]

    init(file: String) {
        self.file = file
    }

    /// Records a diagnostic of `kind` (e.g. "missing value").
    mutating func add(
        _ kind: String, line: Int?, _ message: String, severity: Diagnostic.Severity = .warning, hint: String? = nil
    ) {
        let n = (counts[kind] ?? 0) + 1
        counts[kind] = n
        if n == 1 {
            order.append(kind)
            firstLine[kind] = line
            self.severity[kind] = severity
        }
        if n <= DiagnosticLog.keepPerKind {
            kept.append(Diagnostic(severity: severity, file: file, line: line, message: message, hint: hint))
        }
    }

    /// The kept diagnostics plus one summary per kind that overflowed.
    var diagnostics: [Diagnostic] {
        var out = kept
        for kind in order {
            let n = counts[kind] ?? 0
            guard n > DiagnosticLog.keepPerKind else { continue }
            out.append(
                Diagnostic(
                    severity: severity[kind] ?? .warning, file: file, line: nil,
                    message: "\(kind): \(n) in all (the first \(DiagnosticLog.keepPerKind) listed above)"))
        }
        return out
    }
}
