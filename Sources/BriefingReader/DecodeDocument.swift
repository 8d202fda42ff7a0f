import FileAccess
import Foundation
import LegacyWord

/// Step 1, by kind of file: a PDF, a .docx (or a .doc converted to one), an HTML page or plain text, told apart by their
/// bytes (and, for HTML, by the file name too). Every kind decodes to lines of text; what
/// follows is the same pipeline.
struct DocumentDecoder: Sendable {
    /// Converts a .doc; nil refuses one.
    var legacyWord: LegacyWordConverter?

    func decode(_ data: Data, file: String) throws(UndecodableFileError) -> DecodedText {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: Self.pdfSignature) { return try PDFDecoder().decode(data, file: file) }
        if head.starts(with: Self.zipSignature) { return try DocxDecoder().decode(data, file: file) }
        if head.starts(with: Self.oleSignature) {
            guard let legacyWord else {
                throw UndecodableFileError(file: file, reason: "a Word 97-2003 .doc (or another OLE file); save it as .docx")
            }
            let docx: Data
            do { docx = try legacyWord.docx(from: data) } catch {
                throw UndecodableFileError(file: file, reason: "a Word 97-2003 .doc (or another OLE file) \(error.why); save it as .docx")
            }
            var decoded = try DocxDecoder().decode(docx, file: file)
            decoded.format = "doc"
            return decoded
        }
        let text = try ByteDecoder().decode(data, file: file)
        if Self.isHTML(text.text, file: file) { return try HTMLDecoder().decode(text, file: file) }
        return text
    }

    /// The openings `decode` tells a PDF, a zip (.docx) and an OLE file (.doc) by.
    private static let pdfSignature = Array("%PDF-".utf8)
    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Bytes opening with another kind's signature or a byte order mark: never plain UTF-8 as they are.
    private static func opensAsAnotherKind(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        [pdfSignature, zipSignature, oleSignature, [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]].contains { head.starts(with: $0) }
    }

    /// Bytes that `decode` reads as plain UTF-8 text as they are: no PDF, zip or OLE signature,
    /// no byte order mark, no nul byte, valid UTF-8 (`ByteDecoder`'s first case). The reader asks
    /// `isPlainUTF8Text`; this one is kept as the part of it the tests hold it to.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        if Self.opensAsAnotherKind(bytes) { return false }
        var check = ByteDecoder.UTF8Check(controls: .noNul)
        return check.read(bytes)
    }

    /// `isPlainUTF8`, and text (`ByteDecoder.looksLikeText`), told in one read of the bytes: the
    /// small files `BriefingReader.parse` reads whole (the text read again for
    /// `looksLikeText` was 1 % of the reader on a 2 MB file). Bytes it refuses are decoded as
    /// before, and refused there with their reason.
    static func isPlainUTF8Text(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        if Self.opensAsAnotherKind(bytes) { return false }
        var check = ByteDecoder.UTF8Check(controls: .text)
        return check.read(bytes) && check.isText
    }

    /// Whether a large file can be read mapped (`MappedFile`) as plain UTF-8 text: `isPlainUTF8`,
    /// text (`ByteDecoder.looksLikeText`), and not HTML. Anything else is read as before, and
    /// refused there with its reason. Read a part at a time, each let go after.
    static func isPlainText(_ file: MappedFile, name: String) -> Bool {
        let b = file.bytes
        let head = UnsafeBufferPointer(rebasing: b[0..<min(b.count, 8)])
        if opensAsAnotherKind(head) { return false }
        defer { file.rewind() }
        // well-formed UTF-8 text (no nul, no control but tab, LF, CR, FF; few odd characters), read once
        var check = ByteDecoder.UTF8Check(controls: .text)
        for part in ByteDecoder.parts(of: b) {
            guard check.read(UnsafeBufferPointer(rebasing: b[part])) else { return false }
            file.release(before: part.upperBound)
        }
        file.rewind()
        guard check.isText else { return false }
        // HTML: told by the name, or by the text's opening (after white space)
        var start = 0
        while start < b.count, b[start] == 0x20 || b[start] == 0x09 || b[start] == 0x0A || b[start] == 0x0D || b[start] == 0x0C {
            start += 1
        }
        guard start + 256 < b.count else { return false }
        var end = start + 256
        while end < b.count, b[end] & 0xC0 == 0x80 { end += 1 }
        let opening = String(decoding: UnsafeBufferPointer(rebasing: b[0..<end]), as: UTF8.self)
        // the opening `isHTML` reads must be inside the part decoded here (else: read as before)
        guard opening.unicodeScalars.drop(while: { $0.properties.isWhitespace || $0 == "\u{FEFF}" }).count >= 15 else { return false }
        return !isHTML(opening, file: name)
    }

    /// `decode` of bytes that `isPlainUTF8Text` took, already read into a string (text: not
    /// checked again).
    func decode(plain text: String, file: String) throws(UndecodableFileError) -> DecodedText {
        let decoded = DecodedText(text: text, encoding: "utf-8")
        if Self.isHTML(decoded.text, file: file) { return try HTMLDecoder().decode(decoded, file: file) }
        return decoded
    }

    /// `isHTML` of well-formed UTF-8 bytes, of which only the opening is made a string.
    static func isHTML(utf8 bytes: [UInt8], file: String) -> Bool {
        var opening = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while opening.count < 15 {
            switch decoder.decode(&iterator) {
            case .scalarValue(let c):
                if opening.isEmpty, c.properties.isWhitespace || c == "\u{FEFF}" { continue }
                opening.append(c)
            case .emptyInput: break decoding
            case .error: opening.append("\u{FFFD}")
            }
        }
        return isHTML(String(opening), file: file)
    }

    /// An .html/.htm file, or text that opens as an HTML document.
    static func isHTML(_ text: String, file: String) -> Bool {
        let ext = (file as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" || ext == "xhtml" { return true }
        let start = text.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }.prefix(15)
        let opening = String(String.UnicodeScalarView(start)).lowercased()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }
}
