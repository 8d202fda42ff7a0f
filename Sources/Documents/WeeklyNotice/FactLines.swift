import ReportModel
import Typesetting

/// The source lines a piece of an item's cleaned text lies on, read from the per-fact spans the
/// reader recorded (issue 12: a block names the lines it was made from, not the whole item).
///
/// Every fact placed in the text is an anchor: its first character is on its first line, its last
/// on its last line. A piece starting at offset `s` is on or after the last line of any anchor that
/// starts at or before `s`, and a piece ending at `e` on or before the first-found line of any
/// anchor ending at or after `e`; so the range returned always holds the piece (it may hold a
/// line more, never a line less). Without anchors it is the item's range.
struct FactLines {
    let file: String
    /// The item's first and last line.
    let item: [Int]
    let text: [Unicode.Scalar]
    /// (text offset of a fact's start, its first line), (text offset of its end, its last line).
    let starts: [(offset: Int, line: Int)]
    let ends: [(offset: Int, line: Int)]

    init(_ briefing: Briefing) {
        file = briefing.source.file
        item = briefing.source.lines
        text = Array(briefing.text.unicodeScalars)
        let s = briefing.spans
        let all: [FactSpan] =
            [s.headline, s.date, s.timeOfDay, s.unit, s.meeting].compactMap { $0 }
            + s.people.flatMap { [$0.name] + $0.roles } + s.requirements + s.measures + s.deployedMeasures + s.targets
            + s.deadlines
        let placed = all.filter { $0.file == briefing.source.file && $0.lines.count == 2 && $0.textOffsets?.count == 2 }
        starts = placed.compactMap { f in f.textOffsets.map { ($0[0], f.lines[0]) } }
        ends = placed.compactMap { f in f.textOffsets.map { ($0[1], f.lines[1]) } }
    }

    /// The lines of the scalars `range` of the item's text.
    func lines(_ range: Range<Int>) -> [Int] {
        guard item.count == 2 else { return item }
        let first = starts.filter { $0.offset <= range.lowerBound }.map(\.line).max() ?? item[0]
        let last = ends.filter { $0.offset >= range.upperBound }.map(\.line).min() ?? item[1]
        let a = min(max(first, item[0]), item[1])
        return [a, max(a, min(last, item[1]))]
    }

    /// Where `piece` lies in the item's text: found whole, or from its first to its last few
    /// characters (a sentence the notice took with its news prefix or a clause left out). Nil when
    /// the text does not hold it.
    func range(of piece: String) -> Range<Int>? {
        let p = Array(piece.unicodeScalars)
        guard !p.isEmpty else { return nil }
        if let r = find(p, from: 0) { return r }
        let k = min(6, p.count)
        guard let head = find(Array(p.prefix(k)), from: 0), let tail = find(Array(p.suffix(k)), from: head.lowerBound)
        else { return nil }
        return head.lowerBound..<tail.upperBound
    }

    private func find(_ p: [Unicode.Scalar], from: Int) -> Range<Int>? {
        guard p.count <= text.count, from <= text.count - p.count else { return nil }
        for i in from...(text.count - p.count) where text[i] == p[0] && Array(text[i..<(i + p.count)]) == p {
            return i..<(i + p.count)
        }
        return nil
    }

    /// The spans of `pieces` of text and of the `facts` used beside them, merged per file;
    /// a piece the text does not hold stands for the whole item.
    func refs(pieces: [String], facts: [FactSpan?]) -> [SourceRef] {
        var ranges: [[Int]] = []
        for piece in pieces where !piece.isEmpty {
            ranges.append(range(of: piece).map(lines) ?? item)
        }
        var out: [SourceRef] = []
        for f in facts.compactMap({ $0 }) where f.lines.count == 2 && f.file != file {
            out.append(SourceRef(file: f.file, lines: f.lines))  // a unit named in a page header
        }
        ranges += facts.compactMap { $0 }.filter { $0.file == file && $0.lines.count == 2 }.map(\.lines)
        return Self.merged(ranges).map { SourceRef(file: file, lines: $0) } + Self.unique(out)
    }

    /// Line ranges sorted, overlapping and adjacent ones joined.
    static func merged(_ ranges: [[Int]]) -> [[Int]] {
        var out: [[Int]] = []
        for r in ranges.filter({ $0.count == 2 }).sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            if let last = out.last, r[0] <= last[1] + 1 {
                out[out.count - 1][1] = max(last[1], r[1])
            } else {
                out.append(r)
            }
        }
        return out
    }

    static func unique(_ refs: [SourceRef]) -> [SourceRef] {
        var seen = Set<SourceRef>()
        return refs.filter { seen.insert($0).inserted }
    }
}
