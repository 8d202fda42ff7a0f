/// Step 4e: explicitly numbered demands (一是/二是, 一要/二要, mixed 一要…二是要…三是, 一、二、,
/// （一）（二）, 第一/第二, 1./2., （1）（2）), in order. A numbered list of causes (究其原因，一是…) or
/// of achievements (取得明显成效：一是…) is not a list of requirements.
struct RequirementExtractor: Sendable {
    enum Family: Int, Sendable, CaseIterable {
        case shi, yao, dun, paren, arabic, di, parenArabic

        /// 一要 and 二是要 count in one sequence (一要…二是要…三是…).
        var sequence: Family { self == .yao ? .shi : self }
    }

    struct Marker: Equatable {
        var family: Family
        var value: Int
        var start: Int
        /// Where the point's text starts.
        var textStart: Int
        /// `2.12月5日前…`: read as a number (2.12) unless it continues a list (1.…；2.…).
        var onlyContinues = false
    }

    private static let causeWordList = WordList(Words.list("cause-words"))

    func extract(_ t: Scalars) -> [String] {
        let markers = Self.markers(in: t)
        // runs of 1, 2, 3 … per family
        var runs: [[Marker]] = []
        // sequence → index in runs, by the family's raw value (a dictionary per item cost more than the rest)
        var open = [Int?](repeating: nil, count: Family.allCases.count)
        for m in markers {
            if m.value == 1 && !m.onlyContinues {
                runs.append([m])
                open[m.family.sequence.rawValue] = runs.count - 1
            } else if let r = open[m.family.sequence.rawValue], let last = runs[r].last, last.value + 1 == m.value {
                runs[r].append(m)
            }
        }
        var good = runs.filter {
            $0.count >= 2 && !Self.isCauseList(t, at: $0[0].start) && Self.isDemandList(t, $0) && !Self.isAttachmentList(t, at: $0[0].start)
                && !Self.isPartyList(t, $0)
        }
        // 刚才，…传达了…精神，市里提出了三点要求：一是…  下面，我再强调四点：（一）…: the speaker's own list
        if good.count >= 2, Self.isRelayed(t, at: good[0][0].start),
            let own = good.firstIndex(where: { $0[0].family != good[0][0].family && !Self.isRelayed(t, at: $0[0].start) })
        {
            good = Array(good[own...])
        }
        guard let first = good.first else { return [] }
        let chosen = good.filter { $0[0].family == first[0].family }
        var out: [String] = []
        for run in chosen {
            for (k, m) in run.enumerated() {
                // up to the next point, or the end of the point's sentence (；ends 一是/一要 points)
                let limit = k + 1 < run.count ? run[k + 1].start : t.count
                let semicolonEnds = m.family.sequence == .shi || m.family == .di
                var end = m.textStart
                while end < limit, t[end] != "\n" {
                    if t[end].isSentenceEnd && (t[end] != "；" || semicolonEnds) { break }
                    end += 1
                }
                var text = t.sub(m.textStart, end)
                while let l = text.last, l.isClauseEnd || l.isSpace || l == "、" { text.removeLast() }
                if !text.isEmpty { out.append(text.string) }
            }
        }
        return out
    }

    private static let demandCues = WordList(Words.list("demand-cues"))

    /// A list of demands: 一要…, 一是要…, or a list after 要求/强调/任务/意见… (a list of what was
    /// done — 主要做法：一是… — is not).
    static func isDemandList(_ t: Scalars, _ run: [Marker]) -> Bool {
        if run[0].family == .yao { return true }
        if run.allSatisfy({ t.has([Lexicon.NumeralMark.listMust], at: $0.textStart) }) { return true }
        let s = run[0].start
        return demandCues.occurs(in: t, from: max(0, s - 40), to: s)
    }

    private static let relayWords = WordList(Words.list("relayed-list-cues"))

    /// The list's sentence relays another meeting's demands (传达了…精神，…提出了三点要求：).
    static func isRelayed(_ t: Scalars, at i: Int) -> Bool {
        var s = i
        while s > 0, !t[s - 1].isSentenceEnd || t[s - 1] == "；", t[s - 1] != "\n", i - s < 80 { s -= 1 }
        return relayWords.occurs(in: t, from: s, to: i)
    }

    /// A cause word just before the list (原因, 问题, 成效 …), with no demand cue after it
    /// (针对这些问题，我提三点要求：（一）… is a list of demands).
    static func isCauseList(_ t: Scalars, at i: Int) -> Bool {
        let before = t.sub(max(0, i - 12), i)
        // where the last cause word starts: the first position from the end where one occurs (a
        // search from the end for each word was most of `extract`'s own instructions)
        let causes = causeWordList
        guard let cause = before.indices.reversed().first(where: { causes.occurs(in: before, at: $0, before: before.count) }) else {
            return false
        }
        return !demandCues.occurs(in: before, from: cause + 1)
    }

    private static let attachmentHeads = Words.list("attachment-heads").map { Scalars($0) }

    /// `附件：1.…`: the list after an attachment head on its line.
    static func isAttachmentList(_ t: Scalars, at i: Int) -> Bool {
        var s = i
        while s > 0, t[s - 1] == "：" || t[s - 1] == ":" || t[s - 1].isSpace { s -= 1 }
        return s < i && attachmentHeads.contains { s >= $0.count && t.has($0, at: s - $0.count) }
    }

    private static let partyEndings = Words.list("party-endings").map { Scalars($0) }

    /// `1.…有限公司：未按要求…；2.…厂：…`: every point opens with a named firm or site and a colon.
    static func isPartyList(_ t: Scalars, _ run: [Marker]) -> Bool {
        run.allSatisfy { m in
            var k = m.textStart
            while k < t.count, k - m.textStart <= 30, t[k] != "：", t[k] != ":", !t[k].isClauseEnd, t[k] != "\n" { k += 1 }
            guard k < t.count, t[k] == "：" || t[k] == ":", k > m.textStart else { return false }
            let name = t.sub(m.textStart, k)
            return partyEndings.contains { name.hasSuffix($0) }
        }
    }

    /// `12月` at `i`: a month after a list number's dot.
    static func monthFollows(_ t: Scalars, at i: Int) -> Bool {
        var j = i
        while j < t.count, t[j].isDigit, j - i < 2 { j += 1 }
        guard j < t.count, t[j] == Lexicon.DateMark.month, let v = Int(t.sub(i, j).string) else { return false }
        return (1...12).contains(v)
    }

    /// The first index at or after `from` whose character is in `before`, or `t.count`. Every
    /// character looked up in the bitmap: a range test for Han characters first took half the
    /// instructions but twice the time (a branch at every digit, quote and letter, which no
    /// pattern foretells; the pass's share of the genre file's CPU samples ~1.9 % -> ~1.5 %).
    @inline(__always)
    static func nextBefore(_ t: Scalars, from: Int, in before: ScalarSet) -> Int {
        t.withUnsafeBufferPointer { b in
            var k = Swift.max(0, from)
            while k < b.count {
                let c = b[k]
                if before.contains(c) { return k }
                k &+= 1
            }
            return b.count
        }
    }

    /// Every enumeration marker at a clause start.
    static func markers(in t: Scalars) -> [Marker] {
        var out: [Marker] = []
        let before = ScanStarts.beforeMarkers  // read once, not per clause
        // the numerals as a set (`isNumeral`) and the marks, read once, not per clause start
        let numerals = ChineseNumber.numerals
        let listIs = Lexicon.NumeralMark.listIs
        let listMust = Lexicon.NumeralMark.listMust
        let ordinal = Lexicon.NumeralMark.ordinal
        var i = 0
        while i < t.count {
            let atStart = i == 0 || before.contains(t[i - 1])
            // every marker stands at a clause start: the next one is after the next clause end
            // (`t[i - 1]` is none, so the next start is one past the first at or after `i`)
            guard atStart else {
                i = Self.nextBefore(t, from: i, in: before) + 1
                continue
            }
            let c = t[i]
            if atStart, c == "（" || c == "(" {
                var j = i + 1
                while j < t.count, numerals.contains(t[j]), j - i < 4 { j += 1 }
                if j > i + 1, j < t.count, t[j] == "）" || t[j] == ")", let v = ChineseNumber.value(t.sub(i + 1, j)) {
                    out.append(Marker(family: .paren, value: v, start: i, textStart: j + 1))
                    i = j + 1
                    continue
                }
                // （1）（2）
                j = i + 1
                while j < t.count, t[j].isDigit, j - i < 3 { j += 1 }
                if j > i + 1, j < t.count, t[j] == "）" || t[j] == ")", let v = Int(t.sub(i + 1, j).string) {
                    out.append(Marker(family: .parenArabic, value: v, start: i, textStart: j + 1))
                    i = j + 1
                    continue
                }
            }
            if atStart, numerals.contains(c) {
                var j = i
                while j < t.count, numerals.contains(t[j]), j - i < 3 { j += 1 }
                if j < t.count, let v = ChineseNumber.value(t.sub(i, j)) {
                    switch t[j] {
                    case listIs:
                        out.append(Marker(family: .shi, value: v, start: i, textStart: j + 1))
                    case listMust:
                        out.append(Marker(family: .yao, value: v, start: i, textStart: j))
                    case "、":
                        out.append(Marker(family: .dun, value: v, start: i, textStart: j + 1))
                    default: break
                    }
                }
            }
            // 第一，…；第二，…
            if atStart, c == ordinal, i + 1 < t.count, numerals.contains(t[i + 1]) {
                var j = i + 1
                while j < t.count, numerals.contains(t[j]), j - i < 4 { j += 1 }
                if j < t.count, t[j] == "，" || t[j] == "," || t[j] == "、", let v = ChineseNumber.value(t.sub(i + 1, j)) {
                    out.append(Marker(family: .di, value: v, start: i, textStart: j + 1))
                }
            }
            if atStart, c.isDigit, i + 1 < t.count {
                var j = i
                while j < t.count, t[j].isDigit, j - i < 2 { j += 1 }
                let dot = j + 1 < t.count && t[j] == "."
                if j < t.count, t[j] == "、" || t[j] == "．" || dot, let v = Int(t.sub(i, j).string) {
                    // 1.12月10日前…: a point opening with a date, not the number 1.12
                    let decimal = dot && t[j + 1].isDigit && !Self.monthFollows(t, at: j + 1)
                    out.append(Marker(family: .arabic, value: v, start: i, textStart: j + 1, onlyContinues: decimal))
                }
            }
            i += 1
        }
        return out
    }
}
