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
    /// The openings of a numbered list (一是…, 一要…, 一、…, （一）…, 1.…).
    static let listOpeners = WordLists.list("list-openers", in: .module)
    /// A clause saying on whose behalf someone acts (受…委托): its first and last words.
    static let delegation: [(String, String)] = WordLists.list("delegation-cues", in: .module).compactMap { line in
        let p = line.split(separator: "…", maxSplits: 1).map(String.init)
        return p.count == 2 ? (p[0], p[1]) : nil
    }
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
    /// A label (简报一：, 【简报一】) before the first clause.
    static let labelPattern: String = {
        let label = "(?:" + WordLists.list("label-words", in: .module).joined(separator: "|") + ")[" + numerals + "0-9]+"
        return "^(?:" + label + "[：:]|【" + label + "】)"
    }()
    /// The characters of a list ordinal (一、 一是要 （一） 1.).
    static let ordinal = Set(numerals + WordLists.characters("ordinal-words", in: .module) + "、（）().0123456789 ")

    /// One sentence of the text, without its end mark.
    struct Sentence {
        var text: String
        /// Its index among the item's sentences.
        var index: Int
        /// The paragraph (line of the cleaned text) it stands in.
        var paragraph = 0
        /// Whether it ends in a sentence mark: a heading line (认清形势，提高认识) does not.
        var closed = true
        /// The later sentences of the item it also says (a speech's later demands).
        var covers: [Int] = []
    }

    let sentences: [Sentence]
    /// The item's text and headline, where a name put in for 我市/我区 must be found.
    var whole = ""
    /// The item's deployed measures: a sentence whose last clause names one is not cut before it.
    var keeping: [String] = []

    /// The sentences of `text`; those of the item's own headline are left out (a headline is
    /// a title, not a report of what happened).
    init(_ text: String, headline: String? = nil, keeping: [String] = []) {
        self.keeping = keeping
        whole = (headline ?? "") + "\n" + text
        var out: [Sentence] = []
        var current = ""
        var paragraph = 0
        func close(_ closed: Bool) {
            let t = current.trimmingCharacters(in: [" ", "\u{3000}", "\t"])
            if !t.isEmpty { out.append(Sentence(text: t, index: out.count, paragraph: paragraph, closed: closed)) }
            current = ""
        }
        // a line break inside 《…》, “…” or （…） is a hard wrap (PDF text), not a sentence's end
        var depth = 0
        for c in text {
            if Condense.openers.contains(c) { depth += 1 }
            if Condense.closers.contains(c) { depth = max(0, depth - 1) }
            if c == "\n" && depth > 0 { continue }
            if Condense.sentenceEnds.contains(c) {
                depth = 0
                close(true)
            } else if c == "\n" {
                close(false)
                paragraph += 1
            } else {
                current.append(c)
            }
        }
        close(false)
        // A label line (简报一：) names no sentence.
        out.removeAll { $0.text.count <= 6 && ($0.text.hasSuffix("：") || $0.text.hasSuffix(":")) }
        let title = headline.map { $0.filter { !$0.isWhitespace } } ?? ""
        // a label line (简报二：区生态环境分局开展“零点行动”⏎12月1日夜间，…) is the item's headline,
        // and the headline under its label is the headline too
        out.removeAll { !$0.closed && $0.text.range(of: Self.labelPattern, options: .regularExpression) != nil }
        sentences = out.filter { s in
            let bare = s.text.replacingOccurrences(of: Self.labelPattern, with: "", options: .regularExpression)
            return title.isEmpty || !title.contains(bare.filter { !$0.isWhitespace })
        }
        .enumerated().map { i, s in Sentence(text: s.text, index: i, paragraph: s.paragraph, closed: s.closed) }
    }

    /// The sentence that says the meeting was held, up to the clause that says so, without news
    /// prefixes; 我市/我县/我区 before the verb become the unit (the notice speaks for another office).
    /// The clauses after it that name the meeting's `people` with their roles (…调度会，副县长马俊峰
    /// 主持会议) stay with it: the sentence is the only one that says what they did.
    func lead(unit: String?, meeting: String?, people: [String] = [], limit: Int = 60) -> Sentence? {
        for s in sentences.prefix(6) {
            var text = Self.strippingNewsPrefix(s.text)
            let parts = Condense.clauses(text)
            guard var k = parts.firstIndex(where: { p in Self.heldVerbs.contains { p.text.contains($0) } }) else { continue }
            // The clause must name the meeting (or a meeting word), not some other 召开.
            let held = parts[k].text
            guard meeting.map({ held.contains($0) }) ?? false || Self.meetingMarks.contains(where: held.contains) else { continue }
            k = Self.roleClauses(parts, from: k, names: people.filter { $0.count >= 2 }, requireName: true)
            // …工作会议，部署柴油货车污染治理攻坚行动: what the meeting was for stays with it
            if k + 1 < parts.count, Self.agendaVerbs.contains(where: parts[k + 1].text.hasPrefix) { k += 1 }
            text = parts[...k].enumerated().map { i, p in p.text + (i < k ? String(p.end ?? "，") : "") }.joined()
            // 县长郭海东主持召开…调度会，要求各乡镇…: what the leader who held it demanded goes on
            if k + 1 < parts.count, people.contains(where: { n in n.count >= 2 && parts[...k].contains { $0.text.contains(n) } }),
                Self.demandVerbs.contains(where: parts[k + 1].text.hasPrefix), !Self.beginsNumberedList(parts[k + 1].text)
            {
                let rest = parts[(k + 1)...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                text += "，" + Condense.clause(rest, limit: limit, keeping: keeping)
            }
            return Sentence(text: Self.naming(unit, in: text, before: Self.heldVerbs, source: whole), index: s.index)
        }
        return nil
    }

    /// For an item that reports no meeting: its first sentence, condensed, 我区/我县/我市 named.
    /// A heading or a document number (邯气领办〔2018〕45号) is no summary: the first sentence of
    /// two clauses or more that does not open a list (各县（市、区）人民政府，市直有关部门：) is taken.
    func summary(unit: String?, limit: Int) -> Sentence? {
        let reported = sentences.lazy.compactMap { s -> (Sentence, String)? in
            let parts = Condense.clauses(s.text)
            if parts.count > 1 && parts.last?.end == nil { return (s, s.text) }
            // 11月26日，任丘市启动…应急响应，各责任单位落实管控措施情况如下：(a table follows): what
            // happened, before the clause that introduces the list
            if parts.count > 2, let end = parts.last?.end, Self.listColons.contains(end) {
                return (s, parts.dropLast().map { $0.text + String($0.end ?? " ") }.joined().trimmingCharacters(in: Condense.clauseEnds))
            }
            return nil
        }.first
        guard let (s, said) = reported ?? sentences.first.map({ ($0, $0.text) }) else { return nil }
        let text = Condense.clause(Self.strippingNewsPrefix(said), limit: limit, keeping: keeping)
        return Sentence(text: Self.naming(unit, in: text, before: [], source: whole), index: s.index)
    }

    private static let listColons: Set<Character> = ["：", ":"]

    static let otherBusinessOpeners = WordLists.list("other-business-openers", in: .module)

    /// The sentences from the one that turns the meeting to other business on (会议还研究了安全生产和
    /// 疫情防控工作。会议强调，要克服麻痹思想…): what they say is not the item's air work.
    var otherBusiness: Set<Int> {
        guard let turn = sentences.first(where: { s in Self.otherBusinessOpeners.contains(where: s.text.hasPrefix) }) else { return [] }
        return Set(sentences.map(\.index).filter { $0 >= turn.index })
    }

    static let letterheadEndings = WordLists.list("letterhead-endings", in: .module)
    static let documentTitleOpeners = WordLists.list("document-title-openers", in: .module)

    /// The item's title as the source list prints it: the headline without its list number, label
    /// or bracketed date (`1.县长郭海东调度散煤治理工作（11月20日）`, `简报一：…`); under a letterhead
    /// (…办公室文件) the document's own title line(s) (关于…⏎…的通报); without a headline, the first
    /// sentence without its news prefix (本报讯11月21日，… → 11月21日，…).
    static func sourceTitle(headline: String?, text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // 河间市…领导小组办公室 ⏎ 关于开展…的通知: an office's name over the document's title is a letterhead too
        let officeOverTitle =
            lines.count > 1
            && headline.map { h in !h.contains(where: { Condense.sentenceEnds.contains($0) || Condense.clauseEnds.contains($0) }) } == true
            && documentTitleOpeners.contains(where: lines[1].hasPrefix)
        if let h = headline, letterheadEndings.contains(where: h.hasSuffix) || officeOverTitle {
            if let i = lines.firstIndex(where: { l in documentTitleOpeners.contains(where: l.hasPrefix) }) {
                var title = lines[i]
                var j = i + 1
                while j < min(lines.count, i + 3), !lines[j].isEmpty, !lines[j].hasSuffix("："), !lines[j].hasSuffix(":"),
                    !lines[j].contains(where: { Condense.sentenceEnds.contains($0) || Condense.clauseEnds.contains($0) })
                {
                    title += lines[j]
                    j += 1
                }
                return title
            }
        }
        if let h = headline, h.count >= 8 {
            return bracketedDates.reduce(strippingNewsPrefix(h)) { $0.replacingOccurrences(of: $1, with: "", options: .regularExpression) }
        }
        if let line = text.split(separator: "\n").first, let r = line.range(of: labelPattern, options: .regularExpression),
            !line.contains(where: Condense.sentenceEnds.contains), r.upperBound < line.endIndex
        {
            return String(line[r.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        let first = SourceSentences(text, headline: headline).sentences.first.map { strippingNewsPrefix($0.text) } ?? ""
        return Condense.clause(first, limit: 40)
    }

    static let speakerVoice = WordLists.list("speaker-voice", in: .module)
    static let speakerDeictics = WordLists.list("speaker-deictics", in: .module)

    /// `刚才，市生态环境局通报了去年工作情况，会议印发了《…》，请大家认真抓好落实` → `市生态环境局通报了
    /// 去年工作情况，会议印发了《…》`: the clauses in which a speaker addresses his hall left out.
    static func withoutSpeakerVoice(_ text: String) -> String {
        let parts = Condense.clauses(text)
        let kept = parts.filter { p in !speakerDeictics.contains(p.text) && !speakerVoice.contains(where: p.text.contains) }
        guard kept.count < parts.count else { return text }
        return kept.enumerated().map { i, p in p.text + (i + 1 < kept.count ? String(p.end ?? "，") : "") }.joined()
    }

    /// `1、11月12日，…` / `1.县长…` / `（二）2018年底前，…` / `三、下一步要求` → the text after the number.
    static func strippingOrdinal(_ text: String) -> String {
        let pattern = "^(?:[0-9" + numerals + "]{1,2}、|[0-9]{1,2}[.．](?![0-9])|[（(][0-9" + numerals + "]{1,2}[）)])"
        if let r = text.range(of: pattern, options: .regularExpression) { return String(text[r.upperBound...]) }
        // 1.11月16日上午，街道召开…: a list number before a date (not the number 1.11)
        if let r = text.range(of: "^[0-9]{1,2}[.．]", options: .regularExpression), DateWording.startsWithDate(String(text[r.upperBound...]))
        {
            return String(text[r.upperBound...])
        }
        return text
    }

    /// How the title of a speech ends (在全县…调度会上的讲话).
    static let speechTitleEndings = WordLists.list("speech-title-endings", in: .module)

    /// A speech printed as such (在…会议上的讲话, with its byline 县委书记 马志远): the speaker as the
    /// byline names him and the speech's title, `县委书记马志远在全县…调度会上的讲话`. Nil when the
    /// headline is no speech title or no byline line of the text names one of `people`.
    func speech(headline: String?, people: [Person]) -> Sentence? {
        guard let h = headline, Self.speechTitleEndings.contains(where: h.hasSuffix), let first = h.first,
            Self.speechTitleOpeners.contains(String(first))
        else { return nil }
        for s in sentences.prefix(3) where s.text.count <= 24 {
            let line = s.text.filter { !$0.isWhitespace }
            if let p = people.first(where: { $0.name.count >= 2 && line.hasSuffix($0.name) }) {
                return Sentence(text: line + h, index: s.index)
            }
        }
        return nil
    }
    static let speechTitleOpeners = WordLists.list("speech-title-openers", in: .module)

    /// 我市/我县/我区 (before the first of `verbs`, or anywhere when none) become the unit: the
    /// notice speaks for another office.
    /// Where the item never writes the unit (丰润区 named only in the page header: 我区启动…), 我区
    /// is left out instead (启动…, under the unit's heading): a name the source does not put
    /// there would be a claim of the notice's own.
    static func naming(_ unit: String?, in text: String, before verbs: [String], source: String = "") -> String {
        guard let unit, let own = selfReferences.first(where: { $0.last == unit.last }), let r = text.range(of: own) else {
            return text
        }
        if !verbs.isEmpty {
            guard let v = verbs.compactMap({ text.range(of: $0) }).first, r.lowerBound < v.lowerBound else { return text }
        }
        var out = text
        out.replaceSubrange(r, with: source.isEmpty || source.contains(unit) ? unit : "")
        return out
    }

    /// 本报讯 记者牛前进报道：5月29日上午… → 5月29日上午…
    static func strippingNewsPrefix(_ text: String) -> String {
        var t = Substring(strippingOrdinal(text))
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
        return DateWording.strippingAsides(String(t.drop { $0 == " " || $0 == "\u{3000}" || $0 == "，" }))
    }

    /// The sentences that name the people with a verb of their role, in text order, each cut after
    /// the last clause about them (a clause ending in 强调/指出 keeps what the person said, condensed).
    /// A person no sentence names with a role verb is left out; each is named once.
    func people(_ people: [Person], after lead: Int?, limit: Int) -> [Sentence] {
        let names = people.map(\.name).filter { $0.count >= 2 }
        var covered = Set<String>()
        var out: [Sentence] = []
        for s in sentences where s.index != lead {
            var parts = Condense.clauses(s.text)
            // 受市生态环境局局长孙志强委托，…副局长王晓东到会指导并讲话: on whose behalf opens the sentence.
            if parts.count > 1, let d = parts.first?.text, Self.delegation.contains(where: { d.hasPrefix($0.0) && d.hasSuffix($0.1) }) {
                parts[1].text = d + String(parts[0].end ?? "，") + parts[1].text
                parts.removeFirst()
            }
            // 副市长周敏、孟凡强，市政府秘书长吴迪出席会议: clauses that only list people are one subject
            // with the role verb of the clause that ends the list.
            while parts.count > 1, !Self.roleVerbs.contains(where: { parts[0].text.contains($0) }),
                names.contains(where: { parts[0].text.hasSuffix($0) }), names.contains(where: { parts[1].text.contains($0) })
            {
                parts[1].text = parts[0].text + String(parts[0].end ?? "，") + parts[1].text
                parts.removeFirst()
            }
            guard let first = parts.first else { continue }
            let named = names.filter { first.text.contains($0) }
            guard !named.isEmpty, Self.roleVerbs.contains(where: { first.text.contains($0) }) else { continue }
            var k = Self.roleClauses(parts, from: 0, names: names, requireName: false)
            // 马俊峰要求：一是… is the numbered requirements' own introduction, printed with them.
            if k + 1 < parts.count, Self.demandVerbs.contains(where: parts[k].text.hasSuffix), Self.beginsNumberedList(parts[k + 1].text) {
                guard k > 0 else { continue }
                k -= 1
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
            var covers: [Int] = []
            if continuesAsHe || (k + 1 < parts.count && Self.speechVerbs.contains(where: { parts[k].text.hasSuffix($0) })) {
                let rest = parts[(k + 1)...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                text += "，" + demands(in: rest, limit: limit)
                let later = laterDemands(after: s, names: names, limit: limit)
                text += later.map { "；" + $0.text }.joined()
                covers = later.map(\.index)
            } else if k + 1 < parts.count, (Self.speechVerbs + Self.demandVerbs).contains(where: { parts[k].text.hasSuffix($0) }) {
                let rest = parts[(k + 1)...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                text += "，" + demands(in: rest, limit: limit)
            }
            out.append(Sentence(text: text, index: s.index, covers: covers))
        }
        return out
    }

    /// The demands a speech goes on with in the paragraphs after its own (张勇强调，要提高思想认识，
    /// …。⏎各有关部门单位要…。⏎要突出工作重点，…。⏎要严管严查扬尘污染源，…。要强化工作措施，…): each
    /// following paragraph that opens with a demand (要…, or a short subject before 要) still belongs
    /// to the speech, up to the first that does not (a heading line, 据了解…, 会上…, another speaker);
    /// of those, the sentences at a paragraph's start that open with 要 itself, each condensed.
    /// In the speech's own paragraph, the later sentences that open with 要 (…。要进一步落实联防联控
    /// 责任。…。要聚焦重点，精准施策，确保…。) are its points too, each condensed to half the limit; a
    /// sentence listing tasks between ； is left out rather than cut inside its list.
    func laterDemands(after speech: Sentence, names: [String], limit: Int) -> [Sentence] {
        var out: [Sentence] = []
        var paragraph = speech.paragraph
        var k = sentences.firstIndex { $0.index == speech.index }.map { $0 + 1 } ?? sentences.count
        for s in sentences[k...].prefix(while: { $0.paragraph == paragraph })
        where Self.opensOwnDemand(s.text) && !Condense.clauses(s.text).contains(where: { $0.end == "；" }) {
            out.append(Sentence(text: Condense.clause(s.text, limit: limit / 2, keeping: keeping), index: s.index))
        }
        while k < sentences.count {
            while k < sentences.count, sentences[k].paragraph == paragraph { k += 1 }
            guard k < sentences.count else { break }
            let first = sentences[k]
            paragraph = first.paragraph
            let opening = Condense.clauses(first.text).first?.text ?? ""
            guard first.closed, !names.contains(where: { opening.contains($0) }), Self.opensDemand(opening) else { break }
            var j = k
            while j < sentences.count, sentences[j].paragraph == paragraph, Self.opensOwnDemand(sentences[j].text) {
                out.append(Sentence(text: Condense.clause(sentences[j].text, limit: limit, keeping: keeping), index: sentences[j].index))
                j += 1
            }
        }
        return out
    }

    /// What a speech demands, from its first demand to the end of its sentence: demands the source
    /// sets apart with ； (高新区要…，形成工作闭环，…；要通过强化组织领导，…) condensed each on its own,
    /// otherwise the whole condensed once.
    func demands(in speech: String, limit: Int) -> String {
        let parts = Condense.clauses(speech)
        var runs: [String] = []
        var current = ""
        for p in parts {
            current += p.text
            if p.end == "；" {
                runs.append(current)
                current = ""
            } else if let e = p.end {
                current.append(e)
            }
        }
        if !current.isEmpty { runs.append(current) }
        guard runs.count > 1, runs.dropFirst().allSatisfy({ Self.opensOwnDemand($0) }) else {
            return Condense.clause(speech, limit: limit, keeping: keeping)
        }
        return runs.map { Condense.clause($0, limit: limit, keeping: keeping) }.joined(separator: "；")
    }

    /// A sentence whose first word is the demand itself: 要突出工作重点 (not 要求…).
    static func opensOwnDemand(_ text: String) -> Bool { demandMark(in: text, within: 1) == 0 }

    /// A paragraph's first clause that demands: 要…, 必须…, or a subject before 要 (各有关部门单位要…,
    /// 县大气污染防治领导小组各职能部门要…).
    static func opensDemand(_ clause: String) -> Bool { beginsDemand(clause) || demandMark(in: clause, within: 20) != nil }

    /// The last of the clauses from `k` on that are about people: each next clause names one of
    /// `names`, goes on with 并 and a role verb, or is a short clause with a role verb of its own
    /// (…未能到会，作了书面讲话，由区委副书记、区长赵红梅代为宣读). With `requireName`, a clause
    /// must name someone or follow one that did.
    static func roleClauses(_ parts: [(text: String, end: Character?)], from k: Int, names: [String], requireName: Bool) -> Int {
        var k = k
        var named = !requireName
        while k + 1 < parts.count {
            let next = parts[k + 1].text
            let namesSomeone = names.contains { next.contains($0) }
            // a short clause says a role (作了书面讲话), not what was demanded (他要求…: see people)
            let says = (speechVerbs + demandVerbs).contains { next.contains($0) }
            let hasRole = roleVerbs.contains { next.contains($0) }
            let continues = named && hasRole && (continuationMarks.contains(where: next.hasPrefix) || (next.count <= 16 && !says))
            guard namesSomeone || continues else { break }
            named = true
            k += 1
        }
        return k
    }

    /// A clause that opens a numbered list (一是…, 一要…, 一、…, （一）…, 1.…).
    static func beginsNumberedList(_ clause: String) -> Bool {
        listOpeners.contains(where: clause.hasPrefix)
    }

    /// What a leader named for another role demanded in his speech (王文涛指出，…。下一步，要进一步
    /// 明确联防联控目标): for a sentence not in `used` whose first clause is the person and a speech
    /// verb, the first clause of that speech (it runs to the next person's speech) that begins a
    /// demand (要…, 下一步，要…), from there to the end of its sentence, condensed, after
    /// the person and verb as the source writes them. Nil for a speech that demands nothing.
    func speeches(_ people: [Person], excluding used: Set<Int>, limit: Int) -> [Sentence] {
        let names = people.map(\.name).filter { $0.count >= 2 }
        // 王晓东要求，要对照…: a demand verb opens a speech too when the demand follows in the same
        // sentence and is no numbered list (马俊峰要求：一是…, printed with the requirements)
        func opener(_ s: Sentence) -> String? {
            let parts = Condense.clauses(s.text)
            guard let first = parts.first?.text, names.contains(where: { first.contains($0) }),
                Self.speechVerbs.contains(where: { first.hasSuffix($0) })
                    || (Self.demandVerbs.contains(where: { first.hasSuffix($0) })
                        && parts.count > 1 && !Self.beginsNumberedList(parts[1].text))
            else { return nil }
            return first
        }
        var out: [Sentence] = []
        for s in sentences where !used.contains(s.index) {
            // 许文静强调，…。她要求，要紧盯…: the demand of the person the sentence before names.
            if s.index > 0, used.contains(s.index - 1) || opener(sentences[s.index - 1]) != nil,
                let first = Condense.clauses(s.text).first?.text,
                Self.pronouns.contains(where: { he in (Self.speechVerbs + Self.demandVerbs).contains { first == he + $0 } }),
                let previous = Condense.clauses(sentences[s.index - 1].text).first?.text, names.contains(where: { previous.contains($0) })
            {
                let rest = Condense.clauses(s.text).dropFirst().map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                if !rest.isEmpty {
                    out.append(Sentence(text: first + "，" + Condense.clause(rest, limit: limit, keeping: keeping), index: s.index))
                }
                continue
            }
            guard let who = opener(s) else { continue }
            // 杜宏伟要求，红色预警期间，全县所有工业企业一律停产，…: after a demand verb the rest of the
            // sentence is what was demanded, whether or not a clause of it opens with 要
            let own = Condense.clauses(s.text)
            if Self.demandVerbs.contains(where: who.hasSuffix), !own.dropFirst().contains(where: { Self.beginsDemand($0.text) }) {
                let rest = own.dropFirst().map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                let later = laterDemands(after: s, names: names, limit: limit)
                let text = who + "，" + demands(in: rest, limit: limit) + later.map { "；" + $0.text }.joined()
                out.append(Sentence(text: text, index: s.index, covers: later.map(\.index)))
                continue
            }
            // 罗永刚指出，督查发现的主要问题有：（一）…；（二）…；（三）…: what he found, as the list's heads
            if !own.dropFirst().contains(where: { Self.beginsDemand($0.text) }),
                let list = Condense.listHeads(own.dropFirst().map { $0.text + ($0.end.map { String($0) } ?? "") }.joined())
            {
                out.append(Sentence(text: who + "，" + list, index: s.index))
                continue
            }
            var k = s.index
            while k < sentences.count, k == s.index || opener(sentences[k]) == nil {
                let parts = Condense.clauses(sentences[k].text)
                let from = k == s.index ? 1 : 0
                if var d = parts.indices.dropFirst(from).first(where: { Self.beginsDemand(parts[$0].text) }) {
                    // 今冬明春，全县要确保…: a short time or scope clause before the demand is part of it
                    if d > from, parts[d - 1].text.count <= 4, !parts[d - 1].text.contains(where: \.isNumber) { d -= 1 }
                    let rest = parts[d...].map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
                    let later = laterDemands(after: sentences[k], names: names, limit: limit)
                    let text = who + "，" + demands(in: rest, limit: limit) + later.map { "；" + $0.text }.joined()
                    out.append(Sentence(text: text, index: sentences[k].index, covers: later.map(\.index)))
                    break
                }
                k += 1
            }
        }
        return out
    }

    /// The meeting's unnumbered demands (会议要求，要统一思想认识，…；要抓住冬防特点，…；要强化督导检查，…,
    /// or one: 会议要求，要深入学习贯彻…重要讲话精神，…): the sentence whose first clause ends in 要求
    /// and whose next begins a demand, each ；-separated demand condensed on its own (a demand
    /// ending in a deployed measure kept whole). Not a sentence in `used`.
    func unnumberedDemands(excluding used: Set<Int>, limit: Int) -> Sentence? {
        for s in sentences where !used.contains(s.index) {
            let parts = Condense.clauses(s.text)
            // 会议强调，各施工单位要…; 会议要求，各乡镇、各部门要…: after the meeting's verb, subjects
            // listed with 、 still open a demand
            guard parts.count > 1, (Self.demandVerbs + Self.speechVerbs).contains(where: parts[0].text.hasSuffix),
                parts[0].text.count <= 12, Self.beginsDemand(parts[1].text) || Self.beginsListedDemand(parts[1].text)
            else { continue }
            let body = parts.dropFirst().map { $0.text + ($0.end.map { String($0) } ?? "") }.joined()
            let runs = body.split(whereSeparator: { $0 == "；" || $0 == ";" })
            // one demand alone is cut at twice the length of one of several (its goals and time
            // limits are what it demands)
            let demands = runs.map {
                Condense.clause(String($0), limit: runs.count == 1 ? 2 * limit : limit, keeping: keeping)
            }.filter { !$0.isEmpty }
            guard !demands.isEmpty else { continue }
            return Sentence(text: parts[0].text + "，" + demands.joined(separator: "；"), index: s.index)
        }
        return paragraphDemands(excluding: used, limit: limit)
    }

    /// Bodies whose demand opens a sentence (会议要求，… / 督查组要求…).
    static let demandSubjects = WordLists.list("demand-subjects", in: .module)

    /// A body's demands said without 要 (会议要求，即日起至明年3月15日，全区建筑工地一律停止土石方
    /// 作业，严格落实“六个百分之百” / 督查组要求安平县于11月25日前整改到位，并对相关责任人严肃问责):
    /// each sentence not in `used` whose first clause is a body of `demandSubjects` and a demand
    /// verb, its first demand condensed; not one that introduces a numbered list (会议要求：一、…).
    func bodyDemands(excluding used: Set<Int>, limit: Int) -> [Sentence] {
        sentences.filter { s in
            guard !used.contains(s.index) else { return false }
            let parts = Condense.clauses(s.text)
            guard let first = parts.first?.text,
                let body = Self.demandSubjects.first(where: { first.hasPrefix($0) }),
                Self.demandVerbs.contains(where: { first.dropFirst(body.count).hasPrefix($0) })
            else { return false }
            if parts.count > 1 && Self.beginsNumberedList(parts[1].text) { return false }
            return parts.count > 1 || first.count > body.count + 4
        }.map { s in
            // the body's first demand, up to its first ； (a second, 按照…思路，…, is detail), cut at
            // the limit like any demand
            let first = s.text.split(whereSeparator: { $0 == "；" || $0 == ";" }).first.map(String.init) ?? s.text
            return Sentence(text: Condense.clause(first, limit: limit), index: s.index)
        }
    }

    /// Demands written as paragraphs after the sentence that announces them (田志勇就做好下一步工作
    /// 提出要求。要把好工地扬尘关口。各在建工地要…。要管住渣土运输车辆。…): the announcing sentence and
    /// the head of each paragraph, the sentences that open with 要 (all the demands when fewer
    /// than two do), while the sentences after it go on demanding.
    func paragraphDemands(excluding used: Set<Int>, limit: Int) -> Sentence? {
        for s in sentences where !used.contains(s.index) && Self.demandVerbs.contains(where: s.text.hasSuffix) && s.text.count <= limit {
            // a paragraph's sentence of detail between two demands (主次干道每日机扫不少于2遍…) does not end them
            var after: [Sentence] = []
            var gap = 0
            for t in sentences.dropFirst(s.index + 1) {
                let demands = Self.beginsDemand(Condense.clauses(t.text).first?.text ?? "")
                gap = demands ? 0 : gap + 1
                if gap > 1 { break }
                if demands { after.append(t) }
            }
            let heads = after.filter { $0.text.first.map(Self.demandMarks.contains) ?? false }
            let demands = (heads.count >= 2 ? heads : after).map { Condense.clause($0.text, limit: limit, keeping: keeping) }
            guard demands.count >= 2 else { continue }
            return Sentence(text: s.text + "：" + demands.joined(separator: "；"), index: s.index)
        }
        return nil
    }

    /// Points written as headed paragraphs, not numbered (加强领导，夯实责任。各级部门…⏎明确重点，
    /// 强力推进。要加紧…⏎…): three or more paragraphs in a row, each opening with a head, a sentence
    /// of two or three short clauses (two to eight Han characters each) followed in its paragraph by
    /// the point's text. The heads in order, ；-joined (each point kept whole, none cut); the
    /// sentence index is the first head's, the others are covered. Nil when the item has no such run.
    func headedPoints(excluding used: Set<Int>) -> Sentence? {
        func isHead(_ i: Int) -> Bool {
            let s = sentences[i]
            guard s.closed, !used.contains(s.index), i == 0 || sentences[i - 1].paragraph != s.paragraph,
                i + 1 < sentences.count, sentences[i + 1].paragraph == s.paragraph
            else { return false }
            let parts = Condense.clauses(s.text)
            return (2...3).contains(parts.count) && parts.dropLast().allSatisfy { $0.end == "，" }
                && parts.allSatisfy { (2...8).contains($0.text.count) && $0.text.allSatisfy(Punctuation.isHan) }
        }
        var run: [Int] = []
        for i in sentences.indices where isHead(i) {
            if let last = run.last, sentences[i].paragraph != sentences[last].paragraph + 1 {
                if run.count >= 3 { break }
                run = []
            }
            run.append(i)
        }
        guard run.count >= 3 else { return nil }
        return Sentence(
            text: run.map { sentences[$0].text }.joined(separator: "；"), index: sentences[run[0]].index,
            covers: run.dropFirst().map { sentences[$0].index })
    }

    /// Words that open a sentence before its subject (随后，王宏伟…): read past when looking for who
    /// the sentence is about.
    static let connectives = WordLists.list("sentence-connectives", in: .module)
    /// Verbs that say a person made remarks (提出了明确要求, 给予肯定, 作了部署).
    static let remarkVerbs = WordLists.list("remark-verbs", in: .module)

    /// Later sentences about a named person's remarks beyond his role (随后，王宏伟对高新区前期…取得的
    /// 成效给予肯定，并立足…突出问题，对扎实推进下一步工作提出了明确要求): a sentence whose first clause
    /// (after a connective such as 随后) opens with the person's name (or title and name) and is no
    /// speech of its own (王文涛指出，…: `speeches`), up to its last clause with a verb of remarks. Not
    /// a sentence in `used`, nor one `printed` already says (the words before a numbered list).
    func remarks(_ people: [Person], excluding used: Set<Int>, printed: String, limit: Int) -> [Sentence] {
        let named = people.filter { $0.name.count >= 2 }
        var out: [Sentence] = []
        for s in sentences where !used.contains(s.index) {
            let parts = Condense.clauses(s.text)
            let start = parts.first.map { Self.connectives.contains($0.text) } ?? false ? 1 : 0
            guard start < parts.count else { continue }
            let opening = parts[start].text
            guard named.contains(where: { p in opening.hasPrefix(p.name) || p.title.map { opening.hasPrefix($0 + p.name) } ?? false }),
                !Self.speechVerbs.contains(where: { opening.hasSuffix($0) }),
                let k = parts.indices.last(where: { i in i >= start && Self.remarkVerbs.contains { parts[i].text.contains($0) } })
            else { continue }
            let text = parts[...k].enumerated().map { i, p in p.text + (i < k ? String(p.end ?? "，") : "") }.joined()
            let said = parts[start...k].map(\.text).joined()
            guard text.count <= 2 * limit, !printed.filter({ !Condense.clauseEnds.contains($0) }).contains(said) else { continue }
            out.append(Sentence(text: text, index: s.index))
        }
        return out
    }

    /// A clause that opens a demand: 要…, 必须…, 下一步…, or a short subject before 要 (高新区要…,
    /// 各级各部门要…); not 要求, 重要, 主要, 需要, nor a principle pair (既要…更要…).
    static func beginsDemand(_ clause: String) -> Bool {
        if demandOpeners.contains(where: { clause.hasPrefix($0) }) { return true }
        return demandMark(in: clause, within: 7) != nil
    }

    /// A demand whose subjects are listed with 、 (各乡镇、各部门要坚持…): each subject short, the 要
    /// within the clause's first twelve characters.
    static func beginsListedDemand(_ clause: String) -> Bool {
        let chars = Array(clause)
        guard let k = chars.prefix(12).firstIndex(where: { demandMarks.contains($0) }), k > 0,
            !(k + 1 < chars.count && notDemandAfter.contains(chars[k + 1])), !notDemandBefore.contains(chars[k - 1])
        else { return false }
        let subjects = chars[..<k].split(separator: "、")
        return subjects.count >= 2 && subjects.allSatisfy { (2...6).contains($0.count) && $0.allSatisfy(Punctuation.isHan) }
    }

    /// Where the clause's 要 of demand stands among its first `within` characters, after nothing
    /// but its subject (no number, list mark or quote); nil for 要求, 重要, 主要, 需要, 既要….
    static func demandMark(in clause: String, within: Int) -> Int? {
        let chars = Array(clause)
        guard let k = chars.prefix(within).indices.first(where: { demandMarks.contains(chars[$0]) }) else { return nil }
        let before: Character? = k > 0 ? chars[k - 1] : nil
        let after: Character? = k + 1 < chars.count ? chars[k + 1] : nil
        if let before, notDemandBefore.contains(before) { return nil }
        guard !(after.map(notDemandAfter.contains) ?? false), !chars[..<k].contains(where: { $0.isNumber || "，、“”".contains($0) })
        else { return nil }
        return k
    }

    /// Sentences that say what the meeting relayed (会议传达了…精神): a leader whose speech or
    /// instruction was relayed is named as relayed, never as present.
    func relayed(excluding used: Set<Int>, limit: Int) -> [Sentence] {
        sentences.filter { s in
            !used.contains(s.index) && Condense.clauses(s.text).first.map { c in Self.relayVerbs.contains(where: c.text.contains) } ?? false
        }.map { Sentence(text: Condense.clause(Self.strippingMeetingPrefix($0.text), limit: limit, keeping: keeping), index: $0.index) }
    }

    /// What a meeting decided, said as its own first clause (会议明确，… / 会议决定，…).
    static let decisionOpeners = WordLists.list("decision-openers", in: .module)

    /// Sentences that say what the meeting decided (会议明确，从即日起至2021年2月28日，在全县开展散煤
    /// “清零”百日攻坚行动；…): the campaign or rule it set, which the entry must not leave out.
    func decisions(excluding used: Set<Int>, limit: Int) -> [Sentence] {
        sentences.filter { s in
            !used.contains(s.index) && Condense.clauses(s.text).count > 1
                && Condense.clauses(s.text).first.map { c in Self.decisionOpeners.contains(c.text) } ?? false
        }.map { Sentence(text: Condense.clause($0.text, limit: limit, keeping: keeping), index: $0.index) }
    }

    /// An item of a list after its first: 二是 / 三要 / 四、 / （五） / 6.
    static let listItemPattern =
        "^(?:[" + numerals + "]{1,3}(?:" + WordLists.characters("ordinal-words", in: .module).map(String.init).joined(separator: "|")
        + "|、)|[（(][" + numerals + "]{1,3}[）)]|[0-9]{1,2}[.、．])"

    /// The list a numbered section holds under its heading (二、突出重点，坚决打好蓝天保卫战⏎…围绕这个
    /// 目标，重点抓好以下工作：一是深化工业污染治理。6月底前…。二是推进散煤治理。…四是加强移动源管控。):
    /// the words before the list (重点抓好以下工作) and the head of each item, for the section whose
    /// heading line, without its number, is `heading`. Nil when no heading line is `heading` or its
    /// section holds fewer than two items.
    func nestedList(under heading: String) -> (intro: String, heads: [String])? {
        guard let h = sentences.first(where: { !$0.closed && Self.strippingOrdinal($0.text) == heading }) else { return nil }
        let section = sentences.filter { $0.index > h.index }.prefix { $0.closed || $0.text.count > 16 }
        var intro = ""
        var heads: [String] = []
        for s in section {
            var t = s.text
            if heads.isEmpty, let colon = t.lastIndex(where: { $0 == "：" || $0 == ":" }),
                Self.beginsNumberedList(String(t[t.index(after: colon)...]))
            {
                intro = Condense.clauses(String(t[..<colon])).last?.text ?? ""
                t = String(t[t.index(after: colon)...])
            }
            guard heads.isEmpty ? Self.beginsNumberedList(t) : true, let r = t.range(of: Self.listItemPattern, options: .regularExpression),
                let head = Condense.clauses(String(t[r.upperBound...])).first?.text, !head.isEmpty
            else { continue }
            heads.append(head)
        }
        return heads.count >= 2 ? (intro, heads) : nil
    }

    static let problemHeadings = WordLists.list("problem-headings", in: .module) + WordLists.list("praise-headings", in: .module)

    /// What an inspection found, under its heading (二、存在问题⏎（一）散乱污企业反弹。部分县区…⏎
    /// （二）扬尘管控不严。… → 存在问题：散乱污企业反弹；扬尘管控不严; 一、督查发现的主要问题⏎部分县区
    /// “散乱污”企业死灰复燃，… → 督查发现的主要问题：部分县区…): the heading's words without its
    /// number, then the first sentence of each numbered point under it, or its one paragraph condensed.
    /// Nil when no heading line ends in one of `problemHeadings`.
    func problems(excluding used: Set<Int>, limit: Int) -> Sentence? {
        guard
            let h = sentences.first(where: { s in
                !s.closed && !used.contains(s.index) && s.text.count <= 16
                    && Self.problemHeadings.contains(where: Self.strippingOrdinal(s.text).hasSuffix)
            })
        else { return nil }
        let under = sentences.filter { $0.index > h.index && $0.paragraph > h.paragraph }
        // the section ends at the next heading line (三、下一步要求)
        let section = under.prefix { s in s.closed || s.text.count > 16 }
        guard let first = section.first else { return nil }
        let points = section.filter { s in
            sentences.first { $0.paragraph == s.paragraph }?.index == s.index && Self.strippingOrdinal(s.text) != s.text
        }
        // a sentence after the points (对以上3家企业予以通报批评，…) may be printed already: the points
        // it refers to are still said
        guard !(points.count >= 2 ? points : Array(section)).contains(where: { used.contains($0.index) }) else { return nil }
        let said =
            points.count >= 2
            ? points.map { Self.strippingOrdinal($0.text).trimmingCharacters(in: Condense.clauseEnds) }.joined(separator: "；")
            : Condense.clause(first.text, limit: limit, keeping: keeping)
        return Sentence(
            text: Self.strippingOrdinal(h.text) + "：" + said, index: h.index,
            covers: (points.count >= 2 ? points : Array(section)).map(\.index))
    }

    /// Verbs of issuing a document (印发了《…方案》).
    static let issueVerbs = WordLists.list("issue-verbs", in: .module)
    static let agendaVerbs = WordLists.list("agenda-verbs", in: .module)
    /// Signing verbs and the documents signed (签订了…目标责任书).
    static let signingVerbs = WordLists.list("signing-verbs", in: .module)
    static let signedDocuments = WordLists.list("signed-documents", in: .module)
    static let bracketedDates = WordLists.list("bracketed-dates", in: .module)

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
            // 县政府与18个乡镇签订了大气污染防治目标责任书: a signed commitment is a measure too
            let signs = Condense.clauses(s.text).contains { c in
                Self.signingVerbs.contains(where: c.text.contains) && Self.signedDocuments.contains(where: c.text.hasSuffix)
            }
            if signs && !issues { return !printed.contains(Self.strippingMeetingPrefix(s.text)) }
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
        // an address line (各县（市、区）大气污染防治工作领导小组办公室：) reports nothing done
        // (nor a signature or heading line: a line that ends in no sentence mark)
        for s in sentences
        where !used.contains(s.index) && !continuesSpeech(s) && s.closed && !s.text.hasSuffix("：") && !s.text.hasSuffix(":") {
            let common = Self.longestCommon(title, Array(s.text))
            if common.count >= 8, common.count > (best?.1.count ?? 0) { best = (s, common) }
        }
        guard let (s, common) = best, !printed.contains(common) else { return nil }
        let text = Self.strippingMeetingPrefix(s.text)
        let parts = Condense.clauses(text)
        guard let k = parts.firstIndex(where: { $0.text.contains(common) || common.contains($0.text) }) else { return nil }
        // The action's paragraph from its sentence on is what the item reports doing (…开展各类污染源
        // 全面普查工作，对餐饮行业进行全面检查，…。对存在污染现象的废品站要求限期搬离及拆除。同时，严查
        // 工地扬尘污染，…): printed whole when the action opens its paragraph and the rest is short,
        // each measure in it. An action inside a paragraph about something else (a numbered point) is
        // cut as any sentence.
        let opensParagraph = sentences.first { $0.paragraph == s.paragraph }?.index == s.index
        let rest = sentences.filter { $0.paragraph == s.paragraph && $0.index > s.index }
        let whole = ([text] + rest.map(\.text)).joined(separator: "。")
        if opensParagraph, !rest.isEmpty, whole.count <= limit * 3, !rest.contains(where: { used.contains($0.index) }) {
            return Sentence(text: whole, index: s.index, covers: rest.map(\.index))
        }
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

    /// The heads of the points a numbered point goes on with under marks of their own (二、聚焦重点，
    /// 确保完成攻坚目标⏎（一）狠抓燃煤治理。力争…⏎（二）狠抓工业治理。…⏎（三）…): the first sentence of
    /// each following paragraph that opens with a mark (（一）, 1.), without it, while they run. Empty
    /// when `point` is no heading line of its own, when a head is long (a point written out, not
    /// headed), or when the marks go on with the item's own `requirements` (the same list).
    func subPointHeads(of point: String, requirements: [String], limit: Int = 20) -> [String] {
        guard !point.isEmpty,
            let s = sentences.first(where: { !$0.closed && Self.strippingOrdinal($0.text).hasSuffix(point) })
        else { return [] }
        var heads: [String] = []
        var paragraph = s.paragraph + 1
        while let first = sentences.first(where: { $0.paragraph == paragraph }) {
            let head = Self.strippingOrdinal(first.text)
            guard head != first.text, head.count <= limit, !head.isEmpty,
                !requirements.contains(where: { $0.hasPrefix(head) || head.hasPrefix($0) })
            else { break }
            heads.append(head)
            paragraph += 1
        }
        return heads.count >= 2 ? heads : []
    }

    /// The sentence in which the numbered point `point` stands: its words after an ordinal (一是,
    /// 二、, （一）) or at the sentence's start, not the same words elsewhere.
    func sentenceOpeningPoint(_ point: String) -> Sentence? {
        let probe = String(point.prefix(8))
        guard probe.count >= 4 else { return nil }
        return sentences.first { s in
            guard let r = s.text.range(of: probe) else { return false }
            if r.lowerBound == s.text.startIndex || Self.ordinal.contains(s.text[s.text.index(before: r.lowerBound)]) { return true }
            // 第一，要认清形势: an ordinal word as a clause of its own
            let before = s.text[..<s.text.index(before: r.lowerBound)]
            let clause = before.split(whereSeparator: { Condense.clauseEnds.contains($0) || Condense.sentenceEnds.contains($0) }).last ?? ""
            return Condense.clauseEnds.contains(s.text[s.text.index(before: r.lowerBound)]) && clause.count <= 3
                && Self.beginsNumberedList(String(clause))
        }
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
            // the list starts at an ordinal, a clause's or the sentence's start (not …对各县（市、区）…)
            guard start != hit.lowerBound || start == s.text.startIndex || Condense.clauseEnds.contains(s.text[s.text.index(before: start)])
            else { continue }
            var intro = String(s.text[..<start]).trimmingCharacters(in: Condense.clauseEnds.union([" "]))
            for p in Self.introPrefixes where intro.hasPrefix(p + "，") { intro = String(intro.dropFirst(p.count + 1)) }
            // 第一，要认清形势: the ordinal word of the point is no introduction
            if Self.beginsNumberedList(intro), intro.count <= 3 { intro = "" }
            if intro.isEmpty, s.index > 0 {
                // 现将有关事项通知如下：⏎一、…: the colon that ends the line is no part of the words
                let previous = sentences[s.index - 1].text.trimmingCharacters(in: Condense.clauseEnds)
                if Self.introEndings.contains(where: { previous.hasSuffix($0) }) { intro = previous }
                // 高振宇：主要有三个方面。一是…: an answer of a Q&A; the one answering says the list
                if intro.isEmpty, let colon = previous.firstIndex(where: { $0 == "：" || $0 == ":" }),
                    (2...4).contains(previous.distance(from: previous.startIndex, to: colon)),
                    previous[..<colon].allSatisfy({ $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) })
                {
                    intro = String(previous[..<colon])
                }
            }
            // …，明确从即日起至2021年3月15日，在全市集中开展十大专项行动：一是… → its last clause
            if intro.count > limit, let last = Condense.clauses(intro).last?.text, last.count >= 4, last.count <= limit {
                intro = last
            }
            // an address line (各县（市、区）人民政府，…：) holds the words but starts no list
            guard !intro.isEmpty else { continue }
            intro = Self.strippingOrdinal(intro)
            // 下面，我提几点要求: the speaker's own words are no introduction a notice can print
            guard intro.count <= limit, !Self.speakerVoice.contains(where: intro.contains) else { return nil }
            return intro
        }
        return nil
    }
}
