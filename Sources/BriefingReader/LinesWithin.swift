/// Paragraphs looked up by the line they start on: the page metadata lines that fall inside an item.
/// Asked once per item, a filter of every metadata line of the file made a large file quadratic
/// (14 % of the reader on 50 MB of distinct briefings); in line order, as the screen records them,
/// the lines inside an item are found by a binary search.
struct LinesWithin {
    let paragraphs: [Paragraph]
    /// In ascending order of `first`: searched; otherwise filtered (the same answer).
    private let ordered: Bool

    init(_ paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
        ordered = zip(paragraphs, paragraphs.dropFirst()).allSatisfy { $0.first <= $1.first }
    }

    /// The paragraphs whose first line is in `first...last`, in their order.
    func within(_ first: Int, _ last: Int) -> ArraySlice<Paragraph> {
        guard ordered else { return ArraySlice(paragraphs.filter { $0.first >= first && $0.first <= last }) }
        let lo = lowerBound { $0.first >= first }
        let hi = lowerBound { $0.first > last }
        return lo < hi ? paragraphs[lo..<hi] : []
    }

    /// The first index whose paragraph passes `test` (false then true along the ordered list).
    private func lowerBound(_ test: (Paragraph) -> Bool) -> Int {
        var lo = 0
        var hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if test(paragraphs[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
