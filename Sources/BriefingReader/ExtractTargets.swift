import ReportModel

/// Step 4g: quantified goals. A clause with a quantity (not a date) and a goal word (确保, 实现,
/// 完成, 不少于, 以上, 控制在 …) is a target, unless it reports the past (已, 累计, 出动 …);
/// neighbouring clauses that carry its time limit or restate it (到2020年, 也就是…) join it.
struct TargetExtractor: Sendable {
    private static let cues = [
        "确保", "力争", "务必", "实现", "达到", "完成", "不少于", "不低于", "不高于", "不超过", "不大于", "控制在",
        "降低", "下降", "提高到", "提升到", "减少", "削减", "淘汰", "退出", "建设", "新增", "改造", "目标", "以上",
        "以下", "以内", "计划在", "计划于", "计划到", "计划用", "争取",
    ].map { Scalars($0) }
    private static let pastMarkers = ["已", "累计", "出动", "检查", "查处", "同比", "去年", "上年", "参会", "参加", "具备", "共有", "先后", "以来", "收缴", "取缔了", "为止"].map { Scalars($0) }
    private static let timeUnits = Lexicon.scalarSet("年月日号时点分秒")
    private static let multiCharUnits = ["微克/立方米", "平方公里", "平方米", "立方米", "公里", "千米", "千克", "公斤", "万吨", "蒸吨", "人次", "万元", "亿元", "万亩", "公顷", "小项", "大项", "个百分点"].map { Scalars($0) }
    private static let meetingWords = WordList(["会议", "大会", "推进会", "座谈会", "调度会", "部署会", "动员会", "誓师会", "现场会", "专题会", "例会", "联席会", "培训会", "观摩会", "汇报会", "协调会"])
    private static let followers = ["也就是", "即", "其中", "计划", "力争", "确保", "预计"].map { Scalars($0) }

    struct Clause {
        var start: Int
        var end: Int
        var hasQuantity: Bool
        var hasCue: Bool
        var past: Bool
        var deadline: Bool
    }

    func extract(_ t: Scalars, year: Int?) -> [Target] {
        var out: [Target] = []
        for (s, e) in Self.sentences(t) {
            var cl = Self.clauses(t, s, e).map { Self.classify(t, $0.0, $0.1) }
            // a statistic compared with last year (…258天，同比增加12天) is not a goal
            for k in cl.indices where k + 1 < cl.count && (t.has(Scalars("同比"), at: cl[k + 1].start) || t.has(Scalars("较去年"), at: cl[k + 1].start)) {
                cl[k].past = true
            }
            var k = 0
            while k < cl.count {
                let c = cl[k]
                let isTarget = !c.past && ((c.hasQuantity && c.hasCue) || (c.deadline && t.sub(c.start, c.end).containsAny(["确保", "力争", "务必"].map { Scalars($0) })))
                let isPlan = !c.past && c.hasQuantity && !c.hasCue && k + 1 < cl.count && !cl[k + 1].past && cl[k + 1].hasCue
                    && Self.followers.contains { t.has($0, at: cl[k + 1].start) }
                guard isTarget || isPlan else {
                    k += 1
                    continue
                }
                var a = k
                if a > 0, Self.isTimePhrase(t.sub(cl[a - 1].start, cl[a - 1].end)) { a -= 1 }
                var b = isPlan ? k + 1 : k
                while b + 1 < cl.count, !cl[b + 1].past,
                    Self.followers.contains(where: { t.has($0, at: cl[b + 1].start) }) || (cl[b + 1].hasQuantity && cl[b + 1].hasCue)
                {
                    b += 1
                }
                out.append(Self.target(t.sub(cl[a].start, cl[b].end), year: year))
                k = b + 1
            }
        }
        return out
    }

    /// `到2020年`, `到年底`, `今年`: a clause that only says when.
    static func isTimePhrase(_ c: Scalars) -> Bool {
        c.count <= 10 && (c.hasPrefix(["到"]) || c.hasPrefix(["至"]) || c.hasPrefix(Scalars("力争到")))
            && (c.hasSuffix(["年"]) || c.hasSuffix(Scalars("年底")))
    }

    static func sentences(_ t: Scalars) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var s = 0
        for i in t.indices where t[i].isSentenceEnd || t[i] == "\n" {
            if i > s { out.append((s, i)) }
            s = i + 1
        }
        if s < t.count { out.append((s, t.count)) }
        return out
    }

    /// Clauses split at commas and colons outside quotes.
    static func clauses(_ t: Scalars, _ s: Int, _ e: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var a = s
        var inQuote = false
        for i in s..<e {
            let c = t[i]
            if c == "“" { inQuote.toggle() } else if c == "”" { inQuote = false }
            if !inQuote, c == "，" || c == "," || c == "：" || c == ":" {
                if i > a { out.append((a, i)) }
                a = i + 1
            }
        }
        if e > a { out.append((a, e)) }
        return out
    }

    static func classify(_ t: Scalars, _ s: Int, _ e: Int) -> Clause {
        let c = t.sub(s, e)
        let meetingName = meetingWords.occurs(in: c)
        let hasQuantity = !meetingName && quantity(in: c) != nil
        let past = pastMarkers.contains { c.contains($0) } || hasPastLe(c)
        let deadline = !DeadlineExtractor.find(in: c, year: nil).isEmpty
        return Clause(start: s, end: e, hasQuantity: hasQuantity, hasCue: cues.contains { c.contains($0) }, past: past, deadline: deadline)
    }

    /// 了 after a verb (完成了, 实现了), not 为了/除了.
    static func hasPastLe(_ c: Scalars) -> Bool {
        for i in c.indices where c[i] == "了" {
            if i > 0, c[i - 1] == "为" || c[i - 1] == "除" || c[i - 1] == "罢" { continue }
            return true
        }
        return false
    }

    /// The first quantity that is not a date or a year: number, optional 万/亿, unit.
    static func quantity(in c: Scalars) -> (value: Double, unit: String, start: Int, end: Int)? {
        var i = 0
        while i < c.count {
            guard c[i].isDigit, i == 0 || !(c[i - 1].isDigit || c[i - 1] == "." || c[i - 1].isASCIILetter) else {
                i += 1
                continue
            }
            var j = i
            while j < c.count, c[j].isDigit || (c[j] == "." && j + 1 < c.count && c[j + 1].isDigit) || (c[j] == "," && j + 3 < c.count && c[j + 1].isDigit) { j += 1 }
            let numText = String(String.UnicodeScalarView(c[i..<j].filter { $0 != "," }))
            guard var v = Double(numText) else {
                i = j
                continue
            }
            var k = j
            if k < c.count, c[k] == "万" { v *= 10_000; k += 1 } else if k < c.count, c[k] == "亿" { v *= 100_000_000; k += 1 }
            if k < c.count, timeUnits.contains(c[k]) || c[k] == "~" || c[k] == "-" || c[k] == "—" {
                i = j
                continue
            }
            if v >= 1990 && v <= 2099 && k < c.count && (c[k] == "-" || c[k] == "~") { i = j; continue }
            var u = k
            if u < c.count, c[u] == "%" || c[u] == "％" {
                u += 1
            } else if let w = multiCharUnits.first(where: { c.has($0, at: k) }) {
                u += w.count
            } else if u < c.count, c[u].isHan, c[u] != "的", c[u] != "和", c[u] != "以", c[u] != "多", c[u] != "余" {
                u += 1
            } else if u < c.count, c[u] == "多" || c[u] == "余", u + 1 < c.count, c[u + 1].isHan {
                u += 2
            }
            if u == k {
                i = j
                continue
            }
            return (v, c.sub(k, u).string, i, u)
        }
        return nil
    }

    private static let negatedAtLeast = ["不少于", "不低于", "不小于"].map { Scalars($0) }
    private static let atLeast = ["不少于", "不低于", "以上", "达到", "超过", "提高到", "提升到", "大于"].map { Scalars($0) }
    private static let atMost = ["不超过", "不高于", "以下", "以内", "控制在", "低于", "不大于", "降至", "降到"].map { Scalars($0) }

    static func target(_ text: Scalars, year: Int?) -> Target {
        var t = Target(text: text.string)
        if let q = quantity(in: text) {
            t.value = q.value
            t.unit = q.unit.isEmpty ? nil : q.unit
            if negatedAtLeast.contains(where: { text.contains($0) }) {
                t.comparator = ">="
            } else if atMost.contains(where: { text.contains($0) }) {
                t.comparator = "<="
            } else if atLeast.contains(where: { text.contains($0) }) {
                t.comparator = ">="
            } else {
                t.comparator = "="
            }
            // metric: the noun run before the comparator or number
            var m = q.start
            for w in atLeast + atMost {
                if let i = text.index(of: w), i < m { m = i }
            }
            var s = m
            while s > 0, text[s - 1].isHan || text[s - 1].isASCIILetter || text[s - 1] == "." || text[s - 1].isDigit, m - s < 12 { s -= 1 }
            var metric = text.sub(s, m)
            for w in ["确保", "实现", "要", "将", "今年", "冬季", "全年", "达到", "完成", "力争", "争取"].map({ Scalars($0) }) {
                while let i = metric.index(of: w) { metric = metric.sub(i + w.count, metric.count) }
            }
            t.metric = metric.hanCount >= 2 ? metric.string : nil
        }
        t.deadline = DeadlineExtractor.find(in: text, year: year).first?.date?.iso
        return t
    }
}
