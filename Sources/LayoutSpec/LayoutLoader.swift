import Foundation
import TOMLKit

/// Reads `layouts/*.toml` into a `Layout`, refusing unknown keys, wrong types, negative sizes,
/// unknown font roles, styles, colours and alignments with the file, line and key.
public enum LayoutLoader {
    /// The newest schema version this build reads.
    public static let schemaVersion = 1

    /// Loads a layout file.
    public static func load(contentsOf url: URL) throws(LayoutError) -> Layout {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LayoutError(file: url.path, line: nil, key: "", message: "cannot read layout file: \(error.localizedDescription)")
        }
        var layout = try parse(text, file: url.path)
        if layout.name.isEmpty { layout.name = url.deletingPathExtension().lastPathComponent }
        return layout
    }

    /// Parses layout text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(LayoutError) -> Layout {
        let table: TOMLTable
        try TableHeaderCheck.check(text, file: file)
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw LayoutError(file: file, line: e.source.begin.line, key: "", message: "not valid TOML: \(e.description)")
        } catch {
            throw LayoutError(file: file, line: nil, key: "", message: "not valid TOML: \(error)")
        }
        let r = Reader(file: file, text: text)
        return try r.layout(table)
    }
}

/// Walks the TOML tree with a line index for messages.
struct Reader {
    let file: String
    let lines: [String: Int]

    init(file: String, text: String) {
        self.file = file
        var map: [String: Int] = [:]
        var section = ""
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("[") {
                let name =
                    line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: "#").first
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) } ?? ""
                section = Self.normalize(name)
                if map[section] == nil { map[section] = i + 1 }
                continue
            }
            if let eq = line.firstIndex(of: "=") {
                let key = Self.normalize(String(line[..<eq]))
                let full = section.isEmpty ? key : section + "." + key
                if map[full] == nil { map[full] = i + 1 }
            }
        }
        lines = map
    }

    static func normalize(_ s: String) -> String {
        s.split(separator: ".").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }.joined(separator: ".")
    }

    func err(_ key: String, _ message: String, allowed: [String] = []) -> LayoutError {
        var k = key
        var line = lines[k]
        while line == nil, let dot = k.lastIndex(of: ".") {
            k = String(k[..<dot])
            line = lines[k]
        }
        return LayoutError(file: file, line: line, key: key, message: message, allowed: allowed)
    }

    func table(_ v: TOMLValueConvertible, _ key: String) throws(LayoutError) -> TOMLTable {
        guard let t = v.table else { throw err(key, "expected a table, found \(v.type)") }
        return t
    }

    func number(_ v: TOMLValueConvertible, _ key: String, min: Double? = 0, positive: Bool = false) throws(LayoutError)
        -> Double
    {
        let d: Double
        if let i = v.int {
            d = Double(i)
        } else if let x = v.double {
            d = x
        } else {
            throw err(key, "expected a number, found \(v.type)")
        }
        if positive, d <= 0 { throw err(key, "must be greater than 0, found \(d)") }
        if let min, d < min { throw err(key, "must not be negative, found \(d)") }
        return d
    }

    func int(_ v: TOMLValueConvertible, _ key: String, min: Int = 0) throws(LayoutError) -> Int {
        guard let i = v.int else { throw err(key, "expected an integer, found \(v.type)") }
        if i < min { throw err(key, "must be at least \(min), found \(i)") }
        return i
    }

    func string(_ v: TOMLValueConvertible, _ key: String) throws(LayoutError) -> String {
        guard let s = v.string else { throw err(key, "expected a string, found \(v.type)") }
        return s
    }

    func bool(_ v: TOMLValueConvertible, _ key: String) throws(LayoutError) -> Bool {
        guard let b = v.bool else { throw err(key, "expected true or false, found \(v.type)") }
        return b
    }

    func oneOf(_ v: TOMLValueConvertible, _ key: String, _ allowed: [String]) throws(LayoutError) -> String {
        let s = try string(v, key)
        guard allowed.contains(s) else { throw err(key, "unknown value '\(s)'", allowed: allowed) }
        return s
    }

    func unknown(_ key: String, _ allowed: [String]) -> LayoutError {
        err(key, "unknown key", allowed: allowed)
    }

    func layout(_ root: TOMLTable) throws(LayoutError) -> Layout {
        var l = Layout(name: "")
        let top = [
            "version", "name", "page", "grid", "fonts", "styles", "colors", "furniture", "parts", "rules",
            "page_number", "table", "title_breaks", "texts",
        ]
        guard let v = root["version"] else {
            throw LayoutError(
                file: file, line: 1, key: "version",
                message: "missing; every layout file starts with version = \(LayoutLoader.schemaVersion)")
        }
        l.version = try int(v, "version", min: 1)
        if l.version > LayoutLoader.schemaVersion {
            throw err("version", "this tongbao reads layout version \(LayoutLoader.schemaVersion) or older, found \(l.version)")
        }
        var colorsSeen = Layout.defaultColors
        if let c = root["colors"] {
            for (k, v) in try table(c, "colors") {
                let s = try string(v, "colors.\(k)")
                guard RGB(hex: s) != nil else { throw err("colors.\(k)", "expected a colour as \"#RRGGBB\", found '\(s)'") }
                colorsSeen[k] = s
            }
        }
        l.colors = colorsSeen
        // fonts before styles: styles name roles
        if let f = root["fonts"] {
            for (role, v) in try table(f, "fonts") {
                let key = "fonts.\(role)"
                guard FontRole.names.contains(role) else { throw err(key, "unknown font role", allowed: FontRole.names) }
                var spec = l.fonts[role] ?? FontRole(families: [])
                if let arr = v.array {
                    spec.families = try families(arr, key)
                } else {
                    for (k, x) in try table(v, key) {
                        switch k {
                        case "families":
                            guard let arr = x.array else {
                                throw err("\(key).families", "expected an array of family names, found \(x.type)")
                            }
                            spec.families = try families(arr, "\(key).families")
                        case "weight": spec.weight = try oneOf(x, "\(key).weight", ["regular", "bold"])
                        default: throw unknown("\(key).\(k)", ["families", "weight"])
                        }
                    }
                }
                l.fonts[role] = spec
            }
        }
        for (k, v) in root {
            switch k {
            case "version", "colors", "fonts": break
            case "name": l.name = try string(v, "name")
            case "page": try page(v, &l.page)
            case "grid": try grid(v, &l.grid)
            case "styles":
                for (name, sv) in try table(v, "styles") {
                    let key = "styles.\(name)"
                    guard BlockStyle.names.contains(name) else { throw err(key, "unknown style", allowed: BlockStyle.names) }
                    var st = l.style(name)
                    try style(sv, key, &st, layout: l)
                    l.styles[name] = st
                }
            case "furniture": try furniture(v, &l.furniture)
            case "parts":
                let allowed = ["masthead", "separator_rule", "page_numbers", "end_block", "bookmarks", "end_block_on_even_page"]
                for (pk, pv) in try table(v, "parts") {
                    let key = "parts.\(pk)"
                    switch pk {
                    case "masthead": l.parts.masthead = try bool(pv, key)
                    case "separator_rule": l.parts.separatorRule = try bool(pv, key)
                    case "page_numbers": l.parts.pageNumbers = try bool(pv, key)
                    case "end_block": l.parts.endBlock = try bool(pv, key)
                    case "bookmarks": l.parts.bookmarks = try bool(pv, key)
                    case "end_block_on_even_page": l.parts.endBlockOnEvenPage = try bool(pv, key)
                    default: throw unknown(key, allowed)
                    }
                }
            case "rules":
                let allowed = ["separator_mm", "separator_gap_mm", "separator_color", "end_thick_mm", "end_thin_mm"]
                for (rk, rv) in try table(v, "rules") {
                    let key = "rules.\(rk)"
                    switch rk {
                    case "separator_mm": l.rules.separatorMM = try number(rv, key)
                    case "separator_gap_mm": l.rules.separatorGapMM = try number(rv, key)
                    case "separator_color": l.rules.separatorColor = try oneOf(rv, key, l.colors.keys.sorted())
                    case "end_thick_mm": l.rules.endThickMM = try number(rv, key)
                    case "end_thin_mm": l.rules.endThinMM = try number(rv, key)
                    default: throw unknown(key, allowed)
                    }
                }
            case "page_number":
                let allowed = ["format", "below_block_mm", "position", "number_blank_end_pages"]
                for (pk, pv) in try table(v, "page_number") {
                    let key = "page_number.\(pk)"
                    switch pk {
                    case "format":
                        let s = try string(pv, key)
                        guard s.contains("{n}") else { throw err(key, "must contain {n} where the number goes") }
                        l.pageNumber.format = s
                    case "below_block_mm": l.pageNumber.belowBlockMM = try number(pv, key)
                    case "position": l.pageNumber.position = try oneOf(pv, key, PageNumberSpec.positions)
                    case "number_blank_end_pages": l.pageNumber.numberBlankEndPages = try bool(pv, key)
                    default: throw unknown(key, allowed)
                    }
                }
            case "table":
                let allowed = ["row_height_pt", "padding_pt", "rule_width_pt"]
                for (tk, tv) in try table(v, "table") {
                    let key = "table.\(tk)"
                    switch tk {
                    case "row_height_pt": l.table.rowHeight = try number(tv, key, positive: true)
                    case "padding_pt": l.table.padding = try number(tv, key)
                    case "rule_width_pt": l.table.ruleWidth = try number(tv, key)
                    default: throw unknown(key, allowed)
                    }
                }
            case "title_breaks":
                let allowed = ["before", "after", "tolerance_chars"]
                for (tk, tv) in try table(v, "title_breaks") {
                    let key = "title_breaks.\(tk)"
                    switch tk {
                    case "before", "after":
                        guard let arr = tv.array else { throw err(key, "expected an array of strings, found \(tv.type)") }
                        var words: [String] = []
                        for w in arr {
                            guard let s = w.string, !s.isEmpty else { throw err(key, "expected non-empty strings") }
                            words.append(s)
                        }
                        if tk == "before" { l.titleBreaks.before = words } else { l.titleBreaks.after = words }
                    case "tolerance_chars": l.titleBreaks.tolerance = try number(tv, key)
                    default: throw unknown(key, allowed)
                    }
                }
            case "texts":
                for (tk, tv) in try table(v, "texts") {
                    l.texts[tk] = try string(tv, "texts.\(tk)")
                }
            default:
                guard Reader.documentTables.contains(k) else { throw unknown(k, top + Reader.documentTables) }
                l.documentSettings[k] = try documentTable(v, k)
            }
        }
        // every style names a defined role and colour
        for (name, st) in l.styles {
            if l.fonts[st.font] == nil {
                throw err("styles.\(name).font", "font role '\(st.font)' is not defined", allowed: l.fonts.keys.sorted())
            }
            if l.colors[st.color] == nil {
                throw err("styles.\(name).color", "unknown colour '\(st.color)'", allowed: l.colors.keys.sorted())
            }
        }
        // the grid must fit the block
        let pitch = l.grid.linePitch ?? (l.page.blockHeight - l.grid.bodySize) / Double(max(1, l.grid.linesPerPage - 1))
        if pitch < l.grid.bodySize {
            throw err(
                l.grid.linePitch == nil ? "grid.lines_per_page" : "grid.line_pitch_pt",
                "\(l.grid.linesPerPage) lines of \(l.grid.bodySize) pt do not fit the \(Int(l.page.blockHeight / Units.ptPerMM)) mm text block (pitch \((pitch * 100).rounded() / 100) pt)"
            )
        }
        if Double(l.grid.linesPerPage - 1) * pitch + l.grid.bodySize > l.page.blockHeight + 0.5 {
            throw err("grid.line_pitch_pt", "\(l.grid.linesPerPage) lines at \(pitch) pt overflow the text block")
        }
        let charPitch = l.page.blockWidth / Double(l.grid.charsPerLine)
        if charPitch < l.grid.bodySize * 0.9 || charPitch > l.grid.bodySize * 1.5 {
            throw err(
                "grid.chars_per_line",
                "\(l.grid.charsPerLine) characters of \(l.grid.bodySize) pt across the \(Int((l.page.blockWidth / Units.ptPerMM).rounded())) mm text block give a pitch of \((charPitch * 100).rounded() / 100) pt; it must be within 90–150 % of the body size"
            )
        }
        for (role, f) in l.fonts where f.families.isEmpty {
            throw err("fonts.\(role)", "needs at least one family")
        }
        return l
    }

    /// Top-level tables that belong to a document kind rather than the engine.
    static let documentTables = ["ranking", "weekly"]

    /// A document kind's table: scalars and arrays of scalars, as text.
    func documentTable(_ v: TOMLValueConvertible, _ name: String) throws(LayoutError) -> [String: [String]] {
        func scalar(_ x: TOMLValueConvertible, _ key: String) throws(LayoutError) -> String {
            if let s = x.string { return s }
            if let i = x.int { return String(i) }
            if let d = x.double { return String(d) }
            if let b = x.bool { return String(b) }
            throw err(key, "expected a string, number or boolean, found \(x.type)")
        }
        var out: [String: [String]] = [:]
        for (k, x) in try table(v, name) {
            let key = "\(name).\(k)"
            if let arr = x.array {
                var values: [String] = []
                for item in arr { values.append(try scalar(item, key)) }
                out[k] = values
            } else {
                out[k] = [try scalar(x, key)]
            }
        }
        return out
    }

    func families(_ arr: TOMLArray, _ key: String) throws(LayoutError) -> [String] {
        var out: [String] = []
        for v in arr {
            guard let s = v.string, !s.isEmpty else { throw err(key, "expected family names as strings") }
            out.append(s)
        }
        guard !out.isEmpty else { throw err(key, "needs at least one family") }
        return out
    }

    func page(_ v: TOMLValueConvertible, _ p: inout PageSpec) throws(LayoutError) {
        let allowed = ["width_mm", "height_mm", "margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm"]
        for (k, x) in try table(v, "page") {
            let key = "page.\(k)"
            switch k {
            case "width_mm": p.widthMM = try number(x, key, positive: true)
            case "height_mm": p.heightMM = try number(x, key, positive: true)
            case "margin_top_mm": p.marginTopMM = try number(x, key)
            case "margin_bottom_mm": p.marginBottomMM = try number(x, key)
            case "margin_left_mm": p.marginLeftMM = try number(x, key)
            case "margin_right_mm": p.marginRightMM = try number(x, key)
            default: throw unknown(key, allowed)
            }
        }
        if p.marginLeftMM + p.marginRightMM >= p.widthMM {
            throw err("page", "left and right margins leave no text block")
        }
        if p.marginTopMM + p.marginBottomMM >= p.heightMM {
            throw err("page", "top and bottom margins leave no text block")
        }
    }

    func grid(_ v: TOMLValueConvertible, _ g: inout GridSpec) throws(LayoutError) {
        let allowed = ["chars_per_line", "lines_per_page", "body_size_pt", "line_pitch_pt"]
        for (k, x) in try table(v, "grid") {
            let key = "grid.\(k)"
            switch k {
            case "chars_per_line": g.charsPerLine = try int(x, key, min: 1)
            case "lines_per_page": g.linesPerPage = try int(x, key, min: 2)
            case "body_size_pt": g.bodySize = try number(x, key, positive: true)
            case "line_pitch_pt": g.linePitch = try number(x, key, positive: true)
            default: throw unknown(key, allowed)
            }
        }
    }

    func style(_ v: TOMLValueConvertible, _ key: String, _ st: inout BlockStyle, layout: Layout) throws(LayoutError) {
        let allowed = ["font", "size_pt", "color", "indent_chars", "space_before", "space_after", "lines", "align", "tracking_em"]
        for (k, x) in try table(v, key) {
            let kk = "\(key).\(k)"
            switch k {
            case "font": st.font = try oneOf(x, kk, layout.fonts.keys.sorted())
            case "size_pt": st.size = try number(x, kk, positive: true)
            case "color": st.color = try oneOf(x, kk, layout.colors.keys.sorted())
            case "indent_chars": st.indent = try number(x, kk)
            case "space_before": st.spaceBefore = try int(x, kk)
            case "space_after": st.spaceAfter = try int(x, kk)
            case "lines": st.lines = try int(x, kk)
            case "align": st.align = try oneOf(x, kk, BlockStyle.alignments)
            case "tracking_em": st.tracking = try number(x, kk, min: -0.5)
            default: throw unknown(kk, allowed)
            }
        }
    }

    func furniture(_ v: TOMLValueConvertible, _ f: inout Furniture) throws(LayoutError) {
        let allowed = ["bulletin_name", "office_name", "copy_to", "printer", "copy_to_label", "print_suffix"]
        for (k, x) in try table(v, "furniture") {
            let key = "furniture.\(k)"
            let s = try string(x, key)
            switch k {
            case "bulletin_name": f.bulletinName = s
            case "office_name": f.officeName = s
            case "copy_to": f.copyTo = s
            case "printer": f.printer = s
            case "copy_to_label": f.copyToLabel = s
            case "print_suffix": f.printSuffix = s
            default: throw unknown(key, allowed)
            }
        }
    }
}
