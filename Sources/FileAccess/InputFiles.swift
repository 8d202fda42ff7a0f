import Foundation

/// A file to read: where it is and how the user named it.
public struct InputFile: Sendable, Equatable {
    /// URL to read.
    public var url: URL
    /// The path as the user would write it (directory argument + file name).
    public var displayName: String

    public init(url: URL, displayName: String) {
        self.url = url
        self.displayName = displayName
    }

    public init(path: String) {
        self.init(url: URL(fileURLWithPath: path), displayName: path)
    }

    /// The absolute path of the file this path leads to (`.`, `..` and symlinks resolved), or nil
    /// when it does not exist: the same file however it was named or from wherever it was given.
    public var canonicalPath: String? {
        guard let resolved = realpath(url.path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Why an input could not be read.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The path does not exist (exit 66).
        case missing
        /// Not a regular file, too large, or unreadable (exit 65).
        case refused
    }

    public var kind: Kind
    /// The path as given.
    public var path: String
    /// Lowercase reason.
    public var reason: String

    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Expands FILE|DIR arguments and reads files with their checks; the one place that does.
public enum InputFiles {
    /// Directories give their regular, non-hidden files, sorted by name (not recursive), so runs
    /// are reproducible; a file argument is taken as given (and checked when read).
    public static func expand(_ paths: [String]) throws(InputError) -> [InputFile] {
        var entries: [InputFile] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError(.missing, path: path, reason: "no such file or directory")
            }
            guard isDir.boolValue else {
                entries.append(InputFile(path: path))
                continue
            }
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: path) } catch {
                throw InputError(.refused, path: path, reason: "cannot list the directory")
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            for name in names.sorted() where !name.hasPrefix(".") {
                var st = stat()
                // stat follows symlinks: a link to a regular file counts, FIFOs and devices do not.
                if stat(base + name, &st) == 0, st.st_mode & S_IFMT == S_IFREG {
                    entries.append(InputFile(path: base + name))
                }
            }
        }
        return entries
    }

    /// Reads a whole file of at most `limit` bytes. The checks are made on the file the path
    /// resolves to (through symlinks), on the open descriptor, so a link to a FIFO, a device or
    /// a huge file is refused for what it is, and nothing can change between check and read.
    public static func read(_ file: InputFile, limit: Int) throws(InputError) -> Data {
        let name = file.displayName
        // O_NONBLOCK: opening a FIFO must not wait for a writer before it can be refused.
        let fd = open(file.url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw InputError(.missing, path: name, reason: "no such file or directory") }
            throw InputError(.refused, path: name, reason: "cannot read the file: \(String(cString: strerror(code)))")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw InputError(.refused, path: name, reason: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw InputError(.refused, path: name, reason: "not a regular file (\(kindName(st.st_mode)))")
        }
        guard st.st_size <= Int64(limit) else {
            throw InputError(
                .refused, path: name,
                reason: "file too large (\(st.st_size >> 20) MiB; the limit is \(limit >> 20) MiB)")
        }
        // Clear O_NONBLOCK again for an ordinary blocking read of the regular file.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        do {
            // One byte more than the limit tells a file that grew after fstat.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else {
                throw InputError(.refused, path: name, reason: "file too large (over \(limit >> 20) MiB)")
            }
            return data
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.refused, path: name, reason: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// What a non-regular file is, for the message.
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a plain file"
        }
    }
}
