import Foundation
import LayoutSpec

/// libFuzzer entry: bytes (as UTF-8, invalid sequences repaired) → `LayoutLoader.parse(text, file:)`.
/// A bad layout must be refused with a `LayoutError` naming the file, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    do {
        _ = try LayoutLoader.parse(text, file: "fuzz.toml", kinds: [])
    } catch {
        // the file is the fuzzed text or a layout it extends
        if error.file.isEmpty { fatalError("layout error without the file: \(error)") }
        _ = error.description
    }
    return 0
}
