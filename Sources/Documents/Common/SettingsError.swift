/// A document kind's settings could not be taken from a layout: it has no table for the kind.
/// (What is wrong inside a table is a `LayoutError` with file, line and key, raised when the
/// layout is loaded.)
public struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table, e.g. `ranking`.
    public var key: String
    /// What is wrong.
    public var message: String
    /// Allowed values, when the set is closed.
    public var allowed: [String]

    public init(key: String, message: String, allowed: [String] = []) {
        self.key = key
        self.message = message
        self.allowed = allowed
    }

    public var description: String {
        "[\(key)]: \(message)" + (allowed.isEmpty ? "" : " (allowed: \(allowed.joined(separator: ", ")))")
    }
}
