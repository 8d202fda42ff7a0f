import Typesetting

/// What the OFD writer draws: the composed pages with every text run already shaped (glyph ids
/// and the x the composer chose for each character), and the subset faces those glyphs come from.
/// The painter that drew the PDF fills it, so the OFD shows the PDF's glyphs at the PDF's places.
public struct OFDSource: Sendable, Equatable {
    /// Document metadata (title, author, subject, keywords, creation date).
    public var metadata: DocumentMetadata
    /// `tongbao 0.1.0`.
    public var creator: String
    /// Pages in order.
    public var pages: [OFDSourcePage]
    /// Embedded faces; `OFDGlyphText.font` indexes this list.
    public var fonts: [OFDFontFile]
    /// Bookmarks (page numbers are 1-based, y in pt from the page top).
    public var outline: [OutlineEntry]

    public init(
        metadata: DocumentMetadata, creator: String, pages: [OFDSourcePage], fonts: [OFDFontFile], outline: [OutlineEntry] = []
    ) {
        self.metadata = metadata
        self.creator = creator
        self.pages = pages
        self.fonts = fonts
        self.outline = outline
    }
}

/// One page: size in pt and its items in painting order.
public struct OFDSourcePage: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var items: [OFDItem]

    public init(width: Double, height: Double, items: [OFDItem]) {
        self.width = width
        self.height = height
        self.items = items
    }
}

/// A painted item, in pt with a top-left origin (the frames' coordinates).
public enum OFDItem: Sendable, Equatable {
    /// Shaped text of one face.
    case text(OFDGlyphText)
    /// A horizontal rule.
    case rule(RuleFrame)
    /// A filled and/or stroked rectangle (table cell, chart bar).
    case box(BoxFrame)
}

/// Characters of one face on one baseline, each at the x the composer chose, with the glyphs
/// shaping gave them.
public struct OFDGlyphText: Sendable, Equatable {
    /// Index into `OFDSource.fonts`.
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
    public var clusters: [OFDCluster]

    public init(font: Int, size: Double, color: RGB, emboldened: Bool, baseline: Double, clusters: [OFDCluster]) {
        self.font = font
        self.size = size
        self.color = color
        self.emboldened = emboldened
        self.baseline = baseline
        self.clusters = clusters
    }
}

/// Characters shaped together (usually one) and their glyphs.
public struct OFDCluster: Sendable, Equatable {
    /// The characters.
    public var text: String
    /// The pen x (pt) of each character; `xs.count == text.count`.
    public var xs: [Double]
    /// Glyph ids in the embedded subset face.
    public var glyphs: [UInt32]
    /// Whether the subset's cmap maps this one character to this one glyph, so a reader that
    /// looks characters up in the font finds it without a CGTransform.
    public var nominal: Bool

    public init(text: String, xs: [Double], glyphs: [UInt32], nominal: Bool) {
        self.text = text
        self.xs = xs
        self.glyphs = glyphs
        self.nominal = nominal
    }
}

/// An embedded face: a subset OpenType file holding the document's glyphs and its characters' cmap.
public struct OFDFontFile: Sendable, Equatable {
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

    public init(fontName: String, familyName: String, data: [UInt8], fileExtension: String, serif: Bool) {
        self.fontName = fontName
        self.familyName = familyName
        self.data = data
        self.fileExtension = fileExtension
        self.serif = serif
    }
}
