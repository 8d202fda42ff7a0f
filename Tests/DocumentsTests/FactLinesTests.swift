import ReportModel
import Testing
import Typesetting

@testable import Documents

/// The lines a piece of an item's text lies on are read from the facts placed around it, and
/// always hold the piece (issue 12: a block names the lines it was made from).
@Suite struct FactLinesTests {
    /// An item on lines 10–14: a headline on line 10 and one sentence per line 11–14.
    static func item() -> Briefing {
        let lines = ["某区召开推进会", "11月14日上午，某区召开推进会。", "张三主持会议。", "会议要求：一是要强化督查。", "会议部署了“封土行动”。"]
        let text = lines.joined(separator: "\n")
        var offsets: [Int] = []
        var o = 0
        for l in lines {
            offsets.append(o)
            o += l.unicodeScalars.count + 1
        }
        func span(_ line: Int, _ piece: String) -> FactSpan {
            let k = line - 10
            let start =
                offsets[k]
                + (lines[k].range(of: piece).map { lines[k].unicodeScalars.distance(from: lines[k].startIndex, to: $0.lowerBound) } ?? 0)
            return FactSpan(
                file: "a.txt", lines: [line, line], offsets: [0, 0], textOffsets: [start, start + piece.unicodeScalars.count])
        }
        return Briefing(
            id: "a#1", source: SourceSpan(file: "a.txt", lines: [10, 14], encoding: "utf-8"), text: text,
            spans: BriefingSpans(
                headline: span(10, "某区召开推进会"), date: span(11, "11月14日"),
                people: [PersonSpans(name: span(12, "张三"), roles: [span(12, "主持")])],
                requirements: [span(13, "强化督查")], deployedMeasures: [span(14, "封土行动")]))
    }

    @Test func aPieceLiesBetweenTheFactsAroundIt() {
        let f = FactLines(Self.item())
        // Starts on the person's line; its end is known no closer than the next fact's line.
        #expect(f.range(of: "张三主持会议").map(f.lines) == [12, 13])
        #expect(f.range(of: "主持").map(f.lines) == [12, 12])
        // Text without a fact of its own lies between its neighbours' facts.
        #expect(f.range(of: "一是要强化督查").map(f.lines) == [12, 13])
        // A piece with a clause left out is found from its first to its last characters.
        #expect(f.range(of: "11月14日上午……张三主持会议").map(f.lines) == [11, 13])
        #expect(f.range(of: "不在文中的话") == nil)
    }

    @Test func refsAreMergedAndAnUnplacedPieceStandsForTheItem() {
        let item = Self.item()
        let f = FactLines(item)
        #expect(
            f.refs(pieces: ["主持"], facts: [item.spans.date, item.spans.deployedMeasures.first])
                == [SourceRef(file: "a.txt", lines: [11, 12]), SourceRef(file: "a.txt", lines: [14, 14])])
        #expect(f.refs(pieces: ["不在文中的话"], facts: []) == [SourceRef(file: "a.txt", lines: [10, 14])])
        // A unit named in a page header of another file is named beside the item's lines.
        let header = FactSpan(file: "b.txt", lines: [1, 1], offsets: [0, 4])
        #expect(
            f.refs(pieces: ["主持"], facts: [header])
                == [SourceRef(file: "a.txt", lines: [12, 12]), SourceRef(file: "b.txt", lines: [1, 1])])
    }
}
