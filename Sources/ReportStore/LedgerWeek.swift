import ReportModel

/// The ledger as a weekly notice sees it. Each problem's `timesNotified` is the ledger's
/// 通报次数 plus the earlier weeks tongbao recorded with `recordNotified` (weeks before this one,
/// so rerunning a week gives the same answer).
public struct LedgerWeek: Sendable, Equatable {
    /// The week.
    public var week: ISOWeek
    /// Found during the week (发现日期 Monday…Sunday).
    public var new: [Problem]
    /// Rectified or closed during the week (销号日期 Monday…Sunday).
    public var rectified: [Problem]
    /// Open at the end of the week (found by Sunday, not closed by Sunday) with a deadline on or
    /// before Sunday: the deadline had passed when the week ended.
    public var overdue: [Problem]
    /// Open at the end of the week and already notified at least the threshold number of times
    /// (多次通报仍整改不到位).
    public var repeated: [Problem]

    public init(week: ISOWeek, new: [Problem] = [], rectified: [Problem] = [], overdue: [Problem] = [], repeated: [Problem] = []) {
        self.week = week
        self.new = new
        self.rectified = rectified
        self.overdue = overdue
        self.repeated = repeated
    }
}
