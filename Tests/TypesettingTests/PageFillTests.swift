import TestSupport
import Testing
import Typesetting

/// A heading at the foot of an inner text page (fixed-advance measurer, 28 × 22 grid): with two
/// lines free it takes them with its paragraph's first line; with one line free it goes on to the
/// next page and a paragraph above runs one line longer (伸行) so the page still holds 22 lines.
struct PageFillTests {
    /// 本报讯-like running text with punctuation, a number and quotes; `count` characters of it.
    static func text(_ count: Int) -> String {
        let source =
            "双桥办事处召开环境污染防治冬防攻坚战暨背水一战决胜60天推进会，要求全体工作人员迅速行动、全力冲刺，严格落实包括全面开启工地“封土行动”、污染源全面排查在内的攻坚措施，并就下一步工作强调三点要求。"
        var s = ""
        while s.count < count { s += source }
        return String(s.prefix(count))
    }

    /// Page 1 full of one-line paragraphs, then `short` one-line paragraphs on page 2, a paragraph
    /// of `chars` characters, and a heading with its paragraph.
    static func document(short: Int, chars: Int) -> ContentDocument {
        var blocks: [Block] = Array(repeating: .paragraph([Inline("短段。")]), count: 22 + short)
        blocks.append(.paragraph([Inline(text(chars) + "。")]))
        blocks.append(.heading(level: 2, text: "（四）石佛办事处"))
        blocks.append(.paragraph([Inline(text(80) + "。")]))
        return ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks)
    }

    static func compose(_ doc: ContentDocument, loosen: Int = 1) -> ComposedDocument {
        var layout = Layout.standard
        layout.grid.loosenChars = loosen
        return Typesetter(layout: layout, measurer: FixedAdvanceMeasurer()).compose(doc)
    }

    /// Lines of body size (what pdfcheck counts) on page `n`.
    static func gridLines(_ doc: ComposedDocument, page n: Int) -> Int {
        doc.pages[n - 1].lines.filter { $0.kind == .body || $0.kind == .heading }.count
    }

    @Test func twoLinesFreeTakeTheHeadingAndItsFirstLine() {
        // 12 short lines and an 8-line paragraph: lines 21 and 22 are free
        let doc = Self.compose(Self.document(short: 12, chars: 26 + 28 * 6 + 26))
        #expect(Self.gridLines(doc, page: 2) == 22)
        let page2 = doc.pages[1].lines.filter { $0.kind != .pageNumber }
        #expect(page2.suffix(2).map(\.kind) == [.heading, .body])
        #expect(SelfCheck.check(doc, setter: Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())).isEmpty)
        let dump = FrameDump.lines(doc) + "----\n" + FrameDump.dump(doc)
        #expect(Golden.check(dump, named: "page-fill-two-free.txt") == nil)
    }

    @Test func oneLineFreeRunsTheParagraphAboveALineLonger() {
        // 13 short lines and an 8-line paragraph: line 22 alone is free; the heading may not take it
        let doc = Self.compose(Self.document(short: 13, chars: 26 + 28 * 6 + 26))
        #expect(Self.gridLines(doc, page: 2) == 22)
        #expect(doc.pages[2].lines.first?.kind == .heading)
        // the paragraph now has 9 lines: its last lines give up one character each and are spread to
        // the right edge; the lines above keep 28, and the new last line is more than one character
        let para = doc.pages[1].lines.filter { $0.block == 35 }
        #expect(para.count == 9)
        let right = para[1].x1
        #expect(para.dropLast().allSatisfy { abs($0.x1 - right) < 0.01 })
        #expect(para.dropFirst().dropLast().contains { $0.text.count == 27 })
        #expect(para.dropFirst().prefix(2).allSatisfy { $0.text.count == 28 })
        #expect((para.last?.text.count ?? 0) > 2)
        #expect(SelfCheck.check(doc, setter: Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())).isEmpty)
        let dump = FrameDump.lines(doc) + "----\n" + FrameDump.dump(doc)
        #expect(Golden.check(dump, named: "page-fill-one-free.txt") == nil)
    }

    @Test func twoCharactersALineWhereOneIsNotEnough() {
        // the paragraph's last line is short (19 characters): giving up one character on each of
        // its 7 lines above cannot make a new line, two can (`loosen_chars = 2`, the default)
        let doc = Self.document(short: 13, chars: 26 + 28 * 6 + 20)
        #expect(Self.gridLines(Self.compose(doc, loosen: 1), page: 2) == 21)
        let two = Self.compose(doc, loosen: 2)
        #expect(Self.gridLines(two, page: 2) == 22)
        #expect(two.pages[2].lines.first?.kind == .heading)
        let para = two.pages[1].lines.filter { $0.block == 35 }
        #expect(para.count == 9)
        #expect(para.allSatisfy { $0.text.count >= 24 || $0.paragraphFinal })
        #expect(SelfCheck.check(two, setter: Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())).isEmpty)
    }

    @Test func withoutLooseningThePageEndsAShortLine() {
        // loosen_chars = 0: the heading still keeps with its paragraph, and page 2 is left short
        let doc = Self.compose(Self.document(short: 13, chars: 26 + 28 * 6 + 26), loosen: 0)
        #expect(Self.gridLines(doc, page: 2) == 21)
        #expect(doc.pages[2].lines.first?.kind == .heading)
    }

    @Test func aPageOfOneLineParagraphsCannotBeFilled() {
        // nothing on page 2 can run longer: the page stays a line short rather than strand the heading
        var blocks: [Block] = Array(repeating: .paragraph([Inline("短段。")]), count: 22 + 21)
        blocks += [.heading(level: 2, text: "（四）石佛办事处"), .paragraph([Inline(Self.text(80) + "。")])]
        let doc = Self.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks))
        #expect(Self.gridLines(doc, page: 2) == 21)
        #expect(doc.pages[2].lines.first?.kind == .heading)
    }

    @Test func atEveryStartNoHeadingEndsAPageAndTheLinesStayOnTheGrid() {
        // the same sections started one line further down each time: wherever the page breaks fall,
        // a heading never ends a page, every line passes the self-check, and the text is all there
        let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
        var filled = 0
        for lead in 0..<44 {
            var blocks: [Block] = Array(repeating: .paragraph([Inline("短段。")]), count: lead)
            for k in 0..<4 {
                blocks += [
                    .heading(level: 2, text: "（\(k + 1)）石佛办事处"), .paragraph([Inline(Self.text(150 + 37 * k) + "。")]),
                    .paragraph([Inline(Self.text(60 + 11 * k) + "。")]),
                ]
            }
            let doc = setter.compose(ContentDocument(metadata: DocumentMetadata(title: "t"), blocks: blocks))
            #expect(SelfCheck.check(doc, setter: setter).isEmpty, "lead \(lead)")
            for p in doc.pages {
                let last = p.lines.last { $0.kind != .pageNumber }
                #expect(last?.kind != .heading, "lead \(lead): page \(p.number) ends with a heading")
            }
            let text = doc.pages.flatMap(\.lines).filter { $0.kind == .body }.map(\.text).joined()
            let want = (0..<4).map { Self.text(150 + 37 * $0) + "。" + Self.text(60 + 11 * $0) + "。" }.joined()
            #expect(text.hasSuffix(want), "lead \(lead): text lost or reordered")
            // inner pages (not the first, not the last) that are full
            filled += doc.pages.dropFirst().dropLast().filter { Self.gridLines(doc, page: $0.number) == 22 }.count
        }
        #expect(filled > 0)
    }
}
