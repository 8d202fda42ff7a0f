import AirQuality

/// The ranking table as data, for `--csv` and `--xlsx`: every column, numbers as numbers,
/// headers from the layout's `data_col_*` texts, else its `col_*` texts without line breaks,
/// plus `data_note_header`.
public struct RankingData: Sendable, Equatable {
    /// A cell: text, or a number written as exact decimal digits.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(String)
        case empty

        /// The cell as CSV text.
        public var text: String {
            switch self {
            case .text(let s), .number(let s): s
            case .empty: ""
            }
        }
    }

    /// Column headers.
    public var header: [String]
    /// Rows in table order (ranked, then unranked).
    public var rows: [[Cell]]

    /// The columns of the data table, in order.
    public static let columns: [MonthlyRankingSettings.Column] = [
        .rank, .area, .isum, .isumChange, .so2, .no2, .pm10, .pm25, .co, .o3, .pm25Change, .goodDays, .validDays,
        .goodRatio, .heavyDays, .primary, .rankChange,
    ]

    /// The `[texts]` keys the data table needs.
    public static let requiredTexts =
        MonthlyRanking.columnKeys(columns) + ["list_separator", "data_note_header", "data_tied", "data_invalid"]

    /// Builds the data table of a month. Wording (headers, the 并列/无效 notes) from `texts`.
    public static func build(
        _ input: MonthlyRankingInput, settings: MonthlyRankingSettings, texts: [String: String]
    ) throws(WordingError) -> RankingData {
        let wording = try Wording<RankingVariable>(texts: texts, required: requiredTexts, declared: MonthlyRanking.texts)
        let rows = input.report.rows
        let header =
            columns.map { c in
                wording.has("data_col_" + c.rawValue)
                    ? wording.render("data_col_" + c.rawValue)
                    : wording.render("col_" + c.rawValue).replacingOccurrences(of: "\n", with: "")
            }
            + [wording.render("data_note_header")]
        let body: [[Cell]] = rows.map { r in
            let m = r.month
            let valid = r.place != nil
            // An unranked area's figures are left empty (the note says why); its day counts stay.
            let blankWhenUnranked: Set<MonthlyRankingSettings.Column> = [.isum, .so2, .no2, .pm10, .pm25, .co, .o3, .goodRatio, .primary]
            var cells: [Cell] = columns.map { column in
                if !valid && blankWhenUnranked.contains(column) { return .empty }
                switch RankingColumnValue(column, r) {
                case .rank(let place): return .number(String(place.rank))
                case .text(let s): return .text(s)
                case .decimal(let v), .change(let v): return .number(v.description)
                case .count(let n): return .number(String(n))
                case .pollutants(let ps):
                    return ps.isEmpty ? .empty : .text(ps.map(\.symbol).joined(separator: wording.render("list_separator")))
                case .rankChange(let ch): return ch.map { .number(String($0)) } ?? .empty
                case .none: return .empty
                }
            }
            var note: [String] = []
            if r.place?.tied ?? false { note.append(wording.render("data_tied")) }
            if !valid {
                let fewest = Pollutant.allCases.map { m.dayCounts[$0] ?? 0 }.min() ?? 0
                note.append(
                    wording.render(
                        "data_invalid",
                        [.reason: m.invalidReason ?? "", .requiredDays: m.requiredDays, .minDays: fewest]))
            }
            cells.append(note.isEmpty ? .empty : .text(note.joined(separator: wording.render("list_separator"))))
            return cells
        }
        return RankingData(header: header, rows: body)
    }
}
