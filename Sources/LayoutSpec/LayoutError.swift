@_exported import Typesetting

/// A layout file that cannot be used: which file, line and key, what is wrong, what is allowed.
public struct LayoutError: Error, Equatable, CustomStringConvertible {
    /// The layout file.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// Dotted key (`styles.title.size_pt`), empty for the whole file.
    public var key: String
    /// What is wrong.
    public var message: String
    /// Allowed values or keys, when the set is closed.
    public var allowed: [String]

    public init(file: String, line: Int?, key: String, message: String, allowed: [String] = []) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        self.allowed = allowed
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if !key.isEmpty { s += "'\(key)': " }
        s += message
        if !allowed.isEmpty { s += " (allowed: \(allowed.joined(separator: ", ")))" }
        return s
    }
}
