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
    /// A paragraph without its text.
    struct ParagraphRecord: Sendable {
        var first: Int
        var last: Int
        var traditional: Bool
        /// The segmenter's questions that it asks of every paragraph.
        var traits: Segmenter.Traits
        /// `DateExtractor.yearClues` of its text.
        var yearClues: [YearClue]
        /// `Cleaner.fullWidthPunctuation` changed its text (most paragraphs it leaves as they are:
        /// then the paragraph made again is not read for it).
        var widened: Bool

        /// `p`, its punctuation widened (`widened`: that changed it).
        init(_ p: Paragraph, widened: Bool) {
            first = p.first
            last = p.last
            traditional = p.traditional
            self.widened = widened
            traits = Segmenter.Traits(p.text)
            yearClues = DateExtractor.yearClues(in: p.text)
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
}

/// One line the cleaner converted from Traditional to Simplified.
struct ConvertedLine: Sendable {
    /// The line given to OpenCC when pinyin annotations were removed from the decoded line first;
    /// nil when OpenCC saw the decoded line itself (not kept twice).
    var before: Scalars?
    /// OpenCC's output.
    var after: Scalars
}
