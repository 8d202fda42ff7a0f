#!/usr/bin/env python3
"""Fourth held-out batch (g21-g26), annotated before scoring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g21_halfwidth_spaced_copy', """全省大气污染防治工作视频会议召开
2017-11-06  来源: 河北日报
  11月 5日上午, 省政府召开全省大气污染防治工作视频会议. 副省长 刘 强 出席会议并讲话, 省政府副秘书长 赵 欣 主持会议.
  刘强指出, 今年以来, 全省PM2.5平均浓度同比下降9.2%, 但形势依然严峻. 要坚决完成国家"大气十条"终期考核任务, 确保全省PM2.5平均浓度比2013年下降25%以上, 重点城市全部实施"煤改气"工程.
""", [dict(date='2017-11-05', year_inferred=True, time_of_day='上午', unit_any=['省政府'],
           meeting='全省大气污染防治工作视频会议',
           people=[dict(name='刘强', title='副省长', roles=['出席', '讲话']),
                   dict(name='赵欣', title='省政府副秘书长', roles=['主持'])],
           requirements_count=0, measures=['大气十条', '煤改气'],
           targets=['确保全省PM2.5平均浓度比2013年下降25%以上'])])

add('g22_held_in_hall', """2019年全县大气污染防治工作会议召开
3月5日上午，2019年全县大气污染防治工作会议在县委礼堂举行。县委副书记、县长周建国出席会议并讲话，县委常委、副县长吴敏主持会议。省生态环境厅副厅长李刚到会指导。
会议要求：一、强化燃煤管控，年底前完成农村清洁取暖改造6500户；二、强化工业治理，全面完成钢铁行业超低排放改造；三、强化督导考核，实行“一月一排名、一季一考核”。
会上，县政府与18个乡镇签订了大气污染防治目标责任书。
""", [dict(date='2019-03-05', year_inferred=True, time_of_day='上午', unit_any=['全县'],
           meeting='2019年全县大气污染防治工作会议',
           people=[dict(name='周建国', title='县委副书记、县长', roles=['出席', '讲话']),
                   dict(name='吴敏', title='县委常委、副县长', roles=['主持']),
                   dict(name='李刚', title='省生态环境厅副厅长', roles=['指导'])],
           requirements_count=3, measures=['一月一排名、一季一考核'],
           targets=['年底前完成农村清洁取暖改造6500户'], deadlines=['年底前'])])

add('g23_chinese_numeral_dates', """大气污染防治工作简报
第二十期
丰润区大气污染防治工作领导小组办公室        二〇一七年十一月八日
简报一：区政府召开散煤治理工作推进会
十一月六日上午，区政府召开散煤治理工作推进会。副区长郑晓东出席会议并讲话。郑晓东要求，各镇（街道）要在十一月二十日前完成“电代煤”入户安装，确保群众温暖过冬。
简报二：我区启动重污染天气橙色预警
十一月七日，我区启动重污染天气橙色预警，全区32家重点企业按照“一厂一策”要求落实停限产措施。
""", [dict(date='2017-11-06', year_inferred=True, time_of_day='上午', unit_any=['区政府', '丰润区'],
           meeting='散煤治理工作推进会',
           people=[dict(name='郑晓东', title='副区长', roles=['出席', '讲话', '要求'])],
           requirements_count=0, measures=['电代煤'], targets=[], deadlines=['十一月二十日前']),
      dict(date='2017-11-07', year_inferred=True, unit_any=['丰润区', '我区'], people=[], measures=['一厂一策'], targets=[])])

add('g24_news_list_numbered', """环保动态
1、11月12日，市生态环境局召开全市移动源污染防治工作会议，部署柴油货车污染治理攻坚行动。副局长陈静主持会议。
2、11月13日，市大气办对全市“散乱污”企业整治情况开展专项督查，共抽查企业45家。
3、11月14日下午，市政府召开重污染天气应急演练部署会，副市长许可出席会议并讲话。许可要求，演练期间全市工业企业减排比例不低于20%。
（2018年第11期）
""", [dict(date='2018-11-12', year_inferred=True, time_of_day=None, unit_any=['市生态环境局'],
           meeting='全市移动源污染防治工作会议',
           people=[dict(name='陈静', title='副局长', roles=['主持'])], measures=[], targets=[]),
      dict(date='2018-11-13', year_inferred=True, time_of_day=None, unit_any=['市大气办'], people=[],
           measures=['散乱污'], targets=[]),
      dict(date='2018-11-14', year_inferred=True, time_of_day='下午', unit_any=['市政府'],
           meeting='重污染天气应急演练部署会',
           people=[dict(name='许可', title='副市长', roles=['出席', '讲话', '要求'])],
           measures=[], targets=['演练期间全市工业企业减排比例不低于20%'])])

add('g25_no_date_held', """全市蓝天保卫战推进会召开
日前，全市蓝天保卫战推进会在市委礼堂召开。会议总结了上半年全市大气污染防治工作，安排部署下半年重点任务。市委副书记、市长王建军出席会议并讲话。
王建军强调，要聚焦“控煤、治企、降尘、管车”四大重点，全力推进“双替代”工程，确保下半年PM2.5平均浓度控制在50微克/立方米以内。会议印发了《保定市2018年大气污染防治工作要点》。
""", [dict(date=None, time_of_day=None, unit_any=['保定市', '全市'],
           meeting='全市蓝天保卫战推进会',
           people=[dict(name='王建军', title='市委副书记、市长', roles=['出席', '讲话'])],
           requirements_count=0, measures=['控煤、治企、降尘、管车', '双替代'],
           targets=['确保下半年PM2.5平均浓度控制在50微克/立方米以内'])])

add('g26_inspection_report_item', """本报讯 11月21日，市大气污染防治督查组对安平县开展“回头看”督查，发现3家企业未按要求落实错峰生产措施。督查组要求安平县于11月25日前整改到位，并对相关责任人严肃问责。截至目前，全市已累计对56家企业立案处罚，罚款金额达320万元。
本报讯 11月22日上午，安平县召开大气污染问题整改工作会议。县委书记杜海涛主持会议并讲话，他要求，一要立行立改，二要举一反三，三要建章立制，坚决防止问题反弹。
（2018年11月23日）
""", [dict(date='2018-11-21', year_inferred=True, time_of_day=None, unit_any=['市大气污染防治督查组'], people=[],
           requirements_count=0, measures=['回头看'], targets=[], deadlines=['11月25日前']),
      dict(date='2018-11-22', year_inferred=True, time_of_day='上午', unit_any=['安平县'],
           meeting='大气污染问题整改工作会议',
           people=[dict(name='杜海涛', title='县委书记', roles=['主持', '讲话', '要求'])],
           requirements_count=3, measures=[], targets=[])])

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(t.encode(enc))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
