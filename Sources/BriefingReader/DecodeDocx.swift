import CLibXML2
import Foundation
import TableFiles

/// Step 1 for a .docx: the paragraphs and table rows of `word/document.xml`, in document order,
/// one line each; a line's origin is the number of its paragraph (table-cell paragraphs count,
/// as Word counts them). Headers, footers, deleted text and field codes are not read.
struct DocxDecoder: Sendable {
    /// The largest `word/document.xml` unpacked (a zip bomb is refused by name).
    static let maxPartSize = 64 << 20

    func decode(_ data: Data, file: String) throws(UndecodableFileError) -> DecodedText {
        // TableFiles' zip reader: every offset checked, a deflate stream that does not end is an
        // error (ZIPFoundation's Archive loops on one, found by make fuzz on .xlsx).
        let zip: ZipEntries
        do { zip = try ZipEntries(data) } catch { throw UndecodableFileError(file: file, reason: "not a .docx (\(error.message))") }
        let part: Data?
        do { part = try zip.bytes("word/document.xml", limit: Self.maxPartSize) } catch {
            throw UndecodableFileError(file: file, reason: "a damaged .docx (\(error.message))")
        }
        guard let xml = part else {
            throw UndecodableFileError(file: file, reason: "a zip archive without word/document.xml (not a .docx)")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = xml.withUnsafeBytes { raw in
            xmlReadMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), "document.xml", nil, options)
        }
        guard let doc = parsed, let root = xmlDocGetRootElement(doc) else {
            throw UndecodableFileError(file: file, reason: "word/document.xml in the .docx is not well-formed XML")
        }
        defer { xmlFreeDoc(doc) }
        var walker = Walker()
        walker.block(root)
        return walker.out.decoded(encoding: "utf-8", format: "docx")
    }

    /// Walks the body: paragraphs and tables at any depth of content controls.
    private struct Walker {
        var out = DocumentLines()
        var paragraph = 0

        mutating func block(_ node: xmlNodePtr) {
            for child in XMLNodes.children(node) {
                switch XMLNodes.name(child) {
                case "p":
                    for line in paragraphLines(child) { out.append(line, origin: paragraph) }
                case "tbl": table(child)
                case "sectPr", "txbxContent", "Fallback": break
                default: block(child)
                }
            }
        }

        /// The next paragraph's lines (a `<w:br/>` starts a new one); counts the paragraph.
        mutating func paragraphLines(_ node: xmlNodePtr) -> [String] {
            paragraph += 1
            var lines = [""]
            Self.runs(node, into: &lines)
            return lines
        }

        /// Each row as one line, its cells separated by a tab.
        mutating func table(_ node: xmlNodePtr) {
            for row in XMLNodes.children(node) where XMLNodes.name(row) == "tr" {
                var cells: [String] = []
                let origin = paragraph + 1
                for cell in XMLNodes.children(row) where XMLNodes.name(cell) == "tc" {
                    cells.append(cellText(cell))
                }
                out.append(cells.joined(separator: "\t"), origin: origin)
            }
        }

        /// A cell's paragraphs (and nested tables) as one string.
        mutating func cellText(_ node: xmlNodePtr) -> String {
            var parts: [String] = []
            for child in XMLNodes.children(node) {
                switch XMLNodes.name(child) {
                case "p": parts += paragraphLines(child)
                case "tbl":
                    for row in XMLNodes.children(child) where XMLNodes.name(row) == "tr" {
                        for c in XMLNodes.children(row) where XMLNodes.name(c) == "tc" { parts.append(cellText(c)) }
                    }
                default: continue
                }
            }
            return parts.filter { !$0.isEmpty }.joined(separator: " ")
        }

        /// The text of a paragraph's runs; a line break inside it starts a new line.
        static func runs(_ node: xmlNodePtr, into lines: inout [String]) {
            for child in XMLNodes.children(node) {
                switch XMLNodes.name(child) {
                case "t": lines[lines.count - 1] += XMLNodes.text(child)
                case "tab": lines[lines.count - 1] += " "
                case "br", "cr": lines.append("")
                case "delText", "instrText", "txbxContent", "Fallback", "rPr", "pPr": continue
                default: runs(child, into: &lines)
                }
            }
        }
    }
}

/// Small helpers over libxml2's tree.
enum XMLNodes {
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { out.append(n) }
            c = n.pointee.next
        }
        return out
    }

    /// The element's local name (without its namespace prefix).
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The text directly inside an element.
    static func text(_ node: xmlNodePtr) -> String {
        var s = ""
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let content = n.pointee.content {
                s += String(cString: content)
            }
            c = n.pointee.next
        }
        return s
    }
}
