import Documents
import Foundation
import LayoutSpec
import Testing
import Typesetting

/// Every number of a layout is finite and in its range before anything uses it (issue 13,
/// class 1): NaN, ±inf, 1e308, the Int64 limits and -0 in every numeric key, each refused with
/// the file, the line and the key — or, for -0 where 0 is allowed, read as 0.
struct HostileNumberTests {
    /// A numeric key: its table, the layout it is tried in, whether 0 is in its range.
    struct Key: CustomTestStringConvertible, Sendable {
        var table: String
        var name: String
        var base = "weekly-notice.toml"
        var zeroAllowed = false

        var testDescription: String { "\(table).\(name)" }
    }

    static let keys: [Key] = [
        Key(table: "page", name: "width_mm"), Key(table: "page", name: "height_mm"),
        Key(table: "page", name: "margin_top_mm", zeroAllowed: true),
        Key(table: "page", name: "margin_bottom_mm", zeroAllowed: false),  // 0 leaves the page number off the page
        Key(table: "page", name: "margin_left_mm", zeroAllowed: true),
        Key(table: "page", name: "margin_right_mm", zeroAllowed: true),
        Key(table: "grid", name: "chars_per_line"), Key(table: "grid", name: "lines_per_page"),
        Key(table: "grid", name: "body_size_pt"), Key(table: "grid", name: "line_pitch_pt"),
        Key(table: "grid", name: "loosen_chars", zeroAllowed: true),
        Key(table: "styles.masthead", name: "size_pt"), Key(table: "styles.body", name: "size_pt"),
        Key(table: "styles.body", name: "indent_chars", zeroAllowed: true),
        Key(table: "styles.title", name: "space_before", zeroAllowed: true),
        Key(table: "styles.title", name: "space_after", zeroAllowed: true),
        Key(table: "styles.masthead", name: "lines", zeroAllowed: true),
        Key(table: "styles.masthead", name: "tracking_em", zeroAllowed: true),
        Key(table: "rules", name: "separator_mm", zeroAllowed: true),
        Key(table: "rules", name: "separator_gap_mm", zeroAllowed: true),
        Key(table: "rules", name: "end_thick_mm", zeroAllowed: true), Key(table: "rules", name: "end_thin_mm", zeroAllowed: true),
        Key(table: "page_number", name: "below_block_mm", zeroAllowed: true),
        Key(table: "table", name: "row_height_pt"), Key(table: "table", name: "padding_pt", zeroAllowed: true),
        Key(table: "table", name: "rule_width_pt", zeroAllowed: true), Key(table: "table", name: "line_height_em"),
        Key(table: "rules", name: "end_line_height_em"), Key(table: "page_number", name: "line_height_em"),
        Key(table: "title_breaks", name: "tolerance_chars", zeroAllowed: true),
        Key(table: "weekly", name: "max_requirements"), Key(table: "weekly", name: "requirement_length"),
        Key(table: "ranking", name: "warn_last", base: "monthly-ranking.toml", zeroAllowed: true),
        Key(table: "ranking", name: "praise_first", base: "monthly-ranking.toml", zeroAllowed: true),
        Key(table: "ranking", name: "vertical_chart_max", base: "monthly-ranking.toml"),
        Key(table: "ranking", name: "chart_height_pt", base: "monthly-ranking.toml"),
    ]

    static let integerKeys: Set<String> = [
        "chars_per_line", "lines_per_page", "loosen_chars", "space_before", "space_after", "lines", "max_requirements",
        "requirement_length", "warn_last", "praise_first", "vertical_chart_max",
    ]

    static let hostile = [
        "nan", "+nan", "-nan", "inf", "+inf", "-inf", "1e308", "-1e308", "1e300", "9223372036854775807",
        "-9223372036854775808", "9.3e18",
    ]

    @Test(arguments: keys) func hostileNumbersAreRefusedWithTheKey(_ k: Key) throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        for value in Self.hostile {
            let e = f.error("h.toml", LayoutFixture.child(of: k.base, "[\(k.table)]\n\(k.name) = \(value)\n"))
            f.expect(e, file: "h.toml", line: 5, key: "\(k.table).\(k.name)")
            #expect(
                e?.message.contains("must be") == true || e?.message.contains("expected an integer") == true
                    || e?.message.contains("do not fit") == true,
                "\(value): \(String(describing: e))")
        }
    }

    @Test(arguments: keys) func minusZero(_ k: Key) throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        for value in ["-0", "-0.0"] {
            let e = f.error("z.toml", LayoutFixture.child(of: k.base, "[\(k.table)]\n\(k.name) = \(value)\n"))
            // TOML's -0 is the integer 0; -0.0 is a float, which an integer key refuses
            if k.zeroAllowed, value == "-0" || !Self.integerKeys.contains(k.name) {
                #expect(e == nil, "\(k.table).\(k.name) = \(value): \(String(describing: e))")
            } else {
                f.expect(e, file: "z.toml", line: 5, key: "\(k.table).\(k.name)")
            }
        }
    }

    @Test func columnWidthsAreCheckedOneByOne() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        for value in ["nan", "inf", "-1", "0", "1e308", "-0.0"] {
            let widths = (["1"] + Array(repeating: "1", count: 8) + [value]).joined(separator: ", ")
            let e = f.error("w.toml", LayoutFixture.child(of: "monthly-ranking.toml", "[ranking]\ncolumn_widths = [\(widths)]\n"))
            f.expect(e, file: "w.toml", line: 5, key: "ranking.column_widths", "must be a finite number")
        }
    }

    /// The masthead once hung at 100 % CPU with this size.
    @Test func theMastheadThatHungIsRefused() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let e = f.error("m.toml", LayoutFixture.child(of: "weekly-notice.toml", "[styles.masthead]\nsize_pt = 1e300\n"))
        f.expect(e, file: "m.toml", line: 5, key: "styles.masthead.size_pt", "from 2 to 300 pt")
    }

    @Test func aPageThatCannotHoldItsGridIsRefused() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let child = { (body: String) in LayoutFixture.child(of: "weekly-notice.toml", body) }
        f.expect(
            f.error("a.toml", child("[page]\nmargin_left_mm = 200\n")), file: "a.toml", line: 5, key: "page.margin_left_mm",
            "text block")
        f.expect(
            f.error("b.toml", child("[page]\nmargin_top_mm = 150\nmargin_bottom_mm = 140\n")), file: "b.toml", line: 5,
            key: "page.margin_top_mm", "text block")
        f.expect(
            f.error("c.toml", child("[grid]\nlines_per_page = 40\n")), file: "c.toml", line: 5, key: "grid.lines_per_page",
            "do not fit")
        f.expect(
            f.error("d.toml", child("[grid]\nchars_per_line = 40\n")), file: "d.toml", line: 5, key: "grid.chars_per_line",
            "90–150 %")
        f.expect(
            f.error("e.toml", child("[grid]\nline_pitch_pt = 40\n")), file: "e.toml", line: 5, key: "grid.line_pitch_pt",
            "overflow")
        f.expect(
            f.error(
                "f.toml",
                child(
                    "[page]\nwidth_mm = 60\nheight_mm = 60\nmargin_top_mm = 5\nmargin_bottom_mm = 15\nmargin_left_mm = 5\nmargin_right_mm = 5\n"
                )),
            file: "f.toml", line: 6, key: "page.height_mm", "do not fit")
        f.expect(
            f.error("g.toml", child("[styles.body]\nindent_chars = 30\n")), file: "g.toml", line: 5,
            key: "styles.body.indent_chars", "28-character line")
        f.expect(
            f.error("h.toml", child("[page_number]\nbelow_block_mm = 40\n")), file: "h.toml", line: 5,
            key: "page_number.below_block_mm", "bottom margin")
        f.expect(
            f.error("i.toml", child("[table]\nrow_height_pt = 8\n")), file: "i.toml", line: 5, key: "table.row_height_pt",
            "padding")
        f.expect(
            f.error("j.toml", child("[page]\nwidth_mm = 100\n[grid]\nchars_per_line = 8\n[styles.title]\nsize_pt = 200\n")),
            file: "j.toml", line: 9, key: "styles.title.size_pt", "larger than")
    }
}
