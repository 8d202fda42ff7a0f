import Foundation
import TableFiles
import Testing

@testable import ReportStore

/// Inputs that once crashed the table readers (found by `make fuzz`'s FuzzTables, kept in
/// Regressions/ as the fuzzer wrote them: a mode byte, then the file). Each must now be read or
/// refused with a `SheetError` naming the file, as `import --ledger` would.
/// deflate-stream-without-end.bin first hung ZIPFoundation's Archive, then (after ZipEntries cut
/// the stream at its size) made zlib read past the chunk ZipEntries handed it, a SEGV in libz that
/// only the fuzzer's AddressSanitizer build shows, now and then (the hour-equivalent run of
/// 2 December, FuzzTables' eighth slice); ZipEntries now gives the inflater exactly one chunk of
/// exactly the size it announces.
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    @Test func everyRegressionInputIsReadOrRefusedByName() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let body = Data(data.dropFirst())
            do {
                let sheet =
                    (data.first ?? 0) % 4 == 1
                    ? try CSVReader.parse(String(decoding: body, as: UTF8.self), file: name, limits: LedgerReader.sheetLimits)
                    : try XLSXReader.parse(body, file: name, limits: LedgerReader.sheetLimits)
                _ = LedgerReader.read(sheet, file: name)
            } catch {
                #expect(error.file == name, "\(error)")
            }
        }
    }
}
