import Foundation

/// The temporaries of the outputs being produced, removed by SIGTERM, SIGINT or SIGHUP before the
/// process dies of the signal, so an interrupted run leaves nothing behind. An ignored signal
/// (nohup) stays ignored; the previous dispositions come back when the run's outputs are done.
/// (SIGKILL cannot be caught: its temporaries are removed by the next run.)
///
/// A signal handler can reach nothing but global C memory, hence this fixed table of C strings,
/// changed only with the signals blocked.
enum PendingTemporaries {
    static let capacity = 64
    private nonisolated(unsafe) static let paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
        capacity: capacity)
    private nonisolated(unsafe) static var count = 0
    private nonisolated(unsafe) static var replaced: [(Int32, (@convention(c) (Int32) -> Void)?)] = []
    private static let signals = [SIGTERM, SIGINT, SIGHUP]

    /// Registers a temporary file or (page) directory.
    static func add(_ path: String) {
        withSignalsBlocked {
            if count == 0 { install() }
            guard count < capacity else { return }  // (the next run removes what is not listed)
            paths[count] = strdup(path)
            count += 1
        }
    }

    /// Forgets every temporary (moved into place or removed) and restores the handlers.
    static func clear() {
        withSignalsBlocked {
            for i in 0..<count {
                free(paths[i])
                paths[i] = nil
            }
            count = 0
            for (s, old) in replaced { signal(s, old) }
            replaced = []
        }
    }

    private static func install() {
        for s in signals {
            let old = signal(s) { received in
                for i in 0..<PendingTemporaries.count {
                    guard let p = PendingTemporaries.paths[i] else { continue }
                    if unlink(p) != 0 { PendingTemporaries.removeDirectory(p) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
            if let old, unsafeBitCast(old, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(s, SIG_IGN) }
            replaced.append((s, old))
        }
    }

    /// Empties and removes a staging directory of page images (flat: files only).
    private static func removeDirectory(_ path: UnsafeMutablePointer<CChar>) {
        guard let dir = opendir(path) else { return }
        let fd = dirfd(dir)
        while let entry = readdir(dir) {
            withUnsafePointer(to: entry.pointee.d_name) { name in
                name.withMemoryRebound(to: CChar.self, capacity: 256) { c in
                    if c[0] != 0x2E { unlinkat(fd, c, 0) }  // skip "." and ".."
                }
            }
        }
        closedir(dir)
        rmdir(path)
    }

    private static func withSignalsBlocked(_ body: () -> Void) {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        for s in signals { sigaddset(&set, s) }
        sigprocmask(SIG_BLOCK, &set, &old)
        body()
        sigprocmask(SIG_SETMASK, &old, nil)
    }
}
