import ReportModel
import Testing

@testable import Documents

/// The composition rules the audit of the third genre set's notices prompted (`AUDIT-genre-3.md`),
/// one by one.
@Suite struct Genre3NoticeRulesTests {
    @Test func aListNumberBeforeADateIsNoPartOfTheLead() {
        #expect(SourceSentences.strippingOrdinal("1.11月16日上午，街道召开调度会") == "11月16日上午，街道召开调度会")
        // a decimal stays
        #expect(SourceSentences.strippingOrdinal("1.5万户完成改造") == "1.5万户完成改造")
        let s = SourceSentences("一、本周工作开展情况\n1.11月16日上午，和平街道召开大气污染防治工作调度会，街道党工委书记孙丽华出席会议并讲话。")
        #expect(s.lead(unit: "和平街道", meeting: "大气污染防治工作调度会")?.text.hasPrefix("11月16日上午，") == true)
    }

    @Test func aSentenceIntroducingATableIsSummarisedByWhatHappened() {
        let s = SourceSentences(
            "11月26日，任丘市启动重污染天气橙色预警Ⅱ级应急响应，各责任单位落实管控措施情况如下：\n序号单位 主要措施\n2市交通运输局重型柴油货车绕行，检查车辆320辆次")
        #expect(s.summary(unit: "任丘市", limit: 120)?.text == "11月26日，任丘市启动重污染天气橙色预警Ⅱ级应急响应")
        // an address line is still no summary
        let t = SourceSentences("各乡镇（区、街道），市直有关部门：\n11月15日至21日，市大气办组织4个督导组进行了专项督导检查。")
        #expect(t.summary(unit: nil, limit: 120)?.text.hasPrefix("11月15日至21日") == true)
    }

    @Test func anOfficeOverADocumentTitleIsALetterhead() {
        let text = "河间市大气污染防治工作领导小组办公室\n关于开展冬季烟花爆竹禁放专项整治行动的通知\n各乡镇人民政府，市直有关部门：\n为巩固成果，决定开展专项整治行动。"
        #expect(SourceSentences.sourceTitle(headline: "河间市大气污染防治工作领导小组办公室", text: text) == "关于开展冬季烟花爆竹禁放专项整治行动的通知")
    }

    @Test func theWordsOnTheLineBeforeAListIntroduceIt() {
        let s = SourceSentences("决定开展专项整治行动。现将有关事项通知如下：\n一、全面排查。12月10日前完成排查；\n二、严格执法。依法从重处罚；")
        #expect(s.requirementsIntro("全面排查", limit: 60) == "现将有关事项通知如下")
        // a Q&A answer: the one answering says the list
        let q = SourceSentences("记者：有哪些新举措？\n高振宇：主要有三个方面。一是实施“一企一策”精准管控；二是开展柴油货车“清零行动”。")
        #expect(q.requirementsIntro("实施“一企一策”精准管控", limit: 60) == "高振宇")
    }

    @Test func aNumberedListsHeadsLoseTheirNumbers() {
        #expect(
            Condense.listHeads("督查发现的主要问题有：（一）散煤复烧问题突出，抽查9户；（二）扬尘管控不到位，5处未苫盖；（三）减排措施落实不严，2家未限产")
                == "督查发现的主要问题有：散煤复烧问题突出；扬尘管控不到位；减排措施落实不严")
        // unnumbered heads are joined as before
        #expect(Condense.listHeads("即：优化产业布局攻坚战，…；减煤压煤攻坚战，…；治企攻坚战，…") == "即：优化产业布局攻坚战、减煤压煤攻坚战、治企攻坚战")
    }

    @Test func aSpeakersFindingsArePrintedByTheirHeads() {
        let s = SourceSentences(
            "反馈会召开。督查组组长罗永刚反馈督查情况。罗永刚指出，督查发现的主要问题有：（一）散煤复烧问题突出，抽查9户；（二）扬尘管控不到位，5处未苫盖；（三）减排措施落实不严，2家未限产。")
        let p = [Person(name: "罗永刚", title: "督查组组长")]
        #expect(s.people(p, after: 0, limit: 60).map(\.text) == ["督查组组长罗永刚反馈督查情况"])
        #expect(s.speeches(p, excluding: [0, 1], limit: 60).map(\.text) == ["罗永刚指出，督查发现的主要问题有：散煤复烧问题突出；扬尘管控不到位；减排措施落实不严"])
    }

    /// 二、通报批评企业 ⏎ 1.…有限公司：…；⏎ 2.…厂：…；: the firms named are said under the heading's
    /// words, even when the sentence after them (对以上2家企业予以通报批评，…) is printed already.
    @Test func theFirmsCriticisedAreSaidUnderTheirHeading() throws {
        let s = SourceSentences(
            "现将有关情况通报如下：\n二、通报批评企业\n1.宏达铸造有限公司：未落实应急减排措施，违规生产；\n2.恒通汽车配件厂：无环评手续，擅自开工建设。\n"
                + "对以上2家企业予以通报批评，依法立案查处。\n三、工作要求")
        let after = try #require(s.sentences.first { $0.text.hasPrefix("对以上") }?.index)
        #expect(
            s.problems(excluding: [after], limit: 60)?.text
                == "通报批评企业：宏达铸造有限公司：未落实应急减排措施，违规生产；恒通汽车配件厂：无环评手续，擅自开工建设")
    }

    /// 会议还研究了安全生产和疫情防控工作。会议强调，…: from there on the meeting is on other business.
    @Test func otherBusinessIsNotTheItems() {
        let s = SourceSentences("区委常委会召开。会议要求，要压实属地责任。会议还研究了安全生产工作。会议强调，要坚决守住安全底线。")
        #expect(s.otherBusiness == [2, 3])
        // 会议还通报了… reports more of the same meeting's work
        #expect(SourceSentences("会议召开。会议还通报了全市10月份环境空气质量排名情况。").otherBusiness.isEmpty)
    }

    /// 一、表扬单位 … 二、通报批评企业 …: each heading's units are said after its words.
    @Test func thePraisedUnitsAreSaidUnderTheirHeading() {
        let s = SourceSentences(
            "现将有关情况通报如下：\n一、表扬单位\n交河镇、富镇镇、泊头市住建局工作扎实，措施到位，予以通报表扬。\n二、通报批评企业\n"
                + "1.宏达铸造有限公司：未落实应急减排措施，违规生产；\n2.恒通汽车配件厂：无环评手续，擅自开工建设。\n三、工作要求")
        let first = s.problems(excluding: [], limit: 60)
        #expect(first?.text == "表扬单位：交河镇、富镇镇、泊头市住建局工作扎实，措施到位，予以通报表扬")
        let used = Set([first?.index ?? 0] + (first?.covers ?? []))
        #expect(s.problems(excluding: used, limit: 60)?.text.hasPrefix("通报批评企业：宏达铸造有限公司") == true)
    }
}
