import Testing

@testable import BriefingReader

@Suite struct SegmentTests {
    func paragraphs(_ lines: [String]) -> [Paragraph] {
        lines.enumerated().map { Paragraph(first: $0.offset + 1, last: $0.offset + 1, text: Scalars($0.element)) }
    }

    @Test func openings() {
        #expect(Segmenter.isItemStart(Scalars("简报一：")))
        #expect(Segmenter.isItemStart(Scalars("简报12")))
        #expect(Segmenter.isItemStart(Scalars("本报讯11月24日上午，高新区召开推进会。")))
        #expect(Segmenter.isItemStart(Scalars("晋城日报讯（记者 张三）5月29日，全市召开会议。")))
        #expect(Segmenter.isItemStart(Scalars("新华社北京5月3日电 国务院召开常务会议。")))
        #expect(Segmenter.isItemStart(Scalars("■本报讯 11月3日，某县召开会议。")))
        #expect(Segmenter.isItemStart(Scalars("【本报讯】11月3日，某县召开会议。")))
        #expect(!Segmenter.isItemStart(Scalars("简报工作要加强。")))
        #expect(!Segmenter.isItemStart(Scalars("简报2017年第3期")))
        #expect(!Segmenter.isItemStart(Scalars("会议通报了各地情况。")))
    }

    @Test func headlineAndDatelineItems() {
        let p = paragraphs([
            "高新区召开推进会", "本报讯11月24日上午，高新区召开推进会。", "会议要求，加强领导。",
            "石佛办事处开展整治", "本报讯11月16日上午，石佛办事处召开誓师大会。",
        ])
        let r = Segmenter().segment(p)
        #expect(r.items.count == 2)
        #expect(r.items[0].headline?.string == "高新区召开推进会")
        #expect(r.items[0].first == 1 && r.items[0].last == 3)
        #expect(r.items[1].first == 4 && r.items[1].last == 5)
        #expect(r.header.isEmpty)
    }

    @Test func briefingMarkersWithHeader() {
        let p = paragraphs([
            "2016年冬季大气污染防治工作会议简报", "简报一：", "11月1日上午，某区召开会议。", "简报二：", "11月2日，某县召开会议。",
        ])
        let r = Segmenter().segment(p)
        #expect(r.items.count == 2)
        #expect(r.header.map(\.string) == ["2016年冬季大气污染防治工作会议简报"])
        #expect(r.items[1].first == 4)
    }

    @Test func numberedNewsList() {
        let p = paragraphs([
            "一周要闻", "1、11月3日，甲县召开大气污染防治推进会，部署冬防工作。", "2、11月4日上午，乙区召开扬尘治理现场会，要求严格落实。",
        ])
        let r = Segmenter().segment(p)
        #expect(r.items.count == 2)
        #expect(r.header.map(\.string) == ["一周要闻"])
    }

    @Test func speechIsOneItemWithItsTitle() {
        let p = paragraphs(["市长在全市大气污染防治会议上的讲话同志们：今天召开会议，部署工作。", "一、提高认识。二、强化措施。"])
        let r = Segmenter().segment(p)
        #expect(r.items.count == 1)
        #expect(r.items[0].headline?.string == "市长在全市大气污染防治会议上的讲话")
        #expect(r.items[0].body[0].string.hasPrefix("同志们"))
    }

    @Test func kickerAboveAHeadline() {
        let p = paragraphs([
            "全力打好蓝天保卫战", "我市召开大气污染防治工作会议", "本报讯11月3日，我市召开大气污染防治工作会议。",
            "（记者张三通讯员李四）", "某县开展执法检查", "本报讯11月4日，某县开展执法检查。",
        ])
        let r = Segmenter().segment(p)
        #expect(r.items.count == 2)
        #expect(r.items[0].headline?.string == "全力打好蓝天保卫战 我市召开大气污染防治工作会议")
        #expect(r.items[0].first == 1 && r.items[0].last == 4)
        #expect(r.items[1].headline?.string == "某县开展执法检查")
        #expect(r.items[1].first == 5)
    }

    @Test func headlineBylineReport() {
        let p = paragraphs([
            "简报", "市政府召开调度会", "（市大气办）", "11月19日上午，市政府召开调度会，部署工作。",
            "县环保局开展检查", "（县环保局）", "11月18日，县环保局开展夜间检查，检查企业15家。",
        ])
        let r = Segmenter().segment(p)
        #expect(r.items.map { $0.headline?.string } == ["市政府召开调度会", "县环保局开展检查"])
        #expect(r.items.map(\.first) == [2, 5])
    }
}
