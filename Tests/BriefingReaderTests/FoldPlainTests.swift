import Foundation
import Testing

@testable import BriefingReader

/// `SpanLocator.AlignSink.foldPlain` (a decoded line aligned from its UTF-8 as read) takes what the
/// long way takes (`fold(_:skipping:and:offset:)` with the line's pinyin and page number), or
/// declines and takes nothing: on runs of the corpus's lines against their folded text, that text
/// with a scalar changed and the raw lines, and on made-up lines with glued page numbers, pinyin
/// after brackets, digits, spaces and backquotes.
@Suite struct FoldPlainTests {
    struct Outcome: Equatable {
        var differs: Bool
        var matchedAll: Bool
        var matches: [SpanLocator.Match]
    }

    /// The lines aligned with `cleaned`, by `foldPlain` where it takes a line (`plain`) or all the
    /// long way; and whether a declined `foldPlain` took nothing.
    static func align(_ lines: [Scalars], cleaned: Scalars, plain: Bool) -> (Outcome, declinedClean: Bool, taken: Int) {
        let total = lines.reduce(0) { $0 + $1.count } + 1
        var declinedClean = true
        var takenLines = 0
        let outcome = cleaned.withUnsafeBufferPointer { c in
            withUnsafeTemporaryAllocation(of: SpanLocator.Run.self, capacity: total) { scratch in
                var sink = SpanLocator.AlignSink(cleaned: c, offset: 7, out: scratch)
                var offset = 0
                for t in lines {
                    var taken = false
                    if plain {
                        let before = sink.count
                        let wasDiffering = sink.differs
                        var utf8 = String(String.UnicodeScalarView(t))
                        taken = utf8.withUTF8 { sink.foldPlain(utf8: $0, offset: offset) }
                        if taken { takenLines += 1 }
                        if !taken && (sink.count != before || sink.differs != wasDiffering) { declinedClean = false }
                    }
                    if !taken {
                        sink.fold(t, skipping: SpanLocator.pinyinAnnotations(t), and: SpanLocator.pageNumber(in: t), offset: offset)
                    }
                    offset += t.count + 1
                }
                // the runs expanded: `foldPlain` does not lengthen a run of the lines before
                let matches = sink.differs ? [] : sink.runs.flatMap(\.matches)
                return Outcome(differs: sink.differs, matchedAll: sink.matchedAll, matches: matches)
            }
        }
        return (outcome, declinedClean, takenLines)
    }

    /// The lines folded the long way (page numbers and pinyin skipped): the cleaned text they match.
    static func foldedLongWay(_ lines: [Scalars]) -> Scalars {
        var out: Scalars = []
        for t in lines {
            var skip = SpanLocator.pinyinAnnotations(t)
            if let p = SpanLocator.pageNumber(in: t) { skip.append(p) }
            for (i, c) in t.enumerated() where !skip.contains(where: { $0.contains(i) }) {
                if let f = SpanLocator.fold(c) { out.append(f) }
            }
        }
        return out
    }

    /// Whether both ways give one outcome; `taken` counts the lines `foldPlain` took (not declined).
    static func expectSame(
        _ lines: [Scalars], cleaned: Scalars, taken: inout Int, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let (fast, clean, n) = align(lines, cleaned: cleaned, plain: true)
        taken += n
        let (long, _, _) = align(lines, cleaned: cleaned, plain: false)
        #expect(clean, "a declined foldPlain took scalars", sourceLocation: sourceLocation)
        return fast == long
    }

    static let madeUp: [String] = [
        "3、位一体", "  12、大气污染防治", "1234、全市", "12345、全市", "第3页", "12", "- 3 -", "— 12 —", "3", "", "   ",
        "绿（lǜ）色发展", "绿(lv)色", "（一）加强领导", "(1)加强", "【3】", "“全市”：PM2.5浓度", "hello `x` 1", "``` ```",
        "　　全市空气质量优良天数达到300天。", "１２、全市", "全（", "（", "a（zhuó）", "12月3日，召开会议", "ǚǘ", "é中文",
        "短行1", "十六个字以内的行有一个数字7吗", "这是一行很长的没有页码的文字但是有一个数字在这里8以及更多的文字", "\u{FEFF}全市", "𠀋3、",
    ]

    @Test func foldPlainTakesWhatTheLongWayTakes() {
        var lines: [Scalars] = []
        for t in FastPathTests.corpus {
            lines += t.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        }
        lines += Self.madeUp.map { Scalars($0) }
        #expect(lines.count > 900)
        var bad: [String] = []
        var taken = 0
        var k = 0
        while k < lines.count {
            let run = Array(lines[k..<Swift.min(k + 3, lines.count)])
            let folded = Self.foldedLongWay(run)
            var candidates = [folded, Array(run.joined(separator: [" "])), []]
            if folded.count > 2 {
                var changed = folded
                changed[folded.count / 2] = "\u{2603}"
                candidates.append(changed)
                candidates.append(Array(folded.dropLast()))
            }
            for c in candidates where !Self.expectSame(run, cleaned: c, taken: &taken) {
                bad.append(run.map { String(String.UnicodeScalarView($0)) }.joined(separator: "⏎"))
            }
            // every line alone, too
            if !Self.expectSame([lines[k]], cleaned: Self.foldedLongWay([lines[k]]), taken: &taken) {
                bad.append(String(String.UnicodeScalarView(lines[k])))
            }
            k += 1
        }
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(5))")
        #expect(taken > 1_000, "foldPlain took \(taken) lines")
        // the folded text of a run matches it all, whichever way
        let run = Self.madeUp.prefix(6).map { Scalars($0) }
        #expect(Self.align(run, cleaned: Self.foldedLongWay(run), plain: true).0.matchedAll)
    }
}
