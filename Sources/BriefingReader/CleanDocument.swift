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
}
