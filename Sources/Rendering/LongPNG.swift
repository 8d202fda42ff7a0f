import CPangoCairo
import Foundation
import Typesetting

/// All pages of a document stacked top to bottom in one PNG, separated by a grey band: one image
/// to send to a phone. The resolution drops below the asked one when the image would be taller than
/// cairo's 32 767-pixel limit or larger than `maxPixels`.
enum LongPNG {
    /// The largest image drawn, in pixels (4 bytes each in memory).
    static let maxPixels = 40_000_000.0
    /// Cairo's largest image side.
    static let maxSide = 32_000.0
    /// Grey band between pages, in points (scaled with the image).
    static let gap = 12.0

    /// The scale (pixels per point) used for `pages` at `dpi`.
    static func scale(_ pages: [PageFrames], dpi: Double) -> Double {
        let width = pages.map(\.width).max() ?? 1
        let height = pages.map(\.height).reduce(0, +) + gap * Double(max(0, pages.count - 1))
        var s = dpi / 72
        s = min(s, maxSide / height, maxSide / width)
        s = min(s, (maxPixels / (width * height)).squareRoot())
        return max(s, 0.01)
    }

    static func write(_ doc: ComposedDocument, painter: Painter, to url: URL, dpi: Double) throws {
        guard !doc.pages.isEmpty else { return }
        let s = scale(doc.pages, dpi: dpi)
        let width = doc.pages.map(\.width).max() ?? 0
        let height = doc.pages.map(\.height).reduce(0, +) + gap * Double(doc.pages.count - 1)
        let pw = Int32((width * s).rounded())
        let ph = Int32((height * s).rounded())
        try RasterImage.draw(width: pw, height: ph, scale: s, background: 0.85) { image in
            let cr = image.cr
            var top = 0.0
            for page in doc.pages {
                cairo_save(cr)
                cairo_translate(cr, (width - page.width) / 2, top)
                cairo_rectangle(cr, 0, 0, page.width, page.height)
                cairo_set_source_rgb(cr, 1, 1, 1)
                cairo_fill(cr)
                painter.paint(page, on: cr)
                cairo_restore(cr)
                top += page.height + gap
            }
            try image.write(to: url)
        }
    }
}
