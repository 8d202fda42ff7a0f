import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The pieces that made the fact extractors cheaper (issue 14) give what the rules asked before:
/// tests in place on a range against the copy they replace, one scan for a list against a scan per
/// word, the verb of a listed goal looked for at its 、 against a test at every character.
@Suite struct ExtractCostTests {
    /// The clauses of the Genre corpus's texts, to compare a rule on each.
    static let corpusTexts: [Scalars] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Genre")
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.compactMap {
            (try? String(contentsOf: $0, encoding: .utf8)).map { Scalars($0) }
        }
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpusTexts.count >= 40)
    }

    /// Sentences without a goal word are passed over by `TargetExtractor.extract` without their
    /// clauses classified: the targets are those found with every sentence classified, on the
    /// corpus and on sentences of each kind of target (a goal with a number, a plan, a deadline
    /// with a strong cue alone, a restated goal) and of none (a statistic, a date).
    @Test func cuelessSentencesPassedGiveTheSameTargets() {
        let made = [
            "确保11月10日前全部取缔。全市共出动1150人次，检查企业37家。",
            "提炼形成35类共计1693个重点项目，计划在今明两年内完成；出动1150人次。",
            "到2020年，达标天数要达到80%以上，也就是292天，目前我们与这个目标还差59天。",
            "11月3日上午，县委召开会议。2018年底前，全市PM2.5平均浓度同比下降10%以上。",
            "今年以来，取得了明显成效：一是…；二是完成“双代”改造1.8万户。截至11月底，共检查412次。",
        ].map { Scalars($0) }
        var passed = 0
        let extractor = TargetExtractor()
        for t in Self.corpusTexts + made {
            let classifyingAll = extractor.extract(t, year: 2018, passingCuelessSentences: false)
            #expect(extractor.extract(t, year: 2018) == classifyingAll, "\(Scalars(t.prefix(40)).string)")
            var split = TargetExtractor.SentenceClauses()
            split.read(t)
            let cues = TargetExtractor.sentenceCues
            passed += split.sentences.filter { $0.hasDigit && !cues.occurs(in: t, from: $0.start, to: $0.end) }.count
        }
        // the pass is taken: sentences with a digit and no goal word
        #expect(passed > 100)
    }

    @Test func rangeTestsStayInTheirRange() {
        let t = Scalars("截至11月底，今年以来")
        #expect(t.has(Scalars("截至"), at: 0, before: 2))
        #expect(!t.has(Scalars("截至"), at: 0, before: 1))
        #expect(t.has(Scalars("以来"), at: 9, before: 11))
        #expect(!t.has(Scalars("以来"), at: 9, before: 10))
        #expect(t.has(Scalars("来"), at: 10, before: 12))
        #expect(!t.has(Scalars("来以"), at: 10, before: 12))  // past the text
        #expect(t.has(Scalars("以来"), endingAt: 11, after: 9))
        #expect(!t.has(Scalars("以来"), endingAt: 11, after: 10))
        #expect(!t.has(Scalars("截至"), endingAt: 1, after: 0))
        #expect(!t.has(Scalars("以来"), endingAt: 9, after: 0))
    }

    @Test func firstOccurrenceIsTheFirstOfAnyWord() {
        let list = WordList(["召开", "举行", "举办"])
        for t in Self.corpusTexts.prefix(30) {
            for from in [-3, 0, 17, t.count / 2, t.count - 1, t.count] {
                let perWord = list.words.compactMap { t.index(of: $0, from: from) }.min()
                #expect(list.firstOccurrence(in: t, from: from) == perWord)
            }
        }
        #expect(list.firstOccurrence(in: Scalars("会议召"), from: 0) == nil)  // cut off at the end
        #expect(list.firstOccurrence(in: Scalars("召开"), from: 1) == nil)
    }

    @Test func forEachMatchGivesEveryWordAtThePlace() {
        let list = WordList(["大气", "大气污染", "污染", "大"])
        var found: [String] = []
        list.forEachMatch(Scalars("大气污染防治"), at: 0) { found.append(list.words[$0].string) }
        #expect(found == ["大气污染", "大气", "大"])
        found = []
        list.forEachMatch(Scalars("大气污染防治"), at: 1) { found.append(list.words[$0].string) }
        #expect(found.isEmpty)
    }

    /// `opensStatistics` on a range of a text is what it was on the clause copied out.
    @Test func opensStatisticsInPlace() {
        #expect(TargetExtractor.opensStatistics(Scalars("截至11月15日")))
        #expect(TargetExtractor.opensStatistics(Scalars("今年以来")))
        #expect(TargetExtractor.opensStatistics(Scalars("今年1至9月")))
        #expect(TargetExtractor.opensStatistics(Scalars("1-10月份")))
        #expect(!TargetExtractor.opensStatistics(Scalars("全市1-10月份")))
        #expect(!TargetExtractor.opensStatistics(Scalars("今年")))
        #expect(!TargetExtractor.opensStatistics(Scalars("月份")))
        let t = Scalars("会议指出，今年1至9月，全市空气质量")
        #expect(TargetExtractor.opensStatistics(t, 5, 11))
        #expect(!TargetExtractor.opensStatistics(t, 5, 10))  // 今年1至9: no 月
        #expect(!TargetExtractor.opensStatistics(t, 0, 4))
        var opening = 0
        Self.forEachClause(of: Self.corpusTexts) { text, a, b in
            let inPlace = TargetExtractor.opensStatistics(text, a, b)
            #expect(inPlace == Self.opensStatisticsCopied(text.sub(a, b)))
            if inPlace { opening += 1 }
        }
        #expect(opening > 0)
    }

    /// `isTimeLimit` on a range of a text is what it was on the clause copied out.
    @Test func isTimeLimitInPlace() {
        #expect(TargetExtractor.isTimeLimit(Scalars("明确到2019年3月底")))
        #expect(TargetExtractor.isTimeLimit(Scalars("到2020年")))
        #expect(!TargetExtractor.isTimeLimit(Scalars("到年底")))  // no number
        #expect(!TargetExtractor.isTimeLimit(Scalars("1到2020年")))  // 到 after a digit
        #expect(!TargetExtractor.isTimeLimit(Scalars("到")))
        let t = Scalars("会议明确到2019年3月底前")
        #expect(TargetExtractor.isTimeLimit(t, 2, 13))
        #expect(!TargetExtractor.isTimeLimit(t, 2, 14))  // …底前
        #expect(!TargetExtractor.isTimeLimit(t, 5, 13))  // no 到
        // the corpus rarely ends a clause in its limit: a few sentences that do
        let made = ["近日，县政府印发《方案》，明确到2019年3月底，全县PM2.5浓度下降3%。", "到2020年，全市PM2.5浓度控制在55微克以下。", "力争到2018年底，完成改造1万户。"]
        var limits = 0
        Self.forEachClause(of: Self.corpusTexts + made.map { Scalars($0) }) { text, a, b in
            let inPlace = TargetExtractor.isTimeLimit(text, a, b)
            #expect(inPlace == Self.isTimeLimitCopied(text.sub(a, b)))
            if inPlace { limits += 1 }
        }
        #expect(limits > 0)
    }

    /// Every clause of every sentence of `texts`, as the target extractor cuts them.
    static func forEachClause(of texts: [Scalars], _ body: (Scalars, Int, Int) -> Void) {
        for text in texts {
            for (s, e) in TargetExtractor.sentences(text) {
                for (a, b) in TargetExtractor.clauses(text, s, e) { body(text, a, b) }
            }
        }
    }

    static func isTimeLimitCopied(_ c: Scalars) -> Bool {
        guard c.count <= 16, let i = c.index(of: [Lexicon.Prep.until]), i == 0 || !c[i - 1].isDigit else { return false }
        let rest = c.sub(i + 1, c.count)
        return rest.contains(where: { $0.isDigit })
            && (Lexicon.CalendarWord.ends.contains { rest.hasSuffix($0) } || rest.hasSuffix([Lexicon.DateMark.year])
                || rest.hasSuffix([Lexicon.DateMark.month]))
    }

    @Test func wordAtAPlaceEndsInItsRange() {
        let list = WordList(["截至", "截至目前", "今年以来"])
        let t = Scalars("截至目前，")
        #expect(list.occurs(in: t, at: 0, before: 4))
        #expect(list.occurs(in: t, at: 0, before: 2))  // 截至 fits where 截至目前 does not
        #expect(!list.occurs(in: t, at: 0, before: 1))
        #expect(!list.occurs(in: t, at: 1, before: 5))
        #expect(!list.occurs(in: t, at: 5, before: 5))
    }

    /// The rule as it was written on a copy of the clause.
    static func opensStatisticsCopied(_ c: Scalars) -> Bool {
        let openers = Words.list("target-statistic-openers").map { Scalars($0) }
        if openers.contains(where: { c.hasPrefix($0) }) || c.hasSuffix(Lexicon.CalendarWord.since) { return true }
        var d = c
        let thisYear = Lexicon.CalendarWord.thisYear
        if d.hasPrefix(thisYear) { d = d.sub(thisYear.count, d.count) }
        if d.hasSuffix([Lexicon.DateMark.monthSuffix]) { d.removeLast() }
        guard d.count <= 8, d.last == Lexicon.DateMark.month, d.first?.isDigit == true else { return false }
        return d.contains { $0 == Lexicon.Prep.untilFormal || $0 == "-" || $0 == "—" || $0 == "~" || $0 == Lexicon.Prep.until }
    }

    @Test func listedGoalsSplitClauses() {
        let t = Scalars("完成燃煤锅炉拆改120台、淘汰黄标车3500辆")
        #expect(TargetExtractor.clauses(t, 0, t.count).count == 2)
        // no verb before the 、: one clause
        let u = Scalars("10蒸吨以上、35蒸吨以下锅炉")
        #expect(TargetExtractor.clauses(u, 0, u.count).count == 1)
        // a comparator only counts before the number
        #expect(TargetExtractor.hasListedVerb(Scalars("每日机扫不少于2遍、"), from: 0, through: 9))
        #expect(!TargetExtractor.hasListedVerb(Scalars("锅炉2台不少于、"), from: 0, through: 7))
    }

    /// Clauses split as when the verb was looked for at every character, on every sentence of the corpus.
    @Test func clausesAsTheyWere() {
        var listed = 0
        for text in Self.corpusTexts {
            for (s, e) in TargetExtractor.sentences(text) {
                let now = TargetExtractor.clauses(text, s, e)
                let before = Self.clausesEager(text, s, e)
                #expect(now.map { [$0.0, $0.1] } == before.map { [$0.0, $0.1] })
                listed += now.count(where: { $0.1 < e && text[$0.1] == "、" })
            }
        }
        #expect(listed > 0, "the corpus has goals listed with a 、")
    }

    /// The clause splitter as it was: the goal verb tested at every character.
    static func clausesEager(_ t: Scalars, _ s: Int, _ e: Int) -> [(Int, Int)] {
        let goalVerbs = WordList(Words.list("target-listed-goal-verbs"))
        let comparators = WordList(
            (Words.list("target-at-least") + Words.list("target-at-most")).filter { !Words.list("target-bound-words").contains($0) })
        var out: [(Int, Int)] = []
        var a = s
        var inQuote = false
        var digitSince = false
        var verbSince = false
        for i in s..<e {
            let c = t[i]
            if c == "“" { inQuote.toggle() } else if c == "”" { inQuote = false }
            if c.isDigit { digitSince = true }
            if !verbSince, goalVerbs.match(t, at: i) != nil || (!digitSince && comparators.match(t, at: i) != nil) { verbSince = true }
            let listed =
                c == "、" && digitSince && verbSince && i > s && !t[i - 1].isDigit && !inQuote
                && (goalVerbs.match(t, at: i + 1) != nil || TargetExtractor.isListedGoal(t, from: i + 1, to: e))
            if !inQuote, c == "，" || c == "," || c == "：" || c == ":" || listed {
                if i > a { out.append((a, i)) }
                a = i + 1
                digitSince = false
                verbSince = false
            }
        }
        if e > a { out.append((a, e)) }
        return out
    }

    /// `afterOpeners`, which skips to each quote opener, finds what a test of every character but
    /// the last finds: on every text of the corpus and its prefixes, and at the edges.
    @Test func afterOpenersAsTheyWere() {
        func eager(_ t: Scalars) -> [Int] { t.indices.dropLast().filter { "“「『\"".unicodeScalars.contains(t[$0]) }.map { $0 + 1 } }
        var found = 0
        for t in Self.corpusTexts {
            for n in [t.count, t.count - 1, 17, 40] where n >= 0 && n <= t.count {
                let p = Scalars(t.prefix(n))
                #expect(MeasureClassifier.afterOpeners(in: p) == eager(p))
            }
            found += eager(t).count
        }
        #expect(found > 0)
        for text in ["", "“", "“a", "a“", "\"x\"“", String(repeating: "字", count: 31) + "『" + String(repeating: "字", count: 16) + "「"] {
            #expect(MeasureClassifier.afterOpeners(in: Scalars(text)) == eager(Scalars(text)), "\(text)")
        }
    }

    /// A clause with no character of `DeadlineExtractor.limitChars` holds no time limit, so
    /// `classify` does not ask `find` of it: on every clause of the corpus, and on limits of each kind.
    @Test func limitsNeedALimitCharacter() {
        let limitChars = DeadlineExtractor.limitChars
        var limits = 0
        Self.forEachClause(of: Self.corpusTexts) { t, a, b in
            let c = t.sub(a, b)
            guard !DeadlineExtractor.find(in: c, year: nil).isEmpty else { return }
            limits += 1
            #expect(c.contains(where: { limitChars.contains($0) }), "\(c.string)")
        }
        #expect(limits > 0)
        // a suffix (前), 到 before an end (到2019年底), a limit prefix (最迟于…), a period's end (起至…)
        for text in ["6月底前完成", "到2019年底", "最迟于12月20日完成整改", "即日起至明年3月15日"] {
            #expect(!DeadlineExtractor.find(in: Scalars(text), year: 2019).isEmpty, "\(text)")
            #expect(Scalars(text).contains(where: { limitChars.contains($0) }), "\(text)")
        }
        #expect(!limitChars.contains("年") && !limitChars.contains("月"))
    }

    /// A number that names no year or month opens no time limit: `find` asks `deadline` of no other.
    @Test func onlyYearsAndMonthsOpenDeadlines() {
        let numerals = ChineseNumber.numerals
        var opened = 0
        for text in Self.corpusTexts {
            for i in text.indices where text[i].isDigit || numerals.contains(text[i]) {
                let names = DeadlineExtractor.namesYearOrMonth(text, at: i, year: Lexicon.DateMark.year, month: Lexicon.DateMark.month)
                let found = DeadlineExtractor.deadline(text, at: i, year: 2019)
                #expect(names || found == nil)
                if found != nil { opened += 1 }
            }
        }
        #expect(opened > 0)
        let t = Scalars("2019年底前，6月底前，十二月十日前，3个月内")
        #expect(DeadlineExtractor.namesYearOrMonth(t, at: 0, year: "年", month: "月"))
        #expect(DeadlineExtractor.namesYearOrMonth(t, at: 8, year: "年", month: "月"))
        #expect(DeadlineExtractor.namesYearOrMonth(t, at: 13, year: "年", month: "月"))
        #expect(!DeadlineExtractor.namesYearOrMonth(t, at: 16, year: "年", month: "月"))  // 十日前
        #expect(DeadlineExtractor.namesYearOrMonth(t, at: 20, year: "年", month: "月"))  // 3个月: a month, not a limit
        #expect(DeadlineExtractor.find(in: t, year: 2019).count == 3)
    }

    /// A number's value is what `Double` reads of its text, whether read here or parsed.
    @Test func numberIsWhatDoubleReads() {
        let texts = [
            "0", "7", "0012", "2019", "123456789012345", "1234567890123456", "99999999999999999999", "1.5", "0.1", "35.50",
            "１２", "1.2.3", "", ".",
        ]
        for text in texts {
            let v = TargetExtractor.number(Scalars(text))
            #expect(v == Double(text), "\(text)")
            if let v, let d = Double(text) { #expect(v.bitPattern == d.bitPattern, "\(text)") }
        }
        #expect(TargetExtractor.quantity(in: Scalars("完成改造1,800户"))?.value == 1800)
        #expect(TargetExtractor.quantity(in: Scalars("下降3.5%"))?.value == 3.5)
        #expect(TargetExtractor.quantity(in: Scalars("共１２台")) == nil)  // full-width: not read as a number
    }

    /// A number with no 年, 月 or separator within five characters after it starts no date.
    @Test func datesNeedAMarkAfterTheirFirstNumber() {
        let numerals = ChineseNumber.numerals
        var dates = 0
        for text in Self.corpusTexts {
            for i in text.indices where text[i].isDigit || numerals.contains(text[i]) {
                let found = DateExtractor.mention(text, at: i)
                #expect(DateExtractor.markFollows(text, at: i) || found == nil)
                if found != nil { dates += 1 }
            }
        }
        #expect(dates > 0)
        let t = Scalars("二〇一九年十一月五日，2019-05-19，进一步统一3个")
        #expect(DateExtractor.markFollows(t, at: 0))  // 年 after four numerals
        #expect(DateExtractor.markFollows(t, at: 11))  // 2019-
        #expect(!DateExtractor.markFollows(t, at: 23) && !DateExtractor.markFollows(t, at: 26))  // 一步统一3个, 一3个
        #expect(DateExtractor.mentions(in: t).map(\.text) == ["二〇一九年十一月五日", "2019-05-19"])
    }

    /// The item's own years are scanned for only when no 发布日期 decides the year.
    @Test func itemYearsAskedOnlyWithoutAPublishDate() {
        var asked = 0
        func clues() -> [YearClue] {
            asked += 1
            return [.single(2018)]
        }
        let published = DateExtractor.Context(published: CivilDate(year: 2017, month: 5, day: 19))
        #expect(DateExtractor.inferYear(month: 11, itemClues: clues(), context: published) == 2016)
        #expect(asked == 0)
        #expect(DateExtractor.inferYear(month: 11, itemClues: clues(), context: DateExtractor.Context()) == 2018)
        #expect(asked == 1)
    }

    @Test func longestRoleIsTheFirstLongest() {
        let roles: [(Scalars, String)] = [(Scalars("讲话"), "讲话"), (Scalars("书面讲话"), "书面讲话"), (Scalars("书面"), "x"), (Scalars("书记"), "y")]
        let t = Scalars("作书面讲话")
        #expect(PeopleExtractor.longestRole(roles, in: t, at: 1)?.1 == "书面讲话")
        #expect(PeopleExtractor.longestRole(roles, in: t, at: 3)?.1 == "讲话")
        #expect(PeopleExtractor.longestRole(roles, in: t, at: 0) == nil)
        let same: [(Scalars, String)] = [(Scalars("主持"), "a"), (Scalars("主持"), "b")]
        #expect(PeopleExtractor.longestRole(same, in: Scalars("主持会议"), at: 0)?.1 == "a")
    }

    /// A name's first character shares its filter bit with 64 others: the set decides.
    @Test func nameIndexFilterIsOnlyAFilter() {
        let names = PeopleExtractor.NameIndex([Scalars("王海"), Scalars("刘涛")])
        #expect(names.occurs(in: Scalars("王海出席"), at: 0))
        #expect(!names.occurs(in: Scalars("王涛出席"), at: 0))
        let sameBit = Unicode.Scalar(Scalars("王")[0].value + 64)!
        #expect(!names.occurs(in: [sameBit, Scalars("海")[0]], at: 0))
        #expect(!names.occurs(in: Scalars("王海"), at: 2))
    }

    @Test func nonSpacesCountsUpToTheLimit() {
        let t = Scalars("”向 “")
        #expect(MeasureExtractor.nonSpaces(t, from: 1, to: 3, atMost: 1))
        #expect(!MeasureExtractor.nonSpaces(Scalars("ab c d e"), from: 0, to: 8, atMost: 4))
        #expect(MeasureExtractor.nonSpaces(Scalars("ab c d"), from: 0, to: 6, atMost: 4))
        #expect(MeasureExtractor.nonSpaces(t, from: 3, to: 1, atMost: 0))  // an empty range
    }
}

/// An item's metadata lines found by a binary search are those the filter over every line found.
@Suite struct MetadataLinesTests {
    static func line(_ n: Int, _ text: String) -> Paragraph { Paragraph(first: n, last: n, text: Scalars(text)) }

    @Test func sameAsFilteringEveryLine() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            // in line order as the screen appends them, and (every third round) shuffled
            var lines = (0..<Int.random(in: 0...12, using: &generator)).map { k in
                Self.line(Int.random(in: 1...30, using: &generator), "来源：\(round)-\(k)")
            }
            if round % 3 == 0 { lines.shuffle(using: &generator) } else { lines.sort { $0.first < $1.first } }
            let index = MetadataLines(lines)
            for first in 0...31 {
                for last in (first - 2)...32 {
                    let filtered = lines.filter { $0.first >= first && $0.first <= last }
                    #expect(index.from(first, through: last) == filtered)
                }
            }
        }
    }

    @Test func reversedRangeHasNone() {
        let index = MetadataLines([Self.line(3, "来源：a"), Self.line(5, "发布时间：2020-11-05")])
        #expect(index.from(5, through: 3).isEmpty)
        #expect(index.from(3, through: 3).map(\.string) == ["来源：a"])
        #expect(index.from(4, through: 9).map(\.string) == ["发布时间：2020-11-05"])
    }
}
