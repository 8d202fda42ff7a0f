import CPangoCairo
import Foundation
import OFDWriter
import PDFFile
import PaintedPages
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
        // One painted document for both writers. With an OFD it is made refusing a face that may not
        // be subset (the OFD must not embed it whole), so that nothing is written then.
        let painted = try painter.paintedDocument(
            composed, metadata: metadata(composed, layout: layout, options: options), creator: options.creator,
            bookmarkLeft: layout.page.blockLeft, for: options.ofd == nil ? .pdf : .ofd)
        // both files are made before either is written: a font the OFD cannot embed stops the render
        var ofd: Data? = nil
        if options.ofd != nil {
            do { ofd = try OFDPackage.data(painted) } catch { throw RenderError.ofd(error.description) }
        }
        try writeFile(painted, to: url)
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

    /// The document's metadata with the fallbacks both files get: the office as author, and a
    /// creation date (from SOURCE_DATE_EPOCH, else a fixed one: never the clock).
    func metadata(_ doc: ComposedDocument, layout: Layout, options: RenderOptions) -> DocumentMetadata {
        var md = doc.metadata
        if md.author.isEmpty { md.author = layout.furniture.officeName }
        md.creationDate = md.creationDate ?? options.creationDate ?? "2000-01-01T00:00:00Z"
        return md
    }

    /// The PDF's bytes (`PDFFile`) written to `url`.
    func writeFile(_ painted: PaintedDocument, to url: URL) throws(RenderError) {
        let bytes: [UInt8]
        do { bytes = try PDFFile.data(painted) } catch { throw .write(error.description) }
        do { try Data(bytes).write(to: url) } catch { throw .write(error.localizedDescription) }
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
