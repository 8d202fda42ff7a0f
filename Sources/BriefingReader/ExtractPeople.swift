import ReportModel

/// Step 4c: named people with their 职务 and the verbs that tie them to the meeting.
struct PeopleExtractor: Sendable {
    private struct Hit {
        var name: Scalars
        var title: Scalars?
        var start: Int
        var end: Int
        /// Only mentioned (an earlier speech relayed, a leader quoted).
        var relayed: Bool
    }

    private static let notInName = Lexicon.scalarSet(Words.characters("not-in-name"))
    private static let pronouns = Lexicon.scalarSet(Words.characters("person-pronouns"))
    private static let reporterWords = Words.list("reporter-words").map { Scalars($0) }
    private static let relayWords = Words.list("relay-words").map { Scalars($0) }
    private static let relayedObjects = Words.list("relayed-objects").map { Scalars($0) }
    /// What a name of (b) stands after: a clause end, 、 or 了 (the scan skips to the next of them).
    private static let beforeNames: ScalarSet = {
        var s = ScanStarts.clauseEnds
        s.insert("、")
        s.insert(Lexicon.Function.perfective)
        return s
    }()

    /// `speech`: the item is a speech, so a byline (a line that is only a title and a name)
    /// names the speaker.
    func extract(_ t: Scalars, speech: Bool = false) -> [Person] {
        var hits: [Hit] = []
        // the statics read once, not per character
        let titleEndings = Lexicon.titleEndingPairs
        let surnames = Lexicon.surnames
        let doubleSurnames = Lexicon.doubleSurnamePairs
        let afterName = Lexicon.afterNameList
        // the places where a title ending may start, and where a name of (b) may, found in one pass
        let (titlePlaces, starts) = Self.places(t)
        var i = 0
        var next = 0  // into `titlePlaces`
        // (a) title, then name: 副市长武军出席
        while true {
            // to the next character that starts a title ending (most start none)
            while next < titlePlaces.count, titlePlaces[next] < i { next += 1 }
            guard next < titlePlaces.count else { break }
            i = titlePlaces[next]
            guard let w = titleEndings.match(t, at: i) else {
                i += 1
                continue
            }
            let e = i + w.count
            if let n = Self.name(t, at: e, afterTitle: true) {
                let titleStart = Self.titleStart(t, end: i)
                var title = t.sub(titleStart, e)
                if title.count > w.count + 24 { title = t.sub(e - w.count, e) }
                let relayed = Self.isRelayed(t, at: titleStart)
                hits.append(Hit(name: n, title: title, start: e, end: e + n.count, relayed: relayed))
                i = e + n.count
                // 副市长周敏、孟凡强: names listed after a titled one share its title
                while i < t.count, t[i] == "、", let m = Self.name(t, at: i + 1, afterTitle: true) {
                    hits.append(Hit(name: m, title: title, start: i + 1, end: i + 1 + m.count, relayed: relayed))
                    i += 1 + m.count
                }
            } else {
                i = e
            }
        }
        // (b) name at a clause start, then a verb: 张勇强调, 郭树清在批示中指出
        // (c) name, then a title: 郭树清省长的重要批示
        // The hits of (a) are `hits[..<titledCount]`, in text order (read in place: a copy of them
        // was copied again, each name and title retained, when (b) appended to `hits`).
        let titledCount = hits.count
        var covered = 0  // skip positions inside the hits of (a)
        // 副市长许可出席…。许可要求: a name found after a title is a name wherever it recurs (the
        // distinct names and titles: a long item repeats a few of them many times)
        var known = Titled(hits[..<titledCount])
        // `starts`: a clause start (or after 了) first, then a surname; the clause starts among them
        // kept for (d) and (e); only those where a name or a pronoun may start (the others were
        // listed, then passed over by each)
        // the statics of the loop read once an item (each read was a `swift_once`, per character in
        // the name test)
        let notInName = Self.notInName
        let notNamePairs = Lexicon.notNamePairs
        let quotedLeaderTitles = Self.quotedLeaderTitleList
        let titlesAfterName = Self.titlesAfterNameList
        let subjectVerbs = Self.subjectVerbList
        let at = Lexicon.Prep.at
        let about = Lexicon.Prep.about
        let aboutFormal = Lexicon.Prep.aboutFormal
        let possessive = Lexicon.Function.possessive
        for i in starts {
            let atClauseStart = i == 0 || t[i - 1].isClauseEnd || t[i - 1] == "、"
            guard surnames.contains(t[i]) || doubleSurnames.match(t, at: i) != nil else { continue }
            while covered < titledCount, hits[covered].end <= i { covered += 1 }
            if covered < titledCount, hits[covered].start <= i { continue }
            for len in 2...3 {
                // read in place: the name is copied out only when a hit takes it (a copy made for
                // each candidate was freed again for most)
                let e = i + len
                guard e <= t.count, t[i..<e].allSatisfy({ $0.isHan }),
                    known.nameOccurs(in: t, at: i, length: len)
                        || (!t[(i + 1)..<e].contains(where: { notInName.contains($0) })
                            && !notNamePairs.contains(t[i], t[i + 1]))
                else { continue }
                // the first word of each list found there, as a search of the list in its order
                // (longest first) finds it: looked up by its first character, not compared with each
                if let lt = quotedLeaderTitles.match(t, at: e) {
                    hits.append(Hit(name: t.sub(i, e), title: lt, start: i, end: e, relayed: true))
                    break
                }
                if let tt = titlesAfterName.match(t, at: e), e + tt.count < t.count,
                    !surnames.contains(t[e + tt.count]) || t[e + tt.count] == possessive
                {
                    hits.append(Hit(name: t.sub(i, e), title: tt, start: i, end: e, relayed: Self.isRelayed(t, at: i)))
                    break
                }
                if !atClauseStart { continue }
                if subjectVerbs.match(t, at: e) != nil
                    || (e < t.count && t[e] == at && Self.verbInSentence(t, from: e))
                    || (e < t.count && (t[e] == about || t[e] == aboutFormal) && Self.verbInSentence(t, from: e))
                {
                    hits.append(Hit(name: t.sub(i, e), title: nil, start: i, end: e, relayed: false))
                    break
                }
            }
        }
        // (d) 刘书记要求, 郭副县长要求: a surname and a title name the one titled person they fit
        // (d) and (e) both look at clause starts only: found once
        let clauseStarts = starts.lazy.filter { $0 == 0 || t[$0 - 1].isClauseEnd }  // read in place, twice
        // whether a hit starts at i: the hits of (a) and those of (b) and (c) are each in text order,
        // and the clause starts ascend, so one pointer into each (a search of all the hits at each
        // clause start made a long item quadratic); the hits (d) adds start before later clause starts
        let foundCount = hits.count
        var pa = 0
        var pb = titledCount
        for i in clauseStarts where surnames.contains(t[i]) {
            while pa < titledCount, hits[pa].start < i { pa += 1 }
            while pb < foundCount, hits[pb].start < i { pb += 1 }
            if (pa < titledCount && hits[pa].start == i) || (pb < foundCount && hits[pb].start == i) { continue }
            guard let w = titleEndings.match(t, at: i + 1), afterName.match(t, at: i + 1 + w.count) != nil else { continue }
            guard let n = known.onlyFit(first: t[i], titleEnding: w, among: hits[..<titledCount]) else { continue }
            hits.append(Hit(name: n, title: nil, start: i, end: i + 1 + w.count, relayed: false))
        }
        hits.sort { $0.start < $1.start }
        // (e) 她要求, 他强调: a pronoun opening a clause with a verb is the person named last
        var pronounHits: [Hit] = []
        let pronouns = Self.pronouns
        // the last hit (in `hits`' order) that ends by each clause start: the hits by their ends,
        // passed once as the clause starts ascend (a search back through all the hits at each
        // pronoun made a long item quadratic); ordered only when a pronoun needs it
        var byEnd: [Int] = []
        var ordered = false
        var passed = 0
        var latest = -1
        for i in clauseStarts where pronouns.contains(t[i]) {
            guard subjectVerbs.match(t, at: i + 1) != nil else { continue }
            if !ordered {
                byEnd = hits.indices.sorted { hits[$0].end < hits[$1].end }
                ordered = true
            }
            while passed < byEnd.count, hits[byEnd[passed]].end <= i {
                latest = max(latest, byEnd[passed])
                passed += 1
            }
            guard latest >= 0, !hits[latest].relayed else { continue }
            pronounHits.append(Hit(name: hits[latest].name, title: nil, start: i, end: i + 1, relayed: false))
        }
        if !pronounHits.isEmpty { hits = (hits + pronounHits).sorted { $0.start < $1.start } }
        // roles per hit; a listed name without a verb of its own shares the next one's (A、B，C出席会议)
        let names = NameIndex(names: hits.lazy.map(\.name))  // no array of the names made
        // each hit's roles a range of one list of role numbers (an array of Strings for each hit was
        // made and freed)
        let roleNames = Self.roleScan.roles
        var roleList: [Int] = []
        var hitRoles: [Range<Int>] = []
        hitRoles.reserveCapacity(hits.count)
        for h in hits {
            let start = roleList.count
            if !h.relayed { Self.roleNumbers(t, from: h.end, names: names, into: &roleList) }
            hitRoles.append(start..<roleList.count)
        }
        for k in hits.indices.reversed() where hitRoles[k].isEmpty && !hits[k].relayed && k + 1 < hits.count {
            // the gap read in place (a copy of it for each such name)
            let a = min(hits[k].end, t.count)
            let b = max(a, min(hits[k + 1].start, t.count))
            if b - a <= 14, b > a, t[a] == "、" || t[a] == "，" || t[a] == ",", !t[a..<b].contains(where: { $0.isSentenceEnd }) {
                hitRoles[k] = hitRoles[k + 1]
            }
        }
        // Merge by name (names compared as Strings); a relayed-only or reporter name is dropped.
        // People in order of first mention, found by name once per hit (not hashed three times).
        var people: [Person] = []
        // the name of each of `people` as found, whether it is `isNormalizationStable` (found once),
        // and whether a hit not relayed names it: one array (three were made for each item)
        var found: [(name: Scalars, stable: Bool, present: Bool)] = []
        let reporterWords = Self.reporterWords
        let leaderTitles = Lexicon.quotedLeaderTitles
        for (hk, h) in hits.enumerated() {
            if reporterWords.contains(where: { t.has($0, at: h.start - $0.count) || t.has($0, at: h.start - $0.count - 1) }) {
                continue
            }
            if leaderTitles.contains(where: { $0 == h.title }) { continue }
            // an item names a few people: a linear search by name (equal as Strings, as a dictionary's
            // keys are compared: `sameText`, with each name's stability found once), not a
            // dictionary grown and rehashed for each item
            let stable = h.name.isNormalizationStable
            let k =
                found.indices.first(where: { p in
                    found[p].name == h.name || (!(stable && found[p].stable) && found[p].name.string == h.name.string)
                }) ?? people.count
            if k == people.count {
                found.append((h.name, stable, false))
                people.append(Person(name: h.name.string))
            }
            if !h.relayed { found[k].present = true }
            if people[k].title == nil, let title = h.title { people[k].title = title.string }
            if !h.relayed {
                for n in roleList[hitRoles[hk]] where !people[k].roles.contains(roleNames[n].1) { people[k].roles.append(roleNames[n].1) }
                if speech, Self.isByline(t, h), case let role = Lexicon.MeetingMark.speech.string, !people[k].roles.contains(role) {
                    people[k].roles.append(role)
                }
            }
        }
        // most items name no one only relayed: the list itself, not a copy
        if found.allSatisfy(\.present) { return people }
        return people.indices.filter { found[$0].present }.map { people[$0] }
    }

    /// The lists asked at each candidate name, as `WordList`s (the first word of a list found at a
    /// place is the one a search of the list, longest first, finds: `WordList.match`).
    private static let quotedLeaderTitleList = WordList(Words.list("quoted-leader-titles"))
    private static let titlesAfterNameList = WordList(Words.list("titles-after-name"))
    private static let subjectVerbList = WordList(Words.list("subject-verbs"))

    /// The distinct names of the hits of (a) not relayed: a long item names a few people many
    /// times, and (b) asks about them at each candidate; and (d)'s answers, kept for the next
    /// surname and title that ask the same.
    private struct Titled {
        private var names: [Scalars] = []
        /// Bit `v % 64` set for each first character `v` of `names` (most candidates start none).
        private var firstBits: UInt64 = 0
        private var fits: [(first: Unicode.Scalar, ending: Scalars, name: Scalars?)] = []

        init(_ hits: ArraySlice<Hit>) {
            for h in hits where !h.relayed && !names.contains(h.name) {
                names.append(h.name)
                if let f = h.name.first { firstBits |= 1 << UInt64(f.value & 63) }
            }
        }

        /// Whether one of the names, `length` long, occurs at `i` (in range).
        @inline(__always)
        func nameOccurs(in t: Scalars, at i: Int, length: Int) -> Bool {
            guard firstBits & (1 << UInt64(t[i].value & 63)) != 0 else { return false }
            return names.contains { $0.count == length && t.has($0, at: i) }
        }

        /// The one name of `hits` (not relayed) that starts with `first` under a title ending in
        /// `ending`; nil when none or several do. `hits` are the same at each call.
        mutating func onlyFit(first: Unicode.Scalar, titleEnding ending: Scalars, among hits: ArraySlice<Hit>) -> Scalars? {
            if let k = fits.firstIndex(where: { $0.first == first && $0.ending == ending }) { return fits[k].name }
            var fit: Scalars?
            var several = false
            for h in hits where !h.relayed && h.name.first == first && h.title?.hasSuffix(ending) == true {
                if let f = fit {
                    if f != h.name {
                        several = true
                        break
                    }
                } else {
                    fit = h.name
                }
            }
            let found = several ? nil : fit
            fits.append((first, ending, found))
            return found
        }
    }

    /// In one pass over the text: the places whose character starts a title ending (where
    /// `titleEndingPairs.nextCandidate` stops), and `candidateStarts(t)`. Each character is looked up
    /// once in `placeMarks` (two scans, each with its bitmap lookup at every character, cost twice).
    static func places(_ t: Scalars) -> (titles: [Int], starts: [Int]) {
        var titles: [Int] = []
        var starts: [Int] = []
        guard !t.isEmpty else { return (titles, starts) }
        let opens = nameOpeners
        let marks = beforeNames
        let titleFirsts = Lexicon.titleEndingPairs.list.firsts
        // room for the places of a usual text (a twentieth of its characters start a name): grown
        // a dozen times, it cost as much as the pass
        starts.reserveCapacity(t.count / 12 + 4)
        if opens.contains(t[0]) { starts.append(0) }
        let n = t.count
        // every character's place written and counted only when it starts a title ending (no
        // branch on it: a sixth of the characters do, at no pattern a branch can foresee, and the
        // pass took twice the time its instructions would), into scratch space for a part of the
        // text at a time (a place for each character of a whole long item would be 8 bytes a
        // character more at the peak)
        let part = 4096
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Swift.min(n, part)) { scratch in
            guard let out = scratch.baseAddress else { return }
            placeMarks.withUnsafeBufferPointer { table in
                t.withUnsafeBufferPointer { b in
                    var j = 0
                    while j < n {
                        let stop = Swift.min(n, j &+ part)
                        var found = 0
                        while j < stop {
                            let c = b[j]
                            let v = c.value
                            // the table covers the Basic Multilingual Plane (v < 65,536 =
                            // table.count); the sets themselves answer beyond it
                            let f: UInt8 =
                                v < 0x10000
                                ? table[Int(v)] : (marks.contains(c) ? Self.markFlag : 0) | (titleFirsts.contains(c) ? Self.titleFlag : 0)
                            out[found] = j
                            found &+= Int((f & Self.titleFlag) >> 1)
                            if f & Self.markFlag != 0, j + 1 < n, opens.contains(b[j + 1]) { starts.append(j + 1) }
                            j &+= 1
                        }
                        titles.append(contentsOf: UnsafeBufferPointer(start: out, count: found))
                    }
                }
            }
        }
        return (titles, starts)
    }

    private static let markFlag: UInt8 = 1
    private static let titleFlag: UInt8 = 2

    /// Per character of the Basic Multilingual Plane: `markFlag` where it is one of `beforeNames`,
    /// `titleFlag` where a title ending starts with it.
    private static let placeMarks: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        // set from the sets' few members (a lookup of each of 65,536 characters took ~4 M machine
        // instructions a run)
        if let marks = beforeNames.few(256) {
            for v in marks where v < 0x10000 { table[Int(v)] |= markFlag }
        } else {
            for v in 0..<0x10000 { if let c = Unicode.Scalar(UInt32(v)), beforeNames.contains(c) { table[v] |= markFlag } }
        }
        for c in Lexicon.titleEndingPairs.list.firstCharacters where c.value < 0x10000 { table[Int(c.value)] |= titleFlag }
        return table
    }()

    /// `nameStarts` where a name may start (a surname, a double surname's first character) or a
    /// pronoun stands: the only starts (b), (d) and (e) look at.
    static func candidateStarts(_ t: Scalars) -> [Int] {
        var starts: [Int] = []
        guard !t.isEmpty else { return starts }
        let opens = nameOpeners
        let marks = beforeNames
        if opens.contains(t[0]) { starts.append(0) }
        t.withUnsafeBufferPointer { b in
            var j = marks.firstMember(in: b, from: 0, to: b.count)
            while j + 1 < b.count {
                if opens.contains(b[j + 1]) { starts.append(j + 1) }
                j = marks.firstMember(in: b, from: j + 1, to: b.count)
            }
        }
        return starts
    }

    /// The characters a name of (b) or (d) (a surname, the first of a double surname) or a
    /// pronoun of (e) starts with.
    private static let nameOpeners: ScalarSet = {
        var s = Lexicon.surnames.union(pronouns)
        for w in Lexicon.doubleSurnamePairs.list.words { if let f = w.first { s.insert(f) } }
        return s
    }()

    /// Where a name of (b) may start: the text's start, and one past each clause end, 、 or 了
    /// before the last character (found by a skip to each, not by a test of every character).
    static func nameStarts(_ t: Scalars) -> [Int] {
        var starts: [Int] = t.isEmpty ? [] : [0]
        let marks = beforeNames
        var j = marks.firstMember(in: t, from: 0)
        while j + 1 < t.count {
            starts.append(j + 1)
            j = marks.firstMember(in: t, from: j + 1)
        }
        return starts
    }

    /// Whether the text holds a title directly followed by a name (市长王海涛).
    static func containsTitledName(_ t: Scalars) -> Bool {
        // the same list with its filter on two characters, passed to the places a title ending starts
        let endings = Lexicon.titleEndingPairs
        var i = 0
        while i < t.count {
            i = endings.nextCandidate(in: t, from: i)
            guard i < t.count else { break }
            if let w = endings.match(t, at: i), name(t, at: i + w.count) != nil { return true }
            i += 1
        }
        return false
    }

    /// A line that is only a title and a name (a speech's byline).
    private static func isByline(_ t: Scalars, _ h: Hit) -> Bool {
        guard h.end == t.count || t[h.end] == "\n" else { return false }
        var s = h.start
        while s > 0, t[s - 1] != "\n" { s -= 1 }
        return h.end - s <= 30
    }

    /// A 2- or 3-character name at `i`, followed by a role verb or a function word.
    /// `afterTitle`: a title stands right before, so a three-character name may begin with a word
    /// (副县长刘海燕: 刘海 is a word, 刘海燕 a name).
    static func name(_ t: Scalars, at i: Int, afterTitle: Bool = false) -> Scalars? {
        guard i < t.count else { return nil }
        // the lists read once a call, in one static (a `swift_once` for each, some per character)
        let k = nameTables
        let afterNameList = k.afterNameList
        let notInName = k.notInName
        // 艾尔肯·吐尼亚孜: a transcribed name after a title
        if t[i].isHan, i + 2 < t.count,
            let dot = (i + 2...min(i + 5, t.count - 1)).first(where: { $0 < t.count && (t[$0] == "·" || t[$0] == "•" || t[$0] == "・") }),
            t.sub(i, dot).allSatisfy({ $0.isHan })
        {
            var e = dot + 1
            while e < t.count, t[e].isHan, e - dot <= 6, afterNameList.match(t, at: e) == nil || e - dot < 3 { e += 1 }
            if e - dot >= 3, e == t.count || afterNameList.match(t, at: e) != nil { return t.sub(i, e) }
        }
        let double = k.doubleSurnames.match(t, at: i) != nil
        guard double || k.surnames.contains(t[i]) else { return nil }
        // read in place: the name is copied out only when it is one
        let shortest = double ? 3 : 2  // a range, not an array made for each candidate
        for len in shortest...(shortest + 1) {
            let e = i + len
            guard e <= t.count else { continue }
            let n = t[i..<e]
            guard n.allSatisfy({ $0.isHan }), !k.neverNamePairs.contains(t[i], t[i + 1]) else { continue }
            // 副市长许可出席: a word that is also a name, where the title stands before it and a role follows
            if k.notNamePairs.contains(t[i], t[i + 1]), !(len == 2 && !double && t.word(from: k.rolesAfterTitledName, at: e) != nil),
                !(afterTitle && len == 3 && !double)
            {
                continue
            }
            let given = n.dropFirst(double ? 2 : 1)
            if given.contains(where: { notInName.contains($0) }) {
                // 王会勇出席, 贾书龙、…: a given name may hold 会/书/政 where a role or a list follows
                guard !double, len == 3, let last = given.last, let middle = given.first, !notInName.contains(last),
                    k.nameMiddles.contains(middle),
                    e < t.count, t[e] == "、" || t[e] == "，" || t.word(from: k.strongAfterName, at: e) != nil
                else { continue }
            }
            if e == t.count || afterNameList.match(t, at: e) != nil { return Scalars(n) }
        }
        return nil
    }

    /// What `name(_:at:afterTitle:)` reads, in one static.
    private struct NameTables {
        let afterNameList = Lexicon.afterNameList
        let doubleSurnames = Lexicon.doubleSurnames
        let surnames = Lexicon.surnames
        let neverNamePairs = Lexicon.neverNamePairs
        let notNamePairs = Lexicon.notNamePairs
        let notInName = PeopleExtractor.notInName
        let rolesAfterTitledName = PeopleExtractor.rolesAfterTitledName
        let nameMiddles = PeopleExtractor.nameMiddles
        let strongAfterName = PeopleExtractor.strongAfterName
    }

    private static let nameTables = NameTables()

    private static let rolesAfterTitledName = Words.list("roles-after-titled-name").map { Scalars($0) }
    private static let nameMiddles = Lexicon.scalarSet(Words.characters("name-middles"))
    private static let strongAfterName = Words.list("strong-after-name").map { Scalars($0) }

    /// Start of a (compound) title that ends at `end`: back over organ words, and over 、 where
    /// the part before also ends in a title.
    static func titleStart(_ t: Scalars, end: Int) -> Int {
        var s = end
        let stoppers = Lexicon.titleStoppers  // read once, not at each character
        let lasts = relayLasts
        while s > 0 {
            let c = t[s - 1]
            if c == "、" {
                let before = t.sub(max(0, s - 1 - 6), s - 1)
                if Lexicon.titleEndings.words.contains(where: { before.hasSuffix($0) }) {
                    s -= 1
                    continue
                }
                break
            }
            guard c.isHan, !stoppers.contains(c), end - s < 24 else { break }
            // 传达学习副省长李明远…: a title never opens with a verb of relaying (compared in place:
            // a copy of the text before `s` for each word made long items quadratic; only where a
            // relaying verb's last character stands before `s`)
            if lasts.contains(c), relayWords.contains(where: { t.has($0, at: s - $0.count) }) { break }
            s -= 1
        }
        return s
    }

    /// The last characters of `relayWords`: a word ends right before a place only where one stands.
    private static let relayLasts = ScalarSet(relayWords.compactMap(\.last))

    /// A mention inside `传达…精神`: a relayed speech or instruction.
    static func isRelayed(_ t: Scalars, at i: Int) -> Bool {
        var s = i
        while s > 0, !t[s - 1].isSentenceEnd, t[s - 1] != "，" || i - s < 30, i - s < 40 {
            // …传达了…会议精神，副市长崔海涛宣读…: what was relayed ends before the comma
            if t[s - 1] == "，", relayedObjects.contains(where: { t.has($0, at: s - 1 - $0.count) }) { break }
            s -= 1
        }
        // searched for in place, in `t[s..<i]` (not in a copy of it)
        return relayWords.contains { t.index(of: $0, from: s, to: i) != nil }
    }

    /// A role verb in the clause after `from`.
    static func verbInClause(_ t: Scalars, from: Int) -> Bool {
        var e = from
        let verbs = subjectVerbList  // looked up by the first character, not compared with each verb
        while e < t.count, !t[e].isClauseEnd, e - from < 30 {
            if verbs.match(t, at: e) != nil { return true }
            e += 1
        }
        return false
    }

    /// A role verb later in the sentence (王宏伟对…给予肯定，并…提出了明确要求).
    static func verbInSentence(_ t: Scalars, from: Int) -> Bool {
        var e = from
        let verbs = subjectVerbList  // looked up by the first character, not compared with each verb
        while e < t.count, !t[e].isSentenceEnd, t[e] != "\n", e - from < 80 {
            if verbs.match(t, at: e) != nil { return true }
            e += 1
        }
        return false
    }

    /// Role verbs after a name: its first clause, or the sentence when that clause has none;
    /// stops at the next person.
    static func roles(_ t: Scalars, from: Int, names: [Scalars]) -> [String] {
        roles(t, from: from, names: NameIndex(names))
    }

    /// The names found, for quick "is a name at i" checks.
    struct NameIndex {
        /// The distinct names, compared in place with the text (an item has a handful: a set of
        /// them, and a copy of the text to look up for each length, cost more than the comparisons).
        private let names: [Scalars]
        /// Bit `v % 64` set for each first character `v`: a filter that most characters fail (an
        /// item has a handful of names; a `ScalarSet`, 8 KB to clear, cost more than the item's lookups).
        private let firstBits: UInt64

        init(_ list: [Scalars]) { self.init(names: list) }

        init<S: Sequence>(names list: S) where S.Element == Scalars {
            var distinct: [Scalars] = []
            var bits: UInt64 = 0
            for n in list {
                if !distinct.contains(n) { distinct.append(n) }
                if let f = n.first { bits |= Self.bit(f) }
            }
            names = distinct
            firstBits = bits
        }

        private static func bit(_ c: Unicode.Scalar) -> UInt64 { 1 << UInt64(c.value & 63) }

        /// False where no name starts with `c` (true may still be none).
        @inline(__always)
        func mayStart(_ c: Unicode.Scalar) -> Bool { firstBits & Self.bit(c) != 0 }

        func occurs(in t: Scalars, at i: Int) -> Bool {
            guard i < t.count, firstBits & Self.bit(t[i]) != 0 else { return false }
            return names.contains { t.has($0, at: i) }
        }
    }

    static func roles(_ t: Scalars, from: Int, names: NameIndex) -> [String] {
        var numbers: [Int] = []
        roleNumbers(t, from: from, names: names, into: &numbers)
        let roles = roleScan.roles
        return numbers.map { roles[$0].1 }
    }

    /// `roles(_:from:names:)`, appended to `out` as the index in `Lexicon.roles` of the first entry
    /// of each role.
    private static func roleNumbers(_ t: Scalars, from: Int, names: NameIndex, into out: inout [Int]) {
        let outStart = out.count
        var e = from
        var clauseEnded = false
        // 在批示中指出: a speech verb after an absent role reports what was written
        var absent = false
        // 传达了…的批示精神: role words after a relaying verb are what was relayed
        var object = false
        // the statics read once a call, in one (each read was a `swift_once`, some per character)
        let scan = Self.roleScan
        let roles = scan.roles
        let roleFirsts = scan.firsts
        let flags = scan.flags
        let stops = scan.stops
        let also = scan.also
        let limit = min(t.count, from + 120)
        while e < t.count, !t[e].isSentenceEnd, t[e] != "\n", e - from < 120 {
            // past the characters where the test below does nothing but step on: none of `stops`,
            // and no name starts there (one set lookup and one bit, not the tests one by one)
            if !stops.contains(t[e]), !names.mayStart(t[e]) {
                e += 1
                while e < limit, !stops.contains(t[e]), !names.mayStart(t[e]) { e += 1 }
                continue
            }
            if t[e] == "，" || t[e] == "," {
                // 主持会议，并传达了…; 主持会议并讲话，要求各乡镇…: a clause opened by 并 or by a role
                // verb goes on with the same person
                if out.count > outStart, !(e + 1 < t.count && t[e + 1] == also), !scan.anyRole(in: t, at: e + 1) {
                    break
                }
                clauseEnded = true
                absent = false
                object = false
            }
            if (clauseEnded || e > from), names.occurs(in: t, at: e) { break }
            // …精神并讲话: what was relayed has ended
            if object, t[e] == also || scan.relayedObjects.contains(where: { t.has($0, at: e) }) { object = false }
            // the longest role word here (书面讲话, not 讲话)
            guard roleFirsts.contains(t[e]), let k = scan.longest(in: t, at: e) else {
                e += 1
                continue
            }
            let w = roles[k].0
            e += w.count
            // 因参加市委会议未能到会: a reason or a denial says the role was not taken here
            if scan.denials.contains(where: { t.has($0, endingAt: e - w.count, after: 0) }) { continue }
            if object || (absent && flags[k].speaker) { continue }
            // the role once (its number: the first entry with the same role)
            let r = scan.roleNumber[k]
            if !out[outStart...].contains(r) { out.append(r) }
            if flags[k].absent { absent = true }
            if flags[k].object { object = true }
        }
    }

    /// The longest of `roles` at `i`, the first of equal length (no list of the matches made: this
    /// is asked at every character after a name).
    static func longestRole(_ roles: [(Scalars, String)], in t: Scalars, at i: Int) -> (Scalars, String)? {
        longestRoleIndex(roles, in: t, at: i).map { roles[$0] }
    }

    /// The index in `roles` of `longestRole`.
    static func longestRoleIndex(_ roles: [(Scalars, String)], in t: Scalars, at i: Int) -> Int? {
        var best: Int?
        var length = 0
        for k in roles.indices where roles[k].0.count > length && t.has(roles[k].0, at: i) {
            best = k
            length = roles[k].0.count
        }
        return best
    }

    /// Per entry of `Lexicon.roles`: whether its role is a speaker's, an absent one's, one taking
    /// an object (looked up once, not hashed at each role word found).
    private static let roleFlags: [(speaker: Bool, absent: Bool, object: Bool)] = Lexicon.roles.map {
        (Person.speakerRoles.contains($0.1), absentRoles.contains($0.1), objectRoles.contains($0.1))
    }

    /// The first characters of the role words: most positions start none, and are not compared with each.
    private static let roleFirsts = ScalarSet(Lexicon.roles.compactMap(\.0.first))

    /// What `roles(_:from:names:)` reads, in one static.
    private struct RoleScan {
        let roles = Lexicon.roles
        /// The first character of each of `roles` (nil for an empty word).
        let roleFirst = Lexicon.roles.map(\.0.first)
        /// For each entry, the index of the first entry with the same role (equal Strings).
        let roleNumber = Lexicon.roles.map { r in Lexicon.roles.firstIndex { $0.1 == r.1 } ?? 0 }
        let firsts = PeopleExtractor.roleFirsts
        let flags = PeopleExtractor.roleFlags
        let also = Lexicon.Function.also
        let relayedObjects = PeopleExtractor.relayedObjects
        let denials = PeopleExtractor.roleDenials
        /// Where the scan does more than step on (a name aside): a clause end (a sentence end, a line
        /// break, a comma among them), 并, the start of a role word or of a relayed object.
        let stops: ScalarSet = {
            var s = PeopleExtractor.roleFirsts.union(ScanStarts.clauseEnds)
            s.insert(Lexicon.Function.also)
            for w in PeopleExtractor.relayedObjects { if let f = w.first { s.insert(f) } }
            return s
        }()

        /// `longestRoleIndex(roles, in: t, at: i)` for `i` in range: only the words that start with
        /// `t[i]` compared (each of the list was compared at each role word's first character).
        @inline(__always)
        func longest(in t: Scalars, at i: Int) -> Int? {
            let c = t[i]
            var best: Int?
            var length = 0
            for k in roles.indices where roleFirst[k].map({ $0 == c }) ?? true {
                if roles[k].0.count > length && t.has(roles[k].0, at: i) {
                    best = k
                    length = roles[k].0.count
                }
            }
            return best
        }

        /// Whether a role word occurs at `i` (any index).
        func anyRole(in t: Scalars, at i: Int) -> Bool {
            guard i >= 0, i < t.count else { return roles.contains { t.has($0.0, at: i) } }
            let c = t[i]
            return roles.indices.contains { k in (roleFirst[k].map { $0 == c } ?? true) && t.has(roles[k].0, at: i) }
        }
    }

    private static let roleScan = RoleScan()

    private static let absentRoles = Set(Words.list("roles-absent"))
    private static let objectRoles = Set(Words.list("roles-taking-objects"))
    private static let roleDenials = Words.list("role-denials").map { Scalars($0) }
}
