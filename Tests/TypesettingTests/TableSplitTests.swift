import Foundation
import TestSupport
import Testing
import Typesetting

/// A table row broken across pages (`[table] split_rows`, Word's 允许跨行断页) with its header
/// repeated, and a table that ends the text under a 版记 that does not fit (fixed-advance
/// measurer, 28 × 22 grid).
struct TableSplitTests {
    static let filler = Block.paragraph([Inline("大气污染防治工作情况通报。")])
    static let endBlock = Block.endBlock(
        EndBlock(copyTo: "市委办公室，市政府办公室。", printer: "市大气污染防治攻坚办公室", printDate: "2017年11月20日"))

    /// A cell of `n` lines in the wide column (32 characters of 12 pt a line).
    static func cell(lines n: Int) -> String {
        let source = "确保实现今年冬季空气质量优良天数不少于六十六天的目标，完成市区一万个小火炉淘汰工作；"
        var s = ""
        while s.count < 32 * (n - 1) + 10 { s += source }
        return String(s.prefix(32 * (n - 1) + 10))
    }

    /// Page 1 full, 18 one-line paragraphs and a lead-in (见下表。) on page 2, which leaves 3
    /// lines free; then a table whose first row has `first` lines, and a short second row.
    static func document(first: Int) -> ContentDocument {
        var blocks = Array(repeating: filler, count: 22 + 18)
        blocks.append(.paragraph([Inline("各单位本周部署的重点举措和量化目标见下表。")]))
        blocks.append(
            .table(
                Table(
                    header: ["单位", "量化目标"], rows: [["甲区", cell(lines: first)], ["乙区", "年底前完成"]],
                    columnWidths: [0.12, 0.88])))
        return ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks)
    }

    static func compose(_ doc: ContentDocument, split: Bool = true) -> ComposedDocument {
        var layout = Layout.standard
        layout.table.splitRows = split
        return Typesetter(layout: layout, measurer: FixedAdvanceMeasurer()).compose(doc)
    }

    static func cells(_ doc: ComposedDocument, page n: Int) -> [String] {
        doc.pages[n - 1].lines.filter { $0.kind == .table }.map(\.text)
    }

    static func bodyLines(_ doc: ComposedDocument, page n: Int) -> Int {
        doc.pages[n - 1].lines.filter { $0.kind == .body }.count
    }

    @Test func aTallRowBreaksAtTheFootAndGoesOnUnderTheRepeatedHeader() {
        let doc = Self.compose(Self.document(first: 5))
        let target = Self.cell(lines: 5)
        // page 2: the text, the header and the row's first two lines (3 free lines hold no more)
        #expect(Self.bodyLines(doc, page: 2) == 19)
        let two = Self.cells(doc, page: 2)
        #expect(two.prefix(3) == ["单位", "量化目标", "甲区"])
        #expect(two.dropFirst(3) == [String(target.prefix(32)), String(target.dropFirst(32).prefix(32))])
        // page 3: the header again, the row's other three lines, and the next row
        let three = Self.cells(doc, page: 3)
        #expect(three.prefix(2) == ["单位", "量化目标"])
        #expect(three.dropFirst(2).prefix(3).joined() == String(target.dropFirst(64)))
        #expect(three.suffix(2) == ["乙区", "年底前完成"])
        // each piece is a box as tall as its lines: 2 and 3 lines of 15 pt and the padding
        let boxes = doc.pages[1].frames.compactMap { f -> BoxFrame? in if case .box(let b) = f { return b } else { return nil } }
        #expect(boxes.suffix(2).allSatisfy { abs($0.height - (2 * 15 + 8)) < 0.01 })
        let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        let dump = FrameDump.lines(doc) + "----\n" + FrameDump.dump(doc)
        #expect(Golden.check(dump, named: "table-row-split.txt") == nil)
        // kept whole (split_rows = false), the table starts page 3 and leaves page 2 short
        let whole = Self.compose(Self.document(first: 5), split: false)
        #expect(Self.cells(whole, page: 2).isEmpty)
        #expect(Self.cells(whole, page: 3).prefix(3) == ["单位", "量化目标", "甲区"])
    }

    @Test func aThreeLineRowBreaksTwoAndOneATwoLineRowFitsWhole() {
        // 3 lines: two at the foot, the last under the header on the next page
        let three = Self.compose(Self.document(first: 3))
        #expect(Self.cells(three, page: 2).count == 3 + 2)
        #expect(Self.cells(three, page: 3).prefix(3).count == 3)
        #expect(Self.cells(three, page: 3)[2] == String(Self.cell(lines: 3).dropFirst(64)))
        // 2 lines fit whole under the header in the 3 free lines; the next row goes on
        let two = Self.compose(Self.document(first: 2))
        #expect(Self.cells(two, page: 2).count == 3 + 2)
        #expect(Self.cells(two, page: 3) == ["单位", "量化目标", "乙区", "年底前完成"])
    }

    @Test func aCaptionAtTheFootOfATextPageKeepsWithTheHeaderAndFirstRowOnly() {
        // page 2: 18 one-line paragraphs, then a caption and a 3-row table that does not fit whole.
        // A short table goes whole onto the first page (which may end short); on a page of running
        // text it starts under its caption where its header and first row fit, so page 2 is not
        // left a text page 4 lines short
        let table = Block.table(
            Table(header: ["序号", "单位", "文件"], rows: (1...3).map { ["\($0)", "晋城市", "00\($0).txt"] }, columnWidths: [0.2, 0.4, 0.4]))
        let doc = Self.compose(
            ContentDocument(
                metadata: DocumentMetadata(title: "t"),
                blocks: Array(repeating: Self.filler, count: 22 + 18) + [.caption("本期信息来源"), table]))
        #expect(doc.pages.count == 3)
        #expect(Self.bodyLines(doc, page: 2) == 18)
        #expect(doc.pages[1].lines.contains { $0.kind == .caption })
        #expect(Self.cells(doc, page: 2).prefix(6) == ["序号", "单位", "文件", "1", "晋城市", "001.txt"])
        #expect(Self.cells(doc, page: 3).prefix(3) == ["序号", "单位", "文件"])
        #expect(Self.cells(doc, page: 3).suffix(3) == ["3", "晋城市", "003.txt"])
    }

    /// Page 1 full, then 19 one-line paragraphs, a caption and a one-row table that end page 2,
    /// and the 版记, which needs 3 free lines (the 本期信息来源 table of 2018-W22).
    static var sourcesAtTheFoot: ContentDocument {
        var blocks = Array(repeating: filler, count: 22 + 19)
        blocks.append(.caption("本期信息来源"))
        blocks.append(
            .table(Table(header: ["序号", "单位", "文件"], rows: [["1", "晋城市", "003.txt"]], columnWidths: [0.2, 0.4, 0.4])))
        blocks.append(endBlock)
        return ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks)
    }

    @Test func aTableEndingTheTextGoesOnWithTheEndBlockRatherThanABlankPage() {
        let doc = Self.compose(Self.sourcesAtTheFoot)
        // page 2 holds the text, page 3 the caption and the table, page 4 the 版记: no blank page,
        // every page numbered
        #expect(doc.pages.count == 4)
        #expect(Self.bodyLines(doc, page: 2) == 19)
        #expect(doc.pages[2].lines.first?.kind == .caption)
        #expect(Self.cells(doc, page: 3) == ["序号", "单位", "文件", "1", "晋城市", "003.txt"])
        #expect(doc.pages[3].lines.contains { $0.kind == .endBlock })
        #expect(doc.pages.map { p in p.lines.first { $0.kind == .pageNumber }?.text ?? "" } == ["— 1 —", "— 2 —", "— 3 —", "— 4 —"])
        let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        let dump = FrameDump.lines(doc) + "----\n" + FrameDump.dump(doc)
        #expect(Golden.check(dump, named: "table-before-end-block.txt") == nil)
        // ending with a paragraph instead, the 版记 still takes a blank page 3 (GB/T 9704 7.5)
        var blocks = Array(repeating: Self.filler, count: 44)
        blocks.append(Self.endBlock)
        let plain = Self.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks))
        #expect(plain.pages.count == 4 && plain.pages[2].frames.isEmpty)
    }
}
