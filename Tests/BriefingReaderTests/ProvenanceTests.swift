import Foundation
import ReportModel
import TestSupport
import Testing

@testable import BriefingReader

/// Issue 12, item 1: every fact keeps the span it came from. For every fact of every seed, of
/// the genre set and of `Classes/`, the characters its span names in the decoded file — read
/// here with an independent normalisation (pinyin annotations and glued page numbers dropped,
/// Traditional converted, spaces and punctuation width ignored) — are the fact's own text; a
/// person's role span names the person and a verb of that role.
@Suite struct ProvenanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    struct Check {
        var facts = 0
        /// Facts whose span is their own text.
        var exact = 0
        var failures: [String] = []
    }

    /// The decoded text's scalars, as the reader decoded them.
    static func decoded(_ data: Data, file: String) throws -> [Unicode.Scalar] {
        Array(try ByteDecoder().decode(data, file: file).text.unicodeScalars)
    }

    static let converter = TraditionalConverter()

    /// The comparison form, written apart from `SpanLocator.fold` on purpose.
    static func normal(_ s: String, traditional: Bool = false) -> String {
        var t = s
        // pinyin after a Han character: 聯(lián)
        t = t.replacingOccurrences(
            of: #"(?<=\p{Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]"#, with: "", options: .regularExpression)
        // a page number glued to the start of a line inside the span: …大\n2、气污染…
        t = t.replacingOccurrences(of: #"\n\s*\d{1,4}、"#, with: "", options: .regularExpression)
        // a page number on a line of its own inside the span: 刘\n2\n建华
        t = t.replacingOccurrences(of: #"\n\s*[-—]?\s*\d{1,4}\s*[-—]?\s*(?=\n)"#, with: "", options: .regularExpression)
        if traditional, let c = converter { t = c.convert(t) }
        let map: [Character: Character] = [
            ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。", "“": "\"", "”": "\"",
            "「": "\"", "」": "\"",
        ]
        return String(t.filter { !$0.isWhitespace && $0 != "`" }.map { map[$0] ?? $0 })
    }

    /// Checks every span of `b` against `source`.
    static func check(_ b: Briefing, source: [Unicode.Scalar], into c: inout Check) {
        let traditional = b.source.script == "traditional"
        // lines end at LF, CRLF or a lone CR, as the reader splits them
        let lineStarts =
            [0]
            + source.indices.filter { source[$0] == "\n" || (source[$0] == "\r" && ($0 + 1 == source.count || source[$0 + 1] != "\n")) }
            .map { $0 + 1 }
        func line(_ offset: Int) -> Int { (lineStarts.lastIndex { $0 <= offset } ?? 0) + 1 }
        func text(_ s: FactSpan) -> String? {
            guard s.offsets.count == 2, s.lines.count == 2, s.offsets[0] >= 0, s.offsets[0] < s.offsets[1],
                s.offsets[1] <= source.count
            else { return nil }
            return String(String.UnicodeScalarView(source[s.offsets[0]..<s.offsets[1]]))
        }
        func expect(_ what: String, _ fact: String, _ span: FactSpan?, exactOnly: Bool = true, abbreviated: Bool = false) {
            c.facts += 1
            guard let span, let got = text(span) else {
                c.failures.append("\(b.id) \(what) “\(fact)”: no span")
                return
            }
            if span.file != b.source.file || span.lines != [line(span.offsets[0]), line(span.offsets[1] - 1)] {
                c.failures.append("\(b.id) \(what) “\(fact)”: file or lines \(span.lines) do not match the offsets")
            }
            let n = normal(got, traditional: traditional)
            let f = normal(fact)
            // a goal joined to the quantity it is about, clauses left out between them (…1819个环境
            // 问题全面进行回头看，确保6月底前全部整改落实到位): its span runs from its first clause to its last
            let joined =
                f.lastIndex(of: "，").map { cut in
                    n.count > f.count && n.hasPrefix(f[..<cut]) && n.hasSuffix(f[f.index(after: cut)...])
                } ?? false
            if n == f || joined || (!exactOnly && n.contains(f)) || (abbreviated && !n.isEmpty && f.hasPrefix(n)) {
                c.exact += 1
            } else if !n.contains(f) && !(abbreviated && f.hasPrefix(n)) {
                c.failures.append("\(b.id) \(what) “\(fact)”: span reads “\(got.prefix(60))”")
            }
            // the same fact in the item's cleaned text
            if let o = span.textOffsets {
                let t = Array(b.text.unicodeScalars)
                let inText =
                    o.count == 2 && o[0] >= 0 && o[0] < o[1] && o[1] <= t.count
                    ? String(String.UnicodeScalarView(t[o[0]..<o[1]])) : ""
                let joinedInText =
                    joined
                    && fact.lastIndex(of: "，").map { inText.hasPrefix(fact[..<$0]) && inText.hasSuffix(fact[fact.index(after: $0)...]) }
                        ?? false
                if !inText.contains(fact) && !joinedInText && !(abbreviated && fact.hasPrefix(inText)) {
                    c.failures.append("\(b.id) \(what) “\(fact)”: text offsets read “\(inText.prefix(40))”")
                }
            }
        }
        let s = b.spans
        if let h = b.headline { expect("headline", h, s.headline) }
        if let d = b.dateText { expect("date", d, s.date) }
        // 晚上 written 晚 (11月23日晚)
        if let t = b.timeOfDay { expect("time of day", t, s.timeOfDay, abbreviated: true) }
        if let m = b.meeting { expect("meeting", m, s.meeting) }
        if let u = b.unit, s.unit != nil { expect("unit", u, s.unit, exactOnly: false) }
        func list(_ what: String, _ facts: [String], _ spans: [FactSpan]) {
            if facts.count != spans.count { c.failures.append("\(b.id) \(what): \(facts.count) facts, \(spans.count) spans") }
            for (f, sp) in zip(facts, spans) { expect(what, f, sp) }
        }
        list("requirement", b.requirements, s.requirements)
        list("measure", b.measures, s.measures)
        list("target", b.targets.map(\.text), s.targets)
        list("deadline", b.deadlines.map(\.text), s.deadlines)
        if b.deployedMeasures.count != s.deployedMeasures.count { c.failures.append("\(b.id) deployed measures: counts differ") }
        for (d, sp) in zip(b.deployedMeasures, s.deployedMeasures) {
            // a list's span runs from its name through its last item, and holds every item
            expect("deployed measure", d.text, sp, exactOnly: d.items.isEmpty)
            let got = text(sp).map { normal($0, traditional: traditional) } ?? ""
            for item in d.items where !got.contains(normal(item)) { c.failures.append("\(b.id) \(d.text): item \(item) outside its span") }
        }
        if b.people.count != s.people.count { c.failures.append("\(b.id) people: \(b.people.count) people, \(s.people.count) spans") }
        for (p, ps) in zip(b.people, s.people) {
            expect("person", p.name, ps.name, exactOnly: false)
            if p.roles.count != ps.roles.count { c.failures.append("\(b.id) \(p.name): roles and spans differ in number") }
            for (role, rs) in zip(p.roles, ps.roles) {
                c.facts += 1
                let got = text(rs).map { normal($0, traditional: traditional) } ?? ""
                let verbs = Lexicon.roles.filter { $0.1 == role }.map { $0.0.string }
                if got.contains(p.name) && verbs.contains(where: { got.contains($0) }) {
                    c.exact += 1
                } else if !got.contains(p.name) {
                    c.failures.append("\(b.id) \(p.name) \(role): role span reads “\(got.prefix(40))”")
                }
            }
        }
    }

    static func run(_ files: [URL], prefix: String) throws -> Check {
        var c = Check()
        let reader = BriefingReader()
        for url in files {
            let data = try Data(contentsOf: url)
            let name = prefix + url.lastPathComponent
            let source = try decoded(data, file: name)
            for b in try reader.read(data, file: name).briefings { check(b, source: source, into: &c) }
        }
        return c
    }

    static func txt(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test(SharedFolder.needs("seeds")) func everySeedFactIsItsSpan() throws {
        let c = try Self.run(Self.txt(in: try SharedFolder.require("seeds")), prefix: "seeds/")
        #expect(c.facts > 150)
        #expect(c.failures.isEmpty, "\(c.failures.joined(separator: "\n"))")
        // every fact of the seeds pinned to its own characters, none to a whole paragraph
        #expect(c.exact == c.facts, "\(c.exact) of \(c.facts) exact")
    }

    @Test func everyGenreAndClassesFactIsInItsSpan() throws {
        // the genre sets (Genre, Genre2) and the classification set (Classes)
        let files = ["Genre", "Genre2", "Classes"].flatMap { Self.txt(in: Self.folder.appendingPathComponent($0)) }
        let c = try Self.run(files, prefix: "Genre/")
        #expect(c.facts > 500)
        #expect(c.failures.isEmpty, "\(c.failures.joined(separator: "\n"))")
        print("ProvenanceTests: \(c.exact) of \(c.facts) genre facts pinned to their own characters")
        #expect(c.exact * 100 >= c.facts * 98, "\(c.exact) of \(c.facts) exact")
    }

    @Test func spansSurviveLineEndingsPinyinAndPageNumbers() throws {
        // CRLF line ends, a page number glued inside a quoted measure, spaces the cleaner drops
        let text =
            "11月2日上午，临泽县召开大气污染防治工作会议。\r\n县长张勇强调，各乡镇、各部门要认清形势，全力以赴打好攻坚战，严格落实“五\r\n3、个禁令”，确保年底前完成 89 个村气化任务。\r\n"
        let b = try #require(BriefingReader().read(text: text, file: "x.txt").briefings.first)
        let source = Array(text.unicodeScalars)
        var c = Check()
        Self.check(b, source: source, into: &c)
        #expect(c.failures.isEmpty, "\(c.failures)")
        let m = try #require(b.spans.measures.first)
        #expect(b.measures == ["五个禁令"])
        #expect(m.lines == [2, 3])
        #expect(String(String.UnicodeScalarView(source[m.offsets[0]..<m.offsets[1]])) == "五\r\n3、个禁令")
    }

    @Test func spansOfDocumentsPointBackAtParagraphsLinesAndPages() throws {
        let formats = Self.folder.appendingPathComponent("Formats")
        func read(_ name: String) throws -> Briefing {
            try #require(try BriefingReader().read(Data(contentsOf: formats.appendingPathComponent(name)), file: name).briefings.first)
        }
        let pdf = try read("seed003.pdf")
        #expect(!pdf.spans.targets.isEmpty)
        #expect(pdf.spans.targets.allSatisfy { $0.pages == [1, 1] })
        let html = try read("seed003.html")
        let lines = try String(contentsOf: formats.appendingPathComponent("seed003.html"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        // a target's span names the HTML line where its paragraph starts: the paragraph holds it
        for (t, s) in zip(html.targets, html.spans.targets) {
            let paragraph =
                lines[(s.lines[0] - 1)...].prefix { !$0.contains("</p>") }.joined()
                + (lines.dropFirst(s.lines[0] - 1).first { $0.contains("</p>") } ?? "")
            #expect(paragraph.contains(String(t.text.prefix(4))), "\(t.text) → line \(s.lines[0])")
        }
        let docx = try read("seed003.docx")
        #expect(
            docx.spans.deadlines.allSatisfy {
                $0.pages == nil && $0.lines[0] >= docx.source.lines[0] && $0.lines[1] <= docx.source.lines[1]
            })
    }

    /// Every span of every fact, in damaged copies of the Classes briefings (quotes, line breaks,
    /// page numbers and list words inserted, text cut and repeated), lies inside its file and on
    /// the lines it names.
    @Test func spansStayInsideTheirFileOnDamagedInput() throws {
        var seed: UInt64 = 12
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(n, 1)))
        }
        let inserts = ["“", "”", "\n", "\r\n", "、", "十大攻坚战，即：", "攻坚战；", "（lián）", "\n3\n", "2、", "从即日起到", "“冬防”", "晚", "。"]
        let texts = try Self.txt(in: Self.folder.appendingPathComponent("Classes")).map { try String(contentsOf: $0, encoding: .utf8) }
        let reader = BriefingReader()
        var c = Check()
        for k in 0..<60 {
            var t = Array(texts[k % texts.count].unicodeScalars)
            for _ in 0..<(1 + next(30)) {
                let i = next(t.count + 1)
                switch next(3) {
                case 0 where !t.isEmpty: t.remove(at: min(i, t.count - 1))
                case 1: t.insert(contentsOf: inserts[next(inserts.count)].unicodeScalars, at: i)
                default: t.insert(contentsOf: t[next(t.count + 1)...].prefix(1 + next(30)), at: i)
                }
            }
            let text = String(String.UnicodeScalarView(t))
            for b in reader.read(text: text, file: "damaged\(k).txt").briefings {
                var one = Check()
                Self.check(b, source: t, into: &one)
                c.facts += one.facts
                // only where the span is: its text may differ after damage, its place may not
                c.failures += one.failures.filter { $0.contains("no span") || $0.contains("do not match") }
            }
        }
        #expect(c.facts > 300)
        #expect(c.failures.isEmpty, "\(c.failures.prefix(5))")
    }

    @Test func spansRoundTripThroughJSONAndOldJSONStillReads() throws {
        let text = "11月2日上午，临泽县召开大气污染防治工作会议。县长张勇强调，要严格落实“五个禁令”，确保年底前完成89个村气化任务。"
        let b = try #require(BriefingReader().read(text: text, file: "x.txt").briefings.first)
        let data = try JSONEncoder().encode(b)
        #expect(try JSONDecoder().decode(Briefing.self, from: data) == b)
        // an item stored before spans and kinds existed
        var old = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        old["spans"] = nil
        old["measure_kinds"] = nil
        old["deployed_measures"] = nil
        let back = try JSONDecoder().decode(Briefing.self, from: JSONSerialization.data(withJSONObject: old))
        #expect(back.spans == BriefingSpans())
        #expect(back.measures == b.measures)
        #expect(back.measureKinds == [.measure])
    }
}
