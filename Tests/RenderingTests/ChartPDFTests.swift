import Foundation
import Rendering
import TestSupport
import Testing
import Typesetting

/// Charts reach the PDF as vector shapes with real (extractable) CJK text, and tables break
/// across pages with the header repeated.
@Suite(.serialized)
struct ChartPDFTests {
    static func pdftotext(_ url: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = ["-layout", url.path, "-"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text
    }

    func temp(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-chart-\(getpid())-\(name)")
    }

    @Test func aChartImagePaintsItsLabels() throws {
        // two charts that differ only in their labels' characters: the images differ only if text
        // is painted (a painter that was not prepared shapes and subsets the page itself)
        func chart(_ a: String, _ b: String) -> BarChart {
            BarChart(
                title: "PM2.5",
                bars: [
                    .init(label: a, value: 42.5, valueText: "42.5", color: "#2E75B6"),
                    .init(label: b, value: 55.1, valueText: "55.1", color: "#C00000"),
                ], axisLabel: "μg/m³", height: 120)
        }
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let one = try writer.chartPNG(chart("城关区", "经开区"), layout: Layout.standard, dpi: 72)
        let two = try writer.chartPNG(chart("白水县", "高新区"), layout: Layout.standard, dpi: 72)
        #expect(one.width == two.width && one.height == two.height)
        #expect(one.png != two.png)
    }

    @Test func barChartsAreVectorWithExtractableLabels() throws {
        let bars: [BarChart.Bar] = [
            .init(label: "城关区", value: 42.5, valueText: "42.5", color: "#2E75B6"),
            .init(label: "经开区", value: 55.1, valueText: "55.1", color: "#C00000"),
            .init(label: "白水县", value: 31.2, valueText: "31.2", color: "#70AD47"),
        ]
        let doc = ContentDocument(
            metadata: DocumentMetadata(title: "图表"),
            blocks: [
                .caption("图1 各区县PM2.5浓度"), .chart(BarChart(title: "PM2.5", bars: bars, axisLabel: "μg/m³", height: 200)),
                .caption("图2 优良天数"), .chart(BarChart(title: "优良", bars: bars, orientation: .vertical, axisLabel: "天", height: 220)),
            ])
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let url = temp("chart.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let report = try writer.writePDF(doc, layout: Layout.standard, to: url)
        #expect(report.pages == 1)
        let objects = try PDFObjects.read(Array(try Data(contentsOf: url))).values
        #expect(!objects.contains { $0.contains("/Image") || $0.contains("/XObject") }, "no bitmap in the PDF")
        let text = try Self.pdftotext(url)
        for label in ["城关区", "经开区", "白水县", "55.1", "μg/m³", "天"] {
            #expect(text.contains(label), "\(label) extracts")
        }
        // round ticks: 0 … 60 on the horizontal chart
        #expect(text.contains("60"))
    }

    @Test func aSixtyRowTableRepeatsItsHeaderAndSplitsNoRow() throws {
        let table = Table(
            header: ["排名", "区县", "PM2.5\n(μg/m³)", "综合得分"],
            rows: (1...60).map { ["\($0)", "第\($0)街道办事处", String(format: "%.1f", 30 + Double($0) / 3), "\(100 - $0).50"] },
            highlightedRows: [58, 59])
        let doc = ContentDocument(
            metadata: DocumentMetadata(title: "表"), blocks: [.caption("表1 排名"), .table(table), .paragraph([Inline("表后正文。")])])
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let (composed, setter) = try writer.compose(doc, layout: Layout.standard)
        #expect(SelfCheck.check(composed, setter: setter).isEmpty)
        let tablePages = composed.pages.filter { $0.lines.contains { $0.kind == .table } }
        #expect(tablePages.count >= 2)
        for page in tablePages {
            #expect(page.lines.filter { $0.kind == .table && $0.text == "排名" }.count == 1, "header on page \(page.number)")
        }
        // every row's four cells on one page
        for r in 1...60 {
            let pages = Set(
                composed.pages.filter { p in p.lines.contains { $0.kind == .table && $0.text == "\(100 - r).50" } }.map(\.number)
                    + composed.pages.filter { p in p.lines.contains { $0.kind == .table && $0.text == "第\(r)街道办事处" } }.map(\.number))
            #expect(pages.count == 1, "row \(r) on one page")
        }
        let url = temp("table.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try writer.writePDF(doc, layout: Layout.standard, to: url)
        let pages = try Self.pdftotext(url).split(separator: "\u{0C}")
        #expect(pages.filter { $0.contains("排名") }.count == tablePages.count)
    }
}
