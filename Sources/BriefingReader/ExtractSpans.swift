import ReportModel

/// Step 5: provenance. Every fact of an item is located in the item's cleaned text, and from
/// there in the decoded text of the file: file, line range and scalar offsets (`FactSpan`).
///
/// Cleaning changes text (spaces dropped, half-width punctuation widened, Traditional converted,
/// pinyin annotations removed, lines joined), so a fact is found in the decoded lines of its
/// paragraph by comparing both sides in a folded form that undoes exactly those changes. The
/// k-th occurrence in the cleaned paragraph is the k-th in the decoded one. A fact that still
/// cannot be pinned to characters points at its whole paragraph.
struct SpanLocator {
    /// Where each line of the decoded text is, as `Cleaner.splitLines` numbers them: its scalar
    /// offset and length, and its bytes in the text's UTF-8. The lines' scalars are decoded when
    /// an item asks for them, not kept for the whole file (a copy at 4 bytes a character).
    struct Line {
        // 32-bit: the text is at most `BriefingReader.maxFileBytes` (16 bytes a line, not 32)
        private let first: UInt32
        private let length: UInt32
        private let byteStart: UInt32
        private let byteEnd: UInt32

        init(start: Int, count: Int, bytes: Range<Int>) {
            first = UInt32(start)
            length = UInt32(count)
            byteStart = UInt32(bytes.lowerBound)
            byteEnd = UInt32(bytes.upperBound)
        }

        var start: Int { Int(first) }
        var count: Int { Int(length) }
        var bytes: Range<Int> { Int(byteStart)..<Int(byteEnd) }
    }

    /// A cleaned paragraph placed in the item's `full` text. Both sides are folded when a fact is
    /// first looked for in it, once (most paragraphs of an item hold no fact).
    struct Placed {
        var start: Int
        var end: Int
        var paragraph: Paragraph
        let folds = Folds()
    }

    /// The folded forms of a placed paragraph, made on first use.
    final class Folds {
        /// The cleaned paragraph folded, and where each folded scalar is in the item's `full`.
        var cleaned: (text: Scalars, at: [Int])?
        /// The decoded lines folded: glued page numbers skipped, then kept.
        var streams: [(text: Scalars, at: [Int])]?
    }

    func place(_ p: Paragraph, at start: Int) -> Placed {
        Placed(start: start, end: start + p.text.count, paragraph: p)
    }

    /// The cleaned paragraph of `p`, folded, with where each folded scalar is in `full`.
    func cleaned(_ p: Placed) -> (text: Scalars, at: [Int]) {
        if let c = p.folds.cleaned { return c }
        let f = Self.folded(p.paragraph.text)
        let c = (text: f.text, at: f.at.map { $0 + p.start })
        p.folds.cleaned = c
        return c
    }

    /// The decoded lines of `p`, folded (`streams(first:last:traditional:)`).
    func streams(_ p: Placed) -> [(text: Scalars, at: [Int])] {
        if let s = p.folds.streams { return s }
        let s = streams(first: p.paragraph.first, last: p.paragraph.last, traditional: p.paragraph.traditional)
        p.folds.streams = s
        return s
    }

    let file: String
    let lines: [Line]
    /// The decoded text the lines are in (shared with the caller, not copied).
    let decoded: TextSource
    let converter: TraditionalConverter?
    /// Lines the cleaner already converted (`CleanDocument.simplified`), by line number.
    let simplified: ConvertedLines

    init(decoded: String, file: String, converter: TraditionalConverter?, simplified: ConvertedLines = ConvertedLines()) {
        self.init(source: TextSource(decoded), file: file, converter: converter, simplified: simplified, lineCount: nil)
    }

    /// `lineCount`: the number of line breaks + 1 when known (`LineTable`), to size the table once.
    init(source: TextSource, file: String, converter: TraditionalConverter?, simplified: ConvertedLines, lineCount: Int?) {
        self.file = file
        self.converter = converter
        self.simplified = simplified
        decoded = source
        lines = source.withUTF8 { Self.split($0, source: source, lineCount: lineCount) }
        source.rewind()
    }

    /// Lines with their scalar offsets and UTF-8 bytes; LF, CRLF and CR end a line, as in
    /// `Cleaner.splitLines`.
    static func split(_ b: UnsafeBufferPointer<UInt8>, source: TextSource, lineCount: Int?) -> [Line] {
        var out: [Line] = []
        // sized once (an array grown line by line held up to three times the lines while regrowing)
        if let lineCount {
            out.reserveCapacity(lineCount)
        } else {
            var breaks = 1
            for c in b where c == 0x0A || c == 0x0D { breaks += 1 }
            out.reserveCapacity(breaks)
        }
        // read as UTF-8 bytes: a scalar starts at every byte that is not a continuation byte
        // (decoding each scalar cost a fortieth of the reader's time)
        do {
            var start = 0
            var offset = 0
            var byteStart = 0
            var lastWasCR = false
            for byte in b.indices {
                let c = b[byte]
                if byte & 0xFFFFF == 0 { source.passed(byte) }
                if c & 0xC0 == 0x80 { continue }
                defer { offset += 1 }
                if c == 0x0A {
                    if lastWasCR {
                        lastWasCR = false
                        start = offset + 1
                        byteStart = byte + 1
                        continue
                    }
                    out.append(Line(start: start, count: offset - start, bytes: byteStart..<byte))
                    start = offset + 1
                    byteStart = byte + 1
                } else if c == 0x0D {
                    out.append(Line(start: start, count: offset - start, bytes: byteStart..<byte))
                    start = offset + 1
                    byteStart = byte + 1
                    lastWasCR = true
                    continue
                }
                lastWasCR = false
            }
            out.append(Line(start: start, count: offset - start, bytes: byteStart..<b.count))
        }
        return out
    }

    /// The scalars of line `n` (1-based, in range).
    func text(ofLine n: Int) -> Scalars {
        let r = lines[n - 1].bytes
        return decoded.withUTF8 { Scalars(utf8: UnsafeBufferPointer(rebasing: $0[r]), droppingBOM: false) }
    }

    // MARK: folding

    /// The form both sides are compared in: no spaces or marks the cleaner drops, one width of
    /// punctuation, one kind of quote.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar? {
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

    /// Folded scalars of `t[from..<to]` with the index each came from.
    static func folded(_ t: Scalars, from: Int = 0, to: Int? = nil) -> (text: Scalars, at: [Int]) {
        var out = Scalars()
        var at: [Int] = []
        let range = max(0, from)..<max(0, min(to ?? t.count, t.count))
        out.reserveCapacity(range.count)
        at.reserveCapacity(range.count)
        for i in range {
            if let f = fold(t[i]) {
                out.append(f)
                at.append(i)
            }
        }
        return (out, at)
    }

    /// The decoded lines `first...last` folded, each scalar with its offset in the decoded text.
    /// Traditional lines are converted scalar for scalar (when conversion keeps the length) and
    /// pinyin annotations are skipped, as the cleaner did. Page numbers — lines of their own, or
    /// glued to a line start (`3、位一体`) — may or may not have been stripped: the first stream
    /// skips them, a second one (only when there are any) keeps them.
    func streams(first: Int, last: Int, traditional: Bool) -> [(text: Scalars, at: [Int])] {
        var skipping = (text: Scalars(), at: [Int]())
        var keeping = skipping
        var anyPageNumber = false
        guard first >= 1, first <= last, first <= lines.count else { return [skipping] }
        let range = first...min(last, lines.count)
        let texts = range.map { text(ofLine: $0) }
        // sized once: appending scalar by scalar regrew both arrays of both streams
        let total = texts.reduce(0) { $0 + $1.count }
        skipping.text.reserveCapacity(total)
        skipping.at.reserveCapacity(total)
        keeping.text.reserveCapacity(total)
        keeping.at.reserveCapacity(total)
        let pinyins = texts.map { Self.pinyinAnnotations($0) }
        // each line's conversion, scalar for scalar (pinyin annotations map to themselves): the
        // cleaner's where it converted the same scalars, else one OpenCC call for the paragraph
        var converted: [Scalars] = []
        if traditional {
            converted = range.map { n in
                let raw = texts[n - first]
                let pinyin = pinyins[n - first]
                guard let c = simplified[n] else { return [] }
                if let before = c.before {
                    var kept = Scalars()
                    kept.reserveCapacity(raw.count)
                    for (k, s) in raw.enumerated() where !pinyin.contains(k) { kept.append(s) }
                    guard before == kept, c.after.count == kept.count else { return [] }
                } else {
                    guard pinyin.isEmpty, c.after.count == raw.count else { return [] }
                }
                var out = raw
                var j = 0
                for k in raw.indices where !pinyin.contains(k) {
                    out[k] = c.after[j]
                    j += 1
                }
                return out
            }
            if let converter, zip(texts, converted).contains(where: { $1.count != $0.count }) {
                let joined = texts.map(\.string).joined(separator: "\n")
                converted = converter.convert(joined).split(separator: "\n", omittingEmptySubsequences: false).map { Scalars(String($0)) }
                if converted.count != range.count { converted = [] }
            }
        }
        for n in range {
            let line = (start: lines[n - 1].start, text: texts[n - first])
            let pinyin = pinyins[n - first]
            var pageNumber = 0..<0
            if Cleaner.isPageNumberLine(Cleaner.removeStraySpaces(line.text)) {
                // a line that is only a page number (刘\n2\n建华): the cleaner dropped it
                pageNumber = 0..<line.text.count
                anyPageNumber = true
            } else if let pn = Cleaner.leadingPageNumber(line.text.trimmed) {
                let lead = line.text.prefix { $0.isSpace }.count
                pageNumber = lead..<(lead + pn.length)
                anyPageNumber = true
            }
            var text = line.text
            if !converted.isEmpty, converted[n - first].count == text.count { text = converted[n - first] }
            for (k, c) in text.enumerated() where !pinyin.contains(k) {
                guard let f = Self.fold(c) else { continue }
                keeping.text.append(f)
                keeping.at.append(line.start + k)
                if !pageNumber.contains(k) {
                    skipping.text.append(f)
                    skipping.at.append(line.start + k)
                }
            }
        }
        return anyPageNumber ? [skipping, keeping] : [skipping]
    }

    /// Indices of `(pinyin)` annotations after Han characters: `聯(lián)`.
    static func pinyinAnnotations(_ t: Scalars) -> Marks {
        var out = Marks()
        var i = 1
        while i < t.count {
            guard t[i] == "(" || t[i] == "（", t[i - 1].isHan else {
                i += 1
                continue
            }
            var j = i + 1
            while j < t.count, j - i <= 60, isPinyin(t[j]) { j += 1 }
            if j > i + 1, j < t.count, t[j] == ")" || t[j] == "）" {
                for k in i...j { out.insert(k, count: t.count) }
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Indices of a line marked as pinyin: a flag per scalar, allocated only for a line that has
    /// an annotation (a hashed set cost a lookup per scalar of every line).
    struct Marks {
        private var flags: [Bool] = []

        var isEmpty: Bool { flags.isEmpty }

        mutating func insert(_ k: Int, count: Int) {
            if flags.isEmpty { flags = [Bool](repeating: false, count: count) }
            flags[k] = true
        }

        func contains(_ k: Int) -> Bool { k >= 0 && k < flags.count && flags[k] }
    }

    private static func isPinyin(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || c == " " || (c.value >= 0xC0 && c.value < 0x250)
    }

    // MARK: locating

    /// The span of `full[start..<end]`, the item's cleaned text made of `placed` paragraphs.
    func span(full: Scalars, start: Int, end: Int, placed: [Placed]) -> FactSpan? {
        guard start < end, start >= 0, end <= full.count else { return nil }
        guard let p1 = placed.firstIndex(where: { start < $0.end }), let p2 = placed.lastIndex(where: { $0.start < end })
        else { return nil }
        let a = placed[p1]
        let b = placed[max(p1, p2)]
        let head = locate(full: full, from: max(start, a.start), to: min(end, a.end), in: a)
        let tail = p2 > p1 ? locate(full: full, from: b.start, to: min(end, b.end), in: b) : head
        let s = head?.lowerBound ?? lineStart(a.paragraph.first)
        let e = tail?.upperBound ?? lineEnd(b.paragraph.last)
        return FactSpan(
            file: file, lines: [line(of: s), line(of: max(s, e - 1))], offsets: [s, e], textOffsets: [start, end])
    }

    /// Decoded offsets of `full[from..<to]`, which lies inside the paragraph `p`.
    func locate(full: Scalars, from: Int, to: Int, in p: Placed) -> Range<Int>? {
        let needle = Self.folded(full, from: from, to: to).text
        guard !needle.isEmpty else { return nil }
        // which occurrence of the needle in the cleaned paragraph this is
        let cleaned = cleaned(p)
        let before = cleaned.at.firstIndex { $0 >= from } ?? cleaned.text.count
        var k = 0
        var i = cleaned.text.index(of: needle) ?? -1
        while i >= 0, i < before {
            k += 1
            i = cleaned.text.index(of: needle, from: i + 1) ?? -1
        }
        for s in streams(p) {
            if let r = Self.occurrence(k, of: needle, in: s) { return r }
        }
        return nil
    }

    /// Decoded offsets of the k-th occurrence of `needle` in a folded stream (the last one when
    /// there are fewer).
    static func occurrence(_ k: Int, of needle: Scalars, in s: (text: Scalars, at: [Int])) -> Range<Int>? {
        var found = s.text.index(of: needle)
        var n = 0
        while let f = found, n < k {
            n += 1
            found = s.text.index(of: needle, from: f + 1)
        }
        // fewer occurrences in the source than in the cleaned text: take the last one
        if found == nil, k > 0 {
            var last: Int?
            var j = s.text.index(of: needle)
            while let f = j {
                last = f
                j = s.text.index(of: needle, from: f + 1)
            }
            found = last
        }
        guard let f = found else { return nil }
        return s.at[f]..<(s.at[f + needle.count - 1] + 1)
    }

    func lineStart(_ n: Int) -> Int { n >= 1 && n <= lines.count ? lines[n - 1].start : 0 }

    func lineEnd(_ n: Int) -> Int { n >= 1 && n <= lines.count ? lines[n - 1].start + lines[n - 1].count : 0 }

    /// 1-based line of a decoded offset.
    func line(of offset: Int) -> Int {
        var lo = 0
        var hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The span of a header paragraph's text `h[from..<to]` (evidence outside the item).
    func span(header p: Paragraph, from: Int, to: Int) -> FactSpan {
        let placed = place(p, at: 0)
        let r = locate(full: p.text, from: from, to: to, in: placed)
        let s = r?.lowerBound ?? lineStart(p.first)
        let e = r?.upperBound ?? lineEnd(p.last)
        return FactSpan(file: file, lines: [line(of: s), line(of: max(s, e - 1))], offsets: [s, e], textOffsets: nil)
    }
}
