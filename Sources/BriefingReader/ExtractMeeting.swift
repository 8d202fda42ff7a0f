/// Step 4b: the meeting's name and the unit that held it.
struct MeetingExtractor: Sendable {
    struct Found: Sendable, Equatable {
        var meeting: String?
        var unit: String?
    }

    private static let convene = WordList(Words.list("convene-verbs"))
    /// Longest first (sorted once, not at each 召开).
    private static let leadingFillers = Words.list("meeting-leading-fillers").map { Scalars($0) }.sorted(by: { $0.count > $1.count })
    private static let timeWords = Words.list("meeting-time-words").map { Scalars($0) }

    /// `headline` and `body` are searched in that order for a speech title (`在…会议上的讲话`),
    /// then the body and the headline for `…召开…会`.
    /// `header`: the page header, where 我县/全县 may find the county's name.
    func extract(headline: Scalars?, body: Scalars, dateEnd: Int?, header: Scalars = []) -> Found {
        // the meeting and the unit kept as scalars until the end (each test below made them again
        // from the Strings)
        var meeting: Scalars?
        var unit: Scalars?
        if let h = headline, let m = Self.speechMeeting(h) {
            meeting = m
        }
        let sources = [body, headline ?? []]
        outer: for (n, text) in sources.enumerated() {
            var from = n == 0 ? max(0, (dateEnd ?? 0) - 40) : 0
            // the first 召开 after the date, found once for both tests
            let afterDate = n == 0 ? dateEnd.flatMap { Self.conveneIndex(in: text, from: $0) } : nil
            if n == 0, dateEnd != nil, afterDate == nil { from = 0 }
            // 10月30日，省政府召开…会议后，11月1日上午，我市立即召开…: another meeting's 召开 before the date
            if n == 0, let d = dateEnd, let after = afterDate,
                let before = Self.conveneIndex(in: text, from: from), before < d,
                Self.around(text, convene: after).meeting != nil,
                text[before..<max(before, min(d, text.count))].contains(where: { $0 == "，" || $0 == "。" })
            {
                from = after
            }
            var k = from
            while let c = Self.conveneIndex(in: text, from: k) {
                var r = Self.around(text, convene: c)
                // 全省…视频会议召开。会后，我市紧接着召开全市…会议: the reporting body's own meeting
                if n == 0, r.meeting != nil, let own = Self.ownMeetingAfter(text, convene: c) { r = own }
                if meeting == nil, let m = r.meeting { meeting = m }
                if unit == nil, let u = r.unit { unit = u }
                if meeting != nil && unit != nil { break outer }
                if r.meeting != nil || r.unit != nil { break outer }
                k = c + 2
            }
        }
        if meeting == nil {
            for text in sources {
                if let m = Self.speechMeeting(text) ?? Self.attendedMeeting(text) {
                    meeting = m
                    break
                }
            }
        }
        // a speech at 全市…会议: the city holds it
        if unit == nil, var m = meeting {
            // 2019年全县…会议
            if m.count > 5, m.prefix(4).allSatisfy(\.isDigit), m[4] == Lexicon.DateMark.year { m = m.sub(5, m.count) }
            if m.count > 2, Lexicon.deictic.contains(m.sub(0, 2)) { unit = m.sub(0, 2) }
        }
        // 襄都区重污染天气…部署会在…召开 under the headline 襄都区召开…: the place both begin with holds it
        if unit == nil, let m = meeting, let h = headline, let u = Self.sharedPlace(m, h) {
            unit = u
        }
        // no meeting held: the body that acts (11月9日，赞皇县组织督查组…; 市大气办组成5个督查组)
        if unit == nil, let a = Self.actor(in: body) { unit = a }
        // 我县/全县 and 县委、县政府/市政府: the place the headline, the text or the page header names
        let unnamed = unit.map { Lexicon.unnamedHolders.contains($0) } ?? false
        if let u = unit, Lexicon.deictic.contains(u) || unnamed {
            let suffix = (unnamed ? u.first : u.last) ?? Lexicon.Level.city
            if let h = headline, let c = Self.conveneIndex(in: h, from: 0), let hu = Self.around(h, convene: c).unit,
                hu.last == suffix, !Lexicon.deictic.contains(hu), !Lexicon.unnamedHolders.contains(hu)
            {
                unit = hu
            } else if let city = Self.namedPlace(in: (headline ?? []) + ["\n"] + body, suffix: suffix)
                ?? Self.namedPlace(in: header, suffix: suffix)
            {
                // the headline and body joined only here, where they are read together
                unit = city
            }
        }
        // 街道召开…, 办事处召开…: a bare kind of place is the one the headline, the header or the text
        // names with it (和平街道大气污染防治工作周报)
        if let u = unit, Self.barePlaceKinds.contains(u) {
            for text in [headline ?? [], header, body] {
                if let named = Self.placeNamed(u, in: text) {
                    unit = named
                    break
                }
            }
        }
        // a letterhead as the headline (河间市…领导小组办公室 / 关于开展…的通知): the office that sends it
        if unit == nil, meeting == nil, let h = headline, Self.orgEndings.contains(where: { h.hasSuffix($0) }),
            !h.contains(where: { $0 == "，" || $0 == "。" }), let u = Self.cleanUnit(h)
        {
            unit = u
        }
        // no unit named at all (县委常委、副县长孙伟带队督导…, in a 简报 of 临漳县…办公室): the place of
        // the sender the page header names, as for 我县 above
        if unit == nil, !header.isEmpty {
            unit =
                [Lexicon.Level.district, Lexicon.Level.county, Lexicon.Level.city].lazy.compactMap {
                    Self.mostNamedPlace(in: header, suffix: $0)
                }.first
        }
        return Found(meeting: meeting?.string, unit: unit?.string)
    }

    private static let followUps = Words.list("meeting-follow-ups").map { Scalars($0) }

    /// The meeting the reporting body (我市, 本县: a deictic not opened by 全) convened right after
    /// the one at `c`, when a follow-up word (会后, 随后) between them says so.
    static func ownMeetingAfter(_ t: Scalars, convene c: Int) -> (meeting: Scalars?, unit: Scalars?)? {
        guard let next = conveneIndex(in: t, from: c + 2) else { return nil }
        // looked for in place between the two (not in a copy of the text between)
        guard followUps.contains(where: { t.index(of: $0, from: c, to: next) != nil }) else { return nil }
        let r = around(t, convene: next)
        guard let m = r.meeting, let u = r.unit, Lexicon.deictic.contains(u), u.first != Lexicon.Level.whole else { return nil }
        return (m, u)
    }

    private static let actionVerbs = WordList(Words.list("unit-action-verbs"))
    private static let orgEndings = Words.list("org-endings").map { Scalars($0) }

    /// The organisation that opens a clause near the top of the body and acts (开展, 组织 …).
    static func actor(in t: Scalars) -> Scalars? {
        let limit = min(t.count, 160)
        var s = 0
        while s < limit {
            var e = s
            while e < t.count, !t[e].isClauseEnd, e - s < 60 { e += 1 }
            let clause = stripLeadingTime(t.sub(s, e))
            if let v = clause.indices.first(where: { $0 >= 2 && $0 <= 16 && actionVerbs.match(clause, at: $0) != nil }),
                let u = cleanUnit(clause.sub(0, v)), orgEndings.contains(where: { u.hasSuffix($0) }),
                !u.contains(Lexicon.Function.possessive)
            {
                return u
            }
            s = e + 1
        }
        return nil
    }

    /// The first 召开/举行/举办 at or after `from` (one scan for all the verbs; it reads the item
    /// from the date on, and again after each 召开).
    static func conveneIndex(in t: Scalars, from: Int) -> Int? {
        convene.firstOccurrence(in: t, from: from)
    }

    /// The clause around a 召开 at `c`: `UNIT召开MEETING` or `[UNIT]MEETING(在PLACE)召开`.
    static func around(_ t: Scalars, convene c: Int) -> (meeting: Scalars?, unit: Scalars?) {
        // Before: back to the clause start.
        var s = c
        while s > 0, !t[s - 1].isClauseEnd, c - s < 60 { s -= 1 }
        let before = stripLeadingTime(t.sub(s, c))
        // After: up to the clause end.
        var e = c + 2
        while e < t.count, !t[e].isClauseEnd, e - c < 80 { e += 1 }
        var after = t.sub(c + 2, e)
        for f in leadingFillers where after.hasPrefix(f) {
            after = after.sub(f.count, after.count)
            break
        }
        // Passive: MEETING召开 / MEETING在济南召开
        if let m = meetingAtEnd(before) ?? meetingBeforePlace(before) {
            let split = splitUnit(fromMeeting: m)
            return (split.meeting, split.unit)
        }
        let meeting = meetingPrefix(after).flatMap { isGeneric($0) ? nil : $0 }
        var unit = cleanUnit(before)
        if unit == nil, let m = meeting, let u = splitUnit(fromMeeting: m).unit, !Lexicon.deictic.contains(u) { unit = u }
        // 县长郭海东主持召开…: a leader convenes for the level of the title
        if unit == nil, meeting != nil, PeopleExtractor.containsTitledName(before) { unit = levelOfTitle(before) }
        return (meeting, unit)
    }

    /// `县长…`, `市委副书记、市长…`: 全县, 全市 for the first level word of a title.
    static func levelOfTitle(_ t: Scalars) -> Scalars? {
        for k in t.indices where k + 1 < t.count && Lexicon.Level.all.contains(t[k]) && Lexicon.Level.titleEnds.contains(t[k + 1]) {
            return [Lexicon.Level.whole, t[k]]
        }
        return nil
    }

    /// Removes a leading date, time of day and time words: `11月1日上午` `今天`.
    static func stripLeadingTime(_ t: Scalars) -> Scalars {
        var t = t
        if let m = DateExtractor.mentions(in: t, texts: false).first, m.start <= 2 { t = t.sub(m.end, t.count) }
        var changed = true
        while changed {
            changed = false
            for w in timeWords where t.hasPrefix(w) {
                t = t.sub(w.count, t.count)
                changed = true
            }
            if let f = t.first, f == "，" || f == "," || f == Lexicon.Prep.at || f == Lexicon.Prep.atFormal {
                if f == Lexicon.Prep.at || f == Lexicon.Prep.atFormal { break }
                t = t.sub(1, t.count)
                changed = true
            }
        }
        return t
    }

    private static let organMeetingOpeners = Words.list("organ-meeting-openers").map { Scalars($0) }
    private static let unitCuts = Words.list("unit-cuts").map { Scalars($0) }
    private static let notInUnit = Words.list("not-in-unit").map { Scalars($0) }

    /// The unit before 召开: cut at 于/在 (…于11月2日在县会议室召开) and at 全体 (…全体人员).
    static func cleanUnit(_ t: Scalars) -> Scalars? {
        var u = t
        // bit `v % 64` of each character `v` of the text: a word whose first character's bit is not
        // set is not in it, nor in any part of it cut below (not searched for: 18 searches a clause)
        let present = t.reduce(UInt64(0)) { $0 | 1 << UInt64($1.value & 63) }
        func mayHold(_ w: Scalars) -> Bool { w.first.map { present & 1 << UInt64($0.value & 63) != 0 } ?? true }
        for cut in Self.unitCuts where mayHold(cut) {
            if let i = u.index(of: cut), i >= 2 { u = u.sub(0, i) }
        }
        // each test refuses, in any order: the cheap ones first (a titled name is looked for at
        // every character)
        guard u.hanCount >= 2, u.count <= 30 else { return nil }
        if u.contains(where: { !$0.isHan && !$0.isDigit && !$0.isASCIILetter && $0 != "（" && $0 != "）" && $0 != "、" }) { return nil }
        for w in Self.notInUnit where mayHold(w) && u.contains(w) { return nil }
        if PeopleExtractor.containsTitledName(u) { return nil }
        return u
    }

    /// The longest prefix of `t` that ends in a meeting word.
    static func meetingPrefix(_ t: Scalars) -> Scalars? {
        var best: Int?
        // the longest ending at each place: the others end before it (one set lookup for most places,
        // not a comparison with each ending)
        let endings = Lexicon.meetingEndingList
        for i in t.indices {
            if let w = endings.match(t, at: i) {
                let end = i + w.count
                if best.map({ end > $0 }) ?? true { best = end }
            }
        }
        guard let b = best else { return nil }
        let m = t.sub(0, b)
        return m.hanCount >= 2 ? m : nil
    }

    /// `…会议` ending the text.
    static func meetingAtEnd(_ t: Scalars) -> Scalars? {
        // no ending of two or more characters ends in the text's last character: none to compare
        guard let last = t.last, endingLasts.contains(last) else { return nil }
        for w in Lexicon.meetingEndings where t.hasSuffix(w) && w.count >= 2 {
            return isGeneric(t) ? nil : t
        }
        return nil
    }

    /// The last characters of the meeting endings of two or more characters.
    private static let endingLasts = ScalarSet(Lexicon.meetingEndings.filter { $0.count >= 2 }.compactMap(\.last))

    /// `…会议在济南` → `…会议`.
    static func meetingBeforePlace(_ t: Scalars) -> Scalars? {
        guard let i = t.lastIndex(of: [Lexicon.Prep.at], before: t.count), i > 2 else { return nil }
        return meetingAtEnd(t.sub(0, i))
    }

    private static let genericMeetings = ScalarStringSet(Lexicon.genericMeetings)

    static func isGeneric(_ m: Scalars) -> Bool {
        // the count first (both are pure: the order changes nothing), the name looked up by its scalars
        m.hanCount < 3 || genericMeetings.contains(m)
    }

    /// The place name a meeting name and its headline both open with (襄都区重污染…部署会 /
    /// 襄都区召开…): their common prefix, when it ends in a place suffix and is no deictic (全市).
    static func sharedPlace(_ meeting: Scalars, _ headline: Scalars) -> Scalars? {
        var n = 0
        while n < min(meeting.count, headline.count, 12), meeting[n] == headline[n], meeting[n].isHan { n += 1 }
        for end in stride(from: n, through: 2, by: -1) {
            let u = meeting.sub(0, end)
            if Lexicon.placeSuffixes.contains(where: { u.hasSuffix($0) }), !Lexicon.deictic.contains(u), !Lexicon.Level.all.contains(u[0]),
                !Lexicon.unnamedHolders.contains(u), end < meeting.count
            {
                return u
            }
        }
        return nil
    }

    /// A unit glued to the front of a meeting name: `临泽县` + `2016-2017年…会议`;
    /// an organ's own meeting: `…协作小组` + `第二次会议`; `全市` stays in the name.
    private static let holderTeams = Words.list("meeting-holder-teams").map { Scalars($0) }
    private static let teamFirsts = ScalarSet(holderTeams.compactMap(\.first))
    private static let organFirsts = ScalarSet(Lexicon.organs.compactMap(\.first))

    static func splitUnit(fromMeeting m: Scalars) -> (meeting: Scalars, unit: Scalars?) {
        // 全市大气污染防治工作领导小组第三次全体会议, 县委常委会（扩大）会议: the organ holds it
        // only where a word of the list can start (its first character stands there)
        let organFirsts = Self.organFirsts
        for i in m.indices where organFirsts.contains(m[i]) {
            for o in Lexicon.organs where m.has(o, at: i) {
                let end = i + o.count
                let rest = m.sub(end, m.count)
                if organMeetingOpeners.contains(where: { rest.hasPrefix($0) }) || isGeneric(rest) {
                    return (m, m.sub(0, end))
                }
            }
        }
        for d in Lexicon.deictic where m.hasPrefix(d) { return (m, d) }
        // 省…第三督查组督查情况反馈会: the team holds its own meeting
        let teamFirsts = Self.teamFirsts
        for i in m.indices where i >= 2 && teamFirsts.contains(m[i]) {
            for team in holderTeams where m.has(team, at: i) && m.count - (i + team.count) >= 4 {
                return (m.sub(i + team.count, m.count), m.sub(0, i + team.count))
            }
        }
        // place name, then a year
        var i = 2
        while i < min(m.count, 16) {
            for p in Lexicon.placeSuffixes where m.has(p, at: i - p.count + 1) {
                let end = i + 1
                if end < m.count, m[end].isDigit || m.has([Lexicon.Level.whole], at: end) || m.has(Lexicon.CalendarWord.annual, at: end) {
                    return (m.sub(end, m.count), m.sub(0, end))
                }
            }
            i += 1
        }
        return (m, nil)
    }

    /// `在全市…会议上的讲话` → the meeting; `在全县…反馈会上`: any …会 right before 上 names one.
    static func speechMeeting(_ t: Scalars) -> Scalars? {
        var from = 0
        while let i = t.index(of: [Lexicon.Prep.at], from: from) {
            var j = i + 1
            while j < t.count, j - i < 50, !t[j].isClauseEnd {
                if t[j] == Lexicon.Localizer.on || t[j] == Lexicon.Localizer.in, let m = meetingAtEnd(t.sub(i + 1, j)) { return m }
                if t[j] == Lexicon.Localizer.on, t[j - 1] == Lexicon.MeetingMark.meetingShort, case let m = t.sub(i + 1, j),
                    m.hanCount >= 5, !isGeneric(m)
                {
                    return m
                }
                j += 1
            }
            from = i + 1
        }
        return nil
    }

    /// `出席…会议` → the meeting.
    static func attendedMeeting(_ t: Scalars) -> Scalars? {
        let attend = Lexicon.MeetingMark.attend
        guard let i = t.index(of: attend) else { return nil }
        var e = i + attend.count
        while e < t.count, !t[e].isClauseEnd { e += 1 }
        var after = t.sub(i + attend.count, e)
        if after.hasPrefix([Lexicon.Function.perfective]) { after = after.sub(1, after.count) }
        guard let m = meetingPrefix(after), !isGeneric(m) else { return nil }
        return m
    }

    /// The city (or county…) the text names for 我市: first in a 《…》 title, else anywhere.
    static func namedPlace(in t: Scalars, suffix: Unicode.Scalar) -> Scalars? {
        var i = 0
        while let o = t.index(of: ["《"], from: i) {
            // 《关于印发石家庄市…的通知》
            var b = o + 1
            if let w = t.word(from: titleOpeners, at: b) { b += w.count }
            var j = b
            while j < t.count, j - b <= 5, t[j].isHan {
                let minimum = suffix == Lexicon.Level.county ? 1 : 2
                if t[j] == suffix, j - b >= minimum, !notPlaceStart.contains(t[b]), !singleNotPlace.contains(t[b]) {
                    return t.sub(b, j + 1)
                }
                j += 1
            }
            i = o + 1
        }
        return mostNamedPlace(in: t, suffix: suffix)
    }

    private static let barePlaceKinds = Set(Words.list("bare-place-kinds").map { Scalars($0) })

    /// The first `XY街道` (two Han characters at a boundary, then the kind of place) in `t`.
    static func placeNamed(_ kind: Scalars, in t: Scalars) -> Scalars? {
        var from = 0
        while let i = t.index(of: kind, from: from) {
            from = i + 1
            guard i >= 2 else { continue }
            let s = i - 2
            guard t.sub(s, i).allSatisfy(\.isHan), !notPlaceStart.contains(t[s]), !Lexicon.Level.all.contains(t[s]),
                s == 0 || t[s - 1] == "\n" || placeBoundary.contains(t[s - 1]) || Lexicon.Level.all.contains(t[s - 1])
            else { continue }
            return t.sub(s, i + kind.count)
        }
        return nil
    }

    private static let notPlaceStart = Lexicon.scalarSet(Words.characters("not-place-start"))
    private static let titleOpeners = Words.list("document-title-openers").map { Scalars($0) }
    /// Characters that cannot be a one-character county name (涉县, 魏县): 在县委, 一县.
    private static let singleNotPlace = Lexicon.scalarSet(Words.characters("single-not-place"))
    private static let notInPlace = Lexicon.scalarSet(Words.characters("not-in-place"))
    private static let notPlaceEnd = Lexicon.scalarSet(Words.characters("not-place-end"))
    private static let notAfterPlace = Lexicon.scalarSet(Words.characters("not-after-place"))
    private static let genericAreas = Set(Words.list("generic-areas").map { Scalars($0) })
    private static let placeBoundary = Lexicon.scalarSet(Words.characters("place-boundary"))

    /// The place name with this suffix that the text names most often (甘泉县 for 我县).
    static func mostNamedPlace(in t: Scalars, suffix: Unicode.Scalar) -> Scalars? {
        var counts: [Scalars: Int] = [:]
        var order: [Scalars] = []
        // the lengths tried, and the statics, read once (not at each suffix: an array made and a
        // `swift_once` for each static, at every 市 of the text)
        let lengths = suffix == Lexicon.Level.county ? [2, 3, 1] : [2, 3]
        let singleNotPlace = Self.singleNotPlace
        let placeBoundary = Self.placeBoundary
        let notPlaceStart = Self.notPlaceStart
        let notInPlace = Self.notInPlace
        let notAfterPlace = Self.notAfterPlace
        let notPlaceEnd = Self.notPlaceEnd
        let genericAreas = Self.genericAreas
        let head = Lexicon.Level.head
        // each suffix found by a search (16 characters compared at once), not a test of every character
        let suffixWord = [suffix]
        var next = t.index(of: suffixWord, from: 0)
        while let j = next {
            next = t.index(of: suffixWord, from: j + 1)
            for len in lengths {
                let s = j - len
                if len == 1, s >= 0, singleNotPlace.contains(t[s]) { continue }
                guard s >= 0, s == 0 || placeBoundary.contains(t[s - 1]) else { continue }
                // read in place; copied out when it is one
                let name = t[s..<j]
                guard name.allSatisfy({ $0.isHan }), let f = name.first, !notPlaceStart.contains(f) else { continue }
                // 常务副市长, 市委副书记: titles, not places
                if name.contains(where: { notInPlace.contains($0) }) || (j + 1 < t.count && t[j + 1] == head) { break }
                // 加强市场监管, 今年市上将…: the suffix begins another word
                if j + 1 < t.count, notAfterPlace.contains(t[j + 1]) { break }
                // 确保全县, 推动我县: a verb before a deictic, not a place
                if let l = name.last, notPlaceEnd.contains(l) { break }
                // 平原地区, 建成区: a kind of area
                if genericAreas.contains(Scalars(name)) { break }
                let full = t.sub(s, j + 1)
                if counts[full] == nil { order.append(full) }
                counts[full, default: 0] += 1
                break
            }
        }
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }
}
