import Testing
import Typesetting

/// Line composition with a fixed-advance measurer: 16 pt characters, 10 per line.
struct LinebreakTests {
    let composer = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 16, gridPitch: 16)
    let body = TextStyle(role: "body", size: 16)

    func lines(_ text: String, width: Double = 160, indent: Double = 0) -> [String] {
        composer.compose([(text: text, style: body)], width: width, firstIndent: indent).map(\.text)
    }

    @Test func commaNeverStartsALine() {
        // a naive break puts "，" first on line 2; it cannot be squeezed in, so 十 is pushed down
        let l = lines("一二三四五六七八九十，一二三")
        #expect(l == ["一二三四五六七八九", "十，一二三"])
    }

    @Test func punctuationIsSqueezedBeforeAnythingIsPushed() {
        // 。 would start line 2; compressing the ， inside the line makes room for it (先挤进)
        let l = lines("一二三四，五六七八九。十一")
        #expect(l == ["一二三四，五六七八九。", "十一"])
    }

    @Test func adjacentMarksShareOneEm() {
        let set = composer.compose([(text: "甲（“乙”），丙", style: body)], width: 160, alignment: .left)
        let xs = set[0].xs
        // 甲 16, （ 16, “ half (its origin moves left into the empty half), 乙 16, ” half, ） half, ，
        #expect(xs == [0, 16, 24, 40, 56, 64, 72, 88])
    }

    @Test func aWideWordIsSqueezedInRatherThanLeavingALooseLine() {
        // breaking before ABCDE would spread 32 pt over 7 gaps; squeezing the two 、 takes it in
        let set = composer.compose([(text: "一二、三四、五六ABCDE七八九", style: body)], width: 160)
        #expect(set.map(\.text) == ["一二、三四、五六ABCDE", "七八九"])
        #expect(abs(set[0].x1 - 160) < 0.01)
    }

    @Test func openingQuoteNeverEndsALine() {
        let l = lines("一二三四五六七八九“十一”")
        #expect(l == ["一二三四五六七八九", "“十一”"])
    }

    @Test func noSingleCharacterAloneOnTheLastLine() {
        let l = lines("一二三四五六七八九十一")
        #expect(l == ["一二三四五六七八九", "十一"])
        let p = lines("一二三四五六七八九十一。")
        #expect(p == ["一二三四五六七八九", "十一。"])
    }

    @Test func latinWordsAndNumbersStayWhole() {
        #expect(lines("一二三四五六七八PM2.5九") == ["一二三四五六七八", "PM2.5九"])
        #expect(lines("一二三四五六七八2.5万元") == ["一二三四五六七八", "2.5万元"])
        #expect(lines("一二三四五六七2017~2018年") == ["一二三四五六七", "2017~2018年"])
        #expect(lines("一二三四五六七八μg/m³") == ["一二三四五六七八", "μg/m³"])
        #expect(lines("一二三四五六GB/T 9704—2012") == ["一二三四五六", "GB/T 9704—2012"])
        #expect(lines("一二三四五六七八九.5万") == ["一二三四五六七八", "九.5万"])
    }

    @Test func doubledDashAndEllipsisStayTogether() {
        let l = lines("一二三四五六七八九——十一二")
        #expect(l == ["一二三四五六七八", "九——十一二"])
        let e = lines("一二三四五六七八九……十一二")
        #expect(e == ["一二三四五六七八", "九……十一二"])
    }

    @Test func nonFinalLinesAreFlushAndSpreadBetweenUnits() {
        let set = composer.compose([(text: "一二三四五六七八PM2.5九十一二三四五六七", style: body)], width: 160)
        #expect(set.map(\.text) == ["一二三四五六七八", "PM2.5九十一二三四五", "六七"])
        for line in set.dropLast() {
            #expect(abs(line.x1 - 160) < 0.01)
            #expect(line.justified)
        }
        // the slack goes between units, never inside PM2.5
        let second = set[1]
        for k in 1..<5 { #expect(abs(second.xs[k] - second.xs[k - 1] - 8) < 0.001) }
        #expect(second.xs[5] - second.xs[4] > 8.5)
        #expect(set[2].isFinal)
        #expect(!set[2].justified)
    }

    @Test func aNumberKeepsItsUnitButAWordDoesNotGlue() {
        #expect(lines("一二三四五六七八九2025年") == ["一二三四五六七八九", "2025年"])
        #expect(lines("一二三四五六七八PM2.5浓度上升") == ["一二三四五六七八", "PM2.5浓度上升"])
    }

    @Test func lineFinalCommaCountsHalfAnEm() {
        // 九个字 + "十，" : the comma at the end is set half width, so the line is still flush
        let set = composer.compose([(text: "一二三四五六七八九十，一二三四五", style: body)], width: 168)
        #expect(set[0].text == "一二三四五六七八九十，")
        #expect(abs(set[0].x1 - 168) < 0.01)
    }

    @Test func firstLineIndentOfTwoCharacters() {
        let set = composer.compose([(text: "一二三四五六七八九十一二三", style: body)], width: 160, firstIndent: 32)
        #expect(set[0].xs[0] == 32)
        #expect(set[0].text == "一二三四五六七八")
        #expect(set[1].xs[0] == 0)
    }

    @Test func balancedCentredTitle() {
        let set = composer.compose([(text: "一二三四五六七八九十一二", style: body)], width: 160, alignment: .center)
        #expect(set.map { $0.chars.count } == [6, 6])
        #expect(abs(set[0].x0 - (160 - set[0].x1)) < 0.01)
    }

    @Test func headingLevelsFromNumbering() {
        #expect(BlockList.headingLevel("一、总体情况") == 1)
        #expect(BlockList.headingLevel("（一）扬尘") == 2)
        #expect(BlockList.headingLevel("1.燃煤") == 3)
        #expect(BlockList.headingLevel("（1）散煤") == 4)
    }
}

struct LongWordTests {
    let composer = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 16, gridPitch: 16)

    @Test func aWordWiderThanTheLineBreaksAfterSeparators() {
        let set = composer.compose(
            [(text: "seeds/002_1f215ed26580ae16.txt", style: TextStyle(role: "body", size: 16))], width: 160, alignment: .left)
        #expect(set.map(\.text) == ["seeds/002_", "1f215ed26580ae16.txt"])
    }
}
