import Foundation
import Testing

@testable import BriefingReader

/// The cleaner's pass made cheaper (issue 14): each piece against the slower form it replaced.
@Suite struct CleanPassTests {
    let cleaner = Cleaner(converter: TraditionalConverter())

    /// Real files, and the same files in Traditional with pinyin and table rows mixed in.
    static var texts: [(name: String, text: String)] { TwoPassTests.texts }

    @Test func copyrightWordsFoundAsInTheLowercasedLine() {
        let lines = [
            "Copyright © 2018", "COPYRIGHT 2020 本网", "All Rights Reserved.", "浙ICP备20026746号", "浙icp备", "Ｃopyright 全角",
            "\u{212A}ICP", "\u{130}CP备", "copy right", "版权所有", "ALL RIGHTS reserved 本站", "xICPx", "CopyrighT", "ic", "",
        ]
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["I", "C", "P", "i", "c", "p", "\u{130}", "\u{212A}", "中", " ", "Ｉ"]
        let noise = (0..<400).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...8, using: &random)).map { _ in pool.randomElement(using: &random)! }))
        }
        for line in lines + noise {
            let lower = Scalars(line.lowercased())
            for word in ["copyright", "all rights reserved", "icp"] {
                #expect(Cleaner.containsFoldingASCII(Scalars(line), Scalars(word)) == lower.contains(Scalars(word)), "\(line) \(word)")
            }
        }
        #expect(Cleaner.boilerplateReason(Scalars("工信部备案号:浙icp备20026746号-2")) != nil)
    }

    @Test func linesDecodedIntoOneArrayAsOneByOne() {
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "中", "\u{FEFF}", "é", "😀", " ", "\u{3000}", "，", "\u{10FFFF}"]
        for _ in 0..<300 {
            let text = String(
                String.UnicodeScalarView((0..<Int.random(in: 0...40, using: &random)).map { _ in pool.randomElement(using: &random)! }))
            let bytes = Array(text.utf8)
            let all = Array(text.unicodeScalars)
            #expect(bytes.withUnsafeBufferPointer { Scalars.scalarCount(utf8: $0) } == all.count)
            #expect(bytes.withUnsafeBufferPointer { Scalars(utf8: $0, droppingBOM: false) } == all)
            #expect(bytes.withUnsafeBufferPointer { Scalars(utf8: $0, droppingBOM: true) } == all.filter { $0 != "\u{FEFF}" })
            // into a buffer too short: what fits, no more
            let room = Int.random(in: 0...all.count, using: &random)
            var out = Scalars(repeating: "\u{0}", count: room)
            let n = out.withUnsafeMutableBufferPointer { o in
                bytes.withUnsafeBufferPointer { Scalars.decode(utf8: $0, droppingBOM: false, into: o) }
            }
            #expect(n == room && out == Array(all.prefix(room)))
        }
    }

    /// The decoder against a scalar at a time (its plainest form), on
    /// bytes of long Han runs with the rare three-byte values among them: surrogates as UTF-8
    /// spells them (not well-formed: U+FFFD), byte order marks, full-width punctuation.
    @Test func hanRunsDecodedAsOneByOne() {
        func oneByOne(_ b: [UInt8], droppingBOM: Bool) -> Scalars {
            var out = Scalars()
            var i = 0
            while i < b.count {
                let c = UInt32(b[i])
                let n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                guard i + n <= b.count else { break }
                var v = n == 1 ? c : c & (0x7F >> UInt32(n))
                for j in 1..<n { v = v << 6 | UInt32(b[i + j] & 0x3F) }
                i += n
                if droppingBOM, v == 0xFEFF { continue }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
        var random = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("中".utf8), Array("国".utf8), Array("，".utf8), Array("\u{FEFF}".utf8), [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            Array("a".utf8), Array("😀".utf8), Array("é".utf8), Array("\u{FFFD}".utf8),
        ]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                bytes += Int.random(in: 0..<4, using: &random) > 0 ? pieces[0] : pieces.randomElement(using: &random)!
            }
            for dropping in [false, true] {
                let expected = oneByOne(bytes, droppingBOM: dropping)
                #expect(bytes.withUnsafeBufferPointer { Scalars(utf8: $0, droppingBOM: dropping) } == expected, "\(bytes)")
                // into a buffer too short: what fits, no more
                let room = Int.random(in: 0...expected.count, using: &random)
                var out = Scalars(repeating: "\u{0}", count: room)
                let n = out.withUnsafeMutableBufferPointer { o in
                    bytes.withUnsafeBufferPointer { Scalars.decode(utf8: $0, droppingBOM: dropping, into: o) }
                }
                #expect(n == room && out == Array(expected.prefix(room)), "\(bytes) \(room)")
            }
        }
    }

    /// The vector decoder (CUTF8) against the scalar steps it replaced (below, as the Swift
    /// decoder was), on any bytes (not well-formed ones too: both take the bytes after a lead
    /// whatever they are), on the corpus files, from every offset of a block and into buffers
    /// of every size around the block lengths.
    @Test func vectorDecoderAsTheScalarSteps() throws {
        func scalarSteps(_ b: [UInt8], droppingBOM: Bool, capacity: Int) -> [UInt32] {
            var out: [UInt32] = []
            var i = 0
            let end = b.count
            while i < end, out.count < capacity {
                let c = UInt32(b[i])
                var v: UInt32
                if c < 0x80 {
                    v = c
                    i += 1
                } else if c & 0xF0 == 0xE0, i + 2 < end {
                    v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    i += 3
                    if v >= 0xD800, v < 0xE000 || v == 0xFEFF {
                        if v != 0xFEFF {
                            v = 0xFFFD
                        } else if droppingBOM {
                            continue
                        }
                    }
                } else if c < 0xE0, i + 1 < end {
                    v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    i += 2
                } else if c >= 0xF0, i + 3 < end {
                    v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                    i += 4
                    if droppingBOM, v == 0xFEFF { continue }
                    if v > 0x10FFFF || v & 0xFFF800 == 0xD800 { v = 0xFFFD }
                } else {
                    break
                }
                out.append(v)
            }
            return out
        }
        func vector(_ b: [UInt8], droppingBOM: Bool, capacity: Int) -> [UInt32] {
            var out = Scalars(repeating: "\u{0}", count: capacity)
            let n = out.withUnsafeMutableBufferPointer { o in
                b.withUnsafeBufferPointer { Scalars.decode(utf8: $0, droppingBOM: droppingBOM, into: o) }
            }
            return out[..<n].map(\.value)
        }
        var random = SystemRandomNumberGenerator()
        let han = Array("中国大气污染防治".utf8)
        let pieces: [[UInt8]] = [
            Array("中".utf8), Array("，".utf8), Array("\u{FEFF}".utf8), [0xED, 0xA0, 0x80], Array("a1".utf8), Array("😀".utf8),
            Array("é".utf8), [0xE4], [0xB8], [0xF4, 0x90, 0x80, 0x80], [0xC0], [0xFF], Array("2018年11月".utf8), han,
            Array(repeating: 0x41, count: 17),
        ]
        var inputs: [[UInt8]] = []
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &random) {
                bytes += Int.random(in: 0..<3, using: &random) > 0 ? han : pieces.randomElement(using: &random)!
            }
            // any bytes at all, now and then
            if Int.random(in: 0..<5, using: &random) == 0 {
                bytes += (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            }
            inputs.append(bytes)
        }
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var files = 0
        for dir in ["Genre", "Genre2", "Genre3"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: here.appendingPathComponent(dir).path)
            for name in names.sorted() where name.hasSuffix(".txt") {
                inputs.append(Array(try Data(contentsOf: here.appendingPathComponent(dir).appendingPathComponent(name))))
                files += 1
            }
        }
        #expect(files > 50)
        var compared = 0
        for bytes in inputs {
            for dropping in [false, true] {
                let all = scalarSteps(bytes, droppingBOM: dropping, capacity: bytes.count)
                #expect(vector(bytes, droppingBOM: dropping, capacity: bytes.count) == all, "\(bytes.prefix(64))")
                // into a buffer too short (around a block's 4 and 16 values): what fits, no more
                for room in [0, 1, 3, 4, 5, 15, 16, 17, Int.random(in: 0...max(0, all.count), using: &random)] where room <= all.count {
                    #expect(vector(bytes, droppingBOM: dropping, capacity: room) == Array(all.prefix(room)), "\(room)")
                }
                // from each offset of a block
                if bytes.count > 40 {
                    for k in 1..<17 {
                        let rest = Array(bytes[k...])
                        let expected = scalarSteps(rest, droppingBOM: dropping, capacity: rest.count)
                        #expect(vector(rest, droppingBOM: dropping, capacity: rest.count) == expected)
                    }
                }
                compared += 1
            }
        }
        #expect(compared > 6000)
    }

    /// The word-at-a-time counts against a byte at a time, on any bytes and every length around
    /// the word and the 255-word lane limit.
    @Test func bytesCountedByTheWordAsByTheByte() {
        var random = SystemRandomNumberGenerator()
        let pool: [UInt8] = [0x0A, 0x0D, 0x80, 0xBF, 0xC0, 0xE4, 0xB8, 0x41, 0x00, 0xFF, 0x7F, 0x8A, 0x8D]
        var lengths = Array(0...40) + [2039, 2040, 2041, 2047, 2048, 2049, 4080, 4089, 5000]
        lengths += (0..<20).map { _ in Int.random(in: 1...20_000, using: &random) }
        for n in lengths {
            let bytes = (0..<n).map { _ in
                Bool.random(using: &random) ? pool.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            let continuations = bytes.filter { $0 & 0xC0 == 0x80 }.count
            #expect(bytes.withUnsafeBufferPointer { Scalars.scalarCount(utf8: $0) } == n - continuations, "\(n)")
            let breaks = bytes.withUnsafeBufferPointer { LineTable.countBreaks($0) }
            #expect(breaks.newlines == bytes.filter { $0 == 0x0A }.count && breaks.returns == bytes.filter { $0 == 0x0D }.count, "\(n)")
        }
        // all one byte: every lane at its most
        let full = [UInt8](repeating: 0x0A, count: 8 * 300 + 5)
        #expect(full.withUnsafeBufferPointer { LineTable.countBreaks($0) }.newlines == full.count)
        let continued = [UInt8](repeating: 0x80, count: 8 * 300 + 5)
        #expect(continued.withUnsafeBufferPointer { Scalars.scalarCount(utf8: $0) } == 0)
    }

    @Test func scalarsEncodedAsTheStringEncodesThem() {
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "中", "\u{FEFF}", "é", "😀", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "\u{0}"]
        var store: [UInt8] = [0x41]
        var expected: [UInt8] = [0x41]
        for _ in 0..<300 {
            let t = (0..<Int.random(in: 0...30, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let s = String(String.UnicodeScalarView(t))
            #expect(t.string == s)
            #expect(t.utf8Count == s.utf8.count)
            t.appendUTF8(to: &store)
            expected += Array(s.utf8)
        }
        #expect(store == expected)
    }

    /// `fullWidthPunctuation` read once against its three rules read one after another (the form
    /// it had), on random lines of the characters the rules look at.
    @Test func punctuationWidenedInOneReadAsInThree() {
        func threeReads(_ line: Scalars) -> Scalars {
            var changes: [(Int, Unicode.Scalar)] = []
            for i in line.indices where line[i].value < 0x80 {
                guard let full = Cleaner.fullWidth(line[i]) else { continue }
                let prev = i > 0 ? line[i - 1] : nil
                let next = i + 1 < line.count ? line[i + 1] : nil
                if let p = prev, let n = next, p.isDigit, n.isDigit { continue }
                func chinese(_ c: Unicode.Scalar?) -> Bool { c.map { $0.isHan || $0.isCJKPunctuation } ?? false }
                if chinese(prev) || chinese(next) { changes.append((i, full)) }
            }
            for i in line.indices where line[i] == "." && i > 0 && (line[i - 1].isHan || line[i - 1] == "”" || line[i - 1] == "）") {
                guard i + 1 < line.count else {
                    changes.append((i, "。"))
                    continue
                }
                let next = line[i + 1]
                if next.isHan || next.isSpace || next == "“" { changes.append((i, "。")) }
            }
            let straight = line.indices.filter { line[$0] == "\"" }
            if !straight.isEmpty, straight.count % 2 == 0 {
                for k in stride(from: 0, to: straight.count, by: 2) {
                    let (a, b) = (straight[k], straight[k + 1])
                    guard line[(a + 1)..<b].contains(where: \.isHan) else { continue }
                    changes.append((a, "“"))
                    changes.append((b, "”"))
                }
            }
            var out = line
            for (i, c) in changes { out[i] = c }
            return out
        }
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["中", "1", "a", ",", ":", ";", "?", "!", "(", ")", ".", "\"", " ", "”", "）", "“", "，", "5"]
        var changed = 0
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...12, using: &random)).map { _ in pool.randomElement(using: &random)! }
            var once = line
            let widened = Cleaner.fullWidthPunctuation(&once)
            #expect(once == threeReads(line), "\(line.string)")
            #expect(widened == (once != line), "\(line.string)")
            if widened { changed += 1 }
        }
        #expect(changed > 100)
    }

    /// The one read of the decode step against the checks it replaced: a nul, `isValidUTF8` as
    /// the standard library validates, `looksLikeText(utf8:)`.
    @Test func utf8CheckedInOneReadAsInThree() {
        var random = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x41], [0x00], [0x09], [0x0A], [0x01], [0x7F], Array("中".utf8), Array("\u{85}".utf8), Array("\u{E000}".utf8),
            Array("\u{F8FF}".utf8), Array("\u{F900}".utf8), Array("\u{FFFD}".utf8), Array("😀".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80],
            [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80], [0xFF], [0xEF, 0xBF, 0xBF],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                bytes += Bool.random(using: &random) ? pieces[0] : pieces.randomElement(using: &random)!
            }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            bytes.withUnsafeBufferPointer { b in
                var any = ByteDecoder.UTF8Check(controls: .any)
                #expect(any.read(b) == valid, "\(bytes)")
                var noNul = ByteDecoder.UTF8Check(controls: .noNul)
                #expect(noNul.read(b) == (valid && !bytes.contains(0)), "\(bytes)")
                var text = ByteDecoder.UTF8Check(controls: .text)
                let isText = text.read(b) && text.isText
                #expect(isText == (valid && !bytes.contains(0) && ByteDecoder().looksLikeText(utf8: b)), "\(bytes)")
            }
        }
    }

    /// A line's record stays 16 bytes (the trims live in what was padding, where a converted line's
    /// text lies is kept apart) and a paragraph's 12: with the line table they were ~0.5 bytes of
    /// peak memory for each byte of the bench file.
    @Test func lineRecordsStaySmall() {
        #expect(MemoryLayout<LineTable.Record>.stride == 16)
        #expect(MemoryLayout<CleanedText.ParagraphRecord>.stride == 12)
    }

    @Test func whiteSpaceAtTheEndsInBytesIsTheTrimmedLine() {
        let lines = [
            "　　本报讯", "\u{FEFF} 甲 乙 ", "甲", "", "   ", "\t\u{A0}会议\u{3000}", "a\u{200B}", "\u{FEFF}\u{FEFF}中\u{FEFF}",
            String(repeating: "\u{3000}", count: 90) + "长",
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            let trims = bytes.withUnsafeBufferPointer { LineTable.whiteSpaceAtEnds($0) }
            if line.hasPrefix(String(repeating: "\u{3000}", count: 90)) {
                #expect(trims == nil)  // 270 bytes: more than a record holds
                continue
            }
            guard let (a, z) = trims else {
                Issue.record("\(line.debugDescription): no trims")
                continue
            }
            let kept = Array(bytes[Int(a)..<(bytes.count - Int(z))])
            #expect(Scalars(String(decoding: kept, as: UTF8.self)) == Scalars(line).trimmed, "\(line.debugDescription)")
        }
    }

    /// The lines marked `cleanAsStored`, decoded from their bytes, are the lines cleaned as before;
    /// each paragraph made in one array is its lines' cleaned texts joined.
    @Test func linesCleanedAsStoredAreTheCleanedLines() {
        var marked = 0
        var cleanedAgain = 0
        for (name, text) in Self.texts {
            let scanned = cleaner.scan(text, file: name)
            let table = scanned.lines
            for i in table.records.indices where table.records[i].count > 0 {
                let full = Cleaner.removePictographs(Cleaner.removeStraySpaces(table.stage2(i))).text
                let cut = Int(table.records[i].cut)
                #expect(table.cleaned(i) == full.sub(cut, full.count), "\(name) line \(i + 1)")
                #expect(table.cleaned(i).count == Int(table.records[i].count), "\(name) line \(i + 1)")
                if table.records[i].flags.contains(.cleanAsStored) { marked += 1 } else { cleanedAgain += 1 }
            }
            for k in scanned.paragraphs.indices {
                let r = scanned.paragraphs[k]
                var joined = Scalars()
                for i in (r.first - 1)...(r.last - 1) { joined += table.cleaned(i) }
                #expect(scanned.lines.joinedCleaned((r.first - 1)...(r.last - 1)) == joined, "\(name) paragraph \(k)")
            }
        }
        #expect(marked > 300)
        #expect(cleanedAgain > 10)
    }

    /// A paragraph is made in scratch space up to 1,024 characters and in place beyond
    /// (`LineTable.joinedCleaned`): both are its lines' cleaned texts joined, at the bound and on
    /// either side of it, with lines decoded as stored and lines cleaned again.
    @Test func paragraphsMadeAcrossTheScratchBound() {
        func line(_ n: Int, spaced: Bool = false) -> String {
            let body = String(repeating: "大气污染防治", count: n / 6 + 1).prefix(n - 1)
            return spaced ? "  PM2.5  浓度 \(body.dropLast(8))。 " : "\(body)。"
        }
        for total in [1_023, 1_024, 1_025, 3_000] {
            // one line, and the same length over three lines that run on (the first two end mid-sentence)
            let third = total / 3
            let wrapped = [String(line(third).dropLast()), String(line(third, spaced: true).dropLast()), line(total - 2 * third)]
            let text = "标题\n\n" + line(total) + "\n\n" + wrapped.joined(separator: "\n") + "\n\n结尾。"
            let scanned = cleaner.scan(text, file: "made-up \(total)")
            var longest = 0
            for k in scanned.paragraphs.indices {
                let r = scanned.paragraphs[k]
                var joined = Scalars()
                for i in (r.first - 1)...(r.last - 1) { joined += scanned.lines.cleaned(i) }
                #expect(scanned.lines.joinedCleaned((r.first - 1)...(r.last - 1)) == joined, "\(total) paragraph \(k)")
                longest = max(longest, joined.count)
            }
            #expect(longest >= total - 10, "\(total)")
        }
    }

    /// Screening each line as it is read gives what screening afterwards gives, on real files and
    /// on files where the screen must wait (pinyin, table rows): the same lines, paragraphs and
    /// warnings in the same order.
    @Test func screeningAsReadIsScreeningAfterwards() {
        var afterwards = cleaner
        afterwards.screensAsRead = false
        let waits = [
            "Copyright 2018 本网\n本报讯 聯(lián)合會議召開，副省長出席。會議強調，要抓好落實。\n免责声明：本站信息仅供参考",
            (0..<6).map { "站点,日期,PM2.5,PM10,\($0)" }.joined(separator: "\n") + "\n版权所有 © 2018\n本报讯 会议召开。",
        ]
        var texts = Self.texts
        for (k, t) in waits.enumerated() { texts.append(("wait\(k).txt", t)) }
        for (name, text) in texts {
            let a = cleaner.scan(text, file: name)
            let b = afterwards.scan(text, file: name)
            #expect(a.warnings.diagnostics() == b.warnings.diagnostics(), "\(name)")
            #expect(a.paragraphs.indices.map { a.paragraph($0) } == b.paragraphs.indices.map { b.paragraph($0) }, "\(name)")
            #expect(a.metadata == b.metadata && a.published == b.published, "\(name)")
            #expect(a.lines.records.map(\.count) == b.lines.records.map(\.count), "\(name)")
            #expect(a.lines.records.map(\.flags.rawValue) == b.lines.records.map(\.flags.rawValue), "\(name)")
        }
        // pinyin and table rows are told before the lines they follow
        let pinyin = cleaner.scan(waits[0], file: "t.txt").warnings.diagnostics()
        #expect(pinyin.first?.message.hasPrefix("removed 1 pinyin annotation") == true)
        #expect(pinyin.dropFirst().first?.line == 1)
        let rows = cleaner.scan(waits[1], file: "t.txt").warnings.diagnostics()
        #expect(rows.prefix(6).allSatisfy { $0.message.hasPrefix("dropped a table row") })
        #expect(rows.count > 6 && rows[6].line == 7)
    }

    /// The boilerplate screen, its whole-line searches made only where the line's marks (one read
    /// of it) say their words can occur, against every search made (`ScreenMarks.all`); the marks
    /// against each list's first characters searched for one by one.
    @Test func boilerplateScreenedByMarksAsByEverySearch() {
        func plainMarks(_ line: Scalars) -> ScreenMarks {
            var m: ScreenMarks = []
            func mark(_ x: ScreenMarks, _ firsts: [Unicode.Scalar]) { if line.contains(where: { firsts.contains($0) }) { m.insert(x) } }
            if line.contains(where: \.isASCIILetter) { m.insert(.letters) }
            if line.contains(where: { $0.isHan || $0.isASCIILetter || $0.isDigit }) { m.insert(.content) }
            mark(.copyrightSign, ["©"])
            mark(.recordMark, [Lexicon.BoilerplateMark.record[0]])
            mark(.recordNumber, [Lexicon.BoilerplateMark.recordNumber])
            mark(.letterC, ["c", "C"])
            mark(.letterA, ["a", "A"])
            mark(.letterI, ["i", "I"])
            mark(.copyrightCue, Cleaner.copyrightCues.words.map { $0[0] })
            mark(.recordCue, Cleaner.recordCues.words.map { $0[0] })
            mark(.siteCue, Cleaner.docSiteCues.words.map { $0[0] })
            // a first character of a spam word, a second character of one after it
            let firsts = Lexicon.spamWords.words.map { $0[0] }
            let seconds = Lexicon.spamWords.words.map { $0[1] }
            if line.indices.dropLast().contains(where: { firsts.contains(line[$0]) && seconds.contains(line[$0 + 1]) }) {
                m.insert(.spamWord)
            }
            mark(.weekdayCue, Cleaner.weekdayCues.words.map { $0[0] })
            return m
        }
        let made = [
            "Copyright © 2018 本网", "版权所有：某某网", "浙ICP备20026746号", "京公网安备11010502030143号", "备案号：2号", "all rights reserved",
            "下载文档到电脑", "还剩5页未读，继续阅读", "国产精品_亚洲视频_在线观看", "2024年12月19日 星期四", "１２月１９日（周四）", "……", "—— ——",
            "© ", "ＶＩＰ专享", "-END-", "VIP", "ⅰcp", "国", "国产", "a", "av",
        ]
        var lines = made.map { Scalars($0) }
        for (_, text) in Self.texts { lines += text.split(separator: "\n").map { Cleaner.removeStraySpaces(Scalars(String($0))) } }
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "版", "权", "所", "有", "©", "备", "案", "号", "I", "c", "P", "星", "期", "周", "国", "产", "下", "载", "中", "2", "，", "。", "　", "精", "品",
            "v", "a",
        ]
        for _ in 0..<500 { lines.append((0..<Int.random(in: 0...12, using: &random)).map { _ in pool.randomElement(using: &random)! }) }
        for line in lines {
            #expect(ScreenMarks(line) == plainMarks(line), "\(line.string)")
            #expect(Cleaner.boilerplateReason(line) == Cleaner.boilerplateReason(line, marks: .all), "\(line.string)")
        }
    }

    /// The screen's one read that tells a line is only trimmed, against the two steps it stands
    /// for: where it answers, they only trim the line there; where it does not, they do more.
    @Test func linesOnlyTrimmedToldInOneRead() {
        var lines: [Scalars] = []
        for (_, text) in Self.texts { lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { Scalars(String($0)) } }
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "中", "a", " ", "\u{3000}", "\t", "`", "😀", "\u{200D}", "\u{FE0F}", "\u{FEFF}", "，", "★", "☀", "2", "\u{A0}", "〇", "ｶ",
        ]
        for _ in 0..<3000 { lines.append((0..<Int.random(in: 0...10, using: &random)).map { _ in pool.randomElement(using: &random)! }) }
        for line in lines {
            var onlyTrimmed = false
            let spaced = Cleaner.removeStraySpaces(line, onlyTrimmed: &onlyTrimmed)
            let removed = Cleaner.removePictographs(spaced).removed
            let kept = Cleaner.trimmedOnly(line)
            #expect((kept != nil) == (onlyTrimmed && removed == 0), "\(line.string)")
            if let kept { #expect(line.sub(kept.lowerBound, kept.upperBound) == spaced, "\(line.string)") }
        }
    }

    /// `Segmenter.looksLikeHeadline` in one read of the line, against its two reads.
    @Test func headlinesToldInOneReadAsInTwo() {
        func twoReads(_ line: Scalars) -> Bool {
            guard line.count >= 4, line.count <= 64, line.hanCount >= 4 else { return false }
            return !line.contains { $0 == "。" || $0 == "！" || $0 == "？" || $0 == "；" }
                && !line.hasSuffix(Scalars("：")) && !line.hasSuffix(Scalars(":"))
        }
        var lines: [Scalars] = []
        for (_, text) in Self.texts { lines += text.split(separator: "\n").map { Scalars(String($0)) } }
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["中", "国", "a", "。", "！", "？", "；", "：", ":", "，", "〇", "\u{20000}", "1"]
        for k in 0..<3000 {
            lines.append((0..<Int.random(in: 0...(k % 2 == 0 ? 16 : 70), using: &random)).map { _ in pool.randomElement(using: &random)! })
        }
        for line in lines { #expect(Segmenter.looksLikeHeadline(line) == twoReads(line), "\(line.string)") }
    }

    /// `WordList.occurs`, which skips 16 characters at a time where a list has few first
    /// characters, against a search for each word (its plainest form): lists of one to six first
    /// characters, words at block edges, ranges that cut a word; the words at one index as each
    /// word's own comparison finds them.
    @Test func wordsFoundInBlocksAsOneByOne() {
        var random = SystemRandomNumberGenerator()
        let lists = [["版权所有", "版权声明"], ["公网安备", "备案"], ["星期", "周", "礼拜"], ["a", "版权", "周末", "星"], ["亚洲", "国产", "一本道", "av", "视频"]]
        let pool: [Unicode.Scalar] = [
            "版", "权", "所", "有", "公", "网", "安", "备", "星", "期", "周", "礼", "拜", "a", "v", "中", "，", "亚", "洲", "国", "产",
        ]
        #expect(WordList(lists[0]).occurs(in: Scalars("版权所有")) && WordList.fewFirsts >= 1)
        for words in lists {
            let list = WordList(words)
            let plain = words.map { Scalars($0) }
            for _ in 0..<600 {
                let t = Scalars((0..<Int.random(in: 0...70, using: &random)).map { _ in pool.randomElement(using: &random)! })
                let from = Int.random(in: -2...t.count + 1, using: &random)
                let to = Bool.random(using: &random) ? nil : Int.random(in: 0...t.count + 2, using: &random)
                let end = min(to ?? t.count, t.count)
                let expected = plain.contains { w in (max(0, from)..<max(max(0, from), end)).contains { t.has(w, at: $0, before: end) } }
                #expect(list.occurs(in: t, from: from, to: to) == expected, "\(words) \(t.string) \(from) \(to ?? -1)")
                // the words at one index: the longest, each, and those that end by a bound
                let at = Int.random(in: -1...t.count, using: &random)
                let here = list.words.filter { !$0.isEmpty && t.has($0, at: at) }
                #expect(list.match(t, at: at) == here.first, "\(words) \(t.string) \(at)")
                var each: [Scalars] = []
                list.forEachMatch(t, at: at) { each.append(list.words[$0]) }
                #expect(each == here, "\(words) \(t.string) \(at)")
                #expect(list.occurs(in: t, at: at, before: end) == here.contains { t.has($0, at: at, before: end) })
            }
        }
    }

    /// Round 5's shortcuts on every line of the real files (and random ones): a line's script told
    /// with one lookup for the characters that tell none, its spaces found in one read, the date
    /// test of `opensReport` skipped where no date can start early enough.
    @Test func lineShortcutsAgreeWithTheirPlainForms() {
        func plainScript(_ line: Scalars) -> Bool? {
            var t = 0
            var s = 0
            for c in line where c.value >= 0x4E00 {
                if Lexicon.traditionalOnly.contains(c) { t += 1 } else if Lexicon.simplifiedOnly.contains(c) { s += 1 }
            }
            return t == 0 && s == 0 ? nil : t > s
        }
        // `removeStraySpaces` as it was written: trimmed, then appended a character at a time
        func plainSpaces(_ line: Scalars) -> Scalars {
            let t = line.trimmed
            guard t.contains(where: { $0.isSpace || $0 == "`" }) else { return t }
            let heading = !t.contains { $0 == "。" || $0 == "，" || $0 == "," || $0 == "；" || $0 == "：" || $0 == ":" }
            func word(_ c: Unicode.Scalar) -> Bool {
                c.isASCIILetter || c.isASCIIDigit
                    || (c.value < 0x80 && !c.isSpace && c != "," && c != "(" && c != ")" && c != ":" && c != ";" && c != "\"")
            }
            func hanBefore(_ s: Scalars, _ end: Int) -> Int { end - (s[..<end].lastIndex { !$0.isHan }.map { $0 + 1 } ?? 0) }
            func hanAfter(_ s: Scalars, _ start: Int) -> Int { (s[start...].firstIndex { !$0.isHan } ?? s.count) - start }
            var out = Scalars()
            var i = 0
            while i < t.count {
                let c = t[i]
                if c.isSpace || c == "`" {
                    var j = i
                    while j < t.count && (t[j].isSpace || t[j] == "`") { j += 1 }
                    if let p = out.last, j < t.count, word(p), word(t[j]), c != "`" {
                        out.append(" ")
                    } else if heading, c != "`", hanBefore(out, out.count) >= 4, hanAfter(t, j) >= 4 {
                        out.append(" ")
                    }
                    i = j
                    continue
                }
                out.append(c)
                i += 1
            }
            return out
        }
        var random = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "1", "2", "０", "年", "月", "日", "-", "/", ".", "二", "十", "〇", "于", "中", "，", " ", "\u{3000}", "`", "會", "会", "a", "B",
            ",", "(", "国", "家", "。",
        ]
        var lines = Self.texts.flatMap { Cleaner.splitLines($0.text).map(\.text) }
        for _ in 0..<3000 {
            lines.append(Scalars((0..<Int.random(in: 0...30, using: &random)).map { _ in pool.randomElement(using: &random)! }))
        }
        for line in lines {
            #expect(Cleaner.script(of: line) == plainScript(line), "\(line.string)")
            var onlyTrimmed = false
            let spaced = Cleaner.removeStraySpaces(line, onlyTrimmed: &onlyTrimmed)
            #expect(onlyTrimmed == !line.trimmed.contains { $0.isSpace || $0 == "`" }, "\(line.string)")
            #expect(spaced == plainSpaces(line), "\(line.string)")
            // no date of the line's first 24 characters starts by the 15th where none may
            if !Segmenter.mayOpenWithDate(line) {
                #expect(DateExtractor.mentions(in: line.sub(0, 24)).allSatisfy { $0.start > 14 }, "\(line.string)")
            }
        }
    }

    /// `LineTable.decode` (into scratch space of a scalar a byte, or of the counted scalars for a
    /// line of more than 4,096 bytes, then over the old text) as the standard library decodes the
    /// line, byte order marks dropped or kept: one array reused for lines longer and shorter than
    /// the one before, of lengths around 4,096 bytes.
    @Test func lineDecodedOverTheLastAsTheStandardLibraryDecodesIt() {
        var random = SystemRandomNumberGenerator()
        let pool = ["a", "1", "中", "，", "é", "😀", "\u{FEFF}", " ", "\u{10FFFF}"]
        var line = Scalars()
        var decoded = 0
        for target in [0, 1, 5, 4090, 4096, 4097, 4100, 3, 9000, 20, 4095, 0, 12_000, 7] {
            var text = ""
            while text.utf8.count < target { text += pool.randomElement(using: &random)! }
            let bytes = Array(text.utf8)
            for dropping in [true, false] {
                bytes.withUnsafeBufferPointer { LineTable.decode($0, droppingBOM: dropping, into: &line) }
                let expected = text.unicodeScalars.filter { !dropping || $0 != "\u{FEFF}" }
                #expect(line == Array(expected), "\(target) \(dropping)")
                decoded += 1
            }
        }
        #expect(decoded == 28)
    }

    /// Bodies told apart by their digests as by their text: the Basic Multilingual Plane hashed
    /// narrowed, other bodies wide, across the parts a body is narrowed in.
    @Test func bodyDigestsTellBodiesApart() {
        let long = Scalars(repeating: "中", count: 1500)
        var bodies: [Scalars] = [[], ["\u{F600}"], ["\u{1F600}"], ["a"], ["\u{61}", "\u{0}"], Scalars("中国"), Scalars("中國"), long]
        var changed = long
        changed[1200] = "国"
        bodies += [changed, long + ["😀"], long + ["\u{F600}"], Scalars("中\u{1F600}"), Scalars("中\u{F600}")]
        for (i, a) in bodies.enumerated() {
            for (j, b) in bodies.enumerated() { #expect((BodyDigest(a) == BodyDigest(b)) == (i == j), "\(i) \(j)") }
            #expect(BodyDigest(a) == BodyDigest(Scalars(a.string)))
        }
    }

    /// A small file's bytes are taken as plain text in one read exactly when they are plain UTF-8
    /// and read as text (`looksLikeText`), as the two checks took them.
    /// A plain file's opening read from its bytes for HTML (the file is no longer made a string
    /// first) as from the string.
    @Test func htmlToldFromTheBytesAsFromTheString() {
        var random = SystemRandomNumberGenerator()
        let pool = ["<!DOCTYPE html>", "<html>", "<HTML lang=zh>", " ", "\n", "\u{3000}", "\u{FEFF}", "中", "<!doctype", " html", "<", "a"]
        for k in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pool.randomElement(using: &random)! }.joined()
            let name = k % 7 == 0 ? "a.htm" : "a.txt"
            #expect(DocumentDecoder.isHTML(utf8: Array(text.utf8), file: name) == DocumentDecoder.isHTML(text, file: name), "\(text)")
        }
    }

    @Test func plainTextToldInOneRead() {
        var random = SystemRandomNumberGenerator()
        let pool: [[UInt8]] = [
            Array("中".utf8), Array("a".utf8), [0x7F], [0x01], [0x00], [0x09], [0xC2, 0x85], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBD],
            [0xFF], [0xE4, 0xB8], Array("%PDF-".utf8), [0xEF, 0xBB, 0xBF],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                bytes += Int.random(in: 0..<3, using: &random) > 0 ? pool[0] : pool.randomElement(using: &random)!
            }
            let plain = bytes.withUnsafeBufferPointer { DocumentDecoder.isPlainUTF8($0) }
            let text = plain && ByteDecoder().looksLikeText(String(decoding: bytes, as: UTF8.self))
            #expect(bytes.withUnsafeBufferPointer { DocumentDecoder.isPlainUTF8Text($0) } == text, "\(bytes)")
        }
    }
}
