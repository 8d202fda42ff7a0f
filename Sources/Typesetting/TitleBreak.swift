/// Where a centred title (or caption) that needs more than one line is broken: at word
/// boundaries, into balanced lines that form a trapezoid or a diamond (GB/T 9704 §7.3.3), never
/// inside a number, a date (`7月30日`, `2017年`, `第30周`) or a Latin word.
///
/// The engine has no dictionary. Every legal break gets a cost: a boundary the layout names
/// (`[title_breaks]`: after `关于`, `）`, `的` …, before `的通报` …) or a general one (after a
/// closing bracket, a comma or 、) costs nothing, a break between two Han characters costs
/// `tolerance` characters of imbalance (it may split a word), a break inside brackets or between
/// the parts of a date costs more. The lines chosen minimise cost + imbalance (in characters),
/// with the fewest lines that fit.
public struct TitleBreak {
    /// Costs of the boundaries.
    public var prefs: TitleBreaks

    public init(prefs: TitleBreaks) {
        self.prefs = prefs
    }

    /// The cost of breaking `chars` before index `k` (in characters of imbalance), nil if the
    /// break would split a date or a number.
    public func cost(_ chars: [Character], at k: Int) -> Double? {
        guard k > 0, k < chars.count else { return nil }
        let a = chars[k - 1]
        let b = chars[k]
        let digitBefore = k >= 2 && CJK.isDigit(chars[k - 2])
        // 第|30周, 7月|30日, 2017年|1月: one unit
        if CJK.ordinalPrefixes.contains(a), CJK.isDigit(b) { return nil }
        if CJK.isDigit(b), digitBefore, CJK.dateParts.contains(a) { return nil }
        let head = String(chars[..<k])
        let tail = String(chars[k...])
        var c: Double
        if prefs.after.contains(where: { head.hasSuffix($0) }) || prefs.before.contains(where: { tail.hasPrefix($0) }) {
            c = 0
        } else if CJK.closing.contains(a) {
            c = 0
        } else if CJK.isHan(a) && CJK.isHan(b) {
            c = prefs.tolerance
        } else {
            // a Han–Latin boundary or next to punctuation: a word boundary, but not a phrase one
            c = prefs.tolerance / 2
        }
        // 2017年|第30周 and 7月24日—|7月30日: parts of one date
        if CJK.yearMarks.contains(a), digitBefore, CJK.ordinalPrefixes.contains(b) || CJK.isDigit(b) { c += 2 * prefs.tolerance }
        if CJK.rangeMarks.contains(a), CJK.isDigit(b) { c += 2 * prefs.tolerance }
        // inside brackets
        var depth = 0
        for ch in chars[..<k] {
            if CJK.opening.contains(ch) { depth += 1 } else if CJK.closing.contains(ch), depth > 0 { depth -= 1 }
        }
        if depth > 0 { c += prefs.tolerance }
        return c
    }

    /// The shape cost of lines of these widths (in em): the spread between the longest and the
    /// shortest line, plus a penalty for a shape that is neither a trapezoid nor a diamond (a
    /// two-line title prefers its first line as long or longer).
    public static func shapeCost(_ w: [Double]) -> Double {
        guard let mx = w.max(), let mn = w.min() else { return 0 }
        var c = mx - mn
        let slack = 0.5
        if w.count == 2 {
            if w[1] > w[0] + slack { c += 1.5 }
        } else {
            // rises then falls (diamond, or a trapezoid either way up); a dip in the middle is an hourglass
            var k = 1
            while k < w.count, w[k] >= w[k - 1] - slack { k += 1 }
            while k < w.count, w[k] <= w[k - 1] + slack { k += 1 }
            if k < w.count { c += 2 }
        }
        return c
    }
}

extension LineComposer {
    /// Most break combinations a title's search tries (a real title needs a few thousand).
    static let searchBudget = 200_000

    /// The lines of a centred title of one style, broken by `TitleBreak` with the fewest lines
    /// that fit `width`; nil when no break fits (the caller composes as usual).
    public func titleLines(_ text: String, style: TextStyle, width: Double, prefs: TitleBreaks, maxLines: Int = 5)
        -> [String]?
    {
        let g = glyphs([(text: text, style: style)], tracking: 0)
        let n = g.count
        guard n > 1 else { return nil }
        let chars = g.map(\.char)
        let end = width + overhang(style)
        // prefix sums of the advances: width of chars a..<b set solid, the last one by its visual width
        var sum = [0.0]
        for k in 0..<n { sum.append(sum[k] + g[k].advance - g[k].pre + g[k].space) }
        func lineWidth(_ a: Int, _ b: Int) -> Double {
            let last = g[b - 1]
            return sum[b] - sum[a] - (last.advance - last.pre + last.space) + last.visual
        }
        let breaker = TitleBreak(prefs: prefs)
        let units = Self.units(g)
        let allowed = Self.breakAllowed(g, units)
        var cuts: [(k: Int, cost: Double)] = []
        for u in units.indices.dropLast() where allowed[u] {
            let k = units[u].upperBound
            if let c = breaker.cost(chars, at: k) { cuts.append((k, c)) }
        }
        guard !cuts.isEmpty else { return nil }
        let em = style.size
        let fewest = max(2, Int((lineWidth(0, n) / end).rounded(.up)))
        // A title longer than maxLines is composed as usual; the search below tries combinations
        // of cuts, so it also stops after `searchBudget` steps (a title of 200 '<' once hung it).
        guard fewest <= maxLines else { return nil }
        var steps = 0
        // the fewest lines that fit, or one more when that avoids a bad break (an extra line costs
        // twice the tolerance)
        var chosen: (cost: Double, ks: [Int])? = nil
        var firstFit: Int? = nil
        for lines in fewest...max(fewest, maxLines) {
            guard lines - 1 <= cuts.count else { break }
            if let f = firstFit, lines > f + 1 { break }
            var best: (cost: Double, ks: [Int])? = nil
            // choose lines-1 cuts in order; prune a line that does not fit
            func search(_ from: Int, _ start: Int, _ chosen: [Int], _ cost: Double) {
                steps += 1
                if steps > Self.searchBudget { return }
                if chosen.count == lines - 1 {
                    guard lineWidth(start, n) <= end + 0.01 else { return }
                    var ws: [Double] = []
                    var s = 0
                    for k in chosen + [n] {
                        ws.append(lineWidth(s, k) / em)
                        s = k
                    }
                    let total = cost + TitleBreak.shapeCost(ws)
                    if best == nil || total < (best?.cost ?? 0) - 1e-9 { best = (total, chosen) }
                    return
                }
                var i = from
                while i < cuts.count {
                    let k = cuts[i].k
                    if lineWidth(start, k) > end + 0.01 { break }
                    search(i + 1, k, chosen + [k], cost + cuts[i].cost)
                    i += 1
                }
            }
            search(0, 0, [], 0)
            if let b = best {
                let f = firstFit ?? lines
                firstFit = f
                let total = b.cost + Double(lines - f) * 2 * prefs.tolerance
                if chosen == nil || total < (chosen?.cost ?? 0) - 1e-9 { chosen = (total, b.ks) }
            }
        }
        guard let ks = chosen?.ks else { return nil }
        var out: [String] = []
        var s = 0
        for k in ks + [n] {
            out.append(String(chars[s..<k]))
            s = k
        }
        return out
    }
}
