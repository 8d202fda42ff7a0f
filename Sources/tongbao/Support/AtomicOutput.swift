import Foundation

/// Writes an output file atomically: the producer writes a temporary file in the target's own
/// directory, which is renamed over the target only when complete. A killed run, a full disk or
/// a refused self-check leaves the previous file (or none) in place, never a partial one.
enum AtomicOutput {
    static func write(to target: URL, _ produce: (URL) throws -> Void) throws(CLIError) {
        let dir = target.deletingLastPathComponent()
        removeStaleTemporaries(of: target)
        let temp = dir.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        removeOnSignal(temp.path)
        defer { removeOnSignal(nil) }
        do {
            try produce(temp)
        } catch let error as CLIError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CLIError(.output, "\(target.path): \(error)")
        }
        if rename(temp.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw CLIError(.output, "\(target.path): cannot move the finished file into place: \(reason)")
        }
    }

    /// The temporary being written, for the signal handler: a C string owned here, set only while
    /// a file is being produced. (A signal handler can reach nothing else.)
    private nonisolated(unsafe) static var pendingTemporary: UnsafeMutablePointer<CChar>? = nil
    /// The dispositions replaced while a file is produced, restored afterwards.
    private nonisolated(unsafe) static var replacedHandlers: [(Int32, (@convention(c) (Int32) -> Void)?)] = []

    /// While `path` is set, SIGTERM, SIGINT and SIGHUP remove that temporary before the process
    /// dies of the signal, so an interrupted run leaves nothing behind. An ignored signal (nohup)
    /// stays ignored; the previous dispositions come back afterwards. (SIGKILL cannot be caught:
    /// its temporary is removed by the next run, see `removeStaleTemporaries`.)
    private static func removeOnSignal(_ path: String?) {
        guard let path else {
            for (s, old) in replacedHandlers { signal(s, old) }
            replacedHandlers = []
            let old = pendingTemporary
            pendingTemporary = nil
            free(old)
            return
        }
        pendingTemporary = strdup(path)
        for s in [SIGTERM, SIGINT, SIGHUP] {
            let old = signal(s) { received in
                if let p = AtomicOutput.pendingTemporary { unlink(p) }
                signal(received, SIG_DFL)
                raise(received)
            }
            if let old, unsafeBitCast(old, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(s, SIG_IGN) }
            replacedHandlers.append((s, old))
        }
    }

    /// Removes temporaries of `target` left by killed runs (their process no longer exists).
    static func removeStaleTemporaries(of target: URL) {
        let dir = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pidText = name.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(pidText), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
            }
        }
    }

    /// Resolves `--output DIR|FILE` for a default file name, refusing paths that escape the
    /// chosen directory through `..` or a symlink.
    static func resolve(output: String, defaultName: String, extension ext: String) throws(CLIError) -> URL {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: output, isDirectory: &isDir)
        let target: URL
        if output.hasSuffix("/") || (exists && isDir.boolValue) {
            if !exists {
                do { try fm.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
                    throw CLIError(.output, "\(output): cannot create the output directory")
                }
            }
            target = URL(fileURLWithPath: output).appendingPathComponent(defaultName + "." + ext)
        } else {
            guard output.hasSuffix("." + ext) else {
                throw CLIError(.usage, "\(output): an output file must end in .\(ext) (or give a directory ending in /)")
            }
            target = URL(fileURLWithPath: output)
        }
        let dir = target.deletingLastPathComponent()
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError(.output, "\(dir.path): the output directory does not exist")
        }
        guard fm.isWritableFile(atPath: dir.path) else {
            throw CLIError(.output, "\(dir.path): the output directory is not writable")
        }
        if let attrs = try? fm.attributesOfItem(atPath: target.path), attrs[.type] as? FileAttributeType == .typeSymbolicLink {
            throw CLIError(.output, "\(target.path): is a symbolic link; refusing to write through it")
        }
        if target.pathComponents.contains("..") {
            let resolved = target.standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent().path
            let chosen = URL(fileURLWithPath: output).deletingLastPathComponent().standardizedFileURL.path
            if !resolved.hasPrefix(chosen) {
                throw CLIError(.output, "\(output): points outside the chosen directory through '..'")
            }
        }
        return target
    }
}
