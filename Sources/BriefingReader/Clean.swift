import ReportModel

/// Step 2: decoded text → clean paragraphs. Each rule is a named static step (see the
/// `Clean*.swift` files) so it can be tested on its own; `clean` runs them in order:
/// pinyin → Traditional → spaces → boilerplate and metadata → page numbers → line joins →
/// punctuation.
struct Cleaner: Sendable {
    /// Nil when OpenCC could not be opened: Traditional text then stays as it is.
    var converter: TraditionalConverter?

    /// Lines of a Traditional run given to OpenCC in one call: a long run is converted in parts
    /// (no key of OpenCC's dictionaries holds a line break, so the parts convert as the whole
    /// would), so that a large Traditional file is not held whole as lines.
    var runLimit = 4096

    /// Whether the screen reads each line as soon as its text is final (`scan`); false screens the
    /// lines afterwards, in a pass of their own, as a file with table rows is (the same
    /// result: tests hold the two to each other).
    var screensAsRead = true

    /// Whether the `info` notes (lines rejoined, pictographs removed) are kept (`DiagnosticLog`).
    var keepsInfo = true

    static let publishDateFields = WordList(Words.list("publish-date-fields"))

    /// The whole file cleaned: every paragraph's text (`scan`, then each paragraph rebuilt).
    func clean(_ text: String, file: String) -> CleanDocument {
        let scanned = scan(text, file: file)
        return CleanDocument(
            paragraphs: scanned.paragraphs.indices.map { scanned.paragraph($0) }, published: scanned.published,
            metadata: scanned.metadata, warnings: scanned.warnings.diagnostics(), simplified: scanned.simplified)
    }

    /// Pass 1: every cleaning decision for every line, and the paragraphs as line ranges with what
    /// segmentation asks of them. A line's text is made when a step reads it and let go after; only
    /// the lines OpenCC converted are kept (`LineTable`).
    func scan(_ text: String, file: String) -> CleanedText {
        scan(source: TextSource(text), file: file)
    }

    func scan(source: TextSource, file: String) -> CleanedText {
        var warnings = DiagnosticLog(file: file, keepsInfo: keepsInfo)
        func warn(_ line: Int, _ message: String, _ severity: Diagnostic.Severity = .warning, section: DiagnosticLog.Section = .main) {
            warnings.append(severity, line: line, message, section: section)
        }
        var table = LineTable(source: source)
        var tables = TableRowCounter()
        // The screen (spaces, boilerplate, metadata, page numbers) reads each line as soon as its
        // text is final, so that the line is not decoded again for it; its warnings are told after
        // those of pinyin and table rows (`DiagnosticLog.Section`). Table rows are dropped before
        // it reads them: a file with table rows (rare) is screened afterwards instead, the lines
        // decoded again.
        var screen: LineScreen? = screensAsRead ? LineScreen() : nil
        func final(_ index: Int, _ text: Scalars) {
            tables.add(index, text)
            screen?.add(index, text, to: &table, warnings: &warnings)
        }
        func screenAfterwards() {
            guard screen != nil else { return }
            screen = nil
            warnings.removeAll(in: .main)
            table.forgetScreening()
        }

        // Pinyin annotations, then Traditional → Simplified (consecutive lines in one call).
        // A line's text is final once its run is converted: then the table-row counts read it.
        var run: [(index: Int, text: Scalars, withoutPinyin: Bool)] = []
        // inside a run of Traditional lines (converted in parts of `runLimit` lines)
        var inRun = false
        func flush() {
            guard !run.isEmpty else { return }
            defer { run.removeAll(keepingCapacity: true) }
            var converted: [ArraySlice<Unicode.Scalar>] = []
            if let converter {
                var joined = Scalars()
                for (k, line) in run.enumerated() {
                    if k > 0 { joined.append("\n") }
                    joined += line.text
                }
                converted = converter.convert(joined).split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard converted.count == run.count else {
                for line in run {
                    if line.withoutPinyin { table.keep(line.text, at: line.index) }
                    final(line.index, line.text)
                }
                return
            }
            for (k, line) in run.enumerated() {
                let after = Scalars(converted[k])
                if line.withoutPinyin { table.keepBeforeConversion(line.text, number: line.index + 1) }
                table.records[line.index].flags.insert(.converted)
                table.keep(after, at: line.index)
                final(line.index, after)
            }
        }
        var traditionalContext = false
        var previousEndsHan = false
        // each line decoded into one array, made again only when a step kept the line before it
        var decoded = Scalars()
        for i in table.records.indices {
            table.decoded(i, into: &decoded)
            let (t, n) = Self.removePinyin(decoded, afterHan: previousEndsHan)
            if let last = decoded.last { previousEndsHan = last.isHan }
            if n > 0 { warn(i + 1, "removed \(n) pinyin annotation\(n == 1 ? "" : "s")", section: .first) }
            let script = Self.script(of: t)
            if script != nil { traditionalContext = script == true }
            if script == true || (script == nil && traditionalContext && !t.isEmpty) {
                table.records[i].flags.insert(.traditional)
                run.append((i, t, n > 0))
                inRun = true
            } else if !t.isEmpty || !inRun {
                flush()
                inRun = false
                if n > 0 { table.keep(t, at: i) }
                final(i, t)
            } else {
                run.append((i, t, n > 0))  // blank lines inside a Traditional run
            }
            if run.count >= runLimit { flush() }
        }
        flush()

        let rows = tables.rows()
        if !rows.isEmpty { screenAfterwards() }
        for i in rows {
            warn(i + 1, "dropped a table row (comma-separated values): “\(Self.excerpt(table.stage2(i)))”", section: .second)
            table.records[i].flags.insert(.dropped)
        }

        // Spaces, boilerplate, metadata, lone page numbers: read here when not already.
        let screened =
            screen
            ?? {
                var screen = LineScreen()
                table.rewind()
                for i in table.records.indices where !table.records[i].flags.contains(.dropped) {
                    screen.add(i, table.stage2(i), to: &table, warnings: &warnings)
                }
                return screen
            }()
        let (published, metadata, pageBreaks) = (screened.published, screened.metadata, screened.pageBreaks)
        table.rewind()
        for i in pageBreaks { Self.markContinuation(across: i, in: &table) }
        table.rewind()
        for r in Self.stripPageNumbers(&table) { warn(r.line, "removed page number “\(r.text)” glued to the line start") }

        // Line joins: each paragraph is made, read for what segmentation asks, and let go.
        var joiner = LineJoiner(width: Self.wrapWidth(counts: table.records.lazy.map { Int($0.count) }), isItemStart: Segmenter.isItemStart)
        var paragraphs: [CleanedText.ParagraphRecord] = []
        // sized once for the most it can hold, a paragraph for each line left (grown by doubling,
        // it held up to twice the paragraphs, and three times while it was copied)
        paragraphs.reserveCapacity(table.records.reduce(0) { $0 + ($1.count > 0 ? 1 : 0) })
        func record(_ p: Paragraph?) {
            guard var p else { return }
            let widened = Self.fullWidthPunctuation(&p.text)
            paragraphs.append(CleanedText.ParagraphRecord(p, widened: widened, notItemStart: joiner.closedNotItemStart))
        }
        table.rewind()
        for i in table.records.indices where table.records[i].count > 0 {
            record(joiner.add(table.sourceLine(i)))
        }
        record(joiner.finish())
        for j in joiner.joins { warn(j, "rejoined a sentence broken across lines", .info) }
        return CleanedText(lines: table, paragraphs: paragraphs, published: published, metadata: metadata, warnings: warnings)
    }

    /// The decoded lines of `text` (`LineTable`: LF, CRLF and CR end a line; numbered from 1).
    static func splitLines(_ text: String) -> [SourceLine] {
        let table = LineTable(text: text)
        return table.records.indices.map { SourceLine(number: $0 + 1, text: table.decoded($0)) }
    }

    /// The first 40 characters of a line, for messages.
    static func excerpt(_ t: Scalars) -> String {
        t.count <= 40 ? t.string : t.sub(0, 40).string + "…"
    }
}
