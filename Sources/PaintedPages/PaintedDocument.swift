import Typesetting

/// The painted document, as both fixed-layout writers (PDF and OFD) draw it: the composed pages
/// with every text run already shaped (glyph ids in the embedded subset faces, and the x the
/// composer chose for each character), and the subset faces those glyphs come from. The painter
/// fills it once, so the PDF and the OFD show the same glyphs at the same places.
public struct PaintedDocument: Sendable, Equatable {
    /// Document metadata (title, author, subject, keywords, creation date).
    public var metadata: DocumentMetadata
    /// `tongbao 0.1.0`.
    public var creator: String
    /// Pages in order.
    public var pages: [PaintedPage]
    /// Embedded faces; `GlyphText.font` indexes this list.
    public var fonts: [EmbeddedFont]
    /// Bookmarks (page numbers are 1-based, y in pt from the page top).
    public var outline: [OutlineEntry]
    /// The x (pt) a bookmark scrolls to: the text block's left edge.
    public var bookmarkLeft: Double

    public init(
        metadata: DocumentMetadata, creator: String, pages: [PaintedPage], fonts: [EmbeddedFont], outline: [OutlineEntry] = [],
        bookmarkLeft: Double = 0
    ) {
        self.metadata = metadata
        self.creator = creator
        self.pages = pages
        self.fonts = fonts
        self.outline = outline
        self.bookmarkLeft = bookmarkLeft
    }
}

/// One page: size in pt and its items in painting order.
public struct PaintedPage: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var items: [PaintedItem]

    public init(width: Double, height: Double, items: [PaintedItem]) {
        self.width = width
        self.height = height
        self.items = items
    }
}

/// A painted item, in pt with a top-left origin (the frames' coordinates).
public enum PaintedItem: Sendable, Equatable {
    /// Shaped text of one face.
    case text(GlyphText)
    /// A horizontal rule: a filled rectangle `thickness` tall centred on `y`.
    case rule(RuleFrame)
    /// A filled and/or stroked rectangle (table cell, chart bar).
    case box(BoxFrame)
}

/// Characters of one face on one baseline, each at the x the composer chose, with the glyphs
/// shaping gave them.
public struct GlyphText: Sendable, Equatable {
    /// Index into `PaintedDocument.fonts`.
    public var font: Int
    /// Size, pt.
    public var size: Double
    /// Fill colour.
    public var color: RGB
    /// Synthetic bold (the face is regular, the painter emboldens it).
    public var emboldened: Bool
    /// Baseline, pt from the page top.
    public var baseline: Double
    /// Shaping clusters in reading order.
    public var clusters: [GlyphCluster]

    public init(font: Int, size: Double, color: RGB, emboldened: Bool, baseline: Double, clusters: [GlyphCluster]) {
        self.font = font
        self.size = size
        self.color = color
        self.emboldened = emboldened
        self.baseline = baseline
        self.clusters = clusters
    }
}

/// Characters shaped together (usually one) and their glyphs.
public struct GlyphCluster: Sendable, Equatable {
    /// The characters.
    public var text: String
    /// The pen x (pt) of each character; `xs.count == text.count`.
    public var xs: [Double]
    /// Glyph ids in the embedded subset face.
    public var glyphs: [UInt32]
    /// Whether the subset's cmap maps this one character to this one glyph, so a reader that
    /// looks characters up in the font finds it without a CGTransform.
    public var nominal: Bool
    /// Where shaping moved each glyph from the cluster's first character (pt; y down), one per
    /// glyph; empty when none moved (almost always: CJK text has no marks).
    public var offsets: [GlyphOffset]

    public init(text: String, xs: [Double], glyphs: [UInt32], nominal: Bool, offsets: [GlyphOffset] = []) {
        self.text = text
        self.xs = xs
        self.glyphs = glyphs
        self.nominal = nominal
        self.offsets = offsets
    }
}

/// A glyph's offset from its cluster's pen position (pt; y grows downwards).
public struct GlyphOffset: Sendable, Equatable {
    public var dx: Double
    public var dy: Double

    public init(dx: Double, dy: Double) {
        self.dx = dx
        self.dy = dy
    }
}

/// An embedded face: an OpenType file holding the document's glyphs and its characters' cmap
/// (a subset; the whole face when its licence forbids subsetting and the writer allows it).
public struct EmbeddedFont: Sendable, Equatable {
    /// PostScript name.
    public var fontName: String
    /// Family name.
    public var familyName: String
    /// OpenType bytes.
    public var data: [UInt8]
    /// `otf` (CFF outlines) or `ttf` (TrueType outlines).
    public var fileExtension: String
    /// Serif design (for a reader's substitute when it cannot use the file).
    public var serif: Bool
    /// A subset (false: the whole face, whose licence forbids subsetting).
    public var isSubset: Bool

    public init(fontName: String, familyName: String, data: [UInt8], fileExtension: String, serif: Bool, isSubset: Bool = true) {
        self.fontName = fontName
        self.familyName = familyName
        self.data = data
        self.fileExtension = fileExtension
        self.serif = serif
        self.isSubset = isSubset
    }
}
