#!/usr/bin/env python3
"""Seventh held-out batch (g35-g37), annotated before scoring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g35_province_vice_governor', """全省秋冬季大气污染综合治理攻坚行动推进会在石家庄召开
本报讯（记者 周聪聪）10月30日下午，全省秋冬季大气污染综合治理攻坚行动推进会在石家庄召开。省委常委、常务副省长袁桐利出席会议并讲话，省政府秘书长朱浩文主持会议。
袁桐利强调，要以“散乱污”企业整治、冬季清洁取暖、重型柴油车治理为重点，确保今冬明春全省PM2.5平均浓度同比下降8%以上，重污染天数同比减少15%以上。
会议以视频形式开到县（市、区）。省大气办、省生态环境厅等部门负责同志参加会议。
""", [dict(time_of_day='下午', unit_any=['全省', '河北省', '省政府'],  # no year in the file: date not scored
           meeting='全省秋冬季大气污染综合治理攻坚行动推进会',
           people=[dict(name='袁桐利', title='省委常委、常务副省长', roles=['出席', '讲话']),
                   dict(name='朱浩文', title='省政府秘书长', roles=['主持'])],
           requirements_count=0, measures=['散乱污'],
           targets=['确保今冬明春全省PM2.5平均浓度同比下降8%以上', '重污染天数同比减少15%以上'])])

add('g36_jianbao_paren_dates', """大气污染防治工作简报
（第12期）
卢龙县大气污染防治工作领导小组办公室        2018年11月22日
1.县长郭海东调度散煤治理工作（11月20日）
11月20日上午，县长郭海东主持召开散煤治理工作调度会，要求各乡镇11月30日前完成洁净型煤配送全覆盖，确保全县不出现散煤复烧。
2.县住建局开展建筑工地扬尘专项检查（11月21日）
11月21日，县住建局对城区12个在建工地开展扬尘专项检查，对3个未落实“六个百分之百”的工地下达停工整改通知。
""", [dict(date='2018-11-20', year_inferred=True, time_of_day='上午', unit_any=['卢龙县'],
           meeting='散煤治理工作调度会',
           people=[dict(name='郭海东', title='县长', roles=['主持', '要求'])],
           requirements_count=0, measures=[], targets=[], deadlines=['11月30日前']),
      dict(date='2018-11-21', year_inferred=True, time_of_day=None, unit_any=['县住建局'], people=[],
           measures=['六个百分之百'], targets=[])])

add('g37_ranking_bulletin', """本报讯 11月5日，市大气办通报了10月份全市环境空气质量排名情况。10月份，全市PM2.5平均浓度为58微克/立方米，同比下降12.1%；优良天数22天，同比增加4天。11个县（市、区）中，排名前三位的是兴隆县、宽城县、平泉市，排名后三位的是双滦区、鹰手营子矿区、滦平县。
市大气办要求，排名后三位的县区要于11月10日前向市政府作出书面说明，并制定整改措施。
""", [dict(time_of_day=None, unit_any=['市大气办'], people=[],  # no year in the file: date not scored
           requirements_count=0, measures=[], targets=[], deadlines=['11月10日前'])])

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(t.encode(enc))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
