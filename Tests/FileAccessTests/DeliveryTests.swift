import FileAccess
import Foundation
import Testing

/// A scratch directory removed at the end of a test.
struct Scratch {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("fileaccess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    func url(_ name: String) -> URL { dir.appendingPathComponent(name) }

    /// Names in `sub` (hidden ones too), sorted; [] when absent.
    func names(_ sub: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sub.isEmpty ? dir.path : url(sub).path)) ?? []).sorted()
    }

    func text(_ name: String) -> String? { try? String(contentsOf: url(name), encoding: .utf8) }
}

@Suite struct DeliveryTests {
    @Test func nothingAppearsBeforeCommitAndEverythingAfter() throws {
        let s = try Scratch()
        defer { s.remove() }
        let delivery = Delivery()
        try delivery.stage(s.url("out/a.json"), data: Data("{}".utf8))
        try delivery.stage(s.url("b.csv")) { url in try Data("x".utf8).write(to: url) }
        let pages = try delivery.reservePages(in: s.url("out/png"))
        try Data("p1".utf8).write(to: pages.appendingPathComponent("page-1.png"))
        #expect(!FileManager.default.fileExists(atPath: s.url("out").path), "no directory before commit")
        #expect(s.names().allSatisfy { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }, "\(s.names())")
        let written = try delivery.commit()
        #expect(written.map(\.lastPathComponent) == ["a.json", "b.csv", "png"])
        #expect(s.names() == ["b.csv", "out"])
        #expect(s.names("out") == ["a.json", "png"])
        #expect(s.names("out/png") == ["page-1.png"])
    }

    @Test func aDiscardedRunLeavesNothingAndKeepsThePreviousFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        try Data("old".utf8).write(to: s.url("a.pdf"))
        do {
            let delivery = Delivery()
            try delivery.stage(s.url("a.pdf"), data: Data("new".utf8))
            _ = try delivery.reservePages(in: s.url("png"))
            // (no commit: the run failed)
        }
        #expect(s.names() == ["a.pdf"])
        #expect(s.text("a.pdf") == "old")
    }

    @Test func aFailingWriterNamesTheTargetAndLeavesNoTemporary() throws {
        let s = try Scratch()
        defer { s.remove() }
        struct Full: Error {}
        let delivery = Delivery()
        #expect(throws: OutputError.self) {
            try delivery.stage(s.url("a.xlsx")) { _ in throw Full() }
        }
        do { try delivery.stage(s.url("a.xlsx")) { _ in throw Full() } } catch {
            #expect(error.path == s.url("a.xlsx").path)
        }
        delivery.discard()
        #expect(s.names().isEmpty)
    }

    @Test func symlinksAreNeverWrittenThrough() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fm = FileManager.default
        try Data("precious".utf8).write(to: s.url("victim"))
        try fm.createDirectory(at: s.url("png"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: s.url("png/page-2.png"), withDestinationURL: s.url("victim"))
        try fm.createSymbolicLink(at: s.url("a.pdf"), withDestinationURL: s.url("victim"))
        let delivery = Delivery()
        #expect(throws: OutputError.self) { try delivery.stage(s.url("a.pdf"), data: Data("x".utf8)) }
        // A link where a later page goes is found at commit, before anything moves.
        let stage = try delivery.reservePages(in: s.url("png"))
        for n in 1...2 { try Data("p\(n)".utf8).write(to: stage.appendingPathComponent("page-\(n).png")) }
        do {
            try delivery.commit()
            Issue.record("committed through a symlink")
        } catch {
            #expect(error.path.hasSuffix("png/page-2.png") && error.reason.contains("symbolic link"), "\(error)")
        }
        #expect(s.text("victim") == "precious")
        #expect(s.names("png") == ["page-2.png"], "page 1 did not move either: \(s.names("png"))")
    }

    @Test func pagesOfALongerEarlierRunAreRemoved() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(at: s.url("png"), withIntermediateDirectories: true)
        for name in ["page-1.png", "page-2.png", "page-3.png", "page-10.png", "notes.txt", "page-x.png"] {
            try Data("old".utf8).write(to: s.url("png/\(name)"))
        }
        let delivery = Delivery()
        let stage = try delivery.reservePages(in: s.url("png"))
        for n in 1...2 { try Data("new".utf8).write(to: stage.appendingPathComponent("page-\(n).png")) }
        try delivery.commit()
        #expect(s.names("png") == ["notes.txt", "page-1.png", "page-2.png", "page-x.png"])
        #expect(s.text("png/page-2.png") == "new")
    }

    @Test func namesLongerThanTheFileSystemTakesAreRefusedClearly() throws {
        let s = try Scratch()
        defer { s.remove() }
        let long = String(repeating: "通", count: 90) + ".pdf"  // 274 bytes
        #expect(throws: OutputError.self) { try OutputTarget.resolve(s.url(long).path, defaultName: "x", extension: "pdf") }
        do { _ = try OutputTarget.resolve(s.url(long).path, defaultName: "x", extension: "pdf") } catch {
            #expect(error.reason.contains("255 bytes"), "\(error)")
        }
        // A name that just fits still gets a temporary (shortened) beside it.
        let fits = String(repeating: "a", count: 251) + ".pdf"
        let delivery = Delivery()
        try delivery.stage(s.url(fits), data: Data("x".utf8))
        try delivery.commit()
        #expect(s.names() == [fits])
    }

    @Test func resolvingCreatesNothing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let target = try OutputTarget.resolve(s.url("new/deeper").path + "/", defaultName: "weekly-2017-W46", extension: "pdf")
        #expect(target.path == s.url("new/deeper/weekly-2017-W46.pdf").path)
        #expect(s.names().isEmpty)
        #expect(throws: OutputError.self) { try OutputTarget.resolve(s.url("missing/a.pdf").path, defaultName: "x", extension: "pdf") }
        let usage = #expect(throws: OutputError.self) { try OutputTarget.resolve(s.url("a.txt").path, defaultName: "x", extension: "pdf") }
        #expect(usage?.isUsage == true)
    }

    @Test func aPathUnderARegularFileIsNamed() throws {
        let s = try Scratch()
        defer { s.remove() }
        try Data("x".utf8).write(to: s.url("plain"))
        let delivery = Delivery()
        let error = #expect(throws: OutputError.self) { try delivery.stage(s.url("plain/out/a.pdf"), data: Data()) }
        #expect(error?.path == s.url("plain").path, "\(String(describing: error))")
    }
}
