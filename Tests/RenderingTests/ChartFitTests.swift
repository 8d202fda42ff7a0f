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
        // Below 10万 the axis is plain digits; from 10万 on it is written in 万 or 亿, exactly.
        for (values, top, value) in [
            ([50_000.0, 12_000], "50000", "50000"), ([1e8, 3e7], "1亿", "1亿"), ([500_000, 120_000], "50万", "50万"),
            ([250_000_000, 1e8], "2.5亿", "2.5亿"),
        ] {
            let (doc, violations) = try Self.compose([Self.chart(values, orientation)])
            #expect(violations.isEmpty, "\(violations)")
            let texts = Self.texts(doc)
            #expect(texts.contains(top), "\(orientation) \(values): the axis ends at \(top), got \(texts)")
            #expect(texts.contains(value), "\(texts)")
            #expect(!texts.contains { $0.count > 6 && $0.allSatisfy(\.isNumber) }, "no long digit strings left: \(texts)")
        }
        // A value whose short form would not be shorter stays as written: 123456 never becomes 12万.
        let (doc, _) = try Self.compose([Self.chart([123_456, 2e5], .vertical)])
        #expect(Self.texts(doc).contains("123456") && Self.texts(doc).contains("20万"), "\(Self.texts(doc))")
        #expect(!Self.texts(doc).contains { $0.hasPrefix("12万") || $0.hasPrefix("12.3万") })
    }

    /// The rule of 万/亿: the printed digits are moved past the point, never rounded; a text that
    /// is not a plain decimal number is left alone; below 10万 nothing is abbreviated.
    @Test func largeNumbersAreWrittenInUnitsExactly() throws {
        let wan = try #require(ChartNumbers.units.first { $0.power == 4 })
        let yi = try #require(ChartNumbers.units.first { $0.power == 8 })
        #expect(ChartNumbers.units.map(\.word) == [yi.word, wan.word], "largest first, from the word list")
        let cases: [(String, ChartNumbers.Unit, String?)] = [
            ("50000", wan, "5" + wan.word), ("100000000", yi, "1" + yi.word), ("250000000", yi, "2.5" + yi.word),
            ("123456", wan, "12.3456" + wan.word), ("-120000", wan, "-12" + wan.word), ("0", wan, "0"),
            ("100000.50", wan, "10.00005" + wan.word), ("1", yi, "0.00000001" + yi.word), ("007", wan, "0.0007" + wan.word),
            ("1e5", wan, nil), ("1,234", wan, nil), ("约5", wan, nil), ("", wan, nil), ("5.", wan, nil), ("-", wan, nil),
        ]
        for (text, unit, want) in cases {
            #expect(ChartNumbers.written(text, in: unit) == want, "\(text) in \(unit.word)")
        }
        // Exact: the short form read back is the same number, digit for digit.
        for text in ["123456789", "987654321.0123", "100000", "-3000000000"] {
            let short = try #require(ChartNumbers.written(text, in: yi))
            let back = Decimal(string: String(short.dropLast(yi.word.count)))! * pow(Decimal(10), 8)
            #expect(back == Decimal(string: text)!, "\(text) → \(short)")
        }
        #expect(ChartNumbers.unit(for: 99_999) == nil)
        #expect(ChartNumbers.unit(for: 100_000) == wan && ChartNumbers.unit(for: 99_999_999) == wan)
        #expect(ChartNumbers.unit(for: 1e8) == yi && ChartNumbers.unit(for: .infinity) == nil)
    }

    /// Category names too wide for their slots under a vertical chart stand upright, one character
    /// under another (a run of Latin letters and digits kept together), in order, the chart taller.
    @Test func longCategoryNamesStandUpright() throws {
        let names = ["高新技术产业开发区", "经济技术开发区", "航空港经济综合实验区", "中原区", "二七区", "金水区", "管城回族区", "惠济区", "PM2.5示范区"]
        let (doc, violations) = try Self.compose([Self.chart(Array(repeating: 40, count: names.count), .vertical, labels: names)])
        #expect(violations.isEmpty, "\(violations)")
        let texts = Self.texts(doc)
        #expect(!texts.contains("高新技术产业开发区"), "not set across its slot")
        // Each name's pieces appear in reading order, top to bottom.
        let lines = doc.pages.flatMap(\.lines).filter { $0.kind == .table }
        for name in names {
            let pieces = name == "PM2.5示范区" ? ["PM2.5", "示", "范", "区"] : name.map(String.init)
            let column = lines.filter { l in pieces.contains(l.text) }
            var found: [String] = []
            var lastBaseline = -Double.infinity
            var x: Double? = nil
            for piece in pieces {
                guard
                    let l = column.first(where: {
                        $0.text == piece && $0.baseline > lastBaseline && (x == nil || abs(($0.x0 + $0.x1) / 2 - x!) < 1)
                    })
                else { break }
                found.append(piece)
                lastBaseline = l.baseline
                x = (l.x0 + l.x1) / 2
            }
            #expect(found == pieces, "\(name): \(found)")
        }
        // Short names still sit across their slot.
        let (short, _) = try Self.compose([Self.chart([40, 50], .vertical, labels: ["中原区", "金水区"])])
        #expect(Self.texts(short).contains("中原区"))
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
        // Upright, a 70-character name is taller than a page; across a horizontal chart's label
        // column (a third of the line) it does not fit even at 70 %.
        let tall = String(repeating: "高新技术产业开发区管理委员会", count: 5)
        let (_, upright) = try Self.compose([Self.chart([10, 20], .vertical, labels: [tall, "中原区"])])
        #expect(upright.contains { $0.message.contains("does not fit a page") }, "\(upright)")
        let wide = String(repeating: "高新技术产业开发区管理委员会", count: 2)
        let (_, across) = try Self.compose([Self.chart([10, 20], .horizontal, labels: [wide, "中原区"])])
        #expect(across.contains { $0.message.contains(wide) && $0.message.contains("slot") }, "\(across)")
        let writer = try PDFWriter(fontsDirectory: PDFWriterTests.fonts)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongbao-chartfit-\(getpid()).pdf")
        #expect(throws: RenderError.self) {
            try writer.writePDF(
                ContentDocument(
                    metadata: DocumentMetadata(title: "图"),
                    blocks: [Self.chart([10, 20], .vertical, labels: [tall, "中原区"])]),
                layout: Layout.standard, to: url)
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func valuesNoAxisCanHoldAreRefused() throws {
        let (_, violations) = try Self.compose([Self.chart([1e308, -1e308], .horizontal)])
        #expect(violations.contains { $0.message.contains("cannot be drawn on one axis") }, "\(violations)")
    }
}
