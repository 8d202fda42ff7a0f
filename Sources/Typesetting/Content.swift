/// A document to typeset: metadata plus a flat list of blocks, in reading order.
/// This is the content tree the document kinds build and `tongbao render` reads; the engine
/// knows nothing about briefings.
public struct ContentDocument: Sendable, Equatable, Codable {
    /// PDF metadata.
    public var metadata: DocumentMetadata
    /// Blocks in reading order.
    public var blocks: [Block]
    /// Provenance of the blocks made from sources, by index into `blocks` (see `BlockSources`).
    public var sources: [Int: BlockSources]

    public init(metadata: DocumentMetadata, blocks: [Block], sources: [Int: BlockSources] = [:]) {
        self.metadata = metadata
        self.blocks = blocks
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey { case metadata, blocks, sources }

    /// `sources` may be absent (documents written by hand or before provenance).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metadata = try c.decode(DocumentMetadata.self, forKey: .metadata)
        blocks = try c.decode([Block].self, forKey: .blocks)
        sources = try c.decodeIfPresent([Int: BlockSources].self, forKey: .sources) ?? [:]
    }
}

/// A stretch of a source file a block was made from: the file as named on input and its first
/// and last line (1-based). The engine only carries it; the document kinds fill it in.
public struct SourceRef: Sendable, Equatable, Hashable, Codable {
    /// Path of the file as it was given.
    public var file: String
    /// First and last line, 1-based, inclusive.
    public var lines: [Int]

    public init(file: String, lines: [Int]) {
        self.file = file
        self.lines = lines
    }
}

/// Where a block's text came from: one list of spans for the block, or one per table row.
public enum BlockSources: Sendable, Equatable, Codable {
    /// The spans a paragraph, heading, caption or note was made from.
    case block([SourceRef])
    /// One list of spans per table row (empty for a row not made from sources).
    case rows([[SourceRef]])
}

/// PDF document information.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// Document title.
    public var title: String
    /// The issuing office.
    public var author: String
    /// Subject line.
    public var subject: String
    /// Keywords.
    public var keywords: String
    /// Creation date, ISO 8601 with offset (`2017-11-20T08:00:00+08:00`); from the data, never the clock.
    public var creationDate: String?

    public init(title: String, author: String = "", subject: String = "", keywords: String = "", creationDate: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
    }
}

/// A run of text with one emphasis.
public struct Inline: Sendable, Equatable, Codable {
    /// How a run is set apart from body text.
    public enum Emphasis: String, Sendable, Equatable, Codable {
        /// Body text.
        case none
        /// Bold / 黑体 run, e.g. a lead phrase.
        case strong
        /// 楷体 run.
        case kai
    }

    /// The text.
    public var text: String
    /// Its emphasis.
    public var emphasis: Emphasis

    public init(_ text: String, emphasis: Emphasis = .none) {
        self.text = text
        self.emphasis = emphasis
    }
}

/// One table for the flow: header row repeated on every page it spans.
public struct Table: Sendable, Equatable, Codable {
    /// Horizontal alignment of a column.
    public enum Alignment: String, Sendable, Equatable, Codable { case leading, center, trailing }

    /// Header cells (a cell may hold "\n" line breaks).
    public var header: [String]
    /// Body rows.
    public var rows: [[String]]
    /// Relative column widths (fractions of the text width); empty = equal.
    public var columnWidths: [Double]
    /// Per-column alignment; empty = numbers trailing, text leading.
    public var alignments: [Alignment]
    /// Indices of rows to highlight (e.g. the last ranked, warned areas).
    public var highlightedRows: [Int]

    public init(
        header: [String], rows: [[String]], columnWidths: [Double] = [], alignments: [Alignment] = [],
        highlightedRows: [Int] = []
    ) {
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
        self.alignments = alignments
        self.highlightedRows = highlightedRows
    }
}

/// A bar chart drawn as vector shapes.
public struct BarChart: Sendable, Equatable, Codable {
    /// Bar direction.
    public enum Orientation: String, Sendable, Equatable, Codable { case horizontal, vertical }

    /// One bar.
    public struct Bar: Sendable, Equatable, Codable {
        /// Category label (CJK).
        public var label: String
        /// Value.
        public var value: Double
        /// Value as printed on the bar.
        public var valueText: String
        /// Colour as `#RRGGBB`.
        public var color: String

        public init(label: String, value: Double, valueText: String, color: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.color = color
        }
    }

    /// Chart title.
    public var title: String
    /// Bars in order.
    public var bars: [Bar]
    /// Direction.
    public var orientation: Orientation
    /// Axis label.
    public var axisLabel: String
    /// Height of the chart in points.
    public var height: Double

    public init(title: String, bars: [Bar], orientation: Orientation = .horizontal, axisLabel: String = "", height: Double = 300) {
        self.title = title
        self.bars = bars
        self.orientation = orientation
        self.axisLabel = axisLabel
        self.height = height
    }
}

/// 版记: copy-to list, issuing office and date, between thick/thin rules at the foot of the last page.
public struct EndBlock: Sendable, Equatable, Codable {
    /// 抄送 recipients (without the 抄送： label), may be empty.
    public var copyTo: String
    /// 印发机关.
    public var printer: String
    /// 印发日期 as printed (`2017年11月20日印发`).
    public var printDate: String

    public init(copyTo: String, printer: String, printDate: String) {
        self.copyTo = copyTo
        self.printer = printer
        self.printDate = printDate
    }
}

/// One block of the flow.
public enum Block: Sendable, Equatable, Codable {
    /// Red bulletin name / 发文机关标志.
    case masthead(String)
    /// 期号 or 发文字号 line under the masthead (`2017年第46期`, `×××〔2017〕10号`).
    case issueLine(String)
    /// 编印单位 on the left and date on the right of one line.
    case issuer(office: String, date: String)
    /// The red separator rule under the 版头.
    case separatorRule
    /// Document title (二号 小标宋, centred, balanced lines).
    case title(String)
    /// Headings: level 0 = 附件 label flush left, 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）.
    case heading(level: Int, text: String)
    /// A body paragraph, first line indented two characters.
    case paragraph([Inline])
    /// A centred caption above a table or chart.
    case caption(String)
    /// A small note (table source, 注：…).
    case note(String)
    /// 发文机关署名 and 成文日期.
    case signature(office: String, date: String)
    /// 版记 at the foot of the last page.
    case endBlock(EndBlock)
    /// Blank grid lines.
    case spacer(lines: Int)
    /// Start a new page.
    case pageBreak
    /// A table that may break across pages.
    case table(Table)
    /// A vector bar chart.
    case chart(BarChart)
}
