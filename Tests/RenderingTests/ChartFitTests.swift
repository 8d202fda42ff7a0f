import Foundation
import Rendering
import TestSupport
import Testing
import Typesetting

/// Issue 13, class 5: a chart's figures are shown whole or the document is refused; negative
/// values are drawn below (left of) the zero line.
@Suite(.serialized)
struct ChartFitTests {
    static func compose(_ blocks: [Block]) throws -> (ComposedDocument, [Violation]) {
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let (doc, setter) = try writer.compose(
            ContentDocument(metadata: DocumentMetadata(title: "图"), blocks: blocks), layout: Layout.standard)
        return (doc, SelfCheck.check(doc, setter: setter))
    }

    static func chart(_ values: [Double], _ orientation: BarChart.Orientation, labels: [String]? = nil) -> Block {
        let bars = values.enumerated().map { i, v in
            BarChart.Bar(
                label: labels?[i] ?? "区\(i + 1)", value: v, valueText: Self.number(v), color: "#2E75B6")
        }
        return .chart(BarChart(title: "图", bars: bars, orientation: orientation, axisLabel: "单位", height: 240))
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }

    static func texts(_ doc: ComposedDocument) -> [String] {
        doc.pages.flatMap(\.lines).filter { $0.kind == .table }.map(\.text)
    }

    static func boxes(_ doc: ComposedDocument) -> [BoxFrame] {
        doc.pages.flatMap(\.frames).compactMap { f in
            if case .box(let b) = f, b.fill != nil, b.width > 1, b.height > 1 { return b }
            return nil
        }
    }

    @Test(arguments: [BarChart.Orientation.vertical, .horizontal])
    func largeValuesShowWholeAxisLabels(_ orientation: BarChart.Orientation) throws {
        for (values, top) in [([50_000.0, 12_000], "50000"), ([1e8, 3e7], "100000000")] {
            let (doc, violations) = try Self.compose([Self.chart(values, orientation)])
            #expect(violations.isEmpty, "\(violations)")
            let texts = Self.texts(doc)
            #expect(texts.contains(top), "\(orientation) \(values): the axis ends at \(top), got \(texts)")
            #expect(texts.contains(Self.number(values[0])), "\(texts)")
        }
    }

    @Test func negativeBarsAreDrawnBelowTheZeroLine() throws {
        let (doc, violations) = try Self.compose([Self.chart([30, -12.5, 8], .vertical)])
        #expect(violations.isEmpty, "\(violations)")
        let bars = Self.boxes(doc)
        #expect(bars.count == 3)
        let zero = bars[0].y + bars[0].height  // bottom of a positive bar is the zero line
        #expect(abs(bars[1].y - zero) < 0.01 && bars[1].height > 1, "the negative bar hangs from the zero line")
        #expect(abs(bars[2].y + bars[2].height - zero) < 0.01)
        #expect(Self.texts(doc).contains("-12.5"))
        #expect(Self.texts(doc).contains("-20") || Self.texts(doc).contains("-15"), "the axis reaches below zero: \(Self.texts(doc))")

        let (h, hv) = try Self.compose([Self.chart([30, -12.5], .horizontal)])
        #expect(hv.isEmpty, "\(hv)")
        let hb = Self.boxes(h)
        #expect(hb.count == 2)
        #expect(abs(hb[1].x + hb[1].width - hb[0].x) < 0.01, "the negative bar ends where the positive one starts")
        #expect(Self.texts(h).contains("-12.5"))
    }

    @Test func aLabelThatFitsNowhereIsRefusedNotCut() throws {
        let long = Array(repeating: "高新技术产业开发区管理委员会", count: 12)
        let (_, violations) = try Self.compose([Self.chart(Array(repeating: 10, count: 12), .vertical, labels: long)])
        #expect(violations.contains { $0.message.contains("高新技术产业开发区管理委员会") && $0.message.contains("slot") }, "\(violations)")
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-chartfit-\(getpid()).pdf")
        #expect(throws: RenderError.self) {
            try writer.writePDF(
                ContentDocument(
                    metadata: DocumentMetadata(title: "图"),
                    blocks: [Self.chart(Array(repeating: 10, count: 12), .vertical, labels: long)]),
                layout: Layout.standard, to: url)
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func valuesNoAxisCanHoldAreRefused() throws {
        let (_, violations) = try Self.compose([Self.chart([1e308, -1e308], .horizontal)])
        #expect(violations.contains { $0.message.contains("cannot be drawn on one axis") }, "\(violations)")
    }
}
