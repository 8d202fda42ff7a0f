import Foundation
import LayoutSpec
import Testing
import Typesetting

struct LayoutLoaderTests {
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("layouts")

    func error(_ text: String) -> LayoutError? {
        do {
            _ = try LayoutLoader.parse(text, file: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func shippedLayoutsLoad() throws {
        let weekly = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("weekly-notice.toml"))
        #expect(weekly.version == 1)
        #expect(weekly.grid.charsPerLine == 28)
        #expect(weekly.grid.linesPerPage == 22)
        #expect(weekly.fonts["body"]?.families.last == "Noto Serif CJK SC")
        #expect(weekly.style("heading1").font == "heading")
        #expect(weekly.furniture.bulletinName == "大气污染防治工作通报")
        #expect(abs(weekly.page.blockWidth - 156 * Units.ptPerMM) < 0.001)
        let monthly = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("monthly-ranking.toml"))
        #expect(monthly.name == "monthly-ranking")
        #expect(monthly.page.heightMM == 297)
        // A4 layouts: body 仿宋 (Fandol before Noto), 版记 on an even page
        #expect(weekly.fonts["body"]?.families.suffix(2) == ["FandolFang", "Noto Serif CJK SC"])
        #expect(weekly.fonts["heading2"]?.families.contains("FandolKai") == true)
        #expect(weekly.parts.endBlockOnEvenPage && monthly.parts.endBlockOnEvenPage)
        #expect(!weekly.pageNumber.numberBlankEndPages)
        let meeting = try LayoutLoader.load(contentsOf: Self.layouts.appendingPathComponent("monthly-ranking-meeting.toml"))
        #expect(!meeting.parts.endBlockOnEvenPage)
    }

    @Test func endBlockPageKeys() throws {
        let l = try LayoutLoader.parse(
            "version = 1\n[parts]\nend_block_on_even_page = false\n[page_number]\nnumber_blank_end_pages = true\n", file: "t.toml")
        #expect(!l.parts.endBlockOnEvenPage)
        #expect(l.pageNumber.numberBlankEndPages)
        #expect(error("version = 1\n[parts]\nend_block_on_even_page = 1\n")?.key == "parts.end_block_on_even_page")
    }

    @Test func unknownKeyNamesFileLineKeyAndAllowedKeys() {
        let e = error("version = 1\n\n[page]\nwidth_mm = 210\nwdth_mm = 3\n")
        #expect(e?.file == "bad.toml")
        #expect(e?.line == 5)
        #expect(e?.key == "page.wdth_mm")
        #expect(e?.allowed.contains("width_mm") == true)
        #expect(e?.description.hasPrefix("bad.toml:5: 'page.wdth_mm': unknown key (allowed: width_mm") == true)
    }

    @Test func wrongType() {
        let e = error("version = 1\n[grid]\nchars_per_line = \"28\"\n")
        #expect(e?.line == 3)
        #expect(e?.message == "expected an integer, found string")
    }

    @Test func negativeMargin() {
        let e = error("version = 1\n[page]\nmargin_left_mm = -3\n")
        #expect(e?.key == "page.margin_left_mm")
        #expect(e?.message.contains("negative") == true)
    }

    @Test func unknownFontRole() {
        let e = error("version = 1\n[fonts.fancy]\nfamilies = [\"X\"]\n")
        #expect(e?.key == "fonts.fancy")
        #expect(e?.line == 2)
        #expect(e?.allowed == FontRole.names)
    }

    @Test func styleNamesAnUnknownRoleOrAlignment() {
        let a = error("version = 1\n[styles.title]\nfont = \"cursive\"\n")
        #expect(a?.key == "styles.title.font")
        #expect(a?.allowed.contains("body") == true)
        let b = error("version = 1\n[styles.body]\nalign = \"middle\"\n")
        #expect(b?.allowed == BlockStyle.alignments)
        let c = error("version = 1\n[styles.footer]\nsize_pt = 3\n")
        #expect(c?.message == "unknown style")
    }

    @Test func versionIsRequiredAndSyntaxErrorsHaveALine() {
        #expect(error("[page]\nwidth_mm = 210\n")?.key == "version")
        #expect(error("version = 2\n")?.message.contains("reads layout version 1") == true)
        let s = error("version = 1\n[page\nwidth_mm = 1\n")
        #expect(s?.line == 2)
    }

    @Test func textsAreCarriedThrough() throws {
        let l = try LayoutLoader.parse("version = 1\n[texts]\nintro = \"{{week}}周通报\"\n", file: "t.toml")
        #expect(l.texts["intro"] == "{{week}}周通报")
    }
}

struct TitleBreakLayoutTests {
    @Test func titleBreaksAreRead() throws {
        let l = try LayoutLoader.parse("version = 1\n[title_breaks]\nbefore = [\"的通报\"]\ntolerance_chars = 4\n", file: "t.toml")
        #expect(l.titleBreaks.before == ["的通报"])
        #expect(l.titleBreaks.tolerance == 4)
        do {
            _ = try LayoutLoader.parse("version = 1\n[title_breaks]\nbefore = \"的通报\"\n", file: "t.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "title_breaks.before")
            #expect(error.line == 3)
        }
    }
}

struct GridValidationTests {
    @Test func aGridThatDoesNotFitTheBlockIsRefused() {
        do {
            _ = try LayoutLoader.parse("version = 1\n[grid]\nlines_per_page = 40\n", file: "g.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "grid.lines_per_page")
            #expect(error.line == 3)
            #expect(error.message.contains("do not fit"))
        }
        do {
            _ = try LayoutLoader.parse("version = 1\n[grid]\nchars_per_line = 40\n", file: "g.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "grid.chars_per_line")
        }
    }
}

struct DefaultsTests {
    /// The built-in defaults (used by tests and as fallbacks) are the numbers of layouts/weekly-notice.toml.
    @Test func builtInDefaultsMatchTheWeeklyNoticeFile() throws {
        let file = try LayoutLoader.load(contentsOf: LayoutLoaderTests.layouts.appendingPathComponent("weekly-notice.toml"))
        let d = Layout()
        #expect(file.page == d.page)
        #expect(file.grid == d.grid)
        #expect(file.fonts == d.fonts)
        #expect(file.styles == d.styles)
        #expect(file.colors == d.colors)
        #expect(file.rules == d.rules)
        #expect(file.pageNumber == d.pageNumber)
        #expect(file.titleBreaks == d.titleBreaks)
        #expect(file.parts == d.parts)
        #expect(file.table == d.table)
    }
}
