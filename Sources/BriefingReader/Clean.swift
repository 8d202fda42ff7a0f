import ReportModel

/// Step 2: decoded text → clean paragraphs. Each rule is a named static step (see the
/// `Clean*.swift` files) so it can be tested on its own; `clean` runs them in order:
/// pinyin → Traditional → spaces → boilerplate and metadata → page numbers → line joins →
/// punctuation.
struct Cleaner: Sendable {
    /// Nil when OpenCC could not be opened: Traditional text then stays as it is.
    var converter: TraditionalConverter?

    static let publishDateFields = WordList(Words.list("publish-date-fields"))

    func clean(_ text: String, file: String) -> CleanDocument {
        var warnings: [Diagnostic] = []
        func warn(_ line: Int, _ message: String, _ severity: Diagnostic.Severity = .warning) {
            warnings.append(Diagnostic(severity: severity, file: file, line: line, message: message))
        }
        var lines = Self.splitLines(text)

        // Pinyin annotations, then Traditional → Simplified (consecutive lines in one call).
        var run: [Int] = []
        var simplified: [Int: ConvertedLine] = [:]
        var withoutPinyin = Set<Int>()
        func flush() {
            guard !run.isEmpty else { return }
            defer { run.removeAll() }
            guard let converter else { return }
            var joined = Scalars()
            for (k, idx) in run.enumerated() {
                if k > 0 { joined.append("\n") }
                joined += lines[idx].text
            }
            let converted = converter.convert(joined).split(separator: "\n", omittingEmptySubsequences: false)
            guard converted.count == run.count else { return }
            for (k, idx) in run.enumerated() {
                let after = Scalars(converted[k])
                simplified[lines[idx].number] = ConvertedLine(before: withoutPinyin.contains(idx) ? lines[idx].text : nil, after: after)
                lines[idx].text = after
            }
        }
        var traditionalContext = false
        var previousEndsHan = false
        for i in lines.indices {
            let (t, n) = Self.removePinyin(lines[i].text, afterHan: previousEndsHan)
            if let last = lines[i].text.last { previousEndsHan = last.isHan }
            if n > 0 {
                lines[i].text = t
                withoutPinyin.insert(i)
                warn(lines[i].number, "removed \(n) pinyin annotation\(n == 1 ? "" : "s")")
            }
            let script = Self.script(of: lines[i].text)
            if script != nil { traditionalContext = script == true }
            if script == true || (script == nil && traditionalContext && !lines[i].text.isEmpty) {
                lines[i].traditional = true
                run.append(i)
            } else if !lines[i].text.isEmpty || run.isEmpty {
                flush()
            } else {
                run.append(i)  // blank lines inside a Traditional run
            }
        }
        flush()

        for i in Self.tableRows(lines) {
            warn(lines[i].number, "dropped a table row (comma-separated values): “\(Self.excerpt(lines[i].text))”")
            lines[i].text = []
        }

        // Spaces, boilerplate, metadata, lone page numbers.
        var published: CivilDate?
        var metadata: [Paragraph] = []
        var inLinkList = false
        // running headers of PDF dumps: a short title line seen before, again right after a page number
        var titleLines = Set<Scalars>()
        var afterPageNumber = false
        var pageBreaks: [Int] = []
        for i in lines.indices {
            let line = lines[i].text
            let (t, pictographs) = Self.removePictographs(Self.removeStraySpaces(line))
            lines[i].text = t
            if pictographs > 0 {
                if t.isEmpty {
                    warn(lines[i].number, "dropped stray punctuation: “\(Self.excerpt(Self.removeStraySpaces(line)))”")
                } else {
                    warn(lines[i].number, "removed \(pictographs) pictograph\(pictographs == 1 ? "" : "s") (emoji)", .info)
                }
            }
            if t.isEmpty { continue }
            let isTitleLine = t.count <= 40 && !t.contains { $0 == "。" || $0 == "，" || $0 == "," || $0 == "；" }
            if afterPageNumber, isTitleLine, titleLines.contains(t) {
                warn(lines[i].number, "dropped a running page header: “\(Self.excerpt(t))”")
                lines[i].text = []
                continue
            }
            afterPageNumber = false
            if isTitleLine { titleLines.insert(t) }
            if inLinkList, Self.isLinkListEntry(t) {
                warn(lines[i].number, "dropped related-link list entry: “\(Self.excerpt(t))”")
                lines[i].text = []
                continue
            }
            inLinkList = false
            if let reason = Self.boilerplateReason(t) {
                warn(lines[i].number, "\(reason): “\(Self.excerpt(t))”")
                lines[i].text = []
                inLinkList = Self.isLinkListHeading(t)
            } else if let field = Self.metadataField(t) {
                // 来源：…  发布日期：2020-11-05 (a later field of the line) and 来源：…  2020-11-13 (the
                // line ends in the date) date the page as 发布日期：… does.
                if published == nil,
                    Self.publishDateFields.occurs(in: field) || Self.publishDateFields.occurs(in: t) || Self.endsWithDate(t)
                {
                    published = DateExtractor.firstFullDate(in: t)
                }
                metadata.append(Paragraph(first: lines[i].number, last: lines[i].number, text: t, traditional: lines[i].traditional))
                warn(lines[i].number, "dropped page metadata: “\(Self.excerpt(t))”")
                lines[i].text = []
            } else if Self.isDatedMetadataLine(t) {
                if published == nil { published = DateExtractor.firstFullDate(in: t) }
                metadata.append(Paragraph(first: lines[i].number, last: lines[i].number, text: t, traditional: lines[i].traditional))
                warn(lines[i].number, "dropped page metadata: “\(Self.excerpt(t))”")
                lines[i].text = []
            } else if Self.isPageNumberLine(t) {
                warn(lines[i].number, "dropped page number line: “\(t.string)”")
                lines[i].text = []
                afterPageNumber = true
                pageBreaks.append(i)
            }
        }
        for i in pageBreaks { Self.markContinuation(across: i, in: &lines) }
        let removed = Self.stripPageNumbers(&lines)
        for r in removed { warn(r.line, "removed page number “\(r.text)” glued to the line start") }

        var joined: [SourceLine] = []
        // joinLines then holds the only reference and lets each line go; without `consume` the
        // caller's `joined` kept every line alive (the first write copied the array), and each
        // paragraph of one line shared its buffer, copied again when widened (50 MB: 270 → 223 MB)
        swap(&joined, &lines)
        var (paragraphs, joins) = Self.joinLines(consume joined, isItemStart: Segmenter.isItemStart)
        for j in joins { warn(j, "rejoined a sentence broken across lines", .info) }
        for k in paragraphs.indices { Self.fullWidthPunctuation(&paragraphs[k].text) }
        return CleanDocument(paragraphs: paragraphs, published: published, metadata: metadata, warnings: warnings, simplified: simplified)
    }

    /// Splits on LF, CRLF and CR; numbers lines from 1. Each line is decoded into an array of
    /// exactly its length (appending scalar by scalar left up to half of every line unused: a
    /// large file then took 1.7 times its size here).
    static func splitLines(_ text: String) -> [SourceLine] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { splitLines(utf8: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { splitLines(utf8: $0) }
    }

    private static func splitLines(utf8 b: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 1
        var start = 0
        var i = 0
        func text(_ from: Int, _ to: Int) -> Scalars {
            var count = 0
            for k in from..<to where b[k] & 0xC0 != 0x80 { count += 1 }
            var out = Scalars()
            out.reserveCapacity(count)
            var bytes = UnsafeBufferPointer(rebasing: b[from..<to]).makeIterator()
            var codec = UTF8()
            // a stray byte order mark is dropped
            while case .scalarValue(let c) = codec.decode(&bytes) {
                if c != "\u{FEFF}" { out.append(c) }
            }
            return out
        }
        while i < b.count {
            let c = b[i]
            guard c == 0x0A || c == 0x0D else {
                i += 1
                continue
            }
            lines.append(SourceLine(number: number, text: text(start, i)))
            number += 1
            if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
            i += 1
            start = i
        }
        let last = text(start, b.count)
        if !last.isEmpty { lines.append(SourceLine(number: number, text: last)) }
        return lines
    }

    /// The first 40 characters of a line, for messages.
    static func excerpt(_ t: Scalars) -> String {
        t.count <= 40 ? t.string : t.sub(0, 40).string + "…"
    }
}
