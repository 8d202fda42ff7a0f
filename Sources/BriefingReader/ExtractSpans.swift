import Foundation
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

    /// A cleaned paragraph placed in the item's `full` text, with its folded forms, made when a fact
    /// is first looked for in it, once (most paragraphs of an item hold no fact). A class: it holds
    /// that cache, and a span copies its paragraphs (one reference, not a paragraph and a cache).
    final class Placed {
        let start: Int
        let end: Int
        let paragraph: Paragraph
        /// Whether both sides fold alike, and then where each folded scalar is on each side.
        var alignment: Alignment?
        /// The cleaned paragraph folded, and where each folded scalar is in the item's `full`.
        var cleaned: (text: Scalars, at: [Int])?
        /// The decoded lines folded: glued page numbers skipped, then kept.
        var streams: [(text: Scalars, at: [Int])]?

        init(start: Int, end: Int, paragraph: Paragraph) {
            self.start = start
            self.end = end
            self.paragraph = paragraph
        }
    }

    /// One folded scalar of a paragraph whose sides fold alike: where it is in the item's `full`
    /// and in the decoded text (what a `Run` stands for, one a scalar).
    struct Match: Equatable {
        let full: Int
        let decoded: Int
    }

    /// Folded scalars of a paragraph whose sides fold alike, matched one after another on both
    /// sides: the k-th of them at `full + k` in the item's `full` and at `decoded + k` in the
    /// decoded text. A line's run of Han characters is one run, not one entry a character (a
    /// scalar the fold drops, a line break, starts a new one).
    struct Run: Equatable {
        // 32-bit, as in `Line`
        private let fullOffset: UInt32
        private let decodedOffset: UInt32
        /// Lengthened in place by `AlignSink` as the next scalars match.
        fileprivate(set) var length: UInt32

        init(full: Int, decoded: Int, length: Int) {
            fullOffset = UInt32(full)
            decodedOffset = UInt32(decoded)
            self.length = UInt32(length)
        }

        /// Offsets the caller checked are in `0...UInt32.max`.
        fileprivate init(checked full: UInt32, decoded: UInt32, length: UInt32) {
            fullOffset = full
            decodedOffset = decoded
            self.length = length
        }

        var full: Int { Int(fullOffset) }
        var decoded: Int { Int(decodedOffset) }
        var count: Int { Int(length) }

        /// Whether the scalars at `full` and `decoded` come right after this run on both sides.
        @inline(__always)
        fileprivate func isFollowed(full: UInt32, decoded: UInt32) -> Bool {
            fullOffset &+ length == full && decodedOffset &+ length == decoded
        }

        /// The matches it stands for, one a folded scalar.
        var matches: [Match] { (0..<count).map { Match(full: full + $0, decoded: decoded + $0) } }
    }

    /// How the two sides of a placed paragraph compare once folded. Nearly every paragraph's
    /// decoded lines (page numbers and pinyin skipped) fold to its cleaned text (all 3,574 of the
    /// seeds made distinct, 98 % of the genre mix): a fact then lies at the same folded place on
    /// both sides, so the k-th occurrence of its folded text in the lines is the fact itself.
    enum Alignment {
        /// Both sides fold to the same scalars, matched in order (in runs).
        case same([Run])
        /// They do not (text the cleaner rewrote, a conversion that changed a line's length):
        /// found by searching.
        case different
    }

    /// `p`'s alignment, made once (`aligned(first:last:cleaned:offset:)`).
    func alignment(_ p: Placed) -> Alignment {
        if let a = p.alignment { return a }
        let a: Alignment
        if let m = aligned(
            first: p.paragraph.first, last: p.paragraph.last, cleaned: p.paragraph.text, offset: p.start,
            traditional: p.paragraph.traditional)
        {
            a = .same(m)
        } else {
            a = .different
        }
        p.alignment = a
        return a
    }

    func place(_ p: Paragraph, at start: Int) -> Placed {
        Placed(start: start, end: start + p.text.count, paragraph: p)
    }

    /// The cleaned paragraph of `p`, folded, with where each folded scalar is in `full`.
    func cleaned(_ p: Placed) -> (text: Scalars, at: [Int]) {
        if let c = p.cleaned { return c }
        let c = Self.folded(p.paragraph.text, offset: p.start)
        p.cleaned = c
        return c
    }

    /// The decoded lines of `p`, folded (`streams(first:last:traditional:)`).
    func streams(_ p: Placed) -> [(text: Scalars, at: [Int])] {
        if let s = p.streams { return s }
        let s = streams(first: p.paragraph.first, last: p.paragraph.last, traditional: p.paragraph.traditional)
        p.streams = s
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
        // a line at a time: its end found by memchr, its scalars counted, not decoded (a
        // byte-by-byte state machine cost a sixtieth of the reader); read in file order, so that
        // a mapped file's pages can go behind it
        var byteStart = 0
        var start = 0
        var released = 0
        while true {
            let end = lineEnd(b, from: byteStart)
            let count = Scalars.scalarCount(utf8: UnsafeBufferPointer(rebasing: b[byteStart..<end]))
            out.append(Line(start: start, count: count, bytes: byteStart..<end))
            guard end < b.count else { break }
            let breakLength = b[end] == 0x0D && end + 1 < b.count && b[end + 1] == 0x0A ? 2 : 1
            start += count + breakLength
            byteStart = end + breakLength
            if byteStart - released >= 1 << 20 {
                source.passed(byteStart)
                released = byteStart
            }
        }
        return out
    }

    /// The index of the first CR or LF at or after `from`, or the end: the first LF, then the
    /// first CR before it (the C library's memchr reads several bytes at a time).
    static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let lf = index(of: 0x0A, in: b, from: from, to: b.count)
        return index(of: 0x0D, in: b, from: from, to: lf)
    }

    /// The index of the first `byte` in `b[from..<to]`, or `to`.
    static func index(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = b.baseAddress, from >= 0, from < to, to <= b.count,
            let p = memchr(base + from, Int32(byte), to - from)
        else { return to }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    /// The scalars of line `n` (1-based, in range).
    func text(ofLine n: Int) -> Scalars {
        let r = lines[n - 1].bytes
        return decoded.withUTF8 { Self.scalars(utf8: UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// The scalars of well-formed UTF-8 (byte order marks kept).
    static func scalars(utf8 b: UnsafeBufferPointer<UInt8>) -> Scalars { Scalars(utf8: b, droppingBOM: false) }

    // MARK: folding

    /// The form both sides are compared in: no spaces or marks the cleaner drops, one width of
    /// punctuation, one kind of quote.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        // Han, kana and most CJK punctuation (U+3010…U+FEFE) stay as they are: no space, quote,
        // half-width mark or digit lies there, and one comparison settles most characters
        if c.value >= 0x3010 && c.value < 0xFEFF { return c }
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

    /// Folded scalars of `t[from..<to]` with the index each came from, plus `offset`.
    static func folded(_ t: Scalars, from: Int = 0, to: Int? = nil, offset: Int = 0) -> (text: Scalars, at: [Int]) {
        let range = max(0, from)..<max(0, min(to ?? t.count, t.count))
        return folding(capacity: range.count) { $0.fold(t, range, offset: offset) }
    }

    /// Folded scalars of `t[from..<to]` alone (a fact looked for needs no places).
    static func foldedText(_ t: Scalars, from: Int, to: Int) -> Scalars {
        let range = max(0, from)..<max(0, min(to, t.count))
        return Scalars(unsafeUninitializedCapacity: range.count) { out, n in
            n = 0
            for i in range {
                guard let f = fold(t[i]) else { continue }
                out[n] = f
                n += 1
            }
        }
    }

    /// Folded text and where each scalar came from, written by `body` into storage sized once
    /// for `capacity` scalars (folding never adds any). Appending to a pair of arrays called a
    /// uniqueness check of each array for every scalar: ~45 machine instructions a scalar, ~12 now.
    static func folding(capacity: Int, _ body: (inout FoldSink) -> Void) -> (text: Scalars, at: [Int]) {
        var at: [Int] = []
        let text = Scalars(unsafeUninitializedCapacity: capacity) { text, n in
            at = [Int](unsafeUninitializedCapacity: capacity) { at, m in
                var sink = FoldSink(text: text, at: at)
                body(&sink)
                m = sink.count
            }
            n = at.count
        }
        return (text, at)
    }

    /// What the folded scalars of decoded lines go to: `FoldSink` (the folded text) or
    /// `AlignSink` (their match with the cleaned paragraph).
    protocol LineFolding {
        /// Takes the folded scalars of `t[range]`, each with its index plus `offset`.
        mutating func fold(_ t: Scalars, _ range: Range<Int>, offset: Int)
    }

    /// Where `folding` writes: the next free place in both buffers.
    struct FoldSink: LineFolding {
        private let text: UnsafeMutableBufferPointer<Unicode.Scalar>
        private let at: UnsafeMutableBufferPointer<Int>
        private(set) var count = 0

        init(text: UnsafeMutableBufferPointer<Unicode.Scalar>, at: UnsafeMutableBufferPointer<Int>) {
            self.text = text
            self.at = at
        }

        /// Appends the folded scalars of `t[range]`, each with its index plus `offset`.
        mutating func fold(_ t: Scalars, _ range: Range<Int>, offset: Int) {
            // the buffers are written unchecked: checked here once for the whole range
            precondition(range.lowerBound >= 0 && range.upperBound <= t.count && count + range.count <= min(text.count, at.count))
            // locals, not stored back to `self` for every scalar (nor captured by a closure)
            var n = count
            let text = text
            let at = at
            for i in range {
                guard let f = SpanLocator.fold(t[i]) else { continue }
                text[n] = f
                at[n] = offset + i
                n += 1
            }
            count = n
        }
    }

    /// Where `aligned(first:last:cleaned:offset:)` writes: each folded scalar of the decoded lines
    /// matched with the next folded scalar of the cleaned paragraph, until two differ.
    struct AlignSink: LineFolding {
        private let cleaned: UnsafeBufferPointer<Unicode.Scalar>
        /// Where the cleaned paragraph starts in the item's `full`.
        private let cleanedOffset: Int
        private let out: UnsafeMutableBufferPointer<Run>
        /// The runs written to `out`.
        private(set) var count = 0
        /// The next cleaned scalar to match.
        private var next = 0
        private(set) var differs = false
        /// Whether `out` had no room for a run (then `differs` too, whatever the rest).
        private(set) var overflowed = false

        init(cleaned: UnsafeBufferPointer<Unicode.Scalar>, offset: Int, out: UnsafeMutableBufferPointer<Run>) {
            self.cleaned = cleaned
            cleanedOffset = offset
            self.out = out
        }

        /// The runs of matches so far.
        var runs: UnsafeBufferPointer<Run> { UnsafeBufferPointer(rebasing: out[..<count]) }

        /// Matches `length` folded scalars at `full` and `decoded` on: the run before them lengthened
        /// when they follow it on both sides and it is at `extendable` or after, else a new run
        /// (false when `out` has no room for one).
        @inline(__always)
        private static func add(
            full: UInt32, decoded: UInt32, length: UInt32, to out: UnsafeMutableBufferPointer<Run>, _ n: inout Int, extendable: Int
        ) -> Bool {
            if n > extendable, out[n &- 1].isFollowed(full: full, decoded: decoded) {
                out[n &- 1].length &+= length
                return true
            }
            guard n < out.count else { return false }
            out[n] = Run(checked: full, decoded: decoded, length: length)
            n &+= 1
            return true
        }

        mutating func fold(_ t: Scalars, _ range: Range<Int>, offset: Int) {
            guard !differs else { return }
            // the buffers are read and written unchecked: every index checked here, and every
            // offset once for the whole range (a match's are 32-bit)
            precondition(range.lowerBound >= 0 && range.upperBound <= t.count && offset >= 0 && cleanedOffset >= 0)
            precondition(offset + range.upperBound <= UInt32.max && cleanedOffset + cleaned.count <= UInt32.max)
            let cleaned = cleaned
            let out = out
            let cleanedOffset = cleanedOffset
            var n = count
            var j = next
            let same = t.withUnsafeBufferPointer { line in
                for i in range {
                    let c = line[i]
                    // most scalars: the same Han character or CJK mark on both sides, kept by the fold
                    // as it is (one comparison, not two folds)
                    if j < cleaned.count, cleaned[j] == c, c.value >= 0x3010, c.value < 0xFEFF,
                        Self.add(
                            full: UInt32(truncatingIfNeeded: cleanedOffset &+ j), decoded: UInt32(truncatingIfNeeded: offset &+ i),
                            length: 1, to: out, &n, extendable: 0)
                    {
                        j += 1
                        continue
                    }
                    guard let f = SpanLocator.fold(c) else { continue }
                    // the next cleaned scalar that folds to anything
                    var g: Unicode.Scalar?
                    while j < cleaned.count {
                        g = SpanLocator.fold(cleaned[j])
                        if g != nil { break }
                        j += 1
                    }
                    guard g == f else { return false }
                    guard
                        Self.add(
                            full: UInt32(truncatingIfNeeded: cleanedOffset &+ j), decoded: UInt32(truncatingIfNeeded: offset &+ i),
                            length: 1, to: out, &n, extendable: 0)
                    else {
                        overflowed = true
                        return false
                    }
                    j += 1
                }
                return true
            }
            differs = !same
            count = n
            next = j
        }

        /// `fold(t, 0..<t.count, offset:)` of a decoded line `t` whose well-formed UTF-8 is `b`,
        /// read straight from the bytes (decoding each line into an array, then reading it for
        /// pinyin, a page number and the fold, was ~60 % of aligning), when the line holds neither
        /// a pinyin annotation nor a page number (`fold(_:skipping:and:offset:)` skips none then)
        /// and folds alike: then true. Else false and nothing taken: the caller folds the line the
        /// long way, which tells exactly what is skipped and what differs. Told as
        /// `pinyinAnnotations` and `pageNumber` tell them, or more often: a bracket after a Han
        /// character before a pinyin letter; up to four digits and `、` after leading spaces; a
        /// digit in a line of at most 16 scalars that are not spaces or backquotes (those fold
        /// to nothing, and nothing else in a line does).
        mutating func foldPlain(utf8 b: UnsafeBufferPointer<UInt8>, offset: Int) -> Bool {
            guard !differs else { return true }
            guard let bytes = b.baseAddress else { return false }
            let end = b.count
            precondition(offset >= 0 && offset + end <= UInt32.max && cleanedOffset >= 0 && cleanedOffset + cleaned.count <= UInt32.max)
            // told before the fold, which then keeps few variables (in registers, not on the stack)
            guard !Self.gluedPageNumber(bytes, end) else { return false }
            let cleaned = cleaned
            let out = out
            let cleanedOffset = cleanedOffset
            var n = count
            // the runs before are not lengthened: a declined line leaves them as they were
            let extendable = n
            var j = next
            var p = 0
            var i = 0
            // scalars that fold to nothing, whether any is a digit
            var dropped = 0
            var digit = false
            while p < end {
                // one scalar decoded, three-byte ones first (every read checked against `end`: a
                // malformed tail goes the long way)
                let b0 = bytes[p]
                var v: UInt32
                if b0 & 0xF0 == 0xE0 {
                    guard p &+ 3 <= end else { return false }
                    // a run of three-byte scalars the same on both sides, most of a line: matched by a
                    // loop of its own, whose few variables stay in registers
                    let room = cleaned.count &- j
                    if room > 0, let c = cleaned.baseAddress {
                        let (k, q) = Self.sameRun(bytes + p, end &- p, c + j, room)
                        if k > 0 {
                            guard
                                Self.add(
                                    full: UInt32(truncatingIfNeeded: cleanedOffset &+ j), decoded: UInt32(truncatingIfNeeded: offset &+ i),
                                    length: UInt32(truncatingIfNeeded: k), to: out, &n, extendable: extendable)
                            else { return false }
                            j &+= k
                            i &+= k
                            p &+= q
                            continue
                        }
                    }
                    v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[p &+ 1] & 0x3F) << 6 | UInt32(bytes[p &+ 2] & 0x3F)
                    p &+= 3
                } else if b0 < 0x80 {
                    v = UInt32(b0)
                    p &+= 1
                } else if b0 < 0xE0 {
                    guard p &+ 2 <= end else { return false }
                    v = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[p &+ 1] & 0x3F)
                    p &+= 2
                } else {
                    guard p &+ 4 <= end else { return false }
                    v =
                        UInt32(b0 & 0x07) << 18 | UInt32(bytes[p &+ 1] & 0x3F) << 12 | UInt32(bytes[p &+ 2] & 0x3F) << 6
                        | UInt32(bytes[p &+ 3] & 0x3F)
                    p &+= 4
                }
                defer { i &+= 1 }
                guard let c = Unicode.Scalar(v) else { return false }
                // a bracket after a Han character (the scalar before read back from the bytes)
                if c == "(" || c == "（", i > 0, Self.hanBefore(bytes, p - (c == "(" ? 1 : 3)), Self.pinyinFollows(bytes + p, end - p) {
                    return false
                }
                guard let f = SpanLocator.fold(c) else {
                    dropped &+= 1
                    continue
                }
                if c.isDigit { digit = true }
                var g: Unicode.Scalar?
                while j < cleaned.count {
                    g = SpanLocator.fold(cleaned[j])
                    if g != nil { break }
                    j &+= 1
                }
                guard g == f,
                    Self.add(
                        full: UInt32(truncatingIfNeeded: cleanedOffset &+ j), decoded: UInt32(truncatingIfNeeded: offset &+ i), length: 1,
                        to: out, &n, extendable: extendable)
                else { return false }
                j &+= 1
            }
            guard !digit || i - dropped > 16 else { return false }
            count = n
            next = j
            return true
        }

        /// Whether the well-formed UTF-8 `b` of `count` bytes may start with a glued page number
        /// (`pageNumber(in:)`): after its spaces, one to four digits and `、`.
        private static func gluedPageNumber(_ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
            var p = 0
            var digits = 0
            while p < count {
                let b0 = b[p]
                let size = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
                guard p + size <= count else { return true }
                var v = UInt32(b0)
                if size == 2 { v = UInt32(b0 & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F) }
                if size == 3 { v = UInt32(b0 & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F) }
                if size == 4 {
                    v = UInt32(b0 & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F)
                }
                guard let c = Unicode.Scalar(v) else { return true }
                if c.isDigit && digits < 4 {
                    digits += 1
                } else if digits == 0 && c.isSpace {
                    // the leading spaces
                } else {
                    return digits > 0 && c == "、"
                }
                p += size
            }
            return false
        }

        /// Whether the scalar of the well-formed UTF-8 `b` that ends before `p` (> 0) is a Han character.
        private static func hanBefore(_ b: UnsafePointer<UInt8>, _ p: Int) -> Bool {
            var s = p - 1
            while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
            let b0 = b[s]
            let size = p - s
            var v = UInt32(b0)
            if size == 3 { v = UInt32(b0 & 0x0F) << 12 | UInt32(b[s + 1] & 0x3F) << 6 | UInt32(b[s + 2] & 0x3F) }
            if size == 4 {
                v = UInt32(b0 & 0x07) << 18 | UInt32(b[s + 1] & 0x3F) << 12 | UInt32(b[s + 2] & 0x3F) << 6 | UInt32(b[s + 3] & 0x3F)
            }
            if size == 2 { v = UInt32(b0 & 0x1F) << 6 | UInt32(b[s + 1] & 0x3F) }
            return Unicode.Scalar(v)?.isHan ?? false
        }

        /// The run of three-byte scalars at the start of the `count` bytes `b` that are those of
        /// `cleaned` and that `foldPlain` matches at once (Han characters, CJK and full-width marks
        /// but the bracket `（` and the digits), at most `room` of them: how many, and the bytes they take.
        @inline(never)
        private static func sameRun(_ b: UnsafePointer<UInt8>, _ count: Int, _ cleaned: UnsafePointer<Unicode.Scalar>, _ room: Int) -> (
            Int, Int
        ) {
            var k = 0
            var q = 0
            while k < room, q &+ 3 <= count {
                let b0 = b[q]
                guard b0 & 0xF0 == 0xE0 else { break }
                let v = UInt32(b0 & 0x0F) << 12 | UInt32(b[q &+ 1] & 0x3F) << 6 | UInt32(b[q &+ 2] & 0x3F)
                guard cleaned[k].value == v, v &- 0x3001 < 0xCEFE || (v > 0xFEFF && v < 0xFFF0 && v != 0xFF08 && v &- 0xFF10 > 9)
                else { break }
                k &+= 1
                q &+= 3
            }
            return (k, q)
        }

        /// Whether the well-formed UTF-8 `b` of `count` bytes starts with a scalar `isPinyin`
        /// holds of: a lowercase letter, a space, U+00C0 to U+024F (two bytes).
        private static func pinyinFollows(_ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
            guard count > 0 else { return false }
            let b0 = b[0]
            if b0 < 0x80 { return (b0 >= 0x61 && b0 <= 0x7A) || b0 == 0x20 }
            guard b0 >= 0xC0, b0 < 0xE0, count >= 2 else { return false }
            let v = UInt32(b0 & 0x1F) << 6 | UInt32(b[1] & 0x3F)
            return v >= 0xC0 && v < 0x250
        }

        /// Whether both sides folded alike to their ends: nothing differed, and what is left of the
        /// cleaned paragraph folds to nothing.
        var matchedAll: Bool { !differs && cleaned[next...].allSatisfy { SpanLocator.fold($0) == nil } }
    }

    /// The decoded lines `first...last` matched with `cleaned`, the paragraph's cleaned text at
    /// `offset` in the item's `full`, when both fold to the same scalars — the lines as the first of
    /// `streams(first:last:traditional:)` folds them (page numbers and pinyin skipped, Traditional
    /// converted); else nil. One pass, no folded text kept (making the folded texts of both sides and
    /// searching them for each fact was ~5 % of the reader on the genre mix).
    func aligned(first: Int, last: Int, cleaned: Scalars, offset: Int, traditional: Bool = false) -> [Run]? {
        guard first >= 1, first <= last, first <= lines.count else { return nil }
        let range = first...min(last, lines.count)
        // at most one match (so at most one run) a decoded scalar
        let total = range.reduce(0) { $0 + lines[$1 - 1].count }
        guard total > 0 else { return cleaned.allSatisfy { Self.fold($0) == nil } ? [] : nil }
        // Traditional lines converted as `traditionalStreams` converts them, all at once
        let texts = traditional ? range.map { text(ofLine: $0) } : []
        let pinyins = texts.map { Self.pinyinAnnotations($0) }
        let converted = traditional ? conversions(range, texts: texts, pinyins: pinyins) : []
        return cleaned.withUnsafeBufferPointer { cleaned in
            // most paragraphs are a few runs: room for `stackRuns` on the stack, and a paragraph of
            // more aligned again with room for one run a decoded scalar (on the heap)
            let runs = align(cleaned, capacity: min(total, Self.stackRuns))
            guard runs.overflowed else { return runs.runs }
            return align(cleaned, capacity: total).runs
        }

        func align(_ cleaned: UnsafeBufferPointer<Unicode.Scalar>, capacity: Int) -> (runs: [Run]?, overflowed: Bool) {
            withUnsafeTemporaryAllocation(of: Run.self, capacity: capacity) { scratch in
                var sink = AlignSink(cleaned: cleaned, offset: offset, out: scratch)
                for (j, n) in range.enumerated() {
                    if traditional {
                        let raw = texts[j]
                        let t = Self.streamText(raw, converted: converted, j)
                        sink.fold(t, skipping: pinyins[j], and: Self.pageNumber(in: raw), offset: lines[n - 1].start)
                    } else if !decoded.withUTF8({
                        sink.foldPlain(utf8: UnsafeBufferPointer(rebasing: $0[lines[n - 1].bytes]), offset: lines[n - 1].start)
                    }) {
                        let t = text(ofLine: n)
                        sink.fold(t, skipping: Self.pinyinAnnotations(t), and: Self.pageNumber(in: t), offset: lines[n - 1].start)
                    }
                    if sink.differs { return (nil, sink.overflowed) }
                }
                guard sink.matchedAll else { return (nil, false) }
                // copied into an array of its length (see `scalars(utf8:)`)
                return ([Run](sink.runs), false)
            }
        }
    }

    /// Runs the alignment's scratch space holds on the stack (`withUnsafeTemporaryAllocation`
    /// allocates a kilobyte or less there).
    static let stackRuns = 1024 / MemoryLayout<Run>.stride

    /// The decoded lines `first...last` folded, each scalar with its offset in the decoded text.
    /// Traditional lines are converted scalar for scalar (when conversion keeps the length) and
    /// pinyin annotations are skipped, as the cleaner did. Page numbers — lines of their own, or
    /// glued to a line start (`3、位一体`) — may or may not have been stripped: the first stream
    /// skips them, a second one (only when there are any) keeps them.
    func streams(first: Int, last: Int, traditional: Bool) -> [(text: Scalars, at: [Int])] {
        guard first >= 1, first <= last, first <= lines.count else { return [(text: Scalars(), at: [])] }
        let range = first...min(last, lines.count)
        // sized once, from the line table: appending scalar by scalar regrew both arrays
        let total = range.reduce(0) { $0 + lines[$1 - 1].count }
        let texts = range.map { text(ofLine: $0) }
        if traditional { return traditionalStreams(range, texts: texts, total: total) }
        // each line's pinyin and page number told as it is folded: no arrays of them (allocations,
        // ~600 instructions each, were ~40 % of this function's cost on the genre mix)
        var anyPageNumber = false
        let skipping = Self.folding(capacity: total) { out in
            for (j, n) in range.enumerated() {
                let pageNumber = Self.pageNumber(in: texts[j])
                if pageNumber != nil { anyPageNumber = true }
                out.fold(texts[j], skipping: Self.pinyinAnnotations(texts[j]), and: pageNumber, offset: lines[n - 1].start)
            }
        }
        // most paragraphs have no page number: the stream that skips them is the one that keeps them
        guard anyPageNumber else { return [skipping] }
        let keeping = Self.folding(capacity: total) { out in
            for (j, n) in range.enumerated() {
                out.fold(texts[j], skipping: Self.pinyinAnnotations(texts[j]), and: nil, offset: lines[n - 1].start)
            }
        }
        return [skipping, keeping]
    }

    /// `streams(first:last:traditional:)` of Traditional lines `range`, converted scalar for
    /// scalar where conversion keeps a line's length.
    func traditionalStreams(_ range: ClosedRange<Int>, texts: [Scalars], total: Int) -> [(text: Scalars, at: [Int])] {
        let pinyins = texts.map { Self.pinyinAnnotations($0) }
        let pageNumbers = texts.map { Self.pageNumber(in: $0) }
        // each line's conversion, scalar for scalar (pinyin annotations map to themselves)
        let converted = conversions(range, texts: texts, pinyins: pinyins)
        func stream(skippingPageNumbers: Bool) -> (text: Scalars, at: [Int]) {
            Self.folding(capacity: total) { out in
                for (j, n) in range.enumerated() {
                    let text = Self.streamText(texts[j], converted: converted, j)
                    out.fold(text, skipping: pinyins[j], and: skippingPageNumbers ? pageNumbers[j] : nil, offset: lines[n - 1].start)
                }
            }
        }
        guard pageNumbers.contains(where: { $0 != nil }) else { return [stream(skippingPageNumbers: false)] }
        return [stream(skippingPageNumbers: true), stream(skippingPageNumbers: false)]
    }

    /// What a Traditional line `raw`, the `j`-th of its paragraph, is folded from: its
    /// conversion (`conversions`) where that keeps its length, else itself.
    static func streamText(_ raw: Scalars, converted: [Scalars], _ j: Int) -> Scalars {
        !converted.isEmpty && converted[j].count == raw.count ? converted[j] : raw
    }

    /// The Simplified form of Traditional lines `range`, scalar for scalar (pinyin annotations
    /// map to themselves): the cleaner's where it converted the same scalars, else one OpenCC call
    /// for the paragraph; empty when neither keeps the lines' lengths.
    func conversions(_ range: ClosedRange<Int>, texts: [Scalars], pinyins: [[Range<Int>]]) -> [Scalars] {
        var converted: [Scalars] = range.map { n in
            guard let c = simplified[n] else { return [] }
            let raw = texts[n - range.lowerBound]
            let pinyin = pinyins[n - range.lowerBound]
            // most lines have no pinyin: the cleaner's conversion is the line's, as it is
            if pinyin.isEmpty, c.before == nil || c.before == raw { return c.after.count == raw.count ? c.after : [] }
            let kept = Self.indices(raw.count, outside: pinyin)
            if let before = c.before {
                guard before == kept.map({ raw[$0] }), c.after.count == kept.count else { return [] }
            } else {
                guard kept.count == raw.count, c.after.count == raw.count else { return [] }
            }
            var out = raw
            for (j, k) in kept.enumerated() { out[k] = c.after[j] }
            return out
        }
        if let converter, zip(texts, converted).contains(where: { $1.count != $0.count }) {
            let joined = texts.map(\.string).joined(separator: "\n")
            converted = converter.convert(joined).split(separator: "\n", omittingEmptySubsequences: false).map { Scalars(String($0)) }
            if converted.count != range.count { converted = [] }
        }
        return converted
    }

    /// The indices `0..<count` outside the sorted, disjoint `ranges`.
    static func indices(_ count: Int, outside ranges: [Range<Int>]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        var k = 0
        for r in ranges {
            out += k..<max(k, min(r.lowerBound, count))
            k = max(k, r.upperBound)
        }
        out += k..<max(k, count)
        return out
    }

    /// Where a page number is in a decoded line: the whole line when it is nothing but one
    /// (刘\n2\n建华: the cleaner dropped it), or one glued to its start (`3、位一体`).
    static func pageNumber(in line: Scalars) -> Range<Int>? {
        // told apart before `Cleaner`'s tests, which copy the line: a page-number line has at most
        // 16 characters besides spaces (all `removeStraySpaces` drops) and a digit; a glued number
        // starts with a digit
        if mayBePageNumberLine(line), Cleaner.isPageNumberLine(Cleaner.removeStraySpaces(line)) { return 0..<line.count }
        let lead = line.prefix { $0.isSpace }.count
        guard lead < line.count, line[lead].isDigit, let pn = Cleaner.leadingPageNumber(line.trimmed) else { return nil }
        return lead..<(lead + pn.length)
    }

    /// Whether `line` can be a page-number line once stray spaces are removed: a digit, and at most
    /// 16 characters that `Cleaner.removeStraySpaces` keeps.
    static func mayBePageNumberLine(_ line: Scalars) -> Bool {
        var kept = 0
        var digit = false
        for c in line where !c.isSpace && c != "`" {
            kept += 1
            if kept > 16 { return false }
            if c.isDigit { digit = true }
        }
        return digit
    }

    /// Where `(pinyin)` annotations after Han characters are (`聯(lián)`), in order: few lines have
    /// any, and a line's scalars are skipped by range, not tested one by one.
    static func pinyinAnnotations(_ t: Scalars) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 1
        while i < t.count {
            // the next opening bracket (read through a buffer: most lines have none)
            i = t.withUnsafeBufferPointer { b in
                var j = i
                while j < b.count, b[j] != "(", b[j] != "（" { j += 1 }
                return j
            }
            guard i < t.count else { break }
            guard t[i - 1].isHan else {
                i += 1
                continue
            }
            var j = i + 1
            while j < t.count, j - i <= 60, isPinyin(t[j]) { j += 1 }
            if j > i + 1, j < t.count, t[j] == ")" || t[j] == "）" {
                out.append(i..<(j + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
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
        let near = a.paragraph.first...max(a.paragraph.first, b.paragraph.last)
        return FactSpan(
            file: file, lines: (line(of: s, near: near), line(of: max(s, e - 1), near: near)), offsets: (s, e), textOffsets: (start, end))
    }

    /// Decoded offsets of `full[from..<to]`, which lies inside the paragraph `p`.
    func locate(full: Scalars, from: Int, to: Int, in p: Placed) -> Range<Int>? {
        guard from >= p.start, to <= p.end else { return locate(Self.foldedText(full, from: from, to: to)[...], from: from, in: p) }
        // both sides fold alike: the fact is at the same folded place in the lines, read off the
        // matches (what searching the folded lines for its k-th occurrence finds, see `Alignment`)
        if case .same(let runs) = alignment(p) { return Self.decoded(from: from, to: to, in: runs) }
        return locateBySearching(full: full, from: from, to: to, in: p)
    }

    /// `locate(full:from:to:in:)` by searching the folded lines, for paragraphs whose sides fold
    /// differently (and, in the tests, to hold the alignment to).
    func locateBySearching(full: Scalars, from: Int, to: Int, in p: Placed) -> Range<Int>? {
        guard from >= p.start, to <= p.end else { return locate(Self.foldedText(full, from: from, to: to)[...], from: from, in: p) }
        // the fact folded is the part of the folded paragraph that came from it: not folded again
        let cleaned = cleaned(p)
        let first = Self.firstIndex(in: cleaned.at, notBelow: from)
        let needle = cleaned.text[first..<max(first, Self.firstIndex(in: cleaned.at, notBelow: to))]
        return locate(needle, from: from, in: p)
    }

    /// Decoded offsets of `needle`, the folded text from `from` in the paragraph `p`.
    func locate(_ needle: ArraySlice<Unicode.Scalar>, from: Int, in p: Placed) -> Range<Int>? {
        guard !needle.isEmpty else { return nil }
        // which occurrence of the needle in the cleaned paragraph this is: those that start before it
        let cleaned = cleaned(p)
        let before = Self.firstIndex(in: cleaned.at, notBelow: from)
        let k = Self.occurrences(of: needle, in: cleaned.text, before: before)
        for s in streams(p) {
            if let r = Self.occurrence(k, of: needle, in: s) { return r }
        }
        return nil
    }

    /// The first index of the ascending `a` whose value is `x` or more (`a.count` if none).
    static func firstIndex(in a: [Int], notBelow x: Int) -> Int {
        var lo = 0
        var hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Decoded offsets of the matches of `runs` whose places in `full` are in `from..<to`: from the
    /// first one's to just after the last one's; nil when there are none.
    static func decoded(from: Int, to: Int, in runs: [Run]) -> Range<Int>? {
        // the first run that ends after `from`, then the first that starts at `to` or after
        var lo = 0
        var hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].full + runs[mid].count <= from { lo = mid + 1 } else { hi = mid }
        }
        guard lo < runs.count else { return nil }
        let first = max(from, runs[lo].full)
        guard first < to else { return nil }
        var after = lo + 1
        hi = runs.count
        while after < hi {
            let mid = (after + hi) / 2
            if runs[mid].full < to { after = mid + 1 } else { hi = mid }
        }
        // runs[after - 1] starts before `to`: its last match before `to`
        let a = runs[lo]
        let b = runs[after - 1]
        let last = min(b.full + b.count, to) - 1
        return (a.decoded + first - a.full)..<(b.decoded + last - b.full + 1)
    }

    /// How many times `needle` occurs in `t` (overlaps counted) starting before index `before`.
    static func occurrences(of needle: ArraySlice<Unicode.Scalar>, in t: Scalars, before: Int) -> Int {
        // searched only up to where the last such occurrence can end, not to the end of `t`
        let end = before - 1 + needle.count
        var k = 0
        var i = t.index(of: needle, to: end)
        while let f = i {
            k += 1
            i = t.index(of: needle, from: f + 1, to: end)
        }
        return k
    }

    /// Decoded offsets of the k-th occurrence of `needle` in a folded stream (the last one when
    /// there are fewer).
    static func occurrence(_ k: Int, of needle: ArraySlice<Unicode.Scalar>, in s: (text: Scalars, at: [Int])) -> Range<Int>? {
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
    func line(of offset: Int) -> Int { line(of: offset, in: 0, lines.count - 1) + 1 }

    /// 1-based line of a decoded offset that is most likely on lines `near` (its paragraph's):
    /// searched among them when they hold it, else among all (a file has many more lines).
    func line(of offset: Int, near: ClosedRange<Int>) -> Int {
        let lo = near.lowerBound - 1
        let hi = near.upperBound - 1
        guard lo >= 0, hi < lines.count, lines[lo].start <= offset, hi + 1 == lines.count || lines[hi + 1].start > offset
        else { return line(of: offset) }
        return line(of: offset, in: lo, hi) + 1
    }

    /// The last index in `lo...hi` of a line that starts at or before `offset` (`lo` if none).
    private func line(of offset: Int, in lo: Int, _ hi: Int) -> Int {
        var lo = lo
        var hi = hi
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The span of a header paragraph's text `h[from..<to]` (evidence outside the item).
    func span(header p: Paragraph, from: Int, to: Int) -> FactSpan {
        let placed = place(p, at: 0)
        let r = locate(full: p.text, from: from, to: to, in: placed)
        let s = r?.lowerBound ?? lineStart(p.first)
        let e = r?.upperBound ?? lineEnd(p.last)
        return FactSpan(file: file, lines: (line(of: s), line(of: max(s, e - 1))), offsets: (s, e), textOffsets: nil)
    }
}

extension SpanLocator.LineFolding {
    /// Takes the folded scalars of the line `t` but those of its pinyin annotations (in order) and
    /// of its page number, each with its index plus `offset`.
    mutating func fold(_ t: Scalars, skipping pinyin: [Range<Int>], and pageNumber: Range<Int>?, offset: Int) {
        var skipped = pinyin
        if let p = pageNumber { skipped.insert(p, at: skipped.firstIndex { $0.lowerBound > p.lowerBound } ?? skipped.count) }
        // the line between the ranges it skips
        var k = 0
        for s in skipped {
            fold(t, k..<max(k, s.lowerBound), offset: offset)
            k = max(k, s.upperBound)
        }
        fold(t, k..<max(k, t.count), offset: offset)
    }
}
