/// Cleaning step: rows of a comma- or tab-separated table (a ledger saved as CSV) are not
/// briefing text.
/// The lines that are rows of one table: at least 5 lines with the same number (3 or more) of
/// commas or tabs, making up 70% of the non-blank lines, with hardly any full stops. Counted line
/// by line, as each line's text is made, so the lines need not be kept.
struct TableRowCounter {
    private var counts: [Int: [Int]] = [:]
    private var nonBlank = 0
    /// Lines of 3 or more commas that hold a full stop.
    private var withStop = Set<Int>()

    mutating func add(_ index: Int, _ text: Scalars) {
        guard !text.isEmpty else { return }
        nonBlank += 1
        let n = text.count(of: ",", or: "\t")
        guard n >= 3 else { return }
        counts[n, default: []].append(index)
        if text.contains("。") { withStop.insert(index) }
    }

    func rows() -> [Int] {
        guard let (_, rows) = counts.max(by: { $0.value.count < $1.value.count }), rows.count >= 5,
            rows.count * 10 >= nonBlank * 7
        else { return [] }
        let withStops = rows.filter { withStop.contains($0) }.count
        return withStops * 5 <= rows.count ? rows : []
    }
}
