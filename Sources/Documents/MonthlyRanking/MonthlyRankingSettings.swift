import AirQuality
import Typesetting

/// The layout's choices for a 月排名 that are not typography: names, what is ranked, which
/// parts and columns appear, how many last places are warned. Read from the layout's
/// `[ranking]` table, `[furniture]` and `[colors]`.
public struct MonthlyRankingSettings: Sendable, Equatable {
    /// A part of the notice, in the order `contents` lists them.
    public enum Part: String, Sendable, Equatable, CaseIterable {
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
    public enum Column: String, Sendable, Equatable, CaseIterable {
        case rank, area, isum, isumChange = "isum_yoy", so2, no2, pm10, pm25, co, o3, goodRatio = "good_ratio"
        case goodDays = "good_days", heavyDays = "heavy_days", primary, rankChange = "rank_change"
        case pm25Change = "pm25_yoy", validDays = "valid_days"
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
    public var chartOrientation: BarChart.Orientation
    /// Chart height in points.
    public var chartHeight: Double
    /// True to set the chart's caption below it (图题在图下方) rather than above.
    public var chartCaptionBelow: Bool
    /// Decimals of change rates (1 as in MEP releases).
    public var changeDecimals: Int
    /// Bar colours (`#RRGGBB`): first places, the others, warned last places.
    public var tierColors: (best: String, middle: String, warned: String)

    public init(
        bulletinName: String, office: String, copyTo: String, measure: RankingMeasure = .compositeIndex,
        warnLast: Int = 3, praiseFirst: Int = 3, contents: [Part] = MonthlyRankingSettings.defaultContents,
        columns: [Column] = MonthlyRankingSettings.defaultColumns, columnWidths: [Double] = [],
        chartOrientation: BarChart.Orientation = .horizontal, chartHeight: Double = 220, chartCaptionBelow: Bool = false, changeDecimals: Int = 1,
        tierColors: (best: String, middle: String, warned: String) = ("#2E7D32", "#5B7DB1", "#C62828")
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
        self.chartHeight = chartHeight
        self.chartCaptionBelow = chartCaptionBelow
        self.changeDecimals = changeDecimals
        self.tierColors = tierColors
    }

    public static func == (a: MonthlyRankingSettings, b: MonthlyRankingSettings) -> Bool {
        a.bulletinName == b.bulletinName && a.office == b.office && a.copyTo == b.copyTo && a.measure == b.measure
            && a.warnLast == b.warnLast && a.praiseFirst == b.praiseFirst && a.contents == b.contents
            && a.columns == b.columns && a.columnWidths == b.columnWidths && a.chartOrientation == b.chartOrientation
            && a.chartHeight == b.chartHeight && a.chartCaptionBelow == b.chartCaptionBelow && a.changeDecimals == b.changeDecimals
            && a.tierColors == b.tierColors
    }

    /// Every part, in the order of a filed notice.
    public static let defaultContents: [Part] = Part.allCases

    /// The columns of the published district tables (AIRQUALITY.md §5).
    public static let defaultColumns: [Column] = [
        .rank, .area, .isum, .isumChange, .pm25, .pm10, .o3, .goodRatio, .primary, .rankChange,
    ]

    /// Keys of the `[ranking]` table.
    public static let keys = [
        "rank_by", "warn_last", "praise_first", "contents", "columns", "column_widths", "chart", "chart_height_pt", "chart_caption",
        "change_decimals", "tier_colors",
    ]

    /// Reads `[ranking]` and `[furniture]`.
    public init(layout: Layout) throws(SettingsError) {
        let t = SettingsTable(name: "ranking", values: layout.documentSettings["ranking"] ?? [:])
        try t.checkKeys(Self.keys)
        let measureName = try t.oneOf("rank_by", RankingMeasure.allCases.map(\.rawValue), default: "isum")
        let contents = try t.list("contents", Part.allCases.map(\.rawValue), default: Self.defaultContents.map(\.rawValue))
        let columns = try t.list("columns", Column.allCases.map(\.rawValue), default: Self.defaultColumns.map(\.rawValue))
        let widths = try t.numbers("column_widths")
        if !widths.isEmpty && widths.count != columns.count {
            throw SettingsError(
                key: "ranking.column_widths", message: "\(widths.count) widths for \(columns.count) columns")
        }
        let orientation = try t.oneOf("chart", ["horizontal", "vertical"], default: "horizontal")
        let colors = try t.colors("tier_colors", count: 3, default: ["#2E7D32", "#5B7DB1", "#C62828"])
        self.init(
            bulletinName: layout.furniture.bulletinName, office: layout.furniture.officeName,
            copyTo: layout.furniture.copyTo, measure: RankingMeasure(rawValue: measureName) ?? .compositeIndex,
            warnLast: try t.int("warn_last", default: 3), praiseFirst: try t.int("praise_first", default: 3),
            contents: contents.compactMap(Part.init(rawValue:)), columns: columns.compactMap(Column.init(rawValue:)),
            columnWidths: widths, chartOrientation: BarChart.Orientation(rawValue: orientation) ?? .horizontal,
            chartHeight: try t.number("chart_height_pt", default: 220),
            chartCaptionBelow: try t.oneOf("chart_caption", ["above", "below"], default: "above") == "below",
            changeDecimals: try t.int("change_decimals", default: 1),
            tierColors: (colors[0], colors[1], colors[2]))
    }
}
