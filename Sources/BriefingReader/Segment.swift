/// Step 3: clean paragraphs → items. Openings are 简报一/二/三 markers, 本报讯-style datelines
/// (with the headline line before them), and numbered news lists whose entries begin with a
/// date; a file without openings is one item (a speech, a single report).
struct Segmenter: Sendable {
    /// What segmentation found: the items and the paragraphs before the first (page header).
    struct Result: Sendable {
        var header: [Paragraph]
        var items: [ItemDraft]
    }

    /// The questions segmentation asks of every paragraph, answered when the paragraph is made
    /// (pass 1 keeps these, not the text); the others are asked of the few paragraphs they concern.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8
        static let marker = Traits(rawValue: 1)
        static let dateline = Traits(rawValue: 2)
        static let headline = Traits(rawValue: 4)
        /// Opens with a bullet mark (◆).
        static let bullet = Traits(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// `notItemStart`: `Segmenter.isItemStart(text)` is known to be false (the line joiner asked
        /// it of a paragraph's only line), so neither `marker` nor `dateline` is asked again.
        init(_ text: Scalars, notItemStart: Bool = false) {
            var t: Traits = []
            if !notItemStart, Segmenter.isMarker(text) { t.insert(.marker) }
            if !notItemStart, Segmenter.isDateline(text) { t.insert(.dateline) }
            if Segmenter.looksLikeHeadline(text) { t.insert(.headline) }
            if let f = text.first, Segmenter.bullets.contains(f) { t.insert(.bullet) }
            self = t
        }

        /// `Segmenter.isItemStart`.
        var isItemStart: Bool { !isDisjoint(with: [.marker, .dateline]) }
    }

    /// An item as paragraph numbers (indices into the file's paragraphs).
    struct ItemPlan: Sendable, Equatable {
        /// The headline: none, one paragraph, or a kicker and the headline (one line, a space between).
        var headline: [Int] = []
        var body: [Int]
        /// Scalars dropped from the start of the first body paragraph (a bullet mark and the spaces
        /// after it).
        var cut = 0
        /// The first body paragraph (after `cut`) opens with the headline.
        var split: Split? = nil

        /// How the headline is split from the first body paragraph.
        enum Split: Sendable, Equatable {
            /// A speech's title ends at `end` (`speechTitleEnd`); the title is on the paragraph's first line.
            case title(end: Int)
            /// A heading sentence ends at `end`, its 。 dropped (`bulletPlan`).
            case heading(end: Int)
        }

        /// The item is made of its paragraphs as they are (no text cut or joined).
        var isPlain: Bool { cut == 0 && split == nil && headline.count <= 1 }

        /// The item with its paragraphs' text.
        func draft(_ paragraph: (Int) -> Paragraph) -> ItemDraft {
            var body = body.map(paragraph)
            var headline: Paragraph?
            if cut > 0, !body.isEmpty { body[0].text = body[0].text.sub(cut, body[0].text.count) }
            if let split, let first = body.first {
                switch split {
                case .title(let end):
                    let parts = Segmenter.split(first, at: end)
                    headline = parts.title
                    body[0] = parts.rest
                case .heading(let end):
                    var h = first
                    h.text = first.text.sub(0, end)
                    headline = h
                    body[0].text = first.text.sub(end + 1, first.text.count)
                }
            } else if let h = self.headline.first {
                var p = paragraph(h)
                if self.headline.count > 1 {
                    // kicker + headline, one headline line
                    let main = paragraph(self.headline[1])
                    p.text += [" "] + main.text
                    p.last = main.last
                }
                headline = p
            }
            return ItemDraft(headline: headline, body: body)
        }
    }

    /// What segmentation found, as paragraph numbers.
    struct Plan: Sendable, Equatable {
        var header: [Int]
        var items: [ItemPlan]
    }

    func segment(_ paragraphs: [Paragraph]) -> Result {
        let traits = paragraphs.map { Traits($0.text) }
        let plan = plan(count: paragraphs.count, traits: { traits[$0] }, text: { paragraphs[$0].text })
        return Result(header: plan.header.map { paragraphs[$0] }, items: plan.items.map { $0.draft { paragraphs[$0] } })
    }

    /// Segmentation of `count` paragraphs, read through `traits` (asked of every paragraph) and
    /// `text` (asked of a few).
    func plan(count: Int, traits: (Int) -> Traits, text: (Int) -> Scalars) -> Plan {
        var starts = (0..<count).filter { traits($0).isItemStart }
        if starts.isEmpty {
            let numbered = (0..<count).filter { Self.isNumberedNewsEntry(text($0)) }
            if numbered.count >= 2 { starts = numbered }
        }
        if starts.isEmpty, let bulleted = Self.bulletPlan(count: count, traits: traits, text: text) { return bulleted }
        if starts.isEmpty {
            // 简报 pages without datelines: headline, then a paragraph opening with a date
            // (a byline such as （县环保局） may sit between headline and report)
            let headed = (0..<count).filter { i in
                guard i + 1 < count, traits(i).contains(.headline), !Self.isByline(text(i)) else { return false }
                if Self.opensReport(text(i + 1)) { return true }
                return i + 2 < count && Self.isByline(text(i + 1)) && Self.opensReport(text(i + 2))
            }
            // one headline and report under a masthead of title lines only (景县…简报 / （2019年第20期）):
            // the masthead is the page header
            let mastheadOnly =
                headed.count == 1 && headed[0] > 0
                && (0..<headed[0]).allSatisfy { k in !text(k).contains { $0 == "。" || $0 == "，" || $0 == "；" } }
            if headed.count >= 2 || mastheadOnly {
                var items: [ItemPlan] = []
                for (k, h) in headed.enumerated() {
                    let end = k + 1 < headed.count ? headed[k + 1] : count
                    items.append(ItemPlan(headline: [h], body: Array((h + 1)..<end)))
                }
                return Plan(header: Array(0..<headed[0]), items: items)
            }
        }
        guard let firstStart = starts.first else {
            return Self.singleItem(Array(0..<count), traits: traits, text: text)
        }
        // Headlines: the short line just before a 本报讯 opening belongs to that item.
        var itemStart = starts
        for (k, s) in starts.enumerated() where s > 0 && traits(s).contains(.dateline) {
            let h = s - 1
            let previousStart = k > 0 ? starts[k - 1] : -1
            if h > previousStart, traits(h).contains(.headline) {
                itemStart[k] = h
                // a kicker line above the headline (引题): 全力打好蓝天保卫战 / 我市召开…会议
                if h - 1 > previousStart, Self.isKicker(text(h - 1)),
                    h - 2 < 0 || h - 2 == previousStart || Cleaner.endsSentence(text(h - 2))
                {
                    itemStart[k] = h - 1
                }
            }
        }
        var items: [ItemPlan] = []
        for (k, s) in itemStart.enumerated() {
            let end = k + 1 < itemStart.count ? itemStart[k + 1] : count
            if s < starts[k] {
                // a headline, or a kicker and a headline
                let h = s + 1 < starts[k] ? [s, s + 1] : [s]
                items.append(ItemPlan(headline: h, body: Array((s + h.count)..<end)))
            } else if traits(s).contains(.marker), end - s > 2, traits(s + 1).contains(.headline) {
                items.append(ItemPlan(headline: [s + 1], body: [s] + Array((s + 2)..<end)))
            } else {
                items.append(ItemPlan(body: Array(s..<end)))
            }
        }
        var header = Array(0..<min(firstStart, itemStart[0]))
        // A preamble that is itself a report (a date and a meeting) is an item too.
        if header.contains(where: { Self.isReport(text($0)) }) {
            let pre = Self.singleItem(header, traits: traits, text: text)
            items.insert(contentsOf: pre.items, at: 0)
            header = pre.header
        }
        return Plan(header: header, items: items)
    }

    /// One item from all paragraphs; a leading headline (or speech title) is split off.
    static func singleItem(_ paragraphs: [Int], traits: (Int) -> Traits, text: (Int) -> Scalars) -> Plan {
        var body = paragraphs
        // Leading lines that are not sentences, before the first sentence: title lines.
        var headline: [Int] = []
        if body.count > 1, traits(body[0]).contains(.headline), !isReport(text(body[0])) {
            headline = [body.removeFirst()]
        }
        var split: ItemPlan.Split?
        if headline.isEmpty, let first = body.first { split = speechTitleEnd(text(first)).map { .title(end: $0) } }
        guard !body.isEmpty else { return Plan(header: paragraphs, items: []) }
        return Plan(header: [], items: [ItemPlan(headline: headline, body: body, split: split)])
    }

    private static let speechOpeners = Words.list("speech-openers").map { Scalars($0) }

    /// Where a speech's title that opens `t` ends, when the speech follows it in the same paragraph
    /// (`市长在…会议上的讲话同志们：…`).
    static func speechTitleEnd(_ t: Scalars) -> Int? {
        let speech = Lexicon.MeetingMark.speech
        guard let k = t.index(of: speech, to: 80) else { return nil }
        var end = k + speech.count
        // `（2017年11月3日）` after the title
        if end < t.count, t[end] == "（" || t[end] == "(", let close = t.index(of: ["）"], from: end, to: end + 20) { end = close + 1 }
        guard end < t.count, speechOpeners.contains(where: { t.has($0, at: end) }) else { return nil }
        return end
    }

    /// A paragraph split at `end` into a title line and the rest.
    static func split(_ p: Paragraph, at end: Int) -> (title: Paragraph, rest: Paragraph) {
        var title = p
        title.text = p.text.sub(0, end)
        var rest = p
        rest.text = p.text.sub(end, p.text.count)
        title.last = p.first
        return (title, rest)
    }

    /// A paragraph that opens an item: `简报一：`, `本报讯`, `…日报讯（记者…）`, `新华社…电`.
    static func isItemStart(_ line: Scalars) -> Bool {
        isMarker(line) || isDateline(line)
    }

    /// `简报一：`, `简报二`, `简报3:`.
    static func isMarker(_ line: Scalars) -> Bool {
        let kw = Lexicon.ItemMark.bulletinEntry
        var j = 0
        while j < line.count, line[j].isSpace || line[j] == "【" || line[j] == "[" { j += 1 }
        guard line.has(kw, at: j) else { return false }
        j += kw.count
        let numStart = j
        while j < line.count, ChineseNumber.isNumeral(line[j]) || line[j].isDigit { j += 1 }
        guard j > numStart else { return false }
        if j == line.count { return true }
        return "：:】] 、.．".unicodeScalars.contains(line[j])
    }

    // word lists (a first-character test, not a comparison with each word: asked of every line twice)
    private static let datelineHeads = WordList(Words.list("dateline-heads"))
    private static let wireAgencies = WordList(Words.list("wire-agencies"))
    private static let agencyChars = Lexicon.scalarSet(Words.characters("agency-chars"))
    private static let newsDatelineFollowers = Lexicon.scalarSet(Words.characters("news-dateline-followers"))

    /// `本报讯`, `XX日报讯（记者…）`, `新华社北京5月3日电`.
    static func isDateline(_ line: Scalars) -> Bool {
        mayBeDateline(line) && isDatelineByItsWords(line)
    }

    /// `isDateline` without the first read that tells most lines apart (`mayBeDateline`).
    static func isDatelineByItsWords(_ line: Scalars) -> Bool {
        // ■本报讯, 【本报讯】: skip leading marks
        var k = 0
        while k < min(2, line.count), !line[k].isHan, !line[k].isDigit, !line[k].isASCIILetter { k += 1 }
        let line = k > 0 ? line.sub(k, line.count) : line
        if datelineHeads.occurs(in: line, at: 0, before: line.count) { return true }
        let limit = min(line.count - 1, 20)
        guard limit > 1 else { return false }
        for i in 1..<limit where line[i] == Lexicon.ItemMark.newsDateline {
            guard agencyChars.contains(line[i - 1]) else { continue }
            let n = line[i + 1]
            if n.isDigit || newsDatelineFollowers.contains(n) || ChineseNumber.isNumeral(n) { return true }
        }
        if let e = line.index(of: Lexicon.ItemMark.wireDateline, to: 24) {
            let k = e + Lexicon.ItemMark.wireDateline.count
            if k == line.count || Self.opensWireText(line[k]) || line[k].isHan {
                return Self.wireAgencies.occurs(in: line, at: 0, before: line.count)
            }
        }
        return false
    }

    /// Whether `isDateline` can hold of `line`, told by one read of its first 26 characters: a
    /// dateline opens with a head after at most two marks, has 讯 by its 22nd character or its wire
    /// mark (电) starting by its 26th. Most lines have none of them, and the full test
    /// (`isDatelineByItsWords`: the marks skipped, the start searched for 讯 and for the wire mark)
    /// cost ~500 machine instructions a line, asked of every line twice.
    static func mayBeDateline(_ line: Scalars) -> Bool {
        let heads = datelineHeads
        let news = Lexicon.ItemMark.newsDateline
        let wire = Lexicon.ItemMark.wireDateline.first ?? news
        return line.withUnsafeBufferPointer { b in
            let n = min(b.count, 26)
            for i in 0..<min(n, 3) where heads.startsWord(b[i]) { return true }
            guard n >= 16, let base = b.baseAddress else {
                return b[..<n].contains { $0 == news || $0 == wire }
            }
            // 16 characters at a time (vector compares): the blocks at 0 and at n - 16 cover the
            // first n, both inside `b` (n <= b.count)
            let raw = UnsafeRawPointer(base)
            let (x, y) = (SIMD16<UInt32>(repeating: news.value), SIMD16<UInt32>(repeating: wire.value))
            let front = raw.loadUnaligned(as: SIMD16<UInt32>.self)
            let back = raw.loadUnaligned(fromByteOffset: (n - 16) * 4, as: SIMD16<UInt32>.self)
            return any((front .== x) .| (front .== y) .| (back .== x) .| (back .== y))
        }
    }

    /// What may follow a wire dateline's 电: （, (, a space, ：, : (a switch, not a search of a string's scalars).
    private static func opensWireText(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "（", "(", " ", "：", ":": true
        default: false
        }
    }

    /// `1、11月3日，…` or `二、5月8日上午，…`: an entry of a numbered news list.
    static func isNumberedNewsEntry(_ line: Scalars) -> Bool {
        guard Cleaner.startsEnumeration(line) else { return false }
        guard let m = DateExtractor.mentions(in: line.sub(0, 24), texts: false).first else { return false }
        return m.start <= 8
    }

    // word lists, as `datelineHeads` (asked of every paragraph the line joiner closes)
    private static let reportOpeners = WordList(Words.list("report-openers"))

    private static let purposeOpeners = WordList(Words.list("purpose-openers"))

    /// A paragraph that opens a news report: a date or 近日/日前 first, also after a clause of
    /// purpose (为贯彻落实2019年5月28日…精神，5月31日上午，…).
    static func opensReport(_ line: Scalars) -> Bool {
        guard line.contains(where: { $0 == "。" || $0 == "，" || $0 == "," }) else { return false }
        if reportOpeners.occurs(in: line, at: 0, before: line.count) { return true }
        if purposeOpeners.occurs(in: line, at: 0, before: line.count), let comma = line.index(of: ["，"], to: 60),
            opensReport(line.sub(comma + 1, line.count))
        {
            return true
        }
        // the first date must start by the 15th character: a line with no number followed by a date
        // mark there has none (most lines: their dates were read for nothing, a copy of their
        // start made for it, ~1.5 % of the reader on the genre mix)
        guard mayOpenWithDate(line) else { return false }
        guard let m = DateExtractor.mentions(in: line.sub(0, 24), texts: false).first else { return false }
        // 11月3日，… or 某县于11月3日召开…
        return m.start <= 1 || (m.start <= 14 && line[m.start - 1] == Lexicon.Prep.atFormal)
    }

    /// Whether a date mention (`DateExtractor.mentions`) of `line` may start at index 14 or before:
    /// each starts at a digit or numeral that a date mark follows (`DateExtractor.markFollows`).
    static func mayOpenWithDate(_ line: Scalars) -> Bool {
        let numerals = ChineseNumber.numerals
        for i in 0..<Swift.min(15, line.count) where line[i].isDigit || numerals.contains(line[i]) {
            if DateExtractor.markFollows(line, at: i) { return true }
        }
        return false
    }

    /// Short, no sentence punctuation inside: a headline or heading line.
    static func looksLikeHeadline(_ line: Scalars) -> Bool {
        guard line.count >= 4, line.count <= 64 else { return false }
        // the Han characters counted and the sentence marks looked for in one read (two, and the
        // suffixes made arrays, for every paragraph of at most 64 characters)
        var han = 0
        for c in line {
            if c.isHan {
                han &+= 1
            } else if c == "。" || c == "！" || c == "？" || c == "；" {
                return false
            }
        }
        return han >= 4 && line.last != "：" && line.last != ":"
    }

    private static let bylineWords = WordList(Words.list("byline-words"))

    /// A short line that may sit above a headline: not a byline, not in brackets, not a masthead
    /// (石家庄日报 2020年1月8日 星期三: a full date is no part of a headline).
    static func isKicker(_ line: Scalars) -> Bool {
        guard looksLikeHeadline(line), line.count <= 30, let f = line.first, f.isHan else { return false }
        return !bylineWords.occurs(in: line) && DateExtractor.firstFullDate(in: line) == nil
    }

    /// `（县环保局）`, `（记者 张三）`: a short bracketed source line.
    static func isByline(_ line: Scalars) -> Bool {
        guard line.count <= 30, let f = line.first, let l = line.last else { return false }
        return (f == "（" || f == "(") && (l == "）" || l == ")") && !line.contains("。")
    }

    /// A paragraph that reads as a report: a date and a meeting verb, in full sentences.
    static func isReport(_ line: Scalars) -> Bool {
        guard line.hanCount >= 40, line.contains("。") else { return false }
        return !DateExtractor.mentions(in: line, texts: false).isEmpty
            && (line.contains(Lexicon.MeetingMark.convene) || line.contains(Lexicon.MeetingMark.meeting))
    }
}
