import Foundation

/// Expands FILE|DIR arguments into files: directories give their regular, non-hidden files,
/// sorted by name (not recursive), so runs are reproducible.
enum InputFiles {
    struct Entry {
        /// URL to read.
        var url: URL
        /// The path as the user would write it (directory argument + file name).
        var displayName: String
    }

    /// The largest briefing file read (64 MiB: a 50 MB collection of real briefings parses in
    /// seconds, the reader being linear; a week's briefings are kilobytes). A larger file is refused
    /// by name before it is read, so a stray dump cannot stall a cron run.
    static let maxBriefingBytes = 64 << 20

    /// The refusal of a briefing file larger than `maxBriefingBytes`, or nil.
    static func sizeRefusal(_ url: URL, name: String) -> String? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
            size > maxBriefingBytes
        else { return nil }
        return "\(name): error: file too large for a briefing (\(size >> 20) MiB; the limit is \(maxBriefingBytes >> 20) MiB)"
    }

    static func expand(_ paths: [String]) throws(CLIError) -> [Entry] {
        var entries: [Entry] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw CLIError(.noInput, "\(path): no such file or directory")
            }
            if isDir.boolValue {
                let names: [String]
                do { names = try fm.contentsOfDirectory(atPath: path) } catch {
                    throw CLIError(.noInput, "\(path): cannot list the directory")
                }
                let base = path.hasSuffix("/") ? path : path + "/"
                for name in names.sorted() where !name.hasPrefix(".") {
                    var sub: ObjCBool = false
                    let full = base + name
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                        entries.append(Entry(url: URL(fileURLWithPath: full), displayName: full))
                    }
                }
            } else {
                entries.append(Entry(url: URL(fileURLWithPath: path), displayName: path))
            }
        }
        return entries
    }
}
