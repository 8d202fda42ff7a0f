import CPangoCairo
import Foundation
import OFDWriter
import Typesetting

/// Options for one render.
public struct RenderOptions: Sendable, Equatable {
    /// Write even when the self-check finds problems (they become warnings).
    public var force: Bool
    /// Also write `page-N.png` images here.
    public var pngDirectory: URL?
    /// PNG resolution.
    public var pngDPI: Double
    /// Creator string (`tongbao 0.1.0`).
    public var creator: String
    /// Creation date (ISO 8601) when the document's metadata has none, e.g. from SOURCE_DATE_EPOCH.
    public var creationDate: String?
    /// Also write every page stacked top to bottom in one tall PNG here (for sharing on a phone).
    public var longPNG: URL?
    /// Also write the pages as an OFD package (GB/T 33190) here: the same glyphs at the same places.
    public var ofd: URL?

    public init(
        force: Bool = false, pngDirectory: URL? = nil, pngDPI: Double = 100, creator: String = "tongbao",
        creationDate: String? = nil, longPNG: URL? = nil, ofd: URL? = nil
    ) {
        self.force = force
        self.pngDirectory = pngDirectory
        self.pngDPI = pngDPI
        self.creator = creator
        self.creationDate = creationDate
        self.longPNG = longPNG
        self.ofd = ofd
    }

    /// ISO 8601 (UTC) for a `SOURCE_DATE_EPOCH` value.
    public static func isoDate(epoch: Int) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
    }
}

/// What a render did.
public struct RenderReport: Sendable, Equatable {
    /// Pages written.
    public var pages: Int
    /// Self-check problems written anyway (`--force`) and engine warnings.
    public var warnings: [String]
    /// Roles where an open default stands in for the wanted family.
    public var substitutions: [ResolvedFont]
    /// Every role's resolution.
    public var fonts: [ResolvedFont]
    /// Characters a role's family lacks, set in a later family of its chain (first occurrence each).
    public var fallbacks: [FallbackGlyph]
    /// PNG files written.
    public var pngFiles: [URL]
}

/// Composes a content document with a layout and writes it as PDF (and PNG pages).
public final class PDFWriter {
    /// The private font library on `fonts/`.
    public let library: FontLibrary

    /// Loads the fonts directory (no system fonts are ever used).
    public init(fontsDirectory: URL) throws {
        library = try FontLibrary(directory: fontsDirectory)
    }

    /// Resolves a layout's font roles.
    public func resolveFonts(_ layout: Layout) throws -> [ResolvedFont] {
        try library.resolve(layout.fonts).values.sorted { $0.role < $1.role }
    }

    /// Characters of `sample` each role's first family lacks, and the family of its chain that sets
    /// them (`tongbao fonts --sample`); characters no font covers are listed as missing.
    public func coverage(of sample: String, layout: Layout) throws -> (fallbacks: [FallbackGlyph], missing: [MissingGlyph]) {
        let faces = FontFaces(fonts: try library.resolve(layout.fonts))
        let painter = Painter(library: library, faces: faces)
        let text = String(sample.filter { !$0.isNewline })
        for role in layout.fonts.keys.sorted() where !text.isEmpty {
            let style = TextStyle(role: role, size: layout.grid.bodySize)
            _ = painter.shapeRuns(TextRun(text: text, xs: [], baseline: 0, style: style), page: 1)
        }
        return (painter.fallbacks, painter.missing)
    }

    /// Composes without writing: the frames the PDF would get.
    public func compose(_ doc: ContentDocument, layout: Layout) throws -> (ComposedDocument, Typesetter) {
        let faces = FontFaces(fonts: try library.resolve(layout.fonts))
        let measurer = PangoMeasurer(library: library, faces: faces)
        let setter = Typesetter(layout: layout, measurer: measurer)
        return (setter.compose(doc), setter)
    }

    /// Composes, checks and writes `doc` to `url`.
    public func writePDF(_ doc: ContentDocument, layout: Layout, to url: URL, options: RenderOptions = RenderOptions())
        throws -> RenderReport
    {
        let resolved = try library.resolve(layout.fonts)
        let faces = FontFaces(fonts: resolved)
        let measurer = PangoMeasurer(library: library, faces: faces)
        let setter = Typesetter(layout: layout, measurer: measurer)
        let composed = setter.compose(doc)
        let painter = Painter(library: library, faces: faces)

        // Every glyph must be covered by a font in fonts/: the painter shapes every run once (and
        // subsets the faces) before anything is written, noting uncovered characters.
        let violations = SelfCheck.check(composed, setter: setter)
        painter.prepare(composed)
        if !painter.missing.isEmpty { throw RenderError.missingGlyphs(painter.missing) }
        if !violations.isEmpty, !options.force { throw RenderError.selfCheck(violations) }
        // the OFD is made before anything is written: a font it cannot embed stops the render
        let ofd = try options.ofd.map { _ in try ofdPackage(composed, painter: painter, layout: layout, options: options) }

        try writeFile(composed, painter: painter, layout: layout, to: url, options: options)
        if let target = options.ofd, let ofd {
            do { try ofd.write(to: target) } catch { throw RenderError.ofd("\(target.path): \(error.localizedDescription)") }
        }
        var pngs: [URL] = []
        if let dir = options.pngDirectory {
            pngs = try writePNGs(composed, painter: painter, to: dir, dpi: options.pngDPI)
        }
        if let long = options.longPNG {
            try LongPNG.write(composed, painter: painter, to: long, dpi: options.pngDPI)
        }
        let fonts = resolved.values.sorted { $0.role < $1.role }
        return RenderReport(
            pages: composed.pages.count,
            warnings: composed.warnings + violations.map(\.description)
                + SelfCheck.contentWarnings(composed).map(\.description) + painter.warnings,
            substitutions: fonts.filter(\.isSubstitute), fonts: fonts, fallbacks: painter.fallbacks, pngFiles: pngs)
    }

    /// The OFD package of the painted pages, with the PDF's metadata (author and date fallbacks too).
    func ofdPackage(_ doc: ComposedDocument, painter: Painter, layout: Layout, options: RenderOptions) throws(RenderError) -> Data {
        var md = doc.metadata
        if md.author.isEmpty { md.author = layout.furniture.officeName }
        md.creationDate = md.creationDate ?? options.creationDate ?? "2000-01-01T00:00:00Z"
        let source = try painter.ofdSource(doc, metadata: md, creator: options.creator)
        do { return try OFDPackage.data(source) } catch { throw .ofd(error.description) }
    }

    func writeFile(_ doc: ComposedDocument, painter: Painter, layout: Layout, to url: URL, options: RenderOptions) throws {
        let w = layout.page.width
        let h = layout.page.height
        guard let surface = cairo_pdf_surface_create(url.path, w, h) else { throw RenderError.cairo("no surface") }
        defer { cairo_surface_destroy(surface) }
        let md = doc.metadata
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, md.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, md.author.isEmpty ? layout.furniture.officeName : md.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, md.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, md.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, options.creator)
        let date = md.creationDate ?? options.creationDate ?? "2000-01-01T00:00:00Z"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        guard let cr = cairo_create(surface) else { throw RenderError.cairo("no context") }
        defer { cairo_destroy(cr) }
        var parents: [Int: Int32] = [:]
        for page in doc.pages {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            painter.paint(page, on: cr)
            for o in doc.outline where o.page == page.number {
                let parent = o.level > 1 ? (parents[o.level - 1] ?? Int32(CAIRO_PDF_OUTLINE_ROOT)) : Int32(CAIRO_PDF_OUTLINE_ROOT)
                let link = "page=\(o.page) pos=[\(Int(layout.page.blockLeft)) \(Int(o.y))]"
                let id = cairo_pdf_surface_add_outline(surface, parent, o.title, link, cairo_pdf_outline_flags_t(rawValue: 0))
                parents[o.level] = id
            }
            cairo_show_page(cr)
        }
        cairo_surface_finish(surface)
        let st = cairo_surface_status(surface)
        if st != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(String(cString: cairo_status_to_string(st))) }
    }

    func writePNGs(_ doc: ComposedDocument, painter: Painter, to dir: URL, dpi: Double) throws -> [URL] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var out: [URL] = []
        let scale = dpi / 72
        for page in doc.pages {
            let pw = Int32((page.width * scale).rounded())
            let ph = Int32((page.height * scale).rounded())
            let url = dir.appendingPathComponent("page-\(page.number).png")
            try RasterImage.draw(width: pw, height: ph, scale: scale, background: 1) { image in
                painter.paint(page, on: image.cr)
                try image.write(to: url)
            }
            out.append(url)
        }
        return out
    }
}
