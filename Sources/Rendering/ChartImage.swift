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
        guard let page = composed.pages.first else { throw RenderError.cairo("the chart composed to no page") }
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
        guard top.isFinite, bottom > top else { throw RenderError.cairo("the chart has nothing to draw") }
        let pad = 2.0
        top -= pad
        bottom += pad
        let width = layout.page.blockWidth
        let height = bottom - top
        let scale = dpi / 72
        let faces = FontFaces(fonts: try library.resolve(layout.fonts))
        let painter = Painter(library: library, faces: faces)
        guard
            let surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((width * scale).rounded()), Int32((height * scale).rounded()))
        else { throw RenderError.cairo("no image surface") }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            throw RenderError.cairo("cannot make the chart image")
        }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -layout.page.blockLeft, -top)
        painter.paint(page, on: cr)
        if !painter.missing.isEmpty { throw RenderError.missingGlyphs(painter.missing) }
        cairo_surface_flush(surface)
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(
            surface,
            { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        if status != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
        return ChartImage(png: sink.data, width: width, height: height)
    }
}
