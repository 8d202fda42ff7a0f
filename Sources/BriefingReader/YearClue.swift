/// A year the text names that can date an undated 月日: a single year or a campaign range.
enum YearClue: Sendable, Equatable {
    case single(Int)
    case range(Int, Int)

    /// The year a 月 of this clue falls in: winter campaigns (2016-2017) start in the first year.
    func year(forMonth month: Int) -> Int {
        switch self {
        case .single(let y): return y
        case .range(let a, let b): return month >= 7 ? a : b
        }
    }
}
