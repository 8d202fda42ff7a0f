import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Builds the parts' XML with Foundation's XMLElement (libxml2 underneath), so escaping and
/// well-formedness are the library's. Every element carries the `ofd:` prefix of the GB/T 33190
/// namespace, as real OFD files (and readers that match prefixed names) expect. Attributes are
/// added one by one, so their order, and the bytes, are the same on every run.
enum OFDXML {
    static let namespace = "http://www.ofdspec.org/2016"

    /// `<ofd:name a="v" …>text</ofd:name>` with `children` appended.
    static func element(
        _ name: String, _ attributes: [(String, String)] = [], text: String? = nil, _ children: [XMLElement] = []
    ) -> XMLElement {
        let e = XMLElement(name: "ofd:" + name)
        for (k, v) in attributes {
            if let a = XMLNode.attribute(withName: k, stringValue: clean(v)) as? XMLNode { e.addAttribute(a) }
        }
        if let text { e.stringValue = clean(text) }
        for c in children { e.addChild(c) }
        return e
    }

    /// The part's bytes: declaration, then `root` with the namespace declared on it.
    static func document(_ root: XMLElement) -> Data {
        if let ns = XMLNode.namespace(withName: "ofd", stringValue: namespace) as? XMLNode { root.addNamespace(ns) }
        let doc = XMLDocument(rootElement: root)
        doc.version = "1.0"
        doc.characterEncoding = "UTF-8"
        return doc.xmlData(options: [.nodeCompactEmptyElement])
    }

    /// Drops the control characters XML 1.0 forbids (they cannot be escaped).
    static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: forbidden) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.filter { !forbidden($0) })
        return String(out)
    }

    private static func forbidden(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF
    }
}

/// Lengths for the parts: OFD measures in millimetres with a top-left origin, the frames in
/// points with a top-left origin, so only the unit changes (1 pt = 25.4/72 mm).
enum MM {
    static func mm(_ pt: Double) -> Double { pt * 25.4 / 72 }

    /// A length in mm to 0.001 mm, without trailing zeros ("12.5", "0", "-3.175").
    static func text(_ mm: Double) -> String {
        var v = (mm * 1000).rounded() / 1000
        if v == 0 { v = 0 }  // no "-0"
        var s = String(format: "%.3f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Several lengths (pt) as one space-separated list in mm.
    static func list(_ pts: [Double]) -> String { pts.map { text(mm($0)) }.joined(separator: " ") }
}
