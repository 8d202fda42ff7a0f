import BriefingReader
import Foundation

/// One reader for the whole run (OpenCC is opened once).
private let reader = BriefingReader(legacyWord: nil)  // no LibreOffice run per input

/// libFuzzer entry: any bytes → `BriefingReader().read(data, file:)`. Undecodable bytes may throw;
/// anything else must come back as briefings plus diagnostics, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBriefingReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        let result = try reader.read(data, file: "fuzz.txt")
        // Every diagnostic renders and every item names its file.
        for w in result.warnings { _ = w.rendered }
        for b in result.briefings where b.source.file != "fuzz.txt" { fatalError("provenance lost: \(b.id)") }
    } catch {
        _ = error.description
    }
    return 0
}
