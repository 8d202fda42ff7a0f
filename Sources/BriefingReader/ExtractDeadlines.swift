import ReportModel

/// Step 4f: dated time limits (6月底前, 年底前, 2021年年底前, 从即日起到2017年3月31日结束),
/// resolved to ISO dates with the item's year where the year is not written.
struct DeadlineExtractor: Sendable {
    /// 今年, 年底, 下旬 … (Words/calendar-words.txt).
    private typealias W = Lexicon.CalendarWord
    private typealias Mark = Lexicon.DateMark
    /// 底, 末, 下旬 after a month: its last day.
    private static let monthEnds = W.ends + [W.lateMonth]

    struct Found: Equatable {
        var start: Int
        var end: Int
        var text: String
        var date: CivilDate?
    }

    private static let suffixes = Words.list("deadline-suffixes").map { Scalars($0) }

    private static let periodStarts = Words.list("deadline-period-starts").map { Scalars($0) }
    private static let limitPrefixes = Words.list("deadline-limit-prefixes").map { Scalars($0) }
    /// Suffixes that say "before" (a month before them is ambiguous), not "until the end of".
    private static let openEnded = Words.list("deadline-open-suffixes").map { Scalars($0) }
    private static let periodLinks = Words.list("deadline-period-links").map { Scalars($0) }

    /// A character every limit `deadline` finds has in its text's range: the first of its suffix,
    /// the last of a limit prefix before it (限期至), or the 到/至 before it (到年底, …起至…). A clause
    /// with none of them holds no limit, and `find` is not asked of it.
    static let limitChars: ScalarSet = {
        var s = ScalarSet(suffixes.compactMap(\.first) + limitPrefixes.compactMap(\.last))
        s.insert(Lexicon.Prep.until)
        s.insert(Lexicon.Prep.untilFormal)
        return s
    }()

    /// The marks and words `deadline` and `find` read, fetched once a `find`: each read of a
    /// `static let` is a call through its accessor (`swift_once`), and `deadline` read about
    /// fifteen of them for a date that is no limit (300,000 reads on 2 MB of briefings).
    private final class Marks: Sendable {
        let numerals = ChineseNumber.numerals
        let starts = ScanStarts.deadlines
        let year = Mark.year
        let month = Mark.month
        let days = Mark.days
        let relativeYearStarts = W.relativeYearStarts
        let thisYears = W.thisYears
        let nextYear = W.nextYear
        let yearEnds = W.yearEnds
        let ends = W.ends
        let endChars = W.endChars
        let earlyMonth = W.earlyMonth
        let midMonth = W.midMonth
        let monthEnds = DeadlineExtractor.monthEnds
        let until = Lexicon.Prep.until
        let untilFormal = Lexicon.Prep.untilFormal
        let from = Lexicon.Prep.from
        let since = Lexicon.Prep.since
        let onward = Lexicon.Localizer.onward
        let before = Lexicon.Localizer.before
        let after = Lexicon.Localizer.after
        let suffixes = DeadlineExtractor.suffixes
        let limitPrefixes = DeadlineExtractor.limitPrefixes
        let periodStarts = DeadlineExtractor.periodStarts
        let openEnded = DeadlineExtractor.openEnded
        /// The first characters of the year ends, ends and month ends.
        let yearEndFirsts = ScalarSet(W.yearEnds.compactMap(\.first))
        let endFirsts = ScalarSet(W.ends.compactMap(\.first))
        let monthEndFirsts = ScalarSet(DeadlineExtractor.monthEnds.compactMap(\.first))
        /// The suffixes' first characters and the limit prefixes' last ones.
        let suffixFirsts = ScalarSet(DeadlineExtractor.suffixes.compactMap(\.first))
        let limitPrefixLasts = ScalarSet(DeadlineExtractor.limitPrefixes.compactMap(\.last))
        /// 年 and 月, and as the keys of a vector skip.
        let yearOrMonth = ScalarSet([Mark.year, Mark.month])
        let yearOrMonthKeys = [Mark.year.value, Mark.month.value]
        /// How far after its start a limit has its first 年 or 月: four for a number (2019年, 6月, 十二月),
        /// none for 年底, and where 年 stands in 今年, 本年, 明年 (a limit from one of them has no other).
        let markReach: Int = {
            var reach = 4
            for w in W.thisYears + [W.nextYear] {
                guard let k = w.firstIndex(where: { $0 == Mark.year || $0 == Mark.month }) else {
                    preconditionFailure("Words/calendar-words.txt: '\(w.string)' (this or next year) has no 年 or 月")
                }
                reach = Swift.max(reach, k)
            }
            return reach
        }()
    }

    private static let marks = Marks()

    /// Time limits, each once (年底前 and 12月31日前 are one), and campaign periods marked as such.
    func extract(_ t: Scalars, year: Int?) -> [Deadline] {
        // the keys taken: whether a period, and the date (a limit's, else its text) or a period's
        // text. An item has a few: compared in a list, not hashed (a `Set<String>` of
        // "limit \(date)" keys, and the limit's text decoded again for `isPeriod`, were ~3 % of the reader)
        var seen: [(period: Bool, key: String)] = []
        var out: [Deadline] = []
        for f in Self.spans(in: t, year: year) {
            let period = Self.isPeriod(t, f.start, f.end)
            let text = t.sub(f.start, f.end).string
            let iso = f.date.map(\.iso)  // formatted once, not for the key and again
            // one limit per date; periods with the same end are still different periods
            let key = period ? text : iso ?? text
            guard !seen.contains(where: { $0.period == period && $0.key == key }) else { continue }
            seen.append((period, key))
            out.append(Deadline(text: text, date: iso, kind: period ? .period : .deadline))
        }
        return out
    }

    /// 从即日起到2017年3月31日结束, 自11月15日起至…止: the period a campaign runs, not a limit.
    static func isPeriod(_ text: Scalars) -> Bool { isPeriod(text, 0, text.count) }

    /// The same of `t[s..<e]`, read in place.
    static func isPeriod(_ t: Scalars, _ s: Int, _ e: Int) -> Bool {
        guard !periodStarts.contains(where: { $0.count <= e - s && t.has($0, at: s) }) else { return true }
        guard let from = t.index(of: [Lexicon.Localizer.onward], from: s, to: e) else { return false }
        return periodLinks.contains { t.index(of: $0, from: from, to: e) != nil }
    }

    static func find(in t: Scalars, year: Int?) -> [Found] {
        spans(in: t, year: year).map { Found(start: $0.start, end: $0.end, text: t.sub($0.start, $0.end).string, date: $0.date) }
    }

    /// A limit `find` finds, without its text (made only where it is read).
    struct Span {
        var start: Int
        var end: Int
        var date: CivilDate?
    }

    /// `find`'s limits as spans of `t`.
    static func spans(in t: Scalars, year: Int?) -> [Span] {
        var out: [Span] = []
        // `deadline`'s first test, with the statics read once, not per character
        let m = marks
        let numerals = m.numerals
        let yearMark = m.year
        let monthMark = m.month
        let relativeYearStarts = m.relativeYearStarts
        let starts = m.starts  // the union of what the tests below look for: most characters are none
        let n = t.count
        let reach = m.markReach
        // the next 年 or 月 at or after `i` (found 16 characters at a time): a limit that starts at
        // `i` has one in `t[i...(i + reach)]`, so only the characters up to `reach` before one are tested
        var mark = -1
        var i = 0
        while i < n {
            if mark < i {
                mark = m.yearOrMonth.firstMember(in: t, from: i, keys: m.yearOrMonthKeys)
                guard mark < n else { break }
            }
            i = Swift.max(i, mark - reach)
            // to the next character that can start one (the bitmap opened once for the run)
            i = starts.firstMember(in: t, from: i, to: mark + 1)
            guard i <= mark else { continue }
            let c = t[i]
            let number = c.isDigit || numerals.contains(c)
            if number ? namesYearOrMonth(t, at: i, year: yearMark, month: monthMark) : c == yearMark || relativeYearStarts.contains(c),
                let f = deadline(t, at: i, year: year, marks: m)
            {
                out.append(f)
                i = f.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether the number at `i` can open a time limit: a year (年 four characters on: 2019年,
    /// 二〇一九年) or a month (月 within three: 6月, 十二月). Most numbers in a text are neither, and
    /// `deadline` asks more of each.
    static func namesYearOrMonth(_ t: Scalars, at i: Int, year: Unicode.Scalar, month: Unicode.Scalar) -> Bool {
        if i + 4 < t.count, t[i + 4] == year { return true }
        var k = i + 1
        while k < t.count, k <= i + 3 {
            if t[k] == month { return true }
            k += 1
        }
        return false
    }

    /// A deadline phrase starting at `i`.
    static func deadline(_ t: Scalars, at i: Int, year itemYear: Int?) -> Found? {
        deadline(t, at: i, year: itemYear, marks: marks).map {
            Found(start: $0.start, end: $0.end, text: t.sub($0.start, $0.end).string, date: $0.date)
        }
    }

    /// The same as a span, with the marks and words read from `m` (not each through its static's accessor).
    private static func deadline(_ t: Scalars, at i: Int, year itemYear: Int?, marks m: Marks) -> Span? {
        guard t[i].isDigit || m.numerals.contains(t[i]) || t[i] == m.year || m.relativeYearStarts.contains(t[i]) else { return nil }
        if i > 0, t[i - 1].isDigit || m.numerals.contains(t[i - 1]) { return nil }
        var j = i
        var year: Int?
        var relative = 0
        // (今年, 本年, 明年 only where `t[j]` starts one: one bit, not a comparison with each)
        let relativeStart = m.relativeYearStarts.contains(t[j])
        if relativeStart, let w = m.thisYears.first(where: { t.has($0, at: j) }) {
            j += w.count
        } else if relativeStart, t.has(m.nextYear, at: j) {
            relative = 1
            j += m.nextYear.count
        } else if t[j].isDigit {
            let (v, k) = t.digits(at: j, limit: 4)
            if k - j == 4, k < t.count, t[k] == m.year, (1990...2099).contains(v) {
                year = v
                j = k + 1
            }
        } else if j + 4 < t.count, t[j + 4] == m.year, let v = ChineseNumber.yearValue(t.sub(j, j + 4)), (1990...2099).contains(v) {
            // 二〇二〇年
            year = v
            j += 5
        }
        var month: Int?
        var day: Int?
        // 5月前: a month without 底/日 (before May, or by the end of May?)
        var monthOnly = false
        // (each list asked only where `t[j]` starts one of its words)
        let endFirst = j < t.count ? t[j] : " "
        if (m.yearEndFirsts.contains(endFirst) && m.yearEnds.contains(where: { t.has($0, at: j) }))
            || ((year != nil || relative > 0 || j > i) && m.endFirsts.contains(endFirst) && m.ends.contains(where: { t.has($0, at: j) }))
        {
            if t[j] == m.year { j += 1 }
            month = 12
            day = 31
            j += 1
        } else {
            let (v, k) = number(t, at: j, numerals: m.numerals)
            guard k > j, k < t.count, t[k] == m.month, (1...12).contains(v) else { return nil }
            month = v
            j = k + 1
            if j < t.count, m.monthEndFirsts.contains(t[j]), let w = m.monthEnds.first(where: { t.has($0, at: j) }) {
                day = 0  // last day
                j += w.count
            } else if t.has(m.earlyMonth, at: j) {
                day = 10
                j += m.earlyMonth.count
            } else if t.has(m.midMonth, at: j) {
                day = 20
                j += m.midMonth.count
            } else {
                let (dv, dayEnd) = number(t, at: j, numerals: m.numerals)
                if dayEnd > j, dayEnd < t.count, m.days.contains(t[dayEnd]) {
                    day = dv
                    j = dayEnd + 1
                } else {
                    day = 0
                    monthOnly = true
                }
            }
        }
        // 到2019年底，…: a limit written with 到 before an end of year or month, without 前
        let byEnd = i >= 1 && t[i - 1] == m.until && j > i && m.endChars.contains(t[j - 1])
        // 限期至12月20日完成整改: a limit named before the date
        // (a prefix ends just before `i`: its last character is tested first, one bit for all of them)
        let byPrefix =
            day.map { $0 > 0 } == true && i >= 1 && m.limitPrefixLasts.contains(t[i - 1])
            && m.limitPrefixes.contains { t.has($0, at: i - $0.count) }
        // 即日起至明年3月15日, 自11月15日起至…: the end of a period, written without 止/结束
        let byPeriod =
            i >= 2 && (t[i - 1] == m.until || t[i - 1] == m.untilFormal) && t[i - 2] == m.onward
        // (the first character is tested first, one bit for all of them: most dates have no suffix)
        let suffix = j < t.count && m.suffixFirsts.contains(t[j]) ? m.suffixes.first(where: { t.has($0, at: j) }) : nil
        guard suffix != nil || byEnd || byPrefix || byPeriod else { return nil }
        let end = j + (suffix?.count ?? 0)
        // 12月15日前后: around a date, no limit
        if suffix == [m.before], end < t.count, t[end] == m.after { return nil }
        var start = i
        // 从即日起到…结束: the whole period
        if i >= 1, t[i - 1] == m.until || t[i - 1] == m.untilFormal {
            var b = i - 1
            while b > 0, i - b < 12, !t[b - 1].isClauseEnd {
                b -= 1
                if t[b] == m.from || t[b] == m.since { start = b; break }
            }
            // 即日起至…: without 从/自 the period opens with its start word
            if start == i, let w = m.periodStarts.first(where: { $0.count > 1 && t.sub(max(0, i - 1 - $0.count), i - 1) == $0 }) {
                start = i - 1 - w.count
            }
        }
        let y = year ?? itemYear.map { $0 + relative }
        var date: CivilDate?
        // 5月前 is read both ways in briefings (before May, by the end of May): its date stays unknown
        let ambiguous = monthOnly && suffix.map { m.openEnded.contains($0) } == true
        if let y, let mo = month, let d = day, !ambiguous {
            date = CivilDate(year: y, month: mo, day: d == 0 ? CivilDate.daysIn(month: mo, year: y) : d)
        }
        return Span(start: start, end: end, date: date)
    }

    /// A month or day number at `i`: up to two digits, or a Chinese numeral (十一月二十日前).
    static func number(_ t: Scalars, at i: Int) -> (value: Int, end: Int) { number(t, at: i, numerals: ChineseNumber.numerals) }

    /// The same, given `ChineseNumber.numerals` (the numerals as a set: `isNumeral`).
    private static func number(_ t: Scalars, at i: Int, numerals: ScalarSet) -> (value: Int, end: Int) {
        guard i < t.count, !t[i].isDigit, numerals.contains(t[i]) else { return t.digits(at: i, limit: 2) }
        var e = i
        while e < t.count, e - i < 3, numerals.contains(t[e]) { e += 1 }
        guard let v = ChineseNumber.value(t.sub(i, e)) else { return (0, i) }
        return (v, e)
    }
}
