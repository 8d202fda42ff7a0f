import Foundation

/// The lines of a decoded text as the cleaner's first pass leaves them: where each line is in the
/// text, and what cleaning decided about it, instead of its cleaned text. A line's text is rebuilt
/// from the decoded text when it is asked for (`stage2`, `cleaned`), so that the file is held once
/// (as decoded UTF-8) and not again as lines at 4 bytes a character. Only the text OpenCC or the
/// pinyin step changed is kept (`converted`): rebuilding it would convert it again.
struct LineTable: Sendable {
    /// One line (numbered `index + 1`, as `Cleaner.splitLines` numbers them): 16 bytes (where its
    /// converted text lies, kept here for every line, made it 24, a quarter of a byte of memory for
    /// each byte of a file of short lines).
    struct Record: Sendable {
        /// The line's bytes in the text's UTF-8 (the text is at most `BriefingReader.maxFileBytes`).
        var start: UInt32
        var end: UInt32
        /// The cleaned line's length (0: blank or dropped).
        var count: UInt32 = 0
        /// The scalars of a page number stripped from the line start (`2、`).
        var cut: UInt8 = 0
        var flags: Flags = []
        /// With `cleanAsStored`: the bytes of white space before and after the cleaned line in the
        /// line's stored text (the decoded line, or its text in `converted`).
        var trimStart: UInt8 = 0
        var trimEnd: UInt8 = 0
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The line was Traditional Chinese.
        static let traditional = Flags(rawValue: 1)
        /// The line was given to OpenCC (it has a `ConvertedLine`).
        static let converted = Flags(rawValue: 2)
        /// The line continues the previous one (a page number or a break cut a sentence).
        static let continuesPrevious = Flags(rawValue: 4)
        /// Dropped (a table row, boilerplate, metadata, a page number line).
        static let dropped = Flags(rawValue: 8)
        /// Opens with a page number glued to it (`Cleaner.leadingPageNumber`).
        static let numbered = Flags(rawValue: 16)
        /// Cleaning only trimmed the line (no space inside it, no pictograph): its cleaned text is
        /// its stored text without `trimStart` and `trimEnd` bytes, decoded and not cleaned again.
        static let cleanAsStored = Flags(rawValue: 32)
        /// The line's text after pinyin removal and conversion differs from the decoded line: it
        /// is kept in `converted` (where: `keptAt`).
        static let kept = Flags(rawValue: 64)
        /// What the screen (`LineScreen`) decides, forgotten when it reads the lines again.
        static let screened: Flags = [.dropped, .numbered, .cleanAsStored]
    }

    /// The decoded text (shared with the caller, not copied).
    let text: TextSource
    var records: [Record] = []
    /// Line breaks in the text (CRLF counted twice), as `SpanLocator` sizes its lines.
    private(set) var lineBreaks = 0
    /// The text of the lines OpenCC or the pinyin step changed, one after another, in UTF-8 (a
    /// sixth of the seeds is Traditional: at 4 bytes a character, and grown by doubling, this took
    /// twice the memory).
    private(set) var converted: [UInt8] = []
    /// Where the `kept` lines' texts are in `converted`, by line index, in order of it.
    private var keptAt: [(line: UInt32, start: UInt32, count: UInt32)] = []
    /// Traditional lines whose pinyin annotations were removed before conversion: where the line
    /// OpenCC saw (`ConvertedLine.before`) is in `converted`, by line number (kept as arrays of
    /// scalars, each with room for its line before the pinyin went, they were a fifth of the heap
    /// at its peak on the repeated seeds).
    private var beforeAt: [Int: Range<Int>] = [:]

    init(text: String) { self.init(source: TextSource(text)) }

    init(source: TextSource) {
        text = source
        (records, lineBreaks) = source.withUTF8 { Self.split($0, source: source) }
        source.rewind()
    }

    /// A new pass through the lines in order (a mapped file's pages are let go behind it again).
    func rewind() { text.rewind() }

    /// The lines of `text`: LF, CRLF and CR end a line; a last line that is empty is no line.
    private static func split(_ b: UnsafeBufferPointer<UInt8>, source: TextSource) -> ([Record], Int) {
        guard let base = b.baseAddress, !b.isEmpty else { return ([], 0) }
        // sized once (an array grown line by line held up to three times the lines while regrowing)
        let (newlines, returns) = countBreaks(b, source: source)
        source.rewind()
        var out: [Record] = []
        out.reserveCapacity(newlines + returns + 1)
        var start = 0
        while start < b.count {
            // without a carriage return in the text (most files), the next line break is found by
            // `memchr` (a byte-by-byte loop was 2 % of the reader)
            let i = returns == 0 ? nextNewline(base, from: start, count: b.count) : nextBreak(base, from: start, count: b.count)
            guard i < b.count else { break }
            if out.count & 0x3FFF == 0 { source.passed(i) }
            out.append(Record(start: UInt32(start), end: UInt32(i)))
            start = base[i] == 0x0D && i + 1 < b.count && base[i + 1] == 0x0A ? i + 2 : i + 1
        }
        // the last line, when it is not empty (a stray byte order mark is dropped from a line)
        var k = start
        while k + 2 < b.count, b[k] == 0xEF, b[k + 1] == 0xBB, b[k + 2] == 0xBF { k += 3 }
        if k < b.count { out.append(Record(start: UInt32(start), end: UInt32(b.count))) }
        return (out, newlines + returns)
    }

    /// The line feeds and carriage returns in `b`, counted eight bytes at a time in a 64-bit word
    /// (a byte loop compiled to two branches a byte), a megabyte at a time.
    static func countBreaks(_ b: UnsafeBufferPointer<UInt8>, source: TextSource? = nil) -> (newlines: Int, returns: Int) {
        guard let base = b.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        var newlines = 0
        var returns = 0
        var i = 0
        while i < b.count {
            source?.passed(i)
            let to = Swift.min(i + (1 << 20), b.count)
            while i &+ 8 <= to {
                // at most 255 words before the byte lanes are summed
                var n: UInt64 = 0
                var r: UInt64 = 0
                let last = Swift.min(to &- 8, i &+ 8 &* 254)
                while i <= last {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    n &+= equalBytes(x, 0x0A) >> 7
                    r &+= equalBytes(x, 0x0D) >> 7
                    i &+= 8
                }
                newlines &+= Scalars.sumOfLanes(n)
                returns &+= Scalars.sumOfLanes(r)
            }
            while i < to {
                if base[i] == 0x0A { newlines &+= 1 } else if base[i] == 0x0D { returns &+= 1 }
                i &+= 1
            }
        }
        return (newlines, returns)
    }

    /// 0x80 in each byte lane of `x` that holds `c`, 0 in the others (exact: no borrow crosses a lane).
    static func equalBytes(_ x: UInt64, _ c: UInt8) -> UInt64 {
        let y = x ^ (0x0101_0101_0101_0101 &* UInt64(c))
        return ~(((y & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | y) & 0x8080_8080_8080_8080
    }

    /// The index of the first line feed at or after `from`, or `count`.
    private static func nextNewline(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        guard let p = memchr(base + from, 0x0A, count - from) else { return count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
    }

    /// The index of the first line feed or carriage return at or after `from`, or `count`.
    private static func nextBreak(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        var i = from
        while i < count, base[i] != 0x0A, base[i] != 0x0D { i += 1 }
        return i
    }

    var count: Int { records.count }

    /// The decoded line at `index` (a stray byte order mark dropped, as `Cleaner.splitLines` does).
    func decoded(_ index: Int) -> Scalars {
        var line = Scalars()
        decoded(index, into: &line)
        return line
    }

    /// `decoded(index)` written into `line`, over its old text: no array is made for the line when
    /// `line` holds the only reference to its buffer and has room (the cleaner's pass decodes
    /// every line into one array: ~220 machine instructions a line fewer than an array for each).
    func decoded(_ index: Int, into line: inout Scalars) {
        let r = records[index]
        text.passed(Int(r.start))
        text.withUTF8 { Self.decode(UnsafeBufferPointer(rebasing: $0[Int(r.start)..<Int(r.end)]), droppingBOM: true, into: &line) }
    }

    /// The scalars of well-formed UTF-8 `b` written into `line`, over its old text (its buffer kept
    /// when it is not shared and has room).
    static func decode(_ b: UnsafeBufferPointer<UInt8>, droppingBOM: Bool, into line: inout Scalars) {
        line.removeAll(keepingCapacity: true)
        // decoded into scratch space (`Scalars.withDecoded`) and copied over the old text: counting
        // the scalars first, to size the array, was a read of every line's bytes (0.6 % of the
        // reader on gd2)
        Scalars.withDecoded(utf8: b, droppingBOM: droppingBOM) { line.append(contentsOf: $0) }
    }

    /// The line after pinyin removal and Traditional → Simplified conversion.
    func stage2(_ index: Int) -> Scalars {
        guard let k = keptRange(index) else { return decoded(index) }
        return converted[k].withUnsafeBufferPointer { Scalars(utf8: $0, droppingBOM: false) }
    }

    /// Where line `index`'s text is in `converted`, when it is kept there.
    private func keptRange(_ index: Int) -> Range<Int>? {
        guard records[index].flags.contains(.kept), let k = keptSlot(index) else { return nil }
        return Int(keptAt[k].start)..<Int(keptAt[k].start + keptAt[k].count)
    }

    /// The slot of line `index` in `keptAt`, found by halving (the lines are in order).
    private func keptSlot(_ index: Int) -> Int? {
        let k = keptInsertion(index)
        return k < keptAt.count && keptAt[k].line == UInt32(index) ? k : nil
    }

    /// The first slot of `keptAt` whose line is `index` or after it.
    private func keptInsertion(_ index: Int) -> Int {
        var (a, b) = (0, keptAt.count)
        while a < b {
            let m = (a + b) / 2
            if keptAt[m].line < UInt32(index) { a = m + 1 } else { b = m }
        }
        return a
    }

    /// The line with spaces cleaned (pictographs not yet removed).
    func spacedOnly(_ index: Int) -> Scalars {
        records[index].flags.contains(.dropped) ? [] : Cleaner.removeStraySpaces(stage2(index))
    }

    /// The line with spaces cleaned and pictographs removed, before page numbers glued to its
    /// start are stripped.
    func spaced(_ index: Int) -> Scalars {
        records[index].flags.contains(.dropped) ? [] : Cleaner.removePictographs(spacedOnly(index)).text
    }

    /// The cleaned line, as the line joiner reads it.
    func cleaned(_ index: Int) -> Scalars {
        let r = records[index]
        guard r.count > 0 else { return [] }
        let t = r.flags.contains(.cleanAsStored) ? stored(index) { Scalars(utf8: $0, droppingBOM: $1) } : spaced(index)
        let cut = Int(r.cut)
        return cut > 0 ? t.sub(cut, t.count) : t
    }

    /// `body` given the bytes of line `index`'s stored text, without its `trimStart` and `trimEnd`
    /// bytes, and whether byte order marks are dropped in decoding them (they are from the file's
    /// lines, as `decoded` drops them).
    private func stored<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> R) -> R {
        let r = records[index]
        if let k = keptRange(index) {
            let a = k.lowerBound + Int(r.trimStart)
            let b = k.upperBound - Int(r.trimEnd)
            return converted.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[a..<b]), false) }
        }
        text.passed(Int(r.start))
        let a = Int(r.start) + Int(r.trimStart)
        let b = Int(r.end) - Int(r.trimEnd)
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[a..<b]), true) }
    }

    /// The cleaned text of lines `lines` (the blank and dropped ones add nothing), one after
    /// another, in one array of exactly their length: a line that only needed trimming is decoded
    /// straight into it (an array made for each line, then copied, was a twentieth of making a
    /// paragraph).
    func joinedCleaned(_ lines: ClosedRange<Int>) -> Scalars {
        var total = 0
        for i in lines { total += Int(records[i].count) }
        guard total > 0 else { return [] }
        // a short paragraph written into scratch space, then copied into an array of its length
        // (`init(unsafeUninitializedCapacity:)` allocates by the unspecialized path, more than the
        // copy of a short text: see `Scalars.init(utf8:droppingBOM:)`); a long one written in place
        guard total <= 1024 else { return Scalars(unsafeUninitializedCapacity: total) { $1 = joinCleaned(lines, into: $0) } }
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: total) { buffer in
            Scalars(UnsafeBufferPointer(rebasing: buffer[..<joinCleaned(lines, into: buffer)]))
        }
    }

    /// `joinedCleaned(lines)` written into `buffer` (room for their cleaned lengths); returns the
    /// scalars written.
    private func joinCleaned(_ lines: ClosedRange<Int>, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var k = 0
        for i in lines where records[i].count > 0 {
            let room = UnsafeMutableBufferPointer(rebasing: buffer[k...])
            if records[i].flags.contains(.cleanAsStored), records[i].cut == 0 {
                k += stored(i) { Scalars.decode(utf8: $0, droppingBOM: $1, into: room) }
            } else {
                k += room.initialize(from: cleaned(i)).1
            }
        }
        return k
    }

    /// Marks line `index` as cleaned by trimming alone (`cleanAsStored`): its stored text without
    /// the white space at its ends, when that is at most 255 bytes at each end.
    mutating func markCleanAsStored(_ index: Int) {
        let r = records[index]
        let trims: (UInt8, UInt8)? = {
            if let k = keptRange(index) {
                return converted.withUnsafeBufferPointer { Self.whiteSpaceAtEnds(UnsafeBufferPointer(rebasing: $0[k])) }
            }
            return text.withUTF8 { Self.whiteSpaceAtEnds(UnsafeBufferPointer(rebasing: $0[Int(r.start)..<Int(r.end)])) }
        }()
        guard let (start, end) = trims else { return }
        records[index].trimStart = start
        records[index].trimEnd = end
        records[index].flags.insert(.cleanAsStored)
    }

    /// The bytes of white space (`isSpace`, byte order marks included) that open and close the
    /// well-formed UTF-8 `b`; nil when either is more than 255 bytes.
    static func whiteSpaceAtEnds(_ b: UnsafeBufferPointer<UInt8>) -> (UInt8, UInt8)? {
        var a = 0
        while a < b.count {
            let (c, length) = scalar(in: b, at: a)
            guard c.isSpace else { break }
            a += length
        }
        var z = b.count
        while z > a {
            var s = z - 1
            while s > a, b[s] & 0xC0 == 0x80 { s -= 1 }
            guard scalar(in: b, at: s).scalar.isSpace else { break }
            z = s
        }
        guard a <= 255, b.count - z <= 255 else { return nil }
        return (UInt8(a), UInt8(b.count - z))
    }

    /// The scalar whose UTF-8 starts at `i` and its length in bytes (U+FFFD for a stray byte).
    private static func scalar(in b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let c = UInt32(b[i])
        let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        guard i + length <= b.count else { return ("\u{FFFD}", 1) }
        var v = length == 1 ? c : c & (0x7F >> length)
        for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", length)
    }

    /// Forgets what the screen decided (it reads the lines again).
    mutating func forgetScreening() {
        for i in records.indices {
            records[i].count = 0
            records[i].flags.subtract(.screened)
            records[i].trimStart = 0
            records[i].trimEnd = 0
        }
    }

    /// The cleaned line as a `SourceLine`.
    func sourceLine(_ index: Int) -> SourceLine {
        let flags = records[index].flags
        return SourceLine(
            number: index + 1, text: cleaned(index), traditional: flags.contains(.traditional),
            continuesPrevious: flags.contains(.continuesPrevious))
    }

    /// Keeps the text of line `index` after pinyin removal and conversion (it differs from the decoded line).
    mutating func keep(_ t: Scalars, at index: Int) {
        let start = UInt32(converted.count)
        t.appendUTF8(to: &converted)
        let slot = (line: UInt32(index), start: start, count: UInt32(converted.count) - start)
        records[index].flags.insert(.kept)
        // in order of the lines (the cleaner keeps them so): appended
        if keptAt.last.map({ $0.line < slot.line }) ?? true {
            keptAt.append(slot)
        } else if let k = keptSlot(index) {
            keptAt[k] = slot
        } else {
            keptAt.insert(slot, at: keptInsertion(index))
        }
    }

    /// Keeps `t`, what OpenCC is given for line `number` (1-based) after its pinyin went, in
    /// `converted` beside the kept lines (read only through `beforeAt`'s ranges).
    mutating func keepBeforeConversion(_ t: Scalars, number: Int) {
        let start = converted.count
        t.appendUTF8(to: &converted)
        beforeAt[number] = start..<converted.count
    }

    /// What `keepBeforeConversion` kept for line `number`, or nil.
    func beforeConversion(_ number: Int) -> Scalars? {
        guard let r = beforeAt[number] else { return nil }
        return converted[r].withUnsafeBufferPointer { Scalars(utf8: $0, droppingBOM: false) }
    }

    /// What OpenCC was given and gave for line `number` (1-based); nil when it was not converted.
    func convertedLine(_ number: Int) -> ConvertedLine? {
        guard number >= 1, number <= records.count, records[number - 1].flags.contains(.converted) else { return nil }
        return ConvertedLine(before: beforeConversion(number), after: stage2(number - 1))
    }
}

/// The lines the cleaner converted from Traditional to Simplified, by line number, read from the
/// line table (not kept as a dictionary of copies).
struct ConvertedLines: Sendable {
    private let table: LineTable?

    init() { table = nil }

    init(_ table: LineTable) { self.table = table }

    subscript(number: Int) -> ConvertedLine? { table?.convertedLine(number) }
}
