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
            start.loosened.merge(option.blocks) { $1 }
            let (f, saved) = reflow(start, from: first, through: index, before: before)
            // the page is full now, and what followed starts where it did
            if f.pageEnds.count >= page, f.pageEnds[page - 1] == lines, f.pages.count == flow.pages.count, f.slot == flow.slot {
                return (f, saved)
            }
        }
        return nil
    }

    /// `flow` after the 版记 (block `index`) did not fit under the text of page `page`: the flow set
    /// again with one or two paragraphs of that page a line shorter (缩行: their last lines take in
    /// more by squeezing punctuation) so that the 版记 fits at its foot; nil when none can make the
    /// room, or when the 版记 goes on the next page anyway (an odd page, the 版记 on an even one).
    /// Without it the text page is left short, or a blank page goes before the 版记 (GB/T 9704
    /// 7.5), which the strict profile of pdfcheck refuses.
    func makeRoom(_ flow: Flow, page: Int, after index: Int, before: [Int: Flow]) -> (flow: Flow, before: [Int: Flow])? {
        guard setter.layout.grid.loosenChars > 0, case .endBlock = blocks[index], page >= 1, page <= flow.pages.count else {
            return nil
        }
        if setter.layout.parts.endBlockOnEvenPage, page % 2 == 1 { return nil }
        let st = setter.layout.style("body")
        var single: [(block: Int, cost: Int)] = []
        for (j, start) in before where j < index && Self.startPage(start) == page {
            guard case .paragraph(let inlines) = blocks[j] else { continue }
            let n = flow.pages[page - 1].lines.filter { $0.block == j && $0.kind == .body }.count
            guard n > 1, flow.pages[page...].allSatisfy({ !$0.lines.contains { $0.block == j } }) else { continue }
            if let one = flow.loosenedLines(setter.runs(inlines, base: st), style: st, lines: n - 1) { single.append((j, one.cost)) }
        }
        var options: [(blocks: [Int: Int], cost: Int)] = single.map { ([$0.block: -1], $0.cost) }
        for (x, a) in single.enumerated() {
            for b in single[(x + 1)...] { options.append(([a.block: -1, b.block: -1], a.cost + b.cost)) }
        }
        options.sort { ($0.cost, -($0.blocks.keys.max() ?? 0)) < ($1.cost, -($1.blocks.keys.max() ?? 0)) }
        for option in options.prefix(6) {
            guard let first = option.blocks.keys.min(), var start = before[first] else { continue }
            start.loosened.merge(option.blocks) { $1 }
            let (f, saved) = reflow(start, from: first, through: index, before: before)
            if f.pages.count == page { return (f, saved) }
        }
        return nil
    }

    /// `flow` after the 版记 (block `index`) did not fit under a text that ends on an even page
    /// `page` with a table, and went past a blank page to the next even one: the flow set again
    /// with that table (and the caption above it) moved on to the next page, so that no page is
    /// blank and both stay numbered; nil when the text ends otherwise, the table starts the page
    /// anyway, or the move gains nothing. GB/T 9704 7.5 allows the blank page, but a director
    /// hands on no blank sheet, and the strict profile of pdfcheck refuses one.
    func pullTable(_ flow: Flow, page: Int, after index: Int, before: [Int: Flow]) -> (flow: Flow, before: [Int: Flow])? {
        guard case .endBlock = blocks[index], index > 0, flow.pages.count == page + 2, flow.pages[page].frames.isEmpty,
            case .table = blocks[index - 1]
        else { return nil }
        var first = index - 1
        if first > 0, case .caption = blocks[first - 1] { first -= 1 }
        guard var f = before[first], Self.startPage(f) == page, f.slot > 0 else { return nil }
        f.newPage()
        let (moved, saved) = reflow(f, from: first, through: index, before: before)
        f = moved
        guard f.pages.count <= flow.pages.count, f.unnumbered.isEmpty, !f.pages[page].frames.isEmpty else { return nil }
        return (f, saved)
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
