/// A guard in front of TOMLKit: toml++ 3 (inside TOMLKit 0.6) asserts — aborting the whole
/// process — on a table header whose first key character is neither a bare-key character nor a
/// quote (`[周]`, `[=]`, `[ 样式]`). Such headers are not valid TOML anyway; they are refused
/// here with their line before the text reaches the parser. Found by `make fuzz` (FuzzLayout).
/// The same parser asserts on an array whose next element starts with `,` or `}` (`["a", }`,
/// `[, 1]`); those are refused here too.
enum TableHeaderCheck {
    /// Throws for the first table header that would trip the parser.
    static func check(_ text: String, file: String) throws(LayoutError) {
        let s = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var open: [Unicode.Scalar] = []  // open value arrays and inline tables, innermost last
        var lineStart = true  // nothing but blanks so far on this line
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                line += 1
                lineStart = true
                i += 1
                continue
            }
            if c == " " || c == "\t" || c == "\r" {
                i += 1
                continue
            }
            let atLineStart = lineStart
            lineStart = false
            switch c {
            case "#":
                while let n = at(i + 1), n != "\n" { i += 1 }
            case "\"", "'":
                let basic = c == "\""
                if at(i + 1) == c && at(i + 2) == c {
                    // multi-line string: up to the closing triple quote
                    i += 3
                    while i < s.count, !(s[i] == c && at(i + 1) == c && at(i + 2) == c) {
                        if s[i] == "\n" { line += 1 }
                        if basic && s[i] == "\\" { i += 1 }
                        i += 1
                    }
                    i += 2
                } else {
                    i += 1
                    while i < s.count, s[i] != c, s[i] != "\n" {
                        if basic && s[i] == "\\" { i += 1 }
                        i += 1
                    }
                    if at(i) == "\n" { i -= 1 }
                }
            case "[" where open.isEmpty && atLineStart:
                var j = i + 1
                if at(j) == "[" { j += 1 }
                while let b = at(j), b == " " || b == "\t" { j += 1 }
                if let k = at(j), !(isBareKey(k) || k == "\"" || k == "'") {
                    throw LayoutError(
                        file: file, line: line, key: "",
                        message: "not valid TOML: a table header must start with a bare key (A-Z a-z 0-9 _ -) or a quoted key, not '\(k)'")
                }
                // the rest of the header line holds no value array
                while let n = at(i + 1), n != "\n" { i += 1 }
            case "[", "{":
                open.append(c)
                if c == "[" { try checkElement(after: i) }
            case ",":
                if open.last == "[" { try checkElement(after: i) }
            case "]", "}": _ = open.popLast()
            default: break
            }
            i += 1
        }

        /// An array element (or the array's end) must follow `[` or `,`: not `,` or `}`.
        func checkElement(after k: Int) throws(LayoutError) {
            var j = k + 1
            var l = line
            while let b = at(j) {
                if b == "#" {
                    while let n = at(j + 1), n != "\n" { j += 1 }
                } else if b == "\n" {
                    l += 1
                } else if b != " " && b != "\t" && b != "\r" {
                    break
                }
                j += 1
            }
            if let b = at(j), b == "," || b == "}" {
                throw LayoutError(
                    file: file, line: l, key: "",
                    message: "not valid TOML: an array element is missing before '\(b)'")
            }
        }
    }

    static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }
}
