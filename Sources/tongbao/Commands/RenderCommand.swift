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
        do {
            try execute()
        } catch let error as CLIError {
            throw error.exit()
        }
    }

    /// Exit codes as every command: 66 a missing content or layout file, 65 bad content, layout or
    /// fonts, 70 the self-check, 73 the output; the PDF is written atomically (AtomicOutput).
    private func execute() throws {
        guard FileManager.default.fileExists(atPath: content) else {
            throw CLIError(.noInput, "\(content): no such file or directory")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: content)) } catch {
            throw CLIError(.noInput, "\(content): cannot read the file")
        }
        let doc: ContentDocument
        do {
            doc = try BlockList.decode(data)
        } catch {
            throw CLIError(.input, "\(content): \(error)")
        }
        let spec = try LayoutFile.load(layout)
        let writer: PDFWriter
        do { writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts)) } catch {
            throw CLIError(.input, "\(fonts): \(error)")
        }
        if dumpLines {
            let (composed, _) = try writer.compose(doc, layout: spec)
            print(FrameDump.lines(composed), terminator: "")
            return
        }
        let out = try AtomicOutput.resolve(output: output, defaultName: "render", extension: "pdf")
        var date: String? = nil
        if let e = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let n = Int(e) {
            date = RenderOptions.isoDate(epoch: n)
        }
        let options = RenderOptions(
            force: force, pngDirectory: png.map { URL(fileURLWithPath: $0) }, creator: "tongbao \(ToolVersion.current)",
            creationDate: date)
        var written: RenderReport? = nil
        try AtomicOutput.write(to: out) { temp in
            do {
                written = try writer.writePDF(doc, layout: spec, to: temp, options: options)
            } catch let e as RenderError {
                switch e {
                case .selfCheck: throw CLIError(.nonConforming, "\(output): not written: \(e)")
                case .missingGlyphs, .fonts: throw CLIError(.input, "\(output): not written: \(e)")
                case .cairo: throw CLIError(.output, "\(output): \(e)")
                }
            }
        }
        guard let report = written else { return }
        for w in report.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
        for s in report.substitutions {
            FileHandle.standardError.write(
                Data("note: font role '\(s.role)': \(s.family) stands in for \(s.wanted.first ?? "")\n".utf8))
        }
        print("\(output): \(report.pages) page(s)")
    }
}
