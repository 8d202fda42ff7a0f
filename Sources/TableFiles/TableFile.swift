import FileAccess
import Foundation

/// Reading a table file's bytes: only a regular file (checked on the file a path or symlink
/// resolves to, so a FIFO or a device is named as such, not waited on) of at most `limit` bytes —
/// the checks of `FileAccess.InputFiles`, with the table reader's error.
public enum TableFile {
    public static func contents(of url: URL, displayName: String, limit: Int) throws(SheetError) -> Data {
        do { return try InputFiles.read(InputFile(url: url, displayName: displayName), limit: limit) } catch {
            throw SheetError(file: displayName, message: error.reason)
        }
    }
}
