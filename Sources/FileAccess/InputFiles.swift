import Foundation

/// A file to read: where it is and how the user named it.
public struct InputFile: Sendable, Equatable {
    /// URL to read.
    public var url: URL
    /// The path as the user would write it (directory argument + file name).
    public var displayName: String
    /// The path's bytes when they are not UTF-8: a name a Windows zip unpacked as GB18030 bytes
    /// (甲县简报.txt as `BC D7 CF D8 …`), which no Swift string holds. The file is opened by these
    /// bytes; `url` and `displayName` carry the name decoded as GB18030.
    public var rawPath: [UInt8]?

    public init(url: URL, displayName: String, rawPath: [UInt8]? = nil) {
        self.url = url
        self.displayName = displayName
        self.rawPath = rawPath
    }

    public init(path: String) {
        self.init(url: URL(fileURLWithPath: path), displayName: path)
    }

    /// The absolute path of the file this path leads to (`.`, `..` and symlinks resolved), or nil
    /// when it does not exist: the same file however it was named or from wherever it was given.
    public var canonicalPath: String? {
        guard let resolved = withPath({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return FileName.decoded(Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) })
    }

    /// Calls `body` with the path as the system knows it (its raw bytes when it has them).
    func withPath<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        guard let rawPath else { return url.path.withCString(body) }
        let bytes = rawPath.map { CChar(bitPattern: $0) } + [0]
        return bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map(body) ?? url.path.withCString(body) }
    }
}

extension String.Encoding {
    /// GB 18030-2000, as Foundation names it (kCFStringEncodingGB_18030_2000 | 0x8000_0000): the
    /// encoding of Chinese briefings, tables and file names that are not UTF-8.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}

/// File names as bytes: Linux keeps whatever bytes a program wrote, and `unzip` writes a Windows
/// zip's GB18030 names as they are.
enum FileName {
    /// The name as UTF-8 when it is, else as GB18030 when it decodes so, else with each bad byte
    /// replaced (U+FFFD).
    static func decoded(_ bytes: [UInt8]) -> String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        if let gb = String(data: Data(bytes), encoding: .gb18030) { return gb }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The names in a directory, as bytes (`FileManager` drops or mangles names that are not UTF-8).
    static func list(_ directory: String) -> [[UInt8]]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != Array(".".utf8) && name != Array("..".utf8) { names.append(name) }
        }
        return names
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
                // the shell passed a name's bytes that are not UTF-8; they reach us as U+FFFD
                let hint = path.contains("\u{FFFD}") ? " (its name is not UTF-8: give its folder, which is read by the names' bytes)" : ""
                throw InputError(.missing, path: path, reason: "no such file or directory" + hint)
            }
            guard isDir.boolValue else {
                entries.append(InputFile(path: path))
                continue
            }
            guard let names = FileName.list(path) else {
                throw InputError(.refused, path: path, reason: "cannot list the directory")
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let named = names.map { (name: FileName.decoded($0), bytes: $0) }.sorted { $0.name < $1.name }
            for (name, bytes) in named where !name.hasPrefix(".") {
                let utf8 = String(validating: bytes, as: UTF8.self) != nil
                let file = InputFile(
                    url: URL(fileURLWithPath: base + name), displayName: base + name, rawPath: utf8 ? nil : Array(base.utf8) + bytes)
                var st = stat()
                // stat follows symlinks: a link to a regular file counts, FIFOs and devices do not.
                if file.withPath({ stat($0, &st) }) == 0, st.st_mode & S_IFMT == S_IFREG {
                    entries.append(file)
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
        let (handle, _) = try opened(file, limit: limit)
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

    /// Reads a whole file, checked as `read` checks it, straight into a byte array of its size when
    /// `accept` takes its bytes as they are: nil when it refuses them, or the file changed size
    /// while read (`read` then reads them as they are). Not a string: the caller reads the bytes
    /// `accept` checked, and a string's own check of its UTF-8 would read them again.
    public static func readBytes(_ file: InputFile, limit: Int, accept: (UnsafeBufferPointer<UInt8>) -> Bool) throws(InputError)
        -> [UInt8]?
    {
        let (handle, size) = try opened(file, limit: limit)
        let fd = handle.fileDescriptor
        guard size > 0 else { return nil }
        var accepted = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var n = 0
            while n < size {
                let got = Foundation.read(fd, buffer.baseAddress! + n, size - n)
                guard got > 0 else { break }
                n += got
            }
            // a byte more: the file grew after fstat
            var more: UInt8 = 0
            guard n == size, Foundation.read(fd, &more, 1) == 0 else { return }
            accepted = accept(UnsafeBufferPointer(rebasing: buffer[0..<n]))
            count = accepted ? n : 0
        }
        return accepted ? bytes : nil
    }

    /// The file opened for reading, checked: a regular file of at most `limit` bytes; and its size.
    static func opened(_ file: InputFile, limit: Int) throws(InputError) -> (FileHandle, Int) {
        let name = file.displayName
        // O_NONBLOCK: opening a FIFO must not wait for a writer before it can be refused.
        let fd = file.withPath { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
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
        return (handle, Int(st.st_size))
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
