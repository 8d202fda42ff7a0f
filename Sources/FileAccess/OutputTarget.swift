import Foundation

/// Why an output could not be written; names the output's path.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path the user will look for (the output, never a temporary).
    public var path: String
    /// Lowercase reason.
    public var reason: String
    /// True when the request itself is wrong (`--output x.txt` for a PDF): a usage error.
    public var isUsage: Bool

    public init(path: String, reason: String, isUsage: Bool = false) {
        self.path = path
        self.reason = reason
        self.isUsage = isUsage
    }

    public var description: String { "\(path): \(reason)" }
}

/// Where an output goes. Resolving creates nothing: missing directories are made by
/// `Delivery.commit()`, once the run has succeeded.
public enum OutputTarget {
    /// The longest file name most file systems take (NAME_MAX), in bytes.
    public static let maxNameBytes = 255

    /// Resolves `--output DIR|FILE`: a path ending in `/` or naming an existing directory gets
    /// `defaultName.ext` inside it; a file must end in `.ext`. Refuses a name longer than the file
    /// system takes, a symlink at the target, and a `..` that leaves the chosen directory through
    /// a symlink.
    public static func resolve(_ output: String, defaultName: String, extension ext: String) throws(OutputError) -> URL {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDir)
        let target: URL
        if output.hasSuffix("/") || (exists && isDir.boolValue) {
            target = URL(fileURLWithPath: output).appendingPathComponent(defaultName + "." + ext)
        } else {
            guard output.hasSuffix("." + ext) else {
                throw OutputError(
                    path: output, reason: "an output file must end in .\(ext) (or give a directory ending in /)",
                    isUsage: true)
            }
            target = URL(fileURLWithPath: output)
            // A file in a directory that does not exist is a typo more often than a wish.
            let dir = target.deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw OutputError(path: dir, reason: "the output directory does not exist")
            }
        }
        try check(target)
        if target.pathComponents.contains("..") {
            let resolved = target.standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent().path
            let chosen = URL(fileURLWithPath: output).deletingLastPathComponent().standardizedFileURL.path
            if !resolved.hasPrefix(chosen) {
                throw OutputError(path: output, reason: "points outside the chosen directory through '..'")
            }
        }
        return target
    }

    /// Refuses a target whose name is too long, that is a symbolic link (dangling or not), or a
    /// directory.
    public static func check(_ target: URL) throws(OutputError) {
        for part in target.pathComponents where part.utf8.count > maxNameBytes {
            throw OutputError(
                path: target.path,
                reason: "a name in the path is \(part.utf8.count) bytes long; file names are limited to \(maxNameBytes) bytes")
        }
        var st = stat()
        guard lstat(target.path, &st) == 0 else { return }
        switch st.st_mode & S_IFMT {
        case S_IFLNK: throw OutputError(path: target.path, reason: "is a symbolic link; refusing to write through it")
        case S_IFDIR: throw OutputError(path: target.path, reason: "is a directory")
        default: return
        }
    }

    /// The nearest existing ancestor of `dir` (itself when it exists); nil when that is not a
    /// directory (a path under a regular file can never be created).
    static func existingAncestor(of dir: URL) throws(OutputError) -> URL {
        var d = dir.standardizedFileURL
        while true {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: d.path, isDirectory: &isDir) {
                guard isDir.boolValue else {
                    throw OutputError(path: d.path, reason: "is a file, so \(dir.path) cannot be created")
                }
                return d
            }
            let up = d.deletingLastPathComponent()
            if up.path == d.path { return d }
            d = up
        }
    }
}
