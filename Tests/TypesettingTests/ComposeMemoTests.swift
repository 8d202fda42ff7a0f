import Testing
@testable import Typesetting

/// The compose memo answers a repeat with the lines composed the first time, and only a repeat.
struct ComposeMemoTests {
    let body = TextStyle(role: "body", size: 16)
    let text = "一二三四，五六七八九。十一（GB/T 9704—2012）规定2.5万个，“甲”、乙……丙"

    func composer(memo: ComposeMemo?) -> LineComposer {
        var c = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 16, gridPitch: 16)
        c.memo = memo
        return c
    }

    @Test func aRepeatIsAnsweredWithTheSameLines() {
        let memo = ComposeMemo()
        let c = composer(memo: memo)
        let plain = composer(memo: nil).compose([(text: text, style: body)], width: 160, firstIndent: 32)
        let first = c.compose([(text: text, style: body)], width: 160, firstIndent: 32)
        #expect(memo.hits == 0)
        let again = c.compose([(text: text, style: body)], width: 160, firstIndent: 32)
        #expect(memo.hits == 1)
        #expect(first == plain)
        #expect(again == plain)
    }

    @Test func anyDifferenceIsComposedAfresh() {
        let memo = ComposeMemo()
        var c = composer(memo: memo)
        let runs = [(text: text, style: body)]
        _ = c.compose(runs, width: 160)
        let variants: [[SetLine]] = [
            c.compose(runs, width: 150),
            c.compose(runs, width: 160, firstIndent: 32),
            c.compose(runs, width: 160, indent: 16),
            c.compose(runs, width: 160, rightIndent: 16),
            c.compose(runs, width: 160, alignment: .center),
            c.compose(runs, width: 160, tracking: 0.1),
            c.compose(runs, width: 160, loosen: 8, loosenFrom: 1),
            c.compose(runs, width: 160, loosen: 8, loosenFrom: 2),
            c.compose([(text: text + "。", style: body)], width: 160),
            c.compose([(text: text, style: TextStyle(role: "heading", size: 16))], width: 160),
        ]
        #expect(memo.hits == 0)
        c.latinSpace = 0
        let tight = c.compose(runs, width: 160)
        #expect(memo.hits == 0)
        var fresh = composer(memo: nil)
        fresh.latinSpace = 0
        #expect(tight == fresh.compose(runs, width: 160))
        #expect(variants[0] == composer(memo: nil).compose(runs, width: 150))
    }
}

/// A numeric cell (set flush right) as `String.contains` decided it, now from a bit table.
struct NumericCellTests {
    @Test func numericCells() {
        for s in ["12", " 3.5 ", "-1,000", "+8.8%", "5‰", "−2"] { #expect(TableLayout.isNumeric(s), "\(s)") }
        for s in ["", "  ", "12个", "一", "1 2", "1\u{0301}", "约3", "N/A"] { #expect(!TableLayout.isNumeric(s), "\(s)") }
    }
}
