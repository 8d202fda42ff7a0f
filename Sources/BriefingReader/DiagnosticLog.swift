import ReportModel

/// One file's diagnostics as they are found, kept compact: a large file gives about two thousand
/// a megabyte (a `Diagnostic` each, with its message in a string of its own, took ~250 bytes:
/// a seventh of the reader's memory on a 50 MB file). The messages are held in one UTF-8 buffer
/// and made into `Diagnostic`s when the file is done.
struct DiagnosticLog: Sendable {
    /// Where a diagnostic goes among the file's: they are given out section by section, each
    /// section in the order found. The cleaner finds pinyin annotations and table rows while it
    /// screens the lines, but tells them before what the screen found, as its steps are written.
    enum Section: UInt8, CaseIterable {
        case first, second, main
    }

    private struct Entry {
        /// Where the message ends in `messages` (it starts where the one before ended).
        var end: UInt32
        /// The line, or -1 for none (a file is at most `BriefingReader.maxFileBytes`).
        var line: Int32
        var severity: Diagnostic.Severity
        var section: Section
    }

    let file: String
    /// Whether `info` notes are kept; without, they are not written down at all. A hard-wrapped
    /// file gives a note a line (“rejoined a sentence broken across lines”): 400 thousand on 50 MB,
    /// ~50 MB of memory when made `Diagnostic`s, for a reader that does not show them.
    let keepsInfo: Bool
    private var entries: [Entry] = []
    private var messages: [UInt8] = []
    /// Hints, by entry (rare: the file-level errors).
    private var hints: [Int: String] = [:]
    /// Whether an entry is in a section before `main`.
    private var sectioned = false

    init(file: String, keepsInfo: Bool = true) {
        self.file = file
        self.keepsInfo = keepsInfo
    }

    var count: Int { entries.count }

    mutating func append(_ severity: Diagnostic.Severity, line: Int?, _ message: String, hint: String? = nil, section: Section = .main) {
        if severity == .info && !keepsInfo { return }
        if let hint { hints[entries.count] = hint }
        if section != .main { sectioned = true }
        messages += message.utf8
        entries.append(Entry(end: UInt32(messages.count), line: line.map { Int32($0) } ?? -1, severity: severity, section: section))
    }

    /// Appends a diagnostic of this file.
    mutating func append(_ d: Diagnostic) { append(d.severity, line: d.line, d.message, hint: d.hint) }

    /// Forgets the diagnostics of `section` (the cleaner screening its lines again).
    mutating func removeAll(in section: Section) {
        var kept: [Entry] = []
        var keptMessages: [UInt8] = []
        var keptHints: [Int: String] = [:]
        var start = 0
        for (k, e) in entries.enumerated() {
            let end = Int(e.end)
            defer { start = end }
            guard e.section != section else { continue }
            if let hint = hints[k] { keptHints[kept.count] = hint }
            keptMessages += messages[start..<end]
            kept.append(Entry(end: UInt32(keptMessages.count), line: e.line, severity: e.severity, section: e.section))
        }
        (entries, messages, hints) = (kept, keptMessages, keptHints)
    }

    /// The diagnostics, section by section, each in the order they were found.
    func diagnostics() -> [Diagnostic] {
        var out: [Diagnostic] = []
        out.reserveCapacity(entries.count)
        for section in sectioned ? Section.allCases : [.main] {
            var start = 0
            for (k, e) in entries.enumerated() {
                let end = Int(e.end)
                defer { start = end }
                guard !sectioned || e.section == section else { continue }
                let message = messages[start..<end].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
                out.append(
                    Diagnostic(severity: e.severity, file: file, line: e.line >= 0 ? Int(e.line) : nil, message: message, hint: hints[k]))
            }
        }
        return out
    }
}
