import Foundation
import TestSupport
import Testing
import Typesetting

/// A text that ends with a paragraph or a table and leaves no room for the 版记 where GB/T 9704
/// puts it (the foot of the last even page): the paragraphs near the end run a line shorter or
/// longer (缩行, 伸行; GB/T 9704 7.3.5 adjusts spacing where the room left does not suit), or the
/// table's last rows go on, so that every page is numbered, none is blank, and every text page
/// between the first and the 版记 page carries its 22 lines — what `pdfcheck.py --strict` asks.
/// Fixed-advance measurer, 28 × 22 grid; the 版记 takes the last 3 grid lines of its page.
struct EndBlockFitTests {
    static let line = Block.paragraph([Inline("大气污染防治工作情况通报")])
    static let endBlock = Block.endBlock(
        EndBlock(copyTo: "市委办公室，市政府办公室。", printer: "市大气污染防治攻坚办公室", printDate: "2017年11月20日"))
    static let punctuated = String(repeating: "会议要求，压实责任。", count: 12)

    /// A paragraph of 4 lines whose last holds `tail` characters (26 + 28 + 28 + tail), full of
    /// commas and full stops that a line shorter squeezes.
    static func paragraph(tail: Int) -> Block { .paragraph([Inline(String(punctuated.prefix(82 + tail)))]) }

    static func compose(_ blocks: [Block], loosen: Int = 2) -> ComposedDocument {
        var layout = Layout.standard
        layout.grid.loosenChars = loosen
        let doc = ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks + [endBlock])
        return Typesetter(layout: layout, measurer: FixedAdvanceMeasurer()).compose(doc)
    }

    static func numbers(_ doc: ComposedDocument) -> [String] {
        doc.pages.map { p in p.lines.first { $0.kind == .pageNumber }?.text ?? "" }
    }

    /// Grid lines of running text on each page.
    static func textLines(_ doc: ComposedDocument) -> [Int] {
        doc.pages.map { p in p.lines.filter { $0.slot != nil && $0.kind != .table }.count }
    }

    static func endBlockPage(_ doc: ComposedDocument) -> Int? {
        doc.pages.first { $0.lines.contains { $0.kind == .endBlock } }?.number
    }

    static func hasTable(_ doc: ComposedDocument, page: Int) -> Bool {
        doc.pages[page - 1].frames.contains { if case .box = $0 { return true } else { return false } }
    }

    /// What pdfcheck --strict asks of the page structure: every page numbered `— n —`, the 版记 on
    /// the last page, which is even, and every page between the first and the last that holds no
    /// table full (22 lines).
    static func strictStructure(_ doc: ComposedDocument) -> Bool {
        let n = doc.pages.count
        guard numbers(doc) == (1...n).map({ "— \($0) —" }), endBlockPage(doc) == n, n % 2 == 0 else { return false }
        let lines = textLines(doc)
        return (1..<max(1, n - 1)).allSatisfy { i in hasTable(doc, page: i + 1) || lines[i] == 22 }
    }

    @Test func anEvenPageFullToTheFootTakesThreeParagraphsALineShorter() {
        // page 2: 10 one-line paragraphs and three of 4 lines end on its last line; the 版记 needs
        // 3 lines: each of the three runs a line shorter, and the 版记 stays on page 2
        let blocks = Array(repeating: Self.line, count: 22 + 10) + Array(repeating: Self.paragraph(tail: 4), count: 3)
        let doc = Self.compose(blocks)
        #expect(doc.pages.count == 2)
        #expect(Self.endBlockPage(doc) == 2)
        #expect(Self.textLines(doc) == [22, 19])
        let strict = Self.strictStructure(doc)
        #expect(strict)
        // without 缩行 the 版记 goes past a blank, unnumbered page 3 to page 4
        let plain = Self.compose(blocks, loosen: 0)
        #expect(plain.pages.count == 4)
        #expect(Self.numbers(plain) == ["— 1 —", "— 2 —", "", ""])
        let plainStrict = Self.strictStructure(plain)
        #expect(!plainStrict)
    }

    @Test func anEvenPageShortOfTheEndBlockByOneLineTakesOneParagraph() {
        // page 2 ends on line 20 (one line too many for the 版记): one paragraph runs a line shorter
        let blocks = Array(repeating: Self.line, count: 22 + 8) + Array(repeating: Self.paragraph(tail: 4), count: 3)
        let doc = Self.compose(blocks)
        #expect(Self.textLines(doc) == [22, 19])
        let strict = Self.strictStructure(doc)
        #expect(strict)
        #expect(doc.pages[1].lines.filter { $0.kind == .body && $0.block >= 30 }.count == 11)
    }

    @Test func anOddPageEndingTwoLinesShortRunsTwoParagraphsALineLonger() {
        // pages 1 and 2 full, page 3: 12 one-line paragraphs and two full 4-line ones end on line
        // 20; the 版记 goes on page 4. Both paragraphs run a line longer (伸行), so page 3 is full
        // and the 版记 page follows a full page, not a page left short
        let full = Self.paragraph(tail: 28)
        for short in [1, 2] {
            let blocks = Array(repeating: Self.line, count: 44 + 14 - short) + [full, full]
            let doc = Self.compose(blocks)
            #expect(doc.pages.count == 4)
            #expect(Self.endBlockPage(doc) == 4)
            #expect(Self.textLines(doc) == [22, 22, 22, 0])
            let strict = Self.strictStructure(doc)
            #expect(strict)
            // without 伸行 page 3 stays short before the 版记 page
            let plain = Self.compose(blocks, loosen: 0)
            #expect(Self.textLines(plain) == [22, 22, 22 - short, 0])
            let plainStrict = Self.strictStructure(plain)
            #expect(!plainStrict)
        }
    }

    @Test func aTextRunningALineOntoAnOddPageComesBackWithTheEndBlock() {
        // page 2 full, one line on page 3: the 版记 would take page 4 after a page of one line.
        // Four paragraphs of pages 2 and 3 run a line shorter; text and 版记 end page 2
        let blocks = Array(repeating: Self.line, count: 22 + 7) + Array(repeating: Self.paragraph(tail: 4), count: 4)
        let doc = Self.compose(blocks)
        #expect(doc.pages.count == 2)
        #expect(Self.endBlockPage(doc) == 2)
        #expect(Self.textLines(doc) == [22, 19])
        let strict = Self.strictStructure(doc)
        #expect(strict)
        let plain = Self.compose(blocks, loosen: 0)
        #expect(Self.textLines(plain) == [22, 22, 1, 0])
        let plainStrict = Self.strictStructure(plain)
        #expect(!plainStrict)
    }

    @Test func aParagraphSetLongerForAHeadingStaysSoWhenTheEndBlockSetsAnEarlierOneAgain() {
        // page 2: two full 4-line paragraphs, 9 one-line ones and a third full paragraph end on
        // line 21; the heading after it keeps with its paragraph on page 3, and the third paragraph
        // runs a line longer to fill page 2. Page 3 ends 2 lines short of its foot: the first two
        // paragraphs of page 2 run a line longer for the 版记, and the third keeps its extra line
        let full = Self.paragraph(tail: 28)
        let blocks =
            Array(repeating: Self.line, count: 22) + [full, full] + Array(repeating: Self.line, count: 9) + [full]
            + [.heading(level: 2, text: "（一）重点工作"), Self.paragraph(tail: 4)] + Array(repeating: Self.line, count: 11)
            + [Self.paragraph(tail: 4)]
        let doc = Self.compose(blocks)
        #expect(Self.textLines(doc) == [22, 22, 22, 0])
        #expect(Self.endBlockPage(doc) == 4)
        let strict = Self.strictStructure(doc)
        #expect(strict)
    }

    @Test func aTableThatFitsButLeavesNoRoomMovesItsLastRowsOn() {
        // page 2: 15 to 17 one-line paragraphs, a caption and a 3-row table that fits above the
        // foot (at 17 it ends on the foot) but leaves no room for the 版记. Moving the whole table
        // would leave page 2 a text page short of 22 lines; its last row goes on instead, under the
        // header repeated, and the 版记 follows on page 4
        let table = Block.table(
            Table(
                header: ["序号", "单位", "文件"], rows: (1...3).map { ["\($0)", "晋城市", "00\($0).txt"] },
                columnWidths: [0.2, 0.4, 0.4]))
        for n in 15...17 {
            let doc = Self.compose(Array(repeating: Self.line, count: 22 + n) + [.caption("本期信息来源"), table])
            #expect(doc.pages.count == 4)
            #expect(Self.endBlockPage(doc) == 4)
            #expect(Self.hasTable(doc, page: 2) && Self.hasTable(doc, page: 3))
            #expect(doc.pages[2].lines.first?.text == "序号")
            #expect(doc.pages[2].lines.contains { $0.text == "003.txt" })
            let strict = Self.strictStructure(doc)
            #expect(strict)
            let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
            #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        }
    }
}

/// Texts of lengths between one page and four: headings that keep with their paragraph (伸行
/// fills the page they leave short), paragraphs the 版记 sets shorter or longer. Whatever is set
/// again, every paragraph comes out whole, the self-check finds nothing, and the page structure is
/// what pdfcheck --strict asks unless the text ends part-way down an odd page.
struct EndBlockSweepTests {
    static func document(sections: Int, fillers: Int) -> [Block] {
        var blocks: [Block] = []
        for s in 0..<sections {
            blocks.append(.heading(level: 2, text: "（\(s + 1)）重点工作"))
            blocks.append(EndBlockFitTests.paragraph(tail: [28, 4, 20, 12][s % 4]))
            blocks.append(.paragraph([Inline("会议要求，各乡镇要落实“一乡一策”，压实属地责任。")]))
        }
        blocks += Array(repeating: EndBlockFitTests.line, count: fillers)
        blocks.append(EndBlockFitTests.paragraph(tail: 16))
        return blocks
    }

    @Test func everyParagraphComesOutWhole() {
        let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
        var strict = 0
        var total = 0
        for sections in [3, 7] {
            for fillers in stride(from: 0, to: 22, by: 2) {
                let blocks = Self.document(sections: sections, fillers: fillers)
                let doc = EndBlockFitTests.compose(blocks)
                total += 1
                if EndBlockFitTests.strictStructure(doc) {
                    strict += 1
                } else {
                    // what stays refused: the text ends part-way down an odd page that no 4
                    // paragraphs a line longer can fill, and the 版记 page follows it
                    let n = doc.pages.count
                    let lines = EndBlockFitTests.textLines(doc)
                    #expect(n >= 4 && n % 2 == 0 && lines[n - 1] == 0 && lines[n - 2] < 22, "\(sections), \(fillers): \(lines)")
                }
                #expect(SelfCheck.check(doc, setter: setter).isEmpty)
                for (i, block) in blocks.enumerated() {
                    guard case .paragraph(let inlines) = block else { continue }
                    let text = doc.pages.flatMap { $0.lines.filter { $0.block == i && $0.kind == .body } }.map(\.text).joined()
                    #expect(text == inlines.map(\.text).joined(), "sections \(sections), fillers \(fillers), block \(i)")
                }
            }
        }
        #expect(strict > total / 2)
    }
}
