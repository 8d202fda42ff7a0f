/// The lines of a decoded text as the cleaner's first pass leaves them: where each line is in the
/// text, and what cleaning decided about it, instead of its cleaned text. A line's text is rebuilt
/// from the decoded text when it is asked for (`stage2`, `cleaned`), so that the file is held once
/// (as decoded UTF-8) and not again as lines at 4 bytes a character. Only the text OpenCC or the
/// pinyin step changed is kept (`converted`): rebuilding it would convert it again.
struct LineTable: Sendable {
    /// One line (numbered `index + 1`, as `Cleaner.splitLines` numbers them).
    struct Record: Sendable {
        /// The line's bytes in the text's UTF-8 (the text is at most `BriefingReader.maxFileBytes`).
        var start: UInt32
        var end: UInt32
        /// Where the line's text after pinyin removal and conversion is in `converted`, when it
        /// differs from the decoded line; `UInt32.max` when it does not.
        var convertedStart = UInt32.max
        var convertedCount: UInt32 = 0
        /// The cleaned line's length (0: blank or dropped).
        var count: UInt32 = 0
        /// The scalars of a page number stripped from the line start (`2、`).
        var cut: UInt8 = 0
        var flags: Flags = []
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The line was Traditional Chinese.
        static let traditional = Flags(rawValue: 1)
        /// The line was given to OpenCC (it has a `ConvertedLine`).
        static let converted = Flags(rawValue: 2)
        /// The line continues the previous one (a page number or a break cut a sentence).
        static let continuesPrevious = Flags(rawValue: 4)
        /// Dropped (a table row, boilerplate, metadata, a page number line).
        static let dropped = Flags(rawValue: 8)
        /// Opens with a page number glued to it (`Cleaner.leadingPageNumber`).
        static let numbered = Flags(rawValue: 16)
    }

    /// The decoded text (shared with the caller, not copied).
    let text: TextSource
    var records: [Record] = []
    /// Line breaks in the text (CRLF counted twice), as `SpanLocator` sizes its lines.
    private(set) var lineBreaks = 0
    /// The text of the lines OpenCC or the pinyin step changed, one after another, in UTF-8 (a
    /// sixth of the seeds is Traditional: at 4 bytes a character, and grown by doubling, this took
    /// twice the memory).
    private(set) var converted: [UInt8] = []
    /// Traditional lines whose pinyin annotations were removed before conversion: the line OpenCC
    /// saw, by line number (`ConvertedLine.before`; rare).
    var beforeConversion: [Int: Scalars] = [:]

    init(text: String) { self.init(source: TextSource(text)) }

    init(source: TextSource) {
        text = source
        (records, lineBreaks) = source.withUTF8 { Self.split($0, source: source) }
        source.rewind()
    }

    /// A new pass through the lines in order (a mapped file's pages are let go behind it again).
    func rewind() { text.rewind() }

    /// The lines of `text`: LF, CRLF and CR end a line; a last line that is empty is no line.
    private static func split(_ b: UnsafeBufferPointer<UInt8>, source: TextSource) -> ([Record], Int) {
        var out: [Record] = []
        var breaks = 0
        do {
            // sized once (an array grown line by line held up to three times the lines while regrowing)
            for i in b.indices {
                if b[i] == 0x0A || b[i] == 0x0D { breaks += 1 }
                if i & 0xFFFFF == 0 { source.passed(i) }
            }
            source.rewind()
            out.reserveCapacity(breaks + 1)
            var start = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                guard c == 0x0A || c == 0x0D else {
                    i += 1
                    continue
                }
                if out.count & 0x3FFF == 0 { source.passed(i) }
                out.append(Record(start: UInt32(start), end: UInt32(i)))
                if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                i += 1
                start = i
            }
            // the last line, when it is not empty (a stray byte order mark is dropped from a line)
            var k = start
            while k + 2 < b.count, b[k] == 0xEF, b[k + 1] == 0xBB, b[k + 2] == 0xBF { k += 3 }
            if k < b.count { out.append(Record(start: UInt32(start), end: UInt32(b.count))) }
        }
        return (out, breaks)
    }

    var count: Int { records.count }

    /// The decoded line at `index` (a stray byte order mark dropped, as `Cleaner.splitLines` does).
    func decoded(_ index: Int) -> Scalars {
        let r = records[index]
        let decode = { (b: UnsafeBufferPointer<UInt8>) -> Scalars in
            Scalars(utf8: UnsafeBufferPointer(rebasing: b[Int(r.start)..<Int(r.end)]), droppingBOM: true)
        }
        text.passed(Int(r.start))
        return text.withUTF8(decode)
    }

    /// The line after pinyin removal and Traditional → Simplified conversion.
    func stage2(_ index: Int) -> Scalars {
        let r = records[index]
        guard r.convertedStart != .max else { return decoded(index) }
        let a = Int(r.convertedStart)
        return converted[a..<(a + Int(r.convertedCount))].withUnsafeBufferPointer { Scalars(utf8: $0, droppingBOM: false) }
    }

    /// The line with spaces cleaned (pictographs not yet removed).
    func spacedOnly(_ index: Int) -> Scalars {
        records[index].flags.contains(.dropped) ? [] : Cleaner.removeStraySpaces(stage2(index))
    }

    /// The line with spaces cleaned and pictographs removed, before page numbers glued to its
    /// start are stripped.
    func spaced(_ index: Int) -> Scalars {
        records[index].flags.contains(.dropped) ? [] : Cleaner.removePictographs(spacedOnly(index)).text
    }

    /// The cleaned line, as the line joiner reads it.
    func cleaned(_ index: Int) -> Scalars {
        guard records[index].count > 0 else { return [] }
        let t = spaced(index)
        let cut = Int(records[index].cut)
        return cut > 0 ? t.sub(cut, t.count) : t
    }

    /// The cleaned line as a `SourceLine`.
    func sourceLine(_ index: Int) -> SourceLine {
        let flags = records[index].flags
        return SourceLine(
            number: index + 1, text: cleaned(index), traditional: flags.contains(.traditional),
            continuesPrevious: flags.contains(.continuesPrevious))
    }

    /// Keeps the text of line `index` after pinyin removal and conversion (it differs from the decoded line).
    mutating func keep(_ t: Scalars, at index: Int) {
        records[index].convertedStart = UInt32(converted.count)
        converted += t.string.utf8
        records[index].convertedCount = UInt32(converted.count) - records[index].convertedStart
    }

    /// What OpenCC was given and gave for line `number` (1-based); nil when it was not converted.
    func convertedLine(_ number: Int) -> ConvertedLine? {
        guard number >= 1, number <= records.count, records[number - 1].flags.contains(.converted) else { return nil }
        return ConvertedLine(before: beforeConversion[number], after: stage2(number - 1))
    }
}

/// The lines the cleaner converted from Traditional to Simplified, by line number, read from the
/// line table (not kept as a dictionary of copies).
struct ConvertedLines: Sendable {
    private let table: LineTable?

    init() { table = nil }

    init(_ table: LineTable) { self.table = table }

    subscript(number: Int) -> ConvertedLine? { table?.convertedLine(number) }
}
