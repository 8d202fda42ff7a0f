/// Everything a document kind and the engine need to know about one printed format:
/// page, margins, grid, fonts per role, block styles, colours, furniture texts, parts and
/// wording templates. Read from `layouts/*.toml` by `LayoutSpec`, which holds the schema and its
/// ranges; the defaults are `layouts/base.toml`. The engine holds no defaults of its own.
public struct Layout: Sendable, Equatable {
    /// Schema version of the layout file.
    public var version: Int
    /// Settings of document kinds that the engine does not read, by table (`[ranking]`), decoded
    /// by the kind's schema when the layout was loaded.
    public var documentSettings: [String: DocumentSettings] = [:]
    /// Layout name (file stem or `name` key).
    public var name: String
    /// Paper and margins.
    public var page: PageSpec
    /// Character and line grid of the body.
    public var grid: GridSpec
    /// Font roles (title, body, heading, heading2, numbers) → family chains.
    public var fonts: [String: FontRole]
    /// Block styles keyed by block name (see `BlockStyle.names`); a loaded layout has every name.
    public var styles: [String: BlockStyle]
    /// Named colours (`#RRGGBB`): `text`, `red`, `rule`, `table_header`, `highlight` …
    public var colors: [String: String]
    /// Furniture texts: bulletin name, office, copy-to, printer.
    public var furniture: Furniture
    /// Which parts of the page furniture appear.
    public var parts: Parts
    /// Rules: red separator and 版记 rules.
    public var rules: RuleSpec
    /// Page numbers `— n —`.
    public var pageNumber: PageNumberSpec
    /// Tables.
    public var table: TableSpec
    /// Where a long title prefers to break.
    public var titleBreaks: TitleBreaks
    /// Wording templates (Mustache) read by document kinds, checked against the kind's keys.
    public var texts: [String: String]

    public init(
        version: Int, name: String, page: PageSpec, grid: GridSpec, fonts: [String: FontRole],
        styles: [String: BlockStyle], colors: [String: String], furniture: Furniture, parts: Parts, rules: RuleSpec,
        pageNumber: PageNumberSpec, table: TableSpec, titleBreaks: TitleBreaks, texts: [String: String] = [:]
    ) {
        self.version = version
        self.name = name
        self.page = page
        self.grid = grid
        self.fonts = fonts
        self.styles = styles
        self.colors = colors
        self.furniture = furniture
        self.parts = parts
        self.rules = rules
        self.pageNumber = pageNumber
        self.table = table
        self.titleBreaks = titleBreaks
        self.texts = texts
    }

    /// The style for a block name. A loaded layout defines every name in `BlockStyle.names`; a
    /// layout built in code that lacks one gets its body style.
    public func style(_ name: String) -> BlockStyle {
        styles[name] ?? styles["body"] ?? BlockStyle(font: "body", size: grid.bodySize)
    }

    /// A colour by name, or the text colour.
    public func color(_ name: String) -> RGB {
        RGB(hex: colors[name] ?? "") ?? RGB(hex: colors["text"] ?? "") ?? .black
    }
}

/// A document kind's settings table (`[weekly]`, `[ranking]`), typed by the kind; the engine
/// only carries it from the loader to the kind.
public struct DocumentSettings: Sendable, Equatable {
    /// The decoded table.
    public let value: any Sendable & Equatable

    public init(_ value: any Sendable & Equatable) {
        self.value = value
    }

    public static func == (a: DocumentSettings, b: DocumentSettings) -> Bool {
        func same<T: Equatable>(_ x: T, _ y: Any) -> Bool { (y as? T) == x }
        return same(a.value, b.value)
    }
}

/// Paper and margins, in millimetres.
public struct PageSpec: Sendable, Equatable {
    /// Paper width.
    public var widthMM: Double
    /// Paper height.
    public var heightMM: Double
    /// 天头.
    public var marginTopMM: Double
    /// Bottom margin.
    public var marginBottomMM: Double
    /// 订口.
    public var marginLeftMM: Double
    /// Right margin.
    public var marginRightMM: Double

    public init(
        widthMM: Double, heightMM: Double, marginTopMM: Double, marginBottomMM: Double, marginLeftMM: Double,
        marginRightMM: Double
    ) {
        self.widthMM = widthMM
        self.heightMM = heightMM
        self.marginTopMM = marginTopMM
        self.marginBottomMM = marginBottomMM
        self.marginLeftMM = marginLeftMM
        self.marginRightMM = marginRightMM
    }

    /// Page width in points.
    public var width: Double { widthMM * Units.ptPerMM }
    /// Page height in points.
    public var height: Double { heightMM * Units.ptPerMM }
    /// Text block left edge in points.
    public var blockLeft: Double { marginLeftMM * Units.ptPerMM }
    /// Text block top edge in points.
    public var blockTop: Double { marginTopMM * Units.ptPerMM }
    /// Text block width in points.
    public var blockWidth: Double { (widthMM - marginLeftMM - marginRightMM) * Units.ptPerMM }
    /// Text block height in points.
    public var blockHeight: Double { (heightMM - marginTopMM - marginBottomMM) * Units.ptPerMM }
}

/// The body grid: characters per line, lines per page, body size, line pitch.
public struct GridSpec: Sendable, Equatable {
    /// Full-width characters per full line.
    public var charsPerLine: Int
    /// Lines per full page.
    public var linesPerPage: Int
    /// Body type size in points (三号 = 16).
    public var bodySize: Double
    /// Baseline-to-baseline pitch in points; nil = the lines' em boxes exactly fill the block.
    public var linePitch: Double?
    /// 伸行: how many characters per line a paragraph may give up (its lines spread to the full
    /// measure) to run one line longer, so that a text page that something kept with the next page
    /// (a heading with its paragraph, a table's start) still ends full; 0 = never.
    public var loosenChars: Int

    public init(charsPerLine: Int, linesPerPage: Int, bodySize: Double, linePitch: Double? = nil, loosenChars: Int) {
        self.charsPerLine = charsPerLine
        self.linesPerPage = linesPerPage
        self.bodySize = bodySize
        self.linePitch = linePitch
        self.loosenChars = loosenChars
    }
}

/// One font role: a chain of families tried in order, and a weight.
public struct FontRole: Sendable, Equatable {
    /// Families, most wanted first; the last is normally an open default shipped in `fonts/`.
    public var families: [String]
    /// `regular` or `bold`.
    public var weight: String

    public init(families: [String], weight: String = "regular") {
        self.families = families
        self.weight = weight
    }

    /// The role names a layout may use.
    public static let names = ["title", "body", "heading", "heading2", "numbers"]

    /// Allowed weights.
    public static let weights = ["regular", "bold"]
}

/// How one kind of block is set.
public struct BlockStyle: Sendable, Equatable {
    /// Font role name.
    public var font: String
    /// Size in points.
    public var size: Double
    /// Colour name (key of `Layout.colors`).
    public var color: String
    /// Left indent in characters.
    public var indent: Double
    /// Blank grid lines before the block.
    public var spaceBefore: Int
    /// Blank grid lines after the block.
    public var spaceAfter: Int
    /// Grid lines the block occupies (masthead), 0 = as many as its text needs.
    public var lines: Int
    /// `left`, `center`, `right` or `justify`.
    public var align: String
    /// Extra space between characters in em (masthead tracking).
    public var tracking: Double

    public init(
        font: String, size: Double, color: String = "text", indent: Double = 0, spaceBefore: Int = 0, spaceAfter: Int = 0,
        lines: Int = 0, align: String = "justify", tracking: Double = 0
    ) {
        self.font = font
        self.size = size
        self.color = color
        self.indent = indent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lines = lines
        self.align = align
        self.tracking = tracking
    }

    /// Style names a layout may set.
    public static let names = [
        "masthead", "issue", "issuer", "title", "heading0", "heading1", "heading2", "heading3", "heading4", "body",
        "strong", "kai", "caption", "note", "signature", "endblock", "page_number", "table", "table_header",
    ]

    /// Allowed values of `align`.
    public static let alignments = ["left", "center", "right", "justify"]
}

/// Furniture texts printed by the engine.
public struct Furniture: Sendable, Equatable {
    /// 发文机关标志 / bulletin name (masthead).
    public var bulletinName: String
    /// 编印单位 / issuing office.
    public var officeName: String
    /// 抄送 list.
    public var copyTo: String
    /// 印发机关.
    public var printer: String
    /// Label before the copy-to list (抄送：).
    public var copyToLabel: String
    /// Suffix after the print date (印发).
    public var printSuffix: String

    public init(
        bulletinName: String, officeName: String, copyTo: String, printer: String, copyToLabel: String,
        printSuffix: String
    ) {
        self.bulletinName = bulletinName
        self.officeName = officeName
        self.copyTo = copyTo
        self.printer = printer
        self.copyToLabel = copyToLabel
        self.printSuffix = printSuffix
    }
}

/// Which furniture appears.
public struct Parts: Sendable, Equatable {
    /// Masthead (bulletin name) on the first page.
    public var masthead: Bool
    /// Red separator rule.
    public var separatorRule: Bool
    /// Page numbers.
    public var pageNumbers: Bool
    /// 版记 at the foot of the last page.
    public var endBlock: Bool
    /// PDF bookmarks for headings.
    public var bookmarks: Bool
    /// The 版记 sits at the foot of an even page (double-sided printing, GB/T 9704): when the text
    /// ends on an odd page, a page is added for it.
    public var endBlockOnEvenPage: Bool

    public init(
        masthead: Bool, separatorRule: Bool, pageNumbers: Bool, endBlock: Bool, bookmarks: Bool, endBlockOnEvenPage: Bool
    ) {
        self.masthead = masthead
        self.separatorRule = separatorRule
        self.pageNumbers = pageNumbers
        self.endBlock = endBlock
        self.bookmarks = bookmarks
        self.endBlockOnEvenPage = endBlockOnEvenPage
    }
}

/// Rules.
public struct RuleSpec: Sendable, Equatable {
    /// Red separator thickness, mm.
    public var separatorMM: Double
    /// Distance from the issue/issuer baseline down to the separator, mm.
    public var separatorGapMM: Double
    /// Separator colour name.
    public var separatorColor: String
    /// 版记 outer rules, mm.
    public var endThickMM: Double
    /// 版记 inner rules, mm.
    public var endThinMM: Double
    /// Line height of the 版记's lines (抄送 and 印发), in em of the 版记 size: they sit off the
    /// body grid, between its rules.
    public var endLineHeightEm: Double

    public init(
        separatorMM: Double, separatorGapMM: Double, separatorColor: String, endThickMM: Double, endThinMM: Double,
        endLineHeightEm: Double
    ) {
        self.endLineHeightEm = endLineHeightEm
        self.separatorMM = separatorMM
        self.separatorGapMM = separatorGapMM
        self.separatorColor = separatorColor
        self.endThickMM = endThickMM
        self.endThinMM = endThinMM
    }
}

/// Page number placement.
public struct PageNumberSpec: Sendable, Equatable {
    /// Format; `{n}` is replaced by the number.
    public var format: String
    /// Distance of the dash below the block, mm.
    public var belowBlockMM: Double
    /// `outside` (odd right, even left), `center`, `right`.
    public var position: String
    /// Whether a blank page left before the 版记 page, and that 版记 page, are numbered
    /// (GB/T 9704-2012 7.5: they are not).
    public var numberBlankEndPages: Bool
    /// Height of the page number's line in em (a .docx footer's one exact line; the footer's
    /// distance from the page foot follows from it and `belowBlockMM`).
    public var lineHeightEm: Double

    public init(format: String, belowBlockMM: Double, position: String, numberBlankEndPages: Bool, lineHeightEm: Double) {
        self.lineHeightEm = lineHeightEm
        self.format = format
        self.belowBlockMM = belowBlockMM
        self.position = position
        self.numberBlankEndPages = numberBlankEndPages
    }

    /// Allowed positions.
    public static let positions = ["outside", "center", "right"]
}

/// Table geometry.
public struct TableSpec: Sendable, Equatable {
    /// Row height, pt.
    public var rowHeight: Double
    /// Cell padding, pt.
    public var padding: Double
    /// Rule width, pt.
    public var ruleWidth: Double
    /// Line height of a cell's lines, in em of the table text size (off the body grid).
    public var lineHeightEm: Double

    public init(rowHeight: Double, padding: Double, ruleWidth: Double, lineHeightEm: Double) {
        self.lineHeightEm = lineHeightEm
        self.rowHeight = rowHeight
        self.padding = padding
        self.ruleWidth = ruleWidth
    }
}

/// Unit conversions.
public enum Units {
    /// Points per millimetre.
    public static let ptPerMM = 72.0 / 25.4
}

/// Word boundaries a long title prefers (the engine has no dictionary): break before one of
/// `before` or after one of `after`, when the lines stay nearly balanced (see `TitleBreak`).
/// The words are the layout's (`[title_breaks]`), not the engine's.
public struct TitleBreaks: Sendable, Equatable {
    /// Break before these words.
    public var before: [String]
    /// Break after these words.
    public var after: [String]
    /// What a break between two Han characters not named here costs, in characters of imbalance
    /// (it may split a word): a preferred break up to this much less balanced wins over it.
    public var tolerance: Double

    public init(before: [String], after: [String], tolerance: Double) {
        self.before = before
        self.after = after
        self.tolerance = tolerance
    }
}
