import AirQuality
import LayoutSpec
import Typesetting

/// The layout's choices for a 月排名 that are not typography: names, what is ranked, which
/// parts and columns appear, how many last places are warned. Read from the layout's
/// `[ranking]` table, `[furniture]` and `[colors]`.
public struct MonthlyRankingSettings: Sendable, Equatable, Decodable {
    /// A part of the notice, in the order `contents` lists them.
    public enum Part: String, Sendable, Equatable, CaseIterable, Decodable {
        /// 期号 and 编印单位 / date lines under the masthead, and the red rule.
        case header
        /// The document title.
        case title
        /// The opening paragraph written from the figures.
        case opening
        /// 综合指数排名: heading and summary paragraphs.
        case rankingSummary = "ranking_summary"
        /// The ranking table with its caption and note.
        case rankingTable = "ranking_table"
        /// The bar chart of the ranked values, coloured by tier.
        case chart
        /// 改善幅度排名 (year on year), when last year's month is known.
        case improvementTable = "improvement_table"
        /// 通报预警 of the last places.
        case warning
        /// 数据来源 note.
        case sourceNote = "source_note"
        /// 版记.
        case endBlock = "end_block"
    }

    /// A column of the ranking table.
    public enum Column: String, Sendable, Equatable, CaseIterable, Decodable {
        case rank, area, isum
        case isumChange = "isum_yoy"
        case so2, no2, pm10, pm25, co, o3
        case goodRatio = "good_ratio"
        case goodDays = "good_days"
        case heavyDays = "heavy_days"
        case primary
        case rankChange = "rank_change"
        case pm25Change = "pm25_yoy"
        case validDays = "valid_days"
    }

    /// Bulletin name printed red in the 版头.
    public var bulletinName: String
    /// 编印单位 / 印发机关.
    public var office: String
    /// 抄送 recipients.
    public var copyTo: String
    /// What the areas are ranked by (综合指数 by default).
    public var measure: RankingMeasure
    /// How many last places are warned (通报预警); 0 = none.
    public var warnLast: Int
    /// How many first places are named as best (and coloured so in the chart).
    public var praiseFirst: Int
    /// Parts, in order.
    public var contents: [Part]
    /// Columns of the ranking table, in order.
    public var columns: [Column]
    /// Relative column widths (same count as `columns`), empty = the engine decides.
    public var columnWidths: [Double]
    /// Chart bar direction.
    public var chartOrientation: BarChart.Orientation?
    /// With `chartOrientation` nil (`chart = "auto"`): vertical bars up to this many areas, else horizontal.
    public var verticalChartMax: Int
    /// Chart height in points.
    public var chartHeight: Double
    /// True to set the chart's caption below it (图题在图下方) rather than above.
    public var chartCaptionBelow: Bool
    /// Tie-breakers after `measure`, in order (e.g. 优良天数比例 then PM2.5); empty = ties share a rank.
    public var thenBy: [RankingMeasure]
    /// Bar colours (`#RRGGBB`): first places, the others, warned last places.
    public var tierColors: (best: String, middle: String, warned: String)

    public init(
        bulletinName: String, office: String, copyTo: String, measure: RankingMeasure,
        warnLast: Int, praiseFirst: Int, contents: [Part], columns: [Column], columnWidths: [Double] = [],
        chartOrientation: BarChart.Orientation?, verticalChartMax: Int, chartHeight: Double, chartCaptionBelow: Bool,
        thenBy: [RankingMeasure], tierColors: (best: String, middle: String, warned: String)
    ) {
        self.bulletinName = bulletinName
        self.office = office
        self.copyTo = copyTo
        self.measure = measure
        self.warnLast = warnLast
        self.praiseFirst = praiseFirst
        self.contents = contents
        self.columns = columns
        self.columnWidths = columnWidths
        self.chartOrientation = chartOrientation
        self.verticalChartMax = verticalChartMax
        self.chartHeight = chartHeight
        self.chartCaptionBelow = chartCaptionBelow
        self.thenBy = thenBy
        self.tierColors = tierColors
    }

    public static func == (a: MonthlyRankingSettings, b: MonthlyRankingSettings) -> Bool {
        a.bulletinName == b.bulletinName && a.office == b.office && a.copyTo == b.copyTo && a.measure == b.measure
            && a.warnLast == b.warnLast && a.praiseFirst == b.praiseFirst && a.contents == b.contents
            && a.columns == b.columns && a.columnWidths == b.columnWidths && a.chartOrientation == b.chartOrientation
            && a.verticalChartMax == b.verticalChartMax
            && a.chartHeight == b.chartHeight && a.chartCaptionBelow == b.chartCaptionBelow
            && a.thenBy == b.thenBy
            && a.tierColors == b.tierColors
    }

    /// The `[ranking]` table: each key with its name in the layout and its range. The values
    /// (and so the defaults) are in the layout files; `bulletinName`, `office` and `copyTo` come
    /// from `[furniture]` (see `init(layout:)`).
    enum Keys: String, SchemaKey {
        case rankBy = "rank_by", warnLast = "warn_last", praiseFirst = "praise_first", contents, columns
        case columnWidths = "column_widths", chart, verticalChartMax = "vertical_chart_max"
        case chartHeight = "chart_height_pt", chartCaption = "chart_caption", thenBy = "then_by"
        case tierColors = "tier_colors"

        var rule: Rule {
            switch self {
            case .rankBy, .thenBy: .oneOf(RankingMeasure.allCases.map(\.rawValue))
            case .warnLast, .praiseFirst: .integer(0...1000, unit: "places")
            case .contents: .oneOf(Part.allCases.map(\.rawValue))
            case .columns: .oneOf(Column.allCases.map(\.rawValue))
            case .columnWidths: .number(0.01...100, unit: "(relative widths)")
            case .chart: .oneOf(["auto", "horizontal", "vertical"])
            case .verticalChartMax: .integer(1...1000, unit: "areas")
            case .chartHeight: .number(20...2000, unit: "pt")
            case .chartCaption: .oneOf(["above", "below"])
            case .tierColors: .color
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let columns: [Column] = try c.value(.columns)
        let widths: [Double] = try c.optional(.columnWidths) ?? []
        if !widths.isEmpty && widths.count != columns.count {
            throw DecodingError.dataCorruptedError(
                forKey: .columnWidths, in: c, debugDescription: "\(widths.count) widths for \(columns.count) columns")
        }
        let colors: [String] = try c.value(.tierColors)
        guard colors.count == 3 else {
            throw DecodingError.dataCorruptedError(
                forKey: .tierColors, in: c,
                debugDescription: "expected 3 colours (first places, the others, warned places), found \(colors.count)")
        }
        let chart: String = try c.value(.chart)
        let caption: String = try c.value(.chartCaption)
        self.init(
            bulletinName: "", office: "", copyTo: "", measure: try c.value(.rankBy), warnLast: try c.value(.warnLast),
            praiseFirst: try c.value(.praiseFirst), contents: try c.value(.contents), columns: columns,
            columnWidths: widths, chartOrientation: BarChart.Orientation(rawValue: chart),
            verticalChartMax: try c.value(.verticalChartMax), chartHeight: try c.value(.chartHeight),
            chartCaptionBelow: caption == "below", thenBy: try c.value(.thenBy), tierColors: (colors[0], colors[1], colors[2]))
    }

    /// The layout's `[ranking]` table with the names of its `[furniture]`.
    public init(layout: Layout) throws(SettingsError) {
        guard var s = MonthlyRanking.settings(in: layout) else {
            throw SettingsError(key: "ranking", message: "the layout has no [ranking] table; is it a monthly-ranking layout?")
        }
        s.bulletinName = layout.furniture.bulletinName
        s.office = layout.furniture.officeName
        s.copyTo = layout.furniture.copyTo
        self = s
    }
}
