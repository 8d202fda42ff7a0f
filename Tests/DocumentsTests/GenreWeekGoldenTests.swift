import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

/// The genre weeks audited claim by claim in `AUDIT-genre-2.md`: each notice as the genre set makes
/// it, checked by the self-check and kept as golden text and content JSON (read line by line when
/// they change).
@Suite struct GenreWeekGoldenTests {
    static let items = GenreWeeks.items(in: "Genre")

    @Test(arguments: [
        "2018-W46", "2018-W47", "2018-W48", "2018-W49", "2019-W02", "2019-W09", "2019-W10", "2019-W13", "2019-W20", "2019-W39",
        "2019-W43", "2019-W44", "2019-W49",
    ])
    func genreWeekIsFaithfulAndGolden(_ name: String) throws {
        let dump = try GenreWeeks.checkedDump(name, items: Self.items, golden: "genre-week")
        // No bare speech verb, no speaker's voice, no address or signature line, no list number,
        // label or 本报讯 in a source title, no date said twice.
        #expect(!dump.contains(#/[^，：；]{2,6}要求。/#))
        #expect(!dump.contains("请大家") && !dump.contains("我提几点") && !dump.contains("刚才，"))
        #expect(!dump.contains(#/\np: [^\n]*办公室。/#))
        #expect(!dump.contains(#/\| (?:[0-9]+[、.]|简报[一二三四五六七八九十]+：|本报讯)/#))
        #expect(!dump.contains(#/p: \d+月\d+日，[^。]*，\d+月(?:\d+日|上旬|中旬|下旬)/#))
    }
}
