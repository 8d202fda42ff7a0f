import ReportModel

/// Step 5 (continued): finds each extracted fact in the item's cleaned text — in the order the
/// extractors found them — and hands its place to `SpanLocator`. Facts are found after
/// extraction, by their text, so that every extractor keeps returning plain values.
extension SpanLocator {
    /// The item as the locator sees it: its cleaned text and the paragraphs it is made of.
    struct Item {
        var full: Scalars
        var placed: [Placed]
        /// Where the body starts in `full` (after the headline and its line break).
        var bodyStart: Int
        /// First and last original line of the item, for facts that cannot be placed.
        var lines: [Int]
    }

    /// `full`: the item's text as the reader made it (headline, line break, body paragraphs joined
    /// by line breaks), not made again; made here when nil or of another length.
    func item(_ draft: ItemDraft, full given: Scalars? = nil) -> Item {
        var placed: [Placed] = []
        placed.reserveCapacity(draft.body.count + 1)
        if let given {
            // the paragraphs placed as they lie in it
            var at = 0
            var bodyStart = 0
            if let h = draft.headline {
                placed.append(place(h, at: 0))
                at = h.text.count + 1
                bodyStart = at
            }
            for (k, p) in draft.body.enumerated() {
                if k > 0 { at += 1 }
                placed.append(place(p, at: at))
                at += p.text.count
            }
            if at == given.count { return Item(full: given, placed: placed, bodyStart: bodyStart, lines: [draft.first, draft.last]) }
            placed.removeAll(keepingCapacity: true)
        }
        // sized once: the paragraphs and a line break after each
        var full = Scalars()
        full.reserveCapacity(draft.body.reduce(draft.headline.map { $0.text.count + 1 } ?? 0) { $0 + $1.text.count + 1 })
        var bodyStart = 0
        if let h = draft.headline {
            placed.append(place(h, at: 0))
            full += h.text
            full.append("\n")
            bodyStart = full.count
        }
        for (k, p) in draft.body.enumerated() {
            if k > 0 { full.append("\n") }
            placed.append(place(p, at: full.count))
            full += p.text
        }
        return Item(full: full, placed: placed, bodyStart: bodyStart, lines: [draft.first, draft.last])
    }

    /// Spans for every fact of `b`, an item read from `draft`; `header` is the page header.
    /// `full`: the item's text, when the caller has it (`item(_:full:)`).
    func spans(for b: Briefing, draft: ItemDraft, header: [Paragraph], full: Scalars? = nil) -> BriefingSpans {
        let item = item(draft, full: full)
        let t = item.full
        func at(_ s: Int, _ e: Int) -> FactSpan? { span(full: t, start: s, end: e, placed: item.placed) }
        let whole = FactSpan(
            file: file, lines: (item.lines[0], item.lines[1]), offsets: (lineStart(item.lines[0]), lineEnd(item.lines[1])), textOffsets: nil
        )
        func find(_ s: String?, from: Int = 0) -> FactSpan? {
            guard let s, let r = Self.range(of: Self.scalars(s), in: t, from: from) else { return nil }
            return at(r.lowerBound, r.upperBound)
        }
        /// Facts listed in text order: each searched from where the previous one started.
        func sequence(_ texts: [String], from: Int) -> [FactSpan] {
            var cursor = from
            return texts.map { s in
                let w = Self.scalars(s)
                guard
                    let r = Self.range(of: w, in: t, from: cursor) ?? Self.range(of: w, in: t, from: from)
                        ?? Self.joined(w, in: t, from: from)
                else { return whole }
                cursor = r.lowerBound + 1
                return at(r.lowerBound, r.upperBound) ?? whole
            }
        }

        var out = BriefingSpans()
        if let h = draft.headline { out.headline = at(0, h.text.count) }
        var dateEnd = item.bodyStart
        if let d = b.dateText.map(Self.scalars), let r = Self.range(of: d, in: t, from: item.bodyStart) ?? Self.range(of: d, in: t) {
            out.date = at(r.lowerBound, r.upperBound)
            dateEnd = r.upperBound
        }
        if let tod = b.timeOfDay {
            // 晚上 may be written 晚 (11月23日晚)
            let w = Self.scalars(tod)
            let short = dateEnd < t.count && w.first == t[dateEnd] ? dateEnd..<(dateEnd + 1) : nil
            if let r = Self.range(of: w, in: t, from: dateEnd) ?? Self.range(of: w, in: t) ?? short {
                out.timeOfDay = at(r.lowerBound, r.upperBound)
            }
        }
        out.meeting = find(b.meeting, from: 0)
        out.unit = unitSpan(b.unit, item: item, header: header)
        out.requirements = sequence(b.requirements, from: item.bodyStart)
        out.targets = sequence(b.targets.map(\.text), from: item.bodyStart)
        out.deadlines = sequence(b.deadlines.map(\.text), from: item.bodyStart)
        out.measures = b.measures.map { m in
            guard let r = Self.quotedOrFirst(Self.scalars(m), in: t) else { return whole }
            return at(r.lowerBound, r.upperBound) ?? whole
        }
        out.deployedMeasures = b.deployedMeasures.map { d in
            let name = Self.scalars(d.text)
            guard let first = Self.quotedOrFirst(name, in: t) else { return whole }
            guard !d.items.isEmpty else { return at(first.lowerBound, first.upperBound) ?? whole }
            // a quoted list of its own parts (“压煤、抑尘、控车、除味”四大攻坚战): the quote its count follows
            if d.items.allSatisfy({ name.contains(Self.scalars($0)) }) {
                let ends = Self.quotedEnds(of: name, in: t)
                let end = ends.first { MeasureClassifier.count(after: $0, in: t) == d.items.count } ?? ends.first
                guard let end else { return at(first.lowerBound, first.upperBound) ?? whole }
                return at(end - 1 - name.count, end - 1) ?? whole
            }
            // a list: its items in order, and the mention of its name nearest to them
            // (十大攻坚战，即：… before them; 减煤令、…、禁放令“五个禁令” after them)
            var lo = Int.max
            var hi = 0
            var cursor = 0
            for item in d.items {
                guard let i = Self.range(of: Self.scalars(item), in: t, from: cursor) else { continue }
                lo = min(lo, i.lowerBound)
                hi = max(hi, i.upperBound)
                cursor = i.upperBound
            }
            guard lo < hi else { return at(first.lowerBound, first.upperBound) ?? whole }
            var mentions: [Range<Int>] = []
            var from = 0
            while let r = Self.range(of: name, in: t, from: from) {
                mentions.append(r)
                from = r.lowerBound + 1
            }
            func distance(_ r: Range<Int>) -> Int { r.upperBound <= lo ? lo - r.upperBound : max(0, r.lowerBound - hi) }
            let near = mentions.min { distance($0) < distance($1) } ?? first
            return at(min(near.lowerBound, lo), max(near.upperBound, hi)) ?? whole
        }
        let names = b.people.map { Self.scalars($0.name) }
        out.people = zip(b.people, names).map { p, name in
            let mention = p.title.flatMap { Self.range(of: Self.scalars($0), then: name, in: t) } ?? Self.range(of: name, in: t)
            let nameSpan = mention.flatMap { at($0.lowerBound, $0.upperBound) } ?? whole
            let roles = p.roles.map { role -> FactSpan in
                let verbs = Self.verbs(of: role)
                if let r = Self.roleClause(name: name, verbs: verbs, in: t, others: names) {
                    return at(r.lowerBound, r.upperBound) ?? nameSpan
                }
                // a speech: 讲话 is said by its headline (…在…会议上的讲话) and the byline that names the speaker
                if let h = draft.headline, verbs.contains(where: { h.text.contains($0) }),
                    let m = mention, m.upperBound - h.text.count <= 60
                {
                    return at(0, m.upperBound) ?? nameSpan
                }
                return nameSpan
            }
            return PersonSpans(name: nameSpan, roles: roles)
        }
        return out
    }

    /// Where the unit is named: in the item, else the 我县/全市 standing for it, else the page header.
    func unitSpan(_ unit: String?, item: Item, header: [Paragraph]) -> FactSpan? {
        guard let unit else { return nil }
        let u = Self.scalars(unit)
        if let r = Self.range(of: u, in: item.full) {
            return span(full: item.full, start: r.lowerBound, end: r.upperBound, placed: item.placed)
        }
        for p in header {
            if let r = Self.range(of: u, in: p.text) { return span(header: p, from: r.lowerBound, to: r.upperBound) }
        }
        if let kind = u.last {
            for d in Lexicon.deictic where d.last == kind {
                if let r = Self.range(of: d, in: item.full) {
                    return span(full: item.full, start: r.lowerBound, end: r.upperBound, placed: item.placed)
                }
            }
        }
        return nil
    }

    /// A fact made of two clauses of one sentence with clauses left out between them (a goal and
    /// the quantity it is about: …1819个环境问题全面进行回头看，确保6月底前全部整改落实到位): from its
    /// first clause to its last, found in that order.
    static func joined(_ w: Scalars, in t: Scalars, from: Int) -> Range<Int>? {
        guard let cut = w.lastIndex(where: \.isClauseEnd), cut > 0, cut + 1 < w.count,
            let head = range(of: w.sub(0, cut), in: t, from: from),
            let tail = range(of: w.sub(cut + 1, w.count), in: t, from: head.upperBound)
        else { return nil }
        return head.lowerBound..<tail.upperBound
    }

    /// `range(of: a + b, in: t)` without making `a + b`: the first `a` that `b` follows.
    static func range(of a: Scalars, then b: Scalars, in t: Scalars) -> Range<Int>? {
        guard !a.isEmpty else { return range(of: b, in: t) }
        var from = 0
        while let r = range(of: a, in: t, from: from) {
            if t.has(b, at: r.upperBound) { return r.lowerBound..<(r.upperBound + b.count) }
            from = r.lowerBound + 1
        }
        return nil
    }

    static func range(of w: Scalars, in t: Scalars, from: Int = 0) -> Range<Int>? {
        guard !w.isEmpty, let i = t.index(of: w, from: from) else { return nil }
        return i..<(i + w.count)
    }

    private static let openers = Lexicon.scalarSet("“「『\"")
    private static let closers = Lexicon.scalarSet("”」』\"“")

    /// The first quoted occurrence of a measure (“五个禁令”), the quotes left out, else its first
    /// occurrence (one search for both); a term quoted only as the start of a longer one
    /// (“压煤、抑尘…增绿” for 压煤、抑尘) does not count.
    static func quotedOrFirst(_ w: Scalars, in t: Scalars) -> Range<Int>? {
        var first: Range<Int>?
        var from = 0
        while let r = range(of: w, in: t, from: from) {
            if isQuoted(r, in: t) { return r }
            if first == nil { first = r }
            from = r.lowerBound + 1
        }
        return first
    }

    /// Where each quoted occurrence of `w` ends, after its closing quote, ascending: what
    /// `MeasureClassifier.quotedOccurrences` finds, by searching for `w` rather than testing
    /// every character of the item for an opening quote.
    static func quotedEnds(of w: Scalars, in t: Scalars) -> [Int] {
        var out: [Int] = []
        var from = 0
        while let r = range(of: w, in: t, from: from) {
            if isQuoted(r, in: t) { out.append(r.upperBound + 1) }
            from = r.lowerBound + 1
        }
        return out
    }

    /// Whether `t[r]` stands between an opening and a closing quote.
    static func isQuoted(_ r: Range<Int>, in t: Scalars) -> Bool {
        r.lowerBound > 0 && openers.contains(t[r.lowerBound - 1]) && r.upperBound < t.count && closers.contains(t[r.upperBound])
    }

    /// The scalars of a fact's text, decoded from its UTF-8 (`Scalars(_:)` walks the string's
    /// scalars twice, to count and to copy them; `scalars(utf8:)` allocates the cheaper way).
    static func scalars(_ s: String) -> Scalars {
        var s = s
        return s.withUTF8 { scalars(utf8: $0) }
    }

    /// The first characters of the role words.
    private static let roleFirsts = ScalarSet(Lexicon.roles.compactMap(\.0.first))

    /// The verbs of each role, in `Lexicon.roles` order (picked out once: comparing every role's
    /// name for every person's role cost a thirtieth of the reader on the genre items), each role
    /// by its UTF-8 bytes. A list of the dozen roles, not a dictionary: hashing the role's string
    /// took ~1,100 machine instructions a lookup, and `==` (or `utf8.elementsEqual`) on two
    /// different non-ASCII strings ~150; roles are the word list's own strings.
    private static let verbsByRole: [(utf8: [UInt8], verbs: [Scalars])] = {
        var out: [(utf8: [UInt8], verbs: [Scalars])] = []
        for (verb, role) in Lexicon.roles {
            let utf8 = Array(role.utf8)
            if let k = out.firstIndex(where: { $0.utf8 == utf8 }) { out[k].verbs.append(verb) } else { out.append((utf8, [verb])) }
        }
        return out
    }()

    /// The verbs that record `role` (强调 and 指出 for 讲话).
    static func verbs(of role: String) -> [Scalars] {
        var role = role
        return role.withUTF8 { bytes in
            verbsByRole.first {
                $0.utf8.count == bytes.count && $0.utf8.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
            }?.verbs ?? []
        }
    }

    /// The clause that ties a name to a role (one of `verbs`): from the name to the first of the
    /// verbs after it in the same sentence, not past another person's name (`others`; the name
    /// itself, when there, is not another's: every person's list was a copy of the names without
    /// theirs, ~5 M instructions on 2 MB of the genre mix) once a verb
    /// has come (names listed before a verb share it).
    static func roleClause(name: Scalars, verbs: [Scalars], in t: Scalars, others: [Scalars]) -> Range<Int>? {
        let roles = Lexicon.roles
        let roleFirsts = Self.roleFirsts
        // the others' first characters in 64 bits (a character's value mod 64): most characters of
        // a clause are told to start no name by one test, not by comparing every name's first
        var firsts: UInt64 = 0
        var anyEmpty = false
        for o in others {
            if let f = o.first { firsts |= 1 << UInt64(f.value & 63) } else { anyEmpty = true }
        }
        var from = 0
        while let n = range(of: name, in: t, from: from) {
            var e = n.upperBound
            var sawVerb = false
            while e < t.count, !t[e].isSentenceEnd, t[e] != "\n", e - n.upperBound < 120 {
                // another person after a verb: the clause is theirs; before any verb the names are
                // listed and share it (副市长周敏、孟凡强，市政府秘书长吴迪出席会议)
                // another's first character tested before the rest of them (most characters start
                // no name: the whole names were compared at every character of the clause)
                let c = t[e]
                if anyEmpty || firsts & (1 << UInt64(c.value & 63)) != 0,
                    let o = others.first(where: { ($0.first == c || $0.isEmpty) && t.has($0, at: e) && $0 != name })
                {
                    if sawVerb { break }
                    e += o.count
                    continue
                }
                // no role word starts with most characters: one bit test instead of every role's
                if roleFirsts.contains(t[e]) {
                    if let v = verbs.first(where: { t.has($0, at: e) }) { return n.lowerBound..<(e + v.count) }
                    if roles.contains(where: { t.has($0.0, at: e) }) { sawVerb = true }
                }
                e += 1
            }
            from = n.lowerBound + 1
        }
        return nil
    }
}

extension BriefingSpans {
    /// Every span with its lines pointed back at the original document (`DecodedText.origin`)
    /// and, for a PDF, its pages.
    func pointedBack(at decoded: DecodedText) -> BriefingSpans {
        func map(_ s: FactSpan) -> FactSpan {
            var s = s
            let bounds = s.lineBounds
            s.mapLines { decoded.origin($0) }
            if let (first, last) = bounds, let a = decoded.page(first), let b = decoded.page(last) { s.pages = [a, b] }
            return s
        }
        var out = self
        out.headline = headline.map(map)
        out.date = date.map(map)
        out.timeOfDay = timeOfDay.map(map)
        out.unit = unit.map(map)
        out.meeting = meeting.map(map)
        out.people = people.map { PersonSpans(name: map($0.name), roles: $0.roles.map(map)) }
        out.requirements = requirements.map(map)
        out.measures = measures.map(map)
        out.deployedMeasures = deployedMeasures.map(map)
        out.targets = targets.map(map)
        out.deadlines = deadlines.map(map)
        return out
    }
}
