import CPangoCairo
import Foundation

/// One RGB image drawn through Cairo: the page images, the long image and the .docx chart images
/// are each made the same way (a surface of the size in pixels, a background, the scale from
/// points to pixels) and differ only in what they draw and where the PNG goes.
struct RasterImage {
    /// The surface and its drawing context.
    let surface: OpaquePointer
    let cr: OpaquePointer

    /// Makes an image of `width`×`height` pixels painted in the grey `background` (1 is white),
    /// hands it to `draw` scaled to `scale` pixels a point, and frees it afterwards.
    static func draw<T>(
        width: Int32, height: Int32, scale: Double, background: Double, _ body: (RasterImage) throws -> T
    ) throws -> T {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw RenderError.write("no image surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            throw RenderError.write("cannot make a \(width)×\(height) image")
        }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, background, background, background)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        return try body(RasterImage(surface: surface, cr: cr))
    }

    /// Writes the image as a PNG file.
    func write(to url: URL) throws {
        cairo_surface_flush(surface)
        let status = cairo_surface_write_to_png(surface, url.path)
        if status != CAIRO_STATUS_SUCCESS { throw RenderError.write(String(cString: cairo_status_to_string(status))) }
    }

    /// The image as PNG bytes.
    func png() throws -> Data {
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
        if status != CAIRO_STATUS_SUCCESS { throw RenderError.write(String(cString: cairo_status_to_string(status))) }
        return sink.data
    }
}
