import Foundation
import ZIPFoundation

/// The entries of a zip archive (an .xlsx workbook, a .docx), read from its central directory, and their
/// bytes unpacked with ZIPFoundation's zlib binding (`Data.decompress`).
///
/// Why not `ZIPFoundation.Archive` for reading: in 0.9.20 its in-memory archive traps on a central
/// directory that points past the end, and its extraction loops for ever on a deflate stream that
/// does not end (both found by `make fuzz`: a 664-byte workbook hung `import --ledger`). Walking
/// the central directory takes the few lines below; every offset and size is checked against the
/// data, and the inflater's input is cut at the entry's compressed size, so a stream that does not
/// end is an error. ZIP64 archives (over 4 GiB) are refused: no workbook tongbao reads is one.
public struct ZipEntries {
    struct Entry {
        var path: String
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
        var crc32: UInt32
    }

    public struct Failure: Error {
        public var message: String
    }

    let data: Data
    private(set) var entries: [String: Entry] = [:]

    public init(_ data: Data) throws(Failure) {
        self.data = data
        let bytes = [UInt8](data)
        func u16(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
        // End of central directory: the last signature in the final 64 KiB + 22 bytes.
        guard bytes.count >= 22 else { throw Failure(message: "not a zip archive (too short)") }
        var eocd: Int? = nil
        var o = bytes.count - 22
        let floor = max(0, bytes.count - 22 - 65_535)
        while o >= floor {
            if bytes[o] == 0x50, bytes[o + 1] == 0x4B, bytes[o + 2] == 5, bytes[o + 3] == 6 {
                eocd = o
                break
            }
            o -= 1
        }
        guard let end = eocd else { throw Failure(message: "not a zip archive (no central directory)") }
        let count = u16(end + 10)
        let size = u32(end + 12)
        let start = u32(end + 16)
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF else {
            throw Failure(message: "a ZIP64 archive (over 4 GiB), not a workbook")
        }
        guard start + size <= end else { throw Failure(message: "its central directory lies outside the file") }
        var p = start
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else { throw Failure(message: "a damaged central directory") }
            let method = UInt16(u16(p + 10))
            let compressed = u32(p + 20)
            let uncompressed = u32(p + 24)
            let nameLength = u16(p + 28)
            let extraLength = u16(p + 30)
            let commentLength = u16(p + 32)
            let local = u32(p + 42)
            let crc = UInt32(u32(p + 16))
            guard p + 46 + nameLength <= end else { throw Failure(message: "a damaged central directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if entries[name] == nil {
                entries[name] = Entry(
                    path: name, method: method, compressedSize: compressed, uncompressedSize: uncompressed,
                    localHeaderOffset: local, crc32: crc)
            }
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The unpacked bytes of `path` (nil when there is no such entry), at most `limit` of them.
    public func bytes(_ path: String, limit: Int) throws(Failure) -> Data? {
        guard let e = entries[path] else { return nil }
        guard e.uncompressedSize <= limit else {
            throw Failure(message: "\(path) unpacks to \(e.uncompressedSize) bytes, more than the \(limit) this file may")
        }
        let header = e.localHeaderOffset
        guard header + 30 <= data.count,
            data[data.startIndex + header] == 0x50, data[data.startIndex + header + 1] == 0x4B,
            data[data.startIndex + header + 2] == 3, data[data.startIndex + header + 3] == 4
        else { throw Failure(message: "\(path): its local header lies outside the file") }
        func u16(_ o: Int) -> Int { Int(data[data.startIndex + o]) | Int(data[data.startIndex + o + 1]) << 8 }
        let begin = header + 30 + u16(header + 26) + u16(header + 28)
        guard begin + e.compressedSize <= data.count else {
            throw Failure(message: "\(path) claims \(e.compressedSize) bytes past the end of the file")
        }
        let packed = data.subdata(in: (data.startIndex + begin)..<(data.startIndex + begin + e.compressedSize))
        switch e.method {
        case 0:
            guard packed.crc32(checksum: 0) == e.crc32 else {
                throw Failure(message: "\(path) is damaged (its CRC-32 does not match)")
            }
            guard packed.count <= limit else {
                throw Failure(message: "\(path) holds \(packed.count) bytes, more than the \(limit) this file may")
            }
            return packed
        case 8:
            guard !packed.isEmpty else { throw Failure(message: "\(path) is damaged (an empty deflate stream)") }
            var out = Data()
            var given = 0
            let crc: UInt32
            do {
                // The buffer is exactly the packed entry: ZIPFoundation's Linux inflater tells zlib
                // every chunk is `bufferSize` bytes long (avail_in), so a shorter chunk let zlib read
                // past it into other memory (a SEGV in libz, found by make fuzz). One chunk of exactly
                // that size, then a refusal if the stream asks for more; output comes in pieces of
                // the same size (deflate expands at most ~1,032-fold: about a thousand pieces at most).
                crc = try Data.decompress(
                    size: Int64(packed.count), bufferSize: packed.count, skipCRC32: false,
                    provider: { _, chunk in
                        // the inflater asks again after the last chunk when the stream did not end
                        guard given < packed.count else { throw Failure(message: "\(path): a deflate stream that does not end") }
                        let n = min(chunk, packed.count - given)
                        defer { given += n }
                        return packed.subdata(in: (packed.startIndex + given)..<(packed.startIndex + given + n))
                    },
                    consumer: { chunk in
                        out.append(chunk)
                        if out.count > limit { throw Failure(message: "\(path) unpacks to more than \(limit) bytes (a zip bomb?)") }
                    })
            } catch let f as Failure {
                throw f
            } catch {
                throw Failure(message: "\(path) is damaged (\(error))")
            }
            guard crc == e.crc32 else { throw Failure(message: "\(path) is damaged (its CRC-32 does not match)") }
            return out
        default:
            throw Failure(message: "\(path) is packed with method \(e.method), which neither .xlsx nor .docx uses")
        }
    }
}
