import ArgumentParser
import Foundation
import Rendering
import Typesetting

/// `tongbao render CONTENT.json [--layout FILE] --output FILE.pdf` — typesets a content list
/// (written by hand, by the bench, or by `--emit-content`) with the same atomic output and exit
/// codes as the document commands.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Typeset a content list (block-list JSON or content document) as PDF.",
        discussion: "The block list is described in README (\"tongbao render\"); `weekly --emit-content` writes one.")

    @Argument(help: "Content JSON: a block list ([\"p\", text] …) or a content document.")
    var content: String

    @Option(name: .long, help: "Layout file.")
    var layout: String = "layouts/weekly-notice.toml"

    @Option(name: .long, help: "Fonts directory.")
    var fonts: String = "fonts"

    @Option(name: [.short, .long], help: ArgumentHelp("Output .pdf file (or a directory ending in /).", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Also write page images (PNG) into this directory.", valueName: "dir"))
    var png: String?

    @OptionGroup var extras: DocumentExtras

    @Flag(name: .long, help: "Write even when the self-check finds problems.")
    var force = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print the composed lines (page, kind, grid line, edges, text) instead of writing.")
    var dumpLines = false

    func run() throws {
        do {
            try execute()
        } catch let error as CLIError {
            throw error.exit()
        }
    }

    private func execute() throws(CLIError) {
        let url = URL(fileURLWithPath: content)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CLIError(.noInput, "\(content): no such file") }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw CLIError(.noInput, "\(content): cannot read the file") }
        let doc: ContentDocument
        do { doc = try BlockList.decode(data) } catch { throw CLIError(.input, "\(content): \(error)") }
        let spec = try LayoutFile.load(layout)
        if dumpLines {
            do {
                let writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts, isDirectory: true))
                let (composed, _) = try writer.compose(doc, layout: spec)
                print(FrameDump.lines(composed), terminator: "")
            } catch {
                throw CLIError(.input, "\(fonts): \(error)")
            }
            return
        }
        let name = url.deletingPathExtension().lastPathComponent
        let target = try AtomicOutput.resolve(output: output, defaultName: name, extension: "pdf")
        let written = try DocumentOutput.write(
            doc, layout: spec, fonts: fonts, to: target, png: png, force: force, quiet: quiet, layoutFile: layout,
            extras: extras)
        if !quiet { print(written.path) }
    }
}
