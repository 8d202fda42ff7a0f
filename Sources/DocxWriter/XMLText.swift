import TableFiles

/// The few XML helpers the parts need. The markup is written as text in schema order (the order
/// WordprocessingML requires is the document's structure, which is ours); only the escaping is
/// shared, so every string from the content goes through `escape`.
enum XMLText {
    /// Escapes text or an attribute value (TableFiles' one escaping of hand-written XML parts:
    /// `& < > "`, the control characters XML 1.0 forbids dropped).
    static func escape(_ s: String) -> String { xmlEscaped(s) }

    /// `<name a="v" …/>` or `<name a="v" …>inner</name>`; attribute values are escaped here.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ inner: String = "") -> String {
        var s = "<" + name
        for (k, v) in attributes { s += " \(k)=\"\(escape(v))\"" }
        return inner.isEmpty ? s + "/>" : s + ">" + inner + "</" + name + ">"
    }

    /// `<name a="v" …>`, for an element whose content follows.
    static func open(_ name: String, _ attributes: [(String, String)] = []) -> String {
        var s = "<" + name
        for (k, v) in attributes { s += " \(k)=\"\(escape(v))\"" }
        return s + ">"
    }

    /// A `w:` element with one `w:val`.
    static func val(_ name: String, _ value: String) -> String { element(name, [("w:val", value)]) }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}
