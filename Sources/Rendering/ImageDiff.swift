import CPangoCairo
import Foundation

/// Compares two PNG files pixel by pixel (for page-image goldens with a tolerance).
public enum ImageDiff {
    /// The share (0…1) of pixels whose colour differs by more than `threshold` (0…255 per channel);
    /// nil when a file cannot be read or the sizes differ. With `block` > 1 the images are compared
    /// in squares of `block` × `block` pixels, each by its mean colour: two rasterizers smooth a
    /// glyph's rim differently, a glyph out of place or missing still shows.
    public static func difference(_ a: URL, _ b: URL, threshold: Int = 48, block: Int = 1) -> Double? {
        guard let sa = cairo_image_surface_create_from_png(a.path), let sb = cairo_image_surface_create_from_png(b.path)
        else { return nil }
        defer {
            cairo_surface_destroy(sa)
            cairo_surface_destroy(sb)
        }
        guard cairo_surface_status(sa) == CAIRO_STATUS_SUCCESS, cairo_surface_status(sb) == CAIRO_STATUS_SUCCESS else { return nil }
        let w = cairo_image_surface_get_width(sa)
        let h = cairo_image_surface_get_height(sa)
        guard w == cairo_image_surface_get_width(sb), h == cairo_image_surface_get_height(sb), w > 0, h > 0 else { return nil }
        cairo_surface_flush(sa)
        cairo_surface_flush(sb)
        guard let da = cairo_image_surface_get_data(sa), let db = cairo_image_surface_get_data(sb) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(sa))
        let k = max(block, 1)
        let rows = Int(h) / k
        let columns = Int(w) / k
        guard rows > 0, columns > 0 else { return nil }
        var differing = 0
        for by in 0..<rows {
            for bx in 0..<columns {
                var sums = (0, 0, 0)
                for y in by * k..<(by + 1) * k {
                    for x in bx * k..<(bx + 1) * k {
                        let o = y * stride + x * 4
                        sums.0 += Int(da[o]) - Int(db[o])
                        sums.1 += Int(da[o + 1]) - Int(db[o + 1])
                        sums.2 += Int(da[o + 2]) - Int(db[o + 2])
                    }
                }
                let limit = threshold * k * k
                if abs(sums.0) > limit || abs(sums.1) > limit || abs(sums.2) > limit { differing += 1 }
            }
        }
        return Double(differing) / Double(rows * columns)
    }
}
