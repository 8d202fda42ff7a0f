import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The reader rules the claim-by-claim audit of the genre notices (`DocumentsTests/AUDIT-genre-1.md`)
/// prompted: a heading must name only what the source names.
@Suite struct GenreAuditRuleTests {
    /// An item that names no unit at all (a 督导 visit by 县委常委、副县长孙伟) belongs to the sender
    /// its 简报's page header names.
    @Test func anItemNamingNoUnitIsTheSenders() {
        let text = """
            大气污染防治工作简报
            第8期
            临漳县大气污染防治工作领导小组办公室    2017年12月8日
            【简报一】县领导督导检查秋冬季大气污染防治工作
            12月6日，县委常委、副县长孙伟带队深入砖厂、搅拌站和建筑工地，督导检查大气污染防治工作。孙伟要求，各乡镇要落实“一企一策”。
            """
        let b = BriefingReader().read(text: text, file: "g16.txt").briefings
        #expect(b.first?.unit == "临漳县")
        // the unit's span is the header line that names it
        #expect(b.first?.spans.unit?.lines == [3, 3])
    }

    /// 确保平原地区散煤“清零”: an area (X地区) is no district standing for 全区.
    @Test func anAreaIsNoDistrict() {
        let text = """
            在全区秋冬季大气污染综合治理攻坚行动动员会上的讲话
            区委书记 孟庆华
            （2018年10月26日）
            （一）狠抓燃煤治理。力争今年采暖季前完成“双替代”改造5000户，确保平原地区散煤“清零”。
            """
        #expect(BriefingReader().read(text: text, file: "g19.txt").briefings.first?.unit == "全区")
        #expect(MeetingExtractor.mostNamedPlace(in: Scalars("确保平原地区散煤清零，襄都区要"), suffix: "区")?.string == "襄都区")
    }

    /// 印发《方案》，明确到2019年3月底，全县…下降3%: the goal is due from 到 on; 明确 says who set it.
    @Test func theVerbThatSetAGoalIsNoPartOfIt() {
        let t = TargetExtractor().extract(Scalars("近日，平山县印发《行动方案》，明确到2019年3月底，全县PM2.5平均浓度同比下降3%。"), year: 2018)
        #expect(t.first?.text == "到2019年3月底，全县PM2.5平均浓度同比下降3%")
        // a goal cue before 到 stays
        let f = TargetExtractor().extract(Scalars("力争到2020年，全市优良天数比例达到70%以上。"), year: 2018)
        #expect(f.first?.text.hasPrefix("力争到2020年") == true)
    }
}
