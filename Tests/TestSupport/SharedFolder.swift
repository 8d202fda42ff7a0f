import Foundation
import Testing

/// The project's shared data beside the package (`../shared`: seeds, fixtures, air-quality files).
///
/// Tests that need it carry the trait `SharedFolder.needs(path)` and then call
/// `try SharedFolder.require(path)`: locally an absent folder skips the test with a
/// visible reason; under `CI=true` the test runs and fails, because CI must check real input.
public enum SharedFolder {
    /// `../shared` relative to the package root.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared")

    /// `../shared/<relative>`.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Whether this run is CI (`CI=true`), where missing shared data is a failure, not a skip.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether `../shared/<relative>` exists.
    public static func has(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// Whether a test needing `../shared/<relative>` runs: when it exists, and always under CI.
    public static func runs(_ relative: String) -> Bool { has(relative) || isCI }

    /// The reason shown when the test is skipped.
    public static func skipReason(_ relative: String) -> String {
        "skipped: ../shared/\(relative) is absent (under CI=true this fails)"
    }

    /// The trait of a test that needs `../shared/<relative>`.
    public static func needs(_ relative: String) -> ConditionTrait {
        .enabled(if: runs(relative), Comment(rawValue: skipReason(relative)))
    }

    /// The URL, or an error naming the missing path (what fails a test under CI).
    public static func require(_ relative: String) throws -> URL {
        guard has(relative) else { throw Missing(path: url(relative).path) }
        return url(relative)
    }

    /// `../shared/<relative>` is missing where it is required.
    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) is missing; CI=true requires ../shared" }
    }
}
