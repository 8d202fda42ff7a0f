import FileAccess
import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The two-pass reader against the whole-file one: pass 1 keeps line offsets and decisions
/// (`LineTable`, `CleanedText`), pass 2 makes one item at a time. On real files, what pass 2 makes
/// again must be what pass 1 read, and the items the same as segmenting all paragraphs at once.
@Suite struct TwoPassTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The seeds, the Genre and Genre2 texts.
    static var texts: [(name: String, text: String)] {
        var out: [(String, String)] = []
        let seeds = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        for dir in [seeds, root.appendingPathComponent("Genre"), root.appendingPathComponent("Genre2")] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for n in names {
                guard let data = try? Data(contentsOf: dir.appendingPathComponent(n)),
                    let decoded = try? ByteDecoder().decode(data, file: n)
                else { continue }
                out.append((n, decoded.text))
            }
        }
        return out
    }

    let cleaner = Cleaner(converter: TraditionalConverter())

    @Test func realFilesAreRead() {
        #expect(Self.texts.count > 90)
    }

    @Test func lineTableSplitsLines() {
        let cases: [(String, [String])] = [
            ("a\r\nb\rc\n\nd", ["a", "b", "c", "", "d"]), ("a\n", ["a"]), ("\u{FEFF}甲\n乙\n\u{FEFF}", ["甲", "乙"]),
            ("", []), ("\n\n", ["", ""]), ("x\r", ["x"]), ("甲\r\n\r\n乙", ["甲", "", "乙"]),
        ]
        for (text, lines) in cases {
            let table = LineTable(text: text)
            #expect((0..<table.count).map { table.decoded($0).string } == lines, "\(text.debugDescription)")
        }
        // on real files: every line, its bytes in the text, decoded as the text's own lines are
        for (name, text) in Self.texts {
            let table = LineTable(text: text)
            let expected = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            let kept = expected.last == "" ? expected.dropLast() : expected[...]
            #expect(table.count == kept.count, "\(name)")
            for (k, l) in kept.enumerated() where k < table.count {
                #expect(table.decoded(k) == Scalars(String(l).replacingOccurrences(of: "\u{FEFF}", with: "")), "\(name) line \(k + 1)")
            }
        }
    }

    /// The cleaner decodes every line into one array, over the line before (`decoded(_:into:)`):
    /// longer and shorter lines, lines with byte order marks, and an array another holds too.
    @Test func linesDecodedIntoOneArray() {
        let text = "第一行，较长的一行文字。\n\u{FEFF}短\n\n\u{FEFF}\u{FEFF}甲乙\nabc\u{FEFF}d\n最后一行"
        let table = LineTable(text: text)
        var line: Scalars = Scalars("一个很长很长很长很长很长很长很长很长的开头")
        var kept: [Scalars] = []
        for k in 0..<table.count {
            table.decoded(k, into: &line)
            #expect(line == table.decoded(k), "line \(k + 1)")
            kept.append(line)  // shared: the next line is written into an array of its own
        }
        #expect(kept.map(\.string) == ["第一行，较长的一行文字。", "短", "", "甲乙", "abcd", "最后一行"])
        for (name, text) in Self.texts.prefix(20) {
            let table = LineTable(text: text)
            var line = Scalars()
            for k in 0..<table.count {
                table.decoded(k, into: &line)
                #expect(line == table.decoded(k), "\(name) line \(k + 1)")
            }
        }
    }

    /// Kept line texts are found by line (`keptAt`, searched by halving), kept in any order.
    @Test func keptLinesFoundInAnyOrder() {
        var table = LineTable(text: "甲\n乙\n丙\n丁\n戊")
        table.keep(Scalars("B"), at: 1)
        table.keep(Scalars("D"), at: 3)
        table.keep(Scalars("A"), at: 0)
        table.keep(Scalars("DD"), at: 3)
        table.keep(Scalars("E"), at: 4)
        #expect((0..<5).map { table.stage2($0).string } == ["A", "B", "丙", "DD", "E"])
    }

    @Test func paragraphsMadeAgainAreWhatPassOneRead() {
        for (name, text) in Self.texts {
            let scanned = cleaner.scan(text, file: name)
            for k in scanned.paragraphs.indices {
                let p = scanned.paragraph(k)
                #expect(Segmenter.Traits(p.text) == scanned.paragraphs[k].traits, "\(name) paragraph \(k)")
                #expect(DateExtractor.yearClues(in: p.text).isEmpty != scanned.paragraphs[k].hasYearClues, "\(name) paragraph \(k)")
                #expect(DateExtractor.yearClues(in: p.text) == scanned.yearClues(k), "\(name) paragraph \(k)")
                #expect(p.first == scanned.paragraphs[k].first && p.last == scanned.paragraphs[k].last, "\(name) paragraph \(k)")
                #expect(p.traditional == scanned.paragraphs[k].traditional, "\(name) paragraph \(k)")
            }
        }
    }

    @Test func itemsOneAtATimeAreTheWholeFileSegmentation() {
        var items = 0
        for (name, text) in Self.texts {
            let scanned = cleaner.scan(text, file: name)
            let whole = Segmenter().segment(cleaner.clean(text, file: name).paragraphs)
            let plan = Segmenter().plan(
                count: scanned.paragraphs.count, traits: { scanned.paragraphs[$0].traits }, text: { scanned.paragraph($0).text })
            #expect(plan.header.map { scanned.paragraph($0) } == whole.header, "\(name)")
            #expect(plan.items.map { $0.draft { scanned.paragraph($0) } } == whole.items, "\(name)")
            for (plan, draft) in zip(plan.items, whole.items) {
                var clues = draft.headline.map { DateExtractor.yearClues(in: $0.text) } ?? []
                for p in draft.body { clues += DateExtractor.yearClues(in: p.text) }
                #expect(BriefingReader.yearClues(of: plan, in: scanned) == clues, "\(name)")
            }
            items += whole.items.count
        }
        #expect(items > 100)
    }

    @Test func kickerAndSpeechTitlePlans() {
        let kicker = "全力打好蓝天保卫战\n我市召开大气污染防治推进会议\n本报讯 5月3日上午，市政府召开大气污染防治推进会，副市长出席并讲话。\n"
        let speech = "李市长在2017年全市大气污染防治工作会议上的讲话同志们：今天召开会议，主要任务是部署2017年工作，各部门要认真落实。"
        for text in [kicker, speech] {
            let scanned = cleaner.scan(text, file: "t.txt")
            let plan = Segmenter().plan(
                count: scanned.paragraphs.count, traits: { scanned.paragraphs[$0].traits }, text: { scanned.paragraph($0).text })
            let whole = Segmenter().segment(cleaner.clean(text, file: "t.txt").paragraphs)
            #expect(plan.items.map { $0.draft { scanned.paragraph($0) } } == whole.items)
            #expect(plan.items.first.map { !$0.isPlain } == true)
        }
    }

    @Test func traditionalRunsConvertedInPartsAsWhole() {
        let text = (0..<40).map { "第\($0)條：大氣污染聯防聯控會議召開，副省長出席。" }.joined(separator: "\n\n")
        var parts = cleaner
        parts.runLimit = 3
        let whole = cleaner.clean(text, file: "t.txt")
        let inParts = parts.clean(text, file: "t.txt")
        #expect(whole.paragraphs == inParts.paragraphs)
        #expect(whole.warnings == inParts.warnings)
        for n in 1...79 { #expect(whole.simplified[n]?.after == inParts.simplified[n]?.after) }
        #expect(whole.simplified[1]?.after.string.hasPrefix("第0条：大气污染") == true)
    }

    @Test func pageNumbersStrippedOnTheTableAsOnAllLines() {
        // a page number glued to the start of lines that continue the one before (PDF dumps)
        let text = "会议要求各级各部门要进一步提高认识，切实加强对大气污染防治工作的组织\n2、领导，确保各项措施落到实处，推动\n3、空气质量持续改善。\n一、工作要求\n1、加强领导。\n2、落实责任。"
        var lines = Cleaner.splitLines(text)
        for i in lines.indices { lines[i].text = Cleaner.removeStraySpaces(lines[i].text) }
        let expected = Cleaner.stripPageNumbers(lines)
        let scanned = cleaner.scan(text, file: "t.txt")
        for (k, l) in expected.lines.enumerated() {
            #expect(scanned.lines.cleaned(k) == l.text)
            #expect(scanned.lines.records[k].flags.contains(.continuesPrevious) == l.continuesPrevious)
        }
        #expect(expected.removed.count == 4)
    }

    @Test func plainUTF8IsTold() {
        func plain(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { DocumentDecoder.isPlainUTF8($0) } }
        #expect(plain(Array("本报讯 5月3日".utf8)))
        #expect(!plain([]))
        #expect(!plain([0xEF, 0xBB, 0xBF] + Array("本报讯".utf8)))
        #expect(!plain(Array("a\u{0}b".utf8)))
        #expect(!plain(Array("%PDF-1.7".utf8)))
        #expect(!plain([0xB1, 0xBE, 0xB1, 0xA8]))  // GB18030
        // the hand-written check agrees with the standard library's on edge sequences
        let cases: [[UInt8]] = [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98, 0x80],
            [0xE4, 0xB8], [0x80], [0xC2, 0xA0], [0xEF, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80],
        ]
        var random = SystemRandomNumberGenerator()
        let noise = (0..<2000).map { _ in
            (0..<Int.random(in: 1...6, using: &random)).map { _ in UInt8.random(in: 0x7F...0xFF, using: &random) }
        }
        // text or not, read on the bytes as on the scalars
        let pool: [Unicode.Scalar] = [
            "a", "中", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{E000}", "\u{F8FF}", "\u{F900}", "\u{FFFD}", "\u{1}", "\t", "😀",
        ]
        for _ in 0..<500 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 1...120)).map { _ in pool.randomElement()! }))
            let bytes = Array(text.utf8)
            let byScalars = ByteDecoder().looksLikeText(scalars: text.unicodeScalars)
            #expect(bytes.withUnsafeBufferPointer { ByteDecoder().looksLikeText(utf8: $0) } == byScalars)
            #expect(ByteDecoder().looksLikeText(text) == byScalars)
        }
        for c in cases + noise {
            #expect(c.withUnsafeBufferPointer { ByteDecoder.isValidUTF8($0) } == (String(validating: c, as: UTF8.self) != nil), "\(c)")
        }
    }

    /// A large plain UTF-8 file is read mapped; anything the mapped path does not take (another
    /// encoding, a byte order mark, HTML, a PDF) is read as before. Both give the same result.
    @Test func mappedFilesReadAsInMemory() {
        var mapped = BriefingReader()
        mapped.mapThreshold = 1
        var inMemory = BriefingReader()
        inMemory.mapThreshold = .max
        let seeds = Self.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        var files: [URL] = []
        for dir in [seeds, Self.root.appendingPathComponent("Genre"), Self.root.appendingPathComponent("Formats")] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            files += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".pdf") }.map {
                dir.appendingPathComponent($0)
            }
        }
        #expect(files.count > 50)
        for url in files {
            let file = InputFile(path: url.path)
            func outcome(_ r: BriefingReader) -> Result<ParseResult, UndecodableFileError> {
                do throws(UndecodableFileError) { return .success(try r.parse(file)) } catch { return .failure(error) }
            }
            #expect(outcome(mapped) == outcome(inMemory), "\(url.lastPathComponent)")
        }
    }
    /// A reader that keeps no info notes (`parse` without `--verbose`) gives the same briefings and
    /// the same warnings and errors, in order, as one that keeps them, less the notes: on real
    /// files, and on the same files hard-wrapped as PDF dumps are (a note a line rejoined).
    @Test func readerWithoutInfoGivesTheRestAlike() {
        var quiet = BriefingReader()
        quiet.keepsInfo = false
        let full = BriefingReader()
        var notes = 0
        for (name, text) in Self.texts {
            let wrapped = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                stride(from: 0, to: max(line.count, 1), by: 28).map { k in
                    String(line.dropFirst(k).prefix(28))
                }.joined(separator: "\n")
            }.joined(separator: "\n")
            for (variant, t) in [(name, text), (name + " wrapped", wrapped)] {
                let a = full.read(text: t, file: name)
                let b = quiet.read(text: t, file: name)
                notes += a.warnings.count { $0.severity == .info }
                #expect(b.briefings == a.briefings, "\(variant)")
                #expect(b.warnings == a.warnings.filter { $0.severity != .info }, "\(variant)")
            }
        }
        #expect(notes > 500)
    }
}

/// Diagnostics held compactly come back as they went in.
@Suite struct DiagnosticLogTests {
    @Test func diagnosticsComeBackInOrder() {
        var log = DiagnosticLog(file: "a.txt")
        let given = [
            Diagnostic(severity: .warning, file: "a.txt", line: 3, message: "dropped page metadata: “来源：本站”"),
            Diagnostic(severity: .info, file: "a.txt", line: 12, message: "rejoined a sentence broken across lines"),
            Diagnostic(severity: .error, file: "a.txt", line: nil, message: "no briefing found in the file", hint: "expected news items"),
            Diagnostic(severity: .warning, file: "a.txt", line: 1, message: ""),
        ]
        for d in given { log.append(d) }
        #expect(log.count == 4)
        #expect(log.diagnostics() == given)
    }

    /// A log that keeps no info notes writes none down; the rest come back as they went in.
    @Test func infoNotWrittenDownWhenNotKept() {
        var log = DiagnosticLog(file: "a.txt", keepsInfo: false)
        log.append(.warning, line: 1, "dropped page metadata")
        log.append(.info, line: 2, "rejoined a sentence broken across lines")
        log.append(.info, line: 3, "removed 1 pictograph (emoji)", section: .first)
        log.append(.error, line: nil, "no briefing found in the file", hint: "expected news items")
        #expect(log.count == 2)
        #expect(log.diagnostics().map(\.message) == ["dropped page metadata", "no briefing found in the file"])
        #expect(log.diagnostics().map(\.hint) == [nil, "expected news items"])
    }

    @Test func sectionsComeOutInTheirOrder() {
        var log = DiagnosticLog(file: "a.txt")
        log.append(.warning, line: 1, "main 1")
        log.append(.warning, line: 2, "second 1", section: .second)
        log.append(.info, line: 3, "first 1", section: .first)
        log.append(.warning, line: 4, "main 2", hint: "h")
        log.append(.warning, line: 5, "first 2", hint: "f", section: .first)
        let out = log.diagnostics()
        #expect(out.map(\.message) == ["first 1", "first 2", "second 1", "main 1", "main 2"])
        #expect(out.map(\.line) == [3, 5, 2, 1, 4])
        #expect(out.map(\.hint) == [nil, "f", nil, nil, "h"])
        log.removeAll(in: .main)
        log.append(.warning, line: 6, "main 3")
        #expect(log.diagnostics().map(\.message) == ["first 1", "first 2", "second 1", "main 3"])
        #expect(log.diagnostics().map(\.hint) == [nil, "f", nil, nil])
    }
}

/// Items printed twice are told by a digest of their body.
@Suite struct BodyDigestTests {
    @Test func sameBodiesSameDigestOthersDiffer() {
        let a = Scalars("本报讯 5月3日上午，市政府召开大气污染防治推进会。")
        #expect(BodyDigest(a) == BodyDigest(Scalars(a.string)))
        var seen = Set<BodyDigest>()
        for n in 0..<2000 { #expect(seen.insert(BodyDigest(a + Scalars("\(n)"))).inserted) }
        #expect(BodyDigest(a) != BodyDigest(a + [" "]))
        #expect(BodyDigest([]) != BodyDigest([" "]))
    }

    /// An item printed again is dropped, with a warning naming it; an item of the same length that
    /// differs in one character is kept. The same read mapped (the earlier body made again from the
    /// file's lines) and in memory.
    @Test func itemsPrintedTwiceDroppedOthersKept() throws {
        let a = "全市召开大气污染防治推进会\n本报讯 5月3日上午，市政府召开大气污染防治推进会，副市长出席并讲话。\n"
        let b = "全区召开大气污染防治推进会\n本报讯 5月3日上午，区政府召开大气污染防治推进会，副区长出席并讲话。\n"
        let c = "全县开展扬尘污染专项检查\n本报讯 5月4日，县住建局对全县建筑工地开展扬尘污染专项检查，检查工地12个。\n"
        let text = a + b + a + c + b
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twice-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var mapped = BriefingReader()
        mapped.mapThreshold = 1
        let results = [BriefingReader().read(text: text, file: "twice.txt"), try mapped.parse(InputFile(path: url.path))]
        for result in results {
            #expect(result.briefings.map(\.headline) == ["全市召开大气污染防治推进会", "全区召开大气污染防治推进会", "全县开展扬尘污染专项检查"])
            #expect(result.briefings.map { $0.text.contains("区政府") } == [false, true, false])
            #expect(result.warnings.filter { $0.message.hasPrefix("dropped an item printed twice") }.count == 2)
        }
    }

    /// Characters beyond the Basic Multilingual Plane are not cut to two bytes (U+20000 would be
    /// U+0000), and the zeros padding a last word are not characters.
    @Test func wideCharactersAndPaddingTold() {
        let han = Scalars("大气污染防治")
        for tail in 0..<5 {
            let a = Scalars(han.prefix(tail))
            #expect(BodyDigest(a + ["\u{20000}"]) != BodyDigest(a + ["\u{0}"]), "\(tail)")
            #expect(BodyDigest(a + ["\u{20000}", "中"]) != BodyDigest(a + ["\u{0}", "中"]), "\(tail)")
            #expect(BodyDigest(a + ["\u{20000}", "中"]) != BodyDigest(a + ["\u{20000}", "国"]), "\(tail)")
            #expect(BodyDigest(a) != BodyDigest(a + ["\u{0}"]), "\(tail)")
        }
    }
}

/// Counting Han characters only as far as a test needs (an item's body: at least 20).
@Suite struct HanCountTests {
    @Test func atLeastAsTheFullCount() {
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["中", "a", "，", "1", "\u{3007}", "\u{20000}", " ", "国"]
        for _ in 0..<500 {
            let t = Scalars((0..<Int.random(in: 0...30, using: &random)).map { _ in pool.randomElement(using: &random)! })
            for n in 0...32 { #expect(t.hasHan(atLeast: n) == (t.hanCount >= n), "\(t.string) \(n)") }
        }
    }
}
