/// The page metadata lines of a file (发布时间：2020-11-05 …) found by line number.
///
/// An item asks for the metadata lines inside it (a news page of several entries dates each
/// entry's 昨天/今天 by its own 发布时间 line). Filtering every metadata line of the file for each
/// item made a file of web pages quadratic: on 50 MB of the genre mix (~40,000 items, as many
/// metadata lines) it was 15 % of the reader's time. Here the lines are sorted by line number
/// once and an item's are found by a binary search, in their order in the file's list.
struct MetadataLines {
    private let lines: [Paragraph]
    /// Places in `lines` ordered by first line, then by place; nil when `lines` are in that order
    /// already (the screen appends them as it reads the file: no index to hold).
    private let byLine: [Int]?

    init(_ lines: [Paragraph]) {
        self.lines = lines
        let inOrder = zip(lines, lines.dropFirst()).allSatisfy { $0.first <= $1.first }
        byLine = inOrder ? nil : lines.indices.sorted { (lines[$0].first, $0) < (lines[$1].first, $1) }
    }

    private var count: Int { lines.count }
    private func place(_ k: Int) -> Int { byLine?[k] ?? k }

    /// The metadata lines whose first line is in `first...last` (none when `last < first`), in the
    /// order of the file's list.
    func from(_ first: Int, through last: Int) -> [Paragraph] {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if lines[place(mid)].first < first { low = mid + 1 } else { high = mid }
        }
        var places: [Int] = []
        var k = low
        while k < count, lines[place(k)].first <= last {
            places.append(place(k))
            k += 1
        }
        return places.sorted().map { lines[$0] }
    }
}
