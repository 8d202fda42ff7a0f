import Foundation
import LayoutSpec
import ReportModel
import TestSupport
import Testing
import Typesetting

@testable import Documents

/// The genre weeks audited claim by claim in `AUDIT-genre-1.md` (the other 13 are
/// `GenreWeekGoldenTests`'s): each notice as the genre set makes it, checked by the self-check and
/// kept as golden text and content JSON (read line by line when they change).
@Suite struct GenreWeekGoldenPart1Tests {
    @Test(arguments: [
        "2017-W44", "2017-W45", "2017-W46", "2017-W47", "2017-W48", "2017-W49", "2018-W15", "2018-W37", "2018-W41", "2018-W42",
        "2018-W43", "2018-W44", "2018-W45",
    ])
    func genreWeekIsFaithfulAndGolden(_ name: String) throws {
        let dump = try GenreWeeks.checkedDump(name, items: GenreWeekGoldenTests.items, golden: "genre-week")
        // No straight quote in Chinese text, no heading or row naming 全县/全区/平原地区 or no unit,
        // no date in Chinese numerals said as the item's date, no label in a source title.
        #expect(!dump.contains("\""))
        #expect(!dump.contains(#/（[一二三四五六七八九十]+）(?:全县|全区|全市|其他单位|平原地区)\n/#))
        #expect(!dump.contains(#/\n  row: (?:\d+ \| )?(?:全县|全区|全市|其他单位|平原地区) \|/#))
        #expect(!dump.contains(#/p: [一二三四五六七八九十]+月[一二三四五六七八九十]+日/#))
        #expect(!dump.contains(#/\| (?:【?简报[一二三四五六七八九十]+[】：]|本报讯)/#))
    }
}
