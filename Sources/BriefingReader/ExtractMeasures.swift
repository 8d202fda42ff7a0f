/// Step 4d: named measures, campaigns and slogans quoted in the text (“五个禁令”, “7个100%”).
/// Not measures: classical idioms, verse couplets and metaphors (绣花功夫, 金点子), literal speech
/// quotations (after a colon, or whole sentences), contrasted pairs (由“督企”向“督政”转变), event
/// names (“两会”上) and regions (“京津冀”, “2+26”城市). What the rest are: `MeasureClassifier`.
struct MeasureExtractor: Sendable {
    struct Quote: Equatable {
        var start: Int
        var end: Int
        var text: Scalars
    }

    private static let openers = Lexicon.scalarSet("“「『\"")
    /// Its characters, for the vector skip (`ScalarSet.firstMember(in:from:to:keys:)`).
    private static let openerKeys = openers.few() ?? []
    private static let closers = Lexicon.scalarSet("”」』\"“")
    private static let avoided = Words.list("measure-avoided").map { Scalars($0) }
    /// (Asked after every quote: a list's first-character test, not a comparison with each word.)
    private static let problemAfterList = WordList(Words.list("measure-problem-after"))
    private static let eventAfterList = WordList(Words.list("measure-event-after"))
    /// The last characters of `avoided`.
    private static let avoidedLasts = ScalarSet(avoided.compactMap(\.last))
    private static let metaphors = WordList(Words.list("measure-metaphors"))
    private static let regions = WordList(Words.list("measure-regions"))
    private static let regionAfter = WordList(Words.list("measure-region-after"))
    private static let channelAfter = WordList(Words.list("measure-channel-after"))
    private static let quotationVerbs = Lexicon.scalarSet(Words.characters("quotation-verbs"))
    private static let notInContrastPair = Lexicon.scalarSet(Words.characters("not-in-contrast-pair"))
    private static let mannerAfter = WordList(Words.list("measure-manner-after"))
    private static let mannerOpeners = Words.list("measure-manner-openers").map { Scalars($0) }
    private static let mannerLinks = Words.list("measure-manner-links").map { Scalars($0) }

    func extract(_ t: Scalars) -> [String] {
        let quotes = Self.quotes(in: t)
        var excluded = Set<Int>()
        for k in quotes.indices where k + 1 < quotes.count && Self.nonSpaces(t, from: quotes[k].end, to: quotes[k + 1].start, atMost: 4) {
            let between = t.sub(quotes[k].end, quotes[k + 1].start).filter { !$0.isSpace }
            // 由“督企”向“督政”, 从“要我治”到“我要治”: a contrasted pair
            var b = quotes[k].start - 1
            while b >= 0, t[b].isSpace { b -= 1 }
            let fromWord = b >= 0 && (t[b] == Lexicon.Prep.fromFormal || t[b] == Lexicon.Prep.from)
            let toPair =
                between.last == Lexicon.Prep.until && (fromWord || between.count == 1)
                && !between.contains(where: { Self.notInContrastPair.contains($0) })
            if between.count <= 4, between.last == Lexicon.Prep.toward || toPair {
                excluded.insert(k)
                excluded.insert(k + 1)
            }
        }
        // where each run of adjacent quotes (“…”“…”、“…”) ends, computed back to front
        var runEnds = quotes.map(\.end)
        for k in quotes.indices.reversed() where k + 1 < quotes.count {
            let e = quotes[k].end
            if quotes[k + 1].start == e || (quotes[k + 1].start == e + 1 && t[e] == "、") { runEnds[k] = runEnds[k + 1] }
        }
        var out: [String] = []
        // the terms taken, compared as Strings (`sameText`): an item quotes a few. Whether each is
        // normalization-stable is read once, not again for each pair compared
        var seen: [(term: Scalars, stable: Bool)] = []
        for (k, q) in quotes.enumerated() where !excluded.contains(k) {
            // most terms have no space: the quote's text itself (not a copy made by `filter`)
            let term = q.text.contains(where: \.isSpace) ? q.text.filter { !$0.isSpace } : q.text
            guard Self.isMeasure(term), !Self.isManner(t, quotes, k) else { continue }
            // “应停未停”“应限未限”问题: what follows a run of quotes
            let runEnd = runEnds[k]
            if Self.eventAfterList.occurs(in: t, at: q.end, before: t.count)
                || Self.problemAfterList.occurs(in: t, at: runEnd, before: t.count)
            {
                continue
            }
            var b = q.start - 1
            while b >= 0, t[b].isSpace { b -= 1 }
            if b >= 0, t[b] == "：" || t[b] == ":" { continue }
            // 他说“……”: a quotation
            if b >= 0, Self.quotationVerbs.contains(t[b]) { continue }
            // 千万不能搞“一阵风”, 防止“一刀切”: what to avoid is no measure
            // (compared only where `t[b]` ends one of them)
            if b >= 0, Self.avoidedLasts.contains(t[b]), Self.avoided.contains(where: { t.has($0, at: b + 1 - $0.count) }) { continue }
            // “京津冀”, “2+26”城市: a place
            if Self.regions.holds(term) || (term.count <= 8 && Self.regionAfter.match(t, at: q.end) != nil) { continue }
            // “沧州环保”微信公众号: an account to follow, not a measure
            if Self.channelAfter.match(t, at: runEnds[k]) != nil { continue }
            // `sameText`: equal scalars, or (unless both are stable) equal Strings
            let stable = term.isNormalizationStable
            if !seen.contains(where: { $0.term == term || (!($0.stable && stable) && $0.term.string == term.string) }) {
                seen.append((term, stable))
                out.append(term.string)
            }
        }
        return out
    }

    /// Whether `t[from..<to]` holds at most `limit` characters besides spaces (counted only up to
    /// one past the limit: the text between two quotes is mostly long).
    static func nonSpaces(_ t: Scalars, from: Int, to: Int, atMost limit: Int) -> Bool {
        var n = 0
        for i in from..<max(from, to) where !t[i].isSpace {
            n += 1
            if n > limit { return false }
        }
        return true
    }

    /// 以“一天也不耽误”的劲头, 以“功成不必在我”的境界和“…”的劲头: the quote says how to work, not
    /// what to do. A manner word after it, and an opener before it or before the manner phrase it
    /// is joined to.
    static func isManner(_ t: Scalars, _ quotes: [Quote], _ k: Int) -> Bool {
        guard mannerAfter.match(t, at: quotes[k].end) != nil else { return false }
        var b = quotes[k].start
        var j = k
        while true {
            if mannerOpeners.contains(where: { t.sub(max(0, b - $0.count), b) == $0 }) { return true }
            // “…”的境界和“…”的劲头: the previous manner phrase carries the opener
            guard j > 0, let link = mannerLinks.first(where: { t.sub(max(0, b - $0.count), b) == $0 }),
                let w = mannerAfter.match(t, at: quotes[j - 1].end), quotes[j - 1].end + w.count == b - link.count
            else { return false }
            j -= 1
            b = quotes[j].start
        }
    }

    /// Whether a quoted term names a measure.
    static func isMeasure(_ term: Scalars) -> Bool {
        guard term.hanCount >= 2 || (term.count >= 3 && term.contains(where: { $0.isDigit })), term.count <= 30 else { return false }
        if term.contains(where: { $0.isSentenceEnd }) { return false }
        if isIdiom(term) { return false }
        if metaphors.holds(term) || isCouplet(term) { return false }
        if !term.contains("、") && !term.contains("，") && !term.contains(","),
            term.contains(where: { Lexicon.classicalParticles.contains($0) })
        {
            return false
        }
        var clauses = 0  // counted, not filtered into an array
        for c in term where c == "，" || c == "," { clauses += 1 }
        if clauses >= 2 || term.contains(Lexicon.Function.we) { return false }
        return true
    }

    /// `Lexicon.idioms` as words, when every idiom is made of characters no normalization changes
    /// (else nil: every term is looked up as a String).
    private static let stableIdioms: WordList? = {
        let all = Lexicon.idioms.map { Scalars($0) }
        return all.allSatisfy(\.isNormalizationStable) ? WordList(Array(Lexicon.idioms)) : nil
    }()

    /// Whether `Lexicon.idioms` holds the term (as a String), without making the String where the
    /// scalars decide (a stable term equals a stable idiom exactly when their scalars do), nor
    /// hashing the scalars.
    static func isIdiom(_ term: Scalars) -> Bool {
        if let stableIdioms, term.isNormalizationStable { return stableIdioms.holds(term) }
        return Lexicon.idioms.contains(term.string)
    }

    /// A line of classical verse: two halves of five or seven characters (不畏浮云遮望眼，自缘身在最高层).
    /// Working mottos run four or six (齐抓共管，履职尽责; 说到一定做到，做到一定记录).
    static func isCouplet(_ term: Scalars) -> Bool {
        guard term.count >= 11 else { return false }  // two halves of five and a mark between: not split for less
        let halves = term.split { $0 == "，" || $0 == "," || $0 == "；" }
        guard halves.count == 2, halves[0].count == halves[1].count, halves[0].count == 5 || halves[0].count == 7 else { return false }
        return halves.allSatisfy { $0.allSatisfy(\.isHan) }
    }

    /// Quoted spans. A stray opening quote used as a closing one (“…“) closes the quote.
    static func quotes(in t: Scalars) -> [Quote] {
        var out: [Quote] = []
        var open: Int?
        let openers = Self.openers  // the statics read once, not per character
        let closers = Self.closers
        let openerKeys = Self.openerKeys
        var i = 0
        while i < t.count {
            let c = t[i]
            if let o = open {
                if closers.contains(c) {
                    out.append(Quote(start: o, end: i + 1, text: t.sub(o + 1, i)))
                    open = nil
                } else if c == "\n" || i - o > 80 {
                    open = nil
                    i = o + 1
                    continue
                }
            } else if openers.contains(c) {
                open = i
            } else {
                // outside a quote: on to the next opening quote (the bitmap opened once for the run)
                i = openers.firstMember(in: t, from: i + 1, keys: openerKeys)
                continue
            }
            i += 1
        }
        return out
    }
}
