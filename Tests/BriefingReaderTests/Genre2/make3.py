#!/usr/bin/env python3
"""Batch 3 (h13-h18): people (named again by surname + title, minute-takers and bylines, 应邀参加,
列席, 视频连线), Traditional with glosses, measures among idioms. Annotated before the reader was run on it."""
from common import add, write

add('h13_surname_title_again', """柏乡县召开大气污染防治攻坚推进会
本报讯（记者 宋佳）2019年12月10日上午，柏乡县召开大气污染防治攻坚推进会。县委书记李树林，县委副书记、县长张丽出席会议，县委常委、常务副县长韩明主持会议。
李书记在讲话中指出，当前全县空气质量排名在全市靠后，形势十分严峻。张县长对下一阶段工作进行了安排部署，要求各乡镇严格落实网格化监管责任。
韩副县长通报了11月份各乡镇大气污染防治工作考核结果。
""", [dict(date='2019-12-10', year_inferred=False, time_of_day='上午', unit_any=['柏乡县'], meeting='大气污染防治攻坚推进会',
           people=[dict(name='李树林', title='县委书记', roles=['出席', '讲话']),
                   dict(name='张丽', title='县委副书记、县长', roles=['出席', '部署', '要求']),  # re-annotated (reader2 branch, issue 12): …安排部署，要求各乡镇… is her demand, as ../Genre/g36's 主持召开…，要求
                   dict(name='韩明', title='县委常委、常务副县长', roles=['主持', '通报'])],
           requirements_count=0, measures=[], targets=[])])

add('h14_minute_taker_and_signoff', """大气污染防治工作简报
第23期
隆尧县大气污染防治工作领导小组办公室        2019年12月16日

县大气办召开全县重点行业企业提标改造调度会
12月13日下午，县大气办召开全县重点行业企业提标改造调度会。县大气办主任、县生态环境分局局长刘建国主持会议。会议要求，各企业要于12月31日前完成提标改造并通过验收。

撰稿：孟晓红    审核：刘建国    签发：王志强
记录：杨帆
报：市大气办
送：县委、县政府领导
""", [dict(date='2019-12-13', year_inferred=True, time_of_day='下午', unit_any=['县大气办', '隆尧县大气办'],
           meeting='全县重点行业企业提标改造调度会',
           people=[dict(name='刘建国', title='县大气办主任、县生态环境分局局长', roles=['主持'])],
           requirements_count=0, measures=[], targets=[])])

add('h15_invited_video_attending', """全市秋冬季大气污染综合治理攻坚行动视频会议召开
本报讯（记者 马丽娜）11月4日下午，全市秋冬季大气污染综合治理攻坚行动视频会议召开。市委副书记、市长董晓宇出席会议并讲话，副市长韩春光主持会议。省生态环境厅副厅长杨建华通过视频连线讲话。市人大常委会副主任王立新、市政协副主席赵凤英应邀参加会议。市直有关部门主要负责同志列席会议。
董晓宇强调，一要坚决扛起政治责任；二要精准施策，12月底前全市PM2.5平均浓度同比下降6%；三要严格考核问责。
发布时间：2019年11月05日
""", [dict(date='2019-11-04', year_inferred=True, time_of_day='下午', unit_any=['全市'],
           meeting='全市秋冬季大气污染综合治理攻坚行动视频会议',
           people=[dict(name='董晓宇', title='市委副书记、市长', roles=['出席', '讲话']),
                   dict(name='韩春光', title='副市长', roles=['主持']),
                   dict(name='杨建华', title='省生态环境厅副厅长', roles=['讲话']),
                   dict(name='王立新', title='市人大常委会副主任', roles=['参加']),
                   dict(name='赵凤英', title='市政协副主席', roles=['参加'])],
           requirements_count=3, measures=[], targets=['12月底前全市PM2.5平均浓度同比下降6%'])])

add('h16_traditional_glued_glosses', """臨城縣秋冬季大氣污染綜合治理攻堅行動推進會召開
本報訊 11月19日上午，臨城縣2019-2020年秋冬季大氣污染綜合治理攻堅(jiān)行動推進會在縣政府召開。縣委副書記、縣長趙(zhào)建軍出席會議並講話。
趙建軍要求，一是要嚴格落實「散亂汙」企業動態清零；二是要強化工地揚塵管控；三是要加強重型柴油車治理。
""", [dict(date='2019-11-19', year_inferred=True, time_of_day='上午', unit_any=['临城县'],
           meeting='2019-2020年秋冬季大气污染综合治理攻坚行动推进会',
           people=[dict(name='赵建军', title='县委副书记、县长', roles=['出席', '讲话', '要求'])],
           requirements_count=3, measures=['散乱污'], targets=[])])

add('h17_measures_among_idioms', """沙河市召开钢铁玻璃行业深度治理现场会
本报讯（记者 李伟）2019年11月26日，沙河市召开钢铁玻璃行业深度治理现场会。市长孙志明出席会议并讲话。
孙志明指出，深度治理是一块“硬骨头”，要拿出“绣花功夫”，鼓励企业多提“金点子”。他说：“我们一定要让群众看到实实在在的变化。”会议印发了《沙河市玻璃行业深度治理实施方案》，要求全市玻璃企业全面推行“一企一策”，严格落实“2+26”城市大气污染传输通道管控要求，年底前完成12条玻璃生产线脱硝改造。
""", [dict(date='2019-11-26', year_inferred=False, time_of_day=None, unit_any=['沙河市'], meeting='钢铁玻璃行业深度治理现场会',
           people=[dict(name='孙志明', title='市长', roles=['出席', '讲话'])],
           requirements_count=0, measures=['一企一策'],
           targets=['年底前完成12条玻璃生产线脱硝改造'])])

add('h18_byline_and_reporter', """内丘县部署重污染天气应急响应工作
12月18日晚上，内丘县召开重污染天气应急响应工作会议。副县长郭红梅出席会议并讲话，县生态环境分局局长田志刚通报了空气质量预测预报情况。郭副县长要求，各乡镇、各部门要立即启动橙色预警响应，严格落实各项减排措施。
（记者 王芳 通讯员 赵刚）
2019年12月19日 来源：内丘县人民政府网
""", [dict(date='2019-12-18', year_inferred=True, time_of_day='晚上', unit_any=['内丘县'], meeting='重污染天气应急响应工作会议',
           people=[dict(name='郭红梅', title='副县长', roles=['出席', '讲话', '要求']),
                   dict(name='田志刚', title='县生态环境分局局长', roles=['通报'])],
           requirements_count=0, measures=[], targets=[])])

write()
