/// Cleaning step: rows of a comma- or tab-separated table (a ledger saved as CSV) are not
/// briefing text.
extension Cleaner {
    /// Indices of lines that are rows of one table: at least 5 lines with the same number (3 or
    /// more) of commas or tabs, making up 70% of the non-blank lines, with hardly any full stops.
    static func tableRows(_ lines: [SourceLine]) -> [Int] {
        var counts: [Int: [Int]] = [:]
        var nonBlank = 0
        for (i, l) in lines.enumerated() where !l.text.isEmpty {
            nonBlank += 1
            let n = l.text.reduce(0) { $0 + ($1 == "," || $1 == "\t" ? 1 : 0) }
            if n >= 3 { counts[n, default: []].append(i) }
        }
        guard let (_, rows) = counts.max(by: { $0.value.count < $1.value.count }), rows.count >= 5,
            rows.count * 10 >= nonBlank * 7
        else { return [] }
        let withStops = rows.filter { lines[$0].text.contains("。") }.count
        return withStops * 5 <= rows.count ? rows : []
    }
}
