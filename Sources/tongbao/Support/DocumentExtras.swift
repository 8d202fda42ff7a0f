import ArgumentParser
import DocxWriter
import Foundation
import Rendering
import Typesetting

/// Outputs every document command offers besides the PDF: `--png-long FILE` (all pages in one
/// tall image) and `--emit-content FILE.json` (the content list `tongbao render` reads).
/// A command adds them with `@OptionGroup var extras: DocumentExtras` and passes `extras:` to
/// `DocumentOutput.write`.
struct DocumentExtras: ParsableArguments {
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

    @Option(
        name: .customLong("docx"),
        help: ArgumentHelp("Also write the document as .docx for Word and WPS (a file, or a directory ending in /).", valueName: "file"))
    var docx: String?

    @Option(
        name: .customLong("ofd"),
        help: ArgumentHelp("Also write the pages as OFD (GB/T 33190) (a file, or a directory ending in /).", valueName: "file"))
    var ofd: String?

    init() {}

    /// The .ofd's path for a PDF written to `target`, resolved before anything is written.
    func ofdTarget(for target: URL) throws(CLIError) -> URL? {
        try ofd.map { o throws(CLIError) in try AtomicOutput.resolve(output: o, defaultName: Self.baseName(target), extension: "ofd") }
    }

    /// The .docx's path for a PDF written to `target`, resolved before anything is written.
    func docxTarget(for target: URL) throws(CLIError) -> URL? {
        guard let docx else { return nil }
        return try AtomicOutput.resolve(output: docx, defaultName: Self.baseName(target), extension: "docx")
    }

    /// Writes the .docx atomically (charts drawn by the PDF's painter at 300 dpi).
    static func writeDocx(_ content: ContentDocument, layout: Layout, writer: PDFWriter, to url: URL, date: String?) throws(CLIError) {
        var metadata = content.metadata
        metadata.creationDate = metadata.creationDate ?? date
        try AtomicOutput.write(to: url) { temp in
            // the PDF's title and caption lines, so Word breaks them where the PDF did
            var titleLines: [Int: [String]] = [:]
            for page in try writer.compose(content, layout: layout).0.pages {
                for line in page.lines where line.kind == .title || line.kind == .caption {
                    titleLines[line.block, default: []].append(line.text)
                }
            }
            let data = try DocxWriter.data(
                content, layout: layout,
                chartImage: { chart in
                    let image = try writer.chartPNG(chart, layout: layout, dpi: 300)
                    return DocxImage(png: image.png, widthPoints: image.width, heightPoints: image.height)
                }, modified: DocxWriter.stamp(metadata), metadata: metadata, titleLines: titleLines)
            try data.write(to: temp)
        }
    }

    /// The long PNG's path for a PDF written to `target` (same base name when a directory is given).
    func pngLongTarget(for target: URL) throws(CLIError) -> URL? {
        guard let pngLong else { return nil }
        return try AtomicOutput.resolve(output: pngLong, defaultName: Self.baseName(target), extension: "png")
    }

    /// Writes the content list now, atomically, if asked for.
    func writeContent(_ content: ContentDocument, for target: URL) throws(CLIError) {
        guard let emitContent else { return }
        let url = try AtomicOutput.resolve(output: emitContent, defaultName: Self.baseName(target), extension: "json")
        let data = BlockList.encode(content)
        try AtomicOutput.write(to: url) { temp in try data.write(to: temp) }
    }

    static func baseName(_ target: URL) -> String { target.deletingPathExtension().lastPathComponent }
}
