import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The third round of cheaper extractors (issue 14): the skips to the next character worth a test,
/// and the metadata lines found by a search, give what the tests at every character (or every
/// line) gave, on the Genre corpus and on made-up cases.
@Suite struct ExtractScanTests {
    /// Metadata lines by a binary search: those a filter of every line finds, in order, for lines
    /// in order and (filtered then) out of order.
    @Test func linesWithinAsTheFilter() {
        let firsts = [2, 3, 3, 7, 10, 10, 11, 20]
        let ordered = firsts.map { Paragraph(first: $0, last: $0, text: Scalars("行\($0)")) }
        for paragraphs in [ordered, ordered.reversed(), [ordered[3], ordered[0], ordered[5]], []] {
            let lines = LinesWithin(paragraphs)
            for a in -1...22 {
                for b in (a - 1)...23 {
                    let expected = paragraphs.filter { $0.first >= a && $0.first <= b }
                    #expect(Array(lines.within(a, b)) == expected)
                }
            }
        }
    }
}
