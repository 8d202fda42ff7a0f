/// Lines composed before, by everything that decides them: the runs, the measure, the indents, the
/// alignment, the tracking, the loosening and the composer's own settings.
///
/// Composing is a pure function of these (the measurer is the `Typesetter`'s one, which answers
/// the same for the same text), and the flow asks for the same paragraph several times: to count
/// the lines a keep-with-next needs (`leadSlots`), to set it, again when `PageFill` sets the page
/// again, and every table cell once for its natural width and once per placing. The memo answers
/// the repeats with the lines composed the first time, so the output is the same bytes.
public final class ComposeMemo {
    struct Run: Hashable {
        /// The text as UTF-8 bytes: they hash without the Unicode normalisation a CJK `String` key costs.
        var bytes: [UInt8]
        var style: TextStyle
    }

    struct Key: Hashable {
        var runs: [Run]
        /// Every number that decides the lines, as bit patterns (so -0 and 0 stay apart).
        var numbers: [UInt64]
        var alignment: LineAlignment
        var loosenFrom: Int
    }

    var lines: [Key: [SetLine]] = [:]
    /// Answers given from the memo (for tests: a repeat must be answered, not composed again).
    public private(set) var hits = 0

    /// Entries kept at most: a ~100-page notice composes ~6,000 distinct blocks and cells.
    static let capacity = 50_000

    public init() {}

    func lookup(_ key: Key) -> [SetLine]? {
        guard let hit = lines[key] else { return nil }
        hits += 1
        return hit
    }

    /// Lets the lines go (a composed document holds what it needs; peak memory comes later, when
    /// the PDF is put together).
    public func clear() { lines = [:] }

    func store(_ key: Key, _ set: [SetLine]) {
        if lines.count >= Self.capacity { lines.removeAll(keepingCapacity: true) }
        lines[key] = set
    }
}
