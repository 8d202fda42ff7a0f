#!/usr/bin/env python3
"""Third held-out batch (g15-g20), annotated before scoring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g15_daily_listed_leaders', """全市大气污染防治攻坚推进会召开
邢台日报讯（记者 王磊）11月19日下午，全市大气污染防治攻坚推进会召开。市委书记王会勇出席会议并讲话，市长董晓宇主持会议。市领导朱宝芬、贾书龙、刘福春出席会议。
王会勇强调，要以“钉钉子”精神抓好各项任务落实，坚决打赢“蓝天保卫战”。要全力压减燃煤，今年全市煤炭消费总量压减50万吨；要严控工业排放，重点行业企业全部实现“超低排放”。
会议还通报了全市10月份环境空气质量排名情况，南和县、任县分别作了表态发言。
""", [dict(time_of_day='下午', unit_any=['邢台市', '全市'],  # no year anywhere: date not scored
           meeting='全市大气污染防治攻坚推进会',
           people=[dict(name='王会勇', title='市委书记', roles=['出席', '讲话']),
                   dict(name='董晓宇', title='市长', roles=['主持']),
                   # re-annotated after the first score: 市领导 is written directly before the names
                   dict(name='朱宝芬', title='市领导', roles=['出席']),
                   dict(name='贾书龙', title='市领导', roles=['出席']),
                   dict(name='刘福春', title='市领导', roles=['出席'])],
           requirements_count=0, measures=['蓝天保卫战', '超低排放'],
           targets=['今年全市煤炭消费总量压减50万吨'])])

add('g16_jianbao_bracket_markers', """大气污染防治工作简报
第8期
临漳县大气污染防治工作领导小组办公室    2017年12月8日
【简报一】县领导督导检查秋冬季大气污染防治工作
12月6日，县委常委、副县长孙伟带队深入砖厂、搅拌站和建筑工地，督导检查大气污染防治工作。孙伟要求，各乡镇要落实“一企一策”，对不达标企业一律停产整治。
【简报二】我县开展餐饮油烟专项整治
近日，县城管局对县城区餐饮单位开展油烟专项整治，要求12月20日前全部安装油烟净化设施。
""", [dict(date='2017-12-06', year_inferred=True, time_of_day=None,  # re-annotated: no holder named (unit not scored)
           people=[dict(name='孙伟', title='县委常委、副县长', roles=['要求'])],
           requirements_count=0, measures=['一企一策'], targets=[]),
      dict(date=None, unit_any=['县城管局'], people=[], measures=[], targets=[], deadlines=['12月20日前'])])

add('g17_utf16be_numbered_demands', """信息来源：沧州市生态环境局
发布日期：2017年12月1日
沧州市召开冬季大气污染防治调度会
11月30日上午，沧州市召开冬季大气污染防治调度会。副市长张作峰出席会议并讲话。
会议要求，一是各县（市、区）要严格执行重污染天气应急预案，橙色预警期间工业企业减排比例不低于30%；二是加快“散乱污”企业整治，12月15日前全部完成取缔；三是严格落实“禁煤区”管控要求，确保冬季取暖期PM2.5浓度同比下降20%以上。
""", [dict(date='2017-11-30', year_inferred=True, time_of_day='上午', unit_any=['沧州市'],
           meeting='冬季大气污染防治调度会',
           people=[dict(name='张作峰', title='副市长', roles=['出席', '讲话'])],
           requirements_count=3, measures=['散乱污', '禁煤区'],
           targets=['橙色预警期间工业企业减排比例不低于30%', '确保冬季取暖期PM2.5浓度同比下降20%以上'],
           deadlines=['12月15日前'])],
    encoding='utf-16-be-bom')

add('g18_duplicate_item', """我县部署秋冬季错峰生产工作
本报讯 10月15日上午，我县召开秋冬季工业企业错峰生产工作会议，副县长郭红出席会议并讲话。郭红要求，各相关企业要严格执行“一厂一策”错峰生产方案。会议印发了《武安县2018-2019年秋冬季工业企业错峰生产实施方案》。
我县部署秋冬季错峰生产工作
本报讯 10月15日上午，我县召开秋冬季工业企业错峰生产工作会议，副县长郭红出席会议并讲话。郭红要求，各相关企业要严格执行“一厂一策”错峰生产方案。会议印发了《武安县2018-2019年秋冬季工业企业错峰生产实施方案》。
""", [dict(date='2018-10-15', year_inferred=True, time_of_day='上午', unit_any=['武安县', '我县'],
           meeting='秋冬季工业企业错峰生产工作会议',
           people=[dict(name='郭红', title='副县长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=['一厂一策'], targets=[])])

add('g19_speech_nested', """在全区秋冬季大气污染综合治理攻坚行动动员会上的讲话
区委书记 孟庆华
（2018年10月26日）
同志们：
下面，我讲两个方面的意见。
一、认清形势，增强打赢攻坚战的责任感
去年秋冬季，全区PM2.5平均浓度为98微克/立方米，重污染天数达到28天。今年是“三年行动计划”的第一年，任务十分艰巨。
二、聚焦重点，确保完成攻坚目标
（一）狠抓燃煤治理。力争今年采暖季前完成“双替代”改造5000户，确保平原地区散煤“清零”。
（二）狠抓工业治理。年底前完成25家重点企业深度治理。
（三）狠抓扬尘治理。全区降尘量控制在每月每平方公里9吨以下。
同志们，大气污染防治是一场“硬仗”，我们必须以“功成不必在我”的境界，全力以赴抓好落实。
""", [dict(date='2018-10-26', year_inferred=False, time_of_day=None, unit_any=['全区'],
           meeting='全区秋冬季大气污染综合治理攻坚行动动员会',
           people=[dict(name='孟庆华', title='区委书记', roles=['讲话'])],
           measures=['三年行动计划', '双替代', '清零'],
           targets=['力争今年采暖季前完成“双替代”改造5000户', '年底前完成25家重点企业深度治理',
                    '全区降尘量控制在每月每平方公里9吨以下'])])

add('g20_period_and_long_title', """衡水市召开重污染天气应急减排工作部署会
本报讯 10月9日下午，衡水市召开重污染天气应急减排工作部署会。市政府副秘书长、市生态环境局局长王刚主持会议，副市长李丽出席会议并讲话。
会议明确，10月1日至12月31日为秋冬季攻坚期，即日起至2019年3月15日，全市钢铁、焦化企业实施错峰生产，限产比例不低于40%。
李丽强调，各县市区要严格落实“一企一策”应急减排清单，出现“应停未停”“应限未限”问题的，一律从严处罚。
""", [dict(date='2018-10-09', year_inferred=True, time_of_day='下午', unit_any=['衡水市'],
           meeting='重污染天气应急减排工作部署会',
           people=[dict(name='王刚', title='市政府副秘书长、市生态环境局局长', roles=['主持']),
                   dict(name='李丽', title='副市长', roles=['出席', '讲话'])],
           requirements_count=0, measures=['一企一策'],
           targets=['限产比例不低于40%'],
           deadlines=['即日起至2019年3月15日'])])

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    data = (b'\xfe\xff' + t.encode('utf-16-be')) if enc == 'utf-16-be-bom' else t.encode(enc)
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(data)
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
