import Foundation
import Typesetting

/// What no single key can check: the page holds its grid and furniture, styles and rules name
/// defined colours, the texts are those of the document kind. Each refusal names the key it
/// concerns, at the line (and file) where that key was written.
struct LayoutChecks {
    let root: Located
    let file: String
    let layout: Layout

    func fail(_ key: String, _ message: String, allowed: [String] = []) -> LayoutError {
        let at = root.locate(key.split(separator: ".").map(String.init))
        return LayoutError(file: at.file, line: at.line, key: key, message: message, allowed: allowed)
    }

    /// A refusal that concerns several keys names the first one the loaded file itself sets
    /// (the one just changed, most likely), else the first.
    func fail(_ keys: [String], _ message: String) -> LayoutError {
        let written = keys.first { root.locate($0.split(separator: ".").map(String.init), exactly: true)?.file == file }
        return fail(written ?? keys[0], message)
    }

    func run(kinds: [any DocumentKind.Type]) throws(LayoutError) {
        try page()
        try references()
        for kind in kinds {
            try texts(kind, all: kinds)
            if let problem = check(kind) { throw fail(problem.key, problem.message) }
        }
        if kinds.isEmpty, let (key, _) = layout.texts.first {
            throw fail("texts.\(key)", "unknown text: the layout has no document table (such as [weekly] or [ranking]) whose kind reads it")
        }
    }

    func check<K: DocumentKind>(_ kind: K.Type) -> (key: String, message: String)? {
        guard let s = K.settings(in: layout) else { return nil }
        return K.check(s, in: layout)
    }

    static func mm(_ pt: Double) -> String { Rule.format((pt / Units.ptPerMM * 10).rounded() / 10) }

    /// The text block lies on the page and holds the grid; what is set in it fits it.
    func page() throws(LayoutError) {
        let p = layout.page
        let g = layout.grid
        if p.marginLeftMM + p.marginRightMM + 20 > p.widthMM {
            throw fail(
                ["page.margin_left_mm", "page.margin_right_mm", "page.width_mm"],
                "the left and right margins (\(Rule.format(p.marginLeftMM)) + \(Rule.format(p.marginRightMM)) mm) leave less than 20 mm of the \(Rule.format(p.widthMM)) mm page for the text block"
            )
        }
        if p.marginTopMM + p.marginBottomMM + 20 > p.heightMM {
            throw fail(
                ["page.margin_top_mm", "page.margin_bottom_mm", "page.height_mm"],
                "the top and bottom margins (\(Rule.format(p.marginTopMM)) + \(Rule.format(p.marginBottomMM)) mm) leave less than 20 mm of the \(Rule.format(p.heightMM)) mm page for the text block"
            )
        }
        let pitch = g.linePitch ?? (p.blockHeight - g.bodySize) / Double(max(1, g.linesPerPage - 1))
        let pitchKeys = [
            g.linePitch == nil ? "grid.lines_per_page" : "grid.line_pitch_pt", "grid.body_size_pt", "page.height_mm",
            "page.margin_top_mm", "page.margin_bottom_mm",
        ]
        if pitch < g.bodySize {
            throw fail(
                pitchKeys,
                "\(g.linesPerPage) lines of \(Rule.format(g.bodySize)) pt do not fit the \(Self.mm(p.blockHeight)) mm text block (pitch \((pitch * 100).rounded() / 100) pt)"
            )
        }
        if Double(g.linesPerPage - 1) * pitch + g.bodySize > p.blockHeight + 0.5 {
            throw fail(
                pitchKeys, "\(g.linesPerPage) lines at \(Rule.format(pitch)) pt overflow the \(Self.mm(p.blockHeight)) mm text block")
        }
        let charPitch = p.blockWidth / Double(g.charsPerLine)
        if charPitch < g.bodySize * 0.9 || charPitch > g.bodySize * 1.5 {
            throw fail(
                ["grid.chars_per_line", "grid.body_size_pt", "page.width_mm", "page.margin_left_mm", "page.margin_right_mm"],
                "\(g.charsPerLine) characters of \(Rule.format(g.bodySize)) pt across the \(Int((p.blockWidth / Units.ptPerMM).rounded())) mm text block give a pitch of \((charPitch * 100).rounded() / 100) pt; it must be within 90–150 % of the body size"
            )
        }
        for name in BlockStyle.names {
            let st = layout.style(name)
            if st.size > p.blockWidth || st.size > p.blockHeight {
                throw fail(
                    "styles.\(name).size_pt",
                    "\(Rule.format(st.size)) pt is larger than the \(Self.mm(p.blockWidth)) x \(Self.mm(p.blockHeight)) mm text block")
            }
            if st.indent >= Double(g.charsPerLine) {
                throw fail(
                    "styles.\(name).indent_chars",
                    "an indent of \(Rule.format(st.indent)) characters leaves nothing of a \(g.charsPerLine)-character line")
            }
            for (key, n) in [("space_before", st.spaceBefore), ("space_after", st.spaceAfter), ("lines", st.lines)]
            where n >= g.linesPerPage {
                throw fail("styles.\(name).\(key)", "\(n) lines do not fit a page of \(g.linesPerPage) lines")
            }
        }
        let t = layout.table
        if t.rowHeight > p.blockHeight {
            throw fail(
                "table.row_height_pt", "a row of \(Rule.format(t.rowHeight)) pt is taller than the \(Self.mm(p.blockHeight)) mm text block")
        }
        if 2 * t.padding >= t.rowHeight {
            throw fail(
                ["table.padding_pt", "table.row_height_pt"],
                "padding of \(Rule.format(t.padding)) pt above and below leaves nothing of a \(Rule.format(t.rowHeight)) pt row")
        }
        if layout.pageNumber.belowBlockMM >= p.marginBottomMM {
            throw fail(
                ["page_number.below_block_mm", "page.margin_bottom_mm"],
                "\(Rule.format(layout.pageNumber.belowBlockMM)) mm below the text block is off the \(Rule.format(p.marginBottomMM)) mm bottom margin"
            )
        }
        if layout.rules.separatorGapMM * Units.ptPerMM > p.blockHeight {
            throw fail("rules.separator_gap_mm", "\(Rule.format(layout.rules.separatorGapMM)) mm is below the text block")
        }
    }

    /// Styles and rules name colours of `[colors]`.
    func references() throws(LayoutError) {
        let names = layout.colors.keys.sorted()
        for name in BlockStyle.names where layout.colors[layout.style(name).color] == nil {
            throw fail("styles.\(name).color", "unknown colour '\(layout.style(name).color)'", allowed: names)
        }
        if layout.colors[layout.rules.separatorColor] == nil {
            throw fail("rules.separator_color", "unknown colour '\(layout.rules.separatorColor)'", allowed: names)
        }
    }

    /// `[texts]` holds every key the kind needs with these settings, no key that no present
    /// kind reads, and templates that use only their key's variables.
    func texts<K: DocumentKind>(_ kind: K.Type, all: [any DocumentKind.Type]) throws(LayoutError) {
        guard let settings = K.settings(in: layout) else { return }
        for key in K.requiredTexts(for: settings, texts: layout.texts) where layout.texts[key] == nil {
            let at = root["texts"]
            throw LayoutError(
                file: at?.file ?? file, line: at?.line ?? 1, key: "texts.\(key)",
                message: "missing; the \(K.table) document needs it with these [\(K.table)] settings")
        }
        var known: [String: TextKey] = [:]
        for k in all {
            for t in k.texts { known[t.name] = t }
        }
        for (key, template) in layout.texts.sorted(by: { $0.key < $1.key }) {
            guard let declared = known[key] else {
                throw fail("texts.\(key)", "unknown text; no document kind of this layout reads it", allowed: known.keys.sorted())
            }
            if let problem = MustacheNames.unbalanced(template) {
                throw fail("texts.\(key)", "not a valid template: \(problem)")
            }
            for name in MustacheNames.variables(in: template) where !declared.variables.contains(name) {
                throw fail(
                    "texts.\(key)", "the template uses {{\(name)}}, which this text does not have",
                    allowed: declared.variables.sorted())
            }
        }
    }
}

/// The variable names a Mustache template refers to (first part of a dotted name); enough of
/// Mustache to check a layout's templates against their declared variables. Searched with the
/// standard library's string algorithms: Foundation's bridged each template through NSString
/// (5 % of a one-page render's instructions).
enum MustacheNames {
    /// What is wrong with the template's sections (`{{#a}}` … `{{/a}}`), nil when they pair up.
    static func unbalanced(_ template: String) -> String? {
        var open: [String] = []
        for tag in tags(in: template) {
            guard let first = tag.first else { continue }
            let name = LineIndex.trimmed(String(tag.dropFirst()))
            if first == "#" || first == "^" {
                open.append(name)
            } else if first == "/" {
                guard let last = open.popLast() else { return "{{/\(name)}} closes no section" }
                if last != name { return "{{/\(name)}} closes {{#\(last)}}" }
            }
        }
        if let last = open.last { return "{{#\(last)}} is not closed" }
        if template.ranges(of: "{{").count != template.ranges(of: "}}").count {
            return "a {{ without }} (or the other way round)"
        }
        return nil
    }

    /// The tags of a template, without their braces (`#a`, `/a`, `name`).
    static func tags(in template: String) -> [Substring] {
        var out: [Substring] = []
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstRange(of: "}}") else { break }
            out.append(rest[..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        return out
    }

    static func variables(in template: String) -> [String] {
        var out: [String] = []
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstRange(of: "}}") else { break }
            var tag = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
            if tag.hasPrefix("{") {  // {{{name}}}
                tag = tag.dropFirst()
                if rest.hasPrefix("}") { rest = rest.dropFirst() }
            }
            guard let first = tag.first else { continue }
            if "!>%=".contains(first) { continue }
            if "#^/&".contains(first) { tag = tag.dropFirst() }
            let name = LineIndex.trimmed(String(tag))
            guard name != ".", let head = name.split(separator: ".").first else { continue }
            out.append(String(head))
        }
        return out
    }
}
