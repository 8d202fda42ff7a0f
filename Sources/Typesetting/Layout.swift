/// Everything a document kind and the engine need to know about one printed format:
/// page, margins, grid, fonts per role, block styles, colours, furniture texts, parts and
/// wording templates. Parsed from `layouts/*.toml` by `LayoutSpec`; every default here is the
/// GB/T 9704 weekly notice.
public struct Layout: Sendable, Equatable {
    /// Schema version of the layout file.
    public var version: Int
    /// Settings of document kinds that the engine does not read, by table (`[ranking]`): key →
    /// values as written (a scalar is a one-element list; numbers and booleans as TOML prints them).
    public var documentSettings: [String: [String: [String]]] = [:]
    /// Layout name (file stem or `name` key).
    public var name: String
    /// Paper and margins.
    public var page: PageSpec
    /// Character and line grid of the body.
    public var grid: GridSpec
    /// Font roles (title, body, heading, heading2, numbers) → family chains.
    public var fonts: [String: FontRole]
    /// Block styles keyed by block name (see `BlockStyle.names`).
    public var styles: [String: BlockStyle]
    /// Named colours (`#RRGGBB`): `text`, `red`, `rule`, `table_header`, `highlight`.
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
    /// Free-form wording templates (Mustache) read by document kinds.
    public var texts: [String: String]

    public init(
        version: Int = 1, name: String = "weekly-notice", page: PageSpec = PageSpec(), grid: GridSpec = GridSpec(),
        fonts: [String: FontRole] = FontRole.defaults, styles: [String: BlockStyle] = BlockStyle.defaults,
        colors: [String: String] = Layout.defaultColors, furniture: Furniture = Furniture(), parts: Parts = Parts(),
        rules: RuleSpec = RuleSpec(), pageNumber: PageNumberSpec = PageNumberSpec(), table: TableSpec = TableSpec(),
        titleBreaks: TitleBreaks = TitleBreaks(), texts: [String: String] = [:]
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

    /// Default colour table.
    public static let defaultColors: [String: String] = [
        "text": "#000000", "red": "#E60012", "rule": "#000000", "table_header": "#F2F2F2", "highlight": "#FDE9E7",
        "table_rule": "#000000", "chart_grid": "#D9D9D9",
    ]

    /// The style for a block name, falling back to the default body style.
    public func style(_ name: String) -> BlockStyle {
        styles[name] ?? BlockStyle.defaults[name] ?? BlockStyle.body
    }

    /// A colour by name, or the text colour.
    public func color(_ name: String) -> RGB {
        RGB(hex: colors[name] ?? "") ?? RGB(hex: colors["text"] ?? "") ?? .black
    }
}

/// Paper and margins, in millimetres.
public struct PageSpec: Sendable, Equatable {
    /// Paper width.
    public var widthMM: Double = 210
    /// Paper height.
    public var heightMM: Double = 297
    /// 天头.
    public var marginTopMM: Double = 37
    /// Bottom margin.
    public var marginBottomMM: Double = 35
    /// 订口.
    public var marginLeftMM: Double = 28
    /// Right margin.
    public var marginRightMM: Double = 26

    public init() {}

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
    public var charsPerLine: Int = 28
    /// Lines per full page.
    public var linesPerPage: Int = 22
    /// Body type size in points (三号 = 16).
    public var bodySize: Double = 16
    /// Baseline-to-baseline pitch in points; nil = 22 em boxes exactly filling the block.
    public var linePitch: Double? = nil

    public init() {}
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

    /// Open defaults (Noto CJK, LXGW WenKai) behind the names offices own.
    public static let defaults: [String: FontRole] = [
        "title": FontRole(families: ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC"], weight: "bold"),
        "body": FontRole(families: ["仿宋_GB2312", "仿宋", "FangSong", "FandolFang", "Noto Serif CJK SC"]),
        "heading": FontRole(families: ["黑体", "SimHei", "FandolHei", "Noto Sans CJK SC"]),
        "heading2": FontRole(families: ["楷体_GB2312", "楷体", "KaiTi", "FandolKai", "LXGW WenKai"]),
        "numbers": FontRole(families: ["宋体", "SimSun", "FandolSong", "Noto Serif CJK SC"]),
    ]
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

    /// The default body style.
    public static let body = BlockStyle(font: "body", size: 16, indent: 2)

    /// Style names a layout may set.
    public static let names = [
        "masthead", "issue", "issuer", "title", "heading0", "heading1", "heading2", "heading3", "heading4", "body",
        "strong", "kai", "caption", "note", "signature", "endblock", "page_number", "table", "table_header",
    ]

    /// Allowed values of `align`.
    public static let alignments = ["left", "center", "right", "justify"]

    /// Defaults for the weekly notice.
    public static let defaults: [String: BlockStyle] = [
        "masthead": BlockStyle(font: "title", size: 36, color: "red", lines: 2, align: "center"),
        "issue": BlockStyle(font: "body", size: 16, align: "center"),
        "issuer": BlockStyle(font: "body", size: 16, align: "justify"),
        "title": BlockStyle(font: "title", size: 22, spaceBefore: 1, spaceAfter: 1, align: "center"),
        "heading0": BlockStyle(font: "heading", size: 16, align: "left"),
        "heading1": BlockStyle(font: "heading", size: 16, indent: 2),
        "heading2": BlockStyle(font: "heading2", size: 16, indent: 2),
        "heading3": BlockStyle(font: "body", size: 16, indent: 2),
        "heading4": BlockStyle(font: "body", size: 16, indent: 2),
        "body": BlockStyle.body,
        "strong": BlockStyle(font: "heading", size: 16),
        "kai": BlockStyle(font: "heading2", size: 16),
        "caption": BlockStyle(font: "heading", size: 16, align: "center"),
        "note": BlockStyle(font: "body", size: 14, indent: 0),
        "signature": BlockStyle(font: "body", size: 16, indent: 2, spaceBefore: 1, align: "right"),
        "endblock": BlockStyle(font: "body", size: 14, indent: 1),
        "page_number": BlockStyle(font: "numbers", size: 14, indent: 1),
        "table": BlockStyle(font: "body", size: 12, align: "center"),
        "table_header": BlockStyle(font: "heading", size: 12, align: "center"),
    ]
}

/// Furniture texts printed by the engine.
public struct Furniture: Sendable, Equatable {
    /// 发文机关标志 / bulletin name (masthead).
    public var bulletinName: String = ""
    /// 编印单位 / issuing office.
    public var officeName: String = ""
    /// 抄送 list.
    public var copyTo: String = ""
    /// 印发机关.
    public var printer: String = ""
    /// Label before the copy-to list.
    public var copyToLabel: String = "抄送："
    /// Suffix after the print date.
    public var printSuffix: String = "印发"

    public init() {}
}

/// Which furniture appears.
public struct Parts: Sendable, Equatable {
    /// Masthead (bulletin name) on the first page.
    public var masthead: Bool = true
    /// Red separator rule.
    public var separatorRule: Bool = true
    /// Page numbers.
    public var pageNumbers: Bool = true
    /// 版记 at the foot of the last page.
    public var endBlock: Bool = true
    /// PDF bookmarks for headings.
    public var bookmarks: Bool = true
    /// The 版记 sits at the foot of an even page (double-sided printing, GB/T 9704): when the text
    /// ends on an odd page, a page is added for it.
    public var endBlockOnEvenPage: Bool = true

    public init() {}
}

/// Rules.
public struct RuleSpec: Sendable, Equatable {
    /// Red separator thickness, mm.
    public var separatorMM: Double = 0.5
    /// Distance from the issue/issuer baseline down to the separator, mm.
    public var separatorGapMM: Double = 4
    /// Separator colour name.
    public var separatorColor: String = "red"
    /// 版记 outer rules, mm.
    public var endThickMM: Double = 0.35
    /// 版记 inner rules, mm.
    public var endThinMM: Double = 0.25

    public init() {}
}

/// Page number placement.
public struct PageNumberSpec: Sendable, Equatable {
    /// Format; `{n}` is replaced by the number.
    public var format: String = "— {n} —"
    /// Distance of the dash below the block, mm.
    public var belowBlockMM: Double = 7
    /// `outside` (odd right, even left), `center`, `right`.
    public var position: String = "outside"
    /// Whether a blank page left before the 版记 page, and that 版记 page, are numbered
    /// (GB/T 9704-2012 7.5: they are not).
    public var numberBlankEndPages: Bool = false

    public init() {}

    /// Allowed positions.
    public static let positions = ["outside", "center", "right"]
}

/// Table geometry.
public struct TableSpec: Sendable, Equatable {
    /// Row height, pt.
    public var rowHeight: Double = 22
    /// Cell padding, pt.
    public var padding: Double = 4
    /// Rule width, pt.
    public var ruleWidth: Double = 0.75

    public init() {}
}

/// Unit conversions.
public enum Units {
    /// Points per millimetre.
    public static let ptPerMM = 72.0 / 25.4
}

/// Word boundaries a long title prefers (the engine has no dictionary): break before one of
/// `before` or after one of `after`, when the lines stay nearly balanced (see `TitleBreak`).
public struct TitleBreaks: Sendable, Equatable {
    /// Break before these words.
    public var before: [String] = ["关于", "大气污染", "进展情况", "情况的", "工作的", "有关", "的通报", "的通知", "的意见", "的报告", "的决定", "的函"]
    /// Break after these words.
    public var after: [String] = ["关于", "）", "年", "的", "、", "，", "和", "与", "及"]
    /// What a break between two Han characters not named here costs, in characters of imbalance
    /// (it may split a word): a preferred break up to this much less balanced wins over it.
    public var tolerance: Double = 8

    public init() {}
}
