import ArgumentParser
import FileAccess
import Foundation
import Rendering
import Typesetting

/// `tongbao render CONTENT.json [--layout FILE] --output FILE.pdf` — typesets a content list
/// (written by hand, by the bench, or by `--emit-content`) with the same atomic output and exit
/// codes as the document commands.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: Help["render.abstract"], discussion: Help["render.discussion"])

    @Argument(help: .of("render.content"))
    var content: String
    @Option(help: .of("layout"))
    var layout: String = "layouts/weekly-notice.toml"
    @Option(name: [.short, .long], help: .of("render.output", valueName: "file"))
    var output: String
    @OptionGroup var document: DocumentOutput
    @Flag(help: .of("render.dump-lines"))
    var dumpLines = false

    func run() throws { try CLIError.exiting(execute) }

    private func execute() throws(CLIError) {
        let file = InputFile(path: content)
        let doc: ContentDocument
        do {
            // A content list is text: the briefing limit (64 MiB) is far above any real one.
            doc = try BlockList.decode(try InputFiles.read(file, limit: 64 << 20))
        } catch let error as InputError {
            throw CLIError(error)
        } catch {
            throw CLIError(.input, "\(content): \(error)")
        }
        let spec = try LayoutFile.load(layout)
        if dumpLines {
            do {
                let writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: document.fonts, isDirectory: true))
                let (composed, _) = try writer.compose(doc, layout: spec)
                print(FrameDump.lines(composed), terminator: "")
            } catch {
                throw CLIError(.input, "\(document.fonts): \(error)")
            }
            return
        }
        let name = file.url.deletingPathExtension().lastPathComponent
        let delivery = Delivery()
        do {
            let target = try OutputTarget.resolve(output, defaultName: name, extension: "pdf")
            try document.render(doc, layout: spec, layoutFile: layout, to: target, in: delivery)
            _ = try delivery.committed()
            if !document.quiet { print(target.path) }
        } catch let error as OutputError {
            throw CLIError(error)
        } catch {
            throw error as? CLIError ?? CLIError(.output, "\(error)")
        }
    }
}
