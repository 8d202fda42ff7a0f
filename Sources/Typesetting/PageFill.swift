/// 伸行 (running a paragraph one line longer) for a text page that a keep-with-next left short.
///
/// A heading never stands alone at a page foot (背题): it goes on with the start of what it leads
/// into. On a 22-line grid that leaves the page one or two lines short, which GB/T 9704 pages (and
/// pdfcheck's strict profile) do not allow on a text page. Chinese typesetting fills such a page
/// by 伸行: a paragraph on the page gives up a character on a few of its last lines, spread to the
/// full measure, and runs one line longer. The flow is set again from that paragraph with the
/// longer version; the page is then full and what was kept together still starts the next page.
struct PageFill {
    let setter: Typesetter
    let blocks: [Block]

    /// The most lines a page is filled by: more would loosen too much of one page.
    static let maxLines = 2

    /// `flow` after block `index` moved on from page `page` (1-based), which it left short: the
    /// flow set again with one or two paragraphs of that page run longer so that the page is full,
    /// and the flows before each block from the first paragraph set again; nil when no paragraph
    /// of the page can do it (or the page is not a page of running text).
    func fill(
        _ flow: Flow, page: Int, after index: Int, before: [Int: Flow]
    ) -> (flow: Flow, before: [Int: Flow])? {
        let lines = setter.layout.grid.linesPerPage
        guard setter.layout.grid.loosenChars > 0, page >= 1, page <= flow.pageEnds.count else { return nil }
        let free = lines - flow.pageEnds[page - 1]
        guard free > 0, free <= Self.maxLines else { return nil }
        switch blocks[index] {
        case .endBlock, .pageBreak: return nil  // the 版记 and a forced break end a page where they must
        default: break
        }
        let frames = flow.pages[page - 1].frames
        guard !frames.contains(where: { if case .box = $0 { return true } else { return false } }) else { return nil }
        // the paragraphs that start on the page, and how each would run one or two lines longer
        let st = setter.layout.style("body")
        var options: [(blocks: [Int: Int], cost: Int)] = []
        var single: [(block: Int, cost: Int)] = []
        for (j, start) in before where j < index && Self.startPage(start) == page {
            guard case .paragraph(let inlines) = blocks[j] else { continue }
            let n = flow.pages[page - 1].lines.filter { $0.block == j && $0.kind == .body }.count
            guard n > 0, flow.pages[page...].allSatisfy({ !$0.lines.contains { $0.block == j } }) else { continue }
            let runs = setter.runs(inlines, base: st)
            // the first page need not be full (the 版头 above): only the lightest 伸行 for its looks
            let most = page == 1 ? 1 : Int.max
            if let one = flow.loosenedLines(runs, style: st, lines: n + 1, maxChars: most) { single.append((j, one.cost)) }
            if free == 2, let two = flow.loosenedLines(runs, style: st, lines: n + 2, maxChars: most) {
                options.append(([j: 2], two.cost * 2))
            }
        }
        if free == 1 {
            options += single.map { ([$0.block: 1], $0.cost) }
        } else {
            for (x, a) in single.enumerated() {
                for b in single[(x + 1)...] { options.append(([a.block: 1, b.block: 1], a.cost + b.cost)) }
            }
        }
        // the least loosening first; between equals, the paragraph nearest the page foot
        options.sort { ($0.cost, -($0.blocks.keys.max() ?? 0)) < ($1.cost, -($1.blocks.keys.max() ?? 0)) }
        for option in options.prefix(4) {
            guard let first = option.blocks.keys.min(), var start = before[first] else { continue }
            start.loosened.merge(flow.loosened) { $1 }
            start.loosened.merge(option.blocks) { $1 }
            let (f, saved) = reflow(start, from: first, through: index, before: before)
            // the page is full now, and what followed starts where it did
            if f.pageEnds.count >= page, f.pageEnds[page - 1] == lines, f.pages.count == flow.pages.count, f.slot == flow.slot {
                return (f, saved)
            }
        }
        return nil
    }

    /// The most lines the paragraphs before the 版记 are set longer or shorter by, all together (one
    /// line per paragraph): a line more than a 版记 of one 抄送 line and the 印发 line takes, which
    /// a text that runs a line onto an odd page needs to come back with it.
    static let maxEndLines = 4

    /// `flow` after the 版记 (block `index`) left the text's last page `page`: the flow set again
    /// with paragraphs near the end a line longer or shorter, so that no text page before the 版记
    /// page is left short and no page is blank (GB/T 9704 7.3.5: where the room left does not suit,
    /// line and character spacing are adjusted). In order:
    /// - the 版记 did not fit at the foot of an even page: paragraphs of that page and the one
    ///   before run a line shorter (缩行) until it does;
    /// - the text ends part-way down an odd page, the 版记 on the even page after it: paragraphs
    ///   of that page run a line longer (伸行) until it is full, so the 版记 page follows a full page;
    /// - the text runs a line or so onto an odd page: paragraphs of it and of the even page before
    ///   run a line shorter until the text and the 版记 fit on that even page.
    /// nil when none of these reaches its page within `maxEndLines` lines (the 版记 then goes where
    /// the flow put it), or when the layout sets no 版记 on an even page or loosens nothing.
    func makeRoom(_ flow: Flow, page: Int, after index: Int, before: [Int: Flow]) -> (flow: Flow, before: [Int: Flow])? {
        let lines = setter.layout.grid.linesPerPage
        guard setter.layout.grid.loosenChars > 0, case .endBlock = blocks[index], page >= 1, page <= flow.pageEnds.count
        else { return nil }
        let even = setter.layout.parts.endBlockOnEvenPage
        // earlier pages keep what they hold: a re-set paragraph may not leave one of them shorter
        func keeps(_ f: Flow, through last: Int) -> Bool {
            (0..<min(last, f.pageEnds.count, flow.pageEnds.count)).allSatisfy { f.pageEnds[$0] >= flow.pageEnds[$0] }
        }
        if !even || page % 2 == 0 {
            // the 版记 on this page, under a shorter text
            return adjust(flow, text: page, by: -1, after: index, before: before) { f in
                f.pages.count == page && keeps(f, through: page - 1)
            }
        }
        guard page > 1 else { return nil }  // the first page need not be full (the 版头 above)
        let free = lines - flow.pageEnds[page - 1]
        if free > 0, free <= Self.maxEndLines, flow.pages.count == page + 1,
            let filled = adjust(
                flow, text: page, by: 1, least: free, after: index, before: before,
                { f in
                    f.pages.count == page + 1 && f.pageEnds[page - 1] == lines && keeps(f, through: page - 1)
                })
        {
            return filled
        }
        // the text's lines on this page and at least one for the 版记 come back
        return adjust(flow, text: page, by: -1, least: flow.pageEnds[page - 1] + 1, after: index, before: before) { f in
            f.pages.count == page - 1 && keeps(f, through: page - 2)
        }
    }

    /// `flow` set again with `least`…`maxEndLines` paragraphs that end on the pages `text - 1`…`text`
    /// (the text's last two pages) a line longer (`by` 1) or shorter (-1) each, the fewest and the
    /// least loosening first, until `accept` takes the result.
    func adjust(
        _ flow: Flow, text page: Int, by sign: Int, least: Int = 1, after index: Int, before: [Int: Flow],
        _ accept: (Flow) -> Bool
    ) -> (flow: Flow, before: [Int: Flow])? {
        let st = setter.layout.style("body")
        var single: [(block: Int, cost: Int)] = []
        for (j, start) in before where j < index && Self.startPage(start) >= page - 1 {
            guard case .paragraph(let inlines) = blocks[j] else { continue }
            let n = flow.pages.reduce(0) { $0 + $1.lines.filter { $0.block == j && $0.kind == .body }.count }
            guard n > (sign < 0 ? 1 : 0), flow.pages[min(page, flow.pages.count)...].allSatisfy({ !$0.lines.contains { $0.block == j } })
            else { continue }
            // the first page need not be full (the 版头 above): only the lightest 伸行 for its looks
            let most = sign > 0 && Self.startPage(start) == 1 ? 1 : Int.max
            if let one = flow.loosenedLines(setter.runs(inlines, base: st), style: st, lines: n + sign, maxChars: most) {
                single.append((j, one.cost))
            }
        }
        // the cheapest few, and between equals the paragraph nearest the page foot
        single.sort { ($0.cost, -$0.block) < ($1.cost, -$1.block) }
        let pool = Array(single.prefix(6))
        var tried = 0
        guard least >= 1, least <= min(Self.maxEndLines, pool.count) else { return nil }
        for count in least...min(Self.maxEndLines, pool.count) {
            var options: [(blocks: [Int], cost: Int)] = []
            func choose(_ from: Int, _ picked: [Int], _ cost: Int) {
                if picked.count == count {
                    options.append((picked, cost))
                    return
                }
                guard from < pool.count else { return }
                for x in from..<pool.count { choose(x + 1, picked + [pool[x].block], cost + pool[x].cost) }
            }
            choose(0, [], 0)
            options.sort { ($0.cost, -($0.blocks.max() ?? 0)) < ($1.cost, -($1.blocks.max() ?? 0)) }
            for option in options.prefix(4) {
                guard let first = option.blocks.min(), var start = before[first] else { continue }
                // what was set longer or shorter since stays so
                start.loosened.merge(flow.loosened) { $1 }
                for j in option.blocks { start.loosened[j] = sign }
                let (f, saved) = reflow(start, from: first, through: index, before: before)
                tried += 1
                if accept(f) { return (f, saved) }
                if tried >= 12 { return nil }  // each try sets the last pages again
            }
        }
        return nil
    }

    /// `flow` after the 版记 (block `index`) did not fit under a text that ends on an even page
    /// `page` with a table, and went past a blank page to the next even one: the flow set again
    /// with the whole table and the caption above it moved on to the next page where that leaves
    /// no text page short (else with the page's paragraphs a line longer to fill it, else with
    /// only the table's last rows moved on, under its header repeated), so that no page
    /// is blank and every page stays numbered; nil when the text ends otherwise, the table starts
    /// the page anyway, or the move gains nothing. GB/T 9704 7.5 allows the blank page, but a
    /// director hands on no blank sheet, and the strict profile of pdfcheck refuses one, as it
    /// refuses a page of running text left short before a page that starts with a table.
    func pullTable(_ flow: Flow, page: Int, after index: Int, before: [Int: Flow]) -> (flow: Flow, before: [Int: Flow])? {
        guard case .endBlock = blocks[index], index > 0, flow.pages.count == page + 2, flow.pages[page].frames.isEmpty,
            case .table(let table) = blocks[index - 1]
        else { return nil }
        var first = index - 1
        if first > 0, case .caption = blocks[first - 1] { first -= 1 }
        guard var start = before[first], Self.startPage(start) == page, start.slot > 0 else { return nil }
        start.loosened.merge(flow.loosened) { $1 }
        func hasTable(_ f: Flow, _ p: Int) -> Bool {
            p >= 1 && p <= f.pages.count && f.pages[p - 1].frames.contains { if case .box = $0 { return true } else { return false } }
        }
        func gains(_ f: Flow) -> Bool { f.pages.count <= flow.pages.count && f.unnumbered.isEmpty && hasTable(f, page + 1) }
        var whole = start
        whole.newPage()
        let moved = reflow(whole, from: first, through: index, before: before)
        // a page of running text (not the first) left short is what pdfcheck refuses as well
        let leftShort = page > 1 && moved.0.pageEnds.count >= page && moved.0.pageEnds[page - 1] < setter.layout.grid.linesPerPage
        if gains(moved.0), !leftShort { return moved }
        let lines = setter.layout.grid.linesPerPage
        if leftShort, moved.0.pageEnds.count >= page, lines - moved.0.pageEnds[page - 1] <= Self.maxEndLines,
            let filled = adjust(
                flow, text: page, by: 1, least: lines - moved.0.pageEnds[page - 1], after: index, before: before,
                { f in
                    f.pageEnds.count >= page && f.pageEnds[page - 1] == lines && gains(f)
                })
        {
            // the page's paragraphs run a line longer (伸行) and the table starts the next page
            return filled
        }
        // the fewest last rows on: the table then ends the page it starts on
        for r in stride(from: table.rows.count - 1, through: 1, by: -1) {
            var split = start
            split.tableBreaks[index - 1] = r
            let f = reflow(split, from: first, through: index, before: before)
            if gains(f.0), hasTable(f.0, page) { return f }
        }
        return gains(moved.0) ? moved : nil
    }

    /// `flow` with blocks `first…index` set again from it, and the flow before each of them (what
    /// the caller keeps to set a block again later).
    func reflow(_ flow: Flow, from first: Int, through index: Int, before: [Int: Flow]) -> (Flow, [Int: Flow]) {
        var f = flow
        var saved = before
        for k in first...index {
            saved[k] = f
            f.add(blocks[k], index: k, following: blocks[(k + 1)...])
        }
        return (f, saved)
    }

    /// The page a block set from `flow` starts on.
    static func startPage(_ flow: Flow) -> Int {
        flow.slot >= flow.lines ? flow.pages.count + 1 : flow.pages.count
    }
}
