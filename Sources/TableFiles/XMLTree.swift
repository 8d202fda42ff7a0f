import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small DOM of an XML part: enough for the few elements a worksheet needs.
///
/// XML goes through FoundationXML's `XMLParser` (libxml2, part of the toolchain), not XMLCoder:
/// the parts an .xlsx holds are read as a stream of events, which lets the reader stop at the
/// limits it sets (depth, rows, cells) before building anything, where XMLCoder would decode a
/// whole part into Codable types first. XMLCoder was declared but never used, so it is dropped.
enum XMLTree {
    /// One element: local name (prefix dropped), attributes, child elements, direct text.
    struct Element {
        var name: String
        var attributes: [String: String]
        var elements: [Element] = []
        var text: String = ""

        func attribute(_ key: String) -> String? { attributes[key] }
        func children(_ name: String) -> [Element] { elements.filter { $0.name == name } }
        /// The first descendant (depth-first) named `name`.
        func first(_ name: String) -> Element? {
            for e in elements {
                if e.name == name { return e }
                if let d = e.first(name) { return d }
            }
            return nil
        }
    }

    static func parse(_ data: Data) -> Element? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return nil }
        return builder.root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            stack.append(Element(name: local, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let done = stack.popLast() else { return }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].elements.append(done) }
        }
    }
}
