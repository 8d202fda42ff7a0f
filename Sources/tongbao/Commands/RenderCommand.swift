import ArgumentParser
import Foundation
import LayoutSpec
import Rendering
import Typesetting

/// `tongbao render CONTENT.json [--layout FILE] --output FILE.pdf`
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Typeset a content file (block list or content document JSON) as PDF.")

    @Argument(help: "Content JSON: a block list ([\"p\", text] …) or a content document.")
    var content: String

    @Option(name: .long, help: "Layout file.")
    var layout: String = "layouts/weekly-notice.toml"

    @Option(name: .long, help: "Fonts directory.")
    var fonts: String = "fonts"

    @Option(name: [.short, .long], help: "Output PDF.")
    var output: String

    @Option(name: .long, help: "Also write page PNGs into this directory.")
    var png: String?

    @Flag(name: .long, help: "Write even when the self-check finds problems.")
    var force = false

    @Flag(name: .long, help: "Print the composed lines (page, kind, grid line, edges, text) instead of writing.")
    var dumpLines = false

    func run() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: content))
        let doc: ContentDocument
        do {
            doc = try BlockList.decode(data)
        } catch {
            throw ValidationError("\(content): \(error)")
        }
        let spec: Layout
        do {
            spec = try LayoutLoader.load(contentsOf: URL(fileURLWithPath: layout))
        } catch {
            throw ValidationError("\(error)")
        }
        let writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts))
        if dumpLines {
            let (composed, _) = try writer.compose(doc, layout: spec)
            print(FrameDump.lines(composed), terminator: "")
            return
        }
        let out = URL(fileURLWithPath: output)
        let tmp = out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).tmp")
        var date: String? = nil
        if let e = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let n = Int(e) {
            date = RenderOptions.isoDate(epoch: n)
        }
        let options = RenderOptions(
            force: force, pngDirectory: png.map { URL(fileURLWithPath: $0) }, creator: "tongbao \(ToolVersion.current)",
            creationDate: date)
        do {
            let report = try writer.writePDF(doc, layout: spec, to: tmp, options: options)
            _ = try? FileManager.default.removeItem(at: out)
            try FileManager.default.moveItem(at: tmp, to: out)
            for w in report.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
            for s in report.substitutions {
                FileHandle.standardError.write(
                    Data("note: font role '\(s.role)': \(s.family) stands in for \(s.wanted.first ?? "")\n".utf8))
            }
            print("\(output): \(report.pages) page(s)")
        } catch let e as RenderError {
            _ = try? FileManager.default.removeItem(at: tmp)
            FileHandle.standardError.write(Data("error: \(e)\n".utf8))
            throw ExitCode.failure
        }
    }
}
