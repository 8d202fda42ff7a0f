import DocxWriter
import Foundation
import Typesetting

extension PDFWriter {
    /// The document as .docx for Word and WPS, its charts drawn by this writer's painter at 300 dpi
    /// so they look as in the PDF; `creationDate` when the content's metadata has none.
    public func docx(_ content: ContentDocument, layout: Layout, creationDate: String?) throws -> Data {
        var metadata = content.metadata
        metadata.creationDate = metadata.creationDate ?? creationDate
        return try DocxWriter.data(
            content, layout: layout,
            chartImage: { chart in
                let image = try self.chartPNG(chart, layout: layout, dpi: 300)
                return DocxImage(png: image.png, widthPoints: image.width, heightPoints: image.height)
            }, modified: DocxWriter.stamp(metadata), metadata: metadata)
    }
}
