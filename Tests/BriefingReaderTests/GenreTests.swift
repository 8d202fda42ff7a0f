import FileAccess
import Foundation
import ReportModel
import Testing

@testable import BriefingReader

/// Briefings in shapes the seeds do not have: a county news page with metadata, a 简报 issue
/// of headline + paragraph items, and a speech with a byline.
@Suite struct GenreTests {
    let reader = BriefingReader()

    func read(_ text: String, file: String = "t.txt") throws -> ParseResult {
        try reader.read(Data(text.utf8), file: file)
    }

    @Test func countyNewsPage() throws {
        let text = """
            甘泉县召开秋冬季大气污染防治攻坚动员会
            发布时间：2019-10-18 来源：甘泉县人民政府办公室 浏览次数：312
            10月17日下午，我县召开2019-2020年秋冬季大气污染综合治理攻坚行动动员会。县委副书记、县长李明出席会议并讲话，县委常委、常务副县长赵刚主持会议。
            会议指出，今年以来全县优良天数达到258天，同比增加12天，但形势依然严峻。
            李明强调，一要提高政治站位；二要突出工作重点，全面开展“散乱污”企业整治；三要强化督查问责。
            会议要求，到2019年底，全县PM2.5平均浓度控制在55微克/立方米以下，优良天数比例达到70%以上。
            （记者 王小红 通讯员 张伟）
            """
        let r = try read(text)
        let b = try #require(r.briefings.first)
        #expect(r.briefings.count == 1)
        #expect(b.date == "2019-10-17" && b.yearInferred && b.timeOfDay == "下午")
        #expect(b.unit == "甘泉县")
        #expect(b.meeting == "2019-2020年秋冬季大气污染综合治理攻坚行动动员会")
        #expect(b.people.map(\.name) == ["李明", "赵刚"])
        #expect(b.people.first?.title == "县委副书记、县长")
        #expect(b.requirements.count == 3)
        #expect(b.targets.map(\.value) == [55, 70])
        #expect(b.targets.last?.comparator == ">=" && b.targets.last?.unit == "%")
        #expect(b.targets.first?.value == 55 && b.targets.first?.unit == "微克/立方米" && b.targets.first?.comparator == "<=")
        #expect(!b.text.contains("浏览次数"))
    }

    @Test func briefingIssueOfHeadlinedItems() throws {
        let text = """
            大气污染防治工作简报
            第15期
            运城市大气污染防治工作领导小组办公室                2018年11月20日

            市政府召开重污染天气应对工作调度会
            11月19日上午，市政府召开重污染天气应对工作调度会，安排部署当前工作。副市长刘建国出席会议并讲话。
            刘建国要求，启动橙色预警期间，工业企业要按照“一厂一策”要求落实减排措施，确保减排比例不低于30%。

            盐湖区开展烟花爆竹禁放专项检查
            11月18日，盐湖区组织公安、城管等部门开展烟花爆竹禁放专项检查，共检查销售网点23家。

            永济市“三个一律”整治餐饮油烟
            近日，永济市出台餐饮油烟整治方案，实行“三个一律”。
            """
        let r = try read(text)
        #expect(r.briefings.map(\.headline) == ["市政府召开重污染天气应对工作调度会", "盐湖区开展烟花爆竹禁放专项检查", "永济市“三个一律”整治餐饮油烟"])
        #expect(r.briefings.map(\.date) == ["2018-11-19", "2018-11-18", nil])
        #expect(r.briefings[0].people.map(\.name) == ["刘建国"])
        #expect(r.briefings[0].targets.first?.comparator == ">=")
        #expect(r.briefings[1].targets.isEmpty)
        #expect(r.briefings[2].topics == ["餐饮油烟"])
        #expect(r.briefings[1].source.lines == [9, 10])
    }

    @Test func speechWithByline() throws {
        let text = """
            在全区冬季大气污染防治工作推进会上的讲话
            区委书记 陈志强
            （2017年12月5日）
            同志们：
            今天召开这次会议，主要是分析形势，安排部署下一阶段工作。下面，我讲三点意见。
            一、认清形势，切实增强紧迫感
            今年以来，全区PM10平均浓度为105微克/立方米，同比下降8.7%。
            二、突出重点，全力打好冬季攻坚战
            要坚持“控煤、治企、降尘、管车”多管齐下。今年底前全面完成农村散煤清洁化替代2万户。
            三、压实责任，确保各项任务落到实处
            """
        let r = try read(text)
        let b = try #require(r.briefings.first)
        #expect(b.headline == "在全区冬季大气污染防治工作推进会上的讲话")
        #expect(b.meeting == "全区冬季大气污染防治工作推进会")
        #expect(b.date == "2017-12-05" && !b.yearInferred)
        #expect(b.people.first?.name == "陈志强" && b.people.first?.roles == ["讲话"])
        #expect(b.requirements.count == 3)
        #expect(b.targets.count == 1 && b.targets.first?.deadline == "2017-12-31")
    }

    @Test func governmentSitePageInGBK() throws {
        let text = """
            当前位置：首页 > 工作动态 > 部门动态
            新华区召开大气污染防治工作推进会
            时间：2018-03-12 10:23  来源：区环保局  【字体：大 中 小】【打印】
            　　3月9日上午，区政府召开大气污染防治工作推进会。区委常委、副区长张三主持会议，区长李四出席会议并讲话。
            　　会议通报了全区工作情况。截至2月底，全区PM2.5平均浓度为86微克/立方米，同比下降12.2%。
            　　李四指出：（一）全面落实“六个百分之百”扬尘治理措施；（二）3月底前完成燃煤锅炉“清零”任务；（三）加大督查问责力度。
            　　会议要求，确保全年PM2.5平均浓度下降到65微克/立方米以下，优良天数不少于200天。
            【关闭窗口】
            扫一扫在手机打开当前页
            """.replacingOccurrences(of: "\n", with: "\r\n")
        let data = try #require(text.data(using: String.Encoding.gb18030))
        let r = try reader.read(data, file: "d.txt")
        let b = try #require(r.briefings.first)
        #expect(r.briefings.count == 1)
        #expect(b.source.encoding == "gb18030" && b.source.lines == [2, 7])
        #expect(b.headline == "新华区召开大气污染防治工作推进会")
        #expect(b.date == "2018-03-09" && b.timeOfDay == "上午")
        #expect(b.people.map(\.name) == ["张三", "李四"])
        #expect(b.requirements.count == 3)
        #expect(b.targets.map(\.comparator) == ["<=", ">="])
        #expect(b.targets.map(\.value) == [65, 200])
        #expect(b.deadlines.first?.date == "2018-03-31")
        for junk in ["当前位置", "关闭窗口", "扫一扫", "字体"] { #expect(!b.text.contains(junk)) }
    }

    @Test func aFileWithoutAnyYear() throws {
        let text = "全市召开大气污染防治会议\n本报讯 11月3日，全市大气污染防治工作会议召开，部署冬季大气污染防治工作。\n"
        let plain = try #require(try read(text).briefings.first)
        #expect(plain.date == nil && plain.dateText == "11月3日" && !plain.yearInferred)
        let r = try BriefingReader(fallbackYear: 2018).read(Data(text.utf8), file: "t.txt")
        #expect(r.briefings.first?.date == "2018-11-03" && r.briefings.first?.yearInferred == true)
        #expect(r.warnings.contains { $0.message.contains("assumed 2018") })
    }

    @Test func listedLeadersAndAMeetingChairedByOne() throws {
        let text = """
            市政府召开第十二次常务会议 研究部署秋冬季大气污染防治工作
            本报讯（记者 刘洋 通讯员 陈晨）10月8日，市长王海涛主持召开市政府第十二次常务会议，研究部署全市秋冬季大气污染防治工作。副市长周敏、孟凡强，市政府秘书长吴迪出席会议。
            王海涛要求，各县区要严格落实“一岗双责”。
            """
        let b = try #require(try read(text).briefings.first)
        #expect(b.unit == "市政府")
        #expect(b.meeting == "市政府第十二次常务会议")
        #expect(b.people.map(\.name) == ["王海涛", "周敏", "孟凡强", "吴迪"])
        #expect(b.people.map(\.title) == ["市长", "副市长", "副市长", "市政府秘书长"])
        #expect(b.people[1].roles == ["出席"])
        #expect(b.date == nil && b.dateText == "10月8日")
    }

    @Test func hardWrappedText() throws {
        let body = "11月6日（星期一）上午，全县秋冬季大气污染防治工作会议在县政府会议室召开。县委副书记、县长刘振华出席会议并讲话，副县长马丽主持会议。会议要求，确保今冬明春PM2.5平均浓度同比下降10%以上。"
        var lines = ["全县秋冬季大气污染防治工作会议召开"]
        var rest = Substring(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(34)))
            rest = rest.dropFirst(34)
        }
        let b = try #require(try read(lines.joined(separator: "\n")).briefings.first)
        #expect(b.text == "全县秋冬季大气污染防治工作会议召开\n" + body)
        #expect(b.timeOfDay == "上午")
        #expect(b.people.map(\.name) == ["刘振华", "马丽"])
        #expect(b.targets.first?.value == 10 && b.targets.first?.comparator == ">=")
    }

    @Test func numberedHeadlinesAndDistributionFooter() throws {
        let text = """
            大气污染防治工作简报
            （第 3 期）
            县大气污染防治领导小组办公室              2017年11月20日

            【工作动态】
            一、县政府召开冬季大气污染防治工作推进会
            11月17日，县政府召开冬季大气污染防治工作推进会。副县长杨光出席会议并讲话。
            二、县环保局开展夜间执法检查
            11月18日晚，县环保局组织执法人员对工业企业开展夜间突击检查，共检查企业15家。

            报：市大气办
            送：县委、县政府领导
            发：各乡镇、县直各部门
                                                （共印30份）
            """
        let r = try read(text)
        #expect(r.briefings.map(\.source.lines) == [[6, 7], [8, 9]])
        #expect(r.briefings.map(\.date) == ["2017-11-17", "2017-11-18"])
        #expect(r.briefings.map(\.timeOfDay) == [nil, "晚上"])
        #expect(r.briefings[0].unit == "县政府")
        #expect(r.briefings[0].people.map(\.title) == ["副县长"])
        #expect(Set(r.warnings.compactMap(\.line)).isSuperset(of: [5, 11, 12, 13, 14]))
    }
}
