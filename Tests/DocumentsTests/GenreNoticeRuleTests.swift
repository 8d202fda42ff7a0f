import BriefingReader
import Foundation
import LayoutSpec
import ReportModel
import Testing
import Typesetting

@testable import Documents

/// The composition rules the claim-by-claim audit of `AUDIT-genre-1.md` prompted, one by one.
@Suite struct GenreNoticeRuleTests {
    @Test func straightQuotesAroundChineseAreCurled() {
        #expect(Punctuation.fullWidth(#"要坚决完成国家"大气十条"终期考核任务,实施"煤改气"工程"#) == "要坚决完成国家“大气十条”终期考核任务，实施“煤改气”工程")
        // Latin text keeps its quotes, and an unpaired quote is left alone
        #expect(Punctuation.fullWidth(#"the "NOx" value"#) == #"the "NOx" value"#)
        #expect(Punctuation.fullWidth(#"5"寸"#) == #"5"寸"#)
    }

    @Test func aWholeAreaNamesNoUnitTheSpeakerDoes() {
        let speech = Briefing(
            id: "x", source: SourceSpan(file: "g11.txt", lines: [1, 11], encoding: "utf-8"), unit: "全县",
            people: [Person(name: "马志远", title: "县委书记", roles: ["讲话"])], text: "")
        #expect(UnitGrouping.name(of: speech, unknownUnit: "其他单位") == "县委书记马志远")
        // the one who speaks, not the first named
        var meeting = speech
        meeting.people = [Person(name: "吴敏", title: "副县长", roles: ["主持"]), Person(name: "周建国", title: "县长", roles: ["出席", "讲话"])]
        #expect(UnitGrouping.name(of: meeting, unknownUnit: "其他单位") == "县长周建国")
        // a named unit is kept; no unit and nobody named: the layout's word
        meeting.unit = "涉县"
        #expect(UnitGrouping.name(of: meeting, unknownUnit: "其他单位") == "涉县")
        let bare = Briefing(id: "y", source: SourceSpan(file: "g.txt", lines: [1, 2], encoding: "utf-8"), unit: "全区", text: "")
        #expect(UnitGrouping.name(of: bare, unknownUnit: "其他单位") == "其他单位")
    }

    @Test func aDateInChineseNumeralsIsWrittenByTheNotice() {
        #expect(DateWording.strippingAsides("十一月七日，我区启动重污染天气橙色预警") == "我区启动重污染天气橙色预警")
        #expect(DateWording.strippingAsides("十一月六日上午，区政府召开散煤治理工作推进会") == "区政府召开散煤治理工作推进会")
        // a date inside the sentence is the source's words
        #expect(DateWording.strippingAsides("要在十一月二十日前完成“电代煤”入户安装") == "要在十一月二十日前完成“电代煤”入户安装")
    }

    @Test func aLabelLineIsNoSummaryAndNoTitle() {
        let s = SourceSentences("简报二：我区启动重污染天气橙色预警\n十一月七日，我区启动重污染天气橙色预警，全区32家重点企业按照“一厂一策”要求落实停限产措施。")
        #expect(
            s.summary(unit: "丰润区", limit: 120)?.text == "启动重污染天气橙色预警，全区32家重点企业按照“一厂一策”要求落实停限产措施")
        #expect(SourceSentences.sourceTitle(headline: "【简报一】县领导督导检查秋冬季大气污染防治工作", text: "") == "县领导督导检查秋冬季大气污染防治工作")
    }

    @Test func theMeetingsStressAndListedSubjectsAreItsDemand() {
        let s = SourceSentences("4月11日上午，涿州市召开推进会。会议强调，各施工单位要严格落实“六个百分之百”要求，确保4月底前城区所有在建工地全部安装视频监控设备。")
        #expect(
            s.unnumberedDemands(excluding: [0], limit: 30)?.text
                == "会议强调，各施工单位要严格落实“六个百分之百”要求，确保4月底前城区所有在建工地全部安装视频监控设备")
        let l = SourceSentences("会议召开。会议要求，各乡镇、各部门要坚持“一厂一策”，年底前淘汰10蒸吨以下燃煤锅炉。")
        #expect(l.unnumberedDemands(excluding: [0], limit: 30)?.text == "会议要求，各乡镇、各部门要坚持“一厂一策”，年底前淘汰10蒸吨以下燃煤锅炉")
        #expect(SourceSentences.beginsListedDemand("各乡镇、各部门要坚持“一厂一策”"))
        #expect(!SourceSentences.beginsListedDemand("各乡镇要坚持“一厂一策”"))
        #expect(!SourceSentences.beginsListedDemand("工业、扬尘、机动车需要治理"))
        // statistics after 会议指出 are no demand
        let p = SourceSentences("会议召开。会议指出，今年以来，全县空气质量优良天数达到210天。")
        #expect(p.unnumberedDemands(excluding: [0], limit: 30) == nil)
    }

    @Test func aHeadingPointIsPrintedWithTheHeadsOfItsOwnPoints() {
        let s = SourceSentences(
            "下面，我讲两个方面的意见。\n一、认清形势，增强打赢攻坚战的责任感\n去年秋冬季，全区PM2.5平均浓度为98微克/立方米。\n二、聚焦重点，确保完成攻坚目标\n"
                + "（一）狠抓燃煤治理。力争今年采暖季前完成“双替代”改造5000户。\n（二）狠抓工业治理。年底前完成25家重点企业深度治理。\n（三）狠抓扬尘治理。全区降尘量控制在每月每平方公里9吨以下。\n同志们，…")
        let points = ["认清形势，增强打赢攻坚战的责任感", "聚焦重点，确保完成攻坚目标"]
        #expect(s.subPointHeads(of: points[1], requirements: points) == ["狠抓燃煤治理", "狠抓工业治理", "狠抓扬尘治理"])
        // a point followed by text, not by points of its own
        #expect(s.subPointHeads(of: points[0], requirements: points) == [])
        // the marks of the item's own list are not points of a point
        let own = SourceSentences("（一）强化燃煤管控\n（二）强化工业治理\n（三）强化督导考核")
        #expect(own.subPointHeads(of: "强化燃煤管控", requirements: ["强化燃煤管控", "强化工业治理", "强化督导考核"]) == [])
    }

    @Test func noCutFallsBeforeADeployedMeasure() {
        let t = "各部门要认真学习领会会议精神及各项文件内容，清醒认识当前面临的严峻形势，紧紧围绕冬季攻坚行动方案，进一步细化工作措施，切实落实扬尘治理“7个100%”，全力配合好各项行动"
        #expect(
            Condense.clause(t, limit: 60, keeping: ["7个100%"])
                == "各部门要认真学习领会会议精神及各项文件内容，清醒认识当前面临的严峻形势，紧紧围绕冬季攻坚行动方案，进一步细化工作措施，切实落实扬尘治理“7个100%”")
        // beyond twice the limit the cut is the usual one
        #expect(Condense.clause(t, limit: 30, keeping: ["7个100%"]) == "各部门要认真学习领会会议精神及各项文件内容")
    }

    @Test func whatTheSourceSaysAfterItsNumberedListIsPrintedAfterIt() throws {
        let text = """
            我县召开攻坚行动推进会
            本报讯 11月6日上午，我县召开攻坚行动推进会。县长李明出席会议并讲话。
            李明强调，一是要提高认识；二是要突出重点，在11月底前完成“双替代”改造2000户；三是要强化督查。
            会议要求，各乡镇、各部门要坚持“一厂一策”，年底前淘汰10蒸吨以下燃煤锅炉。
            """
        let items = BriefingReader().read(text: text, file: "g.txt").briefings
        let l = try LayoutLoader.load(contentsOf: GenreWeeks.root.appendingPathComponent("layouts/weekly-notice.toml"))
        let week = try #require(ISOWeek("2018-W45"))
        let doc = try WeeklyNotice.build(
            WeeklyNoticeInput(week: week, briefings: items), settings: try WeeklyNoticeSettings(layout: l), texts: l.texts)
        let entry = try #require(ContentDump.dump(doc).split(separator: "\n").first { $0.hasPrefix("p: 11月6日") })
        let list = try #require(entry.range(of: "三是要强化督查"))
        let demand = try #require(entry.range(of: "会议要求，各乡镇、各部门要坚持“一厂一策”"))
        #expect(list.upperBound <= demand.lowerBound)
    }

    @Test func aPointIsFoundWhereItsListNumbersIt() {
        let s = SourceSentences("会议指出，要认清形势，压实责任。李明强调，一是要认清形势；二是要突出重点。")
        #expect(s.sentenceOpeningPoint("要认清形势")?.index == 1)
        #expect(SourceSentences("第一，要认清形势。").sentenceOpeningPoint("要认清形势")?.index == 0)
        #expect(SourceSentences("会议召开。").sentenceOpeningPoint("要认清形势") == nil)
    }
}
