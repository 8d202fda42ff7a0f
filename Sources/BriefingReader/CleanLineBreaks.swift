/// Cleaning steps across lines: page numbers left by PDF conversion and sentences broken
/// across lines and blank lines.
extension Cleaner {
    /// A page number glued to a line start: `2、气污染` → 2 (and the length of `2、`).
    static func leadingPageNumber(_ line: Scalars) -> (number: Int, length: Int)? {
        var j = 0
        var n = 0
        while j < line.count, j < 4, let d = line[j].digitValue {
            n = n * 10 + d
            j += 1
        }
        guard j > 0, j < line.count, line[j] == "、" else { return nil }
        return (n, j + 1)
    }

    /// A closing quote or bracket that may follow a sentence's end (a switch: a String's scalars
    /// searched for each character cost more than the rest of `endsSentence`).
    private static func isClosingMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "”", "’", "」", "』", "）", ")", "】", "\"", "'": return true
        default: return false
        }
    }

    /// Whether a line ends a sentence (。！？；… possibly followed by a closing quote or bracket).
    static func endsSentence(_ line: Scalars) -> Bool {
        var j = line.count - 1
        while j >= 0, isClosingMark(line[j]) { j -= 1 }
        guard j >= 0 else { return false }
        return line[j].isSentenceEnd
    }

    private static let pageNumberChars = Lexicon.scalarSet(Words.characters("page-number-chars"))

    /// A line that is nothing but a page number: `3`, `- 3 -`, `—3—`, `第3页`, `第 3 页 共 10 页`.
    static func isPageNumberLine(_ line: Scalars) -> Bool {
        guard !line.isEmpty, line.count <= 16, line.contains(where: { $0.isDigit }) else { return false }
        let allowed = Self.pageNumberChars
        return line.allSatisfy { $0.isDigit || allowed.contains($0) || $0.isSpace }
    }

    /// Strips page numbers glued to line starts. A run of lines numbered k, k+1, k+2 … whose
    /// predecessors mostly end mid-sentence is page furniture; a real enumeration (`1、… 。`
    /// `2、…`) has predecessors that end their sentences. Stripped lines that cut a sentence
    /// are marked to continue the previous line.
    static func stripPageNumbers(_ lines: [SourceLine]) -> (lines: [SourceLine], removed: [(line: Int, text: String)]) {
        var out = lines
        let removed = stripPageNumbers(&out)
        return (out, removed)
    }

    /// `stripPageNumbers` in place (a copy of every line cost a tenth of the reader's memory);
    /// each decision reads a line's end, which stripping leaves as it was, or its length as read.
    static func stripPageNumbers(_ lines: inout [SourceLine]) -> [(line: Int, text: String)] {
        var removed: [(Int, String)] = []
        // the characters stripped from the last row of the previous run, whose length a run of one reads
        var strippedRow: (row: Int, length: Int)?
        let rows = lines.indices.filter { !lines[$0].text.isEmpty }
        let numbers = rows.map { leadingPageNumber(lines[$0].text) }
        var r = 0
        while r < rows.count {
            guard let first = numbers[r] else { r += 1; continue }
            var end = r + 1
            var expected = first.number + 1
            while end < rows.count, let n = numbers[end], n.number == expected {
                expected += 1
                end += 1
            }
            // rows r..<end are numbered consecutively
            var mid = 0
            var joins = 0
            for k in r..<end where k > 0 {
                joins += 1
                if !endsSentence(lines[rows[k - 1]].text) { mid += 1 }
            }
            let length = end - r
            let isFurniture: Bool
            if length >= 2 {
                isFurniture = joins > 0 && mid * 2 >= joins && mid >= 1
            } else {
                let prev = r > 0 ? lines[rows[r - 1]].text : Scalars()
                let prevCount = prev.count + (strippedRow.map { $0.row == r - 1 ? $0.length : 0 } ?? 0)
                isFurniture =
                    first.number >= 2 && !prev.isEmpty && !endsSentence(prev) && prevCount >= 30
                    && (prev.last?.isHan ?? false)
            }
            if isFurniture {
                for k in r..<end {
                    guard let pn = numbers[k] else { continue }
                    let idx = rows[k]
                    removed.append((lines[idx].number, lines[idx].text.sub(0, pn.length).string))
                    lines[idx].text = lines[idx].text.sub(pn.length, lines[idx].text.count)
                    strippedRow = (k, pn.length)
                    if k > 0 && !endsSentence(lines[rows[k - 1]].text) { lines[idx].continuesPrevious = true }
                    if let c = lines[idx].text.first, c.isSentenceEnd || c == "，" || c == "," || c == "、" {
                        lines[idx].continuesPrevious = k > 0
                    }
                }
            }
            r = end
        }
        return removed
    }

    /// `stripPageNumbers` on pass 1's line table. The rule reads only the numbered lines and the
    /// line before each, so it runs on those alone (in order, as rows of their own): a run of
    /// numbered rows, and the row before it, are the same there as in the whole file.
    static func stripPageNumbers(_ table: inout LineTable) -> [(line: Int, text: String)] {
        var picked: [Int] = []
        var previousRow: Int?
        for i in table.records.indices where table.records[i].count > 0 {
            if table.records[i].flags.contains(.numbered) {
                if let p = previousRow, picked.last != p { picked.append(p) }
                picked.append(i)
            }
            previousRow = i
        }
        guard !picked.isEmpty else { return [] }
        var lines = picked.map { table.sourceLine($0) }
        let counts = lines.map(\.text.count)
        let removed = stripPageNumbers(&lines)
        for (k, i) in picked.enumerated() {
            let cut = counts[k] - lines[k].text.count
            table.records[i].cut = UInt8(cut)
            table.records[i].count -= UInt32(cut)
            if lines[k].continuesPrevious {
                table.records[i].flags.insert(.continuesPrevious)
            } else {
                table.records[i].flags.remove(.continuesPrevious)
            }
        }
        return removed
    }

    /// A sentence a dropped page-number line (at `index`) cut in two (…整改情况于12月5日前报 / - 2 - /
    /// 市大气办。): the line after it continues the line before it when that one is running text (16
    /// characters or more) that ends mid-sentence on a word, and the next line starts no point of a
    /// list. A heading before the break (三、下一步要求) is short and stays apart.
    static func markContinuation(across index: Int, in table: inout LineTable) {
        guard let before = table.records[..<index].lastIndex(where: { $0.count > 0 }),
            let after = table.records[(index + 1)...].firstIndex(where: { $0.count > 0 })
        else { return }
        if continuesAcrossBreak(previous: table.cleaned(before), next: table.cleaned(after)) {
            table.records[after].flags.insert(.continuesPrevious)
        }
    }

    /// The rule of `markContinuation`: `next`, after a page break, continues `previous`.
    static func continuesAcrossBreak(previous: Scalars, next: Scalars) -> Bool {
        guard previous.count >= 16, !endsSentence(previous), let last = previous.last, last.isHan || last.isDigit,
            let first = next.first, first.isHan, !startsEnumeration(next)
        else { return false }
        return true
    }

    /// Words after which a colon or comma means the line is a sentence, not a heading.
    private static let speechVerbs = Words.list("speech-verbs").map { Scalars($0) }

    /// Whether `next` continues the sentence that `paragraph` (ending in line `previous`) left open.
    static func continues(paragraph: Scalars, previous: Scalars, next: Scalars) -> Bool {
        continues(
            inSentence: paragraph.contains(where: { $0.isSentenceEnd }) || Segmenter.opensReport(paragraph), previous: previous, next: next)
    }

    /// `inSentence`: the paragraph so far already reads as running text (it has a sentence end,
    /// or opens with a date), so a line of it that stops mid-word runs on.
    static func continues(inSentence: Bool, previous: Scalars, next: Scalars) -> Bool {
        guard let last = previous.last, let firstNext = next.first else { return false }
        if endsSentence(previous) || startsEnumeration(next) { return false }
        // switches, not a String's scalars searched (that was most of this function's cost)
        switch last {
        case "，", ",", "、", "“", "（", "(", "《", "—": return firstNext != "—"
        default: break
        }
        guard last.isHan || last.isDigit || last.isASCIILetter || last == "》" || last == "）" || last == ")" else {
            return false
        }
        switch firstNext {
        case "，", ",", "。", "、", "；", ";", "：", ":", "）", ")", "”", "《", "“": break
        default: guard firstNext.isHan || firstNext.isDigit || firstNext.isASCIILetter else { return false }
        }
        if inSentence { return true }
        let hasClause = previous.contains { $0 == "，" || $0 == "," || $0 == "：" || $0 == ":" }
        if previous.count >= 40 && hasClause { return true }
        for v in speechVerbs {
            if let i = previous.index(of: v), i + v.count < previous.count {
                let c = previous[i + v.count]
                if c == "，" || c == "," || c == "：" || c == ":" { return true }
            }
        }
        return false
    }

    /// `一、`, `（一）`, `1、`, `1.`, `第一，`, `一是`: a line that starts an enumerated point.
    static func startsEnumeration(_ line: Scalars) -> Bool {
        guard let c = line.first else { return false }
        if c == "（" || c == "(" {
            return line.count > 2 && (ChineseNumber.isNumeral(line[1]) || line[1].isDigit)
        }
        var j = 0
        if ChineseNumber.isNumeral(c) {
            while j < line.count && ChineseNumber.isNumeral(line[j]) { j += 1 }
            guard j < line.count else { return false }
            return line[j] == "、" || line[j] == Lexicon.NumeralMark.listIs || line[j] == Lexicon.NumeralMark.listMust || line[j] == "．"
        }
        if c.isDigit {
            while j < line.count && line[j].isDigit { j += 1 }
            guard j < line.count, j <= 2 else { return false }
            return line[j] == "、" || line[j] == "．" || (line[j] == "." && j + 1 < line.count && !line[j + 1].isDigit)
        }
        return false
    }

    /// Joins lines into paragraphs: blank lines separate paragraphs, except where a sentence
    /// runs on across the break. `isItemStart` keeps item openings (本报讯, 简报一) apart.
    /// Each line's text is let go once joined, so that a large file is not held twice.
    static func joinLines(_ lines: consuming [SourceLine], isItemStart: @escaping (Scalars) -> Bool) -> (
        paragraphs: [Paragraph], joins: [Int]
    ) {
        var paragraphs: [Paragraph] = []
        var joiner = LineJoiner(width: wrapWidth(lines), isItemStart: isItemStart)
        for i in lines.indices where !lines[i].text.isEmpty {
            let line = lines[i]
            lines[i].text = []
            if let p = joiner.add(line) { paragraphs.append(p) }
        }
        if let p = joiner.finish() { paragraphs.append(p) }
        return (paragraphs, joiner.joins)
    }

    /// The width of hard-wrapped text: the most common length among lines of 16 or more
    /// characters, when at least 5 lines and 30% of them have it (±1). Nil for unwrapped text.
    static func wrapWidth(_ lines: [SourceLine]) -> Int? {
        wrapWidth(counts: lines.lazy.map(\.text.count))
    }

    /// `wrapWidth` from the lines' lengths.
    static func wrapWidth(counts lengths: some Sequence<Int>) -> Int? {
        var counts: [Int: Int] = [:]
        var total = 0
        for n in lengths where n >= 16 {
            counts[n, default: 0] += 1
            total += 1
        }
        guard total >= 5 else { return nil }
        var best: (width: Int, n: Int)?
        for (w, _) in counts {
            let n = (counts[w - 1] ?? 0) + (counts[w] ?? 0) + (counts[w + 1] ?? 0)
            if best.map({ n > $0.n || (n == $0.n && w > $0.width) }) ?? true { best = (w, n) }
        }
        guard let b = best, b.n >= 5, b.n * 10 >= total * 3 else { return nil }
        return b.width + 1
    }

    /// `简报一：` and the like: a marker line that never runs on.
    static func isMarkerOnly(_ line: Scalars) -> Bool {
        line.count <= 8 && (line.last == "：" || line.last == ":")
    }
}

/// `Cleaner.joinLines` a line at a time: lines go in (blank ones left out), paragraphs come out as
/// they end, so that pass 1 reads each paragraph and lets it go.
struct LineJoiner {
    /// The width of hard-wrapped text (`Cleaner.wrapWidth`), nil for unwrapped text.
    let width: Int?
    let isItemStart: (Scalars) -> Bool
    /// Lines joined to the line before them across a break, by number (info diagnostics).
    private(set) var joins: [Int] = []
    private var current: Paragraph?
    // the current paragraph's lines, joined into an array of exactly their length when the
    // paragraph ends (appending line by line left up to half of each paragraph unused)
    private var parts: [Scalars] = []
    private var inSentence = false
    private var previous = Scalars()
    /// `isItemStart` was asked of the current paragraph's first line, and it was false.
    private var currentNotItemStart = false
    /// The paragraph `finish` last returned is one line, of which `isItemStart` was false: its
    /// `Segmenter.Traits` need not ask that again (`Traits(_:notItemStart:)`).
    private(set) var closedNotItemStart = false

    init(width: Int?, isItemStart: @escaping (Scalars) -> Bool) {
        self.width = width
        self.isItemStart = isItemStart
    }

    /// Adds a line that is not blank; returns the paragraph it ended, if any.
    mutating func add(_ line: SourceLine) -> Paragraph? {
        var closed: Paragraph?
        let wrapped =
            width.map { previous.count >= $0 - 1 && !Cleaner.endsSentence(previous) && !Cleaner.startsEnumeration(line.text) } ?? false
        // asked of every line after the first (once: the paragraph it opens may keep the answer)
        let startsItem = current == nil ? nil : isItemStart(line.text)
        if var p = current, startsItem == false,
            line.continuesPrevious
                || (!Cleaner.isMarkerOnly(previous)
                    && (wrapped || Cleaner.continues(inSentence: inSentence, previous: previous, next: line.text)))
        {
            if line.number > p.last + 1 || !line.continuesPrevious { joins.append(line.number) }
            parts.append(line.text)
            p.last = line.number
            p.traditional = p.traditional || line.traditional
            current = p
        } else {
            closed = finish()
            currentNotItemStart = startsItem == false
            current = Paragraph(first: line.number, last: line.number, text: [], traditional: line.traditional)
            parts.append(line.text)
            // 本报讯 12月3日上午，…: a dateline opening runs on like a report
            inSentence =
                Segmenter.opensReport(line.text)
                || (Segmenter.isDateline(line.text) && line.text.contains(where: { $0 == "，" || $0 == "," }))
        }
        if !inSentence, line.text.contains(where: { $0.isSentenceEnd }) { inSentence = true }
        previous = line.text
        return closed
    }

    /// Ends the current paragraph.
    mutating func finish() -> Paragraph? {
        guard var p = current else { return nil }
        current = nil
        closedNotItemStart = currentNotItemStart && parts.count == 1
        if parts.count == 1 {
            p.text = parts[0]
        } else {
            var text = Scalars()
            text.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for t in parts { text += t }
            p.text = text
        }
        parts.removeAll(keepingCapacity: true)
        return p
    }
}
