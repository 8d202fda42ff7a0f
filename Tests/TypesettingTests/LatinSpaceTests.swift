import Testing
import Typesetting

/// Han–Latin spacing (clreq §3.4) with a fixed-advance measurer: Han 16 pt, Latin and digits 8 pt.
struct LatinSpaceTests {
    let composer = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 16, gridPitch: 16)
    let body = TextStyle(role: "body", size: 16)

    func set(_ text: String, width: Double = 160, alignment: LineAlignment = .justify) -> [SetLine] {
        composer.compose([(text: text, style: body)], width: width, alignment: alignment)
    }

    func gaps(_ l: SetLine) -> [Double] { zip(l.xs, l.xs.dropFirst()).map { $1 - $0 } }

    @Test func aQuarterEmBetweenHanAndLatinNoneInsideTheWord() {
        let l = set("一二PM2.5三四", alignment: .left)[0]
        // 一 16, 二 16 + 4, P M 2 . 8 each, 5 8 + 4, 三
        #expect(gaps(l) == [16, 20, 8, 8, 8, 8, 12, 16])
    }

    @Test func noSpaceAtTheLineStartOrEndOrNextToPunctuation() {
        let l = set("PM2.5（PM10）一", alignment: .left)[0]
        #expect(l.xs[0] == 0)
        // 5|（ and 0|） take no space
        #expect(gaps(l)[4] == 8)
        #expect(gaps(l)[9] == 8)
        let end = set("一二三四五六七八PM", alignment: .left)[0]
        #expect(abs(end.x1 - (8 * 16 + 4 + 16)) < 0.001)
    }

    @Test func aNumberAndItsUnitStayTogetherWithTheSpaceBetween() {
        let l = set("一二三四五六七2.5万元", alignment: .left)
        #expect(l.map(\.text) == ["一二三四五六七", "2.5万元"])
        #expect(gaps(l[1]) == [8, 8, 12, 16])
    }

    @Test func justificationWidensTheBoundaryAndKeepsTheHanGapsOnTheGrid() {
        let lines = set("一二三四五六七PM2.5八九十一二三")
        let first = lines[0]
        #expect(first.text == "一二三四五六七PM2.5")
        #expect(abs(first.x1 - 160) < 0.01)
        let g = gaps(first)
        // 4 pt left over: the one Han–Latin boundary takes them, the Han characters stay 16 pt apart
        for k in 0..<6 { #expect(abs(g[k] - 16) < 0.0001) }
        #expect(abs(g[6] - 16 - 4 - 4) < 0.0001)
        // inside PM2.5 the advances stay 8 pt
        for k in 7..<11 { #expect(abs(g[k] - 8) < 0.0001) }
    }

    @Test func whatTheBoundariesCannotTakeIsSpreadOverEveryGap() {
        // 一…七 a 八九 is 160 pt set solid, 十 does not fit in 170: 10 pt over. The two boundaries
        // widen by a quarter em each (8 pt), the last 2 pt go over the nine gaps alike
        let l = set("一二三四五六七a八九十一二", width: 170)[0]
        #expect(l.text == "一二三四五六七a八九")
        #expect(abs(l.x1 - 170) < 0.01)
        let g = gaps(l)
        let stretch = 2.0 / 9
        for k in 0..<6 { #expect(abs(g[k] - 16 - stretch) < 0.0001) }
        #expect(abs(g[6] - (16 + 4 + 4 + stretch)) < 0.0001)
        #expect(abs(g[7] - (8 + 4 + 4 + stretch)) < 0.0001)
        #expect(abs(g[8] - 16 - stretch) < 0.0001)
    }

    @Test func adjacentPunctuationGetsItsHalfEmBackBeforeTheHanGapsStretch() {
        // ”“ set solid give up half an em; the line has room for it and not for 七: the 8 pt go back
        // to the ” and every character sits on the 16 pt grid
        let l = set("一二“三”“四”五六七八")[0]
        #expect(l.text == "一二“三”“四”五六")
        #expect(abs(l.x1 - 160) < 0.01)
        for d in gaps(l) { #expect(abs(d - 16) < 0.0001) }
    }

    @Test func aTightLineSqueezesTheSpacesWithThePunctuation() {
        // set solid 一、二三四五六 a 七八， is 168 pt: the 8 pt over come from 、 and the two spaces alike
        let lines = set("一、二三四五六a七八，九十")
        #expect(lines[0].text == "一、二三四五六a七八，")
        #expect(abs(lines[0].x1 - 160) < 0.01)
        let g = gaps(lines[0])
        #expect(abs(g[1] - 12) < 0.0001)
        #expect(abs(g[6] - 18) < 0.0001)
        #expect(abs(g[7] - 10) < 0.0001)
    }
}
