import Foundation

/// Golden-file comparison: text first. Set `RECORD_GOLDEN=1` to (re)write the files, then read
/// the diff before committing.
public enum Golden {
    /// Whether this run records goldens.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file `name` in the `Golden` folder next to `testFile`.
    /// Returns nil when they match (or the file was recorded), else a message with the first difference.
    public static func check(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
        let url = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
            .appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "cannot record \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden \(url.path); run with RECORD_GOLDEN=1"
        }
        if expected == actual { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < e.count ? String(e[i]) : "<end>"
            if x != y { return "\(name) line \(i + 1):\n  expected: \(y)\n  actual:   \(x)" }
        }
        return "\(name) differs"
    }
}

/// Compares two PNG files by size and bytes (a coarse check; use goldens of frames first).
public enum PNGCompare {
    /// True when both files exist and have identical bytes.
    public static func identical(_ a: URL, _ b: URL) -> Bool {
        guard let x = try? Data(contentsOf: a), let y = try? Data(contentsOf: b) else { return false }
        return x == y
    }
}
