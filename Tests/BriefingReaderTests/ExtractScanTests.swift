import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The third round of cheaper extractors (issue 14): the skips to the next character worth a test
/// give what the tests at every character gave, on the Genre corpus and on made-up cases.
@Suite struct ExtractScanTests {
    static let corpusTexts = ExtractCostTests.corpusTexts

    /// `firstMember` as a `contains` at every index, over ranges of the corpus texts, with a
    /// member beyond the Basic Multilingual Plane and a run longer than the text.
    @Test func firstMemberIsTheFirstContained() {
        let set = ScalarSet("，。、年月0123456789𠀋")
        // its characters for the vector skip (16, the most `few` gives; none beyond that)
        let keys = set.few() ?? []
        #expect(keys.count == 16 && set.few(15) == nil)
        let texts = Self.corpusTexts.prefix(20) + [Scalars("甲乙𠀋丙，丁"), Scalars(""), Scalars("年")]
        var tried = 0
        for t in texts {
            for from in stride(from: 0, through: t.count + 1, by: Swift.max(1, t.count / 17)) {
                for to in [from, from + 1, from + 5, t.count, t.count + 3] {
                    let end = Swift.min(to, t.count)
                    let expected = (from..<Swift.max(from, end)).first { set.contains(t[$0]) } ?? Swift.max(from, end)
                    #expect(set.firstMember(in: t, from: from, to: to) == expected)
                    #expect(set.firstMember(in: t, from: from, to: to, keys: keys) == expected)
                    #expect(set.firstMember(in: t, from: from, to: to, keys: []) == expected)
                    tried += 1
                }
            }
        }
        #expect(tried > 500)
        #expect(set.firstMember(in: Scalars("甲乙𠀋丙"), from: 0) == 2)
    }

    /// The sets the scanners skip to hold exactly the characters their old tests looked for.
    @Test func skipSetsAreTheOldTests() {
        var ends = 0
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(ScanStarts.clauseEnds.contains(c) == c.isClauseEnd)
            #expect(ScanStarts.beforeMarkers.contains(c) == (c.isClauseEnd || c == "\n" || c == "、"))
            #expect(ScanStarts.digits.contains(c) == c.isDigit)
            let end = Lexicon.CalendarWord.endChars.contains(c)
            #expect(TargetExtractor.digitsOrEnds.contains(c) == (c.isDigit || end))
            // and what a time limit needs (前, 至, 于 …: `DeadlineExtractor.limitChars`)
            let dateOrLimit = c == Lexicon.DateMark.year || c == Lexicon.DateMark.month || DeadlineExtractor.limitChars.contains(c)
            #expect(TargetExtractor.clauseMarks.contains(c) == (c.isDigit || end || dateOrLimit))
            if c.isClauseEnd { ends += 1 }
        }
        #expect(ends > 10)
        let union = ScalarSet("甲乙").union(ScalarSet("丙𠀋"))
        #expect(Scalars("甲乙丙𠀋").allSatisfy { union.contains($0) } && !union.contains("丁"))
    }

    /// The people extractor's name starts as it found them: a test of every character (a clause
    /// start, after a 、 or after 了), and the clause starts among them.
    @Test func nameStartsAsTheyWere() {
        var found = 0
        for t in Self.corpusTexts + [Scalars(""), Scalars("，"), Scalars("甲，"), Scalars("，，甲"), Scalars("了甲、乙了")] {
            var eager: [Int] = []
            var clauses: [Int] = []
            for i in t.indices {
                let atClauseStart = i == 0 || t[i - 1].isClauseEnd || t[i - 1] == "、"
                if atClauseStart || t[i - 1] == Lexicon.Function.perfective { eager.append(i) }
                if i == 0 || t[i - 1].isClauseEnd { clauses.append(i) }
            }
            let now = PeopleExtractor.nameStarts(t)
            #expect(now == eager)
            #expect(now.filter { $0 == 0 || t[$0 - 1].isClauseEnd } == clauses)
            found += eager.count
        }
        #expect(found > 500)
    }

    /// `PeopleExtractor.places`, which reads a text a part of 4,096 characters at a time, as the
    /// two scans it replaced: the title places where `titleEndingPairs.nextCandidate` stops, and
    /// `candidateStarts`. On the corpus texts and on long texts made of them (no corpus item is a
    /// part long), with a title ending's first character and a name start at every part's edges.
    @Test func placesAsTheScansTheyReplaced() {
        let titleFirst = Lexicon.titleEndingPairs.list.words.first { !$0.isEmpty }.map { Scalars($0)[0] }!
        var texts = Self.corpusTexts
        let joined = Array((Self.corpusTexts + Self.corpusTexts).joined(separator: [Unicode.Scalar("\n")]))
        for cut in [4095, 4096, 4097, 8191, 8192, 12_289] where cut < joined.count {
            var t = joined
            t[cut] = titleFirst
            t[cut - 1] = "，"
            texts.append(t)
            var u = joined
            u[cut - 1] = "，"
            u[cut] = "王"
            texts.append(u)
        }
        var (titles, starts) = (0, 0)
        for t in texts + [Scalars(""), Scalars("王"), Scalars("，王")] {
            var expected: [Int] = []
            var i = Lexicon.titleEndingPairs.nextCandidate(in: t, from: 0)
            while i < t.count {
                expected.append(i)
                i = Lexicon.titleEndingPairs.nextCandidate(in: t, from: i + 1)
            }
            let places = PeopleExtractor.places(t)
            #expect(places.titles == expected, "\(t.count)")
            #expect(places.starts == PeopleExtractor.candidateStarts(t), "\(t.count)")
            titles += expected.count
            starts += places.starts.count
        }
        #expect(joined.count > 12_300)
        #expect(titles > 1000 && starts > 1000, "\(titles) \(starts)")
    }

    /// The target extractor's sentences: parted at each sentence end (； too) and line break, the
    /// marks themselves in none, empty sentences dropped, a last sentence without an end kept. (Its
    /// skip to each break was taken back, and a copy of its loop could not fail as the oracle.)
    @Test func sentencesPartedAtEndsAndBreaks() {
        func parts(_ s: String) -> [String] {
            let t = Scalars(s)
            return TargetExtractor.sentences(t).map { t.sub($0.0, $0.1).string }
        }
        #expect(parts("") == [])
        #expect(parts("。") == [])
        #expect(parts("。。甲") == ["甲"])
        #expect(parts("甲。\n乙") == ["甲", "乙"])
        #expect(parts("到2025年，完成改造100台；加快推进。全年达标！\n下一步") == ["到2025年，完成改造100台", "加快推进", "全年达标", "下一步"])
        #expect(parts("甲？乙") == ["甲", "乙"])
    }

    /// Clauses cut to end (or start) at each digit, 底, 年 or 月 of the corpus's clauses: classified
    /// as they were when every character was tested (the skip's edges are the clause's).
    @Test func classifyAtTheClauseEdges() {
        var tried = 0
        var limits = 0
        ExtractCostTests.forEachClause(of: Array(Self.corpusTexts.prefix(12))) { text, a, b in
            for k in a..<b where TargetExtractor.clauseMarks.contains(text[k]) {
                for (s, e) in [(a, k + 1), (k, b)] {
                    if ExtractInPlaceTests.expectClassifiedAsCopied(text, s, e).deadline { limits += 1 }
                    tried += 1
                }
            }
        }
        #expect(tried > 1000 && limits > 50)
    }

    /// Clauses cut inside and just after each goal cue (确保, 不少于 …) and just before it: classified
    /// as when the cues were looked for in a read of their own (`classify` now finds them in its
    /// read for the marks; a cue the clause's end cuts is no cue).
    @Test func classifyAtTheCueEdges() {
        let cues = ExtractInPlaceTests.cues
        var tried = 0
        var cut = 0
        ExtractCostTests.forEachClause(of: Array(Self.corpusTexts.prefix(40))) { text, a, b in
            for k in a..<b {
                cues.forEachMatch(text, at: k) { w in
                    let n = cues.words[w].count
                    guard k + n <= b else { return }
                    for (s, e) in [(a, k + n), (a, k + n - 1), (k, b), (k + 1, b), (a, k)] where s < e {
                        let before = ExtractInPlaceTests.expectClassifiedAsCopied(text, s, e)
                        if e == k + n - 1, !before.hasCue { cut += 1 }
                        tried += 1
                    }
                }
            }
        }
        #expect(tried > 200 && cut > 20)
    }

    /// Quoted spans as they were found: a test of every character, outside quotes too.
    @Test func quotesAsTheyWere() {
        let openers = Lexicon.scalarSet("“「『\"")
        let closers = Lexicon.scalarSet("”」』\"“")
        var found = 0
        let made = [
            Scalars("“甲“乙”丙"), Scalars("“甲\n“乙”"), Scalars("「一」『二』\"三\""), Scalars("“" + String(repeating: "长", count: 90) + "”“短”"),
        ]
        for t in Self.corpusTexts + made {
            var eager: [MeasureExtractor.Quote] = []
            var open: Int?
            var i = 0
            while i < t.count {
                let c = t[i]
                if let o = open {
                    if closers.contains(c) {
                        eager.append(MeasureExtractor.Quote(start: o, end: i + 1, text: t.sub(o + 1, i)))
                        open = nil
                    } else if c == "\n" || i - o > 80 {
                        open = nil
                        i = o + 1
                        continue
                    }
                } else if openers.contains(c) {
                    open = i
                }
                i += 1
            }
            #expect(MeasureExtractor.quotes(in: t) == eager)
            found += eager.count
        }
        #expect(found > 100)
    }

    /// A paired list's next candidate is the next index where its list can match (none skipped).
    @Test func nextCandidateSkipsNoMatch() {
        let list = Lexicon.titleEndingPairs
        var matched = 0
        for t in Self.corpusTexts.prefix(20) {
            var i = 0
            while i < t.count {
                let next = list.nextCandidate(in: t, from: i)
                #expect(next >= i && next <= t.count)
                #expect((i..<next).allSatisfy { list.match(t, at: $0) == nil })
                if next < t.count, list.match(t, at: next) != nil { matched += 1 }
                i = next + 1
            }
        }
        #expect(matched > 20)
    }
}
