import DocxWriter
import Foundation
import Typesetting

extension PDFWriter {
    /// The document as .docx for Word and WPS, its charts drawn by this writer's painter at 300 dpi
    /// so they look as in the PDF; `creationDate` when the content's metadata has none.
    public func docx(_ content: ContentDocument, layout: Layout, creationDate: String?) throws -> Data {
        var metadata = content.metadata
        metadata.creationDate = metadata.creationDate ?? creationDate
        // the PDF's title and caption lines, so Word breaks them where the PDF did
        var titleLines: [Int: [String]] = [:]
        for page in try compose(content, layout: layout).0.pages {
            for line in page.lines where line.kind == .title || line.kind == .caption {
                titleLines[line.block, default: []].append(line.text)
            }
        }
        return try DocxWriter.data(
            content, layout: layout,
            chartImage: { chart in
                let image = try self.chartPNG(chart, layout: layout, dpi: 300)
                return DocxImage(png: image.png, widthPoints: image.width, heightPoints: image.height)
            }, modified: DocxWriter.stamp(metadata), metadata: metadata, titleLines: titleLines)
    }
}
