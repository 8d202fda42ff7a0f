import FileAccess
import Foundation
import Testing

/// A mapped input reads as the file's bytes, before and after its pages are let go; it is checked
/// as `InputFiles.read` checks a file; `readBytes` takes only what its check accepts.
@Suite struct MappedFileTests {
    @Test func pagesLetGoReadAgainAsTheFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        try Data(bytes).write(to: s.url("big.txt"))
        let file = InputFile(path: s.url("big.txt").path)
        let mapped = try #require(try MappedFile.map(file, limit: 64 << 20))
        #expect(Array(mapped.bytes) == bytes)
        mapped.release(before: 2 << 20, step: 1)
        mapped.rewind()
        mapped.release(before: 3 << 20, step: 1)
        #expect(Array(mapped.bytes) == bytes)
        // smaller than the minimum, or empty: not mapped
        #expect(try MappedFile.map(file, limit: 64 << 20, minimum: 4 << 20) == nil)
        try Data().write(to: s.url("empty.txt"))
        #expect(try MappedFile.map(InputFile(path: s.url("empty.txt").path), limit: 64 << 20) == nil)
        // over the limit: refused by name, as `read` refuses it
        #expect(throws: InputError.self) { try MappedFile.map(file, limit: 1 << 20) }
    }

    @Test func readBytesTakesWhatItsCheckAccepts() throws {
        let s = try Scratch()
        defer { s.remove() }
        try Data("本报讯 5月3日，会议召开。\n".utf8).write(to: s.url("a.txt"))
        let file = InputFile(path: s.url("a.txt").path)
        #expect(try InputFiles.readBytes(file, limit: 1 << 20) { _ in true } == Array("本报讯 5月3日，会议召开。\n".utf8))
        #expect(try InputFiles.readBytes(file, limit: 1 << 20) { _ in false } == nil)
        #expect(throws: InputError.self) { try InputFiles.readBytes(file, limit: 4) { _ in true } }
    }
}
