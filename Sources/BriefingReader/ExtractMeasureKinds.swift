import ReportModel

/// Step 4d (continued): what each quoted term is, and the deployed measures (举措) a notice counts.
///
/// A quoted term is a `measure` unless its words or its context say otherwise: a known slogan, a
/// principle (只能…不能…) or a slogan's context (“一盘棋”思想, 营造“…”的氛围, “…”是百姓所盼), a goal
/// named in words (“双清零”目标), a season or a rank (“冬防”, “一把手”), a kind of firm (“散乱污”企业),
/// a measure quoted only where the item reports it as done (累计完成“煤改电”改造…), or a part of a
/// longer measure quoted in the same item (“压煤” beside “压煤、抑尘、控车、除味”). The words behind
/// each decision are the `measure-*` lists in `Words/`.
/// Numbered key-field lists (十大攻坚战，即：…；…) are deployed measures with all their items.
struct MeasureClassifier: Sendable {
    private static let slogans = WordList(Words.list("measure-slogans"))
    private static let sloganAfter = WordList(Words.list("measure-slogan-after"))
    private static let sloganEndings = Words.list("measure-slogan-endings").map { Scalars($0) }
    private static let seasons = WordList(Words.list("measure-season-words"))
    private static let names = WordList(Words.list("measure-names"))
    private static let describedAfter = WordList(Words.list("measure-described-after"))
    private static let goalWords = Words.list("measure-goal-words").map { Scalars($0) }
    private static let goalOpeners = WordList(Words.list("measure-goal-openers"))
    private static let listHeads = Lexicon.words(Words.list("measure-list-heads"))
    private static let principlePairs = Words.pairs("measure-principle-pairs").map { (Scalars($0.0), Scalars($0.1)) }
    private static let reportedCues = WordList(Words.list("measure-reported-cues"))
    private static let countChars = Lexicon.scalarSet(Words.characters("measure-count-chars"))
    /// `，即：` between a counted name and its items (and an opening bracket, after a count's name).
    private static let listLinks = Lexicon.scalarSet(Words.characters("measure-list-links"))
    private static let listLinksOrParen = Lexicon.scalarSet(Words.characters("measure-list-links") + "（(")
    private static let openers = Lexicon.scalarSet("“「『\"")
    private static let closers = Lexicon.scalarSet("”」』\"“")

    /// Kinds of `measures` (parallel) and the deployed measures, in text order, of the item text `t`.
    func classify(_ measures: [String], in t: Scalars) -> (kinds: [MeasureKind], deployed: [DeployedMeasure]) {
        let terms = measures.map { Scalars($0) }
        // the text is scanned once for quote openers, not once per measure (nor at all without one)
        let afterOpeners = terms.isEmpty ? [] : Self.afterOpeners(in: t)
        let ends = terms.map { Self.quotedOccurrences(of: $0, in: t, afterOpeners: afterOpeners) }
        var kinds = terms.indices.map { kind(of: terms[$0], quotedEnds: ends[$0], in: t) }
        // a part of a longer measure of the item repeats it
        let parts = terms.map(Self.items)
        let partCounts = parts.map { $0.count }  // read for every pair of terms (a key path was a runtime call)
        for k in terms.indices where kinds[k] == .measure {
            // a shorter list with a count of its own (“压煤、抑尘、控车、除味”四大攻坚战) is a measure of its own
            if let end = ends[k].first, Self.count(after: end, in: t) == parts[k].count { continue }
            // the parts as sets, compared as the arrays they are (a few parts each: a `Set` made of
            // each term's parts cost more than the comparisons)
            let mine = parts[k]
            var distinct = 0
            for p in mine.indices where !mine[..<p].contains(mine[p]) { distinct += 1 }
            for j in terms.indices where j != k && kinds[j] == .measure && partCounts[j] > distinct {
                if mine.allSatisfy({ parts[j].contains($0) }) {
                    kinds[k] = .part
                    break
                }
            }
        }
        var found: [(at: Int, measure: DeployedMeasure)] = []
        for k in terms.indices where kinds[k] == .measure {
            let starts = ends[k].map { $0 - 1 - terms[k].count }
            // the items may be listed at any of its occurrences (落实“五个禁令”… 实施减煤令、…“五个禁令”)
            let items = starts.lazy.map { Self.listedItems(of: terms[k], parts: parts[k], at: $0, in: t) }.first { !$0.isEmpty } ?? []
            found.append((starts.first ?? t.index(of: terms[k]) ?? 0, DeployedMeasure(text: measures[k], items: items)))
        }
        for list in Self.keyFieldLists(in: t) where !found.contains(where: { $0.measure.text == list.measure.text }) {
            found.append(list)
        }
        return (kinds, found.sorted { $0.at < $1.at }.map(\.measure))
    }

    /// The kind of one quoted term, from its words and the context of its quoted occurrences.
    /// `quotedEnds`: where each quoted occurrence of the term ends (`quotedOccurrences`).
    func kind(of term: Scalars, quotedEnds occurrences: [Int], in t: Scalars) -> MeasureKind {
        if Self.slogans.holds(term) || Self.sloganEndings.contains(where: { term.hasSuffix($0) }) { return .slogan }
        if Self.seasons.holds(term) || Self.names.holds(term) { return .name }
        if Self.goalWords.contains(where: { term.hasSuffix($0) }) { return .goal }
        // principles: 只能变好、不能变坏
        if Self.principlePairs.contains(where: { term.contains($0.0) && term.contains($0.1) }) { return .slogan }
        guard !occurrences.isEmpty else { return .measure }
        var described = 0
        var reported = 0
        var goals = 0
        for quoteEnd in occurrences {
            // “5+2”“白+黑”的拼搏: what follows a run of adjacent quotes
            var end = quoteEnd
            while end < t.count, Self.openers.contains(t[end]) {
                var close = end + 1
                while close < t.count, close - end <= 30, !Self.closers.contains(t[close]) { close += 1 }
                guard close < t.count, Self.closers.contains(t[close]) else { break }
                end = close + 1
            }
            // “…”目标 / “…”的“小目标”: a goal in words
            // (read in place: within the six characters after it, each word ending by its length + 3)
            let afterEnd = Swift.min(end + 6, t.count)
            if Self.goalWords.contains(where: { t.index(of: $0, from: end, to: Swift.min(afterEnd, end + $0.count + 3)) != nil }) {
                return .goal
            }
            if Self.sloganAfter.match(t, at: end) != nil { return .slogan }
            if Self.describedAfter.match(t, at: end) != nil { described += 1 }
            // 确保平原地区散煤“清零”: the quote ends a clause that a goal verb opens
            if end == t.count || t[end].isClauseEnd {
                var s = quoteEnd - 1 - term.count
                while s > 0, !t[s - 1].isClauseEnd { s -= 1 }
                if Self.goalOpeners.match(t, at: s) != nil { goals += 1 }
            }
            // 今年以来，全县累计完成“煤改电”改造8600户: reported as done in its sentence
            let start = quoteEnd - 1 - term.count
            var s = start
            while s > 0, !t[s - 1].isSentenceEnd, t[s - 1] != "\n" { s -= 1 }
            if Self.reportedCues.occurs(in: t, from: s, to: start) { reported += 1 }
        }
        if reported == occurrences.count { return .reported }
        if goals == occurrences.count { return .goal }
        // “散乱污”企业 every time it is quoted: a kind of firm
        return described == occurrences.count ? .description : .measure
    }

    /// Where each quoted occurrence of `term` ends (just after its closing quote).
    static func quotedOccurrences(of term: Scalars, in t: Scalars) -> [Int] {
        quotedOccurrences(of: term, in: t, afterOpeners: afterOpeners(in: t))
    }

    /// The same, given `afterOpeners(in: t)`.
    static func quotedOccurrences(of term: Scalars, in t: Scalars, afterOpeners: [Int]) -> [Int] {
        var out: [Int] = []
        guard !term.isEmpty else { return out }
        for i in afterOpeners {
            guard i + term.count < t.count else { break }
            if t[i] == term[0], t.has(term, at: i), closers.contains(t[i + term.count]) {
                out.append(i + term.count + 1)
            }
        }
        return out
    }

    /// Indices right after a quote opener, ascending.
    static func afterOpeners(in t: Scalars) -> [Int] {
        var out: [Int] = []
        let openers = Self.openers  // read once, not per character
        let keys = Self.openerKeys
        // a skip to each opener, 16 characters at a time where none is (a test of every character
        // was 0.5 % of the reader on 2 MB of briefings)
        let last = t.count - 1
        var i = openers.firstMember(in: t, from: 0, to: last, keys: keys)
        while i < last {
            out.append(i + 1)
            i = openers.firstMember(in: t, from: i + 1, to: last, keys: keys)
        }
        return out
    }

    /// The quote openers, for `firstMember`'s skip over blocks that hold none.
    private static let openerKeys = openers.few() ?? []

    /// The parts of a listed term: 压煤、抑尘、控车 → [压煤, 抑尘, 控车].
    static func items(_ term: Scalars) -> [Scalars] {
        let isBreak: (Unicode.Scalar) -> Bool = { $0 == "、" || $0 == "，" || $0 == "," }
        // most terms list nothing: the term itself, shared (not split, copied and filtered)
        guard term.contains(where: isBreak) else { return term.isEmpty ? [] : [term] }
        return term.split(whereSeparator: isBreak).map { Scalars($0) }.filter { !$0.isEmpty }
    }

    /// The items of a quoted term that a count names: “压煤、…、增绿”五大措施 → its five parts;
    /// 减煤令、禁土令、限行令、禁烧令、禁放令“五个禁令” → the five orders before it.
    static func listedItems(of term: Scalars, at start: Int, in t: Scalars) -> [String] {
        listedItems(of: term, parts: items(term), at: start, in: t)
    }

    /// The same, given the term's `items` (split once for all of its occurrences, not at each).
    static func listedItems(of term: Scalars, parts inner: [Scalars], at start: Int, in t: Scalars) -> [String] {
        let end = start + term.count + 1
        if inner.count >= 2, let n = count(after: end, in: t), n == inner.count { return inner.map(\.string) }
        // “五个严禁”，即：严禁…；严禁…: the items after it, up to the sentence end
        let termCount = count(in: term)  // read once for both rules below
        if let n = termCount, n >= 2, end < t.count {
            var k = end
            while k < t.count, k - end < 4, listLinks.contains(t[k]) { k += 1 }
            if k > end {
                var e = k
                while e < t.count, !t[e].isSentenceEnd || t[e] == "；", t[e] != "\n", e - k < 400 { e += 1 }
                let after = t.sub(k, e).split { $0 == "；" || $0 == ";" }.map { Scalars($0) }.filter { !$0.isEmpty }
                if after.count == n, after.allSatisfy({ $0.count <= 40 }) { return after.map(\.string) }
            }
        }
        if let n = termCount, n >= 2, start >= 1 {
            // the run of 、-separated items just before the opening quote
            var b = start - 1
            while b > 0, t[b - 1] != "，", t[b - 1] != "。", t[b - 1] != "；", t[b - 1] != "：", t[b - 1] != "\n", start - b < 80 {
                b -= 1
            }
            var run = items(t.sub(b, start - 1))
            // the first item may carry the verb before it (坚决实施减煤令): keep what shares the last item's ending
            // orders of one length and ending (减煤令、禁土令…); the first carries the verb before it
            if let last = run.last, let ending = last.last, run.count >= n {
                run = Array(run.suffix(n))
                if let first = run.first, first.count > last.count, run.dropFirst().allSatisfy({ $0.count == last.count }) {
                    run[0] = first.sub(first.count - last.count, first.count)
                }
                if run.allSatisfy({ $0.last == ending && $0.count == last.count }) { return run.map(\.string) }
            }
        }
        return []
    }

    /// A count word right after a quote: 五大措施, 三篇文章, 四大攻坚战 → 5, 3, 4.
    static func count(after i: Int, in t: Scalars) -> Int? {
        var j = i
        while j < t.count, ChineseNumber.isNumeral(t[j]) || t[j].isDigit, j - i < 3 { j += 1 }
        guard j > i, j < t.count, countChars.contains(t[j]) else { return nil }
        return ChineseNumber.value(t.sub(i, j)) ?? Int(t.sub(i, j).string)
    }

    /// The count a term opens with: 五个禁令 → 5.
    static func count(in term: Scalars) -> Int? {
        count(after: 0, in: term).flatMap { n in listHeads.contains(where: { term.hasSuffix($0) }) || term.count <= 6 ? n : nil }
    }

    /// Numbered key-field lists written out: 十大攻坚战，即：优化产业布局攻坚战，…；减煤压煤攻坚战，…；
    /// All N items must be found (each a clause start ending in the list's head word).
    static func keyFieldLists(in t: Scalars) -> [(at: Int, measure: DeployedMeasure)] {
        var out: [(Int, DeployedMeasure)] = []
        let numbers = ScanStarts.numbers  // digits and numerals in one set (read once)
        let countMark = Lexicon.NumeralMark.count
        // Each 大 after a run of one to three digits or numerals (a run of its own: none just before
        // it) that starts at or after `pos`, where the scan resumes after the last list: found by
        // a vector search for 大, not by a stop at every numeral (一 is common) and digit.
        var pos = 0
        var from = 0
        while let j = t.index(of: [countMark], from: from) {
            from = j + 1
            var i = j
            while i > 0, j - i < 4, numbers.contains(t[i - 1]) { i -= 1 }
            guard j - i >= 1, j - i <= 3, i >= pos, i == 0 || !numbers.contains(t[i - 1]) else { continue }
            guard let n = ChineseNumber.value(t.sub(i, j)) ?? Int(t.sub(i, j).string), (3...20).contains(n) else {
                pos = j
                continue
            }
            // the name: up to a head word within a few characters (十大攻坚战, 十大专项行动)
            var e = j + 1
            var head: Scalars?
            while e < t.count, e - j <= 10, t[e].isHan {
                if let h = t.word(from: listHeads, at: e) {
                    head = h
                    e += h.count
                    break
                }
                e += 1
            }
            // “压煤、抑尘…”五大措施: the quoted term before it is the measure
            guard let h = head, let lastHeadChar = h.last, i == 0 || !closers.contains(t[i - 1]) else {
                pos = j
                continue
            }
            let name = t.sub(i, e)
            // the list follows after 即 / ： (within a few characters)
            var k = e
            while k < t.count, k - e < 4, listLinksOrParen.contains(t[k]) { k += 1 }
            var items: [Scalars] = []
            var s = k
            var cursor = k
            while cursor < t.count, items.count < n, t[cursor] != "\n", cursor - k < 1500 {
                if t[cursor] == "。" { break }
                if t.has(h, at: cursor) || (t[cursor] == lastHeadChar && h.count == 1) {
                    let item = t.sub(s, cursor + h.count)
                    if item.count > h.count, item.count <= 16, !item.contains(where: { $0.isClauseEnd || $0 == "、" }) { items.append(item) }
                    cursor += h.count
                    s = cursor
                    continue
                }
                if t[cursor] == "；" || t[cursor] == ";" || t[cursor] == "、" || t[cursor] == "，" || t[cursor] == "," { s = cursor + 1 }
                cursor += 1
            }
            // only a list written out in full is taken: 打好三大攻坚战 in passing names no measure here
            if items.count == n && k > e {
                out.append((i, DeployedMeasure(text: name.string, items: items.map(\.string))))
                pos = cursor
            } else {
                pos = e
            }
            from = max(from, pos)
        }
        return out
    }
}
