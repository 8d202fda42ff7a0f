extension Diagnostic {
    /// The lines to show for `diagnostics`: all of them when `all`, else every error and the first
    /// five others of each file, then a count of the rest — never silence.
    public static func digest(_ diagnostics: [Diagnostic], all: Bool, hint: String = "--verbose or --json shows them")
        -> [String]
    {
        var perFile: [String: Int] = [:]
        var lines: [String] = []
        var hidden = 0
        for d in diagnostics {
            let n = (perFile[d.file] ?? 0) + 1
            perFile[d.file] = n
            if all || n <= 5 || d.severity == .error { lines.append(d.rendered) } else { hidden += 1 }
        }
        if hidden > 0 { lines.append("(\(hidden) more diagnostics; \(hint))") }
        return lines
    }
}
