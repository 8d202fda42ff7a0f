import Foundation
import Testing

@testable import BriefingReader

/// The helpers that make provenance cheap (issue 14) against plain reference forms: the lines as
/// split from the scalars, the fold without its fast path, the cleaner's page-number tests.
@Suite struct SpanLocatorTests {
    func s(_ x: String) -> Scalars { Scalars(x) }

    /// Lines of `text` split at LF, CRLF and CR from its scalars: start, count and UTF-8 bytes.
    static func referenceLines(_ text: String) -> [(start: Int, count: Int, bytes: Range<Int>)] {
        let t = Array(text.unicodeScalars)
        var out: [(Int, Int, Range<Int>)] = []
        var start = 0
        var byteStart = 0
        var byte = 0
        var i = 0
        while i < t.count {
            let c = t[i]
            let length = String(c).utf8.count
            if c == "\n" || c == "\r" {
                out.append((start, i - start, byteStart..<byte))
                let crlf = c == "\r" && i + 1 < t.count && t[i + 1] == "\n"
                i += crlf ? 2 : 1
                byte += crlf ? 2 : 1
                start = i
                byteStart = byte
                continue
            }
            i += 1
            byte += length
        }
        out.append((start, t.count - start, byteStart..<byte))
        return out
    }

    @Test func linesAreSplitAtLFCRLFAndCR() {
        let texts = [
            "", "a", "\n", "\r\n", "\r", "一\n二\r\n三\r四", "\u{FEFF}标题\n\n正文😀。\n", "甲\r\r\n乙\n\r丙\r\n", "no break at all 中文",
            "末尾\r\n", "一行\n二行\n三行\n",
        ]
        for text in texts {
            let locator = SpanLocator(decoded: text, file: "t.txt", converter: nil)
            let expected = Self.referenceLines(text)
            #expect(locator.lines.count == expected.count, "\(text.debugDescription)")
            for (line, e) in zip(locator.lines, expected) {
                #expect(line.start == e.start && line.count == e.count && line.bytes == e.bytes, "\(text.debugDescription)")
            }
            // each line's scalars are the line's text
            let t = Array(text.unicodeScalars)
            for (n, e) in expected.enumerated() {
                #expect(locator.text(ofLine: n + 1) == Array(t[e.start..<(e.start + e.count)]))
            }
        }
    }

    @Test func lineEndsAndScalarCount() {
        let bytes = Array("中a\n😀\r\nb\rc".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(SpanLocator.lineEnd(b, from: 0) == 4)
            #expect(SpanLocator.lineEnd(b, from: 5) == 9)
            #expect(SpanLocator.lineEnd(b, from: 9) == 9)
            #expect(SpanLocator.lineEnd(b, from: 11) == 12)
            #expect(SpanLocator.lineEnd(b, from: 13) == 14)
            #expect(SpanLocator.lineEnd(b, from: 14) == 14)
            #expect(SpanLocator.index(of: 0x0A, in: b, from: 0, to: 3) == 3)
            #expect(SpanLocator.index(of: 0x0A, in: b, from: 5, to: 14) == 10)
            #expect(Scalars.scalarCount(utf8: UnsafeBufferPointer(rebasing: b[0..<4])) == 2)
            #expect(Scalars.scalarCount(utf8: b) == 9)
        }
    }

    /// Counted eight bytes at a time: every length, every start in a word, every width of scalar.
    @Test func scalarsCountedInUTF8() {
        let text = Array("a中é😀\u{FEFF}b大气污染防治。\r\n1２".utf8)
        text.withUnsafeBufferPointer { b in
            for from in 0..<b.count {
                for to in from...b.count {
                    let slice = Array(b[from..<to])
                    let expected = slice.filter { $0 & 0xC0 != 0x80 }.count
                    #expect(Scalars.scalarCount(utf8: UnsafeBufferPointer(rebasing: b[from..<to])) == expected)
                }
            }
        }
        #expect(Scalars.scalarCount(utf8: UnsafeBufferPointer(start: nil, count: 0)) == 0)
    }

    /// Candidates found sixteen scalars at a time: every start and end around the blocks, and
    /// `index(of:)` as a plain search finds it.
    @Test func scalarSearchFindsTheFirstMatch() {
        var t = Scalars(repeating: "大", count: 70)
        for k in [0, 15, 16, 17, 33, 69] { t[k] = "气" }
        t.withUnsafeBufferPointer { b in
            for from in 0...70 {
                for to in from...70 {
                    let expected = (from..<to).first { t[$0] == "气" }
                    #expect(Scalars.firstIndex(of: "气", in: b, from: from, to: to) == expected, "\(from)..<\(to)")
                }
            }
        }
        let words = [s("气"), s("气大"), s("大气大"), s("气大大"), s("大大大大大大大大大大大大大大大大大大")]
        for w in words {
            for from in 0...70 {
                for to in [nil, 20, 40, 70] {
                    let end = min(to ?? t.count, t.count) - w.count
                    let expected = from <= end ? (max(from, 0)...end).first { t.has(w, at: $0) } : nil
                    #expect(t.index(of: w, from: from, to: to) == expected, "\(w.string) \(from) \(String(describing: to))")
                }
            }
        }
    }

    /// `SpanLocator.fold` as it was before its fast path for CJK text.
    static func slowFold(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        if c.isSpace || c == "`" || c == "\n" || c == "\r" || c == "\u{FEFF}" { return nil }
        if let wide = Cleaner.fullWidth(c) { return wide }
        switch c {
        case ".": return "。"
        case "“", "”", "\"", "「", "」", "『", "』": return "\""
        default:
            if let d = c.digitValue, !c.isASCIIDigit { return Unicode.Scalar(UInt8(0x30 + d)) }
            return c
        }
    }

    @Test func foldsEveryScalarAsWithoutItsFastPath() {
        var differing: [UInt32] = []
        for v in UInt32(0)..<0x30000 {
            guard let c = Unicode.Scalar(v) else { continue }
            if SpanLocator.fold(c) != Self.slowFold(c) { differing.append(v) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// The alignment's sink (one comparison for a Han character or CJK mark the same on both sides)
    /// against folding both sides one scalar at a time: on lines made from the cleaned text with
    /// long Han runs, marks the fold drops put in, and now and then a scalar changed.
    @Test func alignSinkMatchesAsOneScalarAtATime() {
        func oneByOne(_ lines: [Scalars], cleaned: Scalars, offset: Int) -> [SpanLocator.Match]? {
            var out: [SpanLocator.Match] = []
            var j = 0
            var start = 0
            for t in lines {
                for (i, c) in t.enumerated() {
                    guard let f = SpanLocator.fold(c) else { continue }
                    while j < cleaned.count, SpanLocator.fold(cleaned[j]) == nil { j += 1 }
                    guard j < cleaned.count, SpanLocator.fold(cleaned[j]) == f else { return nil }
                    out.append(SpanLocator.Match(full: offset + j, decoded: start + i))
                    j += 1
                }
                start += t.count + 1
            }
            return out
        }
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "a", "~", "!", "`", " ", "\u{3000}", "\u{3001}", "\u{3010}", "\u{FEFF}", "，", ",", "。", "\u{7F}", "\u{A0}", "“", "\"", "１", "1",
        ]
        let dropped: [Unicode.Scalar] = [" ", "`", "\u{FEFF}", "\u{3000}", "\t"]
        var aligned = 0
        for _ in 0..<3000 {
            let cleaned: Scalars = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                Int.random(in: 0..<4, using: &random) > 0 ? "中" : pool.randomElement(using: &random)!
            }
            var decoded = Scalars()
            for c in cleaned {
                if Int.random(in: 0..<12, using: &random) == 0 { decoded.append(dropped.randomElement(using: &random)!) }
                decoded.append(Int.random(in: 0..<200, using: &random) == 0 ? pool.randomElement(using: &random)! : c)
            }
            // cut into lines at random places
            var lines: [Scalars] = []
            var rest = decoded[...]
            while !rest.isEmpty {
                let n = Int.random(in: 1...max(1, rest.count), using: &random)
                lines.append(Scalars(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            let expected = oneByOne(lines, cleaned: cleaned, offset: 7)
            let total = max(1, decoded.count)
            let got: [SpanLocator.Match]? = cleaned.withUnsafeBufferPointer { c in
                withUnsafeTemporaryAllocation(of: SpanLocator.Run.self, capacity: total) { scratch in
                    var sink = SpanLocator.AlignSink(cleaned: c, offset: 7, out: scratch)
                    var start = 0
                    for t in lines {
                        sink.fold(t, 0..<t.count, offset: start)
                        if sink.differs { return nil }
                        start += t.count + 1
                    }
                    return sink.runs.flatMap(\.matches)
                }
            }
            // the lines fold as the cleaned text up to their end (what is left of it is not theirs)
            #expect(got == expected, "\(cleaned.string.debugDescription) \(lines.map(\.string))")
            if got != nil { aligned += 1 }
        }
        #expect(aligned > 1000)
    }

    @Test func foldedKeepsWhereEachScalarCameFrom() {
        let f = SpanLocator.folded(s("“五个 禁令”, 1."), from: 1, offset: 100)
        #expect(f.text.string == "五个禁令\"，1。")
        #expect(f.at == [101, 102, 104, 105, 106, 107, 109, 110])
        #expect(SpanLocator.foldedText(s("“五个 禁令”"), from: 0, to: 4) == s("\"五个"))
        #expect(SpanLocator.foldedText(s("  "), from: 0, to: 9).isEmpty)
    }

    /// The page number of a line as `streams` told it before its pre-checks.
    static func referencePageNumber(_ line: Scalars) -> Range<Int>? {
        if Cleaner.isPageNumberLine(Cleaner.removeStraySpaces(line)) { return 0..<line.count }
        guard let pn = Cleaner.leadingPageNumber(line.trimmed) else { return nil }
        let lead = line.prefix { $0.isSpace }.count
        return lead..<(lead + pn.length)
    }

    @Test func pageNumbersAreToldAsTheCleanerTellsThem() {
        let lines = [
            "3", " - 3 - ", "—12—", "第 3 页 共 10 页", "3、位一体", "  12、气污染", "12345、五位", "１２、全角", "正文 3", "2017年3月",
            "`3`", "3、", "", "    ", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7", "-  -  -  -  -  -  -  -  -  -",
            "第一页", "3。", "  3  ", "三、全市",
        ]
        for l in lines {
            #expect(SpanLocator.pageNumber(in: s(l)) == Self.referencePageNumber(s(l)), "\(l)")
            if Self.referencePageNumber(s(l)) == 0..<l.unicodeScalars.count, !l.isEmpty {
                #expect(SpanLocator.mayBePageNumberLine(s(l)), "\(l)")
            }
        }
        #expect(SpanLocator.pageNumber(in: s("刘")) == nil)
        #expect(SpanLocator.pageNumber(in: s(" 3、位")) == 1..<3)
        #expect(!SpanLocator.mayBePageNumberLine(s("12345678901234567")))
        #expect(SpanLocator.mayBePageNumberLine(s("1234567890123456    ")))
        #expect(!SpanLocator.mayBePageNumberLine(s("- 页 -")))
    }

    @Test func pinyinAnnotationsAreRangesInOrder() {
        #expect(SpanLocator.pinyinAnnotations(s("聯(lián)防聯（lián）控")) == [1..<7, 9..<15])
        #expect(SpanLocator.pinyinAnnotations(s("办法(试行)")).isEmpty)
        #expect(SpanLocator.pinyinAnnotations(s("see (a) and (b)")).isEmpty)
        #expect(SpanLocator.pinyinAnnotations(s("聯()")).isEmpty)
    }

    @Test func indicesOutsideRanges() {
        #expect(SpanLocator.indices(6, outside: [1..<3, 4..<5]) == [0, 3, 5])
        #expect(SpanLocator.indices(3, outside: []) == [0, 1, 2])
        #expect(SpanLocator.indices(3, outside: [0..<3]).isEmpty)
        #expect(SpanLocator.indices(4, outside: [2..<9]) == [0, 1])
    }

    @Test func streamsSkipPageNumbersAndPinyinOnlyWhereThereAreAny() {
        let locator = SpanLocator(decoded: "刘\n2\n建华\n聯(lián)防。\n3、位一体", file: "t.txt", converter: nil)
        let numbered = locator.streams(first: 1, last: 3, traditional: false)
        #expect(numbered.map(\.text) == [s("刘建华"), s("刘2建华")])
        #expect(numbered.map(\.at) == [[0, 4, 5], [0, 2, 4, 5]])
        let plain = locator.streams(first: 4, last: 4, traditional: false)
        #expect(plain.map(\.text) == [s("聯防。")])
        #expect(plain.map(\.at) == [[7, 14, 15]])
        let glued = locator.streams(first: 5, last: 5, traditional: false)
        #expect(glued.map(\.text) == [s("位一体"), s("3、位一体")])
        #expect(locator.streams(first: 9, last: 9, traditional: false).map(\.text) == [[]])
    }

    @Test func firstIndexNotBelowIsALowerBound() {
        #expect(SpanLocator.firstIndex(in: [], notBelow: 3) == 0)
        var seed: UInt64 = 14
        for _ in 0..<200 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var a: [Int] = []
            var v = Int(seed >> 60)
            for k in 0..<Int((seed >> 33) % 20) { v += 1 + (k * Int(seed >> 50)) % 4; a.append(v) }
            for x in -1...(v + 2) {
                #expect(SpanLocator.firstIndex(in: a, notBelow: x) == (a.firstIndex { $0 >= x } ?? a.count))
            }
        }
    }

    @Test func occurrencesBeforeAnIndex() {
        let t = s("ababab")
        #expect(SpanLocator.occurrences(of: s("aba")[...], in: t, before: 0) == 0)
        #expect(SpanLocator.occurrences(of: s("aba")[...], in: t, before: 1) == 1)
        #expect(SpanLocator.occurrences(of: s("aba")[...], in: t, before: 3) == 2)
        #expect(SpanLocator.occurrences(of: s("aba")[...], in: t, before: 6) == 2)
        #expect(SpanLocator.occurrences(of: s("x")[...], in: t, before: 6) == 0)
    }

    /// A fact's folded text taken from the folded paragraph is the fact folded anew: every part
    /// of a paragraph with spaces, half-width marks, quotes and repeats is found at the same place.
    @Test func locatingByTheFoldedParagraphIsLocatingByTheFoldedFact() {
        let text = "标题\n县长 张勇强调, 要落实“五个禁令”。张勇强调: 1. 落实“五个禁令”!"
        let locator = SpanLocator(decoded: text, file: "t.txt", converter: nil)
        let p = Paragraph(first: 2, last: 2, text: s("县长张勇强调，要落实\"五个禁令\"。张勇强调：1。落实\"五个禁令\"！"))
        let full = s("标题\n") + p.text
        let placed = locator.place(p, at: 3)
        var found = 0
        for from in 3..<full.count {
            for to in (from + 1)...full.count {
                let folded = SpanLocator.foldedText(full, from: from, to: to)[...]
                let r = locator.locate(full: full, from: from, to: to, in: placed)
                #expect(r == locator.locate(folded, from: from, in: placed), "\(from)..<\(to)")
                if r != nil { found += 1 }
            }
        }
        #expect(found > 500)
        // the slice is searched as the word it holds
        let t = s("大气污染防治大气")
        #expect(t.index(of: t[6..<8]) == 0)
        #expect(t.index(of: t[6..<8], from: 1) == 6)
        #expect(t.index(of: t[1..<3], to: 2) == nil)
    }

    /// A paragraph whose decoded lines fold as its cleaned text does, through a page-number line, a
    /// glued page number, pinyin, CRLF, spaces, half-width marks, quotes and a repeated term: every
    /// part of it is located by the alignment where searching the folded lines finds it.
    @Test func alignedLocatingIsLocatingBySearching() {
        let text = "标题\r\n县长 张勇强调, 要落实“五个禁令”。刘\n2\n建华聯(lián)防聯控\r\n3、位一体推进“五个禁令”!\n县长张永强调"
        let locator = SpanLocator(decoded: text, file: "t.txt", converter: nil)
        let p = Paragraph(first: 2, last: 5, text: s("县长张勇强调，要落实\"五个禁令\"。刘建华聯防聯控位一体推进\"五个禁令\"！"))
        let full = s("标题\n") + p.text
        let placed = locator.place(p, at: 3)
        guard case .same(let m) = locator.alignment(placed) else {
            Issue.record("the sides of the paragraph fold alike")
            return
        }
        #expect(m.reduce(0) { $0 + $1.count } == p.text.count)
        var found = 0
        for from in 3..<full.count {
            for to in (from + 1)...full.count {
                let r = locator.locate(full: full, from: from, to: to, in: placed)
                #expect(r == locator.locateBySearching(full: full, from: from, to: to, in: placed), "\(from)..<\(to)")
                if r != nil { found += 1 }
            }
        }
        #expect(found == 36 * 37 / 2)
        // the second 五个禁令 is the second in the lines, after the page number and the pinyin
        #expect(full.index(of: s("五个禁令"), from: 20) == 33)
        #expect(locator.locate(full: full, from: 33, to: 37, in: placed) == 49..<53)
        #expect(Scalars(Array(text.unicodeScalars)[49..<53]) == s("五个禁令"))
        // a paragraph the cleaner rewrote (or a line out of range) is searched
        #expect(isDifferent(locator.alignment(locator.place(Paragraph(first: 6, last: 6, text: s("县长张勇强调")), at: 0))))
        #expect(isDifferent(locator.alignment(locator.place(Paragraph(first: 9, last: 9, text: s("县长")), at: 0))))
        #expect(isDifferent(locator.alignment(locator.place(Paragraph(first: 6, last: 6, text: s("县长张永强调。")), at: 0))))
        #expect(!isDifferent(locator.alignment(locator.place(Paragraph(first: 6, last: 6, text: s("县长张永强调 ")), at: 0))))
    }

    /// Traditional lines are aligned as `traditionalStreams` folds them: converted (here by OpenCC,
    /// the cleaner's conversions not given), pinyin and a glued page number skipped.
    @Test func traditionalLinesAreAlignedConverted() throws {
        let converter = try #require(TraditionalConverter())
        let text = "標題\n縣長 張勇強調, 要落實聯(lián)防聯控。\n3、推進“五個禁令”!"
        let locator = SpanLocator(decoded: text, file: "t.txt", converter: converter)
        let p = Paragraph(first: 2, last: 3, text: s("县长张勇强调，要落实联防联控。推进\"五个禁令\"！"), traditional: true)
        let full = s("标题\n") + p.text
        let placed = locator.place(p, at: 3)
        guard case .same = locator.alignment(placed) else {
            Issue.record("the converted lines fold as the cleaned paragraph")
            return
        }
        for from in 3..<full.count {
            for to in (from + 1)...full.count {
                #expect(
                    locator.locate(full: full, from: from, to: to, in: placed)
                        == locator.locateBySearching(full: full, from: from, to: to, in: placed), "\(from)..<\(to)")
            }
        }
        #expect(locator.locate(full: full, from: 3, to: 5, in: placed) == 3..<5)
        // not converted (no converter): searched, as the lines do not fold as the paragraph
        let plain = SpanLocator(decoded: text, file: "t.txt", converter: nil)
        #expect(isDifferent(plain.alignment(plain.place(p, at: 3))))
    }

    /// The alignment's matches as folding both sides and pairing their scalars gives them (nil when
    /// the folded texts differ): the plain meaning of `.same(runs)`.
    static func plainMatches(_ locator: SpanLocator, _ placed: SpanLocator.Placed) -> [SpanLocator.Match]? {
        let cleaned = locator.cleaned(placed)
        guard let lines = locator.streams(placed).first, lines.text == cleaned.text else { return nil }
        return zip(cleaned.at, lines.at).map { SpanLocator.Match(full: $0, decoded: $1) }
    }

    /// The decoded offsets of the matches in `from..<to`, read off the matches one a scalar.
    static func plainDecoded(from: Int, to: Int, in m: [SpanLocator.Match]) -> Range<Int>? {
        let inside = m.filter { $0.full >= from && $0.full < to }
        guard let first = inside.first, let last = inside.last else { return nil }
        return first.decoded..<(last.decoded + 1)
    }

    /// Checks `placed`'s alignment against the plain matches: its runs, expanded, are they, and the
    /// offsets read off the runs are those read off them, for every part `from..<to` of `full`
    /// (or, `sampled`, every seventh start to a few ends). Whether it aligned.
    func expectRunsAreTheMatches(_ locator: SpanLocator, _ placed: SpanLocator.Placed, full: Int, sampled: Bool = false, _ name: String)
        -> Bool
    {
        let plain = Self.plainMatches(locator, placed)
        guard case .same(let runs) = locator.alignment(placed) else {
            #expect(plain == nil, "\(name): aligns when folded")
            return false
        }
        let matches = runs.flatMap(\.matches)
        #expect(matches == plain, "\(name)")
        #expect(runs.allSatisfy { $0.count > 0 }, "\(name)")
        for from in stride(from: 0, to: full, by: sampled ? 7 : 1) {
            let ends = sampled ? Array(Set([from + 1, from + 2, from + 9, (from + full + 1) / 2, full])) : Array((from + 1)...full)
            for to in ends where to > from && to <= full {
                #expect(
                    SpanLocator.decoded(from: from, to: to, in: runs) == Self.plainDecoded(from: from, to: to, in: matches),
                    "\(name) \(from)..<\(to)")
            }
        }
        return true
    }

    /// The alignment's runs are the matches folding both sides pairs up, and locate what they do: on
    /// made-up paragraphs (spaces, marks, page numbers, pinyin, CRLF; more runs than the stack
    /// scratch holds, aligned again on the heap) and on real files.
    @Test func alignmentRunsAreThePlainMatches() {
        // a space after every character: a run each, past the stack's room
        let many = String(repeating: "中 ", count: SpanLocator.stackRuns + 5)
        // decoded text, its paragraph, where that is in `full`, whether the sides fold alike
        let made: [(String, Paragraph, Int, Bool)] = [
            (
                "标题\r\n县长 张勇强调, 要落实“五个禁令”。刘\n2\n建华聯(lián)防聯控\r\n3、位一体推进“五个禁令”!",
                Paragraph(first: 2, last: 5, text: s("县长张勇强调，要落实\"五个禁令\"。刘建华聯防聯控位一体推进\"五个禁令\"！")), 3, true
            ),
            (many, Paragraph(first: 1, last: 1, text: s(String(repeating: "中", count: SpanLocator.stackRuns + 5))), 0, true),
            (many, Paragraph(first: 1, last: 1, text: s(String(repeating: "中", count: SpanLocator.stackRuns + 4) + "国")), 0, false),
            ("中 中\n中", Paragraph(first: 1, last: 2, text: s("中中中")), 1, true),
            ("a, “b”\nc d", Paragraph(first: 1, last: 2, text: s("a，\"b\" cd")), 0, true),
            ("中", Paragraph(first: 1, last: 1, text: s("中")), 5, true),
            ("中国", Paragraph(first: 1, last: 1, text: s("中")), 0, false),
        ]
        for (k, (text, p, at, same)) in made.enumerated() {
            let locator = SpanLocator(decoded: text, file: "t.txt", converter: nil)
            #expect(expectRunsAreTheMatches(locator, locator.place(p, at: at), full: at + p.text.count, "made \(k)") == same, "made \(k)")
        }
        var same = 0
        Self.forEachCorpusParagraph { name, k, locator, p, placed in
            if expectRunsAreTheMatches(locator, placed, full: 2 + p.text.count, sampled: true, "\(name) \(k)") { same += 1 }
        }
        // the corpus was read, not passed over (546 of its paragraphs align on the seeds and Genre files)
        #expect(same > 400)
    }

    /// Every paragraph of the real files (the seeds, Genre, Genre2) as the reader cleans it, with its
    /// file's locator, placed at 2 in an item's text (after a one-character headline and its break).
    static func forEachCorpusParagraph(
        _ body: (_ file: String, _ index: Int, _ locator: SpanLocator, _ paragraph: Paragraph, _ placed: SpanLocator.Placed) -> Void
    ) {
        let cleaner = Cleaner(converter: TraditionalConverter())
        for (name, text) in TwoPassTests.texts {
            let doc = cleaner.scan(text, file: name)
            let locator = SpanLocator(decoded: text, file: name, converter: cleaner.converter, simplified: doc.simplified)
            for k in doc.paragraphs.indices {
                let p = doc.paragraph(k)
                body(name, k, locator, p, locator.place(p, at: 2))
            }
        }
    }

    func isDifferent(_ a: SpanLocator.Alignment) -> Bool {
        if case .different = a { return true }
        return false
    }

    /// On real files (the seeds, Genre, Genre2): every paragraph's parts, from every fourth start to
    /// a few ends, are located by the alignment where searching finds them; most paragraphs align.
    @Test func alignedLocatingOnRealFiles() {
        var same = 0
        var different = 0
        var compared = 0
        Self.forEachCorpusParagraph { name, k, locator, p, placed in
            let full = s("甲\n") + p.text
            guard case .same = locator.alignment(placed) else {
                different += 1
                return
            }
            same += 1
            let n = full.count
            for from in stride(from: 2, to: n, by: 4) {
                for to in Set([from + 1, from + 2, from + 9, (from + n + 1) / 2, n]) where to > from && to <= n {
                    let r = locator.locate(full: full, from: from, to: to, in: placed)
                    #expect(r == locator.locateBySearching(full: full, from: from, to: to, in: placed), "\(name) \(k) \(from)..<\(to)")
                    compared += 1
                }
            }
        }
        #expect(same > 9 * different && different > 0, "\(same) \(different)")
        #expect(compared > 10000)
    }

    @Test func lineNearAParagraphIsTheLineOfTheOffset() {
        let text = "一\n\n二二\r\n三\r四四四\n\n五"
        let locator = SpanLocator(decoded: text, file: "t.txt", converter: nil)
        let n = locator.lines.count
        for offset in 0...text.unicodeScalars.count {
            for a in 0...(n + 1) {
                for b in a...(n + 1) {
                    #expect(locator.line(of: offset, near: a...b) == locator.line(of: offset), "\(offset) \(a)...\(b)")
                }
            }
        }
    }

    @Test func quotedOrFirstPrefersAQuotedMention() {
        let t = s("落实五个禁令，“五个禁令”；“压煤、抑尘”")
        #expect(SpanLocator.quotedOrFirst(s("五个禁令"), in: t) == 8..<12)
        // quoted only as the start of a longer term: its first mention
        #expect(SpanLocator.quotedOrFirst(s("压煤"), in: t) == 15..<17)
        #expect(SpanLocator.quotedOrFirst(s("落实"), in: t) == 0..<2)
        #expect(SpanLocator.quotedOrFirst(s("抑尘"), in: t) == 18..<20)
        #expect(SpanLocator.quotedOrFirst(s("控车"), in: t) == nil)
    }

    @Test func quotedEndsAreTheMeasureClassifiers() {
        let texts = [
            "“压煤、抑尘、控车、除味”四大攻坚战，“压煤”", "落实“五个禁令”，“五个禁令”。", "“五个禁令", "五个禁令”", "「五个禁令」『五个禁令』\"五个禁令\"",
            "“五个禁令“", "", "“”",
        ]
        for text in texts {
            for w in ["五个禁令", "压煤", "压煤、抑尘、控车、除味", "”", ""] {
                #expect(
                    SpanLocator.quotedEnds(of: s(w), in: s(text)) == MeasureClassifier.quotedOccurrences(of: s(w), in: s(text)),
                    "\(w) in \(text)")
            }
        }
        #expect(SpanLocator.quotedEnds(of: s("五个禁令"), in: s("落实“五个禁令”，“五个禁令”。")) == [8, 15])
    }

    @Test func roleClausesRunFromTheNameToTheVerb() {
        let listed = s("副市长周敏、孟凡强，市政府秘书长吴迪出席会议。")
        let attend = SpanLocator.verbs(of: "出席")
        // names listed before the verb share it
        #expect(SpanLocator.roleClause(name: s("周敏"), verbs: attend, in: listed, others: [s("孟凡强"), s("吴迪")]) == 3..<20)
        #expect(SpanLocator.roleClause(name: s("吴迪"), verbs: attend, in: listed, others: [s("周敏"), s("孟凡强")]) == 16..<20)
        // after a verb, another person's name ends the clause
        let two = s("张三主持会议，李四讲话。")
        #expect(SpanLocator.roleClause(name: s("张三"), verbs: SpanLocator.verbs(of: "讲话"), in: two, others: [s("李四")]) == nil)
        #expect(SpanLocator.roleClause(name: s("张三"), verbs: SpanLocator.verbs(of: "讲话"), in: two, others: []) == 0..<11)
        #expect(SpanLocator.roleClause(name: s("张三"), verbs: SpanLocator.verbs(of: "主持"), in: two, others: [s("李四")]) == 0..<4)
        // the name itself among the others (every person's list is all the names) is not another's
        let again = s("张三主持会议，张三讲话。")
        let speech = SpanLocator.verbs(of: "讲话")
        #expect(SpanLocator.roleClause(name: s("张三"), verbs: speech, in: again, others: [s("张三"), s("李四")]) == 0..<11)
    }

    @Test func verbsOfARoleInLexiconOrder() {
        for role in Set(Lexicon.roles.map(\.1)) {
            #expect(SpanLocator.verbs(of: role) == Lexicon.roles.filter { $0.1 == role }.map(\.0))
        }
        #expect(SpanLocator.verbs(of: "讲话").contains(s("强调")))
        #expect(SpanLocator.verbs(of: "无此角色").isEmpty)
    }

    @Test func scalarsOfAFactAreItsUnicodeScalars() {
        for text in ["", "五个禁令", "\u{FEFF}a😀b", "PM2.5（μg/m³）"] {
            #expect(SpanLocator.scalars(text) == Scalars(text))
        }
    }
}
