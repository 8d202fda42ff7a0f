import Foundation

/// A pipe's buffer, widened for a large output. Linux gives a pipe 64 KiB: a program writing
/// hundreds of megabytes into it (`parse --json`, ~9 bytes out for each byte read) is stopped
/// and woken again for every 64 KiB its reader takes, and both sides pay the switches (measured
/// on 52 MB of the genre mix through Python's `communicate`: 3.27 s of the writer's CPU at 64 KiB,
/// 3.06 s at 1 MiB, medians of five).
public enum PipeCapacity {
    /// `F_SETPIPE_SZ` / `F_GETPIPE_SZ` (linux/fcntl.h: F_LINUX_SPECIFIC_BASE + 7 / + 8), which
    /// Glibc's Swift module does not export.
    static let setSize: Int32 = 1031
    static let getSize: Int32 = 1032
    /// The most an unprivileged process may ask for by default (/proc/sys/fs/pipe-max-size).
    public static let wanted = 1 << 20

    /// Widens the pipe behind `fd` to `wanted` bytes when `fd` is a pipe whose buffer is smaller.
    /// Anything else (a file, a terminal, /dev/null, a refusal by the system's limit) is left
    /// as it is: the output is the same either way, only its cost differs. Returns the buffer's
    /// size afterwards, or nil when `fd` is not a pipe.
    @discardableResult
    public static func widen(_ fd: Int32, to size: Int = wanted) -> Int? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFIFO else { return nil }
        let now = fcntl(fd, getSize)
        guard now >= 0 else { return nil }
        guard Int(now) < size, fcntl(fd, setSize, Int32(clamping: size)) >= 0 else { return Int(now) }
        return Int(fcntl(fd, getSize))
    }
}
