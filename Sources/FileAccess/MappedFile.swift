import Foundation

/// A large input file mapped read-only instead of read into memory, with its pages let go behind
/// a reader that goes through it in order (`release(before:)`): a file of tens of megabytes then
/// costs its reader a few megabytes of memory at a time, not its size (the pages come back from
/// the page cache when read again). Checked as `InputFiles.read` checks a file.
///
/// A file truncated by another process while it is mapped makes reading its lost pages fault
/// (SIGBUS); the reader maps only files over `BriefingReader.mapThreshold`.
public final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    public let bytes: UnsafeBufferPointer<UInt8>
    private let lock = NSLock()
    /// Pages before this offset were let go since the last `rewind`.
    private var released = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }

    /// Maps a file of at most `limit` bytes; nil when it is smaller than `minimum` bytes (or empty)
    /// or cannot be mapped (read it then).
    public static func map(_ file: InputFile, limit: Int, minimum: Int = 1) throws(InputError) -> MappedFile? {
        let (handle, size) = try InputFiles.opened(file, limit: limit)
        guard size > 0, size >= minimum else { return nil }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, handle.fileDescriptor, 0), base != MAP_FAILED else { return nil }
        return MappedFile(bytes: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Lets the pages wholly before `offset` go from memory, beyond what was let go since the last
    /// `rewind`, when that is at least `step` bytes (one call per step of a pass, not per line).
    public func release(before offset: Int, step: Int = 4 << 20) {
        lock.lock()
        defer { lock.unlock() }
        let page = Int(getpagesize())
        let end = min(offset, bytes.count) / page * page
        guard end - released >= step, let base = bytes.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }

    /// A new pass from the start: what it reads is let go behind it again.
    public func rewind() {
        lock.lock()
        defer { lock.unlock() }
        released = 0
    }
}
