import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// The rules added for the held-out genre set, one by one.
@Suite struct GenreRuleTests {
    func targets(_ s: String, year: Int? = 2018) -> [Target] {
        TargetExtractor().extract(Scalars(s), year: year)
    }

    /// A goal with no quantity of its own names what it is about: the quantity before it in its
    /// sentence (issue 12 audit: 2018-W22 确保6月底前全部整改落实到位 lost its object).
    @Test func aGoalWithoutAQuantityTakesTheQuantityItIsAbout() {
        let t = targets("三、抓好整改，对通报的1819个环境问题全面进行回头看，建立整改清单台账，确保6月底前全部整改落实到位。", year: 2018)
        #expect(t.map(\.text) == ["对通报的1819个环境问题全面进行回头看，确保6月底前全部整改落实到位"])
        #expect(t.first?.value == 1819 && t.first?.deadline == "2018-06-30")
        // nothing counted before it: the goal stays as written
        #expect(targets("要狠抓落实，确保6月底前全部整改落实到位。").map(\.text) == ["确保6月底前全部整改落实到位"])
        // a quantity a target already took is not taken twice
        #expect(targets("完成改造2000户，建立台账，确保6月底前全部验收到位。").map(\.text) == ["完成改造2000户", "确保6月底前全部验收到位"])
    }

    @Test func severalGoalsInOneSentenceAreSeveralTargets() {
        let t = targets("要在11月底前完成“双替代”改造2000户，确保PM2.5平均浓度控制在55微克/立方米以下。")
        #expect(t.count == 2)
        #expect(t.first?.value == 2000 && t.first?.unit == "户" && t.first?.deadline == "2018-11-30")
        #expect(t.first?.metric == "双替代改造")
        #expect(t.last?.value == 55 && t.last?.comparator == "<=" && t.last?.metric == "PM2.5平均浓度")
        // a restatement stays with its goal
        #expect(targets("到2020年，达标天数要达到80%以上，也就是292天。").count == 1)
    }

    @Test func comparators() {
        #expect(targets("优良天数比例达到70%以上。").first?.comparator == ">=")
        #expect(targets("清洁取暖改造不少于3000户。").first?.comparator == ">=")
        #expect(targets("全区重污染天数控制在15天以内。").first?.comparator == "<=")
        #expect(targets("12月底前，PM2.5平均浓度不得高于75微克/立方米。").first?.comparator == "<=")
        // 以下 before a noun qualifies it
        #expect(targets("年底前淘汰10蒸吨以下燃煤锅炉。").first?.comparator == "=")
        #expect(targets("9月30日前淘汰国三及以下柴油货车300辆。").first.map { $0.comparator == "=" && $0.metric == "国三及以下柴油货车" } == true)
    }

    @Test func pastStatisticsAreNoTargets() {
        #expect(targets("会议指出，今年以来，全县空气质量优良天数达到210天，同比增加15天，PM2.5平均浓度为58微克/立方米，同比下降6.5%。").isEmpty)
        #expect(targets("今年1至9月，我区PM10平均浓度为89微克/立方米，同比下降7.3%。").isEmpty)
        #expect(targets("截至11月15日，全市共完成“双代”改造18.6万户，占年度任务的87%。").isEmpty)
        // a time limit or a goal earlier in the sentence makes a 同比 a goal
        #expect(targets("2018年底前，全市PM2.5平均浓度同比下降10%以上。").count == 1)
        #expect(targets("全区重污染天数控制在15天以内，PM2.5平均浓度同比下降8%以上。").count == 2)
        #expect(targets("确保重污染天数较去年减少5天以上。").first?.metric == "重污染天数")
    }

    @Test func aLeadingTimeLimitJoinsItsTarget() {
        let t = targets("明确到2019年3月底，全县PM2.5平均浓度同比下降3%。")
        // from 到 on: 明确 is the verb of the plan that set it (g13's annotation)
        #expect(t.count == 1 && t.first?.text.hasPrefix("到2019年3月底，全县") == true)
        #expect(targets("12月底前，城区淘汰燃煤小锅炉300台。").first?.text == "12月底前，城区淘汰燃煤小锅炉300台")
    }

    @Test func dayOnlyDatesAndSpans() throws {
        let r = BriefingReader()
        let a = try #require(
            r.read(text: "市政府召开冬防工作会议\n本报讯（2018年11月6日）5日上午，市政府召开冬防工作会议。副市长王强出席会议并讲话，要求各地确保完成全年任务。\n", file: "a.txt").briefings.first)
        #expect(a.date == "2018-11-05" && a.timeOfDay == "上午" && a.yearInferred)
        let b = try #require(
            r.read(text: "培训班开班\n本报讯 2018年11月5日至6日，全市大气污染防治培训班在市委党校举办。副市长王强出席并讲话，要求各地抓好落实。\n", file: "b.txt").briefings.first)
        #expect(b.date == "2018-11-05")
    }

    @Test func pageFurniture() {
        #expect(Cleaner.isDatedMetadataLine(Scalars("2018-11-12来源：高邑县环保局")))
        #expect(!Cleaner.isDatedMetadataLine(Scalars("2018年11月12日，全县召开会议。")))
        #expect(Cleaner.isLinkListHeading(Scalars("相关链接：")))
        #expect(Cleaner.isLinkListEntry(Scalars("·元氏县部署冬季清洁取暖工作")))
        #expect(!Cleaner.isLinkListEntry(Scalars("11月9日，赞皇县开展专项督查，发现问题27个。")))
        #expect(Cleaner.removePinyin(Scalars("重污染天气（zhòng wū rǎn tiān qì）应对")).text == Scalars("重污染天气应对"))
        #expect(Cleaner.removePinyin(Scalars("会议（meeting notes）")).removed == 0)
        #expect(Cleaner.fullWidthPunctuation(Scalars("视频会议. 副省长")) == Scalars("视频会议。 副省长"))
        #expect(Cleaner.fullWidthPunctuation(Scalars("PM2.5")) == Scalars("PM2.5"))
    }

    /// A sentence a page-number line cut in two is one sentence again; a heading before the break
    /// stays apart (issue 12 audit, 2018-W47: 整改情况于12月5日前报 / - 2 - / 市大气办。 lost 市大气办).
    @Test func aSentenceCutByAPageNumberLineIsJoined() {
        let text =
            "三、下一步要求\n（一）各县（市、区）要在11月30日前完成问题整改，整改情况于12月5日前报\n- 2 -\n市大气办。\n"
            + "（二）对整改不力的，一律严肃问责。\n四、工作安排\n- 3 -\n各县要按时报送。\n"
        let doc = Cleaner(converter: nil).clean(text, file: "t.txt")
        let paragraphs = doc.paragraphs.map(\.text.string)
        #expect(paragraphs.contains("（一）各县（市、区）要在11月30日前完成问题整改，整改情况于12月5日前报市大气办。"))
        #expect(paragraphs.contains("四、工作安排") && paragraphs.contains("各县要按时报送。"))
    }

    @Test func measuresThatAreNot() {
        let m = MeasureExtractor()
        #expect(m.extract(Scalars("严格落实“六个百分之百”，做到“扬尘不起、渣土不落”。")) == ["六个百分之百", "扬尘不起、渣土不落"])
        #expect(m.extract(Scalars("千万不能搞“一阵风”，决不能“雷声大、雨点小”。")).isEmpty)
        #expect(m.extract(Scalars("出现“应停未停”“应限未限”问题的，一律从严处罚。")).isEmpty)
        #expect(m.extract(Scalars("由“督企”向“督政”转变。")).isEmpty)
    }

    @Test func unitsOfItemsWithoutAMeeting() {
        let e = MeetingExtractor()
        #expect(e.extract(headline: nil, body: Scalars("11月9日，赞皇县组织督查组对全县11个乡镇开展专项督查。"), dateEnd: 5).unit == "赞皇县")
        #expect(e.extract(headline: nil, body: Scalars("12月1日夜间，区生态环境分局联合区城管局开展“零点行动”。"), dateEnd: 5).unit == "区生态环境分局")
        #expect(e.extract(headline: nil, body: Scalars("3月5日上午，2019年全县大气污染防治工作会议在县委礼堂举行。"), dateEnd: 4).unit == "全县")
        #expect(e.extract(headline: nil, body: Scalars("11月5日上午，全市大气污染防治工作领导小组第三次全体（扩大）会议召开。"), dateEnd: 5).unit == "全市大气污染防治工作领导小组")
        #expect(e.extract(headline: nil, body: Scalars("11月5日上午，县委书记王强主持召开县委常委会（扩大）会议。"), dateEnd: 5).unit == "县委常委会")
        #expect(e.extract(headline: nil, body: Scalars("11月5日上午，市政府以视频形式召开全市秋冬季大气污染防治工作会议。"), dateEnd: 5).unit == "市政府")
    }
    @Test func leadersOfAMeeting() throws {
        let text =
            "本报讯 2018年11月5日上午，全市大气污染防治工作会议召开。市委书记张建国，市委副书记、代市长周国华等出席会议。市委常委、常务副市长高志明主持会议。省生态环境厅副厅长艾尔肯·吐尼亚孜到会指导。市长助理吴海峰宣读了考核办法。副市长许可出席会议。市领导朱宝芬、贾书龙出席会议。"
        let people = PeopleExtractor().extract(Scalars(text))
        #expect(people.map(\.name) == ["张建国", "周国华", "高志明", "艾尔肯·吐尼亚孜", "吴海峰", "许可", "朱宝芬", "贾书龙"])
        #expect(people.first { $0.name == "吴海峰" }?.title == "市长助理")
        // 常务副市长 names no city
        #expect(MeetingExtractor.mostNamedPlace(in: Scalars(text), suffix: "市") == nil)
    }
    @Test func numberedDemandsInOtherShapes() {
        let r = RequirementExtractor()
        #expect(r.extract(Scalars("王强要求，第一，要提高认识；第二，要突出重点；第三，要强化督查。")).count == 3)
        #expect(r.extract(Scalars("会议要求：\n1.提高认识，增强责任感；\n2.突出重点，抓好散煤治理；\n3.强化督查。")).count == 3)
        #expect(r.extract(Scalars("今年PM2.5平均浓度为62微克/立方米。")).isEmpty)
    }
    @Test func listedGoalsAndModalGoals() {
        let t = TargetExtractor().extract(Scalars("会议强调，2018年全县要完成燃煤锅炉拆改120台、淘汰黄标车及老旧车辆3500辆。"), year: 2018)
        #expect(t.map(\.value) == [120, 3500])
        #expect(TargetExtractor().extract(Scalars("今冬明春PM2.5平均浓度要同比下降5%。"), year: 2018).count == 1)
        #expect(TargetExtractor().extract(Scalars("11月15日前完成“煤改气”改造4200户、“煤改电”改造1800户。"), year: 2018).map(\.value) == [4200, 1800])
        // a list of subjects sharing one goal stays one target
        #expect(TargetExtractor().extract(Scalars("市区建成区周边10公里范围内的1家煤化工企业、7家钢铁铸造企业、2家建材企业2021年年底前完成搬迁。"), year: 2018).count == 1)
        #expect(TargetExtractor().extract(Scalars("去年全县完成“双替代”改造1.5万户、燃煤锅炉拆改120台。"), year: 2018).isEmpty)
    }
    @Test func runningHeadersOfPDFDumps() throws {
        let text = """
            邢台市大气污染防治工作简报
            本报讯 11月12日上午，邢台市召开全市大气污染防治攻坚推进会。市委常委、常务
            副市长李志刚出席会议并讲话，副市长王建华主持会议。李志刚要求，要确保完成“双
            第 1 页 共 2 页
            邢台市大气污染防治工作简报
            替代”改造3.2万户，确保11月份全市PM2.5平均浓度同比下降10%以上。会议印发了
            《邢台市2018-2019年秋冬季大气污染综合治理攻坚行动方案》。
            第 2 页 共 2 页
            """
        let b = try #require(BriefingReader().read(text: text, file: "p.txt").briefings.first)
        #expect(b.measures == ["双替代"])
        #expect(b.targets.count == 2)
        #expect(b.text.hasSuffix("会议印发了《邢台市2018-2019年秋冬季大气污染综合治理攻坚行动方案》。"))
        #expect(b.date == "2018-11-12")
    }
    @Test func deicticUnitsResolveToTheNamedPlace() {
        let e = MeetingExtractor()
        let a = e.extract(headline: nil, body: Scalars("11月5日上午，我县召开冬防工作会议。会上，涉县生态环境分局通报了全县空气质量情况。"), dateEnd: 5)
        #expect(a.unit == "涉县")
        let b = e.extract(headline: nil, body: Scalars("11月5日上午，我市召开冬防工作会议。会议印发了《关于印发石家庄市秋冬季攻坚方案的通知》。"), dateEnd: 5)
        #expect(b.unit == "石家庄市")
        let c = e.extract(headline: nil, body: Scalars("11月5日上午，我县在县委礼堂召开冬防工作会议。"), dateEnd: 5)
        #expect(c.unit == "我县")
        // a leader convenes for his level; the 简报 masthead names the county
        let d = e.extract(
            headline: nil, body: Scalars("11月20日上午，县长郭海东主持召开散煤治理工作调度会，确保全县不出现散煤复烧。"), dateEnd: 6,
            header: Scalars("卢龙县大气污染防治工作领导小组办公室 2018年11月22日"))
        #expect(d.unit == "卢龙县")
    }

    // MARK: Genre2 batch 1

    func firstItem(_ text: String) -> Briefing? { BriefingReader().read(text: text, file: "t.txt").briefings.first }

    @Test func aBareDayAfterADatelineIsADayOfItsMonth() {
        let b = firstItem("发布时间：2019-05-21 08:30\n冀州区召开调度会\n本报5月20日讯（通讯员 张伟）18日下午，冀州区召开大气污染防治攻坚调度会，通报空气质量排名情况。")
        #expect(b?.date == "2019-05-18" && b?.timeOfDay == "下午" && b?.yearInferred == true)
        // a day after the dateline's day is in the month before
        let c = firstItem("本报3月2日讯 28日上午，某县召开大气污染防治工作推进会，部署下一阶段工作任务和重点措施。发布时间：2019-03-02")
        #expect(c?.date == "2019-02-28")
    }

    @Test func aBareDayTakesItsMonthFromTheMasthead() {
        let b = firstItem("邢台日报\n2019年11月12日 星期二 第2版\n\n任县召开推进会\n本报讯（记者 王晓东）11日上午，县委、县政府召开冬季大气污染防治工作推进会，安排部署各项工作。")
        #expect(b?.date == "2019-11-11" && b?.timeOfDay == "上午")
        #expect(b?.unit == "任县")
    }

    @Test func holdersNamedByLevelOnlyResolveToTheNamedPlace() {
        let d = MeetingExtractor().extract(
            headline: nil, body: Scalars("5月31日上午，县政府召开大气污染防治工作专题会议，部署整改工作。"), dateEnd: 6,
            header: Scalars("广宗县大气污染防治工作领导小组办公室 二〇一九年六月三日"))
        #expect(d.unit == "广宗县")
        let m = MeetingExtractor().extract(
            headline: Scalars("邢台市政府召开重污染天气应急减排工作会议"), body: Scalars("12月5日上午，市政府召开重污染天气应急减排工作会议。"),
            dateEnd: 6)
        #expect(m.unit == "邢台市")
        // a department keeps its own name
        let j = MeetingExtractor().extract(headline: nil, body: Scalars("12月3日下午，市生态环境局、市住建局联合召开约谈会。"), dateEnd: 6)
        #expect(j.unit == "市生态环境局、市住建局")
    }

    @Test func aReportMayOpenWithAClauseOfPurpose() {
        #expect(Segmenter.opensReport(Scalars("为贯彻落实2019年5月28日全市大气污染防治工作会议精神，5月31日上午，县政府召开专题会议。")))
        #expect(!Segmenter.opensReport(Scalars("为贯彻落实会议精神，各乡镇要立即行动。")))
    }

    @Test func wordsThatAreNeverNamesAfterATitle() {
        let people = PeopleExtractor().extract(Scalars("县委书记卢建平出席会议。县人大常委会主任等县领导应邀参加会议。"))
        #expect(people.map(\.name) == ["卢建平"])
    }

    // MARK: Genre2 batch 2

    func requirements(_ s: String) -> [String] { RequirementExtractor().extract(Scalars(s)) }

    @Test func mixedYaoAndShiMarkersAreOneList() {
        let r = requirements("县长要求，一要提高认识；二是要突出重点，完成改造任务；三是强化督导，严肃问责。")
        #expect(r.count == 3 && r.first == "要提高认识" && r.last == "强化督导，严肃问责")
    }

    @Test func arabicListsWithADateAfterTheNumberAndParenthesisedDigits() {
        #expect(requirements("会议要求：1.立即查找原因；2.12月5日前完成整改；3.严格落实停限产措施。").count == 3)
        #expect(requirements("要求各运输企业：（1）密闭运输；（2）按规定路线行驶；（3）出场前冲洗车轮。").count == 3)
        // a decimal alone is no list
        #expect(requirements("会议要求：2.5万户改造要按时完成；各乡镇要抓好落实。").isEmpty)
    }

    @Test func numberedAchievementsAreNotRequirements() {
        let r = requirements("会议指出，取得了明显成效：一是完成改造2.3万户；二是取缔企业126家。县长要求，一要紧盯散煤管控；二要严格工地管理。")
        #expect(r == ["要紧盯散煤管控", "要严格工地管理"])
    }

    @Test func aDateWithoutAYearIsLeftEmptyWithAWarning() {
        let r = BriefingReader().read(text: "某县召开推进会\n本报讯 11月25日，巨鹿县召开大气污染防治形势分析会，县长张国强出席会议并讲话。", file: "t.txt")
        #expect(r.briefings.first?.date == nil && r.briefings.first?.dateText == "11月25日")
        #expect(r.warnings.contains { $0.message.contains("no year in the file for “11月25日”") })
    }

    // MARK: Genre2 batch 3 and 4

    @Test func peopleWhoAttendByInvitationOrVideo() {
        let people = PeopleExtractor().extract(
            Scalars("省生态环境厅副厅长杨建华通过视频连线讲话。市人大常委会副主任王立新、市政协副主席赵凤英应邀参加会议。市公安局副局长李宏伟、市交通运输局副局长陈晓峰分别作了部署。"))
        #expect(people.map(\.name) == ["杨建华", "王立新", "赵凤英", "李宏伟", "陈晓峰"])
        // 冉书记强调: the surname and title again, not a person called 强调
        #expect(PeopleExtractor().extract(Scalars("市委书记冉万祥主持会议并讲话。冉书记强调，一要扛起责任。")).map(\.name) == ["冉万祥"])
    }

    @Test func anotherMeetingsConveneBeforeTheDateIsSkipped() {
        let text = Scalars("10月30日，省政府召开全省秋冬季大气污染综合治理攻坚行动电视电话会议后，11月1日上午，我市立即召开全市大气污染防治工作调度会，对工作进行安排部署。")
        let date = DateExtractor().extract(text, context: .init())
        let m = MeetingExtractor().extract(headline: nil, body: text, dateEnd: date.mention?.end)
        #expect(m.meeting == "全市大气污染防治工作调度会" && m.unit == "我市")
    }

    @Test func aRelayedListGivesWayToTheSpeakersOwn() {
        let r = requirements("刚才，李副书记传达了全市会议精神，市里提出了三点要求：一是完成目标；二是做好应对；三是落实责任。下面，我再强调四点：\n（一）紧盯散煤管控。\n（二）严格扬尘治理。\n（三）加强机动车管控。\n（四）强化督导问责。")
        #expect(r.count == 4 && r.first == "紧盯散煤管控")
        // a relayed list alone still counts
        #expect(requirements("会议传达了全省会议精神，提出三点要求：一是完成目标；二是做好应对；三是落实责任。").count == 3)
    }

    // MARK: Genre2 batch 5

    @Test func aMastheadIsNoKickerAndDatesTheBareDay() {
        let b = firstItem(
            "第3版  要闻  石家庄日报  2020年1月8日  星期三\n\n市委、市政府召开冬季大气污染防治攻坚调度会\n本报讯（记者 高建）7日下午，市委、市政府召开冬季大气污染防治攻坚调度会。会议要求，确保1月份石家庄市PM2.5平均浓度同比下降10%以上。"
        )
        #expect(b?.headline == "市委、市政府召开冬季大气污染防治攻坚调度会")
        #expect(b?.date == "2020-01-07" && b?.timeOfDay == "下午")
        // 1月份石家庄市: a place after a month
        #expect(b?.unit == "石家庄市")
        #expect(!Segmenter.isKicker(Scalars("石家庄日报 2020年1月8日 星期三")) && Segmenter.isKicker(Scalars("全力打好蓝天保卫战")))
    }

    // MARK: Genre2 batch 6

    @Test func aSpeechTitleNamesAnyMeetingEndingInHui() {
        #expect(MeetingExtractor.speechMeeting(Scalars("在全县大气污染防治督导检查反馈会上的讲话")) == Scalars("全县大气污染防治督导检查反馈会"))
        #expect(MeetingExtractor.speechMeeting(Scalars("在会上的讲话")) == nil)
    }

    @Test func aDemandCueAfterTheCauseWordMakesADemandList() {
        let r = requirements("发现的问题主要有：一是散煤管控不到位；二是扬尘防治不到位。针对这些问题，我提三点要求：\n（一）立即整改。\n（二）举一反三。\n（三）严肃问责。")
        #expect(r == ["立即整改", "举一反三", "严肃问责"])
    }

    // MARK: Genre2 batch 7

    @Test func aMastheadOfTitleLinesIsThePageHeader() {
        let b = firstItem("景县大气污染防治工作简报\n（2019年第20期）\n\n县政府召开秋冬季攻坚动员会\n十一月五日下午，县政府召开秋冬季大气污染综合治理攻坚动员会。县长高振宇出席会议并讲话。")
        #expect(b?.headline == "县政府召开秋冬季攻坚动员会")
        #expect(b?.meeting == "秋冬季大气污染综合治理攻坚动员会" && b?.date == "2019-11-05" && b?.unit == "景县")
    }

    @Test func aBareDayWithoutAMonthIsLeftEmptyWithAWarning() {
        let r = BriefingReader().read(text: "任县召开推进会\n本报讯（记者 王晓东）11日上午，县委、县政府召开冬季大气污染防治工作推进会，安排部署各项工作。", file: "t.txt")
        let b = r.briefings.first
        #expect(b?.date == nil && b?.dateText == "11日" && b?.timeOfDay == "上午")
        #expect(r.warnings.contains { $0.message.hasPrefix("no month for “11日”") })
    }

    // MARK: Genre2 batch 8

    @Test func aThreeCharacterNameAfterATitleMayBeginWithAWord() {
        #expect(PeopleExtractor().extract(Scalars("副县长刘海燕出席会议并讲话。")).map(\.name) == ["刘海燕"])
        // without a title the word still is no name
        #expect(PeopleExtractor().extract(Scalars("刘海燕出席会议并讲话。")).isEmpty)
    }

    @Test func theMetadataLineNamesThePlaceOfALevelOnlyHolder() {
        let b = firstItem(
            "我区召开冬季清洁取暖保障工作会议\n本报12月10日讯（记者 周敏）9日下午，区委、区政府召开冬季清洁取暖保障工作会议。区委书记韩志刚出席会议并讲话。\n发布时间：2019-12-10  来源：桃城区融媒体中心")
        #expect(b?.unit == "桃城区" && b?.date == "2019-12-09")
    }

    @Test func aBodyThatStepsUpItsWorkIsTheUnit() {
        #expect(MeetingExtractor.actor(in: Scalars("日前，县城管局加大道路洒水降尘频次，城区主次干道每日洒水不少于6次。")) == Scalars("县城管局"))
    }
}

/// The reader rules the genre batch of issue 12 (`Genre/g38`–`g47`) prompted.
@Suite struct GenreBatch8RuleTests {
    func item(_ text: String) -> Briefing? { BriefingReader().read(text: text, file: "t.txt").briefings.first }

    @Test func aMetadataLineEndingInADateDatesThePage() {
        let b = item("黄骅市召开扬尘污染专项整治推进会\n来源：黄骅市人民政府  2020-11-13\n11月12日上午，黄骅市扬尘污染专项整治推进会召开。")
        #expect(b?.date == "2020-11-12")
        let c = item("河间市召开推进会\n来源：河间市人民政府网  发布日期：2020-11-05\n11月4日下午，河间市大气污染防治推进会召开。市委书记高建国出席会议并讲话。")
        #expect(c?.date == "2020-11-04")
    }

    @Test func theMeetingAndItsHeadlineNameTheUnit() {
        let b = item("襄都区召开重污染天气应急减排工作部署会\n11月5日下午，襄都区重污染天气应急减排工作部署会在区政府三楼会议室召开。")
        #expect(b?.unit == "襄都区")
    }

    @Test func aNameAfterARelayedMeetingIsPresent() {
        let b = item(
            "会议召开\n11月4日下午，推进会召开。市委常委、常务副市长吴立新传达了全省推进会议精神，副市长崔海涛宣读了《问责办法》。"
                + "会议传达学习副省长李明远对我市工作的批示精神。")
        #expect(b?.people.first { $0.name == "崔海涛" }.map { $0.roles.contains("宣读") } == true)
        #expect(b?.people.first { $0.name == "李明远" }?.title != "传达学习副省长")
    }

    @Test func aDeniedRoleIsNoRole() {
        let b = item("会议召开\n11月5日下午，部署会召开。区委书记张志刚因参加市委会议未能到会，作了书面讲话。")
        let p = b?.people.first { $0.name == "张志刚" }
        #expect(p?.title == "区委书记")
        #expect(p.map { !$0.roles.contains("参加") && !$0.roles.contains("出席") } == true)
    }
}

/// The reader gaps issue 12's genre batch left (`Genre/g39`, `g40`, `g43`, `g44`, `g47`): people
/// who are not at the meeting, manner phrases in quotes, goals in one sentence, a period clause.
@Suite struct GenreBatch8GapTests {
    func people(_ s: String) -> [Person] { PeopleExtractor().extract(Scalars(s)) }
    func targets(_ s: String, year: Int? = 2020) -> [Target] { TargetExtractor().extract(Scalars(s), year: year) }
    func roles(_ people: [Person], _ name: String) -> [String]? { people.first { $0.name == name }?.roles }

    /// 书面讲话 read by another, and a 委托: all three are people; the writer and the delegator
    /// carry the role that says they were not there, the reader reads.
    @Test func aWrittenSpeechItsReaderAndADelegatorArePeople() {
        let p = people(
            "区委书记张志刚因参加市委会议未能到会，作了书面讲话，由区委副书记、区长赵红梅代为宣读。受市生态环境局局长孙志强委托，市生态环境局副局长王晓东到会指导并讲话。"
                + "张志刚在书面讲话中强调，全区上下要树立“一盘棋”思想。")
        #expect(p.map(\.name) == ["张志刚", "赵红梅", "孙志强", "王晓东"])
        #expect(roles(p, "张志刚") == ["书面讲话"])
        #expect(roles(p, "赵红梅") == ["宣读"] && p.first { $0.name == "赵红梅" }?.title == "区委副书记、区长")
        #expect(roles(p, "孙志强") == ["委托"] && p.first { $0.name == "孙志强" }?.title == "市生态环境局局长")
        #expect(roles(p, "王晓东") == ["指导", "讲话"])
    }

    /// 在批示中指出 is what the instruction says: the leader gets 批示, not 讲话 (a speech at the
    /// meeting would make him present); 传达了…的批示精神 gives the relaying person 传达, not 批示.
    @Test func aSpeechVerbInsideAWrittenInstructionIsNoSpeech() {
        let p = people("会议传达了市委书记陈立新作出的批示。陈立新在批示中指出，各级各部门要咬定目标不放松。")
        #expect(roles(p, "陈立新") == ["批示"])
        let q = people("省委常委、济南市委书记王文涛主持会议，并传达了郭树清省长的重要批示精神。副省长张务锋出席会议并讲话。")
        #expect(roles(q, "王文涛") == ["主持", "传达"])
        #expect(roles(q, "郭树清") == nil)
        // what was relayed ends at 精神: a speech after it is the person's own
        #expect(roles(people("副市长吴立新传达了全省推进会议精神并讲话。"), "吴立新") == ["传达", "讲话"])
        // a speech of one's own stays a speech
        #expect(roles(people("周建平在讲话中指出，要聚焦重点时段。"), "周建平") == ["讲话"])
    }

    /// 以“一天也不耽误”的劲头: a quoted manner of working is no measure, nor a slogan; the opener
    /// may stand before the first of two joined manner phrases.
    @Test func aQuotedMannerIsNoMeasure() {
        let m = MeasureExtractor()
        #expect(m.extract(Scalars("必须以“功成不必在我”的境界和“一天也不耽误”的劲头，坚决打好这场硬仗。")).isEmpty)
        #expect(m.extract(Scalars("要以“钉钉子”精神抓好落实。")).isEmpty)
        // without an opener the phrase stays among the quoted terms (classified elsewhere)
        #expect(m.extract(Scalars("要树立“一盘棋”思想，落实“一厂一策”。")) == ["一盘棋", "一厂一策"])
        // a measure joined by 和 to a manner phrase is not pulled in: no manner word after it
        #expect(m.extract(Scalars("要以“一天也不耽误”的劲头和“网格化监管”制度抓好落实。")) == ["网格化监管"])
    }

    /// Two comparators, each with its own number, joined by 、: two goals.
    @Test func twoComparedQuantitiesAreTwoTargets() {
        #expect(targets("主次干道每日机扫不少于2遍、洒水不少于4遍，做到“路见本色”。").map(\.text) == ["主次干道每日机扫不少于2遍", "洒水不少于4遍"])
        #expect(targets("优良天数达到220天、重污染天数控制在10天以内。").count == 2)
        // 以上/以下 after a number may qualify a noun: no split
        #expect(targets("年底前淘汰10蒸吨以上、35蒸吨以下燃煤锅炉120台。").count == 1)
    }

    /// A dated goal without a number is a target only when it says all of it.
    @Test func aDatedGoalWithoutANumberMustSayAll() {
        #expect(targets("付建华要求，各牵头部门要逐项细化任务，确保十大专项行动11月底前全面铺开、取得实效。").isEmpty)
        #expect(targets("确保11月10日前全部取缔。").map(\.text) == ["确保11月10日前全部取缔"])
        #expect(targets("确保4月底前城区所有在建工地安装视频监控设备。").count == 1)
    }

    /// 今冬明春，…: a clause naming only the goal's period opens the target.
    @Test func aPeriodClauseOpensItsTarget() {
        #expect(targets("今冬明春，全县要确保PM2.5平均浓度同比下降10%以上，坚决退出全市后三位。").map(\.text) == ["今冬明春，全县要确保PM2.5平均浓度同比下降10%以上"])
        #expect(targets("采暖季，全市重污染天数控制在15天以内。").first?.text.hasPrefix("采暖季，") == true)
    }

    /// 即日起至明年3月15日 is a campaign period even without 止/结束 (issue 12: periods are told
    /// apart from time limits); a Chinese-numeral date is a time limit like an Arabic one.
    @Test func periodsWithoutAnEndWordAndChineseNumeralLimits() {
        let d = DeadlineExtractor().extract(Scalars("会议要求，即日起至明年3月15日，全区建筑工地一律停止土石方作业。"), year: 2018)
        #expect(d == [Deadline(text: "即日起至明年3月15日", date: "2019-03-15", kind: .period)])
        let e = DeadlineExtractor().extract(Scalars("会议明确，从即日起至2021年2月28日，开展百日攻坚行动；12月10日前完成排查。"), year: 2020)
        #expect(e.map(\.kind) == [.period, .deadline] && e.first?.text == "从即日起至2021年2月28日")
        // a date after 至 without 起 before it is no period (10月1日至12月31日 is a range, not a limit)
        #expect(DeadlineExtractor().extract(Scalars("要求各镇于11月1日至11月5日开展自查。"), year: 2020).isEmpty)
        let c = DeadlineExtractor().extract(Scalars("各镇要在十一月二十日前完成“电代煤”入户安装。"), year: 2017)
        #expect(c == [Deadline(text: "十一月二十日前", date: "2017-11-20", kind: .deadline)])
        #expect(DeadlineExtractor().extract(Scalars("二〇二〇年十二月底前完成改造。"), year: nil).first?.date == "2020-12-31")
        // numerals that are no date stay so
        #expect(DeadlineExtractor().extract(Scalars("一是要统一思想，二是要压实责任。"), year: 2020).isEmpty)
    }

    /// The roles a leader takes later in the item: by name again (also a name that is a word:
    /// 许可), by surname and title (刘书记, 郭副县长), by pronoun (她要求), or in a clause without a
    /// subject (主持会议并讲话，要求…).
    @Test func laterRolesReachTheirLeader() {
        #expect(roles(people("副市长许可出席会议并讲话。许可要求，演练期间减排比例不低于20%。"), "许可") == ["出席", "讲话", "要求"])
        let p = people("县委书记李树林，县委副书记、县长张丽出席会议，县委常委、常务副县长韩明主持会议。李书记在讲话中指出，形势严峻。韩副县长通报了考核结果。")
        #expect(roles(p, "李树林") == ["出席", "讲话"] && roles(p, "韩明") == ["主持", "通报"])
        // a title two people fit names neither
        let q = people("县委书记李明出席会议，镇党委书记李强主持会议。李书记要求，各村要严防死守。")
        #expect(roles(q, "李明") == ["出席"] && roles(q, "李强") == ["主持"])
        #expect(roles(people("区长许文静出席会议并讲话。许文静强调，要打好攻坚战。她要求，要紧盯三大污染源。"), "许文静") == ["出席", "讲话", "要求"])
        #expect(roles(people("县长郭海东主持召开调度会，要求各乡镇完成配送。"), "郭海东") == ["主持", "要求"])
        // another person's clause is not continued
        #expect(roles(people("副市长王强主持会议，副市长李刚出席会议。"), "王强") == ["主持"])
    }

    /// What was done is no goal: a report's numbered list goes on after its ；, and a sentence
    /// opened by 日前/近日 reports, unless a time limit or 确保 in it sets a goal.
    @Test func reportedFiguresAreNoTargets() {
        #expect(
            targets("李国强指出，今年以来，全县大气污染防治工作取得了明显成效：一是空气质量持续改善，PM2.5平均浓度同比下降9.6%；二是散煤治理全面完成，完成“双代”改造1.8万户。")
                .isEmpty)
        // the list ends with its sentence: a goal after the 。 counts
        #expect(targets("今年以来，工作取得成效：一是改造完成；二是完成改造1.8万户。下一步，要完成改造2000户。").map(\.text) == ["要完成改造2000户"])
        #expect(targets("日前，县城管局加大道路洒水降尘频次，城区主次干道每日洒水不少于6次。").isEmpty)
        // a sentence of commas only inside the report's list is no clause at all
        #expect(targets("今年以来，成效明显：一是完成改造；，，；二是完成改造100户。").isEmpty)
        #expect(targets("近日，平山县印发《攻坚行动方案》，明确到2019年3月底，全县PM2.5平均浓度同比下降3%。").count == 1)
        #expect(targets("近日，县政府召开会议，确保年底前完成改造3000户。").count == 1)
    }

    /// A goal's text is the goal: no list number before it, no purpose clause (确保…温暖过冬) after it.
    @Test func aGoalsTextIsTheGoal() {
        #expect(targets("（二）2018年底前，全市PM2.5平均浓度同比下降10%以上。", year: 2018).map(\.text) == ["2018年底前，全市PM2.5平均浓度同比下降10%以上"])
        #expect(targets("二要确保年底前全县PM2.5平均浓度控制在60微克/立方米以内。").map(\.text) == ["确保年底前全县PM2.5平均浓度控制在60微克/立方米以内"])
        #expect(targets("各市要在11月底前完成“煤改气”“煤改电”改造35万户，确保群众温暖过冬。").map(\.text) == ["各市要在11月底前完成“煤改气”“煤改电”改造35万户"])
        // a restatement and a follower with its own date stay
        #expect(targets("到2020年，达标天数要达到80%以上，也就是292天。").first?.text.hasSuffix("也就是292天") == true)
        #expect(targets("完成改造2000户，确保12月底前全部验收。").map(\.text) == ["完成改造2000户，确保12月底前全部验收"])
    }

    /// 全省…视频会议召开。会后，我市紧接着召开全市…会议: the item is the reporting body's own meeting.
    @Test func theReportingBodysOwnMeetingAfterOneItAttended() {
        let r = MeetingExtractor().extract(
            headline: nil,
            body: Scalars("12月16日下午，全省大气污染防治工作视频会议召开。会后，我市紧接着召开全市大气污染防治工作会议，对贯彻落实工作作出部署。"),
            dateEnd: 6)
        #expect(r.meeting == "全市大气污染防治工作会议" && r.unit == "我市")
        // without a follow-up word, or when the second holder is no self-reference, the first stays
        let a = MeetingExtractor().extract(
            headline: nil, body: Scalars("12月16日下午，全省大气污染防治工作视频会议召开。我市召开全市大气污染防治工作会议。"), dateEnd: 6)
        #expect(a.meeting == "全省大气污染防治工作视频会议")
        let b = MeetingExtractor().extract(
            headline: nil, body: Scalars("12月16日下午，全市大气污染防治工作会议召开。会后，全县召开推进会。"), dateEnd: 6)
        #expect(b.meeting == "全市大气污染防治工作会议")
    }

    /// 确保散煤“清零”: a quoted state that a goal verb's clause ends with is a goal named in words,
    /// not a deployed measure; the same word naming a campaign stays a measure.
    @Test func aQuotedStateAfterAGoalVerbIsAGoal() {
        let c = MeasureClassifier()
        let t = Scalars("各街道要开展拉网式排查，确保散煤“清零”。")
        #expect(c.kind(of: Scalars("清零"), quotedEnds: MeasureClassifier.quotedOccurrences(of: Scalars("清零"), in: t), in: t) == .goal)
        let u = Scalars("会议明确，在全县开展散煤“清零”百日攻坚行动。")
        #expect(c.kind(of: Scalars("清零"), quotedEnds: MeasureClassifier.quotedOccurrences(of: Scalars("清零"), in: u), in: u) == .measure)
        let v = Scalars("确保“六个百分之百”落实到位。")
        #expect(
            c.kind(of: Scalars("六个百分之百"), quotedEnds: MeasureClassifier.quotedOccurrences(of: Scalars("六个百分之百"), in: v), in: v) == .measure)
    }

    /// 全区/我县 stand for a place the text names, never for a phrase that ends in 区/县/市:
    /// a kind of area (平原地区), a phrase (会议由县住建局…), a word the suffix begins (今年市上将, 市场).
    @Test func aDeicticResolvesOnlyToAPlace() {
        #expect(MeetingExtractor.mostNamedPlace(in: Scalars("力争完成改造5000户，确保平原地区散煤“清零”。"), suffix: "区") == nil)
        #expect(MeetingExtractor.mostNamedPlace(in: Scalars("县委常委杜志勇出席会议。\n会议由县住建局局长苗青主持。"), suffix: "县") == nil)
        #expect(MeetingExtractor.mostNamedPlace(in: Scalars("要加强协作，今年市上将健全联席会议制度，加强市场监管。"), suffix: "市") == nil)
        #expect(MeetingExtractor.mostNamedPlace(in: Scalars("11月5日，广宗县召开会议。\n会议由县住建局局长苗青主持。"), suffix: "县") == Scalars("广宗县"))
    }

    /// Straight double quotes around Chinese print as “…” (issue 12: full-width punctuation in
    /// Chinese text; 2017-W44 printed "大气十条").
    @Test func straightQuotesAroundChineseBecomeChineseQuotes() {
        #expect(Cleaner.fullWidthPunctuation(Scalars("要完成国家\"大气十条\"考核,实施\"煤改气\"工程.")) == Scalars("要完成国家“大气十条”考核，实施“煤改气”工程。"))
        // an odd count, or quotes around Latin text, stay
        #expect(Cleaner.fullWidthPunctuation(Scalars("他说\"要抓紧")) == Scalars("他说\"要抓紧"))
        #expect(Cleaner.fullWidthPunctuation(Scalars("the \"PM2.5\" value")) == Scalars("the \"PM2.5\" value"))
    }
}
