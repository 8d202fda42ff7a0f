/// A composed line: characters with origins relative to the text block's left edge.
public struct SetLine: Sendable, Equatable {
    /// Characters in reading order.
    public var chars: [Character]
    /// Origin x of each character, relative to the block's left edge.
    public var xs: [Double]
    /// Index of each character's run (style) in the input.
    public var runs: [Int]
    /// Left edge of the first character's em box.
    public var x0: Double
    /// Visual right edge: the last em box's right, half an em for a line-final 、，。.
    public var x1: Double
    /// Whether this is the paragraph's last line.
    public var isFinal: Bool
    /// Whether the line was spread or squeezed to both edges.
    public var justified: Bool

    /// The line's text.
    public var text: String { Self.string(chars[...]) }

    /// The characters as one string, put together from their UTF-8 bytes: `String(chars)` appends
    /// them one grapheme at a time (~17,000 instructions a line). The same text.
    public static func string(_ chars: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chars.count * 3)
        for c in chars { bytes.append(contentsOf: c.utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// How lines of a block are aligned.
public enum LineAlignment: String, Sendable, Equatable {
    /// Both edges flush, the last line ragged (body text).
    case justify
    /// Ragged right.
    case left
    /// Centred (a long title is broken into balanced lines).
    case center
    /// Flush right.
    case right
}

/// Breaks a paragraph into grid lines: unbreakable units (Han, Latin words and numbers with
/// their unit, doubled dashes), line-start/line-end prohibitions, punctuation compression
/// (先挤进，后推出), justification between units, no single character alone on the last line.
public struct LineComposer {
    /// Measures natural advances.
    public var measurer: any TextMeasurer
    /// Body size whose full-width characters sit on the grid.
    public var gridSize: Double
    /// Grid advance of one full-width body character (156 mm / 28).
    public var gridPitch: Double

    /// Stretch per gap (in em) above which a line squeezes punctuation to take in the next word.
    public var looseGap: Double = 0.125

    /// Space between a Han character and a Latin letter or digit, in em (clreq §3.4: at most 1/4 em).
    /// A tight line squeezes it as it squeezes punctuation; it is never set at a line's start or
    /// end or next to punctuation.
    public var latinSpace: Double = 0.25

    /// How much a justified line may widen each Han–Latin space before it stretches the Han gaps, in
    /// em (a quarter em more: the boundary reads as at most half an em).
    public var latinWiden: Double = 0.25

    /// Lines composed before (the `Typesetter`'s, shared by its composers), or nil to compose every time.
    public var memo: ComposeMemo? = nil

    public init(measurer: any TextMeasurer, gridSize: Double, gridPitch: Double) {
        self.measurer = measurer
        self.gridSize = gridSize
        self.gridPitch = gridPitch
    }

    struct Glyph {
        var char: Character
        var run: Int
        var advance: Double
        var visual: Double
        var pre: Double = 0
        var squeeze: Double = 0
        var opening: Bool
        var size: Double
        /// The font's own advance (a proportional “ in some kai fonts is narrower than its em box).
        var natural: Double = 0
        /// Han–Latin space after this glyph (when the next one is on the same line).
        var space: Double = 0
    }

    /// Whether a Han–Latin space goes between `a` and `b`: a Han character on one side, a Latin
    /// letter, a digit or a mark that ends a number (`%`) on the other.
    public static func latinBoundary(_ a: Character, _ b: Character) -> Bool {
        func western(_ c: Character) -> Bool { CJK.isWordCore(c) || CJK.wordSuffix.contains(c) && !CJK.isFullWidth(c) }
        return CJK.isHan(a) && western(b) || western(a) && CJK.isHan(b)
    }

    /// Advance of a full-width character in `style`.
    public func fullWidthAdvance(_ style: TextStyle) -> Double {
        abs(style.size - gridSize) < 0.01 ? gridPitch : style.size
    }

    /// How far a full-width character's em box reaches past its advance.
    public func overhang(_ style: TextStyle) -> Double {
        style.size - fullWidthAdvance(style)
    }

    func glyphs(_ runs: [(text: String, style: TextStyle)], tracking: Double) -> [Glyph] {
        var out: [Glyph] = []
        // each character's classes are asked once, here (the passes below read these flags):
        // composing asks about every character of every paragraph, several times per notice
        var han: [Bool] = []
        var western: [Bool] = []
        var closing: [Bool] = []
        for (ri, run) in runs.enumerated() {
            let style = run.style
            let size = style.size
            let fullAdvance = fullWidthAdvance(style)
            let natural = measurer.advances(of: run.text, style: style)
            let chars = Array(run.text)
            out.reserveCapacity(out.count + chars.count)
            for (ci, c) in chars.enumerated() {
                let full = CJK.isFullWidth(c)
                let doubled = CJK.doubled.contains(c)
                // —— and …… pairs are one 2-em glyph; a lone — or … keeps the font's own width
                let paired = doubled && (ci > 0 && chars[ci - 1] == c || ci + 1 < chars.count && chars[ci + 1] == c)
                let nat = ci < natural.count ? natural[ci] : size
                // —— and …… are one 2-em glyph in CJK fonts (ccmp): they keep their natural width
                let adv: Double
                if paired {
                    adv = size + tracking * size
                } else {
                    adv = (full && !doubled ? fullAdvance : (full ? max(nat, fullAdvance) : nat)) + tracking * size
                }
                let vis: Double
                if full {
                    // a line-final 、，。 counts half an em; a glyph narrower than its em box counts its own width
                    // (—— and …… pairs are one 2-em glyph: each half counts a full em)
                    if CJK.halfAtLineEnd.contains(c) {
                        vis = size / 2
                    } else if nat < size * 0.9, !paired {
                        vis = nat
                    } else {
                        vis = size
                    }
                } else {
                    vis = nat
                }
                out.append(Glyph(char: c, run: ri, advance: adv, visual: vis, opening: CJK.opening.contains(c), size: size, natural: nat))
                han.append(CJK.isHan(c))
                // as `latinBoundary`'s western(c)
                western.append(CJK.isWordCore(c) || CJK.wordSuffix.contains(c) && !full)
                closing.append(CJK.closing.contains(c))
            }
        }
        // Han–Latin space (clreq §3.4): `latinBoundary` from the flags
        if latinSpace > 0 {
            for i in out.indices.dropLast() where han[i] && western[i + 1] || western[i] && han[i + 1] {
                out[i].space = latinSpace * min(out[i].size, out[i + 1].size)
            }
        }
        // Adjacent punctuation: a closing mark followed by another mark loses its right half.
        for i in out.indices {
            let fullAdv = out[i].advance
            if closing[i], i + 1 < out.count, closing[i + 1] || out[i + 1].opening {
                out[i].pre = fullAdv / 2
            } else if out[i].opening, i > 0, out[i - 1].opening {
                // （“ : the second opening mark loses its empty left half
                out[i].pre = fullAdv / 2
            } else if closing[i] || out[i].opening {
                out[i].squeeze = fullAdv / 2
            }
        }
        return out
    }

    static func units(_ g: [Glyph]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        var i = 0
        let n = g.count
        while i < n {
            let c = g[i].char
            var j = i + 1
            // scalar values, not `Character` comparisons: a CJK character compared with "." takes the
            // string comparison's slow path (ASCII marks have no other canonically equal form)
            let scalar = CharacterClass.single(c)
            let decimal = (scalar == 0x2E || scalar == 0x2C) && i + 1 < n && CJK.isDigit(g[i + 1].char)
            if CJK.isWordCore(c) || decimal {
                while j < n {
                    if CJK.isWordCore(g[j].char) {
                        j += 1
                    } else if j + 1 < n, CJK.wordInfix.contains(g[j].char) || CharacterClass.single(g[j].char) == 0x20,
                        CJK.isWordCore(g[j + 1].char)
                    {
                        // 2.5, μg/m³, 2017~2018, and "GB/T 9704" (a space between Latin words does not break)
                        j += 2
                    } else if CJK.wordSuffix.contains(g[j].char) {
                        j += 1
                    } else {
                        break
                    }
                }
                // a number keeps the Han character after it (2.5万, 2025年)
                if j < n, CJK.isDigit(g[j - 1].char) || CJK.wordSuffix.contains(g[j - 1].char),
                    CJK.isDigit(c) && CJK.counters.contains(g[j].char) || CJK.numberUnits.contains(g[j].char)
                {
                    j += 1
                }
            } else if CJK.doubled.contains(c) {
                while j < n, g[j].char == c { j += 1 }
            }
            units.append(i..<j)
            i = j
        }
        return units
    }

    /// Character offsets in `text` where a line may break (after that many characters).
    public static func breakOpportunities(in text: String) -> [Int] {
        let g = text.map { Glyph(char: $0, run: 0, advance: 1, visual: 1, opening: false, size: 1) }
        let u = units(g)
        let ok = breakAllowed(g, u)
        return u.indices.dropLast().filter { ok[$0] }.map { u[$0].upperBound }
    }

    /// Pieces of a word too wide for a line: after / _ - . first, else single characters.
    static func splitWord(_ g: [Glyph], _ r: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = r.lowerBound
        for k in r where k + 1 < r.upperBound && "/_-.\\?&= ".contains(g[k].char) {
            pieces.append(start..<(k + 1))
            start = k + 1
        }
        pieces.append(start..<r.upperBound)
        if pieces.count == 1 { pieces = r.map { $0..<($0 + 1) } }
        return pieces
    }

    static func breakAllowed(_ g: [Glyph], _ units: [Range<Int>]) -> [Bool] {
        units.indices.map { k in
            guard k + 1 < units.count else { return true }
            let last = g[units[k].upperBound - 1].char
            let next = g[units[k + 1].lowerBound].char
            return !CJK.noLineStart.contains(next) && !CJK.noLineEnd.contains(last)
        }
    }

    /// Composes one block.
    /// - Parameters:
    ///   - runs: styled runs of the paragraph.
    ///   - width: text width in advance terms (the block width).
    ///   - firstIndent: indent of the first line, pt.
    ///   - indent: indent of the following lines, pt.
    ///   - rightIndent: right indent of every line, pt.
    ///   - alignment: justify / left / center / right.
    ///   - tracking: extra space after each character, em.
    ///   - loosen: lines from `loosenFrom` on are broken this much (pt) short of the measure and then
    ///     spread to it (伸行: a paragraph set a line longer to fill a page); negative, they take in up
    ///     to that much more by squeezing their punctuation (缩行: a line shorter, to make room).
    public func compose(
        _ runs: [(text: String, style: TextStyle)], width: Double, firstIndent: Double = 0, indent: Double = 0,
        rightIndent: Double = 0, alignment: LineAlignment = .justify, tracking: Double = 0, loosen: Double = 0,
        loosenFrom: Int = 0
    ) -> [SetLine] {
        guard let memo else {
            return composeLines(
                runs, width: width, firstIndent: firstIndent, indent: indent, rightIndent: rightIndent, alignment: alignment,
                tracking: tracking, loosen: loosen, loosenFrom: loosenFrom)
        }
        let numbers = [
            width, firstIndent, indent, rightIndent, tracking, loosen, gridSize, gridPitch, looseGap, latinSpace, latinWiden,
        ].map(\.bitPattern)
        let key = ComposeMemo.Key(
            runs: runs.map { ComposeMemo.Run(bytes: Array($0.text.utf8), style: $0.style) }, numbers: numbers,
            alignment: alignment, loosenFrom: loosenFrom)
        if let hit = memo.lookup(key) { return hit }
        let set = composeLines(
            runs, width: width, firstIndent: firstIndent, indent: indent, rightIndent: rightIndent, alignment: alignment,
            tracking: tracking, loosen: loosen, loosenFrom: loosenFrom)
        memo.store(key, set)
        return set
    }

    func composeLines(
        _ runs: [(text: String, style: TextStyle)], width: Double, firstIndent: Double, indent: Double, rightIndent: Double,
        alignment: LineAlignment, tracking: Double, loosen: Double, loosenFrom: Int
    ) -> [SetLine] {
        var g = glyphs(runs, tracking: tracking)
        guard !g.isEmpty else { return [] }
        let over = runs.first.map { overhang($0.style) } ?? 0
        let end = width + over - rightIndent
        var units = Self.units(g)
        var lines = breakLines(
            &g, &units, end: end, firstIndent: firstIndent, indent: indent, loosen: loosen, loosenFrom: loosenFrom)
        if alignment == .center, lines.count > 1 {
            // balanced: the narrowest measure that still gives the same number of lines
            var lo = end / Double(lines.count) * 0.8
            var hi = end
            var best = (lines: lines, g: g, units: units)
            for _ in 0..<14 {
                let mid = (lo + hi) / 2
                var g2 = g
                var u2 = units
                let trial = breakLines(&g2, &u2, end: mid, firstIndent: firstIndent, indent: indent)
                if trial.count <= lines.count {
                    // a narrower measure may split more words: keep the glyphs and units the spans index
                    best = (trial, g2, u2)
                    hi = mid
                } else {
                    lo = mid
                }
            }
            (lines, g, units) = best
        }
        return lines.map { r in
            place(g, units, r.s, r.e, end: end, indentX: r.first ? firstIndent : indent, final: r.final, alignment: alignment)
        }
    }

    struct Span {
        var s: Int
        var e: Int
        var first: Bool
        var final: Bool
    }

    /// Natural width of units s...e on one line (Han–Latin spaces included) and how much of it can
    /// be given up (the spaces and the squeezable halves of punctuation).
    func info(_ g: [Glyph], _ units: [Range<Int>], _ s: Int, _ e: Int) -> (natural: Double, squeeze: Double) {
        var nat = 0.0
        var sq = 0.0
        for u in s...e {
            for k in units[u] {
                nat += g[k].advance - g[k].pre
                sq += g[k].squeeze
            }
        }
        let lastK = units[e].upperBound - 1
        let firstK = units[s].lowerBound
        nat += g[lastK].visual - (g[lastK].advance - g[lastK].pre)
        sq -= g[lastK].squeeze
        if g[firstK].opening, firstK != lastK { sq -= g[firstK].squeeze }
        let sp = spaces(g, units, s, e)
        return (nat + sp, max(0, sq) + sp)
    }

    /// The Han–Latin spaces inside units s...e (none after the line's last glyph).
    func spaces(_ g: [Glyph], _ units: [Range<Int>], _ s: Int, _ e: Int) -> Double {
        let lastK = units[e].upperBound - 1
        var sp = 0.0
        for k in units[s].lowerBound..<lastK { sp += g[k].space }
        return sp
    }

    func breakLines(
        _ g: inout [Glyph], _ units: inout [Range<Int>], end: Double, firstIndent: Double, indent: Double, loosen: Double = 0,
        loosenFrom: Int = 0
    ) -> [Span] {
        let eps = 0.01
        var spans: [Span] = []
        var s = 0
        // a word wider than a whole line is broken up front, so the line before it fills up
        let full = end - min(firstIndent, indent)
        var u = 0
        while u < units.count {
            if units[u].count > 1, info(g, units, u, u).natural > full + eps {
                let pieces = Self.splitWord(g, units[u])
                units.replaceSubrange(u...u, with: pieces)
                if pieces.count > 1 { continue }
            }
            u += 1
        }
        var allowed = Self.breakAllowed(g, units)
        while s < units.count {
            let shift = spans.count >= loosenFrom ? loosen : 0
            if shift < 0 {
                // 缩行: the longest legal line that squeezing its punctuation brings within the measure,
                // reaching at most -shift past it
                let limit = end - (spans.isEmpty ? firstIndent : indent)
                var best: Int? = nil
                var k = s
                while k < units.count {
                    let (nat, sq) = info(g, units, s, k)
                    if nat - sq > limit + eps || nat > limit - shift + eps { break }
                    if allowed[k] { best = k }
                    k += 1
                }
                if let b = best {
                    spans.append(Span(s: s, e: b, first: spans.isEmpty, final: b == units.count - 1))
                    s = b + 1
                    continue
                }
            }
            let target = end - (spans.isEmpty ? firstIndent : indent) - max(0, shift)
            // 1. the natural break: as much as fits set solid
            // `info(g, units, s, e).natural` for each e, its sums carried from one e to the next (the
            // same additions in the same order, so the same numbers) instead of made again from s
            var natural: Int? = nil
            var e = s
            var solid = 0.0  // Σ advance − pre over units s...e
            var spaced = 0.0  // Σ space over glyphs before units[e]'s last
            var spaceK = units[s].lowerBound
            while e < units.count {
                for j in units[e] { solid += g[j].advance - g[j].pre }
                let lastK = units[e].upperBound - 1
                while spaceK < lastK {
                    spaced += g[spaceK].space
                    spaceK += 1
                }
                let nat = solid + (g[lastK].visual - (g[lastK].advance - g[lastK].pre)) + spaced
                if nat > target + eps { break }
                natural = e
                e += 1
            }
            // the first legal break from `k` on that fits with its punctuation squeezed (先挤进)
            func squeezedBreak(from k: Int) -> Int? {
                for k in k..<max(k, units.count) {
                    let (nat, sq) = info(g, units, s, k)
                    if nat - sq > target + eps { return nil }
                    if allowed[k] { return k }
                }
                return nil
            }
            var best: Int? = nil
            if let n = natural, allowed[n], n + 1 < units.count, n > s,
                (target - info(g, units, s, n).natural) / Double(n - s) > looseGap * g[units[s].lowerBound].size
            {
                // the break leaves a loose line (a wide word did not fit): squeezing punctuation to take
                // the word in is better than spreading the gap (先挤进)
                best = squeezedBreak(from: n + 1)
            }
            if best != nil {
                // squeezed in
            } else if let n = natural, allowed[n] {
                best = n
            } else {
                // 2. 先挤进: squeeze punctuation to reach the next legal break
                best = squeezedBreak(from: (natural ?? s - 1) + 1)
                // 3. 后推出: push back to the last legal break that fits
                if best == nil, let n = natural {
                    var k = n
                    while k >= s {
                        if allowed[k] {
                            best = k
                            break
                        }
                        k -= 1
                    }
                }
            }
            if best == nil {
                if natural == nil, info(g, units, s, s).natural - info(g, units, s, s).squeeze > target + eps {
                    // even one unit does not fit: split a long word into characters
                    if units[s].count > 1 {
                        // a word wider than the line: break after / _ - . first, else between characters
                        units.replaceSubrange(s...s, with: Self.splitWord(g, units[s]))
                        allowed = Self.breakAllowed(g, units)
                        continue
                    }
                    best = s
                } else {
                    best = natural ?? s
                }
            }
            let b = best ?? s
            spans.append(Span(s: s, e: b, first: spans.isEmpty, final: b == units.count - 1))
            s = b + 1
        }
        // 孤字不成行: one character (plus punctuation) alone on the last line
        if spans.count >= 2, let last = spans.last, isOrphan(g, units, last) {
            let prev = spans[spans.count - 2]
            let target = end - indent
            var k = prev.e - 1
            while k >= prev.s {
                if allowed[k] {
                    let (nat, sq) = info(g, units, k + 1, last.e)
                    if nat - sq <= target + eps {
                        spans[spans.count - 2].e = k
                        spans[spans.count - 1].s = k + 1
                    }
                    break
                }
                k -= 1
            }
        }
        return spans
    }

    func isOrphan(_ g: [Glyph], _ units: [Range<Int>], _ span: Span) -> Bool {
        var letters = 0
        for u in span.s...span.e {
            for k in units[u] where CJK.isHan(g[k].char) || CJK.isWordCore(g[k].char) {
                letters += 1
            }
        }
        return letters == 1
    }

    func place(
        _ g: [Glyph], _ units: [Range<Int>], _ s: Int, _ e: Int, end: Double, indentX: Double, final: Bool,
        alignment: LineAlignment
    ) -> SetLine {
        let target = end - indentX
        let (nat, sq) = info(g, units, s, e)
        let diff = target - nat
        var ratio = 0.0
        var stretch = 0.0
        var keep = 1.0  // share of the Han–Latin spaces kept
        var restore = 0.0  // share of adjacent punctuation's compression given back
        var widen = 0.0  // added at each Han–Latin boundary
        var justified = false
        let firstK = units[s].lowerBound
        let lastK = units[e].upperBound - 1
        // gaps that take stretch: between units, and at a Han–Latin boundary inside a unit (2.5|万)
        var gaps = e - s
        for u in s...e {
            for k in units[u].dropLast() where g[k].space > 0 { gaps += 1 }
        }
        if diff < -0.001, sq > 0 {
            // squeeze punctuation and the Han–Latin spaces alike (先挤进), so no one gap closes up
            ratio = min(1, -diff / sq)
            keep = 1 - ratio
            justified = true
        } else if diff > 0, !final, alignment == .justify, gaps > 0 {
            // The Han characters stay on the 28-character grid where the line allows it: the leftover
            // first gives back what adjacent punctuation gave up (。” set as two full ems, as on a
            // 公文 grid), then widens the Han–Latin boundaries (clreq §3.4 puts the stretch there and
            // between Han characters, never inside a number) up to half an em, and only the rest is
            // spread over every gap. A line of dates and counts otherwise stretches all its Han gaps,
            // and a notice full of them reads as 27 characters to the line.
            var rest = diff
            let given = (firstK..<lastK).reduce(0.0) { $0 + g[$1].pre }
            if given > 0 {
                restore = min(1, rest / given)
                rest -= restore * given
            }
            let boundaries = (firstK..<lastK).filter { g[$0].space > 0 }
            if !boundaries.isEmpty, rest > 0 {
                let room = boundaries.map { latinWiden * g[$0].size }.min() ?? 0
                widen = min(room, rest / Double(boundaries.count))
                rest -= widen * Double(boundaries.count)
            }
            stretch = rest / Double(gaps)
            justified = true
        }
        var x = indentX
        var chars: [Character] = []
        var xs: [Double] = []
        var runs: [Int] = []
        for u in s...e {
            for k in units[u] {
                let keepWhole = k == lastK || (k == firstK && g[k].opening)
                let comp = g[k].pre * (k == lastK ? 1 : 1 - restore) + (keepWhole ? 0 : g[k].squeeze * ratio)
                // an opening mark's ink sits at the right of its box, even when the glyph is narrower than an em
                let origin = g[k].opening ? x - comp + max(0, g[k].size - g[k].natural) : x
                chars.append(g[k].char)
                xs.append(origin)
                runs.append(g[k].run)
                x += g[k].advance - comp
                if k != lastK, g[k].space > 0 {
                    x += g[k].space * keep + widen
                    if k + 1 < units[u].upperBound { x += stretch }
                }
            }
            if u < e { x += stretch }
        }
        var x0 = xs.first ?? indentX
        var x1 = (xs.last ?? indentX) + g[lastK].visual
        var shift = 0.0
        switch alignment {
        case .center: shift = (end - x1 - x0) / 2
        case .right: shift = end - x1
        default: break
        }
        if shift != 0 {
            xs = xs.map { $0 + shift }
            x0 += shift
            x1 += shift
        }
        return SetLine(chars: chars, xs: xs, runs: runs, x0: x0, x1: x1, isFinal: final, justified: justified)
    }
}
