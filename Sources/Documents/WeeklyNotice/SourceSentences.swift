import Foundation
import ReportModel
import WordLists

/// The item's own sentences about its meeting and its people, picked from the cleaned text and
/// condensed at clause boundaries, so that what the notice says about a leader is what the source
/// says, in the source's order, with his title where the source writes it (传达了郭树清省长的重要批示
/// 精神 stays a relayed instruction; 市长刘锋出席会议并讲话，市委常委…王晋峰主持会议 keeps its protocol).
struct SourceSentences {
    /// The sentence cues, each list in `Words/<name>.txt` saying what it is for.
    static let roleVerbs = WordLists.list("sentence-role-verbs", in: .module)
    static let speechVerbs = WordLists.list("speech-verbs", in: .module)
    static let demandVerbs = WordLists.list("demand-verbs", in: .module)
    static let heldVerbs = WordLists.list("held-verbs", in: .module)
    static let meetingMarks = WordLists.list("meeting-marks", in: .module)
    static let newsPrefixes = WordLists.list("news-prefixes", in: .module)
    static let selfReferences = WordLists.list("self-references", in: .module)
    static let reporterWords = WordLists.list("reporter-words", in: .module)
    static let continuationMarks = WordLists.list("continuation-marks", in: .module)
    static let pronouns = WordLists.list("pronouns", in: .module)
    static let demandOpeners = WordLists.list("demand-openers", in: .module)
    static let demandMarks = Set(WordLists.characters("demand-marks", in: .module))
    static let notDemandBefore = Set(WordLists.characters("not-demand-before", in: .module))
    static let notDemandAfter = Set(WordLists.characters("not-demand-after", in: .module))
    static let relayVerbs = WordLists.list("relay-verbs", in: .module)
    static let meetingPrefixes = WordLists.list("meeting-prefixes", in: .module)
    static let introPrefixes = WordLists.list("intro-prefixes", in: .module)
    static let introEndings = WordLists.list("intro-endings", in: .module)
    static let numerals = WordLists.characters("numerals", in: .module)
    /// A label (简报一：) before the first clause.
    static let labelPattern =
        "^(?:" + WordLists.list("label-words", in: .module).joined(separator: "|") + ")[" + numerals + "0-9]+[：:]"
    /// The characters of a list ordinal (一、 一是要 （一） 1.).
    static let ordinal = Set(numerals + WordLists.characters("ordinal-words", in: .module) + "、（）().0123456789 ")

    /// One sentence of the text, without its end mark.
    struct Sentence {
        var text: String
        /// Its index among the item's sentences.
        var index: Int
    }

    let sentences: [Sentence]
    /// The item's deployed measures: a sentence whose last clause names one is not cut before it.
    var keeping: [String] = []

    /// The sentences of `text`; those of the item's own headline are left out (a headline is
    /// a title, not a report of what happened).
    init(_ text: String, headline: String? = nil, keeping: [String] = []) {
        self.keeping = keeping
        var out: [Sentence] = []
        var current = ""
        for c in text {
            if Condense.sentenceEnds.contains(c) || c == "\n" {
                let t = current.trimmingCharacters(in: [" ", "\u{3000}", "\t"])
                if !t.isEmpty { out.append(Sentence(text: t, index: out.count)) }
                current = ""
            } else {
                current.append(c)
            }
        }
        let t = current.trimmingCharacters(in: [" ", "\u{3000}", "\t"])
        if !t.isEmpty { out.append(Sentence(text: t, index: out.count)) }
        // A label line (简报一：) names no sentence.
        out.removeAll { $0.text.count <= 6 && ($0.text.hasSuffix("：") || $0.text.hasSuffix(":")) }
        let title = headline.map { $0.filter { !$0.isWhitespace } } ?? ""
        sentences = out.filter { s in title.isEmpty || !title.contains(s.text.filter { !$0.isWhitespace }) }
            .enumerated().map { i, s in Sentence(text: s.text, index: i) }
    }

    /// The sentence that says the meeting was held, up to the clause that says so, without news
    /// prefixes; 我市/我县/我区 before the verb become the unit (the notice speaks for another office).
    func lead(unit: String?, meeting: String?) -> Sentence? {
        for s in sentences.prefix(6) {
            var text = Self.strippingNewsPrefix(s.text)
            let parts = Condense.clauses(text)
            guard let k = parts.firstIndex(where: { p in Self.heldVerbs.contains { p.text.contains($0) } }) else { continue }
            // The clause must name the meeting (or a meeting word), not some other 召开.
            let held = parts[k].text
            guard meeting.map({ held.contains($0) }) ?? false || Self.meetingMarks.contains(where: held.contains) else { continue }
            text = parts[...k].enumerated().map { i, p in p.text + (i < k ? String(p.end ?? "，") : "") }.joined()
            return Sentence(text: Self.naming(unit, in: text, before: Self.heldVerbs), index: s.index)
        }
        return nil
    }

    /// For an item that reports no meeting: its first sentence, condensed, 我区/我县/我市 named.
    func summary(unit: String?, limit: Int) -> Sentence? {
        guard let s = sentences.first else { return nil }
        let text = Condense.clause(Self.strippingNewsPrefix(s.text), limit: limit, keeping: keeping)
        return Sentence(text: Self.naming(unit, in: text, before: []), index: s.index)
    }

    /// 我市/我县/我区 (before the first of `verbs`, or anywhere when none) become the unit: the
    /// notice speaks for another office.
    static func naming(_ unit: String?, in text: String, before verbs: [String]) -> String {
        guard let unit, let own = selfReferences.first(where: { $0.last == unit.last }), let r = text.range(of: own) else {
            return text
        }
        if !verbs.isEmpty {
            guard let v = verbs.compactMap({ text.range(of: $0) }).first, r.lowerBound < v.lowerBound else { return text }
        }
        var out = text
        out.replaceSubrange(r, with: unit)
        return out
    }

    /// 本报讯 记者牛前进报道：5月29日上午… → 5月29日上午…
    static func strippingNewsPrefix(_ text: String) -> String {
        var t = Substring(text)
        for p in newsPrefixes where t.hasPrefix(p) {
            t = t.dropFirst(p.count)
            break
        }
        t = t.drop { $0 == " " || $0 == "\u{3000}" }
        // A label (简报一：) before the first clause.
        if let r = t.range(of: labelPattern, options: .regularExpression) { t = t[r.upperBound...] }
        // 记者…报道： before the first clause.
        if reporterWords.contains(where: t.hasPrefix), let colon = t.firstIndex(where: { $0 == "：" || $0 == ":" }),
            t.distance(from: t.startIndex, to: colon) <= 12
        {
            t = t[t.index(after: colon)...]
        }
        if reporterWords.contains(where: { t.hasPrefix("（" + $0) || t.hasPrefix("(" + $0) }),
            let close = t.firstIndex(where: { $0 == "）" || $0 == ")" })
        {
            t = t[t.index(after: close)...]
        }
        return String(t.drop { $0 == " " || $0 == "\u{3000}" || $0 == "，" })
    }

    /// The sentences that name the people with a verb of their role, in text order, each cut after
    /// the last clause about them (a clause ending in 强调/指出 keeps what the person said, condensed).
    /// A person no sentence names with a role verb is left out; each is named once.
    func people(_ people: [Person], after lead: Int?, limit: Int) -> [Sentence] {
        let names = people.map(\.name).filter { $0.count >= 2 }
        var covered = Set<String>()
        var out: [Sentence] = []
        for s in sentences where s.index != lead {
            let parts = Condense.clauses(s.text)
            guard let first = parts.first else { continue }
            let named = names.filter { first.text.contains($0) }
            guard !named.isEmpty, Self.roleVerbs.contains(where: { first.text.contains($0) }) else { continue }
            var k = 0
            while k + 1 < parts.count {
                let next = parts[k + 1].text
                let namesSomeone = names.contains { next.contains($0) }
                let continues = Self.continuationMarks.contains(where: next.hasPrefix) && Self.roleVerbs.contains { next.contains($0) }
                guard namesSomeone || continues else { break }
                k += 1
            }
            let mentioned = names.filter { n in parts[...k].contains { $0.text.contains(n) } }
            guard mentioned.contains(where: { !covered.contains($0) }) else { continue }
            covered.formUnion(mentioned)
            var text = parts[...k].enumerated().map { i, p in p.text + (i < k ? String(p.end ?? "，") : "") }.joined()
            // 副市长武军出席会议并就…提出要求，他要求全市上下要…: the demand is his, said after his role.
            let continuesAsHe =
                k + 1 < parts.count
                && Self.pronouns.contains { he in
                    (Self.speechVerbs + Self.demandVerbs).contains { parts[k + 1].text.hasPrefix(he + $0) }
                }
            if continuesAsHe {
                let rest = parts[(k + 1)...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                text += "，" + Condense.clause(rest, limit: limit, keeping: keeping)
            } else if k + 1 < parts.count, Self.speechVerbs.contains(where: { parts[k].text.hasSuffix($0) }) {
                let rest = parts[(k + 1)...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                text += "，" + Condense.clause(rest, limit: limit, keeping: keeping)
            }
            out.append(Sentence(text: text, index: s.index))
        }
        return out
    }

    /// What a leader named for another role demanded in his speech (王文涛指出，…。下一步，要进一步
    /// 明确联防联控目标): for a sentence not in `used` whose first clause is the person and a speech
    /// verb, the first clause of that speech (it runs to the next person's speech) that begins a
    /// demand (要…, 下一步，要…), from there to the end of its sentence, condensed, after
    /// the person and verb as the source writes them. Nil for a speech that demands nothing.
    func speeches(_ people: [Person], excluding used: Set<Int>, limit: Int) -> [Sentence] {
        let names = people.map(\.name).filter { $0.count >= 2 }
        func opener(_ s: Sentence) -> String? {
            guard let first = Condense.clauses(s.text).first?.text,
                names.contains(where: { first.contains($0) }), Self.speechVerbs.contains(where: { first.hasSuffix($0) })
            else { return nil }
            return first
        }
        var out: [Sentence] = []
        for s in sentences where !used.contains(s.index) {
            guard let who = opener(s) else { continue }
            var k = s.index
            while k < sentences.count, k == s.index || opener(sentences[k]) == nil {
                let parts = Condense.clauses(sentences[k].text)
                let from = k == s.index ? 1 : 0
                if let d = parts.indices.dropFirst(from).first(where: { Self.beginsDemand(parts[$0].text) }) {
                    let rest = parts[d...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                    out.append(Sentence(text: who + "，" + Condense.clause(rest, limit: limit, keeping: keeping), index: sentences[k].index))
                    break
                }
                k += 1
            }
        }
        return out
    }

    /// An unnumbered list of demands (会议要求，要统一思想认识，…；要抓住冬防特点，…；要强化督导检查，…)
    /// for an item the reader found no numbered requirements in: the sentence whose first clause
    /// ends in 要求 and whose next begins a demand, each ；-separated demand condensed on its own
    /// (a demand ending in a deployed measure kept whole). Not a sentence in `used`.
    func unnumberedDemands(excluding used: Set<Int>, limit: Int) -> Sentence? {
        for s in sentences where !used.contains(s.index) {
            let parts = Condense.clauses(s.text)
            guard parts.count > 1, Self.demandVerbs.contains(where: parts[0].text.hasSuffix), parts[0].text.count <= 12,
                Self.beginsDemand(parts[1].text)
            else { continue }
            let body = parts.dropFirst().map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
            let demands = body.split(whereSeparator: { $0 == "；" || $0 == ";" }).map {
                Condense.clause(String($0), limit: limit, keeping: keeping)
            }.filter { !$0.isEmpty }
            guard demands.count >= 2 else { continue }
            return Sentence(text: parts[0].text + "，" + demands.joined(separator: "；"), index: s.index)
        }
        return nil
    }

    /// A clause that opens a demand: 要…, 必须…, 下一步…, or a short subject before 要 (高新区要…,
    /// 各级各部门要…); not 要求, 重要, 主要, 需要, nor a principle pair (既要…更要…).
    static func beginsDemand(_ clause: String) -> Bool {
        if demandOpeners.contains(where: { clause.hasPrefix($0) }) { return true }
        let chars = Array(clause)
        guard let k = chars.prefix(7).indices.first(where: { demandMarks.contains(chars[$0]) }) else { return false }
        let before: Character? = k > 0 ? chars[k - 1] : nil
        let after: Character? = k + 1 < chars.count ? chars[k + 1] : nil
        if let before, notDemandBefore.contains(before) { return false }
        return !(after.map(notDemandAfter.contains) ?? false) && !chars[..<k].contains { $0.isNumber || "，、“”".contains($0) }
    }

    /// Sentences that say what the meeting relayed (会议传达了…精神): a leader whose speech or
    /// instruction was relayed is named as relayed, never as present.
    func relayed(excluding used: Set<Int>, limit: Int) -> [Sentence] {
        sentences.filter { s in
            !used.contains(s.index) && Condense.clauses(s.text).first.map { c in Self.relayVerbs.contains(where: c.text.contains) } ?? false
        }.map { Sentence(text: Condense.clause(Self.strippingMeetingPrefix($0.text), limit: limit, keeping: keeping), index: $0.index) }
    }

    /// Verbs of issuing a document (印发了《…方案》).
    static let issueVerbs = WordLists.list("issue-verbs", in: .module)

    /// Sentences that say a named document was issued (当天的会议还印发了《宝鸡市…工作方案》，各相关
    /// 部门签订了责任书): an issuing verb before a 《title》 in the same clause. Not those in `used`,
    /// nor one whose titles `printed` already names.
    func issued(excluding used: Set<Int>, printed: String, limit: Int) -> [Sentence] {
        sentences.filter { s in
            guard !used.contains(s.index) else { return false }
            let issues = Condense.clauses(s.text).contains { c in
                guard let open = c.text.firstIndex(of: "《") else { return false }
                let before = c.text[..<open]
                return Self.issueVerbs.contains { v in
                    before.range(of: v).map { before.distance(from: $0.upperBound, to: before.endIndex) <= 2 } ?? false
                }
            }
            guard issues else { return false }
            let titles = Self.titles(in: s.text)
            return !titles.isEmpty && !titles.allSatisfy { printed.contains($0) }
        }.map { Sentence(text: Condense.clause(Self.strippingMeetingPrefix($0.text), limit: limit, keeping: keeping), index: $0.index) }
    }

    /// The 《…》 titles of a text.
    static func titles(in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "《"), let close = rest[open...].firstIndex(of: "》") {
            out.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// The body sentence that carries the action the item's headline names (沟赵办事处 开展各类
    /// 污染源全面普查工作 → …自11月13日起，沟赵办事处在辖区内开展各类污染源全面普查工作), cut after
    /// the clause that carries it. Nil when the headline names nothing the body says at length, or
    /// when `printed` already says it.
    /// A sentence that continues what a named person said (王新亭指出，…。高新区要…) is not taken:
    /// printed alone it would lose its speaker.
    func headlineAction(
        _ headline: String?, excluding used: Set<Int>, printed: String, speakers: [String], limit: Int
    ) -> Sentence? {
        guard let headline else { return nil }
        let title = Array(headline.filter { !$0.isWhitespace })
        func continuesSpeech(_ s: Sentence) -> Bool {
            guard s.index > 0, let first = Condense.clauses(sentences[s.index - 1].text).first?.text else { return false }
            return speakers.contains { first.contains($0) } && (Self.speechVerbs + Self.demandVerbs).contains { first.contains($0) }
        }
        var best: (Sentence, String)? = nil
        for s in sentences where !used.contains(s.index) && !continuesSpeech(s) {
            let common = Self.longestCommon(title, Array(s.text))
            if common.count >= 8, common.count > (best?.1.count ?? 0) { best = (s, common) }
        }
        guard let (s, common) = best, !printed.contains(common) else { return nil }
        let text = Self.strippingMeetingPrefix(s.text)
        let parts = Condense.clauses(text)
        guard let k = parts.firstIndex(where: { $0.text.contains(common) || common.contains($0.text) }) else { return nil }
        let upTo = parts[...k].enumerated().map { i, p in p.text + (i < k ? String(p.end ?? "，") : "") }.joined()
        let cut = Condense.clause(text, limit: limit, keeping: keeping)
        let chosen = cut.count >= upTo.count ? cut : upTo
        guard chosen.count <= limit * 2 else { return nil }
        return Sentence(text: chosen, index: s.index)
    }

    /// 会上，… → …
    static func strippingMeetingPrefix(_ text: String) -> String {
        for p in meetingPrefixes where text.hasPrefix(p) { return String(text.dropFirst(p.count)) }
        return text
    }

    static func longestCommon(_ a: [Character], _ b: [Character]) -> String {
        guard !a.isEmpty, !b.isEmpty else { return "" }
        var best = (0, 0)
        var prev = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var row = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                row[j] = prev[j - 1] + 1
                if row[j] > best.0 { best = (row[j], i) }
            }
            prev = row
        }
        return String(a[(best.1 - best.0)..<best.1])
    }

    /// The words that introduce the item's numbered requirements in the source (会议要求, 办事处
    /// 党工委要求, 主要任务是, …并就下一步工作强调三点要求), or the sentence before them when it
    /// ends in 要求/强调/指出. Nil when the source has none short enough to quote.
    func requirementsIntro(_ first: String, limit: Int) -> String? {
        let probe = String(first.drop { Self.demandMarks.contains($0) }.prefix(6))
        guard probe.count >= 4 else { return nil }
        for s in sentences {
            guard let hit = s.text.range(of: probe) else { continue }
            // Back over the ordinal (一、 一是要 （一） 1.) to where the list starts.
            var start = hit.lowerBound
            while start > s.text.startIndex, Self.ordinal.contains(s.text[s.text.index(before: start)]) {
                start = s.text.index(before: start)
            }
            var intro = String(s.text[..<start]).trimmingCharacters(in: Condense.clauseEnds.union([" "]))
            for p in Self.introPrefixes where intro.hasPrefix(p + "，") { intro = String(intro.dropFirst(p.count + 1)) }
            if intro.isEmpty, s.index > 0 {
                let previous = sentences[s.index - 1].text
                if Self.introEndings.contains(where: { previous.hasSuffix($0) }) { intro = previous }
            }
            guard !intro.isEmpty, intro.count <= limit else { return nil }
            return intro
        }
        return nil
    }
}
