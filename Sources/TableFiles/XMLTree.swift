import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// XML goes through FoundationXML's `XMLParser` (libxml2, part of the toolchain), not XMLCoder:
// the parts an .xlsx holds are read as a stream of events, which lets the reader stop at the
// limits it sets (depth, rows, cells) before building anything, where XMLCoder would decode a
// whole part into Codable types first. XMLCoder was declared but never used, so it is dropped.
// Writing (WriteXLSX) uses XMLEvents.escape on every spliced value for the same reason: the
// parts are fixed templates around escaped text, which no encoder would make shorter or safer.

/// Why an XML part was not read.
struct XMLFailure: Error, Equatable {
    var message: String
}

/// Runs `XMLParser` over `data` with `handler`, refusing a DTD (no .xlsx part has one: it is how
/// entity bombs come in) and nesting deeper than `maxDepth`.
enum XMLEvents {
    /// Events a reader gets, with the depth (1 = root) of the element.
    protocol Handler: AnyObject {
        /// Called for each start tag; a non-nil result stops parsing with that message.
        func start(_ name: String, attributes: [String: String], depth: Int) -> String?
        func text(_ s: String)
        /// Called for each end tag; a non-nil result stops parsing with that message.
        func end(_ name: String, depth: Int) -> String?
    }

    static func parse(_ data: Data, maxDepth: Int, handler: any Handler) throws(XMLFailure) {
        if data.prefix(4096).range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw XMLFailure(message: "it declares a DTD, which no .xlsx part has")
        }
        let delegate = Delegate(handler: handler, maxDepth: maxDepth)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let failure = delegate.failure { throw XMLFailure(message: failure) }
        if !ok {
            let line = parser.lineNumber
            throw XMLFailure(message: "not well-formed XML (line \(line))")
        }
    }

    /// The local name: `x:row` → `row`.
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// Text for element content or an attribute value: `& < > "` escaped, and the control
    /// characters XML 1.0 forbids dropped (tab and line feed kept).
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(ch)
            default:
                if ch.value < 0x20 || ch.value == 0xFFFE || ch.value == 0xFFFF { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any Handler
        let maxDepth: Int
        var depth = 0
        var failure: String?

        init(handler: any Handler, maxDepth: Int) {
            self.handler = handler
            self.maxDepth = maxDepth
        }

        func stop(_ parser: XMLParser, _ message: String) {
            if failure == nil { failure = message }
            parser.abortParsing()
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard failure == nil else { return }
            depth += 1
            if depth > maxDepth {
                return stop(parser, "elements nested deeper than \(maxDepth) (line \(parser.lineNumber))")
            }
            if let m = handler.start(XMLEvents.local(elementName), attributes: attributes, depth: depth) { stop(parser, m) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil else { return }
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard failure == nil else { return }
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard failure == nil else { return }
            if let m = handler.end(XMLEvents.local(elementName), depth: depth) { stop(parser, m) }
            depth -= 1
        }
    }
}

/// A small DOM of an XML part (workbook, relationships, styles): enough for the few elements
/// those need. Worksheets and shared strings are streamed instead (`WorksheetReader`).
enum XMLTree {
    /// One element: local name (prefix dropped), attributes, child elements, direct text.
    struct Element {
        var name: String
        var attributes: [String: String]
        var elements: [Element] = []
        var text: String = ""

        func attribute(_ key: String) -> String? { attributes[key] }
        func children(_ name: String) -> [Element] { elements.filter { $0.name == name } }
        /// The first descendant (depth-first) named `name`. Depth is bounded by the parse.
        func first(_ name: String) -> Element? {
            for e in elements {
                if e.name == name { return e }
                if let d = e.first(name) { return d }
            }
            return nil
        }
    }

    /// The root element, or why the part was refused (too deep, too many elements, not XML).
    static func parse(_ data: Data, maxDepth: Int = 32, maxElements: Int = 1_000_000) throws(XMLFailure) -> Element {
        let builder = Builder(maxElements: maxElements)
        try XMLEvents.parse(data, maxDepth: maxDepth, handler: builder)
        guard let root = builder.root else { throw XMLFailure(message: "no root element") }
        return root
    }

    private final class Builder: XMLEvents.Handler {
        let maxElements: Int
        var count = 0
        var stack: [Element] = []
        var root: Element?

        init(maxElements: Int) { self.maxElements = maxElements }

        func start(_ name: String, attributes: [String: String], depth: Int) -> String? {
            count += 1
            if count > maxElements { return "more than \(maxElements) elements" }
            stack.append(Element(name: name, attributes: attributes))
            return nil
        }

        func text(_ s: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += s
        }

        func end(_ name: String, depth: Int) -> String? {
            guard let done = stack.popLast() else { return nil }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].elements.append(done) }
            return nil
        }
    }
}

/// Text escaped for XML element content or an attribute value: the one escaping of every
/// hand-assembled SpreadsheetML part (this module's writer and the review sheet).
public func xmlEscaped(_ s: String) -> String { XMLEvents.escape(s) }
