import ReportModel

/// Step 4a: the item's date, its year (written or inferred), and the time of day.
struct DateExtractor: Sendable {
    /// What the file says about years outside the item.
    struct Context: Sendable {
        /// 发布日期 of the page.
        var published: CivilDate?
        /// Years in the page header (a heading such as 2016年冬季…简报).
        var headerClues: [YearClue] = []
        /// The year clues of the file's first item that has any, in order (only the first is used).
        var fileClues: [YearClue] = []
        /// The year to assume when nothing in the file dates an item (`parse --year`).
        var fallbackYear: Int?
        /// The first full date in the page header: an e-paper masthead (邢台日报 2019年11月12日), a
        /// 简报's issue date. A report that gives only a day (11日上午) means a day of its month.
        var headerDate: CivilDate?
        /// The publish date of the item's own page or entry (a 发布时间 line inside it), else the
        /// file's: what 昨天/今天 count from.
        var itemPublished: CivilDate?
    }

    /// The item's event date.
    struct Found: Sendable, Equatable {
        var date: CivilDate?
        var text: String?
        var yearInferred: Bool
        var timeOfDay: String?
        /// Where the mention is in the item text.
        var mention: DateMention?
    }

    private static let notEventBefore = Words.list("date-not-event-before").map { Scalars($0) }
    private static let notEventAfter = Words.list("date-not-event-after").map { Scalars($0) }
    private static let rangeMarks = Lexicon.scalarSet(Words.characters("date-range-marks"))
    private static let dayRangeMarks = Lexicon.scalarSet(Words.characters("date-day-range-marks"))
    private static let yearRangeMarks = Lexicon.scalarSet(Words.characters("date-year-range-marks"))
    private static let timesOfDay = Words.list("times-of-day").map { Scalars($0) }
    private static let weekdayWords = Words.list("weekday-cues").map { Scalars($0) }
    private static let datelineEnds = Lexicon.scalarSet(Words.characters("dateline-ends"))
    private static let timeOfDayNames = Dictionary(uniqueKeysWithValues: Words.pairs("time-of-day-names").map { (Scalars($0.0), $0.1) })

    /// The name recorded for a time of day as written (晚 → 晚上).
    static func timeOfDayName(_ w: Scalars) -> String { timeOfDayNames[w] ?? w.string }

    /// The event date: the first date in the item that is not a period bound or a past reference.
    func extract(_ text: Scalars, context: Context) -> Found {
        // their texts made only for the one chosen (a String for each date of the item was most
        // of the cost of reading them)
        let all = Self.mentions(in: text, texts: false)
        let candidates = all.filter { m in
            !Self.notEventBefore.contains { text.has($0, at: m.start - $0.count) }
                && (!Self.notEventAfter.contains { text.has($0, at: m.end) } || Self.daySpanEnd(text, m.end) != nil)
        }
        // the meeting's date: one with a time of day or a 召开 after it beats an issue date
        var chosen: DateMention?
        var best = -1
        for m in candidates {
            let score = Self.eventScore(m, in: text)
            if score > best {
                best = score
                chosen = m
            }
        }
        // 本报讯（2018年11月6日）5日上午，…, 本报5月20日讯（通讯员 张伟）18日下午: a day of the dateline's month
        if let d = Self.dayOnly(text, before: 40),
            chosen.map({ c in
                // the chosen date is the dateline's, just before the day: （2018年11月6日）5日上午
                let gap = text.sub(c.end, d.start)
                return c.end <= d.start && (gap.count <= 3 || Self.datelineEnds.contains(text[c.end]))
                    && !gap.contains { $0 == "，" || $0 == "。" }
            }) ?? true
        {
            let ref =
                all.first(where: { $0.end <= d.start }).flatMap { m -> CivilDate? in
                    guard let y = m.year ?? Self.inferYear(month: m.month, itemClues: Self.yearClues(in: text), context: context) else {
                        return nil
                    }
                    return CivilDate(year: y, month: m.month, day: m.day)
                } ?? context.published ?? context.headerDate
            if let r = ref {
                var month = r.month
                var year = r.year
                if d.day > r.day {
                    month -= 1
                    if month == 0 { month = 12; year -= 1 }
                }
                if let date = CivilDate(year: year, month: month, day: d.day) {
                    var tod: String?
                    if let w = text.word(from: Self.timesOfDay, at: d.end) { tod = Self.timeOfDayName(w) }
                    let m = DateMention(start: d.start, end: d.end, year: nil, month: month, day: d.day, text: d.text)
                    return Found(date: date, text: d.text, yearInferred: true, timeOfDay: tod, mention: m)
                }
            } else if chosen == nil {
                // 11日上午 with no month anywhere: the day and its time, no date (the reader warns)
                var tod: String?
                if let w = text.word(from: Self.timesOfDay, at: d.end) { tod = Self.timeOfDayName(w) }
                let m = DateMention(start: d.start, end: d.end, year: nil, month: 0, day: d.day, text: d.text)
                return Found(date: nil, text: d.text, yearInferred: false, timeOfDay: tod, mention: m)
            } else if let c = chosen, c.year == nil {
                // 新华社太原11月20日电 19日下午 in a file without a year: the day and its time, no date
                var tod: String?
                if let w = text.word(from: Self.timesOfDay, at: d.end) { tod = Self.timeOfDayName(w) }
                let month = d.day > c.day ? (c.month == 1 ? 12 : c.month - 1) : c.month
                let m = DateMention(start: d.start, end: d.end, year: nil, month: month, day: d.day, text: d.text)
                return Found(date: nil, text: d.text, yearInferred: false, timeOfDay: tod, mention: m)
            }
        }
        guard var m = chosen else {
            return Self.relativeDay(text, base: context.itemPublished ?? context.published)
                ?? Found(date: nil, text: nil, yearInferred: false, timeOfDay: nil, mention: nil)
        }
        m.text = text.sub(m.start, m.end).string
        var timeOfDay: String?
        if let w = text.word(from: Self.timesOfDay, at: Self.afterWeekday(text, m.end)) {
            timeOfDay = Self.timeOfDayName(w)
        }
        if let y = m.year {
            return Found(
                date: CivilDate(year: y, month: m.month, day: m.day), text: m.text, yearInferred: false, timeOfDay: timeOfDay, mention: m)
        }
        let y = Self.inferYear(month: m.month, itemClues: Self.yearClues(in: text), context: context)
        let date = y.flatMap { CivilDate(year: $0, month: m.month, day: m.day) }
        return Found(date: date, text: m.text, yearInferred: date != nil, timeOfDay: timeOfDay, mention: m)
    }

    private static let convene = Words.list("convene-verbs").map { Scalars($0) }
    private static let conveneFirsts = ScalarSet(convene.compactMap(\.first))
    private static let relativeDays = Words.pairs("relative-days").compactMap { w, d in Int(d).map { (Scalars(w), $0) } }

    /// `昨天下午，…` in an item whose page says 发布时间：2021-12-02: the day before the publish date.
    /// Only at a sentence start and before a time of day or a comma; the first such word counts.
    static func relativeDay(_ t: Scalars, base: CivilDate?) -> Found? {
        guard let base else { return nil }
        for i in t.indices where i == 0 || t[i - 1].isSentenceEnd || t[i - 1] == "\n" {
            for (w, days) in relativeDays where t.has(w, at: i) {
                let end = i + w.count
                let tod = t.word(from: timesOfDay, at: end)
                guard tod != nil || (end < t.count && (t[end] == "，" || t[end] == ",")) else { continue }
                let date = base.adding(days: days)
                let m = DateMention(start: i, end: end, year: nil, month: date.month, day: date.day, text: w.string)
                return Found(date: date, text: w.string, yearInferred: true, timeOfDay: tod.map { timeOfDayName($0) }, mention: m)
            }
        }
        return nil
    }

    /// 2 for a time of day after the date, 2 for 召开 later in its sentence, 1 at a paragraph start.
    static func eventScore(_ m: DateMention, in t: Scalars) -> Int {
        var score = 0
        if t.word(from: timesOfDay, at: afterWeekday(t, m.end)) != nil { score += 2 }
        var e = m.end
        let firsts = conveneFirsts  // compared only where a verb's first character stands
        while e < t.count, e - m.end < 60, !t[e].isSentenceEnd, t[e] != "\n" {
            if firsts.contains(t[e]), convene.contains(where: { t.has($0, at: e) }) {
                score += 2
                break
            }
            e += 1
        }
        if m.start == 0 || t[m.start - 1] == "\n" || (m.start > 0 && !t[m.start - 1].isHan && m.start < 20) { score += 1 }
        return score
    }

    /// `至6日`, `-6日`: the end of an event of several days (11月5日至6日), not a period.
    static func daySpanEnd(_ t: Scalars, _ i: Int) -> Int? {
        guard i < t.count, Self.rangeMarks.contains(t[i]) else { return nil }
        var j = i + 1
        while j < t.count, t[j].isDigit || ChineseNumber.isNumeral(t[j]), j - i <= 3 { j += 1 }
        guard j > i + 1, j < t.count, Lexicon.DateMark.days.contains(t[j]) else { return nil }
        return j + 1
    }

    /// `5日上午，` near the start of a report: a day without its month, before `limit`.
    static func dayOnly(_ t: Scalars, before limit: Int) -> (start: Int, end: Int, day: Int, text: String)? {
        var i = 0
        while i < min(limit, t.count) {
            guard t[i].isDigit,
                i == 0
                    || !(t[i - 1].isDigit || t[i - 1] == Lexicon.DateMark.month || t[i - 1] == Lexicon.DateMark.year
                        || Self.dayRangeMarks.contains(t[i - 1]))
            else {
                i += 1
                continue
            }
            let (v, j) = t.digits(at: i, limit: 2)
            if j < t.count, t[j].isDigit { i = j; continue }
            guard j + 1 < t.count, t[j] == Lexicon.DateMark.day, (1...31).contains(v) else { i = max(j, i + 1); continue }
            let after = t[j + 1]
            if after == "，" || after == "," || t.word(from: timesOfDay, at: j + 1) != nil {
                return (i, j + 1, v, t.sub(i, j + 1).string)
            }
            i = j + 1
        }
        return nil
    }

    /// Skips `（星期三）` / `(周三)` after a date.
    static func afterWeekday(_ t: Scalars, _ i: Int) -> Int {
        guard i < t.count, t[i] == "（" || t[i] == "(" else { return i }
        var j = i + 1
        while j < t.count, j - i <= 5, t[j] != "）" && t[j] != ")" { j += 1 }
        guard j < t.count, j - i <= 5 else { return i }
        let inner = t.sub(i + 1, j)
        return weekdayWords.contains(where: { inner.hasPrefix($0) }) ? j + 1 : i
    }

    /// Year for an undated month: 发布日期, then the item's own years, then the page header,
    /// then any year in the file.
    /// `itemClues` are looked for only when there is no 发布日期 (a scan of the whole item).
    static func inferYear(month: Int, itemClues: @autoclosure () -> [YearClue], context: Context) -> Int? {
        if let p = context.published { return month > p.month ? p.year - 1 : p.year }
        if let c = itemClues().first { return c.year(forMonth: month) }
        if let c = context.headerClues.first { return c.year(forMonth: month) }
        if let c = context.fileClues.first { return c.year(forMonth: month) }
        if let y = context.fallbackYear { return y }
        return nil
    }

    /// Target years (到2020年) and base years of a comparison (较2015年下降20%).
    private static let periodOpeners = Words.list("period-openers").map { Scalars($0) }
    private static let yearSkipBefore = Words.list("year-skip-before").map { Scalars($0) }
    private static let yearSkipAfter = Words.list("year-skip-after").map { Scalars($0) }

    /// Years and year ranges that date the text (`2016-2017年`, `2017~2018`, `2018年5月`,
    /// `2017年大气污染防治…`); target years (`到2020年`, `2021年年底前`) are skipped.
    static func yearClues(in t: Scalars) -> [YearClue] {
        var clues: [YearClue] = []
        forEachYearClue(in: t) {
            clues.append($0)
            return true
        }
        return clues
    }

    /// `!yearClues(in: t).isEmpty`, read only to the first clue and without an array (asked of
    /// every paragraph in pass 1: ~1.3 % of the reader on the genre mix as `yearClues`).
    static func hasYearClues(in t: Scalars) -> Bool {
        var found = false
        forEachYearClue(in: t) { _ in
            found = true
            return false
        }
        return found
    }

    /// `body` given each of `yearClues(in: t)` in order, until it returns false.
    @inline(__always)
    private static func forEachYearClue(in t: Scalars, _ body: (YearClue) -> Bool) {
        let yearMark = Lexicon.DateMark.year  // read once, not per character
        var i = 0
        while i < t.count {
            // to the next ASCII digit, or numeral four before 年: where a year below may start (the
            // other digits and numerals are passed over by both tests)
            i = t.withUnsafeBufferPointer { DateScan.nextYearStart($0, from: i, year: yearMark.value) }
            guard i < t.count else { break }
            // 二〇一七年: a year in Chinese numerals (年 tested first: it is rarer than a numeral)
            if i + 4 < t.count, t[i + 4] == yearMark, ChineseNumber.isNumeral(t[i]), i == 0 || !ChineseNumber.isNumeral(t[i - 1]),
                let y = ChineseNumber.yearValue(t.sub(i, i + 4)), (1990...2099).contains(y)
            {
                guard body(.single(y)) else { return }
                i += 5
                continue
            }
            guard t[i].isASCIIDigit, i == 0 || !t[i - 1].isDigit, let (y, e) = year(t, at: i) else {
                i += 1
                continue
            }
            // a range: 2016-2017, 2017~2018, 2016至2017年
            if e < t.count, Self.yearRangeMarks.contains(t[e]), let (y2, e2) = year(t, at: e + 1), y2 == y + 1 {
                guard body(.range(y, y2)) else { return }
                i = e2
                continue
            }
            // 即日起至2019年3月15日: a campaign period ending in spring began the year before
            if Self.periodOpeners.contains(where: { t.has($0, at: i - $0.count) }),
                let d = mentions(in: t.sub(i, min(t.count, i + 12)), texts: false).first, d.start == 0
            {
                guard body(d.month <= 6 ? .range(y - 1, y) : .single(y)) else { return }
                i = e
                continue
            }
            let skip =
                yearSkipBefore.contains { t.has($0, at: i - $0.count) } || yearSkipAfter.contains { t.has($0, at: e) }
            if e < t.count, t[e] == Lexicon.DateMark.year, !skip {
                guard body(.single(y)) else { return }
            } else if e < t.count, Self.isSeparator(t[e]), !skip, let d = mentions(in: t.sub(i, min(t.count, i + 10)), texts: false).first,
                d.start == 0
            {
                guard body(.single(y)) else { return }
            }
            i = e
        }
    }

    /// A 4-digit year 1990…2099 at `i`, not followed by another digit.
    private static func year(_ t: Scalars, at i: Int) -> (Int, Int)? {
        guard i + 4 <= t.count else { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard let d = t[k].digitValue else { return nil }
            v = v * 10 + d
        }
        if i + 4 < t.count, t[i + 4].isDigit { return nil }
        guard (1990...2099).contains(v) else { return nil }
        return (v, i + 4)
    }

    /// A number at `i`: Arabic digits (half or full width) or Chinese numerals.
    private static func number(_ t: Scalars, at i: Int) -> (value: Int, end: Int, digits: Int)? {
        let (v, end) = t.digits(at: i, limit: 4)
        if end > i { return (v, end, end - i) }
        var j = i
        while j < t.count, ChineseNumber.isNumeral(t[j]), j - i < 5 { j += 1 }
        guard j > i else { return nil }
        let s = t.sub(i, j)
        if let y = ChineseNumber.yearValue(s) { return (y, j, 4) }
        guard let val = ChineseNumber.value(s) else { return nil }
        return (val, j, j - i)
    }

    /// Every full 月日 date in the text, in order.
    static func mentions(in t: Scalars) -> [DateMention] { mentions(in: t, texts: true) }

    /// `mentions(in:)`, each `text` left empty unless `texts` (for a caller that reads none, or
    /// makes the one it keeps).
    static func mentions(in t: Scalars, texts: Bool) -> [DateMention] {
        var out: [DateMention] = []
        let numbers = ScanStarts.numbers  // digits and numerals in one set, read once, not per character
        let year = Lexicon.DateMark.year  // `markFollows`' marks, read once, not per number
        let month = Lexicon.DateMark.month
        var i = 0
        while i < t.count {
            // to the next digit or numeral not after a digit that a mark follows within five (the
            // others are stepped over below): passed to by the marks, 16 characters at a time
            i = t.withUnsafeBufferPointer { DateScan.nextDateStart($0, from: i, numbers: numbers, year: year.value, month: month.value) }
            guard i < t.count else { break }
            if let m = mention(t, at: i, text: texts) {
                // a year outside 1949…2100 (0000年1月1日, 99999年1月1日: its digits unread) dates
                // nothing: the 1月1日 after it is not taken as a day of another year
                let implausible = m.year.map { !CivilDate.plausibleYears.contains($0) } ?? false
                let afterUnreadYear = m.year == nil && i >= 2 && t[i - 1] == Lexicon.DateMark.year && t[i - 2].isDigit
                if !implausible && !afterUnreadYear { out.append(m) }
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether 年, 月 or a date's separator (`-/.`) stands within five characters after `i`: a date
    /// has one right after its first number (at most four digits or five numerals), and most numbers
    /// in prose (进一步, 统一, 3个) have none, and are not read as numbers for it.
    static func markFollows(_ t: Scalars, at i: Int) -> Bool {
        markFollows(t, at: i, year: Lexicon.DateMark.year, month: Lexicon.DateMark.month)
    }

    /// The same, given 年 and 月 (read once by the scanner, not at each number).
    @inline(__always)
    static func markFollows(_ t: Scalars, at i: Int, year: Unicode.Scalar, month: Unicode.Scalar) -> Bool {
        var k = i + 1
        while k < t.count, k <= i + 5 {
            let c = t[k]
            if c == year || c == month || c == "-" || c == "/" || c == "." { return true }
            k += 1
        }
        return false
    }

    static func mention(_ t: Scalars, at i: Int) -> DateMention? { mention(t, at: i, text: true) }

    /// `-`, `/` or `.` between a date's numbers (compared, not looked up in a String's scalars).
    @inline(__always)
    private static func isSeparator(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "/" || c == "." }

    /// `mention(_:at:)`, its `text` empty unless `text`.
    private static func mention(_ t: Scalars, at i: Int, text: Bool) -> DateMention? {
        guard let first = number(t, at: i) else { return nil }
        var year: Int?
        var j = first.end
        var month: Int
        if first.digits == 4, j < t.count, Self.isSeparator(t[j]) {
            // 2016-05-19
            guard let m = number(t, at: j + 1), m.digits <= 2, m.end < t.count, t[m.end] == t[j],
                let d = number(t, at: m.end + 1), d.digits <= 2, t[j + 1].isDigit
            else { return nil }
            guard CivilDate(year: first.value, month: m.value, day: d.value) != nil else { return nil }
            return DateMention(
                start: i, end: d.end, year: first.value, month: m.value, day: d.value, text: text ? t.sub(i, d.end).string : "")
        }
        if first.digits == 4, j < t.count, t[j] == Lexicon.DateMark.year {
            year = first.value
            j += 1
            guard let m = number(t, at: j) else { return nil }
            month = m.value
            j = m.end
        } else {
            month = first.value
        }
        guard j < t.count, t[j] == Lexicon.DateMark.month, (1...12).contains(month) else { return nil }
        j += 1
        guard let d = number(t, at: j), d.end < t.count, Lexicon.DateMark.days.contains(t[d.end]), (1...31).contains(d.value)
        else { return nil }
        let end = d.end + 1
        if let y = year, CivilDate(year: y, month: month, day: d.value) == nil { return nil }
        if year == nil, CivilDate(year: 2000, month: month, day: d.value) == nil { return nil }
        return DateMention(start: i, end: end, year: year, month: month, day: d.value, text: text ? t.sub(i, end).string : "")
    }

    /// The first date with its year in a line (`发布日期：2016-05-19`).
    static func firstFullDate(in t: Scalars) -> CivilDate? {
        for m in mentions(in: t, texts: false) {
            if let y = m.year, let d = CivilDate(year: y, month: m.month, day: m.day) { return d }
        }
        return nil
    }
}
