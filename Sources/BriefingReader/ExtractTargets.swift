import ReportModel

/// Step 4g: quantified goals. A clause with a quantity (not a date) and a goal word (确保, 实现,
/// 完成, 不少于, 以上, 控制在 …) is a target, unless it reports the past (已, 累计, 出动 …);
/// neighbouring clauses that carry its time limit or restate it (到2020年, 也就是…) join it.
struct TargetExtractor: Sendable {
    private static let cues = WordList(Words.list("target-cues"))
    /// `cues`, for the test of a whole sentence: a sentence without one holds no target only while
    /// every strong cue is a cue (`extract`).
    static let sentenceCues: WordList = {
        precondition(
            Words.list("target-strong-cues").allSatisfy { cues.holds(Scalars($0)) },
            "target-strong-cues: a word that is not in target-cues (a sentence without a cue is passed over)")
        return cues
    }()
    private static let pastMarkers = WordList(Words.list("target-past-markers"))
    /// Statistic words that a 确保/力争 overrides (确保PM2.5浓度同比下降10%).
    private static let weakPastMarkers = WordList(Words.list("target-weak-past-markers"))
    /// 要同比下降5%: a statistic word under a modal is a goal.
    private static let modalGoal = WordList(Words.list("target-modal-goals"))
    private static let strongCues = WordList(Words.list("target-strong-cues"))
    /// (Asked at every clause's start: a list's first-character test, not a comparison with each word.)
    private static let comparedWithLastYear = WordList(Words.list("target-compared-with-last-year"))
    private static let timeUnits = Lexicon.scalarSet(Words.characters("target-time-units"))
    private static let multiCharUnits = Words.list("target-units").map { Scalars($0) }
    /// Their first characters: the units are compared only after a number that one of them can follow.
    private static let multiCharUnitFirsts = ScalarSet(multiCharUnits.compactMap(\.first))
    private static let meetingWords = WordList(Words.list("target-meeting-words"))
    private static let followers = Words.list("target-followers").map { Scalars($0) }
    /// 到, 至, 力争到: a clause opened by one and ending in a year says only when.
    private static let timeOpeners = Words.list("target-time-openers").map { Scalars($0) }
    /// 为, 除, 罢 before 了 (为了, 除了, 罢了): no perfective.
    private static let notPerfectiveBeforeLe = Lexicon.scalarSet(Words.characters("not-perfective-before-le"))
    /// 万, 亿 after a number, and what they multiply it by.
    private static let largeNumberUnits: [(unit: Unicode.Scalar, value: Double)] = Words.pairs("large-number-units").map { unit, value in
        guard unit.unicodeScalars.count == 1, let u = unit.unicodeScalars.first, let v = Double(value) else {
            preconditionFailure("Words/large-number-units.txt: '\(unit) = \(value)' is not 'character = number'")
        }
        return (u, v)
    }

    struct Clause {
        var start: Int
        var end: Int
        var hasQuantity: Bool
        var hasCue: Bool
        var past: Bool
        var deadline: Bool
        /// Past only by a statistic word (同比, 截至 …) that a time limit earlier in the sentence overrides.
        var weakPast = false
        /// Nothing but a time limit (`12月底前`, `2018年底前`).
        var onlyDeadline = false
    }

    /// Words that open a sentence of statistics: `截至11月底，…`, `今年以来，…`.
    private static let statisticOpeners = WordList(Words.list("target-statistic-openers"))
    /// Restatements that stay with the goal before them even when they name their own number.
    private static let restatements = Words.list("target-restatements").map { Scalars($0) }

    /// `passingCuelessSentences`: sentences without a goal word are not classified (false only
    /// in the test that holds the pass to classifying them).
    func extract(_ t: Scalars, year: Int?, passingCuelessSentences: Bool = true) -> [Target] {
        var out: [Target] = []
        // 今年以来，…取得了明显成效：一是…；二是…完成“双代”改造1.8万户。: a report's list goes on
        // after the ；, to the end of the sentence
        var reporting = false
        let digitsOrEnds = Self.digitsOrEnds  // read once, not per sentence
        // the lists asked of each clause, read once an item (each read of a static is a `swift_once`)
        let strongCues = Self.strongCues
        let goalPeriods = Self.goalPeriods
        let comparedWithLastYear = Self.comparedWithLastYear
        let followers = Self.followers
        let cues = Self.sentenceCues
        // the sentences and their clauses in one pass, into buffers kept for the item (a pass for
        // the sentences, one for each sentence's clauses and two arrays a sentence were ~10 % of it)
        var split = SentenceClauses()
        split.read(t)
        var cl: [Clause] = []
        cl.reserveCapacity(16)
        for sentence in split.sentences {
            let s = sentence.start
            let e = sentence.end
            let ranges = split.clauses[sentence.clauses]
            // 截至11月15日，全市共完成…; 会议指出，今年以来，…; 今年1至9月，…: the rest of the sentence reports
            // a “sentence” of punctuation only has no clause and leaves the report as it was
            if ranges.isEmpty { continue }
            // a sentence without a digit or a 底/末 has no clause with a quantity or a time limit, and
            // one without a goal word (确保, 完成, 以上 …) no clause a target or a plan needs (a cue in
            // it, or a strong cue: each is a cue), so no target: only whether a report goes on past
            // it is read (its clauses are not classified: many sentences with a date hold no goal word)
            let noQuantity = !sentence.hasDigit && digitsOrEnds.firstMember(in: t, from: s, to: e) == e
            if noQuantity || (passingCuelessSentences && !cues.occurs(in: t, from: s, to: e)) {
                // (only a sentence that a ； ends passes a report on: its opener is looked for only then)
                let listGoesOn = e < t.count && (t[e] == "；" || t[e] == ";")
                guard listGoesOn else {
                    reporting = false
                    continue
                }
                // (`ranges` is a slice of the item's clauses: its first index is not 0)
                let opener =
                    reporting ? ranges.startIndex : ranges.indices.first(where: { Self.opensStatistics(t, ranges[$0].0, ranges[$0].1) })
                reporting = opener.map { o in t.sub(ranges[o].0, e).contains(where: { $0 == "：" || $0 == ":" }) || reporting } == true
                continue
            }
            cl.removeAll(keepingCapacity: true)
            for r in ranges { cl.append(Self.classify(t, r.0, r.1)) }
            let opener = reporting ? 0 : cl.indices.first(where: { Self.opensStatistics(t, cl[$0].start, cl[$0].end) })
            if let o = opener {
                for k in o..<cl.count where !strongCues.occurs(in: t, from: cl[k].start, to: cl[k].end) {
                    cl[k].past = true
                    cl[k].weakPast = false
                }
            }
            let listGoesOn = e < t.count && (t[e] == "；" || t[e] == ";")
            reporting =
                listGoesOn && opener.map { o in t.sub(cl[o].start, e).contains(where: { $0 == "：" || $0 == ":" }) || reporting } == true
            // 日前，县城管局加大…频次，…每日洒水不少于6次: a recent report, unless a limit makes it a goal
            if opener == nil, let first = cl.first,
                Self.reportOpeners.contains(where: { $0.count == first.end - first.start && t.has($0, at: first.start) })
            {
                for k in cl.indices
                where !strongCues.occurs(in: t, from: cl[k].start, to: cl[k].end)
                    && !Self.modalGoal.occurs(in: t, from: cl[k].start, to: cl[k].end)
                {
                    cl[k].past = true
                    cl[k].weakPast = true
                }
            }
            // 2018年底前，全市PM2.5平均浓度同比下降10%以上: a time limit, or a goal before it in the
            // sentence (…控制在15天以内，PM2.5平均浓度同比下降8%以上), makes a 同比 a goal
            var limited = false
            for k in cl.indices {
                // …, or in the clause itself (12月底前全市PM2.5平均浓度同比下降6%)
                // …, or a period still to come opening it (今冬明春全县PM2.5…同比下降8%以上)
                let comingPeriod = goalPeriods.occurs(in: t, at: cl[k].start, before: t.count)
                if comingPeriod { limited = true }
                if cl[k].weakPast && (limited || cl[k].deadline) { cl[k].past = false }
                if !cl[k].past && (cl[k].deadline || (cl[k].hasQuantity && cl[k].hasCue) || Self.isTimeLimit(t, cl[k].start, cl[k].end)) {
                    limited = true
                }
            }
            // a statistic compared with last year (…258天，同比增加12天) is not a goal
            for k in cl.indices where k + 1 < cl.count && comparedWithLastYear.occurs(in: t, at: cl[k + 1].start, before: t.count) {
                cl[k].past = true
            }
            var k = 0
            // the last clause a target of this sentence took
            var taken = -1
            while k < cl.count {
                let c = cl[k]
                // a dated goal without a number must say "all of it" (确保11月10日前全部取缔)
                let isTarget =
                    !c.past
                    && ((c.hasQuantity && c.hasCue)
                        || (c.deadline && strongCues.occurs(in: t, from: c.start, to: c.end)
                            && Self.totalityWords.occurs(in: t, from: c.start, to: c.end)))
                let isPlan =
                    !c.past && c.hasQuantity && !c.hasCue && k + 1 < cl.count && !cl[k + 1].past && cl[k + 1].hasCue
                    && followers.contains { t.has($0, at: cl[k + 1].start) }
                guard isTarget || isPlan else {
                    k += 1
                    continue
                }
                var a = k
                if a > 0, !cl[a - 1].hasQuantity,
                    cl[a - 1].onlyDeadline || Self.isTimePhrase(t.sub(cl[a - 1].start, cl[a - 1].end))
                        || Self.isTimeLimit(t, cl[a - 1].start, cl[a - 1].end)
                        || Self.periodClauses.holds(t.sub(cl[a - 1].start, cl[a - 1].end))
                {
                    a -= 1
                }
                var b = isPlan ? k + 1 : k
                while b + 1 < cl.count, !cl[b + 1].past, followers.contains(where: { t.has($0, at: cl[b + 1].start) }) {
                    // a clause that is a goal of its own (…2000户，确保PM2.5…55微克…以下) starts a new target
                    let next = cl[b + 1]
                    if next.hasQuantity && next.hasCue && !Self.restatements.contains(where: { t.has($0, at: next.start) }) { break }
                    // …改造35万户，确保群众温暖过冬: 确保 without a number or a date says what for
                    if !next.hasQuantity && !next.deadline && strongCues.match(t, at: next.start) != nil { break }
                    b += 1
                }
                var start = cl[a].start
                // （二）2018年底前…, 二要确保…: the list's number is no part of the goal
                if let m = RequirementExtractor.markers(in: t.sub(start, cl[b].end)).first, m.start == 0, !m.onlyContinues {
                    start += m.family == .yao ? m.textStart + 1 : m.textStart
                }
                // …印发《方案》，明确到2019年3月底，全县…: the goal is due from 到 on; the verb before it
                // says who set it (a goal cue before it, 力争到…, stays)
                if a < k, Self.isTimeLimit(t.sub(cl[a].start, cl[a].end)),
                    let i = t.sub(cl[a].start, cl[a].end).index(of: [Lexicon.Prep.until]), i > 0,
                    !Self.goalCues.occurs(in: t.sub(cl[a].start, cl[a].start + i))
                {
                    start = max(start, cl[a].start + i)
                }
                var text = t.sub(start, cl[b].end)
                // 对…通报的1819个环境问题全面进行回头看，…，确保6月底前全部整改落实到位: a goal with no
                // quantity of its own is about the nearest quantity before it in its sentence (not one
                // already in a target), which it names after a clause break
                if !c.hasQuantity, let j = cl[(taken + 1)..<a].lastIndex(where: { $0.hasQuantity && !$0.past }),
                    !Self.isStatistic(t.sub(cl[j].start, cl[j].end))
                {
                    text = t.sub(cl[j].start, cl[j].end + 1) + text
                }
                var target = Self.target(text, year: year)
                // 提炼形成…共计1693个重点项目，计划在今明两年内完成: the number reports what was compiled
                if Self.isStatistic(t.sub(c.start, c.end)) { target.kind = .statistic }
                out.append(target)
                taken = b
                k = b + 1
            }
        }
        return out
    }

    /// 今冬明春, 采暖季: a clause naming only the period a goal runs for.
    private static let periodClauses = WordList(Words.list("target-period-clauses"))
    /// (Asked at every clause's start: a list's first-character test, not a comparison with each word.)
    private static let goalPeriods = WordList(Words.list("target-goal-periods"))
    /// Compared in place with a sentence's first clause (few words: no set to hash the clause for).
    private static let reportOpeners = Words.list("target-report-openers").map { Scalars($0) }
    private static let totalityWords = WordList(Words.list("target-totality-words"))
    private static let statisticWords = WordList(Words.list("target-statistic-words"))
    private static let attendanceWords = WordList(Words.list("target-attendance-words"))
    private static let goalCues = WordList(Words.list("target-goal-cues"))

    /// The clause holding a target's number reports a figure (共计, 形成, 排查出 …) and sets no goal.
    static func isStatistic(_ c: Scalars) -> Bool {
        statisticWords.occurs(in: c) && !goalCues.occurs(in: c)
    }

    /// A clause that opens a report of figures: 截至11月15日, 今年以来, 今年1至9月, 1-10月.
    static func opensStatistics(_ c: Scalars) -> Bool { opensStatistics(c, 0, c.count) }

    /// The same of the clause `t[s..<e]` (asked of every clause: read in place, not copied).
    static func opensStatistics(_ t: Scalars, _ s: Int, _ e: Int) -> Bool {
        let m = clauseTables  // one static read, not five
        if m.statisticOpeners.occurs(in: t, at: s, before: e) || t.has(m.since, endingAt: e, after: s) {
            return true
        }
        // a span of months with nothing else: 今年1至9月, 1-10月份
        var a = s
        var b = e
        let thisYear = m.thisYear
        if t.has(thisYear, at: a, before: b) { a += thisYear.count }
        if b > a, t[b - 1] == m.monthSuffix { b -= 1 }
        guard b > a, b - a <= 8, t[b - 1] == m.month, t[a].isDigit else { return false }
        return t[a..<b].contains { $0 == Lexicon.Prep.untilFormal || $0 == "-" || $0 == "—" || $0 == "~" || $0 == Lexicon.Prep.until }
    }

    /// `明确到2019年3月底`, `到2020年`: a clause that ends in the date a goal is due.
    static func isTimeLimit(_ c: Scalars) -> Bool { isTimeLimit(c, 0, c.count) }

    /// The same of the clause `t[s..<e]` (asked of most clauses: read in place, not copied).
    static func isTimeLimit(_ t: Scalars, _ s: Int, _ e: Int) -> Bool {
        // the clause's last character first (年, 月 or an end word's last): most clauses end in none
        guard e > s, e <= t.count, timeLimitLasts.contains(t[e - 1]) else { return false }
        guard e - s <= 16, let i = t[s..<e].firstIndex(of: Lexicon.Prep.until), i == s || !t[i - 1].isDigit else { return false }
        // what follows 到
        let r = i + 1
        return t[r..<e].contains(where: { $0.isDigit })
            && (Lexicon.CalendarWord.ends.contains { t.has($0, endingAt: e, after: r) } || t[e - 1] == Lexicon.DateMark.year
                || t[e - 1] == Lexicon.DateMark.month)
    }

    /// What a time limit's last character is: 年, 月, or the last of an end word (底, 末).
    private static let timeLimitLasts: ScalarSet = {
        var set = ScalarSet(Lexicon.CalendarWord.ends.compactMap(\.last))
        set.insert(Lexicon.DateMark.year)
        set.insert(Lexicon.DateMark.month)
        return set
    }()

    /// `到2020年`, `到年底`, `今年`: a clause that only says when.
    static func isTimePhrase(_ c: Scalars) -> Bool {
        c.count <= 10 && timeOpeners.contains { c.hasPrefix($0) }
            && (c.hasSuffix([Lexicon.DateMark.year]) || c.hasSuffix(Lexicon.CalendarWord.yearEnd))
    }

    static func sentences(_ t: Scalars) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var s = 0
        // a test of every character (a range test passes most): a skip to each break cost more
        for i in t.indices where t[i].isSentenceEnd || t[i] == "\n" {
            if i > s { out.append((s, i)) }
            s = i + 1
        }
        if s < t.count { out.append((s, t.count)) }
        return out
    }

    private static let listedGoalVerbs = WordList(Words.list("target-listed-goal-verbs"))

    /// `“煤改电”改造1800户` after a 、: a goal of its own (a number and a goal verb, or a comparator
    /// before the number, before the next break).
    static func isListedGoal(_ t: Scalars, from: Int, to: Int) -> Bool {
        var digit = false
        var verb = false
        let comparators = listedComparators  // the statics read once, not per character
        let goalVerbs = listedGoalVerbs
        var i = from
        while i < to, i - from < 30, t[i] != "、", t[i] != "，", t[i] != "," {
            if t[i].isDigit { digit = true }
            if !verb, !digit, comparators.match(t, at: i) != nil { verb = true }
            if !verb, goalVerbs.match(t, at: i) != nil { verb = true }
            i += 1
        }
        return digit && verb
    }

    /// 不少于, 控制在, 达到 …: comparators written before their number (not 以上/以下 after it, which
    /// may qualify a noun: 10蒸吨以上、35蒸吨以下锅炉), so a 、 between two of them parts two goals
    /// (每日机扫不少于2遍、洒水不少于4遍).
    private static let listedComparators: WordList = {
        // the bound words read once (read for each comparator, the list file was read twenty times)
        let boundWords = Words.list("target-bound-words")
        return WordList((Words.list("target-at-least") + Words.list("target-at-most")).filter { !boundWords.contains($0) })
    }()

    /// Clauses split at commas and colons outside quotes, and at a 、 between two goals
    /// (完成燃煤锅炉拆改120台、淘汰黄标车3500辆).
    static func clauses(_ t: Scalars, _ s: Int, _ e: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        out.reserveCapacity(8)  // a sentence has a few clauses: one allocation, not one per doubling
        var a = s
        var inQuote = false
        var digitSince = false
        for i in s..<e {
            let c = t[i]
            // a CJK Unified Ideograph is none of the marks below: most characters are one
            if (0x4E00...0x9FFF).contains(c.value) { continue }
            if c == "“" { inQuote.toggle() } else if c == "”" { inQuote = false }
            if c.isDigit { digitSince = true }
            // both sides are goals: a verb and a number before the 、, a goal after it (the verb
            // looked for only here: a 、 after a number is rare, a word test at every character was not)
            let listed =
                c == "、" && digitSince && i > s && !t[i - 1].isDigit && !inQuote
                && Self.isListedBreak(t, clauseStart: a, at: i, sentenceEnd: e)
            if !inQuote, c == "，" || c == "," || c == "：" || c == ":" || listed {
                if i > a { out.append((a, i)) }
                a = i + 1
                digitSince = false
            }
        }
        if e > a { out.append((a, e)) }
        return out
    }

    /// Whether the 、 at `i` parts two goals (a number before it): a goal verb or comparator in its
    /// clause before it (from `clauseStart`), and a goal after it (before `sentenceEnd`).
    static func isListedBreak(_ t: Scalars, clauseStart: Int, at i: Int, sentenceEnd e: Int) -> Bool {
        Self.hasListedVerb(t, from: clauseStart, through: i)
            && (listedGoalVerbs.match(t, at: i + 1) != nil || Self.isListedGoal(t, from: i + 1, to: e))
    }

    /// A goal verb in `t[from...through]`, or a comparator before the first number there: what
    /// makes the part of a clause before a 、 a goal of its own.
    static func hasListedVerb(_ t: Scalars, from: Int, through: Int) -> Bool {
        let goalVerbs = listedGoalVerbs  // the statics read once, not per character
        let comparators = listedComparators
        var digit = false
        for j in from...through {
            if t[j].isDigit { digit = true }
            if goalVerbs.match(t, at: j) != nil || (!digit && comparators.match(t, at: j) != nil) { return true }
        }
        return false
    }

    /// What `extract` looks for in a sentence before it reads its clauses: a digit, 底 or 末.
    static let digitsOrEnds = ScanStarts.digits.union(Lexicon.CalendarWord.endChars)
    /// What `classify` looks for in a clause: those, 年, 月 and what a time limit needs
    /// (`DeadlineExtractor.limitChars`).
    static let clauseMarks = ScalarSet([Lexicon.DateMark.year, Lexicon.DateMark.month]).union(digitsOrEnds)
        .union(DeadlineExtractor.limitChars)

    /// What `classify` and `opensStatistics` read of every clause, fetched from one static: their
    /// reads of statics, each a `swift_once`, were 450,000 calls on 2 MB of briefings.
    private final class ClauseTables: Sendable {
        let statisticOpeners = TargetExtractor.statisticOpeners
        let since = Lexicon.CalendarWord.since
        let thisYear = Lexicon.CalendarWord.thisYear
        let monthSuffix = Lexicon.DateMark.monthSuffix
        let endChars = Lexicon.CalendarWord.endChars
        let year = Lexicon.DateMark.year
        let month = Lexicon.DateMark.month
        let limitChars = DeadlineExtractor.limitChars
        let marks = TargetExtractor.clauseMarks
        /// `marks`, the cues' and the meeting words' first characters: `classify` finds all three
        /// in one read of a clause (the cues and the meeting words had a read of every clause of their own).
        let marksOrCueFirsts = TargetExtractor.clauseMarks.union(TargetExtractor.cues.firsts).union(TargetExtractor.meetingWords.firsts)
        let meetingFirsts = TargetExtractor.meetingWords.firsts
        let cues = TargetExtractor.cues
        let meetingWords = TargetExtractor.meetingWords
    }

    private static let clauseTables = ClauseTables()

    static func classify(_ t: Scalars, _ s: Int, _ e: Int) -> Clause {
        var hasDigit = false
        var firstDigit = e  // where the clause's first digit is: `quantitySpan` starts there
        var hasEnd = false
        // 年 or 月: a clause without either has no time limit (`DeadlineExtractor.find` needs one)
        var hasDateMark = false
        // a character a time limit needs: without one `DeadlineExtractor.find` finds none
        var hasLimitChar = false
        // read once, not per character, from one static (each static read is a `swift_once`)
        let tables = Self.clauseTables
        let endChars = tables.endChars
        let yearMark = tables.year
        let monthMark = tables.month
        let limitChars = tables.limitChars
        let marks = tables.marks
        let cues = tables.cues
        let meetingWords = tables.meetingWords
        let meetingFirsts = tables.meetingFirsts
        var hasCue = false
        // a meeting word in the clause (`meetingWords.occurs(in: t, from: s, to: e)`, read in this pass)
        var hasMeetingWord = false
        var i = s
        while i < e {
            // to the next character that is one of the marks or starts a cue or meeting word (most are none)
            i = tables.marksOrCueFirsts.firstMember(in: t, from: i, to: e)
            guard i < e else { break }
            let x = t[i]
            if !hasCue { hasCue = cues.occurs(in: t, at: i, before: e) }
            if !hasMeetingWord, meetingFirsts.contains(x) { hasMeetingWord = meetingWords.occurs(in: t, at: i, before: e) }
            guard marks.contains(x) else {
                i += 1
                continue
            }
            if x.isDigit {
                if !hasDigit { firstDigit = i }
                hasDigit = true
            } else if endChars.contains(x) {
                hasEnd = true
            } else if x == yearMark || x == monthMark {
                hasDateMark = true
            }
            if limitChars.contains(x) { hasLimitChar = true }
            i += 1
        }
        guard hasDigit || hasEnd else {
            return Clause(start: s, end: e, hasQuantity: false, hasCue: hasCue, past: false, deadline: false)
        }
        // read in place: a clause is copied out only for the rules that read a copy, and only when one of them can apply
        let hasQuantity = hasDigit && !hasMeetingWord && Self.quantitySpan(t, s, e, from: firstDigit) != nil
        let mayLimit = hasDateMark && hasLimitChar
        guard hasQuantity || hasCue || mayLimit else {
            return Clause(start: s, end: e, hasQuantity: false, hasCue: false, past: false, deadline: false)
        }
        let c = t.sub(s, e)
        let found = mayLimit ? DeadlineExtractor.spans(in: c, year: nil) : []
        let deadline = !found.isEmpty
        let relevant = hasQuantity || deadline || hasCue
        // 与会人员达到180人: an attendance count reports who came
        let strongPast = relevant && (hasPastMarker(c) || hasPastLe(c) || attendanceWords.occurs(in: c))
        let weakPast = relevant && !strongPast && weakPastMarkers.occurs(in: c) && !strongCues.occurs(in: c) && !modalGoal.occurs(in: c)
        var cl = Clause(start: s, end: e, hasQuantity: hasQuantity, hasCue: hasCue, past: strongPast || weakPast, deadline: deadline)
        cl.weakPast = weakPast
        if let f = found.first, found.count == 1, !hasQuantity {
            // the clause is the time limit and little else: 12月底前, 在2018年底前
            cl.onlyDeadline = c.hanCount - c[f.start..<f.end].lazy.filter(\.isHan).count <= 2
        }
        return cl
    }

    /// A past marker; `去年` compared against (较去年, 比去年) is not one.
    static func hasPastMarker(_ c: Scalars) -> Bool {
        for i in c.indices {
            guard let w = pastMarkers.match(c, at: i) else { continue }
            if Lexicon.CalendarWord.lastYears.contains(w), i > 0,
                c[i - 1] == Lexicon.Prep.thanFormal || c[i - 1] == Lexicon.Prep.than || c[i - 1] == Lexicon.Prep.as
            {
                continue
            }
            return true
        }
        return false
    }

    /// 了 after a verb (完成了, 实现了), not 为了/除了.
    static func hasPastLe(_ c: Scalars) -> Bool {
        let le = Lexicon.Function.perfective
        for i in c.indices where c[i] == le {
            if i > 0, notPerfectiveBeforeLe.contains(c[i - 1]) { continue }
            return true
        }
        return false
    }

    /// The first quantity that is not a date or a year: number, optional 万/亿, unit.
    static func quantity(in c: Scalars) -> (value: Double, unit: String, start: Int, end: Int)? {
        // the steps of `quantitySpan` (the digits read in place, not filtered into an array for
        // each number), and the unit's String made only for the one found
        quantitySpan(c, 0, c.count).map { ($0.value, c.sub($0.unitStart, $0.end).string, $0.start, $0.end) }
    }

    /// Whether `quantity(in: t.sub(s, e))` finds one, read in place: asked of every clause with a
    /// digit, where a copy of the clause, of each number's digits and the unit's String were most of
    /// the cost. The same steps as `quantity`, with `s` for 0 and `e` for the clause's end.
    static func hasQuantity(_ t: Scalars, _ s: Int, _ e: Int) -> Bool { quantitySpan(t, s, e) != nil }

    /// The first quantity of `t[s..<e]` (`quantity`'s steps, read in place): its value, where its
    /// number starts, where its unit starts and where it ends.
    static func quantitySpan(_ t: Scalars, _ s: Int, _ e: Int, from first: Int? = nil) -> (
        value: Double, start: Int, unitStart: Int, end: Int
    )? {
        let moreThan = Lexicon.NumeralMark.moreThan  // the statics read once, not per number
        let units = multiCharUnits
        let unitFirsts = multiCharUnitFirsts
        let largeUnits = largeNumberUnits
        let timeUnits = Self.timeUnits
        // (from `first` when the caller knows no digit comes before it: the steps skip what is no digit)
        var i = first.map { Swift.max(s, $0) } ?? s
        while i < e {
            guard t[i].isDigit, i == s || !(t[i - 1].isDigit || t[i - 1] == "." || t[i - 1].isASCIILetter) else {
                i += 1
                continue
            }
            var j = i
            while j < e, t[j].isDigit || (t[j] == "." && j + 1 < e && t[j + 1].isDigit) || (t[j] == "," && j + 3 < e && t[j + 1].isDigit) {
                j += 1
            }
            guard var v = Self.number(t, i, j) else {
                i = j
                continue
            }
            var k = j
            if k < e, let m = largeUnits.first(where: { $0.unit == t[k] }) {
                v *= m.value
                k += 1
            }
            if k < e, timeUnits.contains(t[k]) || t[k] == "~" || t[k] == "-" || t[k] == "—" {
                i = j
                continue
            }
            if v >= 1990 && v <= 2099 && k < e && (t[k] == "-" || t[k] == "~") {
                i = j
                continue
            }
            var u = k
            if u < e, t[u] == "%" || t[u] == "％" {
                u += 1
            } else if k < e, unitFirsts.contains(t[k]), let w = units.first(where: { t.has($0, at: k, before: e) }) {
                u += w.count
            } else if u < e, t[u].isHan, t[u] != Lexicon.Function.possessive, t[u] != Lexicon.Function.and, t[u] != Lexicon.Prep.by,
                !moreThan.contains(t[u])
            {
                u += 1
            } else if u < e, moreThan.contains(t[u]), u + 1 < e, t[u + 1].isHan {
                u += 2
            }
            if u == k {
                i = j
                continue
            }
            return (v, i, k, u)
        }
        return nil
    }

    /// `number(t[i..<j].filter { $0 != "," })` without the copy when the digits are ASCII and
    /// fewer than 16 (what `number` reads itself); else that call.
    static func number(_ t: Scalars, _ i: Int, _ j: Int) -> Double? {
        var v = 0
        var n = 0
        for k in i..<j where t[k] != "," {
            guard t[k].isASCIIDigit, n < 15 else { return number(t[i..<j].filter { $0 != "," }) }
            v = v * 10 + Int(t[k].value - 0x30)
            n += 1
        }
        guard n > 0 else { return number(t[i..<j].filter { $0 != "," }) }
        return Double(v)
    }

    /// The value of a number's digits (and decimal point) as `Double` reads their text. Up to 15
    /// ASCII digits are read here (exact in a Double, as the text's parse is): a String made and
    /// parsed for each number was ~4 % of the reader on distinct briefings.
    static func number(_ digits: Scalars) -> Double? {
        guard digits.count <= 15, digits.allSatisfy(\.isASCIIDigit), !digits.isEmpty else { return Double(digits.string) }
        var v = 0
        for d in digits { v = v * 10 + Int(d.value - 0x30) }
        return Double(v)
    }

    /// Leading time words and verbs trimmed off a metric (in file order: `leadingOrder`).
    private static let leadingWordList = WordList(Words.list("target-metric-leading-words"))
    private static let leadingOrder = order(of: Words.list("target-metric-leading-words"), in: leadingWordList)
    /// Period ends before a metric (in file order: `periodEndOrder`).
    private static let periodEndList = WordList(Words.list("target-period-ends"))
    private static let periodEndOrder = order(of: Words.list("target-period-ends"), in: periodEndList)

    /// The index in `list.words` of each of `words` (the list's words, in another order).
    private static func order(of words: [String], in list: WordList) -> [Int] {
        words.map { w in
            let s = Scalars(w)
            guard let k = list.words.firstIndex(of: s), !s.isEmpty else {
                preconditionFailure("a metric word list has an empty entry or lost '\(w)'")
            }
            return k
        }
    }

    /// Where `m` is cut after the words of `list`, taken in `order`: for each, where its last
    /// occurrence ends, if that occurrence starts at or after the cut so far and `keeps` the rest.
    /// Each word's last start is found in one read of `m` (kept on the stack, not in an array).
    private static func cutAfterLast(_ list: WordList, _ order: [Int], in m: Scalars, keeps: (Int) -> Bool) -> Int {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: list.words.count) { last in
            last.initialize(repeating: -1)
            for p in m.indices { list.forEachMatch(m, at: p) { last[$0] = p } }
            var cut = 0
            for w in order where last[w] >= cut {
                let after = last[w] + list.words[w].count
                if keeps(after) { cut = after }
            }
            return cut
        }
    }
    private static let goalVerbs = Words.list("target-goal-verbs").map { Scalars($0) }
    private static let changeWords = Words.list("target-change-words").map { Scalars($0) }
    private static let negatedAtLeastList = WordList(Words.list("target-negated-at-least"))
    private static let atLeastList = WordList(Words.list("target-at-least"))
    private static let atMostList = WordList(Words.list("target-at-most"))
    /// `atLeast + atMost`, joined once (not for each target), as one list: where the first of
    /// them occurs is found in one scan (the least of each word's first index, twenty scans).
    private static let bounds = WordList(Words.list("target-at-least") + Words.list("target-at-most"))

    /// 以下, 以上, 以内: before a noun they qualify it (Words/target-bound-words.txt).
    private static let boundWords = Words.list("target-bound-words").map { Scalars($0) }
    /// Their first characters: a position without one is not compared with each of them.
    private static let boundFirsts = ScalarSet(boundWords.compactMap(\.first))
    private static let baseYears = Words.list("target-base-years").map { Scalars($0) }
    /// Words left before a number that name no quantity (`完成“双替代”改造2000户`).
    private static let notMetrics = Words.list("target-not-metrics").map { Scalars($0) }
    static func isQuote(_ c: Unicode.Scalar) -> Bool { c == "“" || c == "”" || c == "\"" }
    /// `…淘汰工作`: words after a goal that name no quantity.
    private static let workWords = Words.list("target-work-words").map { Scalars($0) }
    /// Characters trimmed off the end of a metric (…浓度要, …下降到).
    private static let metricTrailers = Lexicon.scalarSet(Words.characters("target-metric-trailers"))

    static func target(_ text: Scalars, year: Int?) -> Target {
        var t = Target(text: text.string)
        if let q = quantity(in: text) {
            t.value = q.value
            t.unit = q.unit.isEmpty ? nil : q.unit
            // `10蒸吨以下燃煤锅炉`, `国三及以下柴油货车`: 以下/以上 before a noun qualifies it
            var masked = text
            let boundWords = Self.boundWords  // read once, not per character
            let boundFirsts = Self.boundFirsts
            for i in masked.indices
            where i + 2 < masked.count && boundFirsts.contains(masked[i]) && masked[i + 2].isHan
                && boundWords.contains(where: { masked.has($0, at: i) })
            {
                masked[i] = "_"
                masked[i + 1] = "_"
            }
            let near = masked.sub(max(0, q.start - 8), min(text.count, q.end + 3))
            // each list's words found in one read of `near` (not a search for each word)
            if negatedAtLeastList.occurs(in: near) {
                t.comparator = ">="
            } else if atMostList.occurs(in: near) {
                t.comparator = "<="
            } else if atLeastList.occurs(in: near) {
                t.comparator = ">="
            } else {
                t.comparator = "="
            }
            // metric: the noun run before the comparator or number
            var m = q.start
            if let i = Self.bounds.firstOccurrence(in: masked, from: 0), i < m { m = i }
            var s = m
            while s > 0,
                text[s - 1].isHan || text[s - 1].isASCIILetter || text[s - 1] == "." || text[s - 1].isDigit || Self.isQuote(text[s - 1]),
                m - s < 16
            { s -= 1 }
            var metric = text.sub(s, m).filter { !Self.isQuote($0) }
            var trimmed = true
            while trimmed {
                trimmed = false
                for w in Self.changeWords where metric.hasSuffix(w) {
                    metric.removeLast(w.count)
                    trimmed = true
                }
                while let l = metric.last, Self.metricTrailers.contains(l) {
                    metric.removeLast()
                    trimmed = true
                }
                // 重污染天数比2018年, …较去年: the comparison is no part of the metric
                if let i = metric.lastIndex(of: [Lexicon.Prep.than], before: metric.count)
                    ?? metric.lastIndex(of: [Lexicon.Prep.thanFormal], before: metric.count), i >= 2
                {
                    let tail = metric.sub(i + 1, metric.count)
                    let isBase =
                        Self.baseYears.contains(tail)
                        || (tail.count >= 5 && tail.prefix(4).allSatisfy(\.isDigit) && tail.hasSuffix([Lexicon.DateMark.year]))
                    if isBase {
                        metric = metric.sub(0, i)
                        trimmed = true
                    }
                }
            }
            // leading time words and verbs (确保今冬明春…, 完成市区…)
            // (each word's last occurrence is found in one read of the metric: a cut leaves a word's
            // last occurrence if that starts after it, and none otherwise; a search of the metric
            // from its end for each word, one after another, was a third of this function)
            var cut = Self.cutAfterLast(Self.leadingWordList, Self.leadingOrder, in: metric) { _ in true }
            if cut > 0 { metric = metric.sub(cut, metric.count) }
            // 11月份PM2.5平均浓度, 至明年3月份PM2.5…: a period before the metric
            let before = metric
            cut = Self.cutAfterLast(Self.periodEndList, Self.periodEndOrder, in: before) { after in
                before[after...].lazy.filter { $0.isHan }.count >= 2
            }
            if cut > 0 { metric = metric.sub(cut, metric.count) }
            // `完成1万个小火炉淘汰工作`: the goal is named after the number
            if metric.hanCount < 2 || Self.notMetrics.contains(metric)
                || Self.goalVerbs.contains(where: { text.has($0, at: q.start - $0.count) })
            {
                var e = q.end
                while e < text.count, text[e].isHan || Self.isQuote(text[e]), e - q.end < 12 { e += 1 }
                var after = text.sub(q.end, e).filter { !Self.isQuote($0) }
                for w in Self.workWords where after.hasSuffix(w) { after.removeLast(w.count) }
                if after.hanCount >= 2 { metric = after }
            }
            t.metric = metric.hanCount >= 2 ? metric.string : nil
        }
        t.deadline = DeadlineExtractor.spans(in: text, year: year).first?.date.map(\.iso)
        return t
    }
}
