import CDeflate
import Foundation

/// The objects of a PDF that tongbao wrote (PDF 1.5: stream objects in the file, every other
/// object in one object stream, a cross-reference stream), read back through its cross-reference
/// stream as Latin-1 text: what a reader finds, checked on the way (each entry must point at its
/// object exactly). Written for tests; it reads only the structure `PDFFile` writes.
public enum PDFObjects {
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Object number → its text (`<<…>>`, and for streams the dictionary and raw stream bytes).
    public static func read(_ bytes: [UInt8]) throws -> [Int: String] {
        guard latin1(bytes.prefix(9)) == "%PDF-1.5\n" else { throw Malformed(description: "not a PDF 1.5 header") }
        guard latin1(bytes.suffix(6)) == "%%EOF\n" else { throw Malformed(description: "no %%EOF at the end") }
        guard let tail = find("startxref\n", in: bytes, last: true),
            let xref = Int(latin1(bytes[(tail + 10)...]).prefix { $0.isNumber })
        else { throw Malformed(description: "no startxref") }
        let (xrefNumber, xrefObject) = try object(at: xref, in: bytes)
        guard xrefObject.hasPrefix("<</Length "), xrefObject.contains("/Type/XRef") else {
            throw Malformed(description: "startxref does not point at a cross-reference stream")
        }
        let size = try integer(after: "/Size ", in: xrefObject)
        guard let w = xrefObject.range(of: "/W[") else { throw Malformed(description: "no /W") }
        let widths = xrefObject[w.upperBound...].prefix { $0 != "]" }.split(separator: " ").compactMap { Int($0) }
        guard widths.count == 3, widths[0] == 1 else { throw Malformed(description: "/W is not [1 a b]") }
        let table = try streamData(xrefObject)
        let entry = 1 + widths[1] + widths[2]
        guard table.count == size * entry else { throw Malformed(description: "the table holds \(table.count) bytes for \(size) entries") }
        func field(_ k: Int, _ at: Int, _ width: Int) -> Int { (0..<width).reduce(0) { $0 << 8 | Int(table[k * entry + at + $1]) } }

        var out: [Int: String] = [:]
        var packed: [Int: (stream: Int, index: Int)] = [:]
        for k in 0..<size {
            let type = table[k * entry]
            let a = field(k, 1, widths[1])
            let b = field(k, 1 + widths[1], widths[2])
            switch type {
            case 0:
                guard k == 0, b == 0xFFFF else { throw Malformed(description: "object \(k) is free") }
            case 1:
                let (number, text) = try object(at: a, in: bytes)
                guard number == k else { throw Malformed(description: "object \(k) is not at \(a)") }
                out[k] = text
            case 2: packed[k] = (a, b)
            default: throw Malformed(description: "entry \(k) has type \(type)")
            }
        }
        guard out[xrefNumber] != nil else { throw Malformed(description: "the cross-reference stream is not in its own table") }
        for stream in Set(packed.values.map(\.stream)) {
            guard let text = out[stream], text.contains("/Type/ObjStm") else {
                throw Malformed(description: "\(stream) is no object stream")
            }
            let n = try integer(after: "/N ", in: text)
            let first = try integer(after: "/First ", in: text)
            let data = try streamData(text)
            let index = latin1(data.prefix(first)).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
            guard index.count == 2 * n else { throw Malformed(description: "object stream \(stream): \(index.count / 2) of \(n) entries") }
            for j in 0..<n {
                let number = index[2 * j]
                guard let place = packed[number], place.stream == stream, place.index == j else {
                    throw Malformed(description: "object \(number) is not where the table says")
                }
                let start = first + index[2 * j + 1]
                let end = j + 1 < n ? first + index[2 * j + 3] : data.count
                guard start <= end, end <= data.count else { throw Malformed(description: "object \(number) runs out of its stream") }
                out[number] = latin1(data[start..<end]).trimmingCharacters(in: .newlines)
            }
        }
        guard out.count == size - 1 else { throw Malformed(description: "\(out.count) objects for \(size - 1) numbers") }
        return out
    }

    /// The inflated data of a stream object's text.
    public static func streamData(_ text: String) throws -> [UInt8] {
        let raw = Array(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        guard let s = find(">>stream\n", in: raw), let e = find("\nendstream", in: raw, last: true) else {
            throw Malformed(description: "not a stream")
        }
        let packed = Array(raw[(s + 9)..<e])
        guard text.contains("/Filter/FlateDecode") else { return packed }
        var size = uLong(max(packed.count * 4, 1024))
        while true {
            var out = [UInt8](repeating: 0, count: Int(size))
            var got = size
            let status = uncompress(&out, &got, packed, uLong(packed.count))
            if status == Z_OK { return Array(out.prefix(Int(got))) }
            guard status == Z_BUF_ERROR, size < 1 << 30 else { throw Malformed(description: "zlib: \(status)") }
            size *= 4
        }
    }

    /// The object that begins at `offset`: its number and its text up to `endobj`.
    static func object(at offset: Int, in bytes: [UInt8]) throws -> (Int, String) {
        guard offset < bytes.count, let head = find(" 0 obj\n", in: bytes, from: offset),
            let number = Int(latin1(bytes[offset..<head])), let end = find("\nendobj\n", in: bytes, from: head)
        else { throw Malformed(description: "no object at \(offset)") }
        return (number, latin1(bytes[(head + 7)..<end]))
    }

    static func integer(after key: String, in text: String) throws -> Int {
        guard let r = text.range(of: key), let v = Int(text[r.upperBound...].prefix { $0.isNumber }) else {
            throw Malformed(description: "no \(key)")
        }
        return v
    }

    /// Where `needle` first (or last) occurs in `bytes` from `from`.
    public static func find(_ needle: String, in bytes: [UInt8], from: Int = 0, last: Bool = false) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count, from <= bytes.count - n.count else { return nil }
        let starts = from...(bytes.count - n.count)
        if last {
            for k in starts.reversed() where bytes[k] == n[0] && bytes[k..<k + n.count].elementsEqual(n) { return k }
        } else {
            for k in starts where bytes[k] == n[0] && bytes[k..<k + n.count].elementsEqual(n) { return k }
        }
        return nil
    }

    public static func latin1<C: Collection>(_ b: C) -> String where C.Element == UInt8 {
        String(b.map { Character(Unicode.Scalar($0)) })
    }
}
