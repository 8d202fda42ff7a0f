import ReportModel

/// One file's diagnostics as they are found, kept compact: a large file gives about two thousand
/// a megabyte (a `Diagnostic` each, with its message in a string of its own, took ~250 bytes:
/// a seventh of the reader's memory on a 50 MB file). The messages are held in one UTF-8 buffer
/// and made into `Diagnostic`s when the file is done.
struct DiagnosticLog: Sendable {
    private struct Entry {
        /// Where the message ends in `messages` (it starts where the one before ended).
        var end: UInt32
        /// The line, or -1 for none (a file is at most `BriefingReader.maxFileBytes`).
        var line: Int32
        var severity: Diagnostic.Severity
    }

    let file: String
    private var entries: [Entry] = []
    private var messages: [UInt8] = []
    /// Hints, by entry (rare: the file-level errors).
    private var hints: [Int: String] = [:]

    init(file: String) { self.file = file }

    var count: Int { entries.count }

    mutating func append(_ severity: Diagnostic.Severity, line: Int?, _ message: String, hint: String? = nil) {
        if let hint { hints[entries.count] = hint }
        messages += message.utf8
        entries.append(Entry(end: UInt32(messages.count), line: line.map { Int32($0) } ?? -1, severity: severity))
    }

    /// Appends a diagnostic of this file.
    mutating func append(_ d: Diagnostic) { append(d.severity, line: d.line, d.message, hint: d.hint) }

    /// The diagnostics, in the order they were found.
    func diagnostics() -> [Diagnostic] {
        var out: [Diagnostic] = []
        out.reserveCapacity(entries.count)
        var start = 0
        for (k, e) in entries.enumerated() {
            let end = Int(e.end)
            let message = messages[start..<end].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            out.append(
                Diagnostic(severity: e.severity, file: file, line: e.line >= 0 ? Int(e.line) : nil, message: message, hint: hints[k]))
            start = end
        }
        return out
    }
}
