/// What an import did with one file.
public enum FileOutcome: String, Sendable, Equatable, Codable {
    /// A path the store had not seen: its items were added.
    case new
    /// The same bytes were already stored (under this path or another): nothing changed.
    case unchanged
    /// The path was stored with other bytes: its old items were removed and the new ones added.
    case replaced
}
