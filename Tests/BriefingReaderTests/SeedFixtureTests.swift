import FileAccess
import Foundation
import ReportModel
import TestSupport
import Testing

@testable import BriefingReader

/// The seeds against `../shared/fixtures/seeds-expected`, field by field (the same rules as
/// `shared/tools/evalparse.py`), and the seeds re-encoded as GB18030 and UTF-16.
@Suite struct SeedFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let expected = root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/seeds-expected")

    static var seedFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0) }
    }

    let reader = BriefingReader()

    func parse(_ url: URL, data: Data? = nil) throws -> ParseResult {
        let bytes = try data ?? Data(contentsOf: url)
        return try reader.read(bytes, file: "seeds/" + url.lastPathComponent)
    }

    /// evalparse's normalisation: no spaces, half-width punctuation next to Chinese → full-width,
    /// curly quotes → straight, outer quotes and punctuation stripped.
    static func norm(_ s: String?) -> String {
        guard let s else { return "" }
        let half: [Character: Character] = [",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"]
        let chars = [Character](s.filter { !$0.isWhitespace && $0 != "\u{3000}" })
        var out = ""
        for (i, c) in chars.enumerated() {
            if let f = half[c] {
                let p = i > 0 ? chars[i - 1] : nil
                let n = i + 1 < chars.count ? chars[i + 1] : nil
                if !((p?.isNumber ?? false) && (n?.isNumber ?? false))
                    && (p != nil && !(p?.isNumber ?? false) || n != nil && !(n?.isNumber ?? false))
                {
                    out.append(f)
                    continue
                }
            }
            out.append(c)
        }
        out = out.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "\"'。，；："))
    }

    static func numbers(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for c in norm(s) {
            if c.isASCII && (c.isNumber || (c == "." && !cur.isEmpty)) { cur.append(c) } else if !cur.isEmpty { out.append(cur); cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }

    static func bigramF1(_ a: String, _ b: String) -> Double {
        func bigrams(_ s: String) -> [String: Int] {
            let c = [Character](norm(s))
            var d: [String: Int] = [:]
            if c.count == 1 { d[String(c)] = 1 }
            if c.count >= 2 { for i in 0..<(c.count - 1) { d[String(c[i...i + 1]), default: 0] += 1 } }
            return d
        }
        let x = bigrams(a)
        let y = bigrams(b)
        let inter = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        guard inter > 0 else { return 0 }
        let p = Double(inter) / Double(x.values.reduce(0, +))
        let r = Double(inter) / Double(y.values.reduce(0, +))
        return 2 * p * r / (p + r)
    }

    struct Tally {
        var right = 0
        var total = 0
        mutating func add(_ ok: Bool) {
            total += 1
            if ok { right += 1 }
        }
        var score: Double { total == 0 ? 1 : Double(right) / Double(total) }
    }

    struct PRF {
        var tp = 0
        var predicted = 0
        var expected = 0
        var precision: Double { predicted == 0 ? (expected == 0 ? 1 : 0) : Double(tp) / Double(predicted) }
        var recall: Double { expected == 0 ? (predicted == 0 ? 1 : 0) : Double(tp) / Double(expected) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    static func match(_ pred: [String], _ exp: [String], _ eq: (String, String) -> Bool) -> Int {
        var used = Set<Int>()
        var tp = 0
        for e in exp {
            if let j = pred.indices.first(where: { !used.contains($0) && eq(pred[$0], e) }) {
                used.insert(j)
                tp += 1
            }
        }
        return tp
    }

    /// Adds one parsed item against its expectation to the tallies (evalparse's rules).
    static func score(_ b: Briefing, _ e: [String: Any], fields: inout [String: Tally], sets: inout [String: PRF]) {
        if e.keys.contains("date") {
            let ed = e["date"] as? String
            fields["date", default: Tally()].add(b.date == ed)
        }
        if e.keys.contains("time_of_day") { fields["time_of_day", default: Tally()].add(b.timeOfDay == e["time_of_day"] as? String) }
        if let units = e["unit_any"] as? [String] {
            let p = Self.norm(b.unit)
            let ok =
                !p.isEmpty
                && units.contains { u in
                    let a = Self.norm(u)
                    if a == p || a.contains(p) || p.contains(a) { return true }
                    if a.count == 2, "我全本".contains(a.first ?? " "), let last = a.last { return p.hasSuffix(String(last)) }
                    return false
                }
            fields["unit", default: Tally()].add(ok)
        }
        if let m = e["meeting"] as? String { fields["meeting", default: Tally()].add(Self.bigramF1(b.meeting ?? "", m) >= 0.8) }
        if let n = e["requirements_count"] as? Int { fields["requirements", default: Tally()].add(b.requirements.count == n) }
        let ep = (e["people"] as? [[String: Any]] ?? []).filter { ($0["name"] as? String) != nil }
        let names = b.people.map { Self.norm($0.name) }
        sets["people"]!.tp += Self.match(names, ep.map { Self.norm($0["name"] as? String) }, ==)
        sets["people"]!.predicted += names.count
        sets["people"]!.expected += ep.count
        for x in ep {
            guard let title = x["title"] as? String else { continue }
            let p = b.people.first { Self.norm($0.name) == Self.norm(x["name"] as? String) }
            let pt = Self.norm(p?.title)
            fields["titles", default: Tally()].add(!pt.isEmpty && (pt.contains(Self.norm(title)) || Self.norm(title).contains(pt)))
        }
        if let em = e["measures"] as? [String] {
            let pm = b.measures.map { Self.norm($0) }
            sets["measures"]!.tp += Self.match(pm, em.map { Self.norm($0) }, ==)
            sets["measures"]!.predicted += pm.count
            sets["measures"]!.expected += em.count
        }
        if let et = e["targets"] as? [String] {
            let pt = b.targets.map(\.text)
            sets["targets"]!.tp += Self.match(pt, et) { a, b in
                let nb = Self.numbers(b)
                let na = Self.numbers(a)
                return !nb.isEmpty && nb.allSatisfy { na.contains($0) }
            }
            sets["targets"]!.predicted += pt.count
            sets["targets"]!.expected += et.count
        }
    }

    /// Prints the tallies; true when every field is at least `floor`.
    @discardableResult
    static func report(_ fields: [String: Tally], _ sets: [String: PRF], floor: Double) -> Bool {
        var ok = true
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %-13@ %.3f (%d/%d)", k as NSString, v.score, v.right, v.total))
            if v.score < floor { ok = false }
        }
        for (k, v) in sets.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %-13@ precision %.3f recall %.3f F1 %.3f", k as NSString, v.precision, v.recall, v.f1))
            if v.f1 < floor { ok = false }
        }
        return ok
    }

    @Test(SharedFolder.needs("fixtures/seeds-expected")) func seedsMatchTheExpectedExtractions() throws {
        _ = try SharedFolder.require("fixtures/seeds-expected")
        var fields: [String: Tally] = [:]
        var sets: [String: PRF] = ["people": PRF(), "measures": PRF(), "targets": PRF()]
        var items = 0
        for url in Self.seedFiles {
            let stem = url.deletingPathExtension().lastPathComponent
            let expURL = Self.expected.appendingPathComponent(stem + ".json")
            guard let expData = try? Data(contentsOf: expURL),
                let exp = try JSONSerialization.jsonObject(with: expData) as? [String: Any],
                let expItems = exp["briefings"] as? [[String: Any]]
            else { continue }
            let got = try parse(url).briefings
            #expect(got.count == expItems.count, "\(stem): \(got.count) items, expected \(expItems.count)")
            items += got.count
            for (b, e) in zip(got, expItems) { Self.score(b, e, fields: &fields, sets: &sets) }
        }
        #expect(items == 14)
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %-13@ %.3f (%d/%d)", k as NSString, v.score, v.right, v.total))
            #expect(v.score >= 0.9, "\(k): \(v.score)")
        }
        for (k, v) in sets.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %-13@ precision %.3f recall %.3f F1 %.3f", k as NSString, v.precision, v.recall, v.f1))
            #expect(v.f1 >= 0.9, "\(k): F1 \(v.f1)")
        }
    }

    @Test func reEncodedSeedsGiveTheSameItems() throws {
        for url in Self.seedFiles {
            let text = try String(contentsOf: url, encoding: .utf8)
            let original = try parse(url)
            let variants: [(String, Data?)] = [
                ("gb18030", text.data(using: String.Encoding.gb18030)),
                ("utf-16le", text.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }),
                ("utf-16be", text.data(using: .utf16BigEndian).map { Data([0xFE, 0xFF]) + $0 }),
                ("utf-16le", text.data(using: .utf16)),  // Foundation's own byte order mark
            ]
            for (encoding, data) in variants {
                let data = try #require(data, "\(url.lastPathComponent) as \(encoding)")
                let r = try parse(url, data: data)
                #expect(
                    r.briefings.allSatisfy {
                        $0.source.encoding == encoding || encoding == "utf-16le" && $0.source.encoding.hasPrefix("utf-16")
                    })
                let same = r.briefings.map { b -> Briefing in
                    var b = b
                    b.source.encoding = "utf-8"
                    return b
                }
                #expect(same == original.briefings, "\(url.lastPathComponent) as \(encoding)")
                #expect(r.warnings == original.warnings)
            }
        }
    }

    @Test func boilerplateIsGoneAndTextIsWhole() throws {
        let all = try Self.seedFiles.flatMap { try parse($0).briefings }
        #expect(!all.isEmpty)
        let text = all.map(\.text).joined(separator: "\n")
        for junk in [
            "Copyright", "ICP", "公网安备", "本站为", "备案", "国产", "星期四", "友情链接", "编辑：", "2018-06-26", "刘莉莉", "(lián)", "lián", "發布日期", "发布日期",
            "信息来源",
        ] {
            #expect(!text.contains(junk), "“\(junk)” survived")
        }
        let s001 = all.filter { $0.id.hasPrefix("001_") }
        #expect(s001.count == 1)
        #expect(s001.first?.text.contains("大气污染不仅是") == true)
        #expect(s001.first.map { !$0.text.contains("2、") && !$0.text.contains("\n") || $0.text.split(separator: "\n").count <= 2 } == true)
        let s004 = try #require(all.first { $0.id.hasPrefix("004_") })
        #expect(s004.source.script == "traditional")
        #expect(s004.text.contains("联防联控"))
        #expect(s004.text.contains("王文涛"))
        #expect(!s004.text.contains("聯"))
        #expect(s004.people.map(\.name).contains("王文涛"))
    }
}
