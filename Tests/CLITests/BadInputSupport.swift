import Foundation
import Testing

/// Helpers of the bad-input, fault and concurrency suites: a scratch directory, the store as
/// `sqlite3` sees it, and what a directory holds.
struct Scratch {
    let dir: URL

    init() throws { dir = try CLIRunner.temporaryDirectory() }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    /// Path of `name` in the scratch directory.
    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// Writes `data` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    /// The (non-hidden and hidden) names in a directory of the scratch dir, sorted; [] when absent.
    func names(in sub: String = "") -> [String] {
        let p = sub.isEmpty ? dir.path : path(sub)
        return ((try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []).sorted()
    }
}

/// The store read with the `sqlite3` command-line shell (Debian package `sqlite3`).
enum StoreProbe {
    static let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Output of one SQL statement, trimmed; nil when the shell is missing or fails.
    static func query(_ db: String, _ sql: String) -> String? {
        guard let shell else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: shell)
        p.arguments = ["-batch", "-cmd", ".timeout 30000", db, sql]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `SELECT count(*) FROM table`; 0 when the store file or the table (not migrated yet) does not exist.
    static func count(_ db: String, _ table: String) -> Int? {
        guard FileManager.default.fileExists(atPath: db) else { return 0 }
        guard let tables = query(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '\(table)'") else { return nil }
        if tables == "0" { return 0 }
        return query(db, "SELECT count(*) FROM \(table)").flatMap { Int($0) }
    }

    /// `PRAGMA integrity_check` (and the foreign keys): "ok" for a sound store.
    static func integrity(_ db: String) -> String? {
        guard let ok = query(db, "PRAGMA integrity_check") else { return nil }
        let fk = query(db, "PRAGMA foreign_key_check") ?? "?"
        return fk.isEmpty ? ok : "\(ok); foreign keys: \(fk)"
    }
}

/// Root-only fixtures (mounts): nil with a printed reason when not root or when mounting fails.
enum Mounts {
    static var isRoot: Bool { getuid() == 0 }

    /// Why a test that needs a mount is cancelled (shown as skipped, with the printed reason above).
    static let cannotMount: Comment = "skipped: needs a mount (root with CAP_SYS_ADMIN); see the reason printed above"

    static func run(_ args: [String]) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// Mounts a tmpfs of `size` (e.g. "64k") on `dir`.
    static func tmpfs(_ dir: String, size: String) -> Bool {
        guard isRoot else {
            print("skipped: mounting a tmpfs needs root")
            return false
        }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        guard run(["mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir]) else {
            print("skipped: mount -t tmpfs failed (no CAP_SYS_ADMIN?)")
            return false
        }
        return true
    }

    /// Bind-mounts `source` read-only on `dir`.
    static func readOnlyBind(_ source: String, on dir: String) -> Bool {
        guard isRoot else {
            print("skipped: a read-only bind mount needs root")
            return false
        }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        guard run(["mount", "--bind", source, dir]) else {
            print("skipped: mount --bind failed (no CAP_SYS_ADMIN?)")
            return false
        }
        guard run(["mount", "-o", "remount,bind,ro", dir]) else {
            _ = run(["umount", dir])
            print("skipped: remounting read-only failed")
            return false
        }
        return true
    }

    static func unmount(_ dir: String) { _ = run(["umount", "-l", dir]) }
}

/// A short, well-formed 本报讯 item about a meeting on `date` (e.g. "2017年11月14日").
func briefingItem(_ n: Int, date: String) -> String {
    """
    本报讯 \(date)上午，高新区召开第\(n)次大气污染防治工作推进会，区长张明出席会议并讲话。\
    会议要求，各街道要加强扬尘管控，严格落实工地围挡、道路保洁和渣土车密闭运输措施，确保空气质量持续改善。

    """
}
