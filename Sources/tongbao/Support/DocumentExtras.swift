import ArgumentParser
import Foundation
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

    init() {}

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
