import CPangoCairo
import Foundation
import Typesetting

/// A chart drawn alone into a PNG by the same composer and painter as the PDF, for documents that
/// carry charts as images (.docx): as wide as the text block, as tall as the chart.
public struct ChartImage: Sendable, Equatable {
    /// PNG bytes.
    public var png: Data
    /// Size in points (the pixels are these × dpi / 72).
    public var width: Double
    public var height: Double
}

extension PDFWriter {
    /// Draws `chart` with `layout`'s styles and colours at `dpi` (300 for print).
    public func chartPNG(_ chart: BarChart, layout: Layout, dpi: Double = 300) throws -> ChartImage {
        var alone = layout
        alone.parts.masthead = false
        alone.parts.pageNumbers = false
        alone.parts.endBlock = false
        let (composed, _) = try compose(ContentDocument(metadata: DocumentMetadata(title: ""), blocks: [.chart(chart)]), layout: alone)
        guard let page = composed.pages.first else { throw RenderError.write("the chart composed to no page") }
        var top = Double.infinity
        var bottom = -Double.infinity
        for f in page.frames {
            switch f {
            case .box(let b):
                top = min(top, b.y)
                bottom = max(bottom, b.y + b.height)
            case .rule(let r):
                top = min(top, r.y - r.thickness / 2)
                bottom = max(bottom, r.y + r.thickness / 2)
            case .text(let t):
                top = min(top, t.baseline - 0.88 * t.style.size)
                bottom = max(bottom, t.baseline + 0.12 * t.style.size)
            }
        }
        guard top.isFinite, bottom > top else { throw RenderError.write("the chart has nothing to draw") }
        let pad = 2.0
        top -= pad
        bottom += pad
        let width = layout.page.blockWidth
        let height = bottom - top
        let scale = dpi / 72
        let faces = FontFaces(fonts: try library.resolve(layout.fonts))
        let painter = Painter(library: library, faces: faces)
        let png = try RasterImage.draw(
            width: Int32((width * scale).rounded()), height: Int32((height * scale).rounded()), scale: scale, background: 1
        ) { image in
            cairo_translate(image.cr, -layout.page.blockLeft, -top)
            painter.paint(page, on: image.cr)
            if !painter.missing.isEmpty { throw RenderError.missingGlyphs(painter.missing) }
            return try image.png()
        }
        return ChartImage(png: png, width: width, height: height)
    }
}
