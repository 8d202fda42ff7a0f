import ArgumentParser
import FileAccess
import Foundation
import Rendering
import Typesetting

/// The options and the one output path of every document command (`weekly`, `monthly`,
/// `render`): the PDF, `--png DIR` (page images), `--png-long FILE` (all pages in one tall image)
/// and `--emit-content FILE.json` (the content list `tongbao render` reads), all staged in one
/// `Delivery` that the command commits only when everything succeeded.
struct DocumentOutput: ParsableArguments {
    @Option(help: "Fonts directory.")
    var fonts = "fonts"

    @Option(help: ArgumentHelp("Also write page images (PNG) into this directory.", valueName: "dir"))
    var png: String?

    @Option(
        name: .customLong("png-long"),
        help: ArgumentHelp("Also write all pages stacked in one tall PNG (a file, or a directory ending in /).", valueName: "file"))
    var pngLong: String?

    @Option(
        name: .customLong("emit-content"),
        help: ArgumentHelp(
            "Also write the content as the block-list JSON `tongbao render` reads (a file, or a directory ending in /).",
            valueName: "file"))
    var emitContent: String?

    @Flag(help: "Write the PDF even when the self-check finds problems.")
    var force = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    /// Typesets `content` and stages the PDF at `target` and the extras in `delivery`.
    func render(
        _ content: ContentDocument, layout: Layout, layoutFile: String, to target: URL, in delivery: Delivery,
        verbose: Bool = false
    ) throws(CLIError) {
        let base = target.deletingPathExtension().lastPathComponent
        do {
            let pdf = try delivery.reserve(target)
            if let emitContent {
                let json = try OutputTarget.resolve(emitContent, defaultName: base, extension: "json")
                try delivery.stage(json, data: BlockList.encode(content))
            }
            let long = try pngLong.map { try OutputTarget.resolve($0, defaultName: base, extension: "png") }
            let options = RenderOptions(
                force: force,
                pngDirectory: try png.map { try delivery.reservePages(in: URL(fileURLWithPath: $0, isDirectory: true)) },
                creator: "tongbao \(ToolVersion.current)", creationDate: try creationDate(),
                longPNG: try long.map { try delivery.reserve($0) })
            let report = try typeset(content, layout: layout, layoutFile: layoutFile, to: pdf, options, delivery)
            if quiet { return }
            for w in report.warnings { printError("tongbao: warning: \(w)") }
            // Which open default stands in is `tongbao fonts`'s business; a cron mail needs no note.
            for s in report.substitutions where verbose {
                printError("tongbao: note: font role '\(s.role)': \(s.family) stands in for \(s.wanted.first ?? "")")
            }
            // characters the role's face lacks, set glyph by glyph in a later family of its chain
            for f in report.fallbacks where verbose { printError("tongbao: note: \(f)") }
        } catch let error as OutputError {
            throw CLIError(error)
        } catch {
            throw error as? CLIError ?? CLIError(.output, "\(target.path): \(error)")
        }
    }

    private func typeset(
        _ content: ContentDocument, layout: Layout, layoutFile: String, to temp: URL, _ options: RenderOptions,
        _ delivery: Delivery
    ) throws(CLIError) -> RenderReport {
        let writer: PDFWriter
        do { writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts, isDirectory: true).standardizedFileURL) } catch {
            throw CLIError(.input, "\(fonts): \(error)")
        }
        let target = delivery.target(of: temp)?.path ?? temp.path
        do {
            return try writer.writePDF(content, layout: layout, to: temp, options: options)
        } catch let error as RenderError {
            switch error {
            case .selfCheck: throw CLIError(.nonConforming, "\(target): not written: \(error)")
            case .missingGlyphs: throw CLIError(.input, "\(target): not written: \(error)")
            case .fonts: throw CLIError(.input, "\(target): not written: \(error) (font roles of \(layoutFile))")
            case .cairo(let reason): throw CLIError(.output, "\(failed(temp, options, delivery)): cannot write the file: \(reason)")
            }
        } catch {
            throw CLIError(.output, "\(target): \(error)")
        }
    }

    /// Which output a Cairo write error belongs to. The renderer writes the PDF, then the pages in
    /// order, then the long image: the first that is not complete is the one that failed.
    private func failed(_ pdf: URL, _ options: RenderOptions, _ delivery: Delivery) -> String {
        let complete = (try? Data(contentsOf: pdf)).map { $0.suffix(8).contains(Data("%%EOF".utf8)) } ?? false
        let name = { (url: URL) in delivery.target(of: url)?.path ?? url.path }
        guard complete else { return name(pdf) }
        if let long = options.longPNG, FileManager.default.fileExists(atPath: long.path) { return name(long) }
        if let stage = options.pngDirectory, let last = delivery.stagedPages(stage).last { return name(last) }
        return name(pdf)
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
