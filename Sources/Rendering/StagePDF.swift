import FileAccess
import Foundation
import Typesetting

extension PDFWriter {
    /// Typesets `doc` into `delivery`: the PDF for `pdf`, page images for the directory `pages`,
    /// the long image for `longPNG` and the OFD package for `ofd` when asked. Nothing is moved into place (the caller commits
    /// when its whole run succeeded). Throws `RenderError` for a document that is not written
    /// (self-check, missing glyphs, fonts) and `OutputError` naming the output a write failed on.
    public func stage(
        _ doc: ContentDocument, layout: Layout, pdf: URL, pages: URL? = nil, longPNG: URL? = nil, ofd: URL? = nil,
        options: RenderOptions = RenderOptions(), in delivery: Delivery
    ) throws -> RenderReport {
        var options = options
        let temp = try delivery.reserve(pdf)
        options.pngDirectory = try pages.map { try delivery.reservePages(in: $0) }
        options.longPNG = try longPNG.map { try delivery.reserve($0) }
        options.ofd = try ofd.map { try delivery.reserve($0) }
        do {
            return try writePDF(doc, layout: layout, to: temp, options: options)
        } catch RenderError.write(let reason) {
            throw OutputError(path: failed(temp, options, delivery), reason: "cannot write the file: \(reason)")
        } catch RenderError.ofd(let reason) {
            throw OutputError(path: ofd?.path ?? pdf.path, reason: reason)
        }
    }

    /// Which output a write error belongs to. `writePDF` writes the PDF, then the pages in
    /// order, then the long image: the first that is not complete is the one that failed.
    private func failed(_ pdf: URL, _ options: RenderOptions, _ delivery: Delivery) -> String {
        let complete = (try? Data(contentsOf: pdf)).map { $0.suffix(8).contains(Data("%%EOF".utf8)) } ?? false
        let name = { (url: URL) in delivery.target(of: url)?.path ?? url.path }
        guard complete else { return name(pdf) }
        if let long = options.longPNG, FileManager.default.fileExists(atPath: long.path) { return name(long) }
        if let stage = options.pngDirectory, let last = delivery.stagedPages(stage).last { return name(last) }
        return name(pdf)
    }
}
