import ReportModel
import Testing

@testable import Documents

/// The composition rules the genre batch of issue 12 (`BriefingReaderTests/Genre/g38`–`g47`)
/// prompted, one by one: what the source says about people is not lost, and no sentence is left
/// as a bare speech verb.
@Suite struct GenreSentenceTests {
    @Test func rolesAfterTheHeldClauseStayWithTheLead() {
        let s = SourceSentences("11月11日下午，县政府召开燃煤散烧治理工作调度会，副县长马俊峰主持会议。会议明确，…")
        #expect(s.lead(unit: "献县", meeting: "燃煤散烧治理工作调度会", people: ["马俊峰"])?.text == "11月11日下午，县政府召开燃煤散烧治理工作调度会，副县长马俊峰主持会议")
        // what the leader who held it demanded goes on with it
        let l = SourceSentences("11月20日上午，县长郭海东主持召开散煤治理工作调度会，要求各乡镇11月30日前完成洁净型煤配送全覆盖。")
        #expect(
            l.lead(unit: "卢龙县", meeting: "散煤治理工作调度会", people: ["郭海东"])?.text
                == "11月20日上午，县长郭海东主持召开散煤治理工作调度会，要求各乡镇11月30日前完成洁净型煤配送全覆盖")
        // without people named there, the lead ends with the held clause
        #expect(s.lead(unit: "献县", meeting: "燃煤散烧治理工作调度会")?.text == "11月11日下午，县政府召开燃煤散烧治理工作调度会")
    }

    @Test func aWrittenSpeechAndADelegationAreSaidAsTheSourceSaysThem() {
        let s = SourceSentences(
            "会议召开。区委书记张志刚因参加市委会议未能到会，作了书面讲话，由区委副书记、区长赵红梅代为宣读。"
                + "受市生态环境局局长孙志强委托，市生态环境局副局长王晓东到会指导并讲话。")
        let people = [Person(name: "张志刚"), Person(name: "王晓东")]
        #expect(
            s.people(people, after: 0, limit: 60).map(\.text) == [
                "区委书记张志刚因参加市委会议未能到会，作了书面讲话，由区委副书记、区长赵红梅代为宣读",
                "受市生态环境局局长孙志强委托，市生态环境局副局长王晓东到会指导并讲话",
            ])
    }

    @Test func aDemandVerbGoesOnOrGivesWayToItsNumberedList() {
        let s = SourceSentences("王晓东要求，要对照应急减排清单逐企核查。马俊峰要求：一是各乡镇要全面开展入户排查；二是要加强洁净型煤配送。")
        let people = [Person(name: "王晓东"), Person(name: "马俊峰")]
        // 马俊峰要求：一是… is printed with the requirements, under its own words
        #expect(s.people(people, after: nil, limit: 60).map(\.text) == ["王晓东要求，要对照应急减排清单逐企核查"])
        #expect(SourceSentences.beginsNumberedList("一是各乡镇要全面开展入户排查"))
        #expect(SourceSentences.beginsNumberedList("（一）实施清洁取暖"))
        #expect(!SourceSentences.beginsNumberedList("要对照应急减排清单逐企核查"))
    }

    @Test func demandsWrittenAsParagraphsKeepTheirHeads() {
        let s = SourceSentences(
            "会议召开。田志勇就做好下一步工作提出要求。\n要把好工地扬尘关口。各在建工地要严格落实“六个百分之百”。\n"
                + "要管住渣土运输车辆。\n要抓好道路清扫保洁。主次干道每日机扫不少于2遍。\n要强化裸地覆盖绿化。11月20日前完成苫盖。")
        #expect(
            s.unnumberedDemands(excluding: [0], limit: 40)?.text
                == "田志勇就做好下一步工作提出要求：要把好工地扬尘关口；要管住渣土运输车辆；要抓好道路清扫保洁；要强化裸地覆盖绿化")
    }

    @Test func herDemandAfterHerSpeechIsKept() {
        let s = SourceSentences("许文静强调，今冬明春全区PM2.5平均浓度要控制在75微克/立方米以内。她要求，要紧盯工业、扬尘、机动车三大污染源。")
        #expect(
            s.speeches([Person(name: "许文静")], excluding: [0], limit: 60).map(\.text) == [
                "她要求，要紧盯工业、扬尘、机动车三大污染源"
            ])
    }

    @Test func aBylineAndAnUnwrittenUnitAreNotPrinted() {
        #expect(SourceSentences.strippingNewsPrefix("本报讯（通讯员 杜鹏）11月10日上午，运河区召开…") == "11月10日上午，运河区召开…")
        // 我区 becomes the unit only where the item writes the unit itself
        #expect(SourceSentences.naming("丰润区", in: "11月7日，我区启动预警", before: [], source: "我区启动预警") == "11月7日，启动预警")
        #expect(SourceSentences.naming("宝鸡市", in: "我市召开会议", before: [], source: "印发了《宝鸡市方案》") == "宝鸡市召开会议")
    }

    @Test func aLongRequirementsIntroductionKeepsItsLastClause() {
        let s = SourceSentences(
            "会议印发了《任丘市2020-2021年冬季大气污染防治“十大专项行动”实施方案》，明确从即日起至2021年3月15日，"
                + "在全市集中开展十大专项行动：一是燃煤锅炉清零行动，二是散煤禁燃管控行动。")
        #expect(s.requirementsIntro("燃煤锅炉清零行动", limit: 40) == "在全市集中开展十大专项行动")
    }

    @Test func whatTheMeetingDecidedIsQuotedAndNeverCutAfterAnOpenClause() {
        let s = SourceSentences(
            "会议召开。会议明确，从即日起至2021年2月28日，在全县开展散煤“清零”百日攻坚行动；12月10日前，"
                + "各乡镇要完成辖区内散煤经营网点的排查取缔，12月10日前未完成的，由县纪委监委启动问责程序。")
        #expect(
            s.decisions(excluding: [0], limit: 80).map(\.text) == [
                "会议明确，从即日起至2021年2月28日，在全县开展散煤“清零”百日攻坚行动；12月10日前，各乡镇要完成辖区内散煤经营网点的排查取缔"
            ])
        #expect(s.decisions(excluding: [0, 1], limit: 80).isEmpty)
    }

    @Test func aShortClauseBeforeADemandStaysWithIt() {
        let s = SourceSentences("韩志国指出，2019年全县PM2.5年均浓度为63微克/立方米，形势依然严峻。今冬明春，全县要确保PM2.5平均浓度同比下降10%以上。")
        #expect(s.speeches([Person(name: "韩志国")], excluding: [], limit: 60).map(\.text) == ["韩志国指出，今冬明春，全县要确保PM2.5平均浓度同比下降10%以上"])
    }

    @Test func listNumbersHeadingsAndHardWrapsAreNoPartOfASentence() {
        #expect(SourceSentences.strippingNewsPrefix("1、11月12日，市生态环境局召开会议") == "11月12日，市生态环境局召开会议")
        #expect(SourceSentences.strippingOrdinal("（二）2018年底前，全市PM2.5平均浓度同比下降10%以上") == "2018年底前，全市PM2.5平均浓度同比下降10%以上")
        #expect(SourceSentences.strippingOrdinal("12月5日前完成") == "12月5日前完成")
        let s = SourceSentences(
            "邯气领办〔2018〕45号\n各县（市、区）人民政府，市直有关部门：\n为推动《邯郸市攻坚行动方\n案》落实落地，市大气办组成5个督查组开展督查。\n"
                + "三、下一步要求\n（一）各县（市、区）要在11月30日前完成问题整改\n（二）对整改不力的，一律严肃问责")
        #expect(s.summary(unit: nil, limit: 80)?.text == "为推动《邯郸市攻坚行动方案》落实落地，市大气办组成5个督查组开展督查")
        #expect(s.requirementsIntro("各县（市、区）要在11月30日前完成问题整改", limit: 40) == "下一步要求")
    }

    @Test func aSpeechIsTheSpeakersSpeechAndItsDatesAreSaidOnce() {
        let s = SourceSentences("县委书记 马志远\n（2018年9月12日）\n同志们：\n今年以来，全县优良天数258天。\n第一，要认清形势。第二，要突出重点。")
        #expect(
            s.speech(headline: "在全县大气污染防治工作调度会上的讲话", people: [Person(name: "马志远", title: "县委书记")])?.text
                == "县委书记马志远在全县大气污染防治工作调度会上的讲话")
        #expect(s.speech(headline: "全县召开调度会", people: [Person(name: "马志远")]) == nil)
        #expect(s.requirementsIntro("要认清形势", limit: 40) == nil)
        #expect(SourceSentences.strippingNewsPrefix("（2019年1月8日）7日下午，县政府召开紧急会议") == "县政府召开紧急会议")
        #expect(SourceSentences.strippingNewsPrefix("11月2日，县政府召开会议") == "11月2日，县政府召开会议")
    }
}
