import ReportModel
import Testing

@testable import Documents

/// The composition rules the second claim-by-claim audit of the genre notices prompted
/// (`AUDIT-genre-2.md`), one by one.
@Suite struct GenreNoticeRulesTests {
    @Test func aDemandVerbGoesOnWithItsSentenceWithoutA要() {
        let s = SourceSentences("县委常委、常务副县长杜宏伟主持会议并讲话。杜宏伟要求，红色预警期间，全县所有工业企业一律停产，建筑工地一律停工。")
        let p = [Person(name: "杜宏伟")]
        #expect(s.speeches(p, excluding: [0], limit: 60).map(\.text) == ["杜宏伟要求，红色预警期间，全县所有工业企业一律停产，建筑工地一律停工"])
        // a demand with 要 is found as before
        let t = SourceSentences("王晓东要求，要对照应急减排清单逐企核查。")
        #expect(t.speeches([Person(name: "王晓东")], excluding: [], limit: 60).map(\.text) == ["王晓东要求，要对照应急减排清单逐企核查"])
    }

    @Test func listedNamesShareTheRoleVerbAndGuidanceIsARole() {
        let s = SourceSentences("会议召开。副市长周敏、孟凡强，市政府秘书长吴迪出席会议。省生态环境厅副厅长李刚到会指导。")
        let people = ["周敏", "孟凡强", "吴迪", "李刚"].map { Person(name: $0) }
        #expect(s.people(people, after: 0, limit: 60).map(\.text) == ["副市长周敏、孟凡强，市政府秘书长吴迪出席会议", "省生态环境厅副厅长李刚到会指导"])
    }

    @Test func aBodysDemandIsQuotedButNotTheIntroductionOfANumberedList() {
        let s = SourceSentences(
            "会议召开。会议要求，即日起至明年3月15日，全区建筑工地一律停止土石方作业，严格落实“六个百分之百”。"
                + "督查组要求安平县于11月25日前整改到位，并对相关责任人严肃问责。会议要求：一、强化燃煤管控；二、强化工业治理。")
        #expect(
            s.bodyDemands(excluding: [0], limit: 60).map(\.text) == [
                "会议要求，即日起至明年3月15日，全区建筑工地一律停止土石方作业，严格落实“六个百分之百”",
                "督查组要求安平县于11月25日前整改到位，并对相关责任人严肃问责",
            ])
    }

    @Test func aLeadWithItsOwnDateIsNotDatedAgain() {
        #expect(DateWording.containsDate("按照市委、市政府统一部署，11月下旬，市大气办进行了专项督查"))
        #expect(DateWording.containsDate("为推动《方案》落实落地，11月13日至15日，市大气办组成5个督查组"))
        // a time limit is no date of the sentence's own
        #expect(!DateWording.containsDate("县政府召开调度会，要求各乡镇11月30日前完成配送"))
        #expect(!DateWording.containsDate("区政府召开会议，12月10日前，完成排查"))
    }

    @Test func aLabelLineIsAHeadlineAndNoSignatureOrAddressLineIsAnAction() {
        let s = SourceSentences("简报二：区生态环境分局开展“零点行动”\n12月1日夜间，区生态环境分局联合区城管局开展“零点行动”，共检查企业32家。")
        #expect(s.summary(unit: nil, limit: 80)?.text == "12月1日夜间，区生态环境分局联合区城管局开展“零点行动”，共检查企业32家")
        let t = SourceSentences(
            "各县（市、区）大气污染防治工作领导小组办公室：\n按照统一部署，市大气办进行了专项督查。\n市大气污染防治工作领导小组办公室\n2018年11月30日")
        #expect(
            t.headlineAction("关于2018年11月份大气污染防治工作督查情况的通报", excluding: [1], printed: "", speakers: [], limit: 60) == nil)
    }

    @Test func aSourceTitleIsTheItemsTitleWithoutMarks() {
        #expect(SourceSentences.sourceTitle(headline: "1.县长郭海东调度散煤治理工作（11月20日）", text: "") == "县长郭海东调度散煤治理工作")
        #expect(SourceSentences.sourceTitle(headline: nil, text: "简报一：区政府召开重污染天气应急响应调度会\n11月30日晚上，区政府召开…。") == "区政府召开重污染天气应急响应调度会")
        #expect(SourceSentences.sourceTitle(headline: nil, text: "本报讯 11月21日，市督查组对安平县开展督查。") == "11月21日，市督查组对安平县开展督查")
        #expect(
            SourceSentences.sourceTitle(
                headline: "邯郸市大气污染防治工作领导小组办公室文件",
                text: "邯郸市大气污染防治工作领导小组办公室文件\n邯气领办〔2018〕45号\n关于全市秋冬季大气污染综合治理攻坚行动\n督查情况的通报\n各县（市、区）人民政府，市直有关部门：")
                == "关于全市秋冬季大气污染综合治理攻坚行动督查情况的通报")
        // a headline with a space keeps it (双桥办事处 安排部署…)
        #expect(SourceSentences.sourceTitle(headline: "双桥办事处 安排部署近期环境污染治理工作", text: "") == "双桥办事处 安排部署近期环境污染治理工作")
    }

    @Test func theSpeakersOwnVoiceIsNotTheNotices() {
        #expect(
            SourceSentences.withoutSpeakerVoice("刚才，市生态环境局通报了去年工作情况，会议印发了《德州市2019年大气污染防治工作方案》，请大家认真抓好落实")
                == "市生态环境局通报了去年工作情况，会议印发了《德州市2019年大气污染防治工作方案》")
        #expect(SourceSentences.withoutSpeakerVoice("我市召开会议，部署工作") == "我市召开会议，部署工作")
        let s = SourceSentences("同志们：\n今天召开培训会。\n下面，我提几点要求。一要提高认识；二要严格标准。")
        #expect(s.requirementsIntro("要提高认识", limit: 40) == nil)
    }

    @Test func whatTheMeetingWasForAndASignedCommitmentAreSaid() {
        let s = SourceSentences("11月12日，市生态环境局召开全市移动源污染防治工作会议，部署柴油货车污染治理攻坚行动。副局长陈静主持会议。")
        #expect(s.lead(unit: "市生态环境局", meeting: "全市移动源污染防治工作会议")?.text == "11月12日，市生态环境局召开全市移动源污染防治工作会议，部署柴油货车污染治理攻坚行动")
        let t = SourceSentences("会议召开。会上，县政府与18个乡镇签订了大气污染防治目标责任书。")
        #expect(t.issued(excluding: [0], printed: "", limit: 60).map(\.text) == ["县政府与18个乡镇签订了大气污染防治目标责任书"])
    }

    @Test func aListNestedInANumberedSectionIsSaidWithItsPoint() {
        let s = SourceSentences(
            "一、清醒认识当前形势\n2018年，全市PM2.5平均浓度为62微克/立方米。\n二、突出重点，坚决打好蓝天保卫战\n"
                + "今年的目标是：优良天数比例达到60%以上。围绕这个目标，重点抓好以下工作：一是深化工业污染治理。6月底前完成改造。"
                + "二是推进散煤治理。三是强化扬尘管控。\n三、压实工作责任\n各级各部门要坚持“党政同责、一岗双责”。")
        let list = s.nestedList(under: "突出重点，坚决打好蓝天保卫战")
        #expect(list?.intro == "重点抓好以下工作")
        #expect(list?.heads == ["深化工业污染治理", "推进散煤治理", "强化扬尘管控"])
        // a section without a list, and a point that is no heading line, hold none
        #expect(s.nestedList(under: "压实工作责任") == nil)
        #expect(s.nestedList(under: "清醒认识当前形势") == nil)
        let t = SourceSentences("二、聚焦重点，确保完成攻坚目标\n（一）狠抓燃煤治理。力争完成改造5000户。\n（二）狠抓工业治理。年底前完成。")
        #expect(t.nestedList(under: "聚焦重点，确保完成攻坚目标")?.heads == ["狠抓燃煤治理", "狠抓工业治理"])
    }
}
