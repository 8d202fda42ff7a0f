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
    var simplified: [Int: ConvertedLine] = [:]
}

/// One line the cleaner converted from Traditional to Simplified.
struct ConvertedLine: Sendable {
    /// The line given to OpenCC when pinyin annotations were removed from the decoded line first;
    /// nil when OpenCC saw the decoded line itself (not kept twice).
    var before: Scalars?
    /// OpenCC's output.
    var after: Scalars
}
