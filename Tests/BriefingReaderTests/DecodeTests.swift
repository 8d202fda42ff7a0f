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
}
