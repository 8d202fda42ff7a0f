import Foundation

/// Step 1, by kind of file: a PDF, a .docx (or a .doc converted to one), an HTML page or plain text, told apart by their
/// bytes (and, for HTML, by the file name too). Every kind decodes to lines of text; what
/// follows is the same pipeline.
struct DocumentDecoder: Sendable {
    /// Converts a .doc; nil refuses one.
    var legacyWord: LegacyWordConverter?

    func decode(_ data: Data, file: String) throws(UndecodableFileError) -> DecodedText {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return try PDFDecoder().decode(data, file: file) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try DocxDecoder().decode(data, file: file) }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            guard let legacyWord else {
                throw UndecodableFileError(file: file, reason: "a Word 97-2003 .doc (or another OLE file); save it as .docx")
            }
            var decoded = try DocxDecoder().decode(try legacyWord.docx(from: data, file: file), file: file)
            decoded.format = "doc"
            return decoded
        }
        let text = try ByteDecoder().decode(data, file: file)
        if Self.isHTML(text.text, file: file) { return try HTMLDecoder().decode(text, file: file) }
        return text
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
