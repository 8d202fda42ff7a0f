import ReportModel

/// The cleaned text of one file: paragraphs with their original line ranges, what the page
/// said about itself, and what was dropped.
struct CleanDocument: Sendable {
    /// Paragraphs in file order.
    var paragraphs: [Paragraph]
    /// 发布日期 / 发布时间 of the page, where given.
    var published: CivilDate?
    /// The page's metadata lines that were dropped (来源：桃城区融媒体中心 names the publisher's place).
    var metadata: [Paragraph] = []
    /// Every drop and repair, with file and line.
    var warnings: [Diagnostic]
    /// Traditional lines as OpenCC saw them (pinyin annotations removed) and converted them, by
    /// line number: provenance reuses them instead of converting the same lines again (that took
    /// about an eighth of the reader's time).
    var simplified = ConvertedLines()
}

/// Pass 1's result: the file's lines and what cleaning decided (`LineTable`), the paragraphs as
/// line ranges with what segmentation asks of them, and the page's metadata. A paragraph's text
/// is made again when an item needs it (`paragraph(_:)`), one item at a time.
struct CleanedText: Sendable {
    /// A paragraph without its text: 12 bytes (with its year clues kept as an array and its line
    /// numbers as `Int`s it was 40 bytes and an array for most paragraphs, half a byte of memory
    /// for each byte of a file of short paragraphs).
    struct ParagraphRecord: Sendable {
        /// Its first and last original lines (a line number fits: the text is at most
        /// `BriefingReader.maxFileBytes`).
        private var lines: (first: UInt32, last: UInt32)
        /// The segmenter's questions that it asks of every paragraph.
        var traits: Segmenter.Traits
        private var flags: UInt8

        private static let traditional: UInt8 = 1
        private static let widened: UInt8 = 2
        private static let yearClues: UInt8 = 4

        var first: Int { Int(lines.first) }
        var last: Int { Int(lines.last) }
        /// Some of its lines were Traditional.
        var traditional: Bool { flags & Self.traditional != 0 }
        /// `Cleaner.fullWidthPunctuation` changed its text (most paragraphs it leaves as they are:
        /// then the paragraph made again is not read for it).
        var widened: Bool { flags & Self.widened != 0 }
        /// `DateExtractor.yearClues` of its text are not empty: the few paragraphs whose clues are
        /// read (the page header's, the first item's that has any) are read again for them.
        var hasYearClues: Bool { flags & Self.yearClues != 0 }

        /// `p`, its punctuation widened (`widened`: that changed it). `notItemStart`: the line
        /// joiner found `Segmenter.isItemStart` false of `p`'s text before it was widened.
        init(_ p: Paragraph, widened: Bool, notItemStart: Bool = false) {
            lines = (UInt32(p.first), UInt32(p.last))
            traits = Segmenter.Traits(p.text, notItemStart: notItemStart && !widened)
            flags = (p.traditional ? Self.traditional : 0) | (widened ? Self.widened : 0)
            if DateExtractor.hasYearClues(in: p.text) { flags |= Self.yearClues }
        }
    }

    var lines: LineTable
    var paragraphs: [ParagraphRecord]
    var published: CivilDate?
    var metadata: [Paragraph]
    var warnings: DiagnosticLog

    var simplified: ConvertedLines { ConvertedLines(lines) }

    /// Paragraph `k` with its text: its cleaned lines joined, punctuation widened.
    func paragraph(_ k: Int) -> Paragraph {
        let r = paragraphs[k]
        var text = lines.joinedCleaned((r.first - 1)...(r.last - 1))
        if r.widened { Cleaner.fullWidthPunctuation(&text) }
        return Paragraph(first: r.first, last: r.last, text: text, traditional: r.traditional)
    }

    /// `DateExtractor.yearClues` of paragraph `k` (its text made again when it has any).
    func yearClues(_ k: Int) -> [YearClue] {
        paragraphs[k].hasYearClues ? DateExtractor.yearClues(in: paragraph(k).text) : []
    }
}

/// One line the cleaner converted from Traditional to Simplified.
struct ConvertedLine: Sendable {
    /// The line given to OpenCC when pinyin annotations were removed from the decoded line first;
    /// nil when OpenCC saw the decoded line itself (not kept twice).
    var before: Scalars?
    /// OpenCC's output.
    var after: Scalars
}
