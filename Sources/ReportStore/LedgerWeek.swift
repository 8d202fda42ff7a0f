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

    public init(
        week: ISOWeek, new: [Problem] = [], rectified: [Problem] = [], overdue: [Problem] = [],
        repeated: [Problem] = []
    ) {
        self.week = week
        self.new = new
        self.rectified = rectified
        self.overdue = overdue
        self.repeated = repeated
    }

    /// Per-area counts of new, rectified and overdue problems, areas in order of first mention
    /// (new, then rectified, then overdue lists), for the notice's 督查发现问题 table.
    public var areaCounts: [(area: String, new: Int, rectified: Int, overdue: Int)] {
        var order: [String] = []
        var counts: [String: (Int, Int, Int)] = [:]
        func add(_ problems: [Problem], _ bump: (inout (Int, Int, Int)) -> Void) {
            for p in problems {
                if counts[p.area] == nil {
                    order.append(p.area)
                    counts[p.area] = (0, 0, 0)
                }
                bump(&counts[p.area, default: (0, 0, 0)])
            }
        }
        add(new) { $0.0 += 1 }
        add(rectified) { $0.1 += 1 }
        add(overdue) { $0.2 += 1 }
        return order.map { a in
            let c = counts[a, default: (0, 0, 0)]
            return (a, c.0, c.1, c.2)
        }
    }
}
