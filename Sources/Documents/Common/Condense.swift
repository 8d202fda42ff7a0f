import WordLists

/// Shortening source text for a notice without inventing words: cuts fall only at clause
/// boundaries, never inside an enumerated list, and never after a clause that cannot end a
/// sentence (a prepositional lead-in such as 对…, 依托…, 通过…).
enum Condense {
    static let clauseEnds: Set<Character> = ["，", "；", "：", ",", ";", ":"]
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?"]
    /// Brackets and quotes that hold a title, a term or an aside.
    static let openers: Set<Character> = ["《", "“", "（", "("]
    static let closers: Set<Character> = ["》", "”", "）", ")"]
    /// Clause openings that need a following clause to make sense (对建筑工地…等情况, 依托网格化管理).
    static let leadIns = WordLists.list("lead-ins", in: .module)
    /// Clause endings that need a following clause (…未完成的，由…问责: the subject of what follows).
    static let openEndings = WordLists.list("open-endings", in: .module)
    /// A first clause this short is a headline (硬起手腕): it is never printed alone.
    static let headlineLength = 6

    /// The clauses of `text` with the mark that ends each (nil for the last). A mark inside “…”
    /// or 《…》 ends no clause (“说到一定做到，做到一定记录” is one term).
    static func clauses(_ text: String) -> [(text: String, end: Character?)] {
        var out: [(String, Character?)] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "“" || c == "《" { depth += 1 }
            if c == "”" || c == "》" { depth = max(0, depth - 1) }
            if clauseEnds.contains(c) && depth == 0 {
                out.append((current, c))
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { out.append((current, nil)) }
        return out
    }

    /// The requirement (or speech) as printed: its first sentence; a list it introduces (…，即：
    /// A，…；B，…) as its lead and the head of each element; otherwise the longest prefix of at most
    /// `limit` characters that ends a clause which can end a sentence, or, when there is none, the
    /// shortest such prefix beyond the limit. A text whose last clause names one of `keeping` (the
    /// item's deployed measures) is kept whole up to twice the limit, and otherwise up to its last
    /// clause that names one, within twice the limit.
    static func clause(_ text: String, limit: Int, keeping: [String] = []) -> String {
        var t = text.trimmingCharacters(in: clauseEnds.union(sentenceEnds).union([" ", "\n"]))
        if let end = t.firstIndex(where: { sentenceEnds.contains($0) || $0 == "\n" }) { t = String(t[..<end]) }
        if let list = listHeads(t) { return list }
        guard t.count > limit else { return t }
        // A point that ends in a deployed rule or campaign (坚决做到“党政同责、一岗双责…”) is what it
        // demands: it is kept whole up to twice the limit rather than cut before it.
        if t.count <= 2 * limit, let last = clauses(t).last, keeping.contains(where: { !$0.isEmpty && last.text.contains($0) }) {
            return t
        }
        let parts = clauses(t)
        // …，切实落实扬尘治理“7个100%”，全力配合好…: a cut falls after the last clause that names
        // one, not before it, within twice the limit
        if let k = parts.lastIndex(where: { p in keeping.contains { !$0.isEmpty && p.text.contains($0) } }), k + 1 < parts.count {
            let upTo = parts[...k].enumerated().map { i, p in p.text + (i < k ? String(p.end ?? "，") : "") }.joined()
            if upTo.count > limit, upTo.count <= 2 * limit { return upTo }
        }
        var kept = ""
        var best: String? = nil
        for (i, part) in parts.enumerated() {
            kept += part.text
            let canEnd =
                !leadIns.contains { part.text.hasPrefix($0) } && !openEndings.contains { part.text.hasSuffix($0) }
                && !(i == 0 && part.text.count <= headlineLength)
            if canEnd && i < parts.count - 1 {
                if kept.count <= limit {
                    best = kept
                } else {
                    return best ?? kept
                }
            }
            if let end = part.end { kept.append(end == "；" || end == ";" ? "；" : end == "：" || end == ":" ? "：" : "，") }
        }
        return best ?? t
    }

    /// `十大攻坚战，即：优化产业布局攻坚战，…；减煤压煤攻坚战，…` → the lead and each element's head:
    /// `十大攻坚战，即：优化产业布局攻坚战、减煤压煤攻坚战`. Nil when the text is no such list.
    static func listHeads(_ text: String) -> String? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let body = text[text.index(after: colon)...]
        let elements = body.split(whereSeparator: { $0 == "；" || $0 == ";" }).map(String.init)
        guard elements.count >= 3 else { return nil }
        let written = elements.map { e in String(e.prefix { !clauseEnds.contains($0) }) }
        // （一）部分县区散煤复烧问题突出，…；（二）…: the list's own numbers are no part of its heads,
        // and heads that were numbered points stay apart as points
        let heads = written.map(SourceSentences.strippingOrdinal)
        guard heads.allSatisfy({ !$0.isEmpty && $0.count <= 20 }) else { return nil }
        return String(text[...colon]) + heads.joined(separator: heads == written ? "、" : "；")
    }

    /// The first sentence of a text, at most about `limit` characters (cut at a clause boundary).
    static func firstSentence(_ text: String, limit: Int) -> String {
        let firstParagraph = text.split(separator: "\n").first.map(String.init) ?? ""
        return clause(firstParagraph, limit: limit)
    }

    /// Drops repeats, keeping first occurrences.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
