import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The reader rules the third genre set (`Genre3/k01`–`k13`) prompted, one by one.
@Suite struct Genre3RuleTests {
    func items(_ text: String) -> [Briefing] { BriefingReader().read(text: text, file: "t.txt").briefings }
    func item(_ text: String) -> Briefing? { items(text).first }
    func requirements(_ s: String) -> [String] { RequirementExtractor().extract(Scalars(s)) }
    func targets(_ s: String) -> [String] { TargetExtractor().extract(Scalars(s), year: 2021).map(\.text) }
    func measures(_ s: String) -> [String] { MeasureExtractor().extract(Scalars(s)) }

    /// A WeChat copy's pictographs are dropped (no body font has them: the notice could not be
    /// typeset); ◆ ▲ ★ and digits are no pictographs.
    @Test func pictographsAreDroppedFromLines() {
        #expect(Cleaner.removePictographs(Scalars("👉11月29日上午，我县召开会议。📌")).text.string == "11月29日上午，我县召开会议。")
        #expect(Cleaner.removePictographs(Scalars("◆区住建局召开部署会。▲图★1")).removed == 0)
        let b = item("点击上方蓝字关注我们\n🌿🌿🌿\n我县召开大气污染防治动员大会\n原创 肃宁发布 2021-11-29 18:30\n👉11月29日上午，我县召开大气污染防治动员大会。县委书记郑宏亮出席会议并讲话。\n-END-\n阅读原文")
        #expect(b?.text.unicodeScalars.contains { Cleaner.isPictograph($0) } == false)
        #expect(b?.text.contains("阅读原文") == false && b?.text.contains("END") == false)
        // the post's byline is page metadata that dates the page, not the headline
        #expect(b?.headline == "我县召开大气污染防治动员大会")
        #expect(b?.date == "2021-11-29")
    }

    @Test func photoCaptionsAreFurniture() {
        #expect(Cleaner.isPhotoCaption(Scalars("▲图为会议现场。记者李娜摄")))
        #expect(Cleaner.isPhotoCaption(Scalars("记者李娜摄")))
        #expect(!Cleaner.isPhotoCaption(Scalars("记者从会上获悉，全区在建工地要严格落实扬尘管控措施。")))
    }

    /// 昨天下午 / 今天上午 count from the 发布时间 line of their own entry.
    @Test func relativeDaysCountFromTheEntrysPublishLine() {
        let page = items(
            "县领导督导检查应急管控工作\n发布时间：2021-12-02 09:16\n昨天下午，青县副县长杨志强带队督导检查全县重污染天气应急管控工作，先后深入3家涉气企业。\n"
                + "县生态环境分局开展培训\n发布时间：2021-12-03 17:40\n今天上午，县生态环境分局召开全县涉气企业应急减排培训会，对156家涉气企业负责人进行集中培训。\n")
        #expect(page.map(\.date) == ["2021-12-01", "2021-12-03"])
        #expect(page.map(\.timeOfDay) == ["下午", "上午"])
        // 今日起 opens a period, not an event; without a publish date nothing is dated
        #expect(DateExtractor.relativeDay(Scalars("今日起，全县禁止燃放烟花爆竹。"), base: CivilDate(year: 2021, month: 12, day: 2)) == nil)
        #expect(DateExtractor.relativeDay(Scalars("昨天下午，县里召开会议。"), base: nil) == nil)
    }

    @Test func aPronounIsNoUnit() {
        let b = item("在全市大气污染防治攻坚推进会上的讲话\n市长 唐文斌\n（2021年12月6日）\n同志们：\n今天，我们召开全市大气污染防治攻坚推进会，主要任务是分析形势、查找差距。")
        #expect(b?.unit == "全市")
    }

    @Test func listsThatAreNoDemands() {
        // an attachment list after 附件：
        #expect(requirements("现将有关事项通知如下：\n一、全面排查。\n二、严格执法。\n三、强化宣传。\n附件：1.工作台账\n2.举报电话").count == 3)
        #expect(requirements("做到禁放宣传进村入户。\n附件：1.工作台账\n2.举报电话").isEmpty)
        // firms named with their faults
        #expect(
            requirements("措施到位。\n二、通报批评企业\n1.泊头市宏达铸造有限公司：未按要求落实应急减排措施；\n2.河北鑫源机械制造有限公司：料场未苫盖；\n3.泊头市恒通汽车配件厂：无环评手续。")
                .isEmpty)
        // a task assigned to a department is a demand
        #expect(requirements("会议要求：1.县住建局：加强工地扬尘管控；2.县交通局：加强渣土车管控。").count == 2)
        // 1.12月10日前…: a point opening with a date
        #expect(requirements("督查组提出整改要求：1.12月10日前完成整改；2.11月30日前全部整改到位；3.依法从严处罚。").count == 3)
    }

    @Test func aChannelsNameIsNoMeasure() {
        #expect(measures("可拨打12369环保热线，也可通过“沧州环保”微信公众号举报，落实“六个百分之百”。") == ["六个百分之百"])
    }

    @Test func goalsAndCountsThatAreNone() {
        // a count of firms criticised is no goal
        #expect(targets("对以上3家企业予以通报批评，由市生态环境分局依法立案查处。").isEmpty)
        // a period still to come makes a 同比 figure a goal …
        #expect(targets("郑宏亮强调，要打好组合拳，今冬明春全县PM2.5平均浓度同比下降8%以上，重污染天数同比减少3天。").count == 2)
        // … 今年 reports
        #expect(targets("今年1至10月，全市PM2.5平均浓度为41微克/立方米，同比下降8.9%。").isEmpty)
    }

    @Test func teamsAndOfficesHoldTheirMeetings() {
        let b = item("省督查组向衡水市反馈督查情况\n发布日期：2021-11-24\n11月23日上午，省大气污染防治第三督查组督查情况反馈会在衡水市召开。督查组组长、省生态环境厅二级巡视员罗永刚反馈督查情况。")
        #expect(b?.meeting == "督查情况反馈会" && b?.unit == "省大气污染防治第三督查组")
        #expect(b?.people.first?.title == "督查组组长、省生态环境厅二级巡视员")
        let c = item("河间市大气污染防治工作领导小组办公室\n关于开展冬季烟花爆竹禁放专项整治行动的通知\n各乡镇人民政府：\n为巩固大气污染防治成果，决定自2021年12月1日起在全市开展专项整治行动。")
        #expect(c?.unit == "河间市大气污染防治工作领导小组办公室")
        let d = item("和平街道大气污染防治工作周报\n11月16日上午，街道召开大气污染防治工作调度会，街道党工委书记孙丽华出席会议并讲话。")
        #expect(d?.unit == "和平街道")
        // 高新区 is a name in its own right
        #expect(item("高新区开展冬防攻坚\n11月14日下午，高新区召开冬防攻坚推进会，党工委副书记李金勇出席会议。")?.unit == "高新区")
    }

    @Test func bulletedEntriesAreItems() {
        let b = items(
            "大气污染防治工作简报\n第45期\n新华区大气办   2021年12月10日\n◆区住建局召开部署会。12月8日上午，区住建局召开全区建筑工地冬季停工部署会，副局长郝建民主持会议。\n"
                + "◆区城管局开展渣土车专项整治。12月9日晚上，区城管局联合交警部门开展渣土车专项整治行动，共查处违规渣土车14辆。\n")
        #expect(b.map(\.headline) == ["区住建局召开部署会", "区城管局开展渣土车专项整治"])
        #expect(b.map(\.date) == ["2021-12-08", "2021-12-09"])
        // one bullet alone is no list of entries
        #expect(Segmenter.bulletItems([Paragraph(first: 1, last: 1, text: Scalars("◆12月8日上午，区住建局召开部署会。"))]) == nil)
    }
}
