import FileAccess
import Foundation
import Testing

@Suite struct InputFilesTests {
    /// A Windows zip unpacked by `unzip` leaves its names as GB18030 bytes; `FileManager` could not
    /// list them and a folder of such briefings was imported as "0 files" with exit 0. They are
    /// read by their bytes and named as GB18030 decodes them; a name in no encoding still reads.
    @Test func namesThatAreNotUTF8AreReadByTheirBytes() throws {
        let s = try Scratch()
        defer { s.remove() }
        let gbk: [UInt8] = [0xBC, 0xD7, 0xCF, 0xD8, 0xBC, 0xF2, 0xB1, 0xA8] + Array(".txt".utf8)  // 甲县简报.txt
        let junk: [UInt8] = [0xFF, 0xFE] + Array(".txt".utf8)
        for (name, body) in [(gbk, "甲"), (junk, "乙")] {
            let path = Array(s.dir.path.utf8) + [UInt8(ascii: "/")] + name
            let fd = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
            #expect(fd >= 0)
            _ = Array(body.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        try Data("丙".utf8).write(to: s.url("丙县.txt"))
        let files = try InputFiles.expand([s.dir.path])
        #expect(files.map { ($0.displayName as NSString).lastPathComponent } == ["丙县.txt", "甲县简报.txt", "\u{FFFD}\u{FFFD}.txt"])
        #expect(try files.map { String(decoding: try InputFiles.read($0, limit: 1 << 20), as: UTF8.self) } == ["丙", "甲", "乙"])
        #expect(files[1].canonicalPath?.hasSuffix("/甲县简报.txt") == true)
        #expect(files[0].rawPath == nil && files[1].rawPath != nil)
        // the same bytes given as an argument reach tongbao as U+FFFD: the message says what to do
        let given = #expect(throws: InputError.self) { try InputFiles.expand([s.dir.path + "/\u{FFFD}\u{FFFD}\u{FFFD}.txt"]) }
        #expect(given?.reason.contains("its name is not UTF-8: give its folder") == true)
    }

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
