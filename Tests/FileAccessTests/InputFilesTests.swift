import FileAccess
import Foundation
import Testing

@Suite struct InputFilesTests {
    @Test func directoriesGiveTheirRegularVisibleFilesSorted() throws {
        let s = try Scratch()
        defer { s.remove() }
        for name in ["b.txt", "a.txt", ".hidden.txt"] { try Data("x".utf8).write(to: s.url(name)) }
        try FileManager.default.createDirectory(at: s.url("sub"), withIntermediateDirectories: true)
        #expect(mkfifo(s.url("pipe").path, 0o600) == 0)
        let files = try InputFiles.expand([s.dir.path])
        #expect(files.map { $0.url.lastPathComponent } == ["a.txt", "b.txt"])
        #expect(files[0].displayName == s.dir.path + "/a.txt")
        let missing = #expect(throws: InputError.self) { try InputFiles.expand([s.url("none").path]) }
        #expect(missing?.kind == .missing)
    }

    @Test func aFIFOIsNotARegularFileAndDoesNotBlock() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(mkfifo(s.url("pipe").path, 0o600) == 0)
        let error = #expect(throws: InputError.self) { try InputFiles.read(InputFile(path: s.url("pipe").path), limit: 1 << 20) }
        #expect(error?.reason.contains("not a regular file (a FIFO)") == true, "\(String(describing: error))")
        let dev = #expect(throws: InputError.self) { try InputFiles.read(InputFile(path: "/dev/zero"), limit: 1 << 20) }
        #expect(dev?.reason.contains("character device") == true)
    }

    @Test func theSizeIsCheckedOnTheFileASymlinkLeadsTo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let big = s.url("big.txt")
        FileManager.default.createFile(atPath: big.path, contents: Data("x".utf8))
        let h = try FileHandle(forWritingTo: big)
        try h.truncate(atOffset: 3 << 20)  // sparse: costs nothing
        try h.close()
        try FileManager.default.createSymbolicLink(at: s.url("link.txt"), withDestinationURL: big)
        let error = #expect(throws: InputError.self) { try InputFiles.read(InputFile(path: s.url("link.txt").path), limit: 2 << 20) }
        #expect(error?.reason.contains("too large") == true)
        #expect(error?.path == s.url("link.txt").path)
        #expect(try InputFiles.read(InputFile(path: s.url("link.txt").path), limit: 4 << 20).count == 3 << 20)
    }
}
