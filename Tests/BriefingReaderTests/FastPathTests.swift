import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The reader's fast paths of the 2026-12-04 speed work give what their plain meaning gives: the
/// one-pass sentence and clause split what the two passes split, a word list's filters what a Set
/// and a search say, the date scan's skips what a test at every character found, a deadline's ten
/// bytes what `CivilDate.iso` writes. On every corpus text (Genre folders and seeds) and on made-up
/// edge cases.
@Suite struct FastPathTests {
    /// Every text of the Genre folders and of `seeds/`, read once.
    static let corpus: [Scalars] = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let dirs =
            ["Genre", "Genre2", "Genre3"].map { here.appendingPathComponent($0) }
            + [here.appendingPathComponent("../../seeds").standardized]
        var texts: [Scalars] = []
        for dir in dirs {
            let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
            for f in files.filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }) {
                if let s = try? String(contentsOf: f, encoding: .utf8) { texts.append(Scalars(s)) }
            }
        }
        return texts
    }()

    static let edgeTexts: [String] = [
        "", "a", "abc def", "。", "。。。", "，，，", "、、、", "！？；…\n\n", "“”“”", "：:,，",
        "“a，b”，c", "“a“b，c”d，e”。f，g", "（1，2）、【3：4】", "1、2、3", "完成120台、淘汰3500辆。",
        "完成燃煤锅炉拆改120台、淘汰黄标车3500辆，“煤改电”改造1800户、", "每日机扫不少于2遍、洒水不少于4遍",
        "１２、３４，５６。", "2017年3月1日", "Hello, world: yes. No! Why? ok;", "\n", "a\nb\n\nc", "“", "”",
        "“，”，“、”", "到2020年，PM2.5浓度下降到50微克/立方米、优良天数达到300天以上。", "𠀋，𠀋。", "12、", "、12",
    ]

    // MARK: - 1. SentenceClauses

    /// `SentenceClauses.read` against `TargetExtractor.sentences` and each sentence's `clauses`.
    static func expectSplitAsTwoPasses(_ t: Scalars, sourceLocation: SourceLocation = #_sourceLocation) {
        var split = TargetExtractor.SentenceClauses()
        split.read(t)
        let old = TargetExtractor.sentences(t)
        #expect(split.sentences.count == old.count, sourceLocation: sourceLocation)
        guard split.sentences.count == old.count else { return }
        var next = 0
        for (s, o) in zip(split.sentences, old) {
            #expect(s.start == o.0 && s.end == o.1, sourceLocation: sourceLocation)
            let want = TargetExtractor.clauses(t, o.0, o.1)
            let got = Array(split.clauses[s.clauses])
            #expect(
                got.map(\.0) == want.map(\.0) && got.map(\.1) == want.map(\.1), "\(String(String.UnicodeScalarView(t[o.0..<o.1])))",
                sourceLocation: sourceLocation)
            #expect(s.hasDigit == t[o.0..<o.1].contains(where: \.isDigit), sourceLocation: sourceLocation)
            // the sentences' clauses cover the list in order
            #expect(s.clauses.lowerBound == next, sourceLocation: sourceLocation)
            next = s.clauses.upperBound
        }
        #expect(next == split.clauses.count, sourceLocation: sourceLocation)
    }

    @Test func sentenceClausesAsTheTwoPasses() {
        #expect(Self.corpus.count >= 100)
        var split = TargetExtractor.SentenceClauses()
        for t in Self.corpus {
            Self.expectSplitAsTwoPasses(t)
            // a reused value reads each text afresh
            split.read(t)
        }
        for s in Self.edgeTexts { Self.expectSplitAsTwoPasses(Scalars(s)) }
    }

    /// Every scalar of the Basic Multilingual Plane, between digits and a comma and a 、, read as
    /// the two passes read it: the one-pass table classes each character as their tests do.
    @Test func sentenceClausesOfEveryCharacter() {
        var t: Scalars = []
        t.reserveCapacity(0x10000 * 6)
        for v in UInt32(0)..<0x10000 {
            guard let c = Unicode.Scalar(v) else { continue }
            t += ["1", c, "2", "、", "达", c, "，"]
        }
        Self.expectSplitAsTwoPasses(t)
        // and the table itself
        var bad: [String] = []
        for v in 0..<0x10000 {
            guard let c = Unicode.Scalar(UInt32(v)) else { continue }
            let k = TargetExtractor.SentenceClauses.classes[v]
            let marked =
                c.isSentenceEnd || c == "\n" || c == "“" || c == "”" || c.isDigit || c == "、" || c == "，" || c == ","
                || c == "：" || c == ":"
            if (k != 0) != marked { bad.append(String(v, radix: 16)) }
        }
        #expect(bad.isEmpty, "\(bad.prefix(10))")
    }

    // MARK: - 2. WordList

    static let listNames = Words.names()

    /// `holds` is a Set's membership: over each list's words, their prefixes and suffixes, the words
    /// with a character added or changed, and the words of the other lists.
    @Test func holdsIsSetMembership() {
        let lists = Self.listNames.map { Words.list($0) }
        let everyWord = Set(lists.joined().map { Scalars($0) })
        var asked = 0
        var bad: [String] = []
        for words in lists {
            let list = WordList(words)
            let set = Set(words.map { Scalars($0) })
            var probes = everyWord
            for w in set {
                for k in 0...w.count {
                    probes.insert(Array(w.prefix(k)))
                    probes.insert(Array(w.suffix(k)))
                }
                probes.insert(w + ["的"])
                probes.insert(["的"] + w)
                if let f = w.first { probes.insert([f, "\u{0}"]) }
                if w.count >= 2 { probes.insert(Array(w.dropLast()) + ["\u{10FFFF}"]) }
            }
            for p in probes {
                if list.holds(p) != set.contains(p) { bad.append(String(String.UnicodeScalarView(p))) }
                asked += 1
            }
        }
        #expect(asked > 10_000)
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(10))")
        let made = WordList(["", "甲", "甲乙", "乙甲"])
        #expect(made.holds([]) && made.holds(Scalars("甲")) && !made.holds(Scalars("乙")) && made.holds(Scalars("乙甲")))
        #expect(!WordList(["甲"]).holds([]))
    }

    /// A naive `occurs(in:at:before:)`: a word of the list, whole before `end`, at `i`.
    static func occursNaive(_ words: [Scalars], _ t: Scalars, at i: Int, before end: Int) -> Bool {
        let stop = Swift.min(end, t.count)
        guard i >= 0 else { return false }
        return words.contains { w in !w.isEmpty && i + w.count <= stop && t[i..<(i + w.count)].elementsEqual(w) }
    }

    /// The two-character filter never refuses a word that occurs: `occurs(in:at:before:)`,
    /// `match`, `occurs(in:from:to:)` and `firstOccurrence` agree with a search at every position
    /// of the corpus, for every list.
    @Test func occursAsANaiveSearch() {
        // a sample of the corpus at every position (all of it at every position, for every list,
        // was 24 s in a debug build), and every word of every list in a text of its own below
        let text = Array(Self.corpus.joined(separator: [Unicode.Scalar("\n")]).prefix(2_500))
        var found = 0
        var bad: [String] = []
        for name in Self.listNames {
            let list = WordList(Words.list(name))
            let words = list.words
            for w in words where !w.isEmpty {
                let t: Scalars = ["\u{3000}"] + w + ["\u{3000}"]
                if !list.occurs(in: t, at: 1, before: t.count) || !list.occurs(in: w, at: 0, before: w.count) {
                    bad.append("\(name) refuses \(String(String.UnicodeScalarView(w)))")
                }
                if list.match(t, at: 1).map({ $0.count < w.count }) ?? true {
                    bad.append("\(name) match misses \(String(String.UnicodeScalarView(w)))")
                }
                if list.firstOccurrence(in: t, from: 0) != 1 {
                    bad.append("\(name) firstOccurrence misses \(String(String.UnicodeScalarView(w)))")
                }
                if !list.occurs(in: t, from: 1, to: 1 + w.count) {
                    bad.append("\(name) occurs(from:to:) misses \(String(String.UnicodeScalarView(w)))")
                }
                var each: [Int] = []
                list.forEachMatch(t, at: 1) { each.append($0) }
                if !each.contains(where: { words[$0] == w }) {
                    bad.append("\(name) forEachMatch misses \(String(String.UnicodeScalarView(w)))")
                }
            }
            var firstHere: Int? = nil
            for i in stride(from: text.count - 1, through: 0, by: -1) {
                let starts = list.firsts.contains(text[i])
                let expected = starts && Self.occursNaive(words, text, at: i, before: text.count)
                if list.occurs(in: text, at: i, before: text.count) != expected { bad.append("\(name) occurs at \(i)") }
                if starts {
                    let longest = words.first { !$0.isEmpty && i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }
                    if list.match(text, at: i) != longest { bad.append("\(name) match at \(i)") }
                    var each: [Int] = []
                    list.forEachMatch(text, at: i) { each.append($0) }
                    let eachNaive = words.indices.filter { k in
                        !words[k].isEmpty && i + words[k].count <= text.count && text[i..<(i + words[k].count)].elementsEqual(words[k])
                    }
                    if each.sorted() != eachNaive { bad.append("\(name) forEachMatch at \(i)") }
                    // cut before a word's last character, it is not whole there
                    if let w = longest, w.count >= 2 {
                        let cut = i + w.count - 1
                        if list.occurs(in: text, at: i, before: cut) != Self.occursNaive(words, text, at: i, before: cut) {
                            bad.append("\(name) occurs before \(cut) at \(i)")
                        }
                    }
                }
                if expected {
                    firstHere = i
                    found += 1
                }
                if i % 53 == 0 {
                    // (from where the next word is near: a far one is a long scan for each start)
                    if (firstHere ?? text.count) - i < 200, list.firstOccurrence(in: text, from: i) != firstHere {
                        bad.append("\(name) firstOccurrence from \(i)")
                    }
                    for to in [i + 3, i + 40] {
                        let naive = (i..<Swift.min(to, text.count)).contains { Self.occursNaive(words, text, at: $0, before: to) }
                        if list.occurs(in: text, from: i, to: to) != naive { bad.append("\(name) occurs from \(i) to \(to)") }
                    }
                }
            }
        }
        #expect(found > 50)
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(10))")
    }

    // MARK: - 3. Dates

    /// The old scan of `mentions`: a test of every character (a digit or numeral not after a
    /// digit, a mark within five after it).
    static func mentionsNaive(_ t: Scalars) -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        while i < t.count {
            guard ScanStarts.numbers.contains(t[i]), i == 0 || !t[i - 1].isDigit, DateExtractor.markFollows(t, at: i),
                let m = DateExtractor.mention(t, at: i)
            else {
                i += 1
                continue
            }
            let implausible = m.year.map { !CivilDate.plausibleYears.contains($0) } ?? false
            let afterUnreadYear = m.year == nil && i >= 2 && t[i - 1] == Lexicon.DateMark.year && t[i - 2].isDigit
            if !implausible && !afterUnreadYear { out.append(m) }
            i = m.end
        }
        return out
    }

    static let dateTexts: [String] = [
        "2017年3月1日", "2016-05-19", "2016/5/9", "2016.05.19", "二〇一七年三月一日", "3月15日至4月1日", "12月31日、1月1日",
        "0000年1月1日", "99999年1月1日", "2017年13月1日", "2017年2月30日", "2017-2-3", "2017-02/03", "一一月一日",
        "123456789012345678901234567890年", "----////....", "年月年月年月年月年月年月年月年月年月年月", "1", "1年", "", "１２月３日",
        String(repeating: "字", count: 40) + "5月6日" + String(repeating: "字", count: 15) + "2019-10-01",
    ]

    /// `mentions(in:texts: false)` is `mentions(in:)` with empty texts, and both are the old scan's.
    @Test func mentionsAsTheOldScan() {
        var seen = 0
        for t in Self.corpus + Self.dateTexts.map({ Scalars($0) }) {
            let with = DateExtractor.mentions(in: t)
            let without = DateExtractor.mentions(in: t, texts: false)
            #expect(with == Self.mentionsNaive(t))
            var emptied = with
            for k in emptied.indices {
                #expect(emptied[k].text == String(String.UnicodeScalarView(t[emptied[k].start..<emptied[k].end])))
                emptied[k].text = ""
            }
            #expect(without == emptied)
            seen += with.count
        }
        #expect(seen > 100)
    }

    /// `DateScan`'s skips against a test at every index, from every start.
    @Test func dateScanSkipsAsTestsAtEveryIndex() {
        let year = Lexicon.DateMark.year
        let month = Lexicon.DateMark.month
        let numbers = ScanStarts.numbers
        var bad: [String] = []
        for t in Self.corpus + Self.dateTexts.map({ Scalars($0) }) {
            t.withUnsafeBufferPointer { b in
                var markAfter = t.count
                var yearAfter = t.count
                var dateAfter = t.count
                for from in stride(from: t.count, through: 0, by: -1) {
                    if from < t.count {
                        let c = t[from]
                        if c == year || c == month || c == "-" || c == "." || c == "/" { markAfter = from }
                        if c.isASCIIDigit || (from + 4 < t.count && t[from + 4] == year) { yearAfter = from }
                        if numbers.contains(c), from == 0 || !t[from - 1].isDigit, DateExtractor.markFollows(t, at: from) {
                            dateAfter = from
                        }
                    }
                    if DateScan.firstMark(b, from: from, year: year.value, month: month.value) != markAfter {
                        bad.append("firstMark \(from)")
                    }
                    if DateScan.nextYearStart(b, from: from, year: year.value) != yearAfter { bad.append("nextYearStart \(from)") }
                    if DateScan.nextDateStart(b, from: from, numbers: numbers, year: year.value, month: month.value) != dateAfter {
                        bad.append("nextDateStart \(from)")
                    }
                }
            }
        }
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(10))")
    }

    /// Year clues of made-up lines, and of the corpus: as many as a scan from every digit gives
    /// (each clue a year found by a test at every character).
    @Test func yearCluesOfMadeUpLines() {
        #expect(DateExtractor.yearClues(in: Scalars("2017年大气污染防治")) == [.single(2017)])
        #expect(DateExtractor.yearClues(in: Scalars("2016-2017年采暖季")) == [.range(2016, 2017)])
        #expect(DateExtractor.yearClues(in: Scalars("二〇一七年工作")) == [.single(2017)])
        #expect(DateExtractor.yearClues(in: Scalars(String(repeating: "字", count: 30) + "二〇一八年")) == [.single(2018)])
        #expect(DateExtractor.yearClues(in: Scalars(String(repeating: "字", count: 33) + "2019-05-06")) == [.single(2019)])
        #expect(DateExtractor.yearClues(in: Scalars("2017")) == [])
        #expect(DateExtractor.yearClues(in: Scalars("")) == [])
        // a year placed at every offset from a block's start, after prose
        for k in 0..<40 {
            let t = Scalars(String(repeating: "字", count: k) + "2018年")
            #expect(DateExtractor.yearClues(in: t) == [.single(2018)], "offset \(k)")
            let n = Scalars(String(repeating: "字", count: k) + "二〇一六年")
            #expect(DateExtractor.yearClues(in: n) == [.single(2016)], "offset \(k)")
        }
        // every clue of the corpus names a year written in its text
        for t in Self.corpus {
            let s = String(String.UnicodeScalarView(t))
            for clue in DateExtractor.yearClues(in: t) {
                if case .single(let y) = clue { #expect(s.contains(String(y)) || ChineseNumberTests.hasChineseYear(s, y)) }
            }
        }
    }

    /// `hasYearClues` (read to the first clue) is whether `yearClues` finds any: on the corpus, on
    /// lines with a clue only after a skipped target year, and on lines without any.
    @Test func hasYearCluesAsAnyYearClue() {
        var with = 0
        let made = ["到2020年，2017年完成", "2016-2017年采暖季", "到2020年底前", "共计2017户", "二〇一七年工作", "", "2019-05-06"]
        for t in Self.corpus + made.map({ Scalars($0) }) {
            let any = !DateExtractor.yearClues(in: t).isEmpty
            #expect(DateExtractor.hasYearClues(in: t) == any, "\(t.string)")
            if any { with += 1 }
        }
        // both answers occur
        #expect(with > 10 && with < Self.corpus.count)
    }

    /// `contains(_:or:)` and `count(of:or:)` (sixteen at a time) as a test of each scalar, on the
    /// corpus and on made-up lines with the two characters at every place around a block.
    @Test func pairOfCharactersFoundAndCountedAsOneByOne() {
        var lines = Self.corpus
        for n in 0..<40 {
            for k in [0, n / 2, n - 1, 15, 16, 31] where k >= 0 && k < n {
                var t = Scalars(repeating: "字", count: n)
                t[k] = "（"
                lines.append(t)
                t[n - 1 - k] = ","
                lines.append(t)
            }
        }
        var found = 0
        for t in lines {
            for (a, b) in [("(", "（"), (",", "\t"), ("。", "，")] as [(Unicode.Scalar, Unicode.Scalar)] {
                let each = t.filter { $0 == a || $0 == b }.count
                #expect(t.contains(a, or: b) == (each > 0))
                #expect(t.count(of: a, or: b) == each)
                if each > 0 { found += 1 }
            }
        }
        #expect(found > 100)
    }

    /// `Scalars.string` (scratch space of four bytes a scalar, a long text's bytes counted) as
    /// the standard library makes the String, for scalars of every UTF-8 length and lengths around
    /// the 4,096 where the scratch space is counted.
    @Test func stringMadeAsTheStandardLibraryMakesIt() {
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "1", "\n", "é", "中", "，", "２", "\u{FEFF}", "😀", "\u{10FFFF}", "\u{7FF}", "\u{800}", "\u{FFFF}"]
        for n in [0, 1, 2, 3, 4, 5, 100, 4095, 4096, 4097, 9000] {
            for _ in 0..<3 {
                let t = Scalars((0..<n).map { _ in pool.randomElement(using: &random)! })
                var view = String.UnicodeScalarView()
                view.append(contentsOf: t)
                #expect(Array(t.string.utf8) == Array(String(view).utf8), "\(n)")
            }
        }
    }

    /// `index(of:from:to:)` (words of two or more looked for by their first two characters, 16
    /// places at a time) against a search that compares the word at every place, on the corpus
    /// lines and on runs where the first character recurs with other seconds around the blocks.
    @Test func wordFoundByItsFirstTwoAsAtEveryPlace() {
        func plain(_ t: Scalars, _ w: Scalars, from: Int, to: Int?) -> Int? {
            let end = min(to ?? t.count, t.count) - w.count
            guard !w.isEmpty, max(from, 0) <= end else { return nil }
            return (max(from, 0)...end).first { t.has(w, at: $0) }
        }
        var lines = Array(Self.corpus.prefix(200))
        for n in [1, 2, 15, 16, 17, 18, 31, 32, 33, 40] {
            for k in [0, 1, n / 2, n - 2, n - 1, 14, 15, 16] where k >= 0 && k < n {
                var t = Scalars(repeating: "全", count: n)
                t[k] = "面"
                lines.append(t)
                if k + 1 < n { t[k + 1] = "加" }
                lines.append(t)
            }
        }
        var found = 0
        for t in lines {
            var words: [Scalars] = [Scalars("全面"), Scalars("全面加"), Scalars("面加"), Scalars("面"), Scalars("加强")]
            if t.count >= 3 { words += [t.sub(0, 2), t.sub(t.count - 2, t.count), t.sub(t.count / 2, t.count / 2 + 3)] }
            for w in words {
                for (from, to) in [(0, nil), (1, nil), (0, t.count - 1), (t.count / 2, nil), (3, t.count / 2 + 4)] as [(Int, Int?)] {
                    let expected = plain(t, w, from: from, to: to)
                    #expect(t.index(of: w, from: from, to: to) == expected, "\(t.string) \(w.string) \(from) \(String(describing: to))")
                    if expected != nil { found += 1 }
                }
            }
        }
        #expect(found > 500)
    }

    /// `ScalarPairSet.contains` is a Set of pairs' membership.
    @Test func scalarPairSetIsASetOfPairs() {
        let words = Set(Words.names().flatMap { Words.list($0) }.map { Scalars($0) })
        let set = ScalarPairSet(words)
        let pairs = Set(words.filter { $0.count == 2 }.map { [$0[0], $0[1]] })
        #expect(pairs.count > 100)
        var asked = 0
        var bad = 0
        for w in words where w.count >= 2 {
            for (a, b) in [(w[0], w[1]), (w[1], w[0]), (w[0], w[w.count - 1]), (w[w.count - 2], w[w.count - 1])] {
                if set.contains(a, b) != pairs.contains([a, b]) { bad += 1 }
                asked += 1
            }
        }
        for t in Self.corpus.prefix(30) where t.count >= 2 {
            for i in 0..<(t.count - 1) {
                if set.contains(t[i], t[i + 1]) != pairs.contains([t[i], t[i + 1]]) { bad += 1 }
                asked += 1
            }
        }
        #expect(asked > 5_000)
        #expect(bad == 0)
        let empty = ScalarPairSet([])
        #expect(!empty.contains("a", "b"))
    }

    // MARK: - 6. A date's ISO text

    /// `CivilDate.iso`'s ten-byte path gives the padded text (`YYYY-MM-DD`) for every year
    /// 1…9999, months and days of one and two digits (the padding written out here).
    @Test func isoAsPaddedText() {
        func padded(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var checked = 0
        var bad: [String] = []
        for y in 1...9999 {
            let months = y % 97 == 0 ? Array(1...12) : [1, 9, 10, 12]
            for m in months {
                for d in [1, 9, 10, 28, 31] {
                    guard let date = CivilDate(year: y, month: m, day: d) else { continue }
                    let expected = "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))"
                    if date.iso != expected { bad.append(expected) }
                    checked += 1
                }
            }
        }
        #expect(checked > 150_000)
        #expect(bad.count == 0, "first: \(bad.prefix(10))")
        #expect(CivilDate(year: 2017, month: 3, day: 1)!.iso == "2017-03-01")
    }

    // MARK: - 7. The dateline's first read

    /// `Segmenter.mayBeDateline` refuses no line that the full test (`isDatelineByItsWords`) takes:
    /// every line of the corpus, and made-up datelines with the mark (讯, 电) and a head at every
    /// position around the 26 characters it reads, after zero to three leading marks, in lines
    /// shorter and longer than its 16-character blocks.
    @Test func datelineFirstReadRefusesNoDateline() {
        var lines: [Scalars] = []
        for t in Self.corpus { lines += t.split(separator: "\n").map { Scalars($0) } }
        let fillers = ["", "■", "【", "■【"]
        let bodies = ["本报讯（记者张三）5月3日，", "新华社北京5月3日电 记者", "县融媒体中心讯 12月3日", "中新网北京5月3日电（记者）"]
        for lead in fillers {
            for body in bodies {
                for pad in 0...30 {
                    let padding = String(repeating: "某", count: pad)
                    // the head moved right by the padding, and the padding put after it
                    lines.append(Scalars(lead + padding + body + "会议召开，要求。"))
                    lines.append(Scalars(lead + body.prefix(3) + padding + body.dropFirst(3) + "。"))
                    lines.append(Scalars(lead + String(body.prefix(pad % 12))))
                }
            }
        }
        var taken = 0
        for line in lines where Segmenter.isDatelineByItsWords(line) {
            taken += 1
            #expect(Segmenter.mayBeDateline(line), "\(line.string)")
        }
        // the made-up datelines are datelines, or the test would hold of nothing
        #expect(taken > 300)
    }

    // MARK: - 8. A line's script by a table

    /// `Cleaner.script(of:)`'s table gives what the two sets say of every character of the Basic
    /// Multilingual Plane alone and of every corpus line: more Traditional-only characters than
    /// Simplified-only ones (from U+4E00 on) is Traditional, fewer is Simplified, none is nil.
    @Test func scriptByTableAsBySets() {
        func bySets(_ line: Scalars) -> Bool? {
            var t = 0
            var s = 0
            for c in line where c.value >= 0x4E00 {
                if Lexicon.traditionalOnly.contains(c) { t += 1 } else if Lexicon.simplifiedOnly.contains(c) { s += 1 }
            }
            return t == 0 && s == 0 ? nil : t > s
        }
        var telling = 0
        for v in UInt32(0)..<0x10000 {
            guard let c = Unicode.Scalar(v) else { continue }
            let expected = bySets([c])
            if expected != nil { telling += 1 }
            #expect(Cleaner.script(of: [c]) == expected, "U+\(String(v, radix: 16))")
        }
        #expect(telling >= 200)
        for t in Self.corpus {
            for line in t.split(separator: "\n") { #expect(Cleaner.script(of: Scalars(line)) == bySets(Scalars(line))) }
        }
    }
}

/// A year written in Chinese numerals (二〇一七) in a text.
enum ChineseNumberTests {
    static func hasChineseYear(_ s: String, _ y: Int) -> Bool {
        let numerals: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let chinese = String(String(y).map { numerals[Int(String($0))!] })
        let alt = chinese.replacingOccurrences(of: "〇", with: "零")
        return s.contains(chinese) || s.contains(alt)
    }
}
