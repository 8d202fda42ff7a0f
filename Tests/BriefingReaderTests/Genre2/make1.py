#!/usr/bin/env python3
"""Batch 1 (h01-h06): dates and holders. Annotated before the reader was run on it."""
from common import add, write

add('h01_epaper_masthead', """邢台日报
2019年11月12日 星期二  第2版：综合新闻

任县召开冬季大气污染防治工作推进会
本报讯（记者 王晓东 通讯员 李娜）11日上午，县委、县政府召开冬季大气污染防治工作推进会。县委书记冉建华出席会议并讲话，县长郝志刚主持会议。
冉书记指出，当前已进入秋冬季重污染天气高发期，各乡镇、各部门要把思想和行动统一到县委、县政府的决策部署上来。一要严格落实“散煤清零”；二要加强工地扬尘管控；三要强化执法检查。
会议要求，12月底前全县完成“煤改气”改造8000户。
""", [dict(date='2019-11-11', year_inferred=True, time_of_day='上午', unit_any=['任县'],
           meeting='冬季大气污染防治工作推进会',
           people=[dict(name='冉建华', title='县委书记', roles=['出席', '讲话']),
                   dict(name='郝志刚', title='县长', roles=['主持'])],
           requirements_count=3, measures=['散煤清零', '煤改气'],
           targets=['12月底前全县完成“煤改气”改造8000户'])])

add('h02_dateline_day_only', """发布时间：2019-05-21 08:30  来源：衡水日报
冀州区召开大气污染防治攻坚调度会
本报5月20日讯（通讯员 张伟）18日下午，冀州区召开大气污染防治攻坚调度会，通报4月份全区空气质量排名情况。区委副书记、区长刘振国出席会议并讲话。
刘振国要求，一是要提高站位，二是要压实责任，三是要严格督导检查，确保5月份全区PM2.5浓度同比下降10%以上。
""", [dict(date='2019-05-18', year_inferred=True, time_of_day='下午', unit_any=['冀州区'],
           meeting='大气污染防治攻坚调度会',
           people=[dict(name='刘振国', title='区委副书记、区长', roles=['出席', '讲话', '要求'])],
           requirements_count=3, measures=[], targets=['确保5月份全区PM2.5浓度同比下降10%以上'])])

add('h03_jianbao_other_meeting', """大气污染防治工作简报
第15期
广宗县大气污染防治工作领导小组办公室                二〇一九年六月三日

县政府召开专题会议传达落实全市大气污染防治工作会议精神
为贯彻落实2019年5月28日全市大气污染防治工作会议精神，5月31日上午，县政府召开大气污染防治工作专题会议。副县长韩立明传达了全市会议精神，县委常委、常务副县长赵志强主持会议并讲话。
赵志强强调，各乡镇要对照问题清单逐项整改，6月15日前完成全部整改任务。

县大气办集中整治露天烧烤
近日，县大气办联合县公安局对县城区露天烧烤摊点开展集中整治，共取缔露天烧烤摊点23处，对5名经营者进行了批评教育。
""", [dict(date='2019-05-31', year_inferred=True, time_of_day='上午', unit_any=['广宗县', '广宗县人民政府'],
           meeting='大气污染防治工作专题会议',
           people=[dict(name='韩立明', title='副县长', roles=['传达']),
                   dict(name='赵志强', title='县委常委、常务副县长', roles=['主持', '讲话'])],
           requirements_count=0, measures=[], targets=[]),
      dict(date=None, time_of_day=None, unit_any=['县大气办', '广宗县大气办'], people=[], measures=[], targets=[])])

add('h04_numeral_date_weekday', """临西县召开秋冬季大气污染综合治理攻坚行动动员大会
二〇一九年十一月五日（星期二）上午，临西县召开2019-2020年秋冬季大气污染综合治理攻坚行动动员大会。县委书记卢建平、县长孙志刚出席会议，孙志刚讲话。县人大常委会主任、县政协主席等县领导应邀参加会议。
会议强调，要以零容忍态度严厉打击环境违法行为，年底前完成全县“散乱污”企业动态清零。
（记录：王丽）
""", [dict(date='2019-11-05', year_inferred=False, time_of_day='上午', unit_any=['临西县'],
           meeting='2019-2020年秋冬季大气污染综合治理攻坚行动动员大会',
           people=[dict(name='卢建平', title='县委书记', roles=['出席']),
                   dict(name='孙志刚', title='县长', roles=['出席', '讲话'])],
           requirements_count=0, measures=['散乱污'], targets=[])])

add('h05_campaign_period', """南和区开展2019年“蓝天行动”百日攻坚
本报讯 近日，南和区启动2019年“蓝天行动”百日攻坚，攻坚期自即日起至2020年3月31日。区生态环境分局局长马建军介绍，攻坚期间将重点整治涉气企业、建筑工地和渣土运输车辆。

任泽区召开秋冬季攻坚行动调度会
本报讯 11月8日，任泽区召开秋冬季攻坚行动调度会。会议要求，严格落实《任泽区2019-2020年秋冬季大气污染综合治理攻坚行动方案》，确保攻坚期内全区PM2.5平均浓度同比下降4%。
""", [dict(date=None, time_of_day=None, unit_any=['南和区'],
           people=[dict(name='马建军', title='区生态环境分局局长', roles=[])],
           measures=['蓝天行动'], targets=[]),
      dict(date='2019-11-08', year_inferred=True, time_of_day=None, unit_any=['任泽区'], meeting='秋冬季攻坚行动调度会',
           people=[], requirements_count=0, measures=[],
           targets=['确保攻坚期内全区PM2.5平均浓度同比下降4%'])])

add('h06_joint_and_city_government', """2018-12-06 10:21  来源：邢台新闻网
市生态环境局 市住建局联合召开建筑工地扬尘治理约谈会
本报讯（记者 刘芳）12月3日下午，市生态环境局、市住建局联合召开建筑工地扬尘治理约谈会，对11月份扬尘管控不力的8家施工企业负责人进行约谈。市生态环境局副局长周海涛主持会议，市住建局副局长吴建平通报了检查情况。

邢台市政府召开重污染天气应急减排工作会议
本报讯 12月5日上午，市政府召开重污染天气应急减排工作会议。副市长杨光出席会议并讲话。杨光要求，各县（市、区）要严格落实应急减排清单，确保预警期间减排比例达到30%以上。
""", [dict(date='2018-12-03', year_inferred=True, time_of_day='下午', unit_any=['市生态环境局、市住建局'],
           meeting='建筑工地扬尘治理约谈会',
           people=[dict(name='周海涛', title='市生态环境局副局长', roles=['主持']),
                   dict(name='吴建平', title='市住建局副局长', roles=['通报'])],
           requirements_count=0, measures=[], targets=[]),
      dict(date='2018-12-05', year_inferred=True, time_of_day='上午', unit_any=['邢台市政府', '邢台市'],
           meeting='重污染天气应急减排工作会议',
           people=[dict(name='杨光', title='副市长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=[], targets=['确保预警期间减排比例达到30%以上'])])

write()
