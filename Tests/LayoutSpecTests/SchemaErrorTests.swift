import Documents
import Foundation
import LayoutSpec
import Testing
import Typesetting

/// One test per kind of error (syntax, unknown key, wrong type, out of range, missing key,
/// missing text, unknown text) for every section, each naming the file, the line and the key.
/// A layout here extends a shipped one, its own keys from line 4 on (see `LayoutFixture.child`).
struct SchemaErrorTests {
    /// A section, the layout it extends, a key of it and a bad value of each kind.
    struct Case: CustomTestStringConvertible, Sendable {
        var section: String
        var base: String = "weekly-notice.toml"
        var key: String
        var wrongType: String
        var outOfRange: String?

        var testDescription: String { "[\(section)] \(key)" }
    }

    static let cases: [Case] = [
        Case(section: "page", key: "width_mm", wrongType: "\"210\"", outOfRange: "5000"),
        Case(section: "grid", key: "chars_per_line", wrongType: "28.5", outOfRange: "0"),
        Case(section: "fonts.body", key: "weight", wrongType: "700", outOfRange: "\"heavy\""),
        Case(section: "colors", key: "red", wrongType: "0xE60012", outOfRange: "\"crimson\""),
        Case(section: "styles.body", key: "size_pt", wrongType: "\"16pt\"", outOfRange: "1000"),
        Case(section: "rules", key: "separator_mm", wrongType: "true", outOfRange: "-1"),
        Case(section: "page_number", key: "position", wrongType: "1", outOfRange: "\"left\""),
        Case(section: "table", key: "row_height_pt", wrongType: "[22]", outOfRange: "0"),
        Case(section: "parts", key: "masthead", wrongType: "\"yes\""),
        Case(section: "title_breaks", key: "before", wrongType: "\"的通报\"", outOfRange: "[\"\"]"),
        Case(section: "furniture", key: "office_name", wrongType: "1"),
        Case(section: "weekly", key: "max_requirements", wrongType: "\"4\"", outOfRange: "0"),
        Case(section: "weekly", key: "unit_order", wrongType: "1", outOfRange: "\"alphabet\""),
        Case(section: "ranking", base: "monthly-ranking.toml", key: "warn_last", wrongType: "2.0", outOfRange: "-1"),
        Case(
            section: "ranking", base: "monthly-ranking.toml", key: "contents", wrongType: "\"title\"",
            outOfRange: "[\"title\", \"warnings\"]"),
        Case(section: "texts", key: "title", wrongType: "1"),
    ]

    @Test(arguments: cases) func unknownKey(_ c: Case) throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        if c.section == "colors" || c.section == "texts" {
            return  // any colour name is allowed; unknown texts have their own test
        }
        let e = f.error("t.toml", LayoutFixture.child(of: c.base, "[\(c.section)]\n\(c.key)x = 1\n"))
        f.expect(e, file: "t.toml", line: 5, key: "\(c.section).\(c.key)x", "unknown key")
        #expect(e?.allowed.contains(c.key) == true, "\(String(describing: e))")
    }

    @Test(arguments: cases) func wrongType(_ c: Case) throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("t.toml", LayoutFixture.child(of: c.base, "[\(c.section)]\n\(c.key) = \(c.wrongType)\n"))
        f.expect(e, file: "t.toml", line: 5, key: "\(c.section).\(c.key)", "expected")
    }

    @Test(arguments: cases.filter { $0.outOfRange != nil }) func outOfRange(_ c: Case) throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("t.toml", LayoutFixture.child(of: c.base, "[\(c.section)]\n\(c.key) = \(c.outOfRange ?? "")\n"))
        f.expect(e, file: "t.toml", line: 5, key: "\(c.section).\(c.key)")
    }

    @Test func unknownTopLevelKeyAndSection() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("t.toml", LayoutFixture.child(of: "weekly-notice.toml", "[rankings]\nwarn_last = 1\n"))
        f.expect(e, file: "t.toml", line: 4, key: "rankings", "unknown key")
        #expect(e?.allowed.contains("ranking") == true && e?.allowed.contains("weekly") == true)
        let s = f.error("s.toml", LayoutFixture.child(of: "weekly-notice.toml", "[styles.footer]\nsize_pt = 3\n"))
        f.expect(s, file: "s.toml", line: 4, key: "styles.footer", "unknown style")
        let r = f.error("r.toml", LayoutFixture.child(of: "weekly-notice.toml", "[fonts.fancy]\nfamilies = [\"X\"]\n"))
        f.expect(r, file: "r.toml", line: 4, key: "fonts.fancy", "unknown font role")
        #expect(r?.allowed == FontRole.names)
    }

    @Test func syntaxErrorsHaveTheirLine() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        f.expect(f.error("a.toml", "version = 1\n\n[page\nwidth_mm = 1\n"), file: "a.toml", line: 3, key: "", "not valid TOML")
        f.expect(f.error("b.toml", "version = 1\n[样式]\n"), file: "b.toml", line: 2, key: "", "table header")
        f.expect(
            f.error("c.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[ranking]\nwarn_last = = 2\n")), file: "c.toml",
            line: 5, key: "", "not valid TOML")
        f.expect(
            f.error("d.toml", LayoutFixture.child(of: "weekly-notice.toml", "[weekly]\n\nunit_order = \n")), file: "d.toml",
            line: 6, key: "", "not valid TOML")
        f.expect(
            f.error("e.toml", LayoutFixture.child(of: "weekly-notice.toml", "[texts]\ntitle = \"{{year}\n")), file: "e.toml",
            line: 5, key: "", "not valid TOML")
    }

    /// A layout saved with Windows line ends (as Notepad or WPS may save it) names the same lines.
    @Test func windowsLineEndsKeepTheLines() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let text = LayoutFixture.child(of: "weekly-notice.toml", "[grid]\nchars_per_line = 0\n")
        let e = f.error("w.toml", text.replacingOccurrences(of: "\n", with: "\r\n"))
        f.expect(e, file: "w.toml", line: 5, key: "grid.chars_per_line")
    }

    /// Tables nested deeper than a layout ever needs are refused at the first line that nests
    /// them, before the loader places each key (a dotted key of hundreds of parts once kept it
    /// busy for minutes).
    @Test func tablesNestedTooDeepAreRefusedWithTheirLine() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let deep = (1...600).map { "k\($0)" }.joined(separator: ".")
        let e = f.error("n.toml", "version = 1\n# deep\n\(deep) = 1\n")
        f.expect(e, file: "n.toml", line: 3, key: (1...9).map { "k\($0)" }.joined(separator: "."), "nested")
        let inline = "version = 1\na = " + String(repeating: "{b = ", count: 12) + "1" + String(repeating: "}", count: 12) + "\n"
        f.expect(f.error("i.toml", inline), file: "i.toml", line: 2, key: "a" + String(repeating: ".b", count: 8), "nested")
    }

    @Test func versionIsRequiredAndChecked() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        f.expect(f.error("a.toml", "extends = \"base.toml\"\n"), file: "a.toml", line: 1, key: "version", "missing")
        f.expect(f.error("b.toml", "\nversion = 2\n"), file: "b.toml", line: 2, key: "version", "version 1")
    }

    @Test func aMissingKeyIsNamed() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        // base.toml alone, without one margin: nothing else supplies it
        let base = try LayoutFixture.text("base.toml")
        let cut = base.replacingOccurrences(of: "margin_top_mm = 37", with: "")
        let line = try LayoutFixture.line(of: "[page]", in: base)
        f.expect(f.error("no-margin.toml", cut), file: "no-margin.toml", line: line, key: "page.margin_top_mm", "missing")
        // the weekly table without one of its keys
        let weekly = try LayoutFixture.text("weekly-notice.toml")
        let wline = try LayoutFixture.line(of: "[weekly]", in: weekly)
        let w = weekly.replacingOccurrences(of: "max_requirements = 10", with: "")
        f.expect(f.error("w.toml", w), file: "w.toml", line: wline, key: "weekly.max_requirements", "missing")
        let monthly = try LayoutFixture.text("monthly-ranking.toml")
        let mline = try LayoutFixture.line(of: "[ranking]", in: monthly)
        let m = monthly.replacingOccurrences(of: "chart_caption = \"above\"", with: "")
        f.expect(f.error("m.toml", m), file: "m.toml", line: mline, key: "ranking.chart_caption", "missing")
    }

    @Test func aMissingTextIsALoadError() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        for (file, key) in [("weekly-notice.toml", "empty_week"), ("monthly-ranking.toml", "warning")] {
            let text = try LayoutFixture.text(file)
            let line = try LayoutFixture.line(of: "[texts]", in: text)
            let cut = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("\(key) = ") }
                .joined(separator: "\n")
            f.expect(f.error("cut-\(file)", cut), file: "cut-\(file)", line: line, key: "texts.\(key)", "missing")
        }
        // a part the layout does not print needs no text: the meeting layout has no warning section
        #expect(throws: Never.self) { try f.load("monthly-ranking-meeting.toml") }
    }

    @Test func anUnknownTextIsALoadError() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let w = f.error("w.toml", LayoutFixture.child(of: "weekly-notice.toml", "[texts]\ntitel = \"{{year}}\"\n"))
        f.expect(w, file: "w.toml", line: 5, key: "texts.titel", "unknown text")
        #expect(w?.allowed.contains("title") == true)
        // a text of the other kind is unknown to this one
        let r = f.error("r.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[texts]\nempty_week = \"无\"\n"))
        f.expect(r, file: "r.toml", line: 5, key: "texts.empty_week", "unknown text")
        // base.toml holds no document table, so no text at all
        let b = f.error("b.toml", LayoutFixture.child(of: "base.toml", "[texts]\ntitle = \"t\"\n"))
        f.expect(b, file: "b.toml", line: 5, key: "texts.title", "unknown text")
    }

    @Test func aTemplateVariableTheTextDoesNotHaveIsALoadError() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let w = f.error("w.toml", LayoutFixture.child(of: "weekly-notice.toml", "[texts]\ntitle = \"{{yeer}}年第{{week}}周\"\n"))
        f.expect(w, file: "w.toml", line: 5, key: "texts.title", "{{yeer}}")
        #expect(w?.allowed.contains("year") == true)
        let r = f.error(
            "r.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[texts]\nwarning = \"{{#warned}}{{area}}{{/warned}}\"\n"))
        f.expect(r, file: "r.toml", line: 5, key: "texts.warning", "{{warned}}")
        for bad in ["{{#has_targets}}目标", "{{/has_targets}}", "{{#has_targets}}{{/unit_count}}", "{{year}"] {
            let e = f.error("m.toml", LayoutFixture.child(of: "weekly-notice.toml", "[texts]\nopening = \"\(bad)\"\n"))
            f.expect(e, file: "m.toml", line: 5, key: "texts.opening", "not a valid template")
        }
    }

    /// `[weekly]` and `[ranking]` refusals come from the loader now, with the line (they once came
    /// from a second validator without one).
    @Test func documentTablesAreCheckedWhenTheLayoutLoads() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let a = f.error("a.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[ranking]\ncolumn_widths = [1, 2]\n"))
        f.expect(a, file: "a.toml", line: 5, key: "ranking.column_widths", "2 widths for 10 columns")
        let b = f.error("b.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[ranking]\ntier_colors = [\"#000000\"]\n"))
        f.expect(b, file: "b.toml", line: 5, key: "ranking.tier_colors", "3 colours")
        let c = f.error("c.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[ranking]\nthen_by = { a = 1 }\n"))
        f.expect(c, file: "c.toml", line: 5, key: "ranking.then_by", "expected an array")
        let d = f.error("d.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[ranking]\nchart_height_pt = 900\n"))
        f.expect(d, file: "d.toml", line: 5, key: "ranking.chart_height_pt", "taller than")
    }
}
