/// What a quoted term in a briefing is (item 3 of issue 12). Only `measure` is a deployed measure
/// (举措): a named campaign, rule, plan or key-field list. The rest are quoted in the text but are
/// not measures a notice may count.
public enum MeasureKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A deployed measure: 封土令, 五个禁令, 一厂一策, 十大攻坚战 (with its list).
    case measure
    /// A slogan, motto, idiom, couplet or metaphor: 同呼吸、共奋斗, 蓝天白云、繁星闪烁, 硬骨头, 金点子.
    case slogan
    /// A description of a kind of firm, problem or behaviour: “散乱污”企业, “一刀切”.
    case description
    /// A name that is no measure: a region, a season, an event, a title.
    case name
    /// A goal quoted by name (“双清零”目标, “小目标”); numeric goals are also in `targets`.
    case goal
    /// A measure the item reports as done, not one it deploys (累计完成“煤改电”改造8600户).
    case reported
    /// A measure that only repeats part of a longer one quoted in the same item (“压煤” beside
    /// “压煤、抑尘、控车、除味”).
    case part
}

/// A deployed measure (举措) as a notice reports it.
public struct DeployedMeasure: Sendable, Equatable, Hashable, Codable {
    /// Its name as written: 五个禁令, 一厂一策, 十大攻坚战.
    public var text: String
    /// Its parts, where the source lists them (优化产业布局攻坚战, 减煤压煤攻坚战, … all ten).
    public var items: [String]

    public init(text: String, items: [String] = []) {
        self.text = text
        self.items = items
    }

    enum CodingKeys: String, CodingKey { case text, items }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        items = try c.decodeIfPresent([String].self, forKey: .items) ?? []
    }
}

/// Whether a quantified phrase is a goal or a figure about the past (item 3 of issue 12).
public enum TargetKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A numeric goal: 优良天数不少于66天, 年底前完成89个村2.5万户气化任务.
    case goal
    /// A figure about what exists or was done: 提炼形成…35类共计1693个重点项目, attendance counts.
    case statistic
}

/// Whether a dated phrase is a time limit or the period a campaign runs (item 3 of issue 12).
public enum DeadlineKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A time limit for a task: 6月底前, 年底前, 2021年年底前.
    case deadline
    /// The period a campaign runs: 从即日起到2017年3月31日结束.
    case period
}
