import FileAccess
import Foundation

/// Step 1: bytes → text. BOM (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030
/// (which covers GBK and GB2312). Binary data, NUL bytes, undecodable or truncated
/// sequences are refused with a reason.
struct ByteDecoder: Sendable {
    /// Bytes of GB18030 decoded at a time (`gb18030`): parts end before a line feed.
    var gb18030PartBytes = 1 << 20

    /// The bytes are read where they are, never copied, and each decoding writes its string
    /// directly: a copy of the bytes, a decoder's own array of units and its growing scalar view
    /// took a 36 MB GB18030 file's peak memory to 7.2 times its size, a UTF-16 file's to 6.1.
    func decode(_ data: Data, file: String) throws(UndecodableFileError) -> DecodedText {
        guard !data.isEmpty else { throw UndecodableFileError(file: file, reason: "empty file") }
        let decoded = data.withUnsafeBytes { raw -> Result<DecodedText, UndecodableFileError> in
            do throws(UndecodableFileError) {
                return .success(try decode(bytes: raw.bindMemory(to: UInt8.self), file: file))
            } catch {
                return .failure(error)
            }
        }
        return try decoded.get()
    }

    private func decode(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(UndecodableFileError) -> DecodedText {
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        let littleBOM: [UInt8] = [0xFF, 0xFE]
        let bigBOM: [UInt8] = [0xFE, 0xFF]
        // the common case first: UTF-8 without a byte order mark or nul bytes, as the steps below
        // would decode it too
        let hasNul = bytes.contains(0)
        if !bytes.starts(with: utf8BOM), !bytes.starts(with: littleBOM), !bytes.starts(with: bigBOM), !hasNul,
            let plain = String(validating: bytes, as: UTF8.self)
        {
            return try checked(DecodedText(text: plain, encoding: "utf-8"), file: file)
        }
        if bytes.starts(with: utf8BOM) {
            guard let s = String(validating: UnsafeBufferPointer(rebasing: bytes[3...]), as: UTF8.self) else {
                throw UndecodableFileError(file: file, reason: "invalid utf-8 after a utf-8 byte order mark")
            }
            return try checked(DecodedText(text: s, encoding: "utf-8"), file: file)
        }
        if bytes.starts(with: littleBOM) || bytes.starts(with: bigBOM) {
            let little = bytes[0] == 0xFF
            guard let s = Self.utf16(UnsafeBufferPointer(rebasing: bytes[2...]), littleEndian: little) else {
                throw UndecodableFileError(
                    file: file, reason: "invalid utf-16\(little ? "le" : "be") after a byte order mark")
            }
            return try checked(DecodedText(text: s, encoding: little ? "utf-16le" : "utf-16be"), file: file)
        }
        if hasNul {
            // UTF-16 without a byte order mark: accept only when it reads as clean text.
            // ASCII characters have their zero byte second in UTF-16LE, first in UTF-16BE
            var zeroEven = 0
            var zeroOdd = 0
            for (k, b) in bytes.enumerated() where b == 0 {
                if k % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
            }
            for little in zeroOdd >= zeroEven ? [true, false] : [false, true] {
                if let s = Self.utf16(bytes, littleEndian: little), looksLikeText(s) {
                    return DecodedText(text: s, encoding: little ? "utf-16le" : "utf-16be")
                }
            }
            throw UndecodableFileError(file: file, reason: "binary data (nul bytes), not a text file")
        }
        // no byte order mark, no nul, not UTF-8 (the first case): GB18030
        guard let s = gb18030(bytes), looksLikeText(s) else {
            throw UndecodableFileError(
                file: file, reason: "neither utf-8, utf-16 nor gb18030 text (undecodable or truncated bytes)")
        }
        if let bad = Self.trailingTruncation(bytes) {
            throw UndecodableFileError(file: file, reason: "truncated gb18030 sequence at byte \(bad)")
        }
        return DecodedText(text: s, encoding: "gb18030")
    }

    /// Refuses decoded text that still is not text (control characters, nul).
    func checked(_ d: DecodedText, file: String) throws(UndecodableFileError) -> DecodedText {
        guard looksLikeText(d.text) else {
            throw UndecodableFileError(file: file, reason: "binary data (control characters), not a text file")
        }
        return d
    }

    /// UTF-16 units read off the bytes as the decoder asks for them (not gathered in an array).
    private struct UTF16Units: IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        let littleEndian: Bool
        var at = 0

        mutating func next() -> UInt16? {
            guard at + 1 < bytes.count else { return nil }
            let a = UInt16(bytes[at])
            let b = UInt16(bytes[at + 1])
            at += 2
            return littleEndian ? (b << 8 | a) : (a << 8 | b)
        }
    }

    /// Well-formed UTF-16 as a string; nil for an odd count of bytes or an unpaired surrogate.
    static func utf16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units = UTF16Units(bytes: bytes, littleEndian: littleEndian)
        var codec = UTF16()
        var out = String()
        // a unit of two bytes is at most three of UTF-8, a pair of four at most four
        out.reserveCapacity(bytes.count / 2 * 3)
        while true {
            switch codec.decode(&units) {
            case .scalarValue(let s): out.unicodeScalars.append(s)
            case .emptyInput: return out
            case .error: return nil
            }
        }
    }

    /// GB18030 as Foundation decodes it (nil where it refuses the bytes), a part of about
    /// `gb18030PartBytes` at a time, so that its working copies are of a part, not of the file.
    /// A part ends before a line feed: 0x0A is never part of a GB18030 sequence (a second byte is
    /// 0x30 or more), and the encoding keeps no state, so the parts decode as the whole does; every
    /// part after the first opens with its line feed (a byte order mark is only at the file's start).
    /// A part runs on to the next line feed, so text without one is decoded whole, as before.
    func gb18030(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return "" }
        var out = String()
        // two bytes of a Han character become three of UTF-8; four bytes at most four
        out.reserveCapacity(bytes.count / 2 * 3 + 4)
        var start = 0
        while start < bytes.count {
            var end = min(start + max(1, gb18030PartBytes), bytes.count)
            if end < bytes.count {
                // back to the last line feed after the part's first byte, else on to the next one
                var j = end
                while j > start + 1, bytes[j] != 0x0A { j -= 1 }
                if bytes[j] == 0x0A, j > start {
                    end = j
                } else {
                    j = end
                    while j < bytes.count, bytes[j] != 0x0A { j += 1 }
                    end = j
                }
            }
            let part = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base + start), count: end - start, deallocator: .none)
            guard let s = String(data: part, encoding: .gb18030) else { return nil }
            out += s
            start = end
        }
        return out
    }

    /// Text has no nul or C0 controls other than tab, newline, carriage return and form feed,
    /// and few private-use or replacement characters.
    func looksLikeText(_ s: String) -> Bool {
        // a native string is read on its bytes (its scalars, one at a time, cost 1.7 % of the reader)
        if let byBytes = s.utf8.withContiguousStorageIfAvailable({ looksLikeText(utf8: $0) }) { return byBytes }
        return looksLikeText(scalars: s.unicodeScalars)
    }

    /// `looksLikeText` read scalar by scalar.
    func looksLikeText(scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var count = TextLikeness()
        for u in scalars where !count.add(u) { return false }
        return count.isText
    }

    /// `looksLikeText` of well-formed UTF-8 bytes, read a part at a time (`parts`).
    func looksLikeText(utf8 b: UnsafeBufferPointer<UInt8>, parts: (Range<Int>) -> Void = { _ in }) -> Bool {
        // read on the bytes (decoding every scalar cost 2 % of the reader's time): a scalar starts
        // at each byte that is not a continuation byte; the odd ones are told by their first bytes
        var total = 0
        var odd = 0
        for part in Self.parts(of: b) {
            var i = part.lowerBound
            while i < part.upperBound {
                let c = b[i]
                if c & 0xC0 != 0x80 { total += 1 }
                if c < 0x20 {
                    if c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C { return false }
                } else if c == 0x7F {
                    odd += 1
                } else if c >= 0xC2, i + 1 < b.count {
                    let d = b[i + 1]
                    // U+0080…U+009F, U+E000…U+F8FF (private use), U+FFFD
                    if (c == 0xC2 && d <= 0x9F) || c == 0xEE || (c == 0xEF && d <= 0xA3)
                        || (c == 0xEF && d == 0xBF && i + 2 < b.count && b[i + 2] == 0xBD)
                    {
                        odd += 1
                    }
                }
                i += 1
            }
            parts(part)
        }
        return total > 0 && odd * 50 <= total
    }

    /// `b` in parts of about 4 MB that each end before the start of a scalar.
    static func parts(of b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        while start < b.count {
            var end = min(start + (4 << 20), b.count)
            while end < b.count, b[end] & 0xC0 == 0x80 { end += 1 }
            out.append(start..<end)
            start = end
        }
        return out
    }

    /// Counts what tells text from binary data, scalar by scalar.
    struct TextLikeness {
        private var total = 0
        private var odd = 0

        /// False at a nul or a C0 control other than tab, newline, carriage return and form feed.
        mutating func add(_ u: Unicode.Scalar) -> Bool {
            total += 1
            let v = u.value
            if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C { return false }
            if v == 0x7F || v == 0xFFFD || (0xE000...0xF8FF).contains(v) || (0x80...0x9F).contains(v) { odd += 1 }
            return true
        }

        /// Some text, and few private-use or replacement characters.
        var isText: Bool { total > 0 && odd * 50 <= total }
    }

    /// Whether `b` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    /// Written out because the standard library's check (`String(validating:)`) makes the string:
    /// a copy of a large file that `InputFiles.readBytes` exists to avoid.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var check = UTF8Check(controls: .any)
        return check.read(b)
    }

    /// One read of UTF-8 bytes for what decoding asks of them (the mapped file's check read them
    /// three times: for a nul, for well-formed UTF-8, for text): well-formed, the control
    /// characters it allows, and the scalars and odd ones `looksLikeText` counts.
    struct UTF8Check {
        /// The C0 control characters (U+0000…U+001F) allowed.
        enum Controls {
            /// All of them: UTF-8 alone.
            case any
            /// All but nul (`DocumentDecoder.isPlainUTF8`).
            case noNul
            /// Tab, line feed, carriage return and form feed (text: `looksLikeText`).
            case text
        }

        let controls: Controls
        /// The scalars read, and the odd ones among them (`looksLikeText`: U+007F…U+009F,
        /// private use, U+FFFD).
        private(set) var scalars = 0
        private(set) var odd = 0

        init(controls: Controls) { self.controls = controls }

        /// Few odd scalars among some (`looksLikeText`, with `controls: .text`).
        var isText: Bool { scalars > 0 && odd * 50 <= scalars }

        /// Reads `b` (the whole, or a part that ends before a scalar starts); false at bytes that
        /// are not well-formed UTF-8 or at a control character not allowed.
        mutating func read(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let p = b.baseAddress else { return true }
            let n = b.count
            var i = 0
            var count = 0
            var odd = 0
            defer {
                scalars += count
                self.odd += odd
            }
            func continues(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
            let raw = UnsafeRawPointer(p)
            while i < n {
                // most scalars: three bytes that need no more checks, read in one word — a lead of
                // U+1000…U+CFFF (Han characters, CJK punctuation: no overlong form, surrogate or
                // odd character there) or of U+F900…U+FFBF (full-width punctuation) and two
                // continuation bytes (~12 machine instructions a Han character, not ~28)
                if i &+ 4 <= n {
                    let w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                    let lead = w & 0xFF
                    if w & 0xC0_C000 == 0x80_8000, lead &- 0xE1 < 0x0C || (lead == 0xEF && (w >> 8) & 0xFF &- 0xA4 < 0x1B) {
                        count &+= 1
                        i &+= 3
                        continue
                    }
                }
                let c = p[i]
                count &+= 1
                if c < 0x80 {
                    if c < 0x20, !allows(c) { return false }
                    if c == 0x7F { odd &+= 1 }
                    i &+= 1
                } else if c & 0xF0 == 0xE0 {
                    // three bytes (Han characters, CJK punctuation): the common case first
                    guard continues(i &+ 1), continues(i &+ 2) else { return false }
                    let d = p[i &+ 1]
                    if c == 0xE0 && d < 0xA0 { return false }  // overlong
                    if c == 0xED && d > 0x9F { return false }  // surrogate
                    // U+E000…U+F8FF (private use), U+FFFD
                    if c == 0xEE || (c == 0xEF && (d <= 0xA3 || (d == 0xBF && p[i &+ 2] == 0xBD))) { odd &+= 1 }
                    i &+= 3
                } else if c >= 0xC2 && c <= 0xDF {
                    guard continues(i &+ 1) else { return false }
                    if c == 0xC2 && p[i &+ 1] <= 0x9F { odd &+= 1 }  // U+0080…U+009F
                    i &+= 2
                } else if c >= 0xF0 && c <= 0xF4 {
                    guard continues(i &+ 1), continues(i &+ 2), continues(i &+ 3) else { return false }
                    let d = p[i &+ 1]
                    if c == 0xF0 && d < 0x90 { return false }  // overlong
                    if c == 0xF4 && d > 0x8F { return false }  // past U+10FFFF
                    i &+= 4
                } else {
                    return false
                }
            }
            return true
        }

        private func allows(_ c: UInt8) -> Bool {
            switch controls {
            case .any: return true
            case .noNul: return c != 0
            case .text: return c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
            }
        }
    }

    /// A GB18030 lead byte (0x81…0xFE) left alone at the end of the file.
    private static func trailingTruncation(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81 && b <= 0xFE else { return i }
            guard i + 1 < n else { return i }
            let c = bytes[i + 1]
            if c >= 0x30 && c <= 0x39 {
                guard i + 3 < n else { return i }
                i += 4
            } else {
                i += 2
            }
        }
        return nil
    }
}
