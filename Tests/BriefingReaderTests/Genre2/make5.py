#!/usr/bin/env python3
"""Batch 5 (h25-h30): the same kinds in other surface forms, written after batches 1-4 were fixed, to
check that the fixes are general. Annotated before the reader was run on it."""
from common import add, write

add('h25_masthead_date_last', """第3版  要闻  石家庄日报  2020年1月8日  星期三

市委、市政府召开冬季大气污染防治攻坚调度会
本报讯（记者 高建）7日下午，市委、市政府召开冬季大气污染防治攻坚调度会。市委副书记、市长马宇骏出席会议并讲话。
会议要求，春节前后要严格落实烟花爆竹禁放规定，确保1月份石家庄市PM2.5平均浓度同比下降10%以上。
""", [dict(date='2020-01-07', year_inferred=True, time_of_day='下午', unit_any=['石家庄市'],
           meeting='冬季大气污染防治攻坚调度会',
           people=[dict(name='马宇骏', title='市委副书记、市长', roles=['出席', '讲话'])],
           requirements_count=0, measures=[],
           targets=['确保1月份石家庄市PM2.5平均浓度同比下降10%以上'])])

add('h26_xinhua_province', """新华社石家庄12月20日电（记者 李继伟）19日上午，河北省政府召开全省散煤治理工作推进会。副省长时清霜出席会议并讲话。
会议强调，要全面完成今年“双代”改造任务，坚决防止散煤复烧。
发布时间：2019-12-20 16:48:22
""", [dict(date='2019-12-19', year_inferred=True, time_of_day='上午', unit_any=['河北省政府', '河北省'],
           meeting='全省散煤治理工作推进会',
           people=[dict(name='时清霜', title='副省长', roles=['出席', '讲话'])],
           requirements_count=0, measures=['双代'], targets=[])])

add('h27_practices_then_first_second', """新河县召开大气污染防治工作总结部署会
本报讯 2019年12月27日，新河县召开大气污染防治工作总结部署会。会议总结了今年以来的主要做法：1.实施散煤清零行动；2.开展“散乱污”企业动态排查；3.推进重点行业深度治理。会议要求：第一，巩固散煤治理成果；第二，抓好重污染天气应对；第三，谋划好明年重点工作。
""", [dict(date='2019-12-27', year_inferred=False, time_of_day=None, unit_any=['新河县'], meeting='大气污染防治工作总结部署会',
           people=[], requirements_count=3, measures=['散乱污'], targets=[])])

add('h28_town_secretary_and_credits', """大营镇召开秸秆禁烧工作会议
2019年10月8日上午，大营镇召开秸秆禁烧工作会议。镇党委书记刘文杰出席会议并讲话，镇长孟凡东主持会议。刘书记要求，各村要实行网格化管理，做到“不着一把火、不冒一处烟”。
主持人：孟凡东
摄影：周强
（通讯员 韩雪 宋阳）
""", [dict(date='2019-10-08', year_inferred=False, time_of_day='上午', unit_any=['大营镇'], meeting='秸秆禁烧工作会议',
           people=[dict(name='刘文杰', title='镇党委书记', roles=['出席', '讲话', '要求']),
                   dict(name='孟凡东', title='镇长', roles=['主持'])],
           requirements_count=0, measures=['不着一把火、不冒一处烟'], targets=[])])

add('h29_numeral_issue_date_items', """大气污染防治工作简报
第2期
宁晋县大气污染防治工作领导小组办公室          二〇二〇年一月十日

县大气办开展燃煤锅炉专项检查
1月8日，县大气办组织执法人员对全县燃煤锅炉开展专项检查，共检查锅炉21台，责令整改3台。

县政府召开重污染天气应急减排督导会
1月9日下午，县政府召开重污染天气应急减排督导会。副县长宋振华出席会议并讲话。宋振华强调，一要严格执行应急减排清单；二要加大执法检查力度。
""", [dict(date='2020-01-08', year_inferred=True, time_of_day=None, unit_any=['县大气办', '宁晋县大气办'], people=[],
           measures=[], targets=[]),
      dict(date='2020-01-09', year_inferred=True, time_of_day='下午', unit_any=['宁晋县', '宁晋县政府'],
           meeting='重污染天气应急减排督导会',
           people=[dict(name='宋振华', title='副县长', roles=['出席', '讲话'])],
           requirements_count=2, measures=[], targets=[])])

add('h30_weekday_xingqiwu_wo_xian', """我县召开工地扬尘治理现场观摩会
2019年11月29日（星期五）上午，我县召开工地扬尘治理现场观摩会，与会人员先后观摩了3个建筑工地。县委常委、副县长杜志勇出席会议并讲话。杜志勇要求，全县所有建筑工地要严格落实“六个百分之百”，确保12月份全县PM10平均浓度同比下降8%。
会议由县住建局局长苗青主持。
广宗县融媒体中心  2019-11-30
""", [dict(date='2019-11-29', year_inferred=False, time_of_day='上午', unit_any=['广宗县', '我县'],
           meeting='工地扬尘治理现场观摩会',
           people=[dict(name='杜志勇', title='县委常委、副县长', roles=['出席', '讲话', '要求']),
                   dict(name='苗青', title='县住建局局长', roles=['主持'])],
           requirements_count=0, measures=['六个百分之百'],
           targets=['确保12月份全县PM10平均浓度同比下降8%'])])

write()
