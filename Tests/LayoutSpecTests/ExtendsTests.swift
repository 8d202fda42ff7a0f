import Documents
import Foundation
import LayoutSpec
import Testing
import Typesetting

/// `extends = "base.toml"`: shared parts written once, a layout setting only what differs.
struct ExtendsTests {
    @Test func theShippedLayoutsExtendTheBase() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let base = try f.load("base.toml")
        let weekly = try f.load("weekly-notice.toml")
        let monthly = try f.load("monthly-ranking.toml")
        #expect(weekly.name == "weekly-notice" && monthly.name == "monthly-ranking" && base.name == "base")
        #expect(weekly.page == base.page && weekly.grid == base.grid && weekly.styles == base.styles)
        #expect(weekly.fonts == base.fonts && monthly.fonts == base.fonts)
        #expect(monthly.table.rowHeight == 20 && weekly.table.rowHeight == base.table.rowHeight)
        #expect(weekly.furniture.bulletinName == "大气污染防治工作通报")
        #expect(weekly.furniture.copyToLabel == base.furniture.copyToLabel)
        #expect(abs(weekly.page.blockWidth - 156 * Units.ptPerMM) < 0.001)
        #expect(weekly.grid.charsPerLine == 28 && weekly.grid.linesPerPage == 22)
        #expect(base.documentSettings.isEmpty && base.texts.isEmpty)
        #expect(WeeklyNotice.settings(in: weekly)?.maxRequirements == 10)
        #expect(MonthlyRanking.settings(in: monthly)?.warnLast == 2)
        #expect(MonthlyRanking.settings(in: weekly) == nil)
        let meeting = try f.load("monthly-ranking-meeting.toml")
        #expect(meeting.page.widthMM == 420 && meeting.style("masthead") == base.style("masthead"))
        #expect(meeting.style("title").size == 36 && meeting.style("title").font == "title")
    }

    @Test func aKeyOverridesOnlyItself() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        try f.write("big-title.toml", LayoutFixture.child(of: "weekly-notice.toml", "[styles.title]\nsize_pt = 26\n"))
        let weekly = try f.load("weekly-notice.toml")
        let big = try f.load("big-title.toml")
        #expect(big.style("title").size == 26)
        var expected = weekly.style("title")
        expected.size = 26
        #expect(big.style("title") == expected)
        #expect(big.texts == weekly.texts && big.documentSettings == weekly.documentSettings)
        #expect(big.name == "big-title", "a name is not inherited")
        // chains: a layout extending one that extends the base
        try f.write("bigger.toml", LayoutFixture.child(of: "big-title.toml", "[grid]\nbody_size_pt = 15\n"))
        let bigger = try f.load("bigger.toml")
        #expect(bigger.style("title").size == 26 && bigger.grid.bodySize == 15)
    }

    @Test func anErrorInTheBaseNamesTheBase() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        try f.write("bad-base.toml", "version = 1\nextends = \"base.toml\"\n[table]\npadding_pt = nan\n")
        let e = f.error("child.toml", LayoutFixture.child(of: "bad-base.toml", "[grid]\nbody_size_pt = 16\n"))
        f.expect(e, file: "bad-base.toml", line: 4, key: "table.padding_pt", "finite")
    }

    @Test func extendsThatCannotBeFollowedIsRefused() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        f.expect(f.error("a.toml", LayoutFixture.child(of: "nowhere.toml", "")), file: "a.toml", line: 2, key: "extends", "no such")
        try f.write("loop-a.toml", LayoutFixture.child(of: "loop-b.toml", ""))
        let loop = f.error("loop-b.toml", LayoutFixture.child(of: "loop-a.toml", ""))
        #expect(loop?.key == "extends" && loop?.message.contains("extends itself") == true, "\(String(describing: loop))")
        f.expect(f.error("self.toml", LayoutFixture.child(of: "self.toml", "")), file: "self.toml", line: 2, key: "extends")
        f.expect(f.error("n.toml", "version = 1\nextends = 3\n"), file: "n.toml", line: 2, key: "extends", "path")
        // more than eight deep
        for i in 0..<10 { try f.write("d\(i).toml", LayoutFixture.child(of: i == 0 ? "base.toml" : "d\(i - 1).toml", "")) }
        #expect(f.error("d9b.toml", LayoutFixture.child(of: "d9.toml", ""))?.message.contains("more than") == true)
    }

    /// Without `extends`, a layout must set every key itself: the defaults are base.toml's, not Swift's.
    @Test func withoutExtendsEveryKeyIsNeeded() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("lone.toml", "version = 1\n[grid]\nchars_per_line = 28\n")
        f.expect(e, file: "lone.toml", line: 1, key: "colors", "missing")
        let g = f.error("lone2.toml", try LayoutFixture.text("base.toml").replacingOccurrences(of: "body_size_pt = 16", with: ""))
        #expect(g?.key == "grid.body_size_pt", "\(String(describing: g))")
    }

    @Test func theGenericEngineHoldsNoDomainWords() throws {
        // The title-break words, the 版记 labels and every default are in layouts/base.toml.
        let root = LayoutFixture.shipped.deletingLastPathComponent().appendingPathComponent("Sources/Typesetting")
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            for word in ["大气污染", "进展情况", "的通报", "抄送：", "印发", "仿宋_GB2312"] {
                let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                #expect(!code.contains { $0.contains("\"") && $0.contains(word) }, "\(name) holds \(word)")
            }
        }
        let base = try LayoutFixture.text("base.toml")
        #expect(base.contains("\"大气污染\"") && base.contains("copy_to_label = \"抄送：\""))
    }
}
