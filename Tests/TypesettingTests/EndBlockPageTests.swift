import Foundation
import TestSupport
import Testing
import Typesetting

/// The 版记 at the foot of an even page (`[parts] end_block_on_even_page`), and the page numbers
/// of the pages that holds (GB/T 9704-2012 7.5).
struct EndBlockPageTests {
    static let endBlock = Block.endBlock(
        EndBlock(copyTo: "市委办公室，市政府办公室。", printer: "市大气污染防治攻坚办公室", printDate: "2017年11月20日"))

    /// A document of `n` full-width body lines (one paragraph each) and a 版记.
    static func document(lines n: Int) -> ContentDocument {
        var blocks: [Block] = []
        for _ in 0..<n { blocks.append(.paragraph([Inline("大气污染防治工作情况通报")])) }
        blocks.append(endBlock)
        return ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks)
    }

    static func compose(lines n: Int, evenPage: Bool = true, numberBlank: Bool = false) -> ComposedDocument {
        var layout = Layout.standard
        layout.parts.endBlockOnEvenPage = evenPage
        layout.pageNumber.numberBlankEndPages = numberBlank
        return Typesetter(layout: layout, measurer: FixedAdvanceMeasurer()).compose(document(lines: n))
    }

    static func endBlockPage(_ doc: ComposedDocument) -> Int? {
        doc.pages.first { $0.lines.contains { $0.kind == .endBlock } }?.number
    }

    static func numbers(_ doc: ComposedDocument) -> [String] {
        doc.pages.map { p in p.lines.first { $0.kind == .pageNumber }?.text ?? "" }
    }

    @Test func textEndingOnAnOddPageGetsAnEvenPageForTheEndBlock() {
        // 10 lines: the text ends on page 1 (odd), where the 版记 would fit
        let doc = Self.compose(lines: 10)
        #expect(doc.pages.count == 2)
        #expect(Self.endBlockPage(doc) == 2)
        #expect(doc.pages[1].lines.allSatisfy { $0.kind == .endBlock || $0.kind == .pageNumber })
        // the 版记 page follows text, no blank page: both are numbered
        #expect(Self.numbers(doc) == ["— 1 —", "— 2 —"])
        // the 版记's last rule on the block's bottom edge of page 2
        let layout = Layout.standard
        let rules = doc.pages[1].frames.compactMap { f -> RuleFrame? in if case .rule(let r) = f { return r } else { return nil } }
        let bottom = layout.page.blockTop + layout.page.blockHeight
        #expect(rules.contains { abs($0.y + $0.thickness / 2 - bottom) < 0.01 })
    }

    @Test func textEndingOnAnEvenPageKeepsTheEndBlockThere() {
        // 22 + 10 lines: the text ends on page 2 (even) with room for the 版记
        let doc = Self.compose(lines: 32)
        #expect(doc.pages.count == 2)
        #expect(Self.endBlockPage(doc) == 2)
        #expect(doc.pages[1].lines.contains { $0.kind == .body })
        #expect(Self.numbers(doc) == ["— 1 —", "— 2 —"])
    }

    @Test func anEndBlockPushedOntoAnOddPageLeavesItBlankAndUnnumbered() {
        // 44 lines fill pages 1 and 2: the 版记 does not fit on page 2, page 3 stays blank, the 版记
        // goes to page 4, and neither page 3 nor page 4 carries a number
        let doc = Self.compose(lines: 44)
        #expect(doc.pages.count == 4)
        #expect(Self.endBlockPage(doc) == 4)
        #expect(doc.pages[2].frames.isEmpty)
        #expect(Self.numbers(doc) == ["— 1 —", "— 2 —", "", ""])
        // a layout may number them all the same
        #expect(Self.numbers(Self.compose(lines: 44, numberBlank: true)) == ["— 1 —", "— 2 —", "— 3 —", "— 4 —"])
    }

    /// Page 1 full, then `short` one-line paragraphs and a paragraph of many commas and full stops
    /// whose last line holds `tail` characters, then the 版记.
    static func punctuated(short: Int, tail: Int) -> ContentDocument {
        var blocks: [Block] = Array(repeating: .paragraph([Inline("大气污染防治工作情况通报")]), count: 22 + short)
        let lines = String(repeating: "会议要求，压实责任。", count: 10)  // 100 characters: 26 + 28 + 28 + 18
        blocks.append(.paragraph([Inline(String(lines.prefix(82 + tail)))]))
        blocks.append(endBlock)
        return ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks)
    }

    @Test func aParagraphRunsALineShorterSoTheEndBlockFitsOnTheEvenPage() {
        // page 2: 16 short lines and a 4-line paragraph end on line 20; the 版记 needs 3 free lines.
        // The paragraph's last lines squeeze their punctuation (缩行) and take in its last line, so
        // the 版记 stays on page 2: no blank page 3, no 版记 page 4
        let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
        let doc = setter.compose(Self.punctuated(short: 16, tail: 4))
        #expect(doc.pages.count == 2)
        #expect(Self.endBlockPage(doc) == 2)
        #expect(Self.numbers(doc) == ["— 1 —", "— 2 —"])
        let para = doc.pages[1].lines.filter { $0.block == 38 }
        #expect(para.count == 3)
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        let dump = FrameDump.lines(doc) + "----\n" + FrameDump.dump(doc)
        #expect(Golden.check(dump, named: "end-block-tightened.txt") == nil)
        // without the adjustment (loosen_chars = 0) the 版记 takes a blank page 3 and page 4
        var layout = Layout.standard
        layout.grid.loosenChars = 0
        let plain = Typesetter(layout: layout, measurer: FixedAdvanceMeasurer()).compose(Self.punctuated(short: 16, tail: 4))
        #expect(plain.pages.count == 4)
        #expect(Self.endBlockPage(plain) == 4)
    }

    @Test func theOptionOffLeavesTheEndBlockOnTheLastTextPage() {
        let doc = Self.compose(lines: 10, evenPage: false)
        #expect(doc.pages.count == 1)
        #expect(Self.endBlockPage(doc) == 1)
        let full = Self.compose(lines: 44, evenPage: false)
        #expect(full.pages.count == 3)
        #expect(Self.numbers(full) == ["— 1 —", "— 2 —", "— 3 —"])
    }
}
