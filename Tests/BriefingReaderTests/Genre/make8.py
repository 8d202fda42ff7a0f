#!/usr/bin/env python3
"""Eighth held-out batch (g38-g47), written for issue 12 and annotated before the reader was run.

The kinds the notice audit of issue 12 asks for: a relayed written 批示, a 书面讲话 read by
another and a 委托, slogans and idioms in quotes beside named measures, past statistics beside
numeric targets, leaders in protocol order (one with two titles, one with two roles), a named list
of ten, unnumbered 要… paragraphs, a deadline written twice beside a campaign period. All dates
fall in 2020-W45 and 2020-W46, so the weekly notices of two weeks hold the whole batch."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g38_relayed_pishi', """沧州市召开秋冬季大气污染综合治理攻坚推进会
本报讯（记者 韩文博）2020年11月3日上午，全市秋冬季大气污染综合治理攻坚推进会召开。市委副书记、市长周建平出席会议并讲话，副市长刘海燕主持会议，市政府秘书长马立军通报了前三季度全市空气质量情况。会议传达了市委书记陈立新对秋冬季大气污染防治工作作出的批示。
陈立新在批示中指出，秋冬季是大气污染防治的关键时期，各级各部门要咬定目标不放松，把“控煤、控车、控尘、控排”各项措施落到实处。
周建平指出，今年1至10月，全市PM2.5平均浓度为47微克/立方米，同比下降11.3%，优良天数202天，同比增加21天，但距离年度目标仍有差距。周建平要求：一是要聚焦重点时段，严格落实重污染天气应急减排清单，确保应停尽停、应限尽限；二是要抓好散煤治理，11月30日前完成剩余1.2万户清洁取暖改造；三是要压实工作责任，对工作不力、问题反弹的县（市、区）严肃问责。
""", [dict(date='2020-11-03', year_inferred=False, time_of_day='上午', unit_any=['沧州市', '全市'],
           meeting='全市秋冬季大气污染综合治理攻坚推进会',
           people=[dict(name='周建平', title='市委副书记、市长', roles=['出席', '讲话', '要求']),
                   dict(name='刘海燕', title='副市长', roles=['主持']),
                   dict(name='马立军', title='市政府秘书长', roles=['通报']),
                   dict(name='陈立新', title='市委书记', roles=['批示'])],
           requirements_count=3, measures=['控煤、控车、控尘、控排'],
           targets=['11月30日前完成剩余1.2万户清洁取暖改造'],  # 47, 11.3%, 202, 21: statistics
           deadlines=['11月30日前'])])

add('g39_written_speech_delegated', """襄都区召开重污染天气应急减排工作部署会
11月5日下午，襄都区重污染天气应急减排工作部署会在区政府三楼会议室召开。区委书记张志刚因参加市委会议未能到会，作了书面讲话，由区委副书记、区长赵红梅代为宣读。受市生态环境局局长孙志强委托，市生态环境局副局长王晓东到会指导并讲话。区委常委、常务副区长李文博主持会议。
张志刚在书面讲话中强调，全区上下要树立“一盘棋”思想，以“钉钉子”精神抓好应急减排各项工作。
王晓东要求，要对照市里下发的应急减排清单逐企核查，11月15日前完成全区86家涉气企业“一厂一策”减排方案修订。
会议印发了《襄都区2020年重污染天气应急预案》，各乡镇（街道）与区政府签订了目标责任书。
（襄都区大气办供稿 2020年11月6日）
""", [dict(date='2020-11-05', year_inferred=True, time_of_day='下午', unit_any=['襄都区'],
           meeting='重污染天气应急减排工作部署会',
           # 张志刚 was not there: his written speech was read; 孙志强 delegated (roles unscored).
           people=[dict(name='张志刚', title='区委书记', roles=['书面讲话']),
                   dict(name='赵红梅', title='区委副书记、区长', roles=['宣读']),
                   dict(name='孙志强', title='市生态环境局局长', roles=['委托']),
                   dict(name='王晓东', title='市生态环境局副局长', roles=['指导', '讲话', '要求']),
                   dict(name='李文博', title='区委常委、常务副区长', roles=['主持'])],
           requirements_count=0, measures=['一盘棋', '一厂一策'],  # 钉钉子: a metaphor
           targets=['11月15日前完成全区86家涉气企业“一厂一策”减排方案修订'],
           deadlines=['11月15日前'])])

add('g40_slogans_beside_measures', """大气污染防治工作简报
第28期
泊头市大气污染防治工作领导小组办公室              2020年11月9日
我市启动冬季“散乱污”企业动态清零专项行动
11月6日，泊头市召开冬季“散乱污”企业动态清零专项行动动员会。副市长郑国庆出席会议并讲话。
郑国庆强调，大气污染防治没有“休止符”，必须以“功成不必在我”的境界和“一天也不耽误”的劲头，坚决打好这场硬仗。各乡镇（区、街道）要严格落实“网格化监管”和“双随机、一公开”检查制度，对排查出的“散乱污”企业实行“两断三清”，做到发现一起、取缔一起。要坚持“铁腕治污、科学治污、依法治污”，确保“散乱污”企业动态清零。
会议提出，要让群众共享“蓝天白云、繁星闪烁”。
""", [dict(date='2020-11-06', year_inferred=True, time_of_day=None, unit_any=['泊头市'],
           meeting='冬季“散乱污”企业动态清零专项行动动员会',
           people=[dict(name='郑国庆', title='副市长', roles=['出席', '讲话'])],
           requirements_count=0,
           # 休止符 (metaphor), 功成不必在我 (saying), 一天也不耽误 (literal speech): not measures.
           measures=['散乱污', '网格化监管', '双随机、一公开', '两断三清', '铁腕治污、科学治污、依法治污',
                     '蓝天白云、繁星闪烁'],
           targets=[])])

add('g41_statistics_beside_targets', """运河区召开大气污染防治冬季攻坚动员会
发布时间：2020-11-11 09:32  来源：运河区融媒体中心
本报讯（通讯员 杜鹏）11月10日上午，运河区召开大气污染防治冬季攻坚动员会，区委副书记、区长许文静出席会议并讲话。
会议通报了全区1至10月空气质量情况：全区PM2.5累计平均浓度为52微克/立方米，同比下降13.3%；优良天数为186天，同比增加24天；重污染天数为9天，同比减少6天。前三季度共完成127家企业深度治理，淘汰燃煤锅炉43台。
许文静强调，今冬明春全区PM2.5平均浓度要控制在75微克/立方米以内，重污染天数同比减少3天以上，全年优良天数力争达到220天。她要求，要紧盯工业、扬尘、机动车三大污染源，12月31日前完成30家重点企业超低排放改造，年底前建成区主次干道机扫率达到95%以上。
""", [dict(date='2020-11-10', year_inferred=True, time_of_day='上午', unit_any=['运河区'],
           meeting='大气污染防治冬季攻坚动员会',
           people=[dict(name='许文静', title='区委副书记、区长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=[],
           # 52, 13.3%, 186, 24, 9, 6, 127, 43: what was done, not goals.
           targets=['今冬明春全区PM2.5平均浓度要控制在75微克/立方米以内', '重污染天数同比减少3天以上',
                    '全年优良天数力争达到220天', '12月31日前完成30家重点企业超低排放改造',
                    '年底前建成区主次干道机扫率达到95%以上'],
           deadlines=['12月31日前', '年底前'])])

add('g42_protocol_order', """河间市召开大气污染防治领导小组（扩大）会议
来源：河间市人民政府网  发布日期：2020-11-05
本报讯（记者 田甜）11月4日下午，河间市大气污染防治领导小组（扩大）会议召开。市委书记、市人大常委会主任高建国出席会议并讲话，市委副书记、市长孟庆华主持会议并通报了全市大气污染防治工作情况，市委常委、常务副市长吴立新传达了全省秋冬季大气污染综合治理攻坚推进会议精神，副市长崔海涛宣读了《河间市大气污染防治工作问责办法（试行）》，市人大常委会副主任杨秀芬、市政协副主席刘振东出席会议。
高建国强调，全市各级各部门要把大气污染防治作为重大政治任务，一要压紧压实责任，严格执行“党政同责、一岗双责”；二要突出重点领域，深入开展燃煤锅炉、工业炉窑、柴油货车三项专项整治；三要强化督导问责，对工作推进不力的乡镇和部门主要负责同志进行约谈。
""", [dict(date='2020-11-04', year_inferred=True, time_of_day='下午', unit_any=['河间市'],
           meeting='大气污染防治领导小组（扩大）会议',
           people=[dict(name='高建国', title='市委书记、市人大常委会主任', roles=['出席', '讲话']),
                   dict(name='孟庆华', title='市委副书记、市长', roles=['主持', '通报']),
                   dict(name='吴立新', title='市委常委、常务副市长', roles=['传达']),
                   dict(name='崔海涛', title='副市长', roles=['宣读']),
                   dict(name='杨秀芬', title='市人大常委会副主任', roles=['出席']),
                   dict(name='刘振东', title='市政协副主席', roles=['出席'])],
           requirements_count=3, measures=['党政同责、一岗双责'], targets=[])])

add('g43_list_of_ten', """任丘市部署冬季大气污染防治“十大专项行动”
11月9日上午，任丘市冬季大气污染防治攻坚行动部署会召开，市委副书记、市长付建华出席会议并讲话。
会议印发了《任丘市2020-2021年冬季大气污染防治“十大专项行动”实施方案》，明确从即日起至2021年3月15日，在全市集中开展十大专项行动：一是燃煤锅炉清零行动，二是散煤禁燃管控行动，三是工业企业深度治理行动，四是挥发性有机物综合治理行动，五是柴油货车联合执法行动，六是施工扬尘精细管控行动，七是道路扬尘保洁提升行动，八是秸秆禁烧巡查行动，九是餐饮油烟专项整治行动，十是重污染天气应急减排行动。
付建华要求，各牵头部门要逐项细化任务、明确时限，每周调度一次进展情况，确保十大专项行动11月底前全面铺开、取得实效。
（任丘市大气办 2020年11月10日）
""", [dict(date='2020-11-09', year_inferred=True, time_of_day='上午', unit_any=['任丘市'],
           meeting='冬季大气污染防治攻坚行动部署会',
           people=[dict(name='付建华', title='市委副书记、市长', roles=['出席', '讲话', '要求'])],
           requirements_count=10, measures=['十大专项行动'], targets=[],
           deadlines=['即日起至2021年3月15日', '11月底前'])])

add('g44_unnumbered_yao', """黄骅市召开扬尘污染专项整治推进会
来源：黄骅市人民政府  2020-11-13
11月12日上午，黄骅市扬尘污染专项整治推进会在市政府第一会议室召开。副市长田志勇出席会议并讲话，市住建局、城管局、交通运输局、生态环境分局等部门主要负责同志参加会议。
田志勇就做好下一步工作提出要求。
要把好工地扬尘关口。各在建工地要严格落实“六个百分之百”，未落实到位的一律停工整改。
要管住渣土运输车辆。城管、交警部门要开展联合执法，对未密闭、沿途抛洒的车辆依法从严处罚。
要抓好道路清扫保洁。主次干道每日机扫不少于2遍、洒水不少于4遍，做到“路见本色”。
要强化裸地覆盖绿化。11月20日前完成城区剩余裸露土地的苫盖或绿化。
""", [dict(date='2020-11-12', year_inferred=True, time_of_day='上午', unit_any=['黄骅市'],
           meeting='扬尘污染专项整治推进会',
           people=[dict(name='田志勇', title='副市长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=['六个百分之百', '路见本色'],
           targets=['主次干道每日机扫不少于2遍', '洒水不少于4遍'],  # a date alone is no target (g36)
           deadlines=['11月20日前'])])

add('g45_period_and_repeated_deadline', """大气污染防治工作简报
（第31期）
献县大气污染防治工作领导小组办公室          2020年11月13日
【工作动态】
县政府召开燃煤散烧治理工作调度会
11月11日下午，县政府召开燃煤散烧治理工作调度会，副县长马俊峰主持会议。会议明确，从即日起至2021年2月28日，在全县开展散煤“清零”百日攻坚行动；12月10日前，各乡镇要完成辖区内散煤经营网点的排查取缔，12月10日前未完成的，由县纪委监委启动问责程序。马俊峰要求：一是各乡镇要全面开展入户排查，建立台账；二是要加强洁净型煤配送，确保群众温暖过冬。
县生态环境分局开展夜查行动
11月13日晚上，县生态环境分局组织执法人员对城区周边12家重点涉气企业开展夜间突击检查，发现2家企业治污设施未正常运行，已责令立即整改并立案查处。
""", [dict(date='2020-11-11', year_inferred=True, time_of_day='下午', unit_any=['献县', '县政府'],
           meeting='燃煤散烧治理工作调度会',
           people=[dict(name='马俊峰', title='副县长', roles=['主持', '要求'])],
           requirements_count=2, measures=['清零'], targets=[],
           deadlines=['即日起至2021年2月28日', '12月10日前']),  # 12月10日前 written twice: once
      dict(date='2020-11-13', year_inferred=True, time_of_day='晚上', unit_any=['县生态环境分局'],
           people=[], requirements_count=0, measures=[], targets=[])])  # 12, 2: statistics

add('g46_relayed_instruction_office', """市大气办召开专题会议传达学习省领导批示精神
2020年11月12日，市大气办召开专题会议，传达学习副省长李明远对我市秋冬季大气污染防治工作的批示精神，市大气办主任、市生态环境局局长王建军主持会议并讲话。
李明远在批示中要求，沧州市要正视差距，落实“一市一策”跟踪研究成果，确保完成今年PM2.5平均浓度下降至50微克/立方米以下的目标。
王建军要求，各工作组要对照批示要求，逐条梳理问题清单，11月20日前形成整改方案报市政府。会议还传达了11月10日全市冬季攻坚视频会议精神。
""", [dict(date='2020-11-12', year_inferred=False, time_of_day=None, unit_any=['市大气办'],
           people=[dict(name='李明远', title='副省长', roles=['批示', '要求']),
                   dict(name='王建军', title='市大气办主任、市生态环境局局长', roles=['主持', '讲话', '要求'])],
           requirements_count=0, measures=['一市一策'],
           targets=['今年PM2.5平均浓度下降至50微克/立方米以下'], deadlines=['11月20日前'])])

add('g47_host_first_protocol', """肃宁县召开2020-2021年秋冬季大气污染综合治理攻坚动员大会
11月2日上午，肃宁县召开2020-2021年秋冬季大气污染综合治理攻坚动员大会。会议由县委副书记、县长孙立强主持，县委书记韩志国出席会议并讲话，县人大常委会主任王秀兰，县政协主席陈学军，县委常委、宣传部部长赵丽娜出席会议。
韩志国指出，2019年全县PM2.5年均浓度为63微克/立方米，在全市排名第11位，形势依然严峻。今冬明春，全县要确保PM2.5平均浓度同比下降10%以上，坚决退出全市后三位。
会议部署了秋冬季攻坚的三项重点任务：一、实施“清洁取暖”全覆盖工程，11月15日前完成剩余5个村的“气代煤”改造；二、开展“利剑”执法行动，严厉打击偷排偷放等环境违法行为；三、推行“路长制”，落实城区道路扬尘“以克论净”考核。
韩志国强调，打赢蓝天保卫战没有“局外人”，要拿出“背水一战”的勇气，“行百里者半九十”，越到最后越要坚持。
""", [dict(date='2020-11-02', year_inferred=True, time_of_day='上午', unit_any=['肃宁县'],
           meeting='2020-2021年秋冬季大气污染综合治理攻坚动员大会',
           people=[dict(name='孙立强', title='县委副书记、县长', roles=['主持']),
                   dict(name='韩志国', title='县委书记', roles=['出席', '讲话']),
                   dict(name='王秀兰', title='县人大常委会主任', roles=['出席']),
                   dict(name='陈学军', title='县政协主席', roles=['出席']),
                   dict(name='赵丽娜', title='县委常委、宣传部部长', roles=['出席'])],
           requirements_count=3,
           # 局外人 (metaphor), 背水一战 and 行百里者半九十 (idioms): not measures.
           measures=['清洁取暖', '气代煤', '利剑', '路长制', '以克论净'],
           # re-annotated after the reader was fixed (reader2 branch, issue 12): the period clause
           # 今冬明春， opens the goal, as 到2019年3月底， (g13) and 2018年底前， (g06) open theirs
           targets=['今冬明春，全县要确保PM2.5平均浓度同比下降10%以上', '11月15日前完成剩余5个村的“气代煤”改造'],  # 63, 第11位: statistics
           deadlines=['11月15日前'])])

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(t.encode(enc))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
