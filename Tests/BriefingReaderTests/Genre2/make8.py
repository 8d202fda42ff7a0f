#!/usr/bin/env python3
"""Batch 8 (h43-h48): longer reports with several traps at once. Annotated before the reader was run on it."""
from common import add, write

add('h43_long_county_report', """枣强县全力推进秋冬季大气污染综合治理
发布时间：2019-11-15 16:32:10  来源：枣强县人民政府  浏览次数：512
为贯彻落实全市秋冬季大气污染综合治理攻坚行动推进会精神，11月14日下午，县委、县政府召开全县秋冬季大气污染综合治理攻坚行动推进会。县委书记李国强出席会议并讲话，县委副书记、县长王东明主持会议，副县长徐建华通报了前一阶段全县大气污染防治工作情况。县人大常委会、县政协有关领导应邀参加会议。
李国强指出，今年以来，全县上下攻坚克难，大气污染防治工作取得了明显成效：一是空气质量持续改善，PM2.5平均浓度同比下降9.6%；二是散煤治理全面完成，完成“双代”改造1.8万户。
李国强强调，一要坚持问题导向，对督导检查发现的问题立行立改；二要坚持精准施策，12月底前全面完成重点行业深度治理；三要坚持严督实考，对工作不力的严肃追责问责。
王县长要求，各乡镇、各部门要迅速行动，确保会议精神落到实处。
（记者 赵倩 通讯员 孙浩）
""", [dict(date='2019-11-14', year_inferred=True, time_of_day='下午', unit_any=['枣强县'],
           meeting='全县秋冬季大气污染综合治理攻坚行动推进会',
           people=[dict(name='李国强', title='县委书记', roles=['出席', '讲话']),
                   dict(name='王东明', title='县委副书记、县长', roles=['主持', '要求']),
                   dict(name='徐建华', title='副县长', roles=['通报'])],
           requirements_count=3, measures=['双代'], targets=[])])

add('h44_jianbao_three_items', """大气污染防治工作简报
第27期
故城县大气污染防治工作领导小组办公室     二〇一九年十二月二十三日

县政府召开重污染天气应对工作调度会
12月20日晚上，县政府召开重污染天气应对工作调度会，部署橙色预警期间各项管控措施。副县长刘海燕出席会议并讲话。刘海燕要求：1.严格落实应急减排清单；2.加强夜间巡查；3.做好信息报送。

县生态环境分局开展涉气企业夜查
12月21日夜间，县生态环境分局对全县涉气企业开展夜查，共检查企业24家，发现问题5个，已全部交办。

县城管局强化道路扬尘管控
日前，县城管局加大道路洒水降尘频次，城区主次干道每日洒水不少于6次。
""", [dict(date='2019-12-20', year_inferred=True, time_of_day='晚上', unit_any=['故城县', '故城县政府'],
           meeting='重污染天气应对工作调度会',
           people=[dict(name='刘海燕', title='副县长', roles=['出席', '讲话', '要求'])],
           requirements_count=3, measures=[], targets=[]),
      dict(date='2019-12-21', year_inferred=True, time_of_day=None, unit_any=['县生态环境分局', '故城县生态环境分局'],
           people=[], measures=[], targets=[]),
      dict(date=None, time_of_day=None, unit_any=['县城管局', '故城县城管局'], people=[], measures=[], targets=[])])

add('h45_speech_yishi_then_zhuyao', """在全市重型柴油车污染治理工作会议上的讲话
副市长 郑国栋
（2019年9月26日）
同志们：
今天召开这次会议，主要是安排部署全市重型柴油车污染治理工作。刚才，市公安局、市交通运输局分别作了表态发言，讲得很好。下面，我讲两点意见。
一、充分认识重型柴油车污染治理的重要性
重型柴油车是我市氮氧化物排放的主要来源之一。
二、突出重点，狠抓落实
一是严格路检路查，对超标排放车辆依法处罚；二是加强入户检查，每月对重点用车企业抽查不少于10家；三是推进老旧车淘汰，年底前淘汰国三及以下排放标准营运柴油货车500辆。
同志们，让我们齐心协力，坚决打赢柴油货车污染治理攻坚战！
""", [dict(date='2019-09-26', year_inferred=False, time_of_day=None, unit_any=['全市'],
           meeting='全市重型柴油车污染治理工作会议',
           people=[dict(name='郑国栋', title='副市长', roles=['讲话'])],
           measures=[],
           targets=['每月对重点用车企业抽查不少于10家', '年底前淘汰国三及以下排放标准营运柴油货车500辆'])])

add('h46_traditional_county_news', """饒陽縣召開散亂汙企業整治工作推進會
本報訊 12月3日上午，饒陽縣召開散亂汙企業整治工作推進會。縣委常委、副縣長孟(mèng)慶華出席會議並講話。孟慶華要求，一要摸清底數；二要分類處置；三要嚴防反彈。
發佈時間：2019-12-04
""", [dict(date='2019-12-03', year_inferred=True, time_of_day='上午', unit_any=['饶阳县'],
           meeting='散乱污企业整治工作推进会',
           people=[dict(name='孟庆华', title='县委常委、副县长', roles=['出席', '讲话', '要求'])],
           requirements_count=3, measures=[], targets=[])])

add('h47_district_we_dateline', """我区召开冬季清洁取暖保障工作会议
本报12月10日讯（记者 周敏）9日下午，区委、区政府召开冬季清洁取暖保障工作会议。区委书记韩志刚出席会议并讲话，区长宋立军主持会议。韩志刚强调，要确保燃气供应稳定，确保群众温暖过冬。
发布时间：2019-12-10  来源：桃城区融媒体中心
""", [dict(date='2019-12-09', year_inferred=True, time_of_day='下午', unit_any=['桃城区'],
           meeting='冬季清洁取暖保障工作会议',
           people=[dict(name='韩志刚', title='区委书记', roles=['出席', '讲话']),
                   dict(name='宋立军', title='区长', roles=['主持'])],
           requirements_count=0, measures=[], targets=[])])

add('h48_provincial_video_with_city', """全省大气污染防治工作视频会议召开 我市设分会场
本报讯 12月16日下午，全省大气污染防治工作视频会议召开。会后，我市紧接着召开全市大气污染防治工作会议，对贯彻落实工作作出部署。市委常委、常务副市长张伟在市分会场参加会议并在全市会议上讲话。
张伟要求，各县（市、区）要严格落实《邯郸市2019-2020年秋冬季大气污染综合治理攻坚行动方案》，确保完成年度目标任务。
""", [dict(date='2019-12-16', year_inferred=True, time_of_day='下午', unit_any=['邯郸市', '我市'],
           meeting='全市大气污染防治工作会议',
           people=[dict(name='张伟', title='市委常委、常务副市长', roles=['参加', '讲话', '要求'])],
           requirements_count=0, measures=[], targets=[])])

write()
