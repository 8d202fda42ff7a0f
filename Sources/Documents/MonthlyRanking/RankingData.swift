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
        let wording = try Wording<RankingVariable>(texts: texts, required: requiredTexts)
        let rows = input.report.rows
        let header =
            columns.map { c in
                wording.has("data_col_" + c.rawValue)
                    ? wording.render("data_col_" + c.rawValue)
                    : wording.render("col_" + c.rawValue).replacingOccurrences(of: "\n", with: "")
            }
            + [wording.render("data_note_header")]
        func number(_ v: FixedDecimal?) -> Cell { v.map { .number($0.description) } ?? .empty }
        let body: [[Cell]] = rows.map { r in
            let m = r.month
            let valid = r.place != nil
            var cells: [Cell] = columns.map { column in
                switch column {
                case .rank: return r.place.map { .number(String($0.rank)) } ?? .empty
                case .area: return .text(r.area)
                case .isum: return valid ? number(m.isum) : .empty
                case .isumChange: return number(r.isumChange)
                case .pm25Change: return number(r.pm25Change)
                case .so2: return valid ? number(m[.so2]) : .empty
                case .no2: return valid ? number(m[.no2]) : .empty
                case .pm10: return valid ? number(m[.pm10]) : .empty
                case .pm25: return valid ? number(m[.pm25]) : .empty
                case .co: return valid ? number(m[.co]) : .empty
                case .o3: return valid ? number(m[.o3]) : .empty
                case .goodDays: return .number(String(m.goodDays))
                case .validDays: return .number(String(m.validDays))
                case .goodRatio: return valid ? number(m.goodRatio) : .empty
                case .heavyDays: return .number(String(m.heavyDays))
                case .primary:
                    return valid && !m.primaryPollutants.isEmpty
                        ? .text(m.primaryPollutants.map(\.symbol).joined(separator: wording.render("list_separator")))
                        : .empty
                case .rankChange: return r.place?.rankChange.map { .number(String($0)) } ?? .empty
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
