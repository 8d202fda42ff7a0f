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
