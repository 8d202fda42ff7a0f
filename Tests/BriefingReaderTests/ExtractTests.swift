import ReportModel
import Testing

@testable import BriefingReader

@Suite struct ExtractTests {
    func s(_ x: String) -> Scalars { Scalars(x) }

    @Test func dateMentions() {
        let m = DateExtractor.mentions(in: s("11月2日，2017年3月31日，2016-05-19，十一月二日，3月份，12月32日"))
        #expect(m.map(\.text) == ["11月2日", "2017年3月31日", "2016-05-19", "十一月二日"])
        #expect(m[1].year == 2017 && m[1].month == 3 && m[1].day == 31)
    }

    /// Issue 13, class 6: a year outside 1949…2100 gives no date — neither that year (0000年1月1日
    /// was 0000-01-01) nor the 1月1日 after it in another year (99999年1月1日 became 2017-01-01).
    @Test func implausibleYearsDateNothing() {
        let m = DateExtractor.mentions(in: s("0000年1月1日，99999年1月1日，0000-01-01，2101年5月1日，1949年10月1日，11月2日"))
        #expect(m.map(\.text) == ["1949年10月1日", "11月2日"])
        let ctx = DateExtractor.Context(published: CivilDate(year: 2017, month: 5, day: 19))
        for text in ["0000年1月1日，甲县召开会议。", "99999年1月1日，甲县召开会议。"] {
            #expect(DateExtractor().extract(s(text), context: ctx).date == nil, "\(text)")
        }
    }

    @Test func yearClues() {
        #expect(DateExtractor.yearClues(in: s("临泽县2016-2017年冬季会议")) == [.range(2016, 2017)])
        #expect(DateExtractor.yearClues(in: s("重申了2017~2018冬防要求")) == [.range(2017, 2018)])
        #expect(DateExtractor.yearClues(in: s("时间为2018年5月至11月，2021年年底前完成，到2020年达到")) == [.single(2018)])
        #expect(YearClue.range(2016, 2017).year(forMonth: 11) == 2016)
        #expect(YearClue.range(2016, 2017).year(forMonth: 3) == 2017)
    }

    @Test func eventDateAndYearInference() {
        let ctx = DateExtractor.Context(published: CivilDate(year: 2016, month: 5, day: 19))
        let f = DateExtractor().extract(s("去年11月22日以来，5月18日上午，会议在济南召开。"), context: ctx)
        #expect(f.date?.iso == "2016-05-18")
        #expect(f.yearInferred)
        #expect(f.timeOfDay == "上午")
        #expect(f.text == "5月18日")
        let g = DateExtractor().extract(s("2017年11月16日下午，某办召开会议。"), context: .init())
        #expect(g.date?.iso == "2017-11-16" && !g.yearInferred && g.timeOfDay == "下午")
        let none = DateExtractor().extract(s("11月2日召开会议。"), context: .init())
        #expect(none.date == nil && none.text == "11月2日" && !none.yearInferred)
    }

    @Test func meetingAndUnit() {
        let m = MeetingExtractor()
        var f = m.extract(headline: nil, body: s("11月1日上午，郑州航空港经济综合实验区召开冬季大气污染防治工作会议。"), dateEnd: 5)
        #expect(f.unit == "郑州航空港经济综合实验区" && f.meeting == "冬季大气污染防治工作会议")
        f = m.extract(headline: nil, body: s("11月2日，临泽县2016-2017年冬季大气污染防治工作动员会议召开，学习传达精神。"), dateEnd: 5)
        #expect(f.unit == "临泽县" && f.meeting == "2016-2017年冬季大气污染防治工作动员会议")
        f = m.extract(headline: nil, body: s("5月18日上午，省会城市群大气污染联防联控协作小组第二次会议在济南召开，深入贯彻。"), dateEnd: 5)
        #expect(f.unit == "省会城市群大气污染联防联控协作小组" && f.meeting == "省会城市群大气污染联防联控协作小组第二次会议")
        f = m.extract(headline: nil, body: s("11月4日下午，我市召开冬季大气污染防治工作会议。会议印发了《宝鸡市冬季大气污染防治工作方案》。"), dateEnd: 5)
        #expect(f.unit == "宝鸡市")
        f = m.extract(headline: nil, body: s("11月3日，我县召开推进会议。会议通报了全县情况，在甘泉县各乡镇开展检查，各县区要加强协作。"), dateEnd: 5)
        #expect(f.unit == "甘泉县")
        f = m.extract(headline: nil, body: s("11月14日下午，梧桐办事处城市管理办公室全体人员召开推进会议。"), dateEnd: 6)
        #expect(f.unit == "梧桐办事处城市管理办公室")
        f = m.extract(headline: nil, body: s("3月2日，县政府召开专题会议，研究扬尘治理。"), dateEnd: 4)
        #expect(f.unit == "县政府" && f.meeting == nil)
        f = m.extract(headline: s("市长在全市秋冬季攻坚行动会议上的讲话"), body: s("同志们：今天召开这次大会。"), dateEnd: nil)
        #expect(f.meeting == "全市秋冬季攻坚行动会议")
    }

    @Test func peopleWithTitlesAndRoles() {
        let t = s("高新区党工委书记、管委会主任王新亭出席会议并作讲话，党工委委员、管委会副主任王宏伟主持会议。随后，王宏伟对工作提出了明确要求。张勇强调，要提高认识。记者牛前进报道。习近平总书记指出，绿水青山就是金山银山。")
        let p = PeopleExtractor().extract(t)
        #expect(p.map(\.name) == ["王新亭", "王宏伟", "张勇"])
        #expect(p[0].title == "高新区党工委书记、管委会主任")
        #expect(p[0].roles == ["出席", "讲话"])
        #expect(p[1].title == "党工委委员、管委会副主任")
        #expect(p[1].roles.first == "主持")
        #expect(p[2].title == nil && p[2].roles == ["讲话"])
    }

    @Test func cityLeadersListedAndCadresAreNotNames() {
        let p = PeopleExtractor().extract(s("市领导张三、李四出席会议。会议要求党员领导干部、各级干部要带头落实。"))
        #expect(p.map(\.name) == ["张三", "李四"])
        #expect(p.map(\.title) == ["市领导", "市领导"])
        #expect(p.allSatisfy { $0.roles == ["出席"] })
    }

    @Test func relayedSpeechIsNotAPerson() {
        let relayed = s("会议传达了11月14日高新区党工委副书记、管委会常务副主任李金勇在推进会上的讲话精神。")
        #expect(PeopleExtractor().extract(relayed).isEmpty)
        let both = s("王文涛主持会议，并传达了郭树清省长的重要批示精神。郭树清在批示中指出，要持续发力。")
        let p = PeopleExtractor().extract(both)
        #expect(p.map(\.name) == ["王文涛", "郭树清"])
        #expect(p[1].title == "省长")
        #expect(p[1].roles.contains("批示"))
    }

    @Test func measures() {
        let t = s(
            "落实“党政同责，一岗双责”，不是“毕其功于一役”的任务，“行百里者半九十”。实行“一厂一策”“一企一档”，由“督企”向“督政”转变，“概念”问责向“量化”问责转变。在全国“两会“上，总书记指出：“我们要解决大气污染问题。”又一次强调“一厂一策”。")
        #expect(MeasureExtractor().extract(t) == ["党政同责，一岗双责", "一厂一策", "一企一档"])
    }

    @Test func requirements() {
        let r = RequirementExtractor()
        #expect(r.extract(s("会议要求，一要端正思想。二要认真领会；三要强化督导。")) == ["要端正思想", "要认真领会", "要强化督导"])
        #expect(r.extract(s("究其原因，一是思想不够重视，二是措施不够到位。")).isEmpty)
        #expect(r.extract(s("主要任务是：一、坚决贯彻落实。二、坚决打赢攻坚战；优化布局。三、抓好整改。")).count == 3)
        #expect(r.extract(s("会议要求：（一）加强领导。（二）强化督查。")) == ["加强领导", "强化督查"])
        #expect(r.extract(s("要统一思想；要抓住特点。")).isEmpty)
        #expect(r.extract(s("一是加强领导。")).isEmpty)
        // what was done is not a list of demands
        #expect(r.extract(s("今年以来，我县主要做了以下工作：一是成立了领导小组。二是开展了专项检查。")).isEmpty)
        #expect(r.extract(s("会议强调三点要求：一是认清形势。二是狠抓落实。")).count == 2)
    }

    @Test func targets() {
        let t = TargetExtractor().extract(
            s("确保实现今年冬季空气质量优良天数不少于66天的目标。出动1150人次，检查企业380多家。扬尘治理攻坚60天专题推进会。确保年底前完成89个村2.5万户气化任务。"), year: 2016)
        #expect(t.count == 2)
        #expect(t[0].comparator == ">=" && t[0].value == 66 && t[0].unit == "天")
        #expect(t[0].metric?.hasSuffix("优良天数") == true)
        #expect(t[1].deadline == "2016-12-31")
        #expect(t[1].value == 89)
        let plan = TargetExtractor().extract(s("提炼形成35类共计1693个重点项目，计划在今明两年内完成；出动1150人次。"), year: 2016)
        #expect(plan.count == 1)
        let speech = TargetExtractor().extract(s("环保部明确提出，到2020年，达标天数要达到80%以上，也就是292天，目前我们与这个目标还差59天。"), year: nil)
        #expect(speech.count == 1)
        #expect(speech.first?.text.hasPrefix("到2020年") == true)
    }

    @Test func deadlines() {
        let d = DeadlineExtractor().extract(s("从即日起到2017年3月31日结束，确保年底前完成，2021年年底前完成搬迁，确保6月底前整改到位，11月15日前上报，5月中旬前完成。"), year: 2018)
        #expect(d.map(\.text) == ["从即日起到2017年3月31日结束", "年底前", "2021年年底前", "6月底前", "11月15日前", "5月中旬前"])
        #expect(d.map(\.date) == ["2017-03-31", "2018-12-31", "2021-12-31", "2018-06-30", "2018-11-15", "2018-05-20"])
    }

    /// The forms the first test leaves out, each with its literal result (written before the
    /// extractor was run on them): a limit named before the date (限期至), a year in Chinese
    /// numerals, 明年, 上旬, 到…年底 without 前 (the same date as 二〇一九年底前: kept once),
    /// 前后 (around a date: no limit), 5月前 (before May or by its end: no date), and a period
    /// from 自 to 止.
    @Test func deadlinesOfTheOtherForms() {
        let d = DeadlineExtractor().extract(
            s("限期至12月20日完成整改，二〇一九年底前完成，明年3月15日前上报，9月上旬前完成，到2019年底，12月15日前后开展，5月前完成，自11月15日起至12月31日止开展专项行动。"),
            year: 2018)
        #expect(d.map(\.text) == ["12月20日", "二〇一九年底前", "明年3月15日前", "9月上旬前", "5月前", "自11月15日起至12月31日止"])
        #expect(d.map(\.date) == ["2018-12-20", "2019-12-31", "2019-03-15", "2018-09-10", nil, "2018-12-31"])
        #expect(d.map(\.kind) == [.deadline, .deadline, .deadline, .deadline, .deadline, .period])
    }

    @Test func topics() {
        #expect(TopicExtractor().extract(s("严查渣土运输，加强机动车管控，整治“散乱污”企业，严肃问责。")) == ["扬尘", "机动车", "散乱污", "督查问责"])
    }
}
