import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

/// The weeks of the third genre set (`BriefingReaderTests/Genre3`), audited claim by claim in
/// `AUDIT-genre-3.md`: each notice checked by the self-check and kept as golden text and content
/// JSON (read line by line when they change).
@Suite struct Genre3WeekGoldenTests {
    static let items = GenreWeeks.items(in: "Genre3")

    @Test(arguments: ["2021-W46", "2021-W47", "2021-W48", "2021-W49"])
    func genre3WeekIsFaithfulAndGolden(_ name: String) throws {
        let dump = try GenreWeeks.checkedDump(name, items: Self.items, golden: "genre3-week")
        // No pictograph (it cannot be typeset), no day said relative to a page (昨天/今天) after the
        // date, no list number before a lead's date, no table row glued into a lead.
        #expect(!dump.unicodeScalars.contains { $0.properties.isEmojiPresentation })
        #expect(!dump.contains(#/p: \d+月\d+日[上下晚]?午?，(?:昨天|今天)/#))
        #expect(!dump.contains(#/p: \d+\.\d+月/#))
        #expect(!dump.contains(#/p: \d+月\d+日，\d[^\d月]/#))
    }
}
