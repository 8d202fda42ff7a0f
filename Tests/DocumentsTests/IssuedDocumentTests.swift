import ReportModel
import Testing

@testable import Documents

/// A sentence saying the meeting issued a named document (印发了《…方案》) is a deployed plan the
/// entry quotes (issue 12 audit: 2016-W44 宝鸡's 工作方案 was left out).
@Suite struct IssuedDocumentTests {
    static let text = """
        11月4日下午，我市召开冬季大气污染防治工作会议。各部门要认真贯彻落实《大气污染防治行动计划》。\
        当天的会议还印发了《宝鸡市2016-2017年冬季大气污染防治工作方案》，各相关部门签订了责任书。
        """

    @Test func anIssuedPlanIsQuotedOnce() {
        let s = SourceSentences(Self.text)
        let issued = s.issued(excluding: [], printed: "", limit: 80)
        #expect(issued.map(\.text) == ["当天的会议还印发了《宝鸡市2016-2017年冬季大气污染防治工作方案》，各相关部门签订了责任书"])
        // 贯彻落实《…》 issues nothing; a title already printed is not said twice.
        #expect(s.issued(excluding: [], printed: "《宝鸡市2016-2017年冬季大气污染防治工作方案》", limit: 80).isEmpty)
        #expect(s.issued(excluding: [2], printed: "", limit: 80).isEmpty)
    }
}

/// What a leader named for another role demanded is quoted from his speech (issue 12 audit:
/// 2016-W20 王文涛's and 张务锋's demands were left out).
@Suite struct SpeechDemandTests {
    static let text = """
        王文涛主持会议。王文涛指出，去年以来各市收到了一定效果。下一步，要进一步明确联防联控目标。\
        张务锋指出，一季度改善情况较好，既要治标更要治本。各级各部门要直面问题、重拳治霾。
        """

    @Test func theFirstDemandOfEachSpeechIsQuoted() {
        let s = SourceSentences(Self.text)
        let people = [Person(name: "王文涛"), Person(name: "张务锋")]
        #expect(
            s.speeches(people, excluding: [0], limit: 60).map(\.text) == [
                "王文涛指出，下一步，要进一步明确联防联控目标", "张务锋指出，各级各部门要直面问题、重拳治霾",
            ])
        // The demand said after the role sentence (…提出要求，他要求…) stays with it.
        let wu = SourceSentences("副市长武军出席会议并提出要求，他要求全市上下要认清形势，紧紧围绕目标任务。")
        #expect(
            wu.people([Person(name: "武军")], after: nil, limit: 60).map(\.text) == [
                "副市长武军出席会议并提出要求，他要求全市上下要认清形势，紧紧围绕目标任务"
            ])
        #expect(SourceSentences.beginsDemand("高新区要进一步认真贯彻落实上级部署要求"))
        #expect(!SourceSentences.beginsDemand("既要治标更要治本"))
        #expect(!SourceSentences.beginsDemand("要求各单位加强督查"))
        #expect(!SourceSentences.beginsDemand("这是重要举措"))
    }
}

/// An unnumbered list of demands is quoted demand by demand (issue 12 audit: 2017-W46 沟赵's
/// 会议要求，要…；要…；要… was left out).
@Suite struct UnnumberedDemandTests {
    @Test func eachDemandIsCondensedOnItsOwn() {
        let s = SourceSentences(
            "会议召开。会议要求，要统一思想认识，提升工作站位，保持清醒，时刻警醒，切实增强工作的责任感和紧迫感；"
                + "要抓住冬防特点，突出重点，严格落实“封土行动”要求；要强化督导检查，狠抓责任落实。",
            keeping: ["封土行动"])
        #expect(
            s.unnumberedDemands(excluding: [], limit: 30)?.text
                == "会议要求，要统一思想认识，提升工作站位，保持清醒，时刻警醒；要抓住冬防特点，突出重点，严格落实“封土行动”要求；要强化督导检查，狠抓责任落实")
        #expect(s.unnumberedDemands(excluding: [1], limit: 30) == nil)
        #expect(SourceSentences("会议要求全体人员迅速行动。").unnumberedDemands(excluding: [], limit: 30) == nil)
    }
}
