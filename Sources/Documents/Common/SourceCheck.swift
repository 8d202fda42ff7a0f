import Typesetting
import WordLists

/// One thing a document says that the sources it names do not support.
public struct SourceFinding: Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// A run of text that is in no source the block names, nor in the layout's wording.
        case unsupported
        /// A person given a role (主持, 出席, 讲话 …) no sentence of the sources gives him.
        case unattested(role: String)
        /// The block names a source whose text is not at hand.
        case noSource
    }

    /// Index of the block in the document.
    public var block: Int
    /// 1-based table row, for a table.
    public var row: Int?
    /// The fragment (or person) concerned.
    public var fragment: String
    public var kind: Kind

    public init(block: Int, row: Int? = nil, fragment: String, kind: Kind) {
        self.block = block
        self.row = row
        self.fragment = fragment
        self.kind = kind
    }

    public var description: String {
        let place = "block \(block)" + (row.map { " row \($0)" } ?? "")
        switch kind {
        case .unsupported: return "\(place): “\(fragment)” is in none of its sources"
        case .unattested(let role):
            return "\(place): \(fragment) \(role): no sentence of its sources names him with a verb of that role"
        case .noSource: return "\(place): its source \(fragment) is not at hand"
        }
    }
}

/// The text of one source a block may name: a file, the lines it covers and its cleaned text.
public struct SourceText: Sendable, Equatable {
    public var file: String
    /// First and last line.
    public var lines: [Int]
    public var text: String

    public init(file: String, lines: [Int], text: String) {
        self.file = file
        self.lines = lines
        self.text = text
    }
}

/// The self-check of content (issue 12, item 6): every block that names its sources is read
/// against them before anything is written. Each run of its text must be found in the normalised
/// text of those sources (runs shorter than `minRun` only where they stand alone between glue),
/// or be the layout's own wording; each person the text gives a role must be named with a verb of
/// that role by some sentence of the sources. The same rules as ../shared/tools/faithcheck.py, so
/// that what tongbao refuses to write is what the office's checker would flag.
public enum SourceCheck {
    /// Characters that join fragments and say nothing of their own: numbers, dates, ordinals,
    /// punctuation.
    static let glue: Set<Character> = Set(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%" + WordLists.characters("glue-chars", in: .module))
    /// A role the notice asserts and the verbs that support it in a source sentence (Words/role-verbs.txt).
    static let roleVerbs: [String: [String]] = Dictionary(
        grouping: WordLists.pairs("role-verbs", in: .module), by: \.1
    ).mapValues { $0.map(\.0) }
    /// Phrases of a notice and the roles they assert, longest first (Words/role-phrases.txt).
    static let rolePhrases: [(String, [String])] = WordLists.pairs("role-phrases", in: .module).map {
        ($0.0, $0.1.split(separator: "、").map(String.init))
    }
    /// Openings dropped before the people a clause names (Words/claim-openers.txt).
    static let claimOpeners = WordLists.list("claim-openers", in: .module)
    /// Presence, then the roles that imply it (Words/presence-roles.txt).
    static let presenceRoles = WordLists.list("presence-roles", in: .module)
    /// Words of a written instruction, in which speaking implies no presence (Words/written-cues.txt).
    static let writtenCues = WordLists.list("written-cues", in: .module)

    /// The findings, in block order; empty when every source-made block is supported.
    public static func check(_ doc: ContentDocument, sources: [SourceText], wording: [String], minRun: Int = 4) -> [SourceFinding] {
        let literals = Array(Set(wording.flatMap(templateLiterals).filter { !$0.isEmpty })).sorted { $0.count > $1.count }
        var out: [SourceFinding] = []
        for (index, block) in doc.blocks.enumerated() {
            guard let provenance = doc.sources[index] else { continue }
            var texts: [(row: Int?, text: String, refs: [SourceRef])] = []
            switch (block, provenance) {
            case (.table(let t), .rows(let rows)):
                for (r, row) in t.rows.enumerated() where r < rows.count && !rows[r].isEmpty {
                    // the name of the file read is tongbao's own knowledge, not a claim of its text
                    // (a district's 简报.docx would otherwise be "简报 is in none of its sources")
                    let names = Set(rows[r].flatMap { [$0.file, SourceName.received($0.file)] })
                    for cell in row where !names.contains(cell) { texts.append((r + 1, cell, rows[r])) }
                }
            case (_, .block(let refs)):
                if let t = text(of: block) { texts.append((nil, t, refs)) }
            default: continue
            }
            for (row, raw, refs) in texts {
                var own: [String] = []
                for ref in refs {
                    let hits = sources.filter { $0.file == ref.file && overlaps($0.lines, ref.lines) }
                    if hits.isEmpty { out.append(SourceFinding(block: index, row: row, fragment: ref.file, kind: .noSource)) }
                    own += hits.map { normalise($0.text) }
                }
                guard !own.isEmpty else { continue }
                let text = normalise(raw)
                let corpus = Array(own.joined(separator: "\u{0}"))
                for run in uncovered(Array(text), corpus: corpus, literals: literals.map(Array.init), minRun: minRun) {
                    out.append(SourceFinding(block: index, row: row, fragment: run, kind: .unsupported))
                }
                let sentences = own.flatMap { $0.split(whereSeparator: { "。！？\u{0}".contains($0) }).map(String.init) }
                for (part, roles) in roleClaims(text) {
                    guard let name = personName(part, in: sentences) else { continue }
                    for role in roles where !sentences.contains(where: { $0.contains(name) && attests($0, role) }) {
                        out.append(SourceFinding(block: index, row: row, fragment: part, kind: .unattested(role: role)))
                    }
                }
            }
        }
        return out
    }

    static func text(of block: Block) -> String? {
        switch block {
        case .paragraph(let runs): return runs.map(\.text).joined()
        case .heading(_, let t), .caption(let t), .note(let t): return t
        default: return nil
        }
    }

    static func overlaps(_ a: [Int], _ b: [Int]) -> Bool {
        guard a.count == 2, b.count == 2 else { return false }
        return a[0] <= b[1] && b[0] <= a[1]
    }

    /// Whitespace removed, punctuation widths unified (as the checker does).
    static func normalise(_ text: String) -> String {
        let map: [Character: Character] = [
            ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", "“": "\"", "”": "\"", "「": "\"",
            "」": "\"", "『": "\"", "』": "\"", "‘": "'", "’": "'", "．": ".", "—": "-", "－": "-", "–": "-", "~": "-", "～": "-",
        ]
        var out = ""
        for c in text where !c.isWhitespace {
            let m = map[c] ?? c
            if m == "，", out.last == "，" { continue }
            out.append(m)
        }
        return out
    }

    /// The fixed pieces of a wording template: the text between its `{{…}}` tags and `|`.
    static func templateLiterals(_ template: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var rest = Substring(template)
        while !rest.isEmpty {
            if rest.hasPrefix("{{"), let close = rest.range(of: "}}") {
                pieces.append(current)
                current = ""
                rest = rest[close.upperBound...]
            } else if rest.first == "|" {
                pieces.append(current)
                current = ""
                rest = rest.dropFirst()
            } else {
                current.append(rest.removeFirst())
            }
        }
        pieces.append(current)
        return pieces.map(normalise)
    }

    /// Runs of `text` that neither a source match (of `minRun` or more characters, or a shorter one
    /// that stands alone), a template literal nor glue can cover: the fewest uncovered characters,
    /// by dynamic programming from the end.
    static func uncovered(_ text: [Character], corpus: [Character], literals: [[Character]], minRun: Int) -> [String] {
        let n = text.count
        guard n > 0 else { return [] }
        // Positions of every character pair in the sources, to find the longest match quickly.
        var pairs: [String: [Int]] = [:]
        if corpus.count >= 2 {
            for i in 0..<(corpus.count - 1) { pairs[String(corpus[i...i + 1]), default: []].append(i) }
        }
        func longest(_ i: Int) -> Int {
            guard i + 1 < n, let starts = pairs[String(text[i...i + 1])] else { return 0 }
            var best = 0
            for s in starts {
                var k = 2
                while i + k < n, s + k < corpus.count, text[i + k] == corpus[s + k] { k += 1 }
                best = max(best, k)
            }
            return best
        }
        func literal(_ lit: [Character], at i: Int) -> Bool {
            i + lit.count <= n && Array(text[i..<(i + lit.count)]) == lit
        }
        func endsWithLiteral(_ i: Int) -> Bool {
            literals.contains { lit in lit.count <= i && Array(text[(i - lit.count)..<i]) == lit }
        }
        func bounded(_ i: Int, _ k: Int) -> Bool {
            let before = i == 0 || glue.contains(text[i - 1]) || endsWithLiteral(i)
            let after = i + k >= n || glue.contains(text[i + k]) || literals.contains { literal($0, at: i + k) }
            return before && after
        }
        var cost = [Int](repeating: Int.max / 2, count: n + 1)
        var step = [Int](repeating: 0, count: n + 1)
        cost[n] = 0
        for i in stride(from: n - 1, through: 0, by: -1) {
            var best = 1 + cost[i + 1]
            var how = 0
            if glue.contains(text[i]), cost[i + 1] < best { (best, how) = (cost[i + 1], 1) }
            for lit in literals where literal(lit, at: i) && cost[i + lit.count] < best { (best, how) = (cost[i + lit.count], lit.count) }
            let l = longest(i)
            if l >= 2 {
                for k in stride(from: l, through: 2, by: -1) where (k >= minRun || bounded(i, k)) && cost[i + k] < best {
                    (best, how) = (cost[i + k], k)
                }
            }
            cost[i] = best
            step[i] = how
        }
        var runs: [String] = []
        var i = 0
        var start: Int? = nil
        while i < n {
            if step[i] == 0 {
                if start == nil { start = i }
                i += 1
            } else {
                if let s = start { runs.append(String(text[s..<i])) }
                start = nil
                i += step[i]
            }
        }
        if let s = start { runs.append(String(text[s..<n])) }
        return runs
    }

    /// (person as written, roles) the text asserts: names listed with 、 before a role phrase.
    static func roleClaims(_ text: String) -> [(String, [String])] {
        var claims: [(String, [String])] = []
        for clause in text.split(whereSeparator: { "。；，".contains($0) }) {
            for (phrase, roles) in rolePhrases {
                guard let r = clause.range(of: phrase), r.lowerBound > clause.startIndex else { continue }
                var subject = String(clause[..<r.lowerBound])
                for p in claimOpeners where subject.hasPrefix(p) {
                    subject = String(subject.dropFirst(p.count))
                    break
                }
                for part in subject.split(separator: "、") where (2...40).contains(part.count) {
                    claims.append((String(part), roles))
                }
                break
            }
        }
        return claims
    }

    /// The shortest tail (3, 2 or 4 characters) of `title + name` that the sources contain: the name.
    static func personName(_ part: String, in sentences: [String]) -> String? {
        for n in [3, 2, 4] where part.count >= n {
            let tail = String(part.suffix(n))
            if sentences.contains(where: { $0.contains(tail) }) { return tail }
        }
        return nil
    }

    /// Whether a source sentence carries the role. Speaking or chairing implies presence, unless
    /// the sentence is about a written instruction (批示, 书面).
    static func attests(_ sentence: String, _ role: String) -> Bool {
        if (roleVerbs[role] ?? []).contains(where: { sentence.contains($0) }) { return true }
        if role == presenceRoles.first, !writtenCues.contains(where: { sentence.contains($0) }) {
            return presenceRoles.dropFirst().flatMap { roleVerbs[$0] ?? [] }.contains { sentence.contains($0) }
        }
        return false
    }
}
