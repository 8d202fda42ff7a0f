import Foundation

/// The vertical flow: places composed lines on grid slots, breaks pages, adds furniture.
struct Flow {
    let setter: Typesetter
    var pages: [PageFrames] = []
    var outline: [OutlineEntry] = []
    var warnings: [String] = []
    /// What could not be set truthfully (a chart label wider than any room for it): the
    /// self-check refuses a document that has any.
    var faults: [Violation] = []
    var slot = 0
    /// Pages that carry no page number (a blank page before the 版记 page, and that page).
    var unnumbered = Set<Int>()
    /// Paragraphs (by block index) set this many lines longer to fill their page (伸行), or shorter
    /// (negative) to make room for the 版记 (缩行).
    var loosened: [Int: Int] = [:]
    /// Tables (by block index) broken to the next page before this row (PageFill, when a table
    /// that would fit whole leaves no room for the 版记).
    var tableBreaks: [Int: Int] = [:]
    /// The grid lines used on each closed page when it was closed (a page another block's
    /// keep-with-next left short has fewer than `lines`).
    var pageEnds: [Int] = []

    init(setter: Typesetter) {
        self.setter = setter
        newPage()
    }

    var layout: Layout { setter.layout }
    var L: Double { layout.page.blockLeft }
    var T: Double { layout.page.blockTop }
    var W: Double { layout.page.blockWidth }
    var H: Double { layout.page.blockHeight }
    var P: Double { setter.linePitch }
    var a: Double { setter.charPitch }
    var lines: Int { layout.grid.linesPerPage }

    mutating func newPage() {
        if !pages.isEmpty { pageEnds.append(min(slot, lines)) }
        pages.append(PageFrames(number: pages.count + 1, width: layout.page.width, height: layout.page.height))
        slot = 0
    }

    var pageIsEmpty: Bool { pages.last?.frames.isEmpty ?? true }

    mutating func ensure(_ n: Int) {
        if slot + n > lines, !(slot == 0) { newPage() }
    }

    mutating func emit(_ f: Frame) {
        pages[pages.count - 1].frames.append(f)
    }

    mutating func record(_ r: LineRecord) {
        pages[pages.count - 1].lines.append(r)
    }

    /// Turns a set line into text runs at `baseline`.
    mutating func emitLine(
        _ line: SetLine, runs: [(text: String, style: TextStyle)], baseline: Double, kind: LineKind, slot: Int?,
        block: Int
    ) {
        var i = 0
        while i < line.chars.count {
            let r = line.runs[i]
            var j = i
            while j < line.chars.count, line.runs[j] == r { j += 1 }
            let text = SetLine.string(line.chars[i..<j])
            let xs = line.xs[i..<j].map { $0 + L }
            emit(.text(TextRun(text: text, xs: xs, baseline: baseline, style: runs[r].style)))
            i = j
        }
        record(
            LineRecord(
                kind: kind, slot: slot, baseline: baseline, x0: line.x0 + L, x1: line.x1 + L, text: line.text,
                paragraphFinal: line.isFinal, justified: line.justified, block: block))
    }

    /// Places lines one per grid slot, breaking pages.
    mutating func flowLines(
        _ set: [SetLine], runs: [(text: String, style: TextStyle)], kind: LineKind, block: Int, size: Double
    ) {
        for line in set {
            if slot >= lines { newPage() }
            emitLine(line, runs: runs, baseline: setter.baseline(slot: slot, size: size), kind: kind, slot: slot, block: block)
            slot += 1
        }
    }

    mutating func skip(_ n: Int) {
        guard n > 0 else { return }
        if slot == 0 { return }  // no blank lines at a page top
        slot += n
        if slot >= lines { newPage() }
    }

    func alignment(_ s: BlockStyle, default d: LineAlignment) -> LineAlignment {
        LineAlignment(rawValue: s.align) ?? d
    }

    /// Grid lines the start of the blocks in `following` needs on the same page as the block before
    /// them (keep-with-next): a table's header and first rows (a short table whole), a whole chart,
    /// the first two lines of a paragraph, a heading or caption with what it leads into.
    func leadSlots(_ following: ArraySlice<Block>, depth: Int = 0) -> Int {
        guard let next = following.first else { return 1 }
        var scratch = Flow(setter: setter)
        switch next {
        case .table(let t):
            var tl = TableLayout(flow: scratch)
            // as TableLayout starts it: on a page of running text, which must not end short, under
            // its header and first row (a caption above keeps with no more)
            let lead = pageMayEndShort ? TableLayout.leadRows(t.rows.count) : min(1, t.rows.count)
            tl.place(
                Table(header: t.header, rows: Array(t.rows.prefix(lead)), columnWidths: t.columnWidths, alignments: t.alignments),
                index: 0)
            scratch = tl.flow
        case .chart(let chart):
            var cl = ChartLayout(flow: scratch)
            cl.place(chart, index: 0)
            scratch = cl.flow
        case .paragraph(let inlines):
            let st = layout.style("body")
            let runs = setter.runs(inlines, base: st)
            let n = setter.composer.compose(runs, width: W, firstIndent: st.indent * a, alignment: alignment(st, default: .justify)).count
            // where the page may end short, the paragraph's start is kept whole enough that the
            // widow/orphan rule will not move it away from what leads into it
            guard pageMayEndShort else { return 1 }
            if depth < 3, introducesTable(n, following.dropFirst()) {
                return n + leadSlots(following.dropFirst(), depth: depth + 1)
            }
            return max(1, n <= 3 ? n : 2)
        case .heading(let level, let text) where depth < 3:
            let st = layout.style("heading\(min(max(level, 0), 4))")
            let runs = [(text: Typesetter.clean(text), style: setter.textStyle(st))]
            let n = setter.composer.compose(runs, width: W, firstIndent: st.indent * a, alignment: alignment(st, default: .justify)).count
            return n + st.spaceBefore + st.spaceAfter + leadSlots(following.dropFirst(), depth: depth + 1)
        case .caption(let text) where depth < 3:
            let st = layout.style("caption")
            let n = centredLines(Typesetter.clean(text), style: setter.textStyle(st), align: alignment(st, default: .center))
                .reduce(0) { $0 + $1.0.count }
            return n + st.spaceBefore + leadSlots(following.dropFirst(), depth: depth + 1)
        default:
            return 1
        }
        if scratch.pages.count > 1 { return lines }
        // the grid lines the table or chart needs to fit above the block's foot: the last line's em
        // box ends `P - bodySize` above the next line's top
        var foot = T
        for f in scratch.pages[0].frames {
            switch f {
            case .box(let b): foot = max(foot, b.y + b.height)
            case .text(let t): foot = max(foot, t.baseline + 0.12 * t.style.size)
            default: break
            }
        }
        return max(1, Int(((foot - T + P - layout.grid.bodySize) / P - 0.001).rounded(.up)))
    }

    /// Whether a paragraph of `n` lines followed by `following` is a short lead-in to a table or
    /// chart (`……见下表。`), which keeps with the table's start.
    func introducesTable(_ n: Int, _ following: ArraySlice<Block>) -> Bool {
        guard n <= 2, let next = following.first else { return false }
        switch next {
        case .table, .chart, .caption: return true
        default: return false
        }
    }

    /// Whether this page may end a few lines short to keep a paragraph's lines together: the first
    /// page (the masthead page) and pages with a table or chart are not full text pages anyway.
    var pageMayEndShort: Bool {
        pages.count == 1 || (pages.last?.frames.contains { if case .box = $0 { return true } else { return false } } ?? false)
    }

    /// How many lines of a paragraph of `n` lines to set on this page before breaking it, so that
    /// neither its first line alone ends the page nor its last line alone starts the next one
    /// (when the page may end short): nil = as many as fit.
    func widowOrphanBreak(_ n: Int) -> Int? {
        let room = lines - slot
        guard room > 0, n > room, pageMayEndShort else { return nil }
        if room == 1 { return 0 }  // the first line alone at the foot of the page
        if n - room == 1 { return room - 1 >= 2 ? room - 1 : 0 }  // the last line alone at the top of the next
        return nil
    }

    mutating func add(_ block: Block, index: Int, following: ArraySlice<Block> = []) {
        let c = setter.displayComposer
        switch block {
        case .masthead(let text):
            guard layout.parts.masthead else { return }
            var st = layout.style("masthead")
            let name = Typesetter.clean(text.isEmpty ? layout.furniture.bulletinName : text)
            // a long name shrinks to one line (down to 二号) rather than wrapping
            var runs = [(text: name, style: setter.textStyle(st))]
            var set = c.compose(runs, width: W, alignment: .center, tracking: st.tracking)
            while set.count > 1, st.size > 22 {
                st.size = max(22, st.size - 1)
                runs = [(text: name, style: setter.textStyle(st))]
                set = c.compose(runs, width: W, alignment: .center, tracking: st.tracking)
            }
            let n = max(st.lines, set.count)
            // space_before also applies at the top of the page (红头 lowered into the block, 文件 style)
            slot += st.spaceBefore
            ensure(n)
            let top = T + Double(slot) * P
            let bandH = Double(n - 1) * P + layout.grid.bodySize
            let lineH = st.size * 1.2
            let first = top + (bandH - lineH * Double(set.count)) / 2 + st.size * 0.1 + 0.88 * st.size
            for (k, line) in set.enumerated() {
                emitLine(line, runs: runs, baseline: first + Double(k) * lineH, kind: .masthead, slot: nil, block: index)
            }
            slot += n + st.spaceAfter
        case .issueLine(let text):
            let st = layout.style("issue")
            let runs = [(text: Typesetter.clean(text), style: setter.textStyle(st))]
            let set = c.compose(runs, width: W, alignment: alignment(st, default: .center))
            skip(st.spaceBefore)
            ensure(set.count)
            flowLines(set, runs: runs, kind: .issue, block: index, size: st.size)
            skip(st.spaceAfter)
        case .issuer(let office, let date):
            let st = layout.style("issuer")
            let style = setter.textStyle(st)
            let o = office.isEmpty ? layout.furniture.officeName : office
            let runsO = [(text: Typesetter.clean(o), style: style)]
            let runsD = [(text: Typesetter.clean(date), style: style)]
            ensure(1)
            let b = setter.baseline(slot: slot, size: st.size)
            let indent = st.indent * a
            if let lo = c.compose(runsO, width: W, firstIndent: indent, alignment: .left).first {
                emitLine(lo, runs: runsO, baseline: b, kind: .issue, slot: slot, block: index)
            }
            if let ld = c.compose(runsD, width: W, rightIndent: indent, alignment: .right).first {
                emitLine(ld, runs: runsD, baseline: b, kind: .issue, slot: slot, block: index)
            }
            slot += 1
        case .separatorRule:
            guard layout.parts.separatorRule else { return }
            let y: Double
            if slot == 0 {
                y = T
            } else {
                y = setter.baseline(slot: slot - 1, size: layout.grid.bodySize) + layout.rules.separatorGapMM * Units.ptPerMM
            }
            emit(
                .rule(
                    RuleFrame(
                        x: L, y: y, width: W, thickness: layout.rules.separatorMM * Units.ptPerMM,
                        color: layout.color(layout.rules.separatorColor))))
        case .title(let text):
            let st = layout.style("title")
            // "\n" in a title is an explicit break (keep words whole); otherwise balanced lines
            var parts: [([SetLine], [(text: String, style: TextStyle)])] = []
            for part in text.split(separator: "\n") {
                parts += centredLines(Typesetter.clean(String(part)), style: setter.textStyle(st), align: alignment(st, default: .center))
            }
            skip(st.spaceBefore)
            ensure(parts.reduce(0) { $0 + $1.0.count } + 1)
            for (set, runs) in parts {
                flowLines(set, runs: runs, kind: .title, block: index, size: st.size)
            }
            skip(st.spaceAfter)
        case .heading(let level, let text):
            let lv = min(max(level, 0), 4)
            let st = layout.style("heading\(lv)")
            let runs = [(text: Typesetter.clean(text), style: setter.textStyle(st))]
            let set = setter.composer.compose(runs, width: W, firstIndent: st.indent * a, alignment: alignment(st, default: .justify))
            skip(st.spaceBefore)
            ensure(set.count + st.spaceAfter + leadSlots(following))  // keep with what it leads into
            if layout.parts.bookmarks, lv <= 2 {
                outline.append(
                    OutlineEntry(
                        level: max(1, lv), title: Typesetter.clean(text), page: pages.count,
                        y: setter.baseline(slot: slot, size: st.size) - 0.88 * st.size))
            }
            flowLines(set, runs: runs, kind: .heading, block: index, size: st.size)
            skip(st.spaceAfter)
        case .paragraph(let inlines):
            let st = layout.style("body")
            let runs = setter.runs(inlines, base: st)
            guard !runs.isEmpty else { return }
            var set = setter.composer.compose(runs, width: W, firstIndent: st.indent * a, alignment: alignment(st, default: .justify))
            if let extra = loosened[index], let other = loosenedLines(runs, style: st, lines: set.count + extra) {
                set = other.lines
            }
            skip(st.spaceBefore)
            if pageMayEndShort, introducesTable(set.count, following) {
                ensure(set.count + leadSlots(following))  // a short lead-in (见下表。) stays with its table
            }
            if let k = widowOrphanBreak(set.count) {
                flowLines(Array(set.prefix(k)), runs: runs, kind: .body, block: index, size: st.size)
                newPage()
                flowLines(Array(set.dropFirst(k)), runs: runs, kind: .body, block: index, size: st.size)
            } else {
                flowLines(set, runs: runs, kind: .body, block: index, size: st.size)
            }
            skip(st.spaceAfter)
        case .caption(let text):
            let st = layout.style("caption")
            let parts = centredLines(Typesetter.clean(text), style: setter.textStyle(st), align: alignment(st, default: .center))
            skip(st.spaceBefore)
            ensure(parts.reduce(0) { $0 + $1.0.count } + leadSlots(following))  // a caption stays with its table's header and first rows
            for (set, runs) in parts {
                flowLines(set, runs: runs, kind: .caption, block: index, size: st.size)
            }
        case .note(let text):
            let st = layout.style("note")
            let runs = [(text: Typesetter.clean(text), style: setter.textStyle(st))]
            let set = setter.composer.compose(runs, width: W, firstIndent: st.indent * a, alignment: alignment(st, default: .justify))
            skip(st.spaceBefore)
            flowLines(set, runs: runs, kind: .note, block: index, size: st.size)
        case .signature(let office, let date):
            signature(office: office, date: date, index: index)
        case .endBlock(let eb):
            endBlock(eb, index: index)
        case .spacer(let n):
            skip(n)
        case .pageBreak:
            if slot > 0 || !pageIsEmpty { newPage() }
        case .table(let table):
            var tl = TableLayout(flow: self)
            tl.place(table, index: index, breakBefore: tableBreaks[index])
            self = tl.flow
        case .chart(let chart):
            var cl = ChartLayout(flow: self)
            cl.place(chart, index: index)
            self = cl.flow
        }
    }

    /// 伸行: the paragraph set in exactly `count` lines (more than it needs) by breaking its last
    /// lines short of the measure (by at most `[grid] loosen_chars` characters each) and spreading
    /// them to it; 缩行: in fewer lines, its last lines taking in more by squeezing their punctuation
    /// (先挤进). The fewest lines and the least loosening that reach `count` win; nil when none
    /// does, or the new last line would be a single character. `cost` orders the choices between
    /// paragraphs: characters given up per line, then lines touched.
    func loosenedLines(_ runs: [(text: String, style: TextStyle)], style st: BlockStyle, lines count: Int, maxChars: Int = .max) -> (
        lines: [SetLine], cost: Int
    )? {
        let c = setter.composer
        let align = alignment(st, default: .justify)
        guard align == .justify, layout.grid.loosenChars > 0 else { return nil }
        let n = c.compose(runs, width: W, firstIndent: st.indent * a, alignment: align).count
        guard count != n, count >= 1 else { return nil }
        if count < n {
            // 缩行: the fewest last lines take in what squeezing their punctuation makes room for
            for from in stride(from: n - 1, through: 0, by: -1) {
                let set = c.compose(runs, width: W, firstIndent: st.indent * a, alignment: align, loosen: -2 * a, loosenFrom: from)
                if set.count < count { break }
                if set.count == count, let last = set.last, last.chars.filter({ CJK.isHan($0) || CJK.isWordCore($0) }).count > 1 {
                    return (set, n - from)
                }
            }
            return nil
        }
        // a tenth of a character past each whole one: a line of Han characters gives up one more
        for step in 0..<min(layout.grid.loosenChars, maxChars) {
            let loosen = (Double(step) + 0.1) * a
            for from in stride(from: n - 1, through: 0, by: -1) {
                let set = c.compose(runs, width: W, firstIndent: st.indent * a, alignment: align, loosen: loosen, loosenFrom: from)
                if set.count > count { break }
                if set.count == count, let last = set.last, last.chars.filter({ CJK.isHan($0) || CJK.isWordCore($0) }).count > 1 {
                    return (set, step * 1000 + (n - from))
                }
            }
        }
        return nil
    }

    /// A centred title or caption: one line if it fits, else lines broken at word boundaries into a
    /// balanced trapezoid or diamond (`TitleBreak`), never inside a date or a number.
    func centredLines(_ text: String, style: TextStyle, align: LineAlignment) -> [([SetLine], [(text: String, style: TextStyle)])] {
        let c = setter.displayComposer
        let runs = [(text: text, style: style)]
        let set = c.compose(runs, width: W, alignment: align)
        guard set.count > 1, align == .center,
            let pieces = c.titleLines(text, style: style, width: W, prefs: layout.titleBreaks)
        else { return [(set, runs)] }
        return pieces.map { piece in
            let r = [(text: piece, style: style)]
            return (c.compose(r, width: W, alignment: align), r)
        }
    }

    mutating func signature(office: String, date: String, index: Int) {
        let st = layout.style("signature")
        let style = setter.textStyle(st)
        let c = setter.displayComposer
        let o = office.isEmpty ? layout.furniture.officeName : office
        let runsO = [(text: Typesetter.clean(o), style: style)]
        let runsD = [(text: Typesetter.clean(date), style: style)]
        let right = st.indent * a
        skip(st.spaceBefore)
        ensure(2)
        var officeX0 = W
        if !o.isEmpty {
            // a long office name wraps onto more right-aligned lines
            for var lo in c.compose(runsO, width: W, rightIndent: right, alignment: .right) {
                lo.isFinal = true
                officeX0 = lo.x0
                if slot >= lines { newPage() }
                emitLine(lo, runs: runsO, baseline: setter.baseline(slot: slot, size: st.size), kind: .signature, slot: slot, block: index)
                slot += 1
            }
        }
        if !date.isEmpty, var ld = c.compose(runsD, width: W, alignment: .right).first {
            ld.isFinal = true
            // the date's first character two characters right of the signature's first character
            let want = officeX0 + 2 * a
            let shift = min(0, max(want - ld.x0, -ld.x0))
            if o.isEmpty || want < ld.x0 {
                ld.xs = ld.xs.map { $0 + shift }
                ld.x0 += shift
                ld.x1 += shift
            }
            if slot >= lines { newPage() }
            emitLine(ld, runs: runsD, baseline: setter.baseline(slot: slot, size: st.size), kind: .signature, slot: slot, block: index)
            slot += 1
        }
    }

    mutating func endBlock(_ eb: EndBlock, index: Int) {
        guard layout.parts.endBlock else { return }
        let st = layout.style("endblock")
        let style = setter.textStyle(st)
        let c = setter.displayComposer
        let inset = st.indent * st.size
        var rows: [[(SetLine, [(text: String, style: TextStyle)])]] = []
        let copy = eb.copyTo.isEmpty ? layout.furniture.copyTo : eb.copyTo
        if !copy.isEmpty {
            let label = layout.furniture.copyToLabel
            let runs = [(text: Typesetter.clean(label + copy), style: style)]
            let labelW = naturalWidth(label, style)
            let set = c.compose(runs, width: W, firstIndent: inset, indent: inset + labelW, rightIndent: inset, alignment: .justify)
            for l in set { rows.append([(l, runs)]) }
        }
        let printer = eb.printer.isEmpty ? layout.furniture.printer : eb.printer
        var row: [(SetLine, [(text: String, style: TextStyle)])] = []
        if !printer.isEmpty {
            let runs = [(text: Typesetter.clean(printer), style: style)]
            if let l = c.compose(runs, width: W, firstIndent: inset, alignment: .left).first { row.append((l, runs)) }
        }
        if !eb.printDate.isEmpty {
            var d = eb.printDate
            if !d.hasSuffix(layout.furniture.printSuffix) { d += layout.furniture.printSuffix }
            let runs = [(text: Typesetter.clean(d), style: style)]
            if let l = c.compose(runs, width: W, rightIndent: inset, alignment: .right).first { row.append((l, runs)) }
        }
        if !row.isEmpty { rows.append(row) }
        guard !rows.isEmpty else { return }
        // bands: the copy-to lines share one band; the printer line is the last band
        var bands: [[[(SetLine, [(text: String, style: TextStyle)])]]] = []
        let copyLines = rows.count - (row.isEmpty ? 0 : 1)
        if copyLines > 0 { bands.append(Array(rows[0..<copyLines])) }
        if !row.isEmpty { bands.append([row]) }
        let lineH = st.size * layout.rules.endLineHeightEm
        let heights = bands.map { max(P, Double($0.count) * lineH + (P - lineH)) }
        let bottom = T + H
        let top = bottom - heights.reduce(0, +)
        let used = slot == 0 ? T : T + Double(slot - 1) * P + layout.grid.bodySize + 4
        if used > top { newPage() }
        if layout.parts.endBlockOnEvenPage, pages.count % 2 == 1 {
            // the 版记 goes on the back of the last sheet (an even page); an odd page the text did
            // not reach stays blank, and then neither it nor the 版记 page is numbered (GB/T 9704 7.5)
            let blank = pageIsEmpty
            newPage()
            if blank, !layout.pageNumber.numberBlankEndPages {
                unnumbered.formUnion([pages.count - 1, pages.count])
            }
        }
        let thick = layout.rules.endThickMM * Units.ptPerMM
        let thin = layout.rules.endThinMM * Units.ptPerMM
        let color = layout.color("rule")
        var y = top
        for (bi, band) in bands.enumerated() {
            let t = bi == 0 ? thick : thin
            // the outer rules sit inside the block: their outer edge on the band edge
            emit(.rule(RuleFrame(x: L, y: bi == 0 ? y + t / 2 : y, width: W, thickness: t, color: color)))
            let h = heights[bi]
            var b = y + (h - Double(band.count) * lineH) / 2 + lineH / 2 + 0.38 * st.size
            for items in band {
                for (l, runs) in items {
                    var line = l
                    line.isFinal = true
                    emitLine(line, runs: runs, baseline: b, kind: .endBlock, slot: nil, block: index)
                }
                b += lineH
            }
            y += h
        }
        emit(.rule(RuleFrame(x: L, y: bottom - thick / 2, width: W, thickness: thick, color: color)))
        slot = lines
    }

    func naturalWidth(_ text: String, _ style: TextStyle) -> Double {
        let c = setter.displayComposer
        guard let l = c.compose([(text: text, style: style)], width: 10_000, alignment: .left).first else { return 0 }
        guard let last = l.chars.last, let lx = l.xs.last else { return 0 }
        let adv = CJK.isFullWidth(last) ? c.fullWidthAdvance(style) : l.x1 - lx
        return lx + adv - l.x0
    }

    mutating func finish() {
        if pages.count > 1, pageIsEmpty, slot == 0 { pages.removeLast() }
        guard layout.parts.pageNumbers else { return }
        let st = layout.style("page_number")
        let style = setter.textStyle(st)
        let c = setter.displayComposer
        for p in pages.indices where !unnumbered.contains(p + 1) {
            let n = p + 1
            let text = layout.pageNumber.format.replacingOccurrences(of: "{n}", with: String(n))
            let runs = [(text: text, style: style)]
            let inset = st.indent * st.size
            let odd = n % 2 == 1
            let align: LineAlignment
            switch layout.pageNumber.position {
            case "center": align = .center
            case "right": align = .right
            default: align = odd ? .right : .left
            }
            guard
                var line = c.compose(
                    runs, width: W, firstIndent: align == .left ? inset : 0,
                    rightIndent: align == .right ? inset : 0, alignment: align
                ).first
            else { continue }
            line.isFinal = true
            let b = T + H + layout.pageNumber.belowBlockMM * Units.ptPerMM + 0.38 * st.size
            let xs = line.xs.map { $0 + L }
            pages[p].frames.append(.text(TextRun(text: line.text, xs: xs, baseline: b, style: style)))
            pages[p].lines.append(
                LineRecord(
                    kind: .pageNumber, slot: nil, baseline: b, x0: line.x0 + L, x1: line.x1 + L, text: line.text,
                    paragraphFinal: true, justified: false, block: -1))
        }
    }
}
