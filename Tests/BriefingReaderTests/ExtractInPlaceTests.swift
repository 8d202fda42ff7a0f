import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The second round of cheaper extractors (issue 14) gives what the rules gave before: each fast
/// path against the code it replaced, on every clause (or text, or position) of the Genre corpus.
@Suite struct ExtractInPlaceTests {
    static let corpusTexts = ExtractCostTests.corpusTexts

    /// The scanners' start sets hold exactly the characters their old tests looked for, over every scalar.
    @Test func scanStartsAreTheOldTests() {
        let numerals = ChineseNumber.numerals
        let relativeYearStarts = Lexicon.CalendarWord.relativeYearStarts
        var numbers = 0
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let number = c.isDigit || numerals.contains(c)
            #expect(ScanStarts.numbers.contains(c) == number)
            #expect(ScanStarts.deadlines.contains(c) == (number || c == Lexicon.DateMark.year || relativeYearStarts.contains(c)))
            if number { numbers += 1 }
        }
        #expect(numbers > 20)
    }

    /// `ChineseNumber.numerals`, which the scanners test in place of `isNumeral`, holds exactly the
    /// characters `isNumeral` accepts, over every scalar.
    @Test func numeralSetIsIsNumeral() {
        let numerals = ChineseNumber.numerals
        var count = 0
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(numerals.contains(c) == ChineseNumber.isNumeral(c))
            if numerals.contains(c) { count += 1 }
        }
        #expect(count >= 10)
    }

    /// `find` with its start set finds what it found testing each character, on every text.
    @Test func deadlinesAsTheyWere() {
        var found = 0
        for text in Self.corpusTexts {
            let now = DeadlineExtractor.find(in: text, year: 2019)
            #expect(now == Self.findEager(text, year: 2019))
            found += now.count
        }
        #expect(found > 0)
    }

    /// `DeadlineExtractor.find` as it was: the four tests at every character.
    static func findEager(_ t: Scalars, year: Int?) -> [DeadlineExtractor.Found] {
        var out: [DeadlineExtractor.Found] = []
        var i = 0
        while i < t.count {
            let c = t[i]
            let number = c.isDigit || ChineseNumber.numerals.contains(c)
            if number
                ? DeadlineExtractor.namesYearOrMonth(t, at: i, year: Lexicon.DateMark.year, month: Lexicon.DateMark.month)
                : c == Lexicon.DateMark.year || Lexicon.CalendarWord.relativeYearStarts.contains(c),
                let f = DeadlineExtractor.deadline(t, at: i, year: year)
            {
                out.append(f)
                i = f.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Dates found with the number set are those found testing digits and numerals apart.
    @Test func dateMentionsAsTheyWere() {
        var found = 0
        for text in Self.corpusTexts {
            let now = DateExtractor.mentions(in: text)
            var before: [DateMention] = []
            var i = 0
            while i < text.count {
                let c = text[i]
                guard c.isDigit || ChineseNumber.numerals.contains(c), i == 0 || !text[i - 1].isDigit else {
                    i += 1
                    continue
                }
                if DateExtractor.markFollows(text, at: i), let m = DateExtractor.mention(text, at: i) {
                    let implausible = m.year.map { !CivilDate.plausibleYears.contains($0) } ?? false
                    let afterUnreadYear = m.year == nil && i >= 2 && text[i - 1] == Lexicon.DateMark.year && text[i - 2].isDigit
                    if !implausible && !afterUnreadYear { before.append(m) }
                    i = m.end
                } else {
                    i += 1
                }
            }
            #expect(now == before)
            found += now.count
        }
        #expect(found > 0)
    }

    /// `hasQuantity` in place is `quantity` on the clause copied out, on every clause and sentence.
    @Test func hasQuantityInPlace() {
        var quantities = 0
        let made = ["完成改造1,800户", "下降3.5%", "共１２台", "2016-2017年", "1234567890123456789吨", "减少10万吨以上", "3个月内", "PM2.5浓度下降5%"]
        ExtractCostTests.forEachClause(of: Self.corpusTexts + made.map { Scalars($0) }) { text, a, b in
            let inPlace = TargetExtractor.hasQuantity(text, a, b)
            #expect(inPlace == (TargetExtractor.quantity(in: text.sub(a, b)) != nil), "\(text.sub(a, b).string)")
            if inPlace { quantities += 1 }
        }
        for text in Self.corpusTexts {
            for (s, e) in TargetExtractor.sentences(text) {
                #expect(TargetExtractor.hasQuantity(text, s, e) == (TargetExtractor.quantity(in: text.sub(s, e)) != nil))
            }
        }
        #expect(quantities > 0)
        // a unit is read inside the clause only: 万吨 cut after 万 is no unit
        let t = Scalars("减少3万吨")
        #expect(TargetExtractor.hasQuantity(t, 0, 5))
        #expect(TargetExtractor.hasQuantity(t, 0, 4) == (TargetExtractor.quantity(in: t.sub(0, 4)) != nil))
    }

    /// A number's value read in place is `number` of its digits without commas.
    @Test func numberInPlace() {
        for text in ["1,800", "2019", "1.5", "１２", "123456789012345", "1234567890123456", ",", "0,0,1"] {
            let t = Scalars("x" + text + "y")
            #expect(
                TargetExtractor.number(t, 1, t.count - 1) == TargetExtractor.number(t.sub(1, t.count - 1).filter { $0 != "," }), "\(text)")
        }
    }

    /// `classify` reading the clause in place is `classify` on its copy, field by field, on every clause.
    @Test func classifyInPlace() {
        var limits = 0
        ExtractCostTests.forEachClause(of: Self.corpusTexts) { text, a, b in
            if Self.expectClassifiedAsCopied(text, a, b).deadline { limits += 1 }
        }
        #expect(limits > 0)
    }

    static let cues = WordList(Words.list("target-cues"))
    static let meetingWords = WordList(Words.list("target-meeting-words"))
    static let attendanceWords = WordList(Words.list("target-attendance-words"))
    static let weakPastMarkers = WordList(Words.list("target-weak-past-markers"))
    static let strongCues = WordList(Words.list("target-strong-cues"))
    static let modalGoal = WordList(Words.list("target-modal-goals"))

    /// Expects `classify` of `t[s..<e]` in place to be `classifyCopied`, field by field; returns
    /// the copied one.
    @discardableResult
    static func expectClassifiedAsCopied(
        _ t: Scalars, _ s: Int, _ e: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) -> TargetExtractor.Clause {
        let now = TargetExtractor.classify(t, s, e)
        let before = classifyCopied(t, s, e)
        #expect(
            [now.start, now.end] == [before.start, before.end]
                && [now.hasQuantity, now.hasCue, now.past, now.deadline, now.weakPast, now.onlyDeadline]
                    == [before.hasQuantity, before.hasCue, before.past, before.deadline, before.weakPast, before.onlyDeadline],
            "\(t.sub(s, e).string)", sourceLocation: sourceLocation)
        return before
    }

    /// `classify` as it was: the clause copied out for every rule, `find` asked of every clause.
    static func classifyCopied(_ t: Scalars, _ s: Int, _ e: Int) -> TargetExtractor.Clause {
        var hasDigit = false
        var hasEnd = false
        for i in s..<e {
            let x = t[i]
            if x.isDigit { hasDigit = true } else if Lexicon.CalendarWord.endChars.contains(x) { hasEnd = true }
        }
        let hasCue = cues.occurs(in: t, from: s, to: e)
        guard hasDigit || hasEnd else {
            return TargetExtractor.Clause(start: s, end: e, hasQuantity: false, hasCue: hasCue, past: false, deadline: false)
        }
        let c = t.sub(s, e)
        let hasQuantity = hasDigit && !meetingWords.occurs(in: c) && TargetExtractor.quantity(in: c) != nil
        let found = findEager(c, year: nil)
        let deadline = !found.isEmpty
        let relevant = hasQuantity || deadline || hasCue
        let strongPast =
            relevant && (TargetExtractor.hasPastMarker(c) || TargetExtractor.hasPastLe(c) || attendanceWords.occurs(in: c))
        let weakPast = relevant && !strongPast && weakPastMarkers.occurs(in: c) && !strongCues.occurs(in: c) && !modalGoal.occurs(in: c)
        var cl = TargetExtractor.Clause(
            start: s, end: e, hasQuantity: hasQuantity, hasCue: hasCue, past: strongPast || weakPast, deadline: deadline)
        cl.weakPast = weakPast
        if let f = found.first, found.count == 1, !hasQuantity {
            cl.onlyDeadline = c.hanCount - Scalars(f.text).hanCount <= 2
        }
        return cl
    }

    /// The after-name words found by the `WordList` where the longest-first list finds one, at every position.
    @Test func afterNameListIsTheList() {
        var found = 0
        for text in Self.corpusTexts {
            for i in 0...text.count {
                let now = Lexicon.afterNameList.match(text, at: i)
                #expect((now != nil) == (text.word(from: Lexicon.afterName, at: i) != nil))
                if now != nil { found += 1 }
            }
        }
        #expect(found > 0)
    }

    /// The longest meeting ending at each place gives the prefix every ending gave.
    @Test func meetingPrefixAsItWas() {
        var prefixes = 0
        ExtractCostTests.forEachClause(of: Self.corpusTexts) { text, a, b in
            let c = text.sub(a, b)
            var best: Int?
            for i in c.indices {
                for w in Lexicon.meetingEndings where c.has(w, at: i) {
                    let end = i + w.count
                    if best.map({ end > $0 }) ?? true { best = end }
                }
            }
            let before = best.map { c.sub(0, $0) }.flatMap { $0.hanCount >= 2 ? $0 : nil }
            let now = MeetingExtractor.meetingPrefix(c)
            #expect(now == before)
            if now != nil { prefixes += 1 }
        }
        #expect(prefixes > 0)
    }

    /// Names compared in place are found where the set of names found them, at every position.
    @Test func nameIndexAsTheSet() {
        var hits = 0
        for text in Self.corpusTexts.prefix(40) {
            // the item's names, and some two- and three-character runs of it, repeated
            var names = PeopleExtractor().extract(text).map { Scalars($0.name) }
            for k in stride(from: 0, to: max(0, text.count - 3), by: 97) {
                names += [text.sub(k, k + 2), text.sub(k, k + 3), text.sub(k, k + 2)]
            }
            let index = PeopleExtractor.NameIndex(names)
            let set = Set(names)
            let lengths = Set(names.map(\.count))
            for i in text.indices {
                let before = lengths.contains { i + $0 <= text.count && set.contains(text.sub(i, i + $0)) }
                #expect(index.occurs(in: text, at: i) == before)
                if before { hits += 1 }
            }
        }
        #expect(hits > 0)
    }
    /// The lists scanned with a filter on their first two characters answer what the `WordList`
    /// answers, at every position of every text (and over every clause, for `occurs`).
    @Test func pairedListsAreTheirLists() {
        let lists =
            ["title-endings", "double-surnames", "target-cues", "target-meeting-words", "target-past-markers"].map { Words.list($0) }
            + [Lexicon.topics.flatMap { $0.1.map(\.string) }]
        var matches = 0
        for words in lists {
            let plain = WordList(words)
            let paired = PairedWordList(words)
            for text in Self.corpusTexts {
                for i in -1...text.count {
                    let now = paired.match(text, at: i)
                    #expect(now == plain.match(text, at: i))
                    var each: [Int] = []
                    paired.forEachMatch(text, at: i) { each.append($0) }
                    var before: [Int] = []
                    plain.forEachMatch(text, at: i) { before.append($0) }
                    #expect(each == before)
                    if now != nil { matches += 1 }
                }
            }
            ExtractCostTests.forEachClause(of: Self.corpusTexts.prefix(20).map { $0 }) { text, a, b in
                #expect(paired.occurs(in: text, from: a, to: b) == plain.occurs(in: text, from: a, to: b))
            }
        }
        #expect(matches > 0)
        // a one-character word (已 of the past markers): the filter lets every position through
        #expect(PairedWordList(["已", "累计"]).match(Scalars("已完成"), at: 0) == Scalars("已"))
    }

    /// Texts compared by their scalars where that decides are equal as Strings exactly when they are.
    @Test func sameTextIsStringEquality() {
        let texts = [
            "王海", "王海", "王海涛", "“煤改电”", "煤改电", "PM2.5", "ＰＭ２.５", "\u{F929}", "\u{5140}", "\u{6717}", "e\u{301}", "\u{E9}", "Å", "\u{212B}",
            "压煤、抑尘", "", "\u{2001}", "\u{2003}",
        ].map { Scalars($0) }
        for a in texts {
            for b in texts { #expect(a.sameText(as: b) == (a.string == b.string), "\(a.string) \(b.string)") }
        }
        #expect(Scalars("王海").isNormalizationStable && !Scalars("\u{F929}").isNormalizationStable)
        var names = 0
        for text in Self.corpusTexts.prefix(30) {
            let people = PeopleExtractor().extract(text).map { Scalars($0.name) }
            for a in people {
                for b in people { #expect(a.sameText(as: b) == (a.string == b.string)) }
            }
            names += people.count
        }
        #expect(names > 0)
    }

    /// The two-character words of a set are found by their two characters as the set finds them.
    @Test func pairSetIsTheSet() {
        for set in [Lexicon.notNames, Lexicon.neverNames] {
            let pairs = ScalarPairSet(set)
            for text in Self.corpusTexts.prefix(30) {
                for i in 0..<max(0, text.count - 1) {
                    #expect(pairs.contains(text[i], text[i + 1]) == set.contains(text.sub(i, i + 2)))
                }
            }
            for w in set where w.count == 2 { #expect(pairs.contains(w[0], w[1])) }
        }
    }
    /// A name read in place is the name read from copies, at every position, after a title or not.
    @Test func nameInPlace() {
        var found = 0
        for text in Self.corpusTexts {
            for i in 0...text.count {
                for afterTitle in [false, true] {
                    let now = PeopleExtractor.name(text, at: i, afterTitle: afterTitle)
                    #expect(now == Self.nameCopied(text, at: i, afterTitle: afterTitle))
                    if now != nil { found += 1 }
                }
            }
        }
        #expect(found > 0)
    }

    static let notInName = Lexicon.scalarSet(Words.characters("not-in-name"))
    static let rolesAfterTitledName = Words.list("roles-after-titled-name").map { Scalars($0) }
    static let nameMiddles = Lexicon.scalarSet(Words.characters("name-middles"))
    static let strongAfterName = Words.list("strong-after-name").map { Scalars($0) }

    /// `PeopleExtractor.name` as it was: each candidate copied out, its first two characters looked up as an array.
    static func nameCopied(_ t: Scalars, at i: Int, afterTitle: Bool) -> Scalars? {
        guard i < t.count else { return nil }
        if t[i].isHan, i + 2 < t.count,
            let dot = (i + 2...min(i + 5, t.count - 1)).first(where: { $0 < t.count && (t[$0] == "·" || t[$0] == "•" || t[$0] == "・") }),
            t.sub(i, dot).allSatisfy({ $0.isHan })
        {
            var e = dot + 1
            while e < t.count, t[e].isHan, e - dot <= 6, t.word(from: Lexicon.afterName, at: e) == nil || e - dot < 3 { e += 1 }
            if e - dot >= 3, e == t.count || t.word(from: Lexicon.afterName, at: e) != nil { return t.sub(i, e) }
        }
        let double = Lexicon.doubleSurnames.match(t, at: i) != nil
        guard double || Lexicon.surnames.contains(t[i]) else { return nil }
        for len in double ? [3, 4] : [2, 3] {
            let e = i + len
            guard e <= t.count else { continue }
            let n = t.sub(i, e)
            guard n.allSatisfy({ $0.isHan }), !Lexicon.neverNames.contains(n.sub(0, 2)) else { continue }
            if Lexicon.notNames.contains(n.sub(0, 2)), !(len == 2 && !double && t.word(from: rolesAfterTitledName, at: e) != nil),
                !(afterTitle && len == 3 && !double)
            {
                continue
            }
            let given = n.dropFirst(double ? 2 : 1)
            if given.contains(where: { notInName.contains($0) }) {
                guard !double, len == 3, let last = given.last, let middle = given.first, !notInName.contains(last),
                    nameMiddles.contains(middle),
                    e < t.count, t[e] == "、" || t[e] == "，" || t.word(from: strongAfterName, at: e) != nil
                else { continue }
            }
            if e == t.count || t.word(from: Lexicon.afterName, at: e) != nil { return n }
        }
        return nil
    }
    /// Idioms looked up by their scalars are those looked up as Strings, for every quoted term of the corpus.
    @Test func idiomsAsStrings() {
        var terms = Lexicon.idioms.map { Scalars($0) } + [Scalars("\u{F929}"), Scalars("e\u{301}")]
        for text in Self.corpusTexts { terms += MeasureExtractor.quotes(in: text).map(\.text) }
        var idioms = 0
        for term in terms {
            #expect(MeasureExtractor.isIdiom(term) == Lexicon.idioms.contains(term.string))
            if MeasureExtractor.isIdiom(term) { idioms += 1 }
        }
        #expect(idioms >= Lexicon.idioms.count)
    }
    /// Generic meeting names looked up by their scalars are those looked up as Strings, for every
    /// clause of the corpus and every prefix of its meeting names; a set with an unstable String
    /// looks every text up as a String.
    @Test func genericMeetingsAsStrings() {
        let set = ScalarStringSet(Lexicon.genericMeetings)
        var texts = Lexicon.genericMeetings.map { Scalars($0) }
        ExtractCostTests.forEachClause(of: Self.corpusTexts) { text, a, b in
            let c = text.sub(a, b)
            texts.append(c)
            if let m = MeetingExtractor.meetingPrefix(c) { texts += (1...m.count).map { m.sub(0, $0) } }
        }
        var generic = 0
        for m in texts {
            #expect(set.contains(m) == Lexicon.genericMeetings.contains(m.string))
            if set.contains(m) { generic += 1 }
        }
        #expect(generic >= Lexicon.genericMeetings.count)
        let unstable = ScalarStringSet(["\u{F929}会"])
        #expect(unstable.contains(Scalars("\u{6717}会")) && unstable.contains(Scalars("\u{F929}会")) && !unstable.contains(Scalars("会")))
    }
}
