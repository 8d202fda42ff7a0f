import FileAccess
import Foundation
import Testing

@testable import BriefingReader

@Suite struct DecodeTests {
    let sample = "11月2日，临泽县召开会议。\n副市长武军出席会议。\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try ByteDecoder().decode(Data(sample.utf8), file: "a.txt")
        #expect(plain.encoding == "utf-8")
        #expect(plain.text == sample)
        let bom = try ByteDecoder().decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), file: "a.txt")
        #expect(bom.encoding == "utf-8")
        #expect(bom.text == sample)
    }

    @Test func utf16BothOrders() throws {
        var le = Data([0xFF, 0xFE])
        var be = Data([0xFE, 0xFF])
        for u in sample.utf16 {
            le.append(contentsOf: [UInt8(u & 0xFF), UInt8(u >> 8)])
            be.append(contentsOf: [UInt8(u >> 8), UInt8(u & 0xFF)])
        }
        #expect(try ByteDecoder().decode(le, file: "a").encoding == "utf-16le")
        #expect(try ByteDecoder().decode(be, file: "a").encoding == "utf-16be")
        #expect(try ByteDecoder().decode(be, file: "a").text == sample)
        // without a byte order mark
        let d = try ByteDecoder().decode(Data(le.dropFirst(2)), file: "a")
        #expect(d.encoding == "utf-16le")
        #expect(d.text == sample)
        let e = try ByteDecoder().decode(Data(be.dropFirst(2)), file: "a")
        #expect(e.encoding == "utf-16be")
        #expect(e.text == sample)
    }

    @Test func gb18030() throws {
        let data = try #require(sample.data(using: String.Encoding.gb18030))
        let d = try ByteDecoder().decode(data, file: "a.txt")
        #expect(d.encoding == "gb18030")
        #expect(d.text == sample)
    }

    /// GB18030 decoded a part at a time, each ending before a line feed, is the whole decoded at
    /// once by Foundation: every two- and four-byte sequence (four-byte ones sampled), with line
    /// feeds among them and at the ends, lines longer than a part, bytes Foundation refuses, a
    /// byte order mark after a line feed, and the GB18030 files of the corpora.
    @Test func gb18030InPartsAsWhole() throws {
        var sequences: [[UInt8]] = []
        for a in 0x81...0xFE { for b in Array(0x40...0x7E) + Array(0x80...0xFE) { sequences.append([UInt8(a), UInt8(b)]) } }
        for b1 in stride(from: 0x81, through: 0xFE, by: 3) {
            for b3 in stride(from: 0x81, through: 0xFE, by: 5) { sequences.append([UInt8(b1), 0x35, UInt8(b3), 0x37]) }
        }
        var random = SystemRandomNumberGenerator()
        var text: [UInt8] = []
        for q in sequences {
            // skip what Foundation refuses on its own: the rest must decode (checked below)
            guard String(data: Data(q), encoding: .gb18030) != nil else { continue }
            text += q
            switch Int.random(in: 0..<12, using: &random) {
            case 0: text.append(0x0A)
            case 1: text += Array("ab\r\n".utf8)
            case 2: text.append(0x41)
            default: break
            }
        }
        let lineless = [UInt8](text.filter { $0 != 0x0A })
        let bomAfterBreak: [UInt8] = Array("甲".data(using: .gb18030)!) + [0x0A, 0x84, 0x31, 0x95, 0x33] + Array("乙\n".utf8)
        var cases: [[UInt8]] = [text, lineless, [0x0A] + text + [0x0A, 0x0A], bomAfterBreak, [0x84, 0x31, 0x95, 0x33] + text]
        // bytes Foundation refuses: a lead byte before a line feed, a bad second byte
        cases.append(Array(text.prefix(5000)) + [0x81, 0x0A] + Array(text.suffix(5000)))
        cases.append(Array(text.prefix(3000)) + [0xFE, 0x20] + Array(text.suffix(3000)))
        for dir in ["Genre", "Genre2", "Genre3", "Formats"] {
            let folder = TwoPassTests.root.appendingPathComponent(dir)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                    String(data: data, encoding: .utf8) == nil, String(data: data, encoding: .gb18030) != nil
                else { continue }
                cases.append(Array(data))
            }
        }
        #expect(cases.count > 8)
        #expect(String(data: Data(text), encoding: .gb18030) != nil)
        for (k, bytes) in cases.enumerated() {
            let whole = String(data: Data(bytes), encoding: .gb18030)
            for part in [1, 2, 7, 64, 4096, 1 << 20] {
                var decoder = ByteDecoder()
                decoder.gb18030PartBytes = part
                let parts = bytes.withUnsafeBufferPointer { decoder.gb18030($0) }
                #expect(parts == whole, "case \(k), parts of \(part) bytes")
            }
        }
    }

    /// UTF-16 read off the bytes as the standard library decodes it; nil for an unpaired
    /// surrogate or an odd count of bytes.
    @Test func utf16AsTheStandardLibraryDecodesIt() {
        var random = SystemRandomNumberGenerator()
        let pool: [UInt16] = [0x41, 0x0A, 0x4E2D, 0x3002, 0xFF0C, 0xD83D, 0xDE00, 0xD800, 0xDFFF, 0xFEFF, 0x00, 0xFFFD]
        for round in 0..<400 {
            let units = (0..<Int.random(in: 0...40, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let valid =
                units.withUnsafeBufferPointer {
                    transcode($0.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: true) { _ in }
                } == false
            for little in [true, false] {
                let bytes = units.flatMap { little ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
                let decoded = bytes.withUnsafeBufferPointer { ByteDecoder.utf16($0, littleEndian: little) }
                #expect(decoded == (valid ? String(decoding: units, as: UTF16.self) : nil), "round \(round)")
                let odd = (bytes + [0x41]).withUnsafeBufferPointer { ByteDecoder.utf16($0, littleEndian: little) }
                #expect(odd == nil)
            }
        }
    }

    @Test func refusals() {
        #expect(throws: UndecodableFileError.self) { try ByteDecoder().decode(Data(), file: "empty.txt") }
        #expect(throws: UndecodableFileError.self) {
            try ByteDecoder().decode(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x03]), file: "a.out")
        }
        // truncated GB18030: the last character lost its second byte
        var gb = sample.data(using: String.Encoding.gb18030) ?? Data()
        gb.removeLast(2)
        #expect(throws: UndecodableFileError.self) { try ByteDecoder().decode(gb, file: "cut.txt") }
        do {
            _ = try ByteDecoder().decode(Data(), file: "empty.txt")
        } catch {
            #expect(error.file == "empty.txt")
            #expect(error.description.contains("empty.txt"))
        }
    }

    /// The UTF-8 check's word-at-a-time path for three-byte scalars, on Han runs with every kind of
    /// three-byte sequence it must leave to the byte-at-a-time path among them (overlong forms,
    /// surrogates, private use, U+FFFD, cut short) and the full-width ones it reads itself.
    @Test func hanRunsCheckedAsTheStandardLibraryAndLooksLikeText() {
        var random = SystemRandomNumberGenerator()
        let rare: [[UInt8]] = [
            [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], Array("\u{E000}".utf8),
            Array("\u{F8FF}".utf8), Array("\u{F900}".utf8), Array("\u{FFFD}".utf8), Array("\u{FFBF}".utf8), Array("，".utf8),
            Array("\u{FEFF}".utf8), [0xEF, 0xBF, 0xBF], [0xE4, 0xB8], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0xC0], [0x41], [0x0A],
            Array("\u{1000}".utf8), Array("\u{CFFF}".utf8), Array("\u{D000}".utf8),
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &random) {
                bytes += Int.random(in: 0..<6, using: &random) > 0 ? Array("中".utf8) : rare.randomElement(using: &random)!
            }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            bytes.withUnsafeBufferPointer { b in
                var any = ByteDecoder.UTF8Check(controls: .any)
                #expect(any.read(b) == valid, "\(bytes)")
                var text = ByteDecoder.UTF8Check(controls: .text)
                let isText = text.read(b) && text.isText
                #expect(isText == (valid && ByteDecoder().looksLikeText(utf8: b)), "\(bytes)")
                if valid { #expect(text.scalars == String(decoding: bytes, as: UTF8.self).unicodeScalars.count, "\(bytes)") }
            }
        }
    }
}
