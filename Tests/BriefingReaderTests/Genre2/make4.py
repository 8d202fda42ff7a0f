#!/usr/bin/env python3
"""Batch 4 (h19-h24): mixed cases. Annotated before the reader was run on it."""
from common import add, write

add('h19_riqian_publish_date', """首页 > 新闻中心 > 部门动态
南和区召开餐饮油烟治理工作会议
发布日期：2019-11-29    来源：区生态环境分局    浏览次数：326
日前，南和区召开餐饮油烟治理工作会议，区生态环境分局、区市场监管局、区城管局相关负责同志参加会议。会议要求，城区所有餐饮服务单位要于12月20日前全部安装油烟净化设施，严禁露天烧烤。
""", [dict(date=None, time_of_day=None, unit_any=['南和区'], meeting='餐饮油烟治理工作会议', people=[],
           requirements_count=0, measures=[], targets=[])])

add('h20_other_meeting_first', """我市迅速贯彻落实全省大气污染防治工作会议精神
10月30日，省政府召开全省秋冬季大气污染综合治理攻坚行动电视电话会议后，11月1日上午，我市立即召开全市大气污染防治工作调度会，对贯彻落实工作进行安排部署。副市长王晓明出席会议并讲话。
王晓明要求，各县（市、区）要严格落实《衡水市2019-2020年秋冬季大气污染综合治理攻坚行动方案》，确保11月份全市PM2.5平均浓度同比下降5%以上。
2019年11月02日  来源：衡水日报
""", [dict(date='2019-11-01', year_inferred=True, time_of_day='上午', unit_any=['衡水市', '我市'],
           meeting='全市大气污染防治工作调度会',
           people=[dict(name='王晓明', title='副市长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=[],
           targets=['确保11月份全市PM2.5平均浓度同比下降5%以上'])])

add('h21_weekday_zhou_issue_year', """大气污染防治工作简报
2019年第12期
平乡县大气污染防治工作领导小组办公室

县长赵丽主持召开散乱污企业整治工作调度会
11月6日（周三）下午，县长赵丽主持召开散乱污企业整治工作调度会，听取各乡镇整治进展情况汇报。赵丽强调，一是要全面排查，做到不留死角；二是要严格标准，坚决杜绝“假整改”；三是要建立长效机制，防止死灰复燃。
""", [dict(date='2019-11-06', year_inferred=True, time_of_day='下午', unit_any=['平乡县', '全县'],
           meeting='散乱污企业整治工作调度会',
           people=[dict(name='赵丽', title='县长', roles=['主持', '讲话'])],
           requirements_count=3, measures=[], targets=[])])

add('h22_speech_relayed_then_own', """在全区大气污染防治工作推进会上的讲话
区长 周建平
（2019年12月4日）
同志们：
刚才，李副书记传达了全市大气污染防治工作会议精神，市里提出了三点要求：一是坚决完成全年目标任务；二是全力做好重污染天气应对；三是严格落实各级责任。我们要认真抓好贯彻落实。
下面，我再强调四点：
（一）紧盯散煤管控。各街道要开展拉网式排查，确保散煤“清零”。
（二）严格扬尘治理。所有建筑工地必须落实“六个百分之百”。
（三）加强机动车管控。重型柴油车一律禁止进入城区。
（四）强化督导问责。区督查室要每周通报一次工作进展。
同志们，让我们共同努力，坚决打赢蓝天保卫战！
""", [dict(date='2019-12-04', year_inferred=False, time_of_day=None, unit_any=['全区'],
           meeting='全区大气污染防治工作推进会',
           people=[dict(name='周建平', title='区长', roles=['讲话'])],
           requirements_count=4, measures=['清零', '六个百分之百'], targets=[])])

add('h23_three_joint_holders', """市大气办等三部门联合召开重型柴油车治理工作推进会
本报讯（通讯员 刘洋）12月11日上午，市大气办、市公安局、市交通运输局联合召开重型柴油车治理工作推进会。市大气办副主任孙立军主持会议，市公安局交警支队副支队长李宏伟、市交通运输局副局长陈晓峰分别就相关工作作了安排部署。
会议要求，12月底前完成全市重型柴油车尾气排放检测全覆盖。
发布时间：2019-12-12
""", [dict(date='2019-12-11', year_inferred=True, time_of_day='上午', unit_any=['市大气办、市公安局、市交通运输局'],
           meeting='重型柴油车治理工作推进会',
           people=[dict(name='孙立军', title='市大气办副主任', roles=['主持']),
                   dict(name='李宏伟', title='市公安局交警支队副支队长', roles=['部署']),
                   dict(name='陳晓峰'.replace('陳', '陈'), title='市交通运输局副局长', roles=['部署'])],
           requirements_count=0, measures=[], targets=[])])

add('h24_traditional_leading_group', """邢臺市大氣污染防治工作領導小組第三次會議召開
本報訊 2019年11月15日上午，邢臺市大氣污染防治工作領導小組第三次會議召開。市委書記、市大氣污染防治工作領導小組組長冉(rǎn)萬祥主持會議並講話。
冉書記強調，一要堅決扛起政治責任；二要緊盯重點領域；三要嚴格督導問責。
""", [dict(date='2019-11-15', year_inferred=False, time_of_day='上午',
           unit_any=['邢台市大气污染防治工作领导小组', '邢台市'],
           meeting='邢台市大气污染防治工作领导小组第三次会议',
           people=[dict(name='冉万祥', title='市委书记、市大气污染防治工作领导小组组长', roles=['主持', '讲话'])],
           requirements_count=3, measures=[], targets=[])])

write()
