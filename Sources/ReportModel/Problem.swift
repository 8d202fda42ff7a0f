import WordLists

/// One row of the inspection ledger (督查问题台账).
public struct Problem: Sendable, Equatable, Codable {
    /// Status of a problem (整改中 / 已整改 / 已销号). The raw value is the Chinese status as ledgers
    /// write it and the store keeps it (Words/problem-statuses.txt).
    public enum Status: Sendable, Equatable, CaseIterable, RawRepresentable {
        case rectifying
        case rectified
        case closed

        private static let names = WordTable("problem-statuses", in: .module)

        public var rawValue: String { Self.names["\(self)"] }

        public init?(rawValue: String) {
            guard let s = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
            self = s
        }

    }

    /// Ledger id as written.
    public var id: String
    /// District, street office or department responsible.
    public var area: String
    /// Topic category (扬尘, 燃煤 …).
    public var category: String
    /// What was found, where the ledger says.
    public var description: String?
    /// Day it was found.
    public var foundOn: CivilDate
    /// Rectification deadline.
    public var deadline: CivilDate?
    /// Current status.
    public var status: Status
    /// Day it was closed, if it was.
    public var closedOn: CivilDate?
    /// How many notices have named it.
    public var timesNotified: Int
    /// The ledger file and line it was read from, when it came from the store.
    public var source: LedgerRowSource?

    public init(
        id: String, area: String, category: String, description: String? = nil, foundOn: CivilDate,
        deadline: CivilDate? = nil, status: Status, closedOn: CivilDate? = nil, timesNotified: Int = 0,
        source: LedgerRowSource? = nil
    ) {
        self.id = id
        self.area = area
        self.category = category
        self.description = description
        self.foundOn = foundOn
        self.deadline = deadline
        self.status = status
        self.closedOn = closedOn
        self.timesNotified = timesNotified
        self.source = source
    }
}
