/// A run of text with every character's pen position, on one baseline, in one style.
public struct TextRun: Sendable, Equatable {
    /// The characters, in reading order.
    public var text: String
    /// Absolute x (pt) of each character's origin; `xs.count == text.count`.
    public var xs: [Double]
    /// Baseline y (pt, from the page top).
    public var baseline: Double
    /// Font role, size, colour.
    public var style: TextStyle

    public init(text: String, xs: [Double], baseline: Double, style: TextStyle) {
        self.text = text
        self.xs = xs
        self.baseline = baseline
        self.style = style
    }
}

/// A horizontal rule: its centre line at `y`.
public struct RuleFrame: Sendable, Equatable {
    /// Left end, pt.
    public var x: Double
    /// Centre line, pt.
    public var y: Double
    /// Length, pt.
    public var width: Double
    /// Thickness, pt.
    public var thickness: Double
    /// Colour.
    public var color: RGB

    public init(x: Double, y: Double, width: Double, thickness: Double, color: RGB) {
        self.x = x
        self.y = y
        self.width = width
        self.thickness = thickness
        self.color = color
    }
}

/// A rectangle, filled and/or stroked (table cells, chart bars).
public struct BoxFrame: Sendable, Equatable {
    /// Left, pt.
    public var x: Double
    /// Top, pt.
    public var y: Double
    /// Width, pt.
    public var width: Double
    /// Height, pt.
    public var height: Double
    /// Fill colour, if any.
    public var fill: RGB?
    /// Stroke colour, if any.
    public var stroke: RGB?
    /// Stroke width, pt.
    public var lineWidth: Double

    public init(x: Double, y: Double, width: Double, height: Double, fill: RGB?, stroke: RGB?, lineWidth: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
    }
}

/// One positioned item of a page.
public enum Frame: Sendable, Equatable {
    /// Text.
    case text(TextRun)
    /// A horizontal rule.
    case rule(RuleFrame)
    /// A rectangle.
    case box(BoxFrame)
}

/// What a composed line is, for the self-check and the frame dump.
public enum LineKind: String, Sendable, Equatable {
    case body, heading, title, masthead, issue, caption, note, signature, endBlock, pageNumber, table
}

/// One composed line as the self-check sees it.
public struct LineRecord: Sendable, Equatable {
    /// Kind of line.
    public var kind: LineKind
    /// Grid line on the page (0-based), nil for lines off the grid.
    public var slot: Int?
    /// Baseline, pt.
    public var baseline: Double
    /// Left edge of the first character's em box, pt.
    public var x0: Double
    /// Visual right edge (a line-final 、，。 counts half an em), pt.
    public var x1: Double
    /// The text.
    public var text: String
    /// Whether the line ends its paragraph (and may be short).
    public var paragraphFinal: Bool
    /// Whether the line is justified to both edges when not final.
    public var justified: Bool
    /// Index of the block it came from.
    public var block: Int

    public init(
        kind: LineKind, slot: Int?, baseline: Double, x0: Double, x1: Double, text: String, paragraphFinal: Bool,
        justified: Bool, block: Int
    ) {
        self.kind = kind
        self.slot = slot
        self.baseline = baseline
        self.x0 = x0
        self.x1 = x1
        self.text = text
        self.paragraphFinal = paragraphFinal
        self.justified = justified
        self.block = block
    }
}

/// One page of frames.
public struct PageFrames: Sendable, Equatable {
    /// 1-based page number.
    public var number: Int
    /// Page width, pt.
    public var width: Double
    /// Page height, pt.
    public var height: Double
    /// Frames in painting order.
    public var frames: [Frame]
    /// Composed lines, for the self-check.
    public var lines: [LineRecord]

    public init(number: Int, width: Double, height: Double, frames: [Frame] = [], lines: [LineRecord] = []) {
        self.number = number
        self.width = width
        self.height = height
        self.frames = frames
        self.lines = lines
    }
}

/// A bookmark.
public struct OutlineEntry: Sendable, Equatable {
    /// 1 = top level.
    public var level: Int
    /// Bookmark text.
    public var title: String
    /// 1-based page.
    public var page: Int
    /// y of the heading's top, pt.
    public var y: Double

    public init(level: Int, title: String, page: Int, y: Double) {
        self.level = level
        self.title = title
        self.page = page
        self.y = y
    }
}

/// The engine's output: pages of frames plus bookmarks and the document metadata.
public struct ComposedDocument: Sendable, Equatable {
    /// PDF metadata.
    public var metadata: DocumentMetadata
    /// Pages.
    public var pages: [PageFrames]
    /// Bookmarks.
    public var outline: [OutlineEntry]
    /// Things the engine had to give up on (a unit wider than a line …).
    public var warnings: [String]
    /// Things it could not set truthfully (a chart label that fits nowhere): `SelfCheck` reports them.
    public var faults: [Violation]

    public init(
        metadata: DocumentMetadata, pages: [PageFrames], outline: [OutlineEntry], warnings: [String], faults: [Violation] = []
    ) {
        self.metadata = metadata
        self.pages = pages
        self.outline = outline
        self.warnings = warnings
        self.faults = faults
    }
}
