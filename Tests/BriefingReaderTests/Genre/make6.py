#!/usr/bin/env python3
"""Sixth held-out batch (g32-g34), annotated before scoring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g32_reporter_and_base_year', """裕华区召开大气污染防治工作推进会
本报讯（记者 马超 通讯员 李娟）9月27日上午，裕华区召开大气污染防治工作推进会。区委常委、常务副区长张伟主持会议，区大气办主任刘洋通报了1-8月全区空气质量情况。
会议指出，1-8月，全区PM2.5平均浓度为52微克/立方米，同比改善11.9%，在主城区中排名第一。
张伟要求，要确保完成市下达的年度目标任务，力争全年PM2.5浓度较2015年下降20%以上，坚决杜绝“一刀切”。会议印发了《裕华区2019年秋冬季大气污染综合治理攻坚方案》。
""", [dict(date='2019-09-27', year_inferred=True, time_of_day='上午', unit_any=['裕华区'],
           meeting='大气污染防治工作推进会',
           people=[dict(name='张伟', title='区委常委、常务副区长', roles=['主持', '要求']),
                   dict(name='刘洋', title='区大气办主任', roles=['通报'])],
           requirements_count=0, measures=[],
           targets=['力争全年PM2.5浓度较2015年下降20%以上'])])

add('g33_bureau_chief_training', """在全市挥发性有机物治理培训会上的讲话
市生态环境局局长 邓志明
（2019年5月15日）
同志们：
今天召开全市挥发性有机物治理培训会，主要是学习政策、交流经验。去年全市共查处环境违法案件312件，罚款1860万元，其中涉VOCs案件96件。
下面，我提几点要求。一要提高认识，把VOCs治理作为“夏防”重点；二要严格标准，今年全市VOCs排放总量削减10%；三要强化监管，6月底前重点企业全部安装在线监控设备。
""", [dict(date='2019-05-15', year_inferred=False, time_of_day=None, unit_any=['全市'],
           meeting='全市挥发性有机物治理培训会',
           people=[dict(name='邓志明', title='市生态环境局局长', roles=['讲话'])],
           requirements_count=3, measures=['夏防'],
           targets=['今年全市VOCs排放总量削减10%'],
           deadlines=['6月底前'])])

add('g34_xinhua_dayonly', """山西部署冬季清洁取暖工作
新华社太原11月20日电 19日下午，山西省召开全省冬季清洁取暖工作电视电话会议。副省长王一新出席会议并讲话。
王一新要求，各市要在11月底前完成“煤改气”“煤改电”改造35万户，确保群众温暖过冬。
（记者 刘翔）
""", [dict(time_of_day='下午', unit_any=['山西省'],
           meeting='全省冬季清洁取暖工作电视电话会议',
           people=[dict(name='王一新', title='副省长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=['煤改气', '煤改电'],
           targets=['在11月底前完成“煤改气”“煤改电”改造35万户'], deadlines=['11月底前'])])

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(t.encode(enc))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
