import CPangoCairo
import Foundation

/// Compares two PNG files pixel by pixel (for page-image goldens with a tolerance).
public enum ImageDiff {
    /// The share (0…1) of pixels whose colour differs by more than `threshold` (0…255 per channel);
    /// nil when a file cannot be read or the sizes differ.
    public static func difference(_ a: URL, _ b: URL, threshold: Int = 48) -> Double? {
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
        var differing = 0
        for y in 0..<Int(h) {
            for x in 0..<Int(w) {
                let o = y * stride + x * 4
                for c in 0..<3 where abs(Int(da[o + c]) - Int(db[o + c])) > threshold {
                    differing += 1
                    break
                }
            }
        }
        return Double(differing) / Double(Int(w) * Int(h))
    }
}
