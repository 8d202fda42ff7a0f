import TestSupport
import Testing
import Typesetting

/// Long centred titles break at word boundaries into balanced lines, never inside a date or a number.
struct TitleBreakTests {
    /// Titles are display lines: dates set tight, no Han–Latin space.
    var composer: LineComposer {
        var c = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 16, gridPitch: 442.205 / 28)
        c.latinSpace = 0
        return c
    }
    let title = TextStyle(role: "title", size: 22)
    let W = 442.205

    @Test func aDateRangeStaysWholeAndTheBreakFollowsTheBracket() {
        let lines = composer.titleLines(
            "关于2017年第30周（7月24日—7月30日）大气污染防治工作情况的通报", style: title, width: W, prefs: Layout.standard.titleBreaks)
        #expect(lines == ["关于2017年第30周（7月24日—7月30日）", "大气污染防治工作情况的通报"])
    }

    @Test func aThirdLineIsBetterThanBreakingTheDateRange() {
        // with Han–Latin spaces the first line no longer fits: rather than split 7月24日—|7月30日,
        // the bracket gets a line of its own
        let spaced = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 16, gridPitch: 442.205 / 28)
        let lines = spaced.titleLines(
            "关于2017年第30周（7月24日—7月30日）大气污染防治工作情况的通报", style: title, width: W, prefs: Layout.standard.titleBreaks)
        #expect(lines == ["关于2017年第30周", "（7月24日—7月30日）", "大气污染防治工作情况的通报"])
    }

    @Test func datesAndNumbersAreNeverBreakPoints() {
        let b = TitleBreak(prefs: Layout.standard.titleBreaks)
        let s = Array("关于2017年第30周（7月24日—7月30日）")
        // 第|30, 2017年|1月, 7月|30日 are one unit; 2017年|第30周 and —|7月 are parts of one date (costly)
        #expect(b.cost(s, at: 8) == nil)  // 第|30周
        #expect(b.cost(Array("2017年1月"), at: 5) == nil)
        #expect(b.cost(Array("7月30日"), at: 2) == nil)
        #expect((b.cost(s, at: 7) ?? 0) >= 2 * Layout.standard.titleBreaks.tolerance)  // 2017年|第30周
        #expect((b.cost(Array("24日—7月"), at: 4) ?? 0) >= 2 * Layout.standard.titleBreaks.tolerance)
        // a preferred boundary costs nothing, a break between two Han characters costs the tolerance
        #expect(b.cost(Array("（7月）大气"), at: 4) == 0)
        #expect(b.cost(Array("防治工作"), at: 2) == Layout.standard.titleBreaks.tolerance)
    }

    @Test func withoutPreferredWordsTheBalancedBreakAvoidsTheDate() {
        var prefs = Layout.standard.titleBreaks
        prefs.before = []
        prefs.after = []
        // the middle of the title falls inside 7月30日
        let text = "一二三四五六七八九十一7月30日一二三四五六七八九十一"
        let lines = composer.titleLines(text, style: title, width: W, prefs: prefs)
        #expect(lines?.joined() == text)
        #expect(lines?.count == 2)
        #expect(lines?.contains { $0.contains("7月30日") } == true)
    }

    @Test func threeLinesFormATrapezoidOrADiamondNotAnHourglass() {
        #expect(TitleBreak.shapeCost([18, 16, 14]) == 4)
        #expect(TitleBreak.shapeCost([14, 18, 14]) == 4)
        #expect(TitleBreak.shapeCost([18, 12, 18]) == 6 + 2)
        #expect(TitleBreak.shapeCost([14, 18]) == 4 + 1.5)
    }

    @Test func aLongTitleTakesTheFewestLinesAndKeepsLatinWordsWhole() {
        let text = "关于进一步加强2017~2018年秋冬季大气污染综合治理攻坚行动PM2.5浓度下降情况的通报"
        let lines = composer.titleLines(text, style: title, width: W, prefs: Layout.standard.titleBreaks) ?? []
        #expect(lines.joined() == text)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("2017~2018年") })
        #expect(lines.contains { $0.contains("PM2.5") })
        // balanced: with no preferred boundary near the middle, a Han–Han break that keeps both lines even
        #expect(lines == ["关于进一步加强2017~2018年秋冬季大气污染", "综合治理攻坚行动PM2.5浓度下降情况的通报"])
    }

    @Test func theFlowUsesItForTitlesAndCaptions() {
        let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
        let doc = setter.compose(
            ContentDocument(
                metadata: DocumentMetadata(title: "t"),
                blocks: [.title("关于2017年第30周（7月24日—7月30日）大气污染防治工作情况的通报")]))
        let titles = doc.pages[0].lines.filter { $0.kind == .title }.map(\.text)
        #expect(titles == ["关于2017年第30周（7月24日—7月30日）", "大气污染防治工作情况的通报"])
    }

    @Test func everyTitleComesBackWholeAtAnyWidth() {
        let titles = [
            "关于2017年第30周（7月24日—7月30日）大气污染防治工作情况的通报", "Wanshouxigong", "关于PM2.5的通报",
            "（一）", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "关于2017~2018年秋冬季攻坚行动《实施方案》“回头看”情况的通报",
        ]
        for t in titles {
            for width in stride(from: 60.0, through: 460.0, by: 20) {
                if let lines = composer.titleLines(t, style: title, width: width, prefs: Layout.standard.titleBreaks) {
                    #expect(lines.joined() == t, "\(t) at \(width)")
                    #expect(!lines.contains { $0.isEmpty })
                    #expect(lines.dropFirst().allSatisfy { !CJK.noLineStart.contains($0.first ?? "一") })
                }
            }
        }
    }
}
