import ReportModel
import Testing

@testable import Documents

/// Requirements a source writes without numbers, and what it reports doing outside quotes, are
/// quoted from its own clauses (issue 12 audit: 2016-W44 郑州's headed points and 临泽's 要…
/// paragraphs, 2017-W47 王宏伟's remarks, 2017-W46 沟赵's measures were left out).
@Suite struct UnnumberedPointsTests {
    @Test func aSpeechGoesOnInTheParagraphsThatOpenWithADemand() {
        let text = """
            11月2日，某县动员会议召开。
            张勇强调，要提高思想认识，切实增强紧迫感和责任感。空气质量是大事，必须抓紧抓好。
            各有关部门单位要把大气污染防治工作切实放在心上。
            要突出工作重点，促进冬春大气污染防治工作扎实开展。各有关部门单位要因地制宜。
            要严管严查扬尘污染源，严管严控燃煤污染。要强化工作措施，确保任务落实。各镇要加强组织领导。
            据了解，全县已完成改造。
            要继续加强宣传。
            """
        let s = SourceSentences(text)
        let people = s.people([Person(name: "张勇")], after: 0, limit: 60)
        #expect(
            people.map(\.text) == [
                "张勇强调，要提高思想认识，切实增强紧迫感和责任感；要突出工作重点，促进冬春大气污染防治工作扎实开展；"
                    + "要严管严查扬尘污染源，严管严控燃煤污染；要强化工作措施，确保任务落实"
            ])
        // the sentences it took are covered; the paragraph after 据了解 is no part of the speech
        #expect(people.first?.covers == [4, 6, 7])
    }

    @Test func anotherSpeakerOrAHeadingEndsTheSpeech() {
        let s = SourceSentences("王文涛指出，要明确目标。\n张务锋指出，要直面问题。\n要做到铁腕执法。\n认清形势，提高认识\n要坚持依法治理。")
        let people = [Person(name: "王文涛"), Person(name: "张务锋")]
        #expect(
            s.speeches(people, excluding: [], limit: 60).map(\.text) == [
                "王文涛指出，要明确目标", "张务锋指出，要直面问题；要做到铁腕执法",
            ])
    }

    @Test func theLaterDemandsOfTheSpeechsParagraphAreQuoted() {
        let s = SourceSentences(
            "王文涛指出，去年以来收到了一定效果。下一步，要进一步明确联防联控目标。要进一步明确目标任务，把目标任务层层分解落实到具体项目、责任人员。"
                + "要进一步落实联防联控责任。7市要落实好属地管理责任。要打好“压煤”攻坚战；坚持综合整治，打好“抑尘”攻坚战。"
                + "要进一步强化联防联控措施。\n会上，省环保厅通报了情况。")
        // each condensed to half the limit; a ；-list is left out, not cut inside; 7市要… is no demand of his own
        #expect(
            s.speeches([Person(name: "王文涛")], excluding: [], limit: 60).map(\.text) == [
                "王文涛指出，下一步，要进一步明确联防联控目标；要进一步明确目标任务；要进一步落实联防联控责任；要进一步强化联防联控措施"
            ])
    }

    @Test func demandsTheSourceSetsApartWithSemicolonsAreCondensedEachOnItsOwn() {
        let s = SourceSentences(
            "王新亭指出，推进工作常态化是必然选择。高新区要进一步认真贯彻落实上级部署要求，扎实推进大气污染防治工作，形成工作闭环，"
                + "确保“说到一定做到，做到一定记录”的痕迹化工作模式；要通过强化组织领导，完善追责机制，形成良好工作氛围。",
            keeping: ["说到一定做到，做到一定记录"])
        #expect(
            s.speeches([Person(name: "王新亭")], excluding: [], limit: 40).map(\.text) == [
                "王新亭指出，高新区要进一步认真贯彻落实上级部署要求，扎实推进大气污染防治工作，形成工作闭环，确保“说到一定做到，做到一定记录”的痕迹化工作模式；"
                    + "要通过强化组织领导，完善追责机制，形成良好工作氛围"
            ])
    }

    @Test func aSingleUnnumberedDemandOfTheMeetingIsQuoted() {
        let s = SourceSentences("5月29日上午，动员部署会议召开。会议要求，要深入学习贯彻落实全国生态环境保护大会的重要讲话精神，进一步统一思想，凝心聚力。")
        #expect(s.unnumberedDemands(excluding: [], limit: 15)?.text == "会议要求，要深入学习贯彻落实全国生态环境保护大会的重要讲话精神")
        // a demand alone is cut at twice the length of one of several
        #expect(s.unnumberedDemands(excluding: [], limit: 30)?.text == "会议要求，要深入学习贯彻落实全国生态环境保护大会的重要讲话精神，进一步统一思想，凝心聚力")
    }

    @Test func headedParagraphsAreQuotedByTheirHeads() {
        let text = """
            会议召开。
            突出重点，全力以赴
            加强领导，夯实责任。各级部门要严格落实“党政同责”。
            明确重点，强力推进。要加紧完成散煤治理替代。
            对照目标，狠抓落实。各级各部门要坚持问题导向。
            据了解，今年以来成效明显。
            """
        let s = SourceSentences(text)
        let h = s.headedPoints(excluding: [])
        #expect(h?.text == "加强领导，夯实责任；明确重点，强力推进；对照目标，狠抓落实")
        #expect(h?.index == 2 && h?.covers == [4, 6])
        // two headed paragraphs are no list; a head with nothing after it is a heading line
        #expect(SourceSentences("加强领导，夯实责任。各级部门要落实。\n明确重点，强力推进。要加紧完成。").headedPoints(excluding: []) == nil)
        #expect(SourceSentences("加强领导，夯实责任。\n明确重点，强力推进。\n对照目标，狠抓落实。").headedPoints(excluding: []) == nil)
    }

    @Test func aLeadersLaterRemarksAreQuotedAfterTheirConnective() {
        let s = SourceSentences(
            "王新亭出席会议并作讲话，王宏伟主持会议。会议听取了汇报。随后，王宏伟对前期工作取得的成效给予肯定，并立足突出问题，"
                + "对扎实推进下一步工作提出了明确要求，会议时间不长。王新亭指出，推进工作常态化是必然选择。")
        let people = [Person(name: "王新亭"), Person(name: "王宏伟")]
        #expect(
            s.remarks(people, excluding: [0], printed: "", limit: 60).map(\.text) == [
                "随后，王宏伟对前期工作取得的成效给予肯定，并立足突出问题，对扎实推进下一步工作提出了明确要求"
            ])
        // words already printed (before a numbered list) are not said twice
        #expect(
            s.remarks(people, excluding: [0], printed: "王宏伟对前期工作取得的成效给予肯定，并立足突出问题，对扎实推进下一步工作提出了明确要求", limit: 60)
                .isEmpty)
    }

    @Test func theHeadlinesActionIsQuotedWithTheRestOfItsParagraph() {
        let text = """
            沟赵办事处 开展各类污染源全面普查工作
            本报讯 11月16日上午，沟赵办事处召开推进会。
            自11月13日起，沟赵办事处在辖区内开展各类污染源全面普查工作，对餐饮行业进行全面检查。对废品站要求限期搬离。同时，严查渣土运输。
            """
        let s = SourceSentences(text, headline: "沟赵办事处 开展各类污染源全面普查工作")
        let a = s.headlineAction("沟赵办事处 开展各类污染源全面普查工作", excluding: [0], printed: "", speakers: [], limit: 60)
        #expect(a?.text == "自11月13日起，沟赵办事处在辖区内开展各类污染源全面普查工作，对餐饮行业进行全面检查。对废品站要求限期搬离。同时，严查渣土运输")
        #expect(a?.covers == [2, 3])
    }
}
