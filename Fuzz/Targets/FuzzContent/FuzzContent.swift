import Foundation
import LayoutSpec
import Typesetting

/// libFuzzer entry: bytes → content as `tongbao render` reads it, checked, typeset (with a fixed
/// advance measurer: the engine's arithmetic, not Pango's) and self-checked. The first byte picks:
/// - even: the bytes are content JSON (`BlockList.decode`);
/// - odd: a chart built from edge-case numbers (NaN, ±inf, ±1e308, -0, Int64's limits, subnormals,
///   and any Double the bytes spell), colours and heights — what a document kind could hand the
///   engine directly, past the JSON reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let mode = data.first else { return 0 }
    let doc: ContentDocument
    if mode % 2 == 0 {
        do { doc = try BlockList.decode(Data(data.dropFirst())) } catch {
            _ = error.description
            return 0
        }
    } else {
        doc = EdgeChart.document(Array(data.dropFirst()))
        if let problem = ContentCheck.firstProblem(doc) {
            _ = problem.description
            return 0
        }
    }
    let setter = Typesetter(layout: standardLayout, measurer: FixedAdvanceMeasurer())
    let composed = setter.compose(doc)
    for v in SelfCheck.check(composed, setter: setter) { _ = v.description }
    _ = BlockList.encode(doc)
    return 0
}

/// layouts/base.toml, the page every shipped layout extends (the engine has no defaults).
let standardLayout: Layout = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("layouts/base.toml")
    do { return try LayoutLoader.load(contentsOf: url, kinds: []) } catch { fatalError("\(error)") }
}()

enum EdgeChart {
    static let values: [Double] = [
        0, -0.0, 1, -1, 0.5, 50_000, 1e8, -12.5, 1e15, 1e300, -1e300, 1e308, -1e308, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .leastNormalMagnitude, Double(Int64.max), Double(Int64.min),
        .nan, .infinity, -.infinity, 1e-300,
    ]
    static let colors = ["#2E75B6", "#C00000", "red", "", "#12345", "#1234567", "#GGGGGG", "2E75B6", "#+12345"]
    static let texts = ["城关区", "", "50000", "高新技术产业开发区管理委员会", "a\u{0}b", "100000000", "-12.5", "\u{7}"]

    static func document(_ bytes: [UInt8]) -> ContentDocument {
        var i = 0
        func next() -> Int {
            defer { i += 1 }
            return i < bytes.count ? Int(bytes[i]) : 0
        }
        func double() -> Double {
            let pick = next()
            if pick < 200 { return values[pick % values.count] }
            var bits: UInt64 = 0
            for _ in 0..<8 { bits = bits << 8 | UInt64(next()) }
            return Double(bitPattern: bits)
        }
        var blocks: [Block] = [.title("图")]
        while i < bytes.count {
            var bars: [BarChart.Bar] = []
            for _ in 0..<(1 + next() % 16) {
                bars.append(
                    BarChart.Bar(
                        label: texts[next() % texts.count], value: double(), valueText: texts[next() % texts.count],
                        color: colors[next() % colors.count]))
            }
            let orientation: BarChart.Orientation = next() % 2 == 0 ? .horizontal : .vertical
            blocks.append(.chart(BarChart(title: "图", bars: bars, orientation: orientation, axisLabel: "单位", height: double())))
            if next() % 3 == 0 { blocks.append(.spacer(lines: next() - 20)) }
        }
        return ContentDocument(metadata: DocumentMetadata(title: "图"), blocks: blocks)
    }
}
