import ArgumentParser
import FileAccess
import Foundation
import Rendering
import Typesetting

/// The options and the one output path of every document command (`weekly`, `monthly`,
/// `render`): the PDF, `--png DIR` (page images), `--png-long FILE` (all pages in one tall image)
/// `--emit-content FILE.json` (the content list `tongbao render` reads), `--docx FILE` and `--ofd FILE`, all staged in one
/// `Delivery` that the command commits only when everything succeeded.
struct DocumentOutput: ParsableArguments {
    @Option(help: .of("document.fonts"))
    var fonts = "fonts"
    @Option(help: .of("document.png", valueName: "dir"))
    var png: String?
    @Option(help: .of("document.png-long", valueName: "file"))
    var pngLong: String?
    @Option(help: .of("document.emit-content", valueName: "file"))
    var emitContent: String?
    @Option(help: .of("document.docx", valueName: "file"))
    var docx: String?
    @Option(help: .of("document.ofd", valueName: "file"))
    var ofd: String?
    @Flag(help: .of("document.force"))
    var force = false
    @Flag(name: [.short, .long], help: .of("document.quiet"))
    var quiet = false

    /// Typesets `content` and stages the PDF at `target` and the extras in `delivery`.
    func render(
        _ content: ContentDocument, layout: Layout, layoutFile: String, to target: URL, in delivery: Delivery,
        verbose: Bool = false
    ) throws(CLIError) {
        let report: RenderReport
        do {
            let writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts, isDirectory: true).standardizedFileURL)
            let options = RenderOptions(force: force, creator: "tongbao \(ToolVersion.current)", creationDate: try creationDate())
            let targets = try DocumentTargets(
                pdf: target, pages: png, longPNG: pngLong, ofd: ofd, docx: docx, content: emitContent)
            report = try writer.stage(content, layout: layout, to: targets, options: options, in: delivery)
        } catch let error as RenderError {
            switch error {
            case .selfCheck: throw CLIError(.nonConforming, "\(target.path): not written: \(error)")
            case .missingGlyphs, .write: throw CLIError(.input, "\(target.path): not written: \(error)")
            case .fonts: throw CLIError(.input, "\(target.path): not written: \(error) (font roles of \(layoutFile))")
            case .ofd: throw CLIError(.output, "\(target.path): \(error)")
            }
        } catch let error as OutputError {
            throw CLIError(error)
        } catch {
            throw error as? CLIError ?? CLIError(.input, "\(fonts): \(error)")
        }
        if quiet { return }
        for w in report.warnings { printError("tongbao: warning: \(w)") }
        // Which open default stands in is `tongbao fonts`'s business; a cron mail needs no note.
        for s in report.substitutions where verbose {
            printError("tongbao: note: font role '\(s.role)': \(s.family) stands in for \(s.wanted.first ?? "")")
        }
        // characters the role's face lacks, set glyph by glyph in a later family of its chain
        for f in report.fallbacks where verbose { printError("tongbao: note: \(f)") }
    }

    /// `SOURCE_DATE_EPOCH` (reproducible builds) as the PDF's creation date.
    private func creationDate() throws(CLIError) -> String? {
        guard let seconds = try Numbers.environment("SOURCE_DATE_EPOCH", in: 0...4_102_444_800, unit: "seconds since 1970")
        else { return nil }
        return RenderOptions.isoDate(epoch: Int(seconds.rounded(.down)))
    }
}

extension Delivery {
    /// Moves everything into place (see `Delivery.commit`), as a CLI error naming the path.
    func committed() throws(CLIError) -> [URL] {
        do { return try commit() } catch { throw CLIError(error) }
    }
}
