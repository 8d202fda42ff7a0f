import Foundation
import TestSupport
import Testing
import Typesetting

struct TableTests {
    let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())

    static var table: Table {
        Table(
            header: ["排名", "区县", "PM2.5\n(μg/m³)", "综合得分"],
            rows: (1...60).map { ["\($0)", "第\($0)区", String(format: "%.1f", 30 + Double($0) / 3), "\(100 - $0).50"] },
            columnWidths: [1, 2, 2, 2], highlightedRows: [57, 58, 59])
    }

    @Test func aDateOrFileNameIsNotBrokenInANarrowColumn() {
        // the appendix's fractions give the date column 0.1 of the block: it widens to hold
        // 2017年11月14日 on one line, the title column gives up the width and wraps instead
        let table = Table(
            header: ["序号", "单位", "日期", "原标题", "文件"],
            rows: [["1", "梧桐办事处城市管理办公室", "2017年11月14日", "梧桐办事处实行“日督查、日研判”工作制度", "seeds/002.txt"]],
            columnWidths: [0.08, 0.2, 0.1, 0.46, 0.16])
        let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.table(table)]))
        let cells = doc.pages[0].lines.filter { $0.kind == .table }.map(\.text)
        #expect(cells.contains("2017年11月14日"))
        #expect(cells.contains("seeds/002.txt"))
        #expect(!cells.contains("梧桐办事处实行“日督查、日研判”工作制度"))
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
    }

    @Test func roomAColumnDoesNotUseGoesToTheColumnThatWraps() {
        // the measures table's fractions (0.2, 0.35, 0.25, 0.2) beside a short 重点举措 and a long
        // 量化目标: the target column takes the unused width and wraps into fewer lines
        let target = "市区建成区周边10公里范围内的1家煤化工企业、7家钢铁铸造企业、2家建材企业2021年年底前完成搬迁；确保6月底前全部整改落实到位"
        let table = Table(
            header: ["单位", "重点举措", "量化目标", "完成时限"], rows: [["晋城市", "“十大攻坚战”", target, "2021年年底前"]],
            columnWidths: [0.2, 0.35, 0.25, 0.2])
        let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.table(table)]))
        let lines = doc.pages[0].lines.filter { $0.kind == .table }
        #expect(lines.contains { $0.text == "“十大攻坚战”" })
        #expect(lines.contains { $0.text == "2021年年底前" })
        // 65 characters at 12 pt: about 9 a line in a quarter of the block, 7 lines; now 5 or fewer
        let wrapped = lines.filter { target.contains($0.text) && $0.text.count > 2 }
        #expect(wrapped.count <= 5, "\(wrapped.map(\.text))")
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
    }

    @Test func aShortCellIsNotBrokenWhenANumberColumnWidens() {
        // ten columns sized from content are wider than the block; PM2.5 keeps its line, and the
        // district names, four characters at most, are not broken to pay for it (石景|山区)
        let table = Table(
            header: ["排名", "区域", "综合\n指数", "同比\n(%)", "PM2.5", "PM10", "O3", "优良天数\n比例(%)", "首要\n污染物", "排名\n变化"],
            rows: [
                ["1", "怀柔区", "7.01", "+49.1", "88", "109", "78", "61.3", "PM2.5", "持平"],
                ["7", "石景山区", "9.92", "+51.5", "126", "151", "56", "51.6", "PM2.5", "↓2"],
            ])
        let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.table(table)]))
        let cells = doc.pages[0].lines.filter { $0.kind == .table }.map(\.text)
        #expect(cells.contains("石景山区"))
        #expect(cells.contains("怀柔区"))
        #expect(cells.filter { $0 == "PM2.5" }.count == 3)
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
    }

    @Test func headerRepeatsOnEveryPageAndNumbersAlignRight() {
        let doc = setter.compose(
            ContentDocument(
                metadata: DocumentMetadata(title: "t"), blocks: [.caption("月排名"), .table(Self.table), .paragraph([Inline("表后正文。")])]))
        #expect(doc.pages.count >= 2)
        for p in doc.pages where p.lines.contains(where: { $0.kind == .table }) {
            let heads = p.lines.filter { $0.kind == .table && $0.text == "排名" }
            #expect(heads.count == 1, "page \(p.number) repeats the header once")
        }
        // every row's score cell ends on the same right edge (trailing alignment)
        let scores = doc.pages.flatMap(\.lines).filter { $0.kind == .table && $0.text.hasSuffix(".50") }
        #expect(scores.count == 60)
        let edges = Set(scores.map { ($0.x1 * 100).rounded() })
        #expect(edges.count == 1)
        // highlighted rows are filled boxes
        let last = doc.pages.last { $0.lines.contains { $0.kind == .table } }
        let filled = last?.frames.compactMap { f -> BoxFrame? in
            if case .box(let b) = f, b.fill != nil { return b } else { return nil }
        }
        #expect((filled?.count ?? 0) >= 3 * 4)
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
        // the paragraph after the table is back on the grid
        let after = doc.pages.flatMap(\.lines).first { $0.kind == .body }
        #expect(after?.slot != nil)
    }
}

struct CaptionTests {
    let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())

    @Test func aCaptionStaysWithItsTable() {
        var blocks: [Block] = (0..<19).map { _ in .paragraph([Inline("短段。")]) }
        blocks.append(.caption("表1 排名"))
        blocks.append(.table(Table(header: ["排名", "区县", "PM2.5\n(μg/m³)\n月均"], rows: [["1", "甲区", "30"]])))
        let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks))
        let captionPage = doc.pages.first { $0.lines.contains { $0.kind == .caption } }?.number
        let headerPage = doc.pages.first { $0.lines.contains { $0.kind == .table && $0.text == "排名" } }?.number
        #expect(captionPage == 2)
        #expect(headerPage == 2)
    }
}

struct ChartTests {
    let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())

    @Test func barsAreBoxesProportionalToValuesAndTheGridResumes() {
        let chart = BarChart(
            title: "PM2.5",
            bars: [
                .init(label: "甲区", value: 40, valueText: "40", color: "#2E75B6"),
                .init(label: "乙区", value: 80, valueText: "80", color: "#C00000"),
            ], axisLabel: "μg/m³", height: 200)
        let doc = setter.compose(
            ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: [.chart(chart), .paragraph([Inline("图后正文。")])]))
        let colours = Set(chart.bars.compactMap { RGB(hex: $0.color) })
        let bars = doc.pages[0].frames.compactMap { f -> BoxFrame? in
            if case .box(let b) = f, let fill = b.fill, colours.contains(fill) { return b } else { return nil }
        }
        #expect(bars.count == 2)
        #expect(abs(bars[1].width - 2 * bars[0].width) < 0.01)
        #expect(bars[1].fill == RGB(hex: "#C00000"))
        let body = doc.pages[0].lines.first { $0.kind == .body }
        #expect(body?.slot != nil)
        #expect(SelfCheck.check(doc, setter: setter).isEmpty)
    }
}
