import Foundation
import ReportModel
import TestSupport
import Testing

@testable import BriefingReader

/// Issue 12, item 3: deployed measures told apart from slogans, names and descriptions; goals
/// from statistics; time limits from campaign periods. Scored against the hand annotations in
/// `Classes/` (the same rules as `Classes/score.py`), and rule by rule on short texts.
@Suite struct ClassificationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Classes")

    struct Score {
        var tp = 0
        var predicted = 0
        var expected = 0
        var misses: [String] = []
        var precision: Double { predicted == 0 ? 1 : Double(tp) / Double(predicted) }
        var recall: Double { expected == 0 ? 1 : Double(tp) / Double(expected) }
    }

    static func norm(_ s: String) -> String {
        var t = s.filter { !$0.isWhitespace && $0 != "“" && $0 != "”" && $0 != "\"" }
        for (a, b) in [(",", "，"), (":", "："), (";", "；"), ("(", "（"), (")", "）")] { t = t.replacingOccurrences(of: a, with: b) }
        return t.trimmingCharacters(in: CharacterSet(charactersIn: "。，；"))
    }

    static func numbers(_ s: String) -> [String] {
        norm(s).matches(of: /\d+(?:\.\d+)?/).map { String($0.output) }
    }

    /// One-to-one matching, expected items in order.
    static func match<P>(_ pred: [P], _ exp: [Any], _ eq: (P, Any) -> Bool, into s: inout Score, id: String, what: String) {
        var used = Set<Int>()
        for e in exp {
            if let j = pred.indices.first(where: { !used.contains($0) && eq(pred[$0], e) }) {
                used.insert(j)
                s.tp += 1
            } else {
                s.misses.append("\(id) \(what): missed \(e)")
            }
        }
        for j in pred.indices where !used.contains(j) { s.misses.append("\(id) \(what): wrong \(pred[j])") }
        s.predicted += pred.count
        s.expected += exp.count
    }

    static func score(_ b: Briefing, _ e: [String: Any], id: String, into scores: inout [String: Score]) {
        let measureEq = { (p: DeployedMeasure, e: Any) -> Bool in
            if let list = e as? [String: Any] {
                return norm(p.text) == norm(list["name"] as? String ?? "")
                    && p.items.map(norm).sorted() == ((list["items"] as? [String]) ?? []).map(norm).sorted()
            }
            return norm(p.text) == norm(e as? String ?? "")
        }
        let goalEq = { (p: Target, e: Any) -> Bool in
            let e = e as? String ?? ""
            let ne = numbers(e)
            return ne.isEmpty ? norm(p.text).contains(norm(e)) || norm(e).contains(norm(p.text)) : ne.allSatisfy(numbers(p.text).contains)
        }
        let deadlineEq = { (p: Deadline, e: Any) -> Bool in
            let e = norm(e as? String ?? "")
            return norm(p.text).contains(e) || e.contains(norm(p.text))
        }
        let unscored = (e["unscored_goals"] as? [String]) ?? []
        let goals = b.goals.filter { g in !unscored.contains { goalEq(g, $0) } }
        match(
            b.deployedMeasures, e["deployed"] as? [Any] ?? [], measureEq, into: &scores["measures", default: Score()], id: id,
            what: "measure")
        match(goals, e["goals"] as? [Any] ?? [], goalEq, into: &scores["goals", default: Score()], id: id, what: "goal")
        match(
            b.timeLimits, e["deadlines"] as? [Any] ?? [], deadlineEq, into: &scores["deadlines", default: Score()], id: id, what: "deadline"
        )
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    static func report(_ scores: [String: Score], label: String) {
        for (k, s) in scores.sorted(by: { $0.key < $1.key }) {
            print("\(label) \(k): precision \(String(format: "%.3f", s.precision)) recall \(String(format: "%.3f", s.recall))")
            for m in s.misses { print("  \(m)") }
        }
    }

    @Test func newBriefingsMatchTheirAnnotations() throws {
        var scores: [String: Score] = [:]
        let reader = BriefingReader()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasPrefix("c") && $0.hasSuffix(".json")
        }
        #expect(names.count >= 5)
        for name in names.sorted() {
            let exp = try Self.json(Self.folder.appendingPathComponent(name))
            let txt = Self.folder.appendingPathComponent(String(name.dropLast(5)) + ".txt")
            let got = try reader.read(Data(contentsOf: txt), file: "Classes/" + txt.lastPathComponent).briefings
            let items = exp["briefings"] as? [[String: Any]] ?? []
            #expect(got.count == items.count, "\(name)")
            for (b, e) in zip(got, items) { Self.score(b, e, id: b.id, into: &scores) }
        }
        Self.report(scores, label: "Classes")
        for (k, s) in scores {
            #expect(s.precision >= 0.95 && s.recall >= 0.95, "\(k): \(s.misses)")
        }
    }

    @Test(SharedFolder.needs("seeds")) func seedsMatchTheirAnnotations() throws {
        let seeds = try SharedFolder.require("seeds")
        let exp = try Self.json(Self.folder.appendingPathComponent("seeds.json"))
        var scores: [String: Score] = [:]
        let reader = BriefingReader()
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var seen = 0
        for f in files {
            for b in try reader.read(Data(contentsOf: seeds.appendingPathComponent(f)), file: "seeds/" + f).briefings {
                guard let e = exp[b.id] as? [String: Any] else { continue }
                seen += 1
                Self.score(b, e, id: b.id, into: &scores)
            }
        }
        #expect(seen == exp.count)
        Self.report(scores, label: "seeds")
        for (k, s) in scores {
            #expect(s.precision >= 0.95 && s.recall >= 0.95, "\(k): \(s.misses)")
        }
    }

    static func item(_ text: String) throws -> Briefing {
        try #require(BriefingReader(fallbackYear: 2018).read(text: text, file: "t.txt").briefings.first)
    }

    @Test func slogansNamesDescriptionsAndGoalsAreNotDeployed() throws {
        let b = try Self.item(
            "11月5日，某县召开“冬防”工作会议。会议要求，树立“一盘棋”思想，营造“同呼吸、共奋斗”的氛围，“蓝天白云”是百姓所盼；"
                + "对“散乱污”企业实行“一厂一策”，实现“双清零”目标，把治污作为“一把手”工程，严格落实“封土令”。")
        let kinds = Dictionary(uniqueKeysWithValues: zip(b.measures, b.measureKinds))
        #expect(kinds["冬防"] == .name)
        #expect(kinds["一盘棋"] == .slogan)
        #expect(kinds["同呼吸、共奋斗"] == .slogan)
        #expect(kinds["蓝天白云"] == .slogan)
        #expect(kinds["散乱污"] == .description)
        #expect(kinds["双清零"] == .goal)
        #expect(kinds["一把手"] == .name)
        #expect(b.deployedMeasures.map(\.text) == ["一厂一策", "封土令"])
    }

    @Test func measuresReportedAsDoneAndRunsOfSlogansAreNotDeployed() throws {
        let b = try Self.item(
            "11月5日，某县召开推进会。今年以来，全县累计完成“煤改电”改造8600户，靠的是“5+2”“白+黑”的拼搏和“早出门”“晚回家”的干劲。"
                + "会议要求，继续推进“煤改气”，全面推行“河长制”。")
        let kinds = Dictionary(uniqueKeysWithValues: zip(b.measures, b.measureKinds))
        #expect(kinds["煤改电"] == .reported)
        #expect(kinds["5+2"] == .slogan && kinds["白+黑"] == .slogan)
        // what follows a run of adjacent quotes decides for each of them
        #expect(kinds["早出门"] == .slogan && kinds["晚回家"] == .slogan)
        #expect(b.deployedMeasures.map(\.text) == ["煤改气", "河长制"])
    }

    @Test func metaphorsRegionsAndVerseAreNoQuotedMeasures() throws {
        let b = try Self.item(
            "11月5日，某县召开大气污染防治会议。会议要求，要拿出“绣花功夫”，征集“金点子”，融入“京津冀”协同治理，"
                + "作为“2+26”城市要带头，“不畏浮云遮望眼，自缘身在最高层”，推行“双随机、一公开”。")
        #expect(b.measures == ["双随机、一公开"])
    }

    @Test func partsOfALongerMeasureAreCountedOnce() throws {
        let b = try Self.item(
            "5月18日，某市召开会议。会议要求落实“压煤、抑尘、控车、除味、增绿”五大措施，打好“压煤、抑尘、控车、除味”四大攻坚战，"
                + "打好“压煤”攻坚战，打好“抑尘”攻坚战，落实“党政同责、一岗双责”和“党政同责”。")
        #expect(b.deployedMeasures.map(\.text) == ["压煤、抑尘、控车、除味、增绿", "压煤、抑尘、控车、除味", "党政同责、一岗双责"])
        #expect(b.deployedMeasures.first?.items == ["压煤", "抑尘", "控车", "除味", "增绿"])
    }

    @Test func aListOfTenIsOneMeasureWithAllTen() throws {
        let names = ["燃煤", "散煤", "工业", "机动车", "扬尘", "油烟", "秸秆", "烟花", "执法", "监测"].map { $0 + "整治专项行动" }
        let body = names.map { $0 + "，抓好落实" }.joined(separator: "；")
        let b = try Self.item("6月5日，某市召开会议。会议要求，打好十大专项行动，即：\(body)。")
        #expect(b.deployedMeasures == [DeployedMeasure(text: "十大专项行动", items: names)])
        // nine of ten written out: no list is claimed
        let nine = names.prefix(9).map { $0 + "，抓好落实" }.joined(separator: "；")
        #expect(try Self.item("6月5日，某市召开会议。会议要求，打好十大专项行动，即：\(nine)。").deployedMeasures.isEmpty)
    }

    @Test func aCountedMeasureTakesTheItemsWrittenAfterIt() throws {
        let b = try Self.item(
            "11月5日，某县召开会议。会议要求，严格落实“三个一律”，即：超标排放企业一律停产整治；无证经营企业一律关停取缔；屡查屡犯企业一律从严处罚。")
        #expect(b.deployedMeasures.first?.items == ["超标排放企业一律停产整治", "无证经营企业一律关停取缔", "屡查屡犯企业一律从严处罚"])
        // its span runs from the name through the last item
        let o = try #require(b.spans.deployedMeasures.first?.textOffsets)
        let text = Array(b.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[o[0]..<o[1]])).hasSuffix("屡查屡犯企业一律从严处罚"))
    }

    @Test func statisticsBesideGoalsAreNoGoals() throws {
        let b = try Self.item(
            "11月20日，某区召开推进会。会议通报，全区梳理形成15类共计420个治理项目，计划在两年内完成。"
                + "会议要求，年底前确保完成“煤改气”改造1.5万户。")
        #expect(b.targets.map(\.kind) == [.statistic, .goal])
        #expect(b.goals.map(\.value) == [15_000])
    }

    @Test func aTimeLimitInItsClauseMakesAComparisonAGoal() throws {
        let b = try Self.item("11月4日，某市召开会议。董晓宇强调，二要精准施策，12月底前全市PM2.5平均浓度同比下降6%。今年1至10月，PM10浓度同比下降5%。")
        #expect(b.goals.map(\.value) == [6])
    }

    @Test func attendanceCountsAreNoTargets() throws {
        let b = try Self.item(
            "11月5日上午，某县召开大气污染防治工作会议，各乡镇主要负责同志等150余人出席会议。与会人员达到180人，近600人在分会场收听收看。"
                + "会议要求，确保年底前完成“煤改气”改造3000户。")
        #expect(b.targets.map(\.value) == [3000])
    }

    @Test func limitsAroundADateAMonthAloneAndALimitBeforeTheDate() throws {
        let b = try Self.item(
            "12月3日，某市召开部署会。会议要求，在12月15日前后开展联合检查，5月前完成锅炉改造，限期至12月20日完成整改。")
        #expect(b.deadlines.map(\.text) == ["5月前", "12月20日"])
        // 5月前 is read both as before May and by the end of May: no date is guessed
        #expect(b.deadlines.map(\.date) == [nil, "2018-12-20"])
    }

    @Test func periodsAreNoDeadlinesAndADeadlineComesOnce() throws {
        let b = try Self.item(
            "12月3日，某市召开部署会。专项行动从即日起至2019年3月15日结束。各乡镇要在12月10日前完成排查；年底前完成拆除；"
                + "在12月31日前完成备案；自11月15日起至2019年3月15日止实行错峰生产；到2019年底，PM2.5浓度控制在55微克/立方米以内。")
        #expect(b.deadlines.filter { $0.kind == .period }.map(\.text) == ["从即日起至2019年3月15日结束", "自11月15日起至2019年3月15日止"])
        #expect(b.timeLimits.map(\.date) == ["2018-12-10", "2018-12-31", "2019-12-31"])
        #expect(b.deadlines.filter { $0.kind == .deadline }.count == 3)
    }
}
