import Foundation

/// The outputs of one run (PDF, page images, long PNG, JSON, CSV, xlsx, .docx, OFD …), each
/// written complete into a hidden temporary beside its target and moved into place together by
/// `commit()` — only once the whole run has succeeded. A failed, refused or killed run leaves the
/// previous files (or none) in place, never a partial one, and creates no directory.
///
/// Writers call `stage(_:data:)` with bytes or `stage(_:_:)` with a closure that writes the file
/// at the URL it is given; a renderer that names its own files asks for `reserve` (one file) or
/// `reservePages` (a directory of numbered pages).
public final class Delivery {
    fileprivate enum Item {
        case file(temp: URL, target: URL)
        case pages(stage: URL, directory: URL, prefix: String, ext: String)
    }

    private var items: [Item] = []
    private var committed = false

    public init() {}

    deinit { discard() }

    /// Stages `target` with `data`.
    public func stage(_ target: URL, data: Data) throws(OutputError) {
        try stage(target) { url in try data.write(to: url) }
    }

    /// Stages `target`: `write` writes the complete file at the URL it is given.
    public func stage(_ target: URL, _ write: (URL) throws -> Void) throws(OutputError) {
        let temp = try reserve(target)
        do { try write(temp) } catch {
            throw OutputError(path: target.path, reason: "cannot write the file: \(Self.reason(error))")
        }
    }

    /// A temporary path for `target`, for a producer that writes the file itself (not created
    /// here: the file appears only once the producer starts writing it).
    public func reserve(_ target: URL) throws(OutputError) -> URL {
        try OutputTarget.check(target)
        let temp = try temporary(for: target.lastPathComponent, in: target.deletingLastPathComponent(), as: target)
        items.append(.file(temp: temp, target: target))
        return temp
    }

    /// A staging directory for page images `DIR/<prefix>N.<ext>`: the producer writes every page
    /// into it; `commit` moves them into `directory` and removes the pages of an earlier, longer run.
    public func reservePages(in directory: URL, prefix: String = "page-", ext: String = "png") throws(OutputError) -> URL {
        try OutputTarget.check(directory.appendingPathComponent("\(prefix)1.\(ext)"))
        let stage = try temporary(for: directory.lastPathComponent + "-pages", in: directory, as: directory)
        do { try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: false) } catch {
            throw OutputError(path: directory.path, reason: "cannot create the page images: \(Self.reason(error))")
        }
        items.append(.pages(stage: stage, directory: directory, prefix: prefix, ext: ext))
        return stage
    }

    /// Which output a staged temporary belongs to (for an error a producer reports on it).
    public func target(of temporary: URL) -> URL? {
        for item in items {
            switch item {
            case .file(let temp, let target) where temp.path == temporary.path: return target
            case .pages(let stage, let directory, _, _) where temporary.path.hasPrefix(stage.path + "/"):
                return directory.appendingPathComponent(temporary.lastPathComponent)
            default: continue
            }
        }
        return nil
    }

    /// The page images a producer has written so far into a staging directory, sorted by number.
    public func stagedPages(_ stage: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stage.path)) ?? []
        return names.map { stage.appendingPathComponent($0) }.sorted {
            $0.path.count == $1.path.count ? $0.path < $1.path : $0.path.count < $1.path.count
        }
    }

    /// Moves every staged output into place (creating missing directories now) and returns the
    /// targets in staging order; page directories are listed as the directory.
    @discardableResult
    public func commit() throws(OutputError) -> [URL] {
        defer { discard() }
        // Everything is checked before anything moves: a symlink where a page goes refuses the run.
        var moves: [(from: URL, to: URL)] = []
        var stale: [URL] = []
        for item in items {
            switch item {
            case .file(let temp, let target):
                try OutputTarget.check(target)
                moves.append((temp, target))
            case .pages(let stage, let directory, let prefix, let ext):
                let pages = (try? FileManager.default.contentsOfDirectory(atPath: stage.path)) ?? []
                for name in pages {
                    let target = directory.appendingPathComponent(name)
                    try OutputTarget.check(target)
                    moves.append((stage.appendingPathComponent(name), target))
                }
                let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                stale += existing.filter { Self.isPage($0, prefix: prefix, ext: ext) && !pages.contains($0) }
                    .map { directory.appendingPathComponent($0) }
            }
        }
        for dir in Set(moves.map { $0.to.deletingLastPathComponent().path }).sorted() {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                throw OutputError(path: dir, reason: "cannot create the output directory: \(Self.reason(error))")
            }
        }
        for move in moves where rename(move.from.path, move.to.path) != 0 {
            throw OutputError(
                path: move.to.path, reason: "cannot move the finished file into place: \(String(cString: strerror(errno)))")
        }
        for url in stale { unlink(url.path) }  // unlink: a stale symlink goes, never its target
        committed = true
        return items.map { item in
            switch item {
            case .file(_, let target): target
            case .pages(_, let directory, _, _): directory
            }
        }
    }

    /// Removes every temporary not yet moved into place.
    public func discard() {
        for item in items {
            switch item {
            case .file(let temp, _): unlink(temp.path)
            case .pages(let stage, _, _, _): try? FileManager.default.removeItem(at: stage)
            }
        }
        if !items.isEmpty { PendingTemporaries.clear() }
        items = []
    }

    /// `page-12.png` for prefix `page-` and ext `png`.
    static func isPage(_ name: String, prefix: String, ext: String) -> Bool {
        guard name.hasPrefix(prefix), name.hasSuffix("." + ext) else { return false }
        let number = name.dropFirst(prefix.count).dropLast(ext.count + 1)
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }

    /// A fresh hidden temporary `.NAME.PID.tmp` in the nearest existing ancestor of `dir` (the
    /// same file system as the target, so the final rename is atomic), registered for removal on
    /// SIGTERM/SIGINT/SIGHUP; stale ones of killed runs are removed first.
    private func temporary(for name: String, in dir: URL, as target: URL) throws(OutputError) -> URL {
        let home = try OutputTarget.existingAncestor(of: dir)
        let pid = ProcessInfo.processInfo.processIdentifier
        let suffix = ".\(pid).tmp"
        var base = "." + name
        while base.utf8.count + suffix.utf8.count > OutputTarget.maxNameBytes { base.removeLast() }
        Self.removeStaleTemporaries(prefix: base + ".", in: home)
        var temp = home.appendingPathComponent(base + suffix)
        var n = 1
        let taken = Set(items.map(\.temporary.path))
        while taken.contains(temp.path) || FileManager.default.fileExists(atPath: temp.path) {
            n += 1
            temp = home.appendingPathComponent(base + "-\(n)" + suffix)
        }
        guard access(home.path, W_OK) == 0 else {
            throw OutputError(path: target.path, reason: "the directory \(home.path) is not writable")
        }
        PendingTemporaries.add(temp.path)
        return temp
    }

    /// Removes `PREFIX PID.tmp` entries whose process no longer exists (left by SIGKILL).
    static func removeStaleTemporaries(prefix: String, in dir: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pidText = name.dropFirst(prefix.count).dropLast(4).split(separator: "-").first ?? ""
            guard let pid = Int32(pidText), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError, let posix = e.underlying as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return (error as NSError).localizedDescription
    }
}

extension Delivery.Item {
    fileprivate var temporary: URL {
        switch self {
        case .file(let temp, _): temp
        case .pages(let stage, _, _, _): stage
        }
    }
}

extension CocoaError {
    fileprivate var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}
