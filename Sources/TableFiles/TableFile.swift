import Foundation

/// Reading a table file's bytes: only a regular file (checked on the file a path or symlink
/// resolves to, so a FIFO or a device is named as such, not waited on) of at most `limit` bytes.
public enum TableFile {
    public static func contents(of url: URL, displayName: String, limit: Int) throws(SheetError) -> Data {
        let target = url.resolvingSymlinksInPath()
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: target.path) } catch {
            throw SheetError(file: displayName, message: "cannot read the file: \(error.localizedDescription)")
        }
        let type = attributes[.type] as? FileAttributeType
        guard type == .typeRegular else {
            let what = type == .typeDirectory ? "a directory" : "not a regular file (a pipe, socket or device)"
            throw SheetError(file: displayName, message: "\(what), not a table file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limit else {
            throw SheetError(file: displayName, message: "\(size) bytes, more than the \(limit) a table file may have")
        }
        do { return try Data(contentsOf: target) } catch {
            throw SheetError(file: displayName, message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
