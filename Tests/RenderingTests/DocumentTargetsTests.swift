import FileAccess
import Foundation
import Testing

@testable import Rendering

/// Where a document command's extras go: a directory ending in `/` gets the PDF's name with the
/// extra's extension, a file is taken as it is, an extra not asked for is nil.
@Suite struct DocumentTargetsTests {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("targets-\(UUID().uuidString)")

    @Test func extrasTakeThePDFsName() throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("weekly-2017-W46.pdf")
        let t = try DocumentTargets(
            pdf: pdf, pages: dir.path + "/pages", longPNG: dir.path + "/", ofd: dir.path + "/x.ofd", docx: dir.path + "/",
            content: dir.path + "/")
        #expect(t.longPNG?.lastPathComponent == "weekly-2017-W46.png")
        #expect(t.ofd?.lastPathComponent == "x.ofd")
        #expect(t.docx?.lastPathComponent == "weekly-2017-W46.docx")
        #expect(t.content?.lastPathComponent == "weekly-2017-W46.json")
        #expect(t.pages?.lastPathComponent == "pages")
        #expect(try DocumentTargets(pdf: pdf).docx == nil)
    }

    @Test func aFileOfAnotherKindIsRefused() {
        #expect(throws: OutputError.self) {
            try DocumentTargets(pdf: dir.appendingPathComponent("a.pdf"), docx: dir.path + "/a.pdf")
        }
    }
}
