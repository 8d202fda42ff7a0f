/// Step 3: clean paragraphs → items. Openings are 简报一/二/三 markers, 本报讯-style datelines
/// (with the headline line before them), and numbered news lists whose entries begin with a
/// date; a file without openings is one item (a speech, a single report).
struct Segmenter: Sendable {
    /// What segmentation found: the items and the paragraphs before the first (page header).
    struct Result: Sendable {
        var header: [Paragraph]
        var items: [ItemDraft]
    }

    func segment(_ paragraphs: [Paragraph]) -> Result {
        var starts = paragraphs.indices.filter { Self.isItemStart(paragraphs[$0].text) }
        if starts.isEmpty {
            let numbered = paragraphs.indices.filter { Self.isNumberedNewsEntry(paragraphs[$0].text) }
            if numbered.count >= 2 { starts = numbered }
        }
        if starts.isEmpty, let bulleted = Self.bulletItems(paragraphs) { return bulleted }
        if starts.isEmpty {
            // 简报 pages without datelines: headline, then a paragraph opening with a date
            // (a byline such as （县环保局） may sit between headline and report)
            let headed = paragraphs.indices.filter { i in
                guard i + 1 < paragraphs.count, Self.looksLikeHeadline(paragraphs[i].text), !Self.isByline(paragraphs[i].text) else {
                    return false
                }
                if Self.opensReport(paragraphs[i + 1].text) { return true }
                return i + 2 < paragraphs.count && Self.isByline(paragraphs[i + 1].text) && Self.opensReport(paragraphs[i + 2].text)
            }
            // one headline and report under a masthead of title lines only (景县…简报 / （2019年第20期）):
            // the masthead is the page header
            let mastheadOnly =
                headed.count == 1 && headed[0] > 0
                && paragraphs[0..<headed[0]].allSatisfy { p in !p.text.contains { $0 == "。" || $0 == "，" || $0 == "；" } }
            if headed.count >= 2 || mastheadOnly {
                var items: [ItemDraft] = []
                for (k, h) in headed.enumerated() {
                    let end = k + 1 < headed.count ? headed[k + 1] : paragraphs.count
                    items.append(ItemDraft(headline: paragraphs[h], body: Array(paragraphs[(h + 1)..<end])))
                }
                return Result(header: Array(paragraphs[0..<headed[0]]), items: items)
            }
        }
        guard let firstStart = starts.first else {
            return Self.singleItem(paragraphs)
        }
        // Headlines: the short line just before a 本报讯 opening belongs to that item.
        var itemStart = starts
        for (k, s) in starts.enumerated() where s > 0 && Self.isDateline(paragraphs[s].text) {
            let h = s - 1
            let previousStart = k > 0 ? starts[k - 1] : -1
            if h > previousStart, Self.looksLikeHeadline(paragraphs[h].text) {
                itemStart[k] = h
                // a kicker line above the headline (引题): 全力打好蓝天保卫战 / 我市召开…会议
                if h - 1 > previousStart, Self.isKicker(paragraphs[h - 1].text),
                    h - 2 < 0 || h - 2 == previousStart || Cleaner.endsSentence(paragraphs[h - 2].text)
                {
                    itemStart[k] = h - 1
                }
            }
        }
        var items: [ItemDraft] = []
        for (k, s) in itemStart.enumerated() {
            let end = k + 1 < itemStart.count ? itemStart[k + 1] : paragraphs.count
            var body = Array(paragraphs[s..<end])
            var headline: Paragraph?
            if s < starts[k] {
                headline = body.removeFirst()
                if s + 1 < starts[k], var h = headline {
                    // kicker + headline, one headline line
                    let main = body.removeFirst()
                    h.text += [" "] + main.text
                    h.last = main.last
                    headline = h
                }
            } else if Self.isMarker(paragraphs[s].text), body.count > 2, Self.looksLikeHeadline(body[1].text) {
                headline = body.remove(at: 1)
            }
            items.append(ItemDraft(headline: headline, body: body))
        }
        var header = Array(paragraphs[0..<min(firstStart, itemStart[0])])
        // A preamble that is itself a report (a date and a meeting) is an item too.
        if header.contains(where: { Self.isReport($0.text) }) {
            let pre = Self.singleItem(header)
            items.insert(contentsOf: pre.items, at: 0)
            header = pre.header
        }
        return Result(header: header, items: items)
    }

    /// One item from all paragraphs; a leading headline (or speech title) is split off.
    static func singleItem(_ paragraphs: [Paragraph]) -> Result {
        var body = paragraphs
        // Leading lines that are not sentences, before the first sentence: title lines.
        var headline: Paragraph?
        if body.count > 1, looksLikeHeadline(body[0].text), !isReport(body[0].text) {
            headline = body.removeFirst()
        }
        if headline == nil, let first = body.first, let split = splitSpeechTitle(first) {
            headline = split.title
            body[0] = split.rest
        }
        guard !body.isEmpty else { return Result(header: paragraphs, items: []) }
        return Result(header: [], items: [ItemDraft(headline: headline, body: body)])
    }

    private static let speechOpeners = Words.list("speech-openers").map { Scalars($0) }

    /// `市长在…会议上的讲话同志们：…` → the title and the speech.
    static func splitSpeechTitle(_ p: Paragraph) -> (title: Paragraph, rest: Paragraph)? {
        let t = p.text
        let speech = Lexicon.MeetingMark.speech
        guard let k = t.index(of: speech, to: 80) else { return nil }
        var end = k + speech.count
        // `（2017年11月3日）` after the title
        if end < t.count, t[end] == "（" || t[end] == "(", let close = t.index(of: ["）"], from: end, to: end + 20) { end = close + 1 }
        guard end < t.count, speechOpeners.contains(where: { t.has($0, at: end) }) else { return nil }
        var title = p
        title.text = t.sub(0, end)
        var rest = p
        rest.text = t.sub(end, t.count)
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

    private static let datelineHeads = Words.list("dateline-heads").map { Scalars($0) }
    private static let wireAgencies = Words.list("wire-agencies").map { Scalars($0) }
    private static let agencyChars = Lexicon.scalarSet(Words.characters("agency-chars"))
    private static let newsDatelineFollowers = Lexicon.scalarSet(Words.characters("news-dateline-followers"))

    /// `本报讯`, `XX日报讯（记者…）`, `新华社北京5月3日电`.
    static func isDateline(_ line: Scalars) -> Bool {
        // ■本报讯, 【本报讯】: skip leading marks
        var k = 0
        while k < min(2, line.count), !line[k].isHan, !line[k].isDigit, !line[k].isASCIILetter { k += 1 }
        let line = k > 0 ? line.sub(k, line.count) : line
        for h in datelineHeads where line.hasPrefix(h) { return true }
        let limit = min(line.count - 1, 20)
        guard limit > 1 else { return false }
        for i in 1..<limit where line[i] == Lexicon.ItemMark.newsDateline {
            guard agencyChars.contains(line[i - 1]) else { continue }
            let n = line[i + 1]
            if n.isDigit || newsDatelineFollowers.contains(n) || ChineseNumber.isNumeral(n) { return true }
        }
        if let e = line.index(of: Lexicon.ItemMark.wireDateline, to: 24) {
            let k = e + Lexicon.ItemMark.wireDateline.count
            if k == line.count || "（( ：:".unicodeScalars.contains(line[k]) || line[k].isHan {
                return Self.wireAgencies.contains { line.hasPrefix($0) }
            }
        }
        return false
    }

    /// `1、11月3日，…` or `二、5月8日上午，…`: an entry of a numbered news list.
    static func isNumberedNewsEntry(_ line: Scalars) -> Bool {
        guard Cleaner.startsEnumeration(line) else { return false }
        guard let m = DateExtractor.mentions(in: line.sub(0, 24)).first else { return false }
        return m.start <= 8
    }

    private static let reportOpeners = Words.list("report-openers").map { Scalars($0) }

    private static let purposeOpeners = Words.list("purpose-openers").map { Scalars($0) }

    /// A paragraph that opens a news report: a date or 近日/日前 first, also after a clause of
    /// purpose (为贯彻落实2019年5月28日…精神，5月31日上午，…).
    static func opensReport(_ line: Scalars) -> Bool {
        guard line.contains(where: { $0 == "。" || $0 == "，" || $0 == "," }) else { return false }
        if reportOpeners.contains(where: { line.hasPrefix($0) }) { return true }
        if purposeOpeners.contains(where: { line.hasPrefix($0) }), let comma = line.index(of: ["，"], to: 60),
            opensReport(line.sub(comma + 1, line.count))
        {
            return true
        }
        guard let m = DateExtractor.mentions(in: line.sub(0, 24)).first else { return false }
        // 11月3日，… or 某县于11月3日召开…
        return m.start <= 1 || (m.start <= 14 && line[m.start - 1] == Lexicon.Prep.atFormal)
    }

    /// Short, no sentence punctuation inside: a headline or heading line.
    static func looksLikeHeadline(_ line: Scalars) -> Bool {
        guard line.count >= 4, line.count <= 64, line.hanCount >= 4 else { return false }
        return !line.contains { $0 == "。" || $0 == "！" || $0 == "？" || $0 == "；" }
            && !line.hasSuffix(Scalars("：")) && !line.hasSuffix(Scalars(":"))
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
        return !DateExtractor.mentions(in: line).isEmpty
            && (line.contains(Lexicon.MeetingMark.convene) || line.contains(Lexicon.MeetingMark.meeting))
    }
}
