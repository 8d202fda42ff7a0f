import Documents
import Foundation
import LayoutSpec
import Testing
import Typesetting

struct LayoutLoaderTests {
    static let layouts = LayoutFixture.shipped

    @Test func shippedLayoutsLoad() throws {
        let weekly = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("weekly-notice.toml"))
        #expect(weekly.version == 1)
        #expect(weekly.grid.charsPerLine == 28)
        #expect(weekly.grid.linesPerPage == 22)
        #expect(weekly.fonts["body"]?.families.last == "Noto Serif CJK SC")
        #expect(weekly.style("heading1").font == "heading")
        #expect(weekly.furniture.bulletinName == "大气污染防治工作通报")
        #expect(abs(weekly.page.blockWidth - 156 * Units.ptPerMM) < 0.001)
        #expect(weekly.titleBreaks.before.contains("的通报") && weekly.titleBreaks.tolerance == 8)
        let monthly = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("monthly-ranking.toml"))
        #expect(monthly.name == "monthly-ranking")
        #expect(monthly.page.heightMM == 297)
        for name in BlockStyle.names { #expect(weekly.styles[name] != nil, "\(name)") }
        // A4 layouts: body 仿宋 (Fandol before Noto), 版记 on an even page
        #expect(weekly.fonts["body"]?.families.suffix(2) == ["FandolFang", "Noto Serif CJK SC"])
        #expect(weekly.fonts["heading2"]?.families.contains("FandolKai") == true)
        #expect(weekly.parts.endBlockOnEvenPage && monthly.parts.endBlockOnEvenPage)
        #expect(!weekly.pageNumber.numberBlankEndPages)
        let meeting = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("monthly-ranking-meeting.toml"))
        #expect(!meeting.parts.endBlockOnEvenPage)
    }

    @Test func endBlockPageKeys() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        try f.write(
            "t.toml",
            LayoutFixture.child(
                of: "base.toml", "[parts]\nend_block_on_even_page = false\n[page_number]\nnumber_blank_end_pages = true\n"))
        let l = try f.load("t.toml")
        #expect(!l.parts.endBlockOnEvenPage)
        #expect(l.pageNumber.numberBlankEndPages)
        let e = f.error("e.toml", LayoutFixture.child(of: "base.toml", "[parts]\nend_block_on_even_page = 1\n"))
        f.expect(e, file: "e.toml", line: 5, key: "parts.end_block_on_even_page", "expected true or false")
    }

    @Test func messagesReadFileLineKeyAndAllowed() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("bad.toml", LayoutFixture.child(of: "base.toml", "[page]\nwidth_mm = 210\nwdth_mm = 3\n"))
        f.expect(e, file: "bad.toml", line: 6, key: "page.wdth_mm", "unknown key")
        #expect(
            e?.description.hasSuffix(
                "'page.wdth_mm': unknown key (allowed: width_mm, height_mm, margin_top_mm, margin_bottom_mm, margin_left_mm, margin_right_mm)"
            ) == true, "\(String(describing: e))")
        let n = f.error("neg.toml", LayoutFixture.child(of: "base.toml", "[page]\nmargin_left_mm = -3\n"))
        #expect(n?.message == "must be a finite number from 0 to 500 mm, found -3", "\(String(describing: n))")
        let t = f.error("type.toml", LayoutFixture.child(of: "base.toml", "[grid]\nchars_per_line = \"28\"\n"))
        #expect(t?.message == "expected an integer, found string")
    }

    @Test func stylesNameDefinedRolesColoursAndAlignments() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let a = f.error("a.toml", LayoutFixture.child(of: "base.toml", "[styles.title]\nfont = \"cursive\"\n"))
        f.expect(a, file: "a.toml", line: 5, key: "styles.title.font")
        #expect(a?.allowed == FontRole.names)
        let b = f.error("b.toml", LayoutFixture.child(of: "base.toml", "[styles.body]\nalign = \"middle\"\n"))
        #expect(b?.allowed == BlockStyle.alignments)
        let c = f.error("c.toml", LayoutFixture.child(of: "base.toml", "[styles.body]\ncolor = \"teal\"\n"))
        f.expect(c, file: "c.toml", line: 5, key: "styles.body.color", "unknown colour 'teal'")
        let d = f.error("d.toml", LayoutFixture.child(of: "base.toml", "[colors]\nteal = \"#008080\"\n[styles.body]\ncolor = \"teal\"\n"))
        #expect(d == nil, "\(String(describing: d))")
        let r = f.error("r.toml", LayoutFixture.child(of: "base.toml", "[rules]\nseparator_color = \"blue\"\n"))
        f.expect(r, file: "r.toml", line: 5, key: "rules.separator_color", "unknown colour")
    }

    @Test func fontRolesNeedFamilies() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("f.toml", LayoutFixture.child(of: "base.toml", "[fonts.body]\nfamilies = []\n"))
        f.expect(e, file: "f.toml", line: 5, key: "fonts.body.families", "at least one")
        let g = f.error("g.toml", LayoutFixture.child(of: "base.toml", "[fonts.body]\nfamilies = [\"\"]\n"))
        f.expect(g, file: "g.toml", line: 5, key: "fonts.body.families", "empty")
    }

    @Test func keysInInlineTablesAndMultilineValuesHaveTheirLines() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        // a key inside a multi-line array is not mistaken for a key; the error is at its table's key
        let text = LayoutFixture.child(
            of: "base.toml", "[title_breaks]\nbefore = [\n  \"a = b\",\n  \"\",\n]\n")
        let e = f.error("m.toml", text)
        f.expect(e, file: "m.toml", line: 5, key: "title_breaks.before", "empty")
        let s = f.error("s.toml", LayoutFixture.child(of: "base.toml", "[styles]\nbody = { size_pt = nan }\n"))
        f.expect(s, file: "s.toml", line: 5, key: "styles.body.size_pt", "finite")
    }

    @Test func theBaseDefinesEveryKeyOfTheSchema() throws {
        // base.toml alone loads: every section, every style and font role, every key
        let base = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("base.toml"), kinds: [])
        #expect(base.fonts.keys.sorted() == FontRole.names.sorted())
        #expect(base.styles.keys.sorted() == BlockStyle.names.sorted())
        #expect(base.grid.linePitch == nil)
    }
}
