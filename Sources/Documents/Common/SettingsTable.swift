/// A document kind's settings table from the layout (`[ranking]`) could not be used.
public struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Dotted key, e.g. `ranking.warn_last`.
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
        "[\(key.split(separator: ".").first ?? "")] \(key.split(separator: ".").dropFirst().joined(separator: ".")): \(message)"
            + (allowed.isEmpty ? "" : " (allowed: \(allowed.joined(separator: ", ")))")
    }
}

/// Typed reading of a layout's document table (values as text, see `Layout.documentSettings`).
struct SettingsTable {
    /// Table name (`ranking`).
    let name: String
    /// Key → values.
    let values: [String: [String]]

    /// Refuses keys not in `known`.
    func checkKeys(_ known: [String]) throws(SettingsError) {
        for key in values.keys.sorted() where !known.contains(key) {
            throw SettingsError(key: "\(name).\(key)", message: "unknown key", allowed: known)
        }
    }

    func int(_ key: String, default d: Int, min: Int = 0) throws(SettingsError) -> Int {
        guard let v = values[key] else { return d }
        guard v.count == 1, let i = Int(v[0]), i >= min else {
            throw SettingsError(key: "\(name).\(key)", message: "expected an integer ≥ \(min), found '\(v.joined(separator: ", "))'")
        }
        return i
    }

    func number(_ key: String, default d: Double) throws(SettingsError) -> Double {
        guard let v = values[key] else { return d }
        guard v.count == 1, let x = Double(v[0]), x > 0 else {
            throw SettingsError(key: "\(name).\(key)", message: "expected a positive number, found '\(v.joined(separator: ", "))'")
        }
        return x
    }

    func oneOf(_ key: String, _ allowed: [String], default d: String) throws(SettingsError) -> String {
        guard let v = values[key] else { return d }
        guard v.count == 1, allowed.contains(v[0]) else {
            throw SettingsError(key: "\(name).\(key)", message: "unknown value '\(v.joined(separator: ", "))'", allowed: allowed)
        }
        return v[0]
    }

    func list(_ key: String, _ allowed: [String], default d: [String]) throws(SettingsError) -> [String] {
        guard let v = values[key] else { return d }
        for item in v where !allowed.contains(item) {
            throw SettingsError(key: "\(name).\(key)", message: "unknown value '\(item)'", allowed: allowed)
        }
        return v
    }

    func numbers(_ key: String) throws(SettingsError) -> [Double] {
        guard let v = values[key] else { return [] }
        var out: [Double] = []
        for item in v {
            guard let x = Double(item), x > 0 else {
                throw SettingsError(key: "\(name).\(key)", message: "expected positive numbers, found '\(item)'")
            }
            out.append(x)
        }
        return out
    }

    /// Exactly `count` colours as `#RRGGBB`.
    func colors(_ key: String, count: Int, default d: [String]) throws(SettingsError) -> [String] {
        guard let v = values[key] else { return d }
        let hex = Set("0123456789abcdefABCDEF")
        guard v.count == count, v.allSatisfy({ $0.count == 7 && $0.first == "#" && $0.dropFirst().allSatisfy(hex.contains) }) else {
            throw SettingsError(
                key: "\(name).\(key)", message: "expected \(count) colours as \"#RRGGBB\", found '\(v.joined(separator: ", "))'")
        }
        return v
    }
}
