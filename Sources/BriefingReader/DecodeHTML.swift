import CLibXML2

/// Step 1 for an HTML page: the text of the page through libxml2's forgiving HTML parser
/// (entities such as `&ldquo;` decoded, broken markup recovered), scripts, styles and navigation
/// dropped, each block element on its own line. A line's origin is the line of the HTML file
/// where its text starts. A line that is mostly link text without a sentence in it (a menu bar,
/// a list of links) is navigation and is dropped here, where the links are still known; the
/// page's other furniture (copyright lines, metadata) is text and goes to the same cleaning
/// steps as a saved .txt.
struct HTMLDecoder: Sendable {
    /// Elements whose content is never page text.
    static let skipped: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select", "button",
        "nav", "map",
    ]
    /// Elements that start and end a line.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "html",
    ]

    /// `text`: the page decoded from its bytes (UTF-8, UTF-16 or GB18030), handed to libxml2 as UTF-8.
    func decode(_ text: DecodedText, file: String) throws(UndecodableFileError) -> DecodedText {
        let bytes = Array(text.text.utf8)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_NOIMPLIED.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { raw in
            raw.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: raw.count) {
                    htmlReadMemory($0, Int32(raw.count), "page.html", "UTF-8", options)
                }
            } ?? nil
        }
        guard let doc = parsed else {
            throw UndecodableFileError(file: file, reason: "an HTML page libxml2 cannot read")
        }
        defer { xmlFreeDoc(doc) }
        var walker = Walker()
        var node = doc.pointee.children
        while let n = node {
            walker.walk(n)
            node = n.pointee.next
        }
        walker.flush()
        return walker.out.decoded(encoding: text.encoding, format: "html")
    }

    private struct Walker {
        var out = DocumentLines()
        var line = ""
        var origin = 1
        /// Characters of the current line inside `<a>` elements, and nesting depth of `<a>`.
        var linkChars = 0
        var inLink = 0
        /// White space seen since the last text (collapsed into one space, or none between
        /// two CJK characters when it held a line break of the HTML source).
        var pendingSpace: (newline: Bool, any: Bool) = (false, false)

        mutating func flush() {
            let t = line.trimmingWhitespace()
            let visible = t.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            let sentence = t.unicodeScalars.contains { $0 == "。" || $0 == "，" || $0 == "；" }
            let navigation = linkChars * 2 >= visible && !sentence
            if !t.isEmpty && !navigation { out.append(t, origin: origin) }
            line = ""
            linkChars = 0
            pendingSpace = (false, false)
        }

        mutating func walk(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = XMLNodes.name(node).lowercased()
                if HTMLDecoder.skipped.contains(name) { return }
                if name == "br" {
                    flush()
                    return
                }
                let block = HTMLDecoder.blocks.contains(name)
                if block { flush() }
                if name == "td" || name == "th", !line.isEmpty {
                    line += "\t"
                    pendingSpace = (false, false)
                }
                if name == "a" { inLink += 1 }
                var c = node.pointee.children
                while let n = c {
                    walk(n)
                    c = n.pointee.next
                }
                if name == "a" { inLink -= 1 }
                if block { flush() }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { return }
                append(String(cString: content), at: Int(xmlGetLineNo(node)))
            default:
                return
            }
        }

        mutating func append(_ s: String, at sourceLine: Int) {
            for u in s.unicodeScalars {
                if u.properties.isWhitespace && u != "\u{3000}" {
                    pendingSpace.any = true
                    if u == "\n" || u == "\r" { pendingSpace.newline = true }
                    continue
                }
                if line.isEmpty {
                    origin = max(1, sourceLine)
                } else if pendingSpace.any {
                    let last = line.unicodeScalars.last.map { $0.value >= 0x2E80 } ?? false
                    if !(pendingSpace.newline && last && u.value >= 0x2E80) { line += " " }
                }
                pendingSpace = (false, false)
                line.unicodeScalars.append(u)
                if inLink > 0 { linkChars += 1 }
            }
        }
    }
}

extension String {
    /// Without leading and trailing white space (ideographic space kept: it indents Chinese paragraphs).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let a = scalars.firstIndex(where: { !$0.properties.isWhitespace || $0 == "\u{3000}" }),
            let b = scalars.lastIndex(where: { !$0.properties.isWhitespace || $0 == "\u{3000}" })
        else { return "" }
        return String(scalars[a...b])
    }
}
