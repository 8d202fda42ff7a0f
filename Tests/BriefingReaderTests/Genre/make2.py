#!/usr/bin/env python3
"""Second held-out batch (g09-g14), written after the first round of fixes and scored before
any further change, to check that the fixes generalise."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g09_district_glued_unit', """高新区召开2019-2020年秋冬季大气污染防治攻坚推进会
本报讯（通讯员 郑凯）10月28日下午，高新区2019-2020年秋冬季大气污染防治攻坚推进会在管委会三楼会议室召开。区委常委、常务副区长韩冰主持会议，区委副书记、区长杨帆出席会议并讲话。区生态环境分局局长冯涛宣读了《高新区2019-2020年秋冬季大气环境质量改善攻坚方案》。
今年1至9月，我区PM10平均浓度为89微克/立方米，同比下降7.3%，空气质量综合指数在全市排名第3位。
杨帆要求，即日起至明年3月15日，全区所有建筑工地严格落实“七个百分之百”，对违规企业实行“零容忍”。今冬明春，全区重污染天数控制在15天以内，PM2.5平均浓度同比下降8%以上，清洁取暖改造不少于3000户。
""", [dict(date='2019-10-28', year_inferred=True, time_of_day='下午', unit_any=['高新区'],
           meeting='2019-2020年秋冬季大气污染防治攻坚推进会',
           people=[dict(name='韩冰', title='区委常委、常务副区长', roles=['主持']),
                   dict(name='杨帆', title='区委副书记、区长', roles=['出席', '讲话', '要求']),
                   dict(name='冯涛', title='区生态环境分局局长', roles=['宣读'])],
           requirements_count=0, measures=['七个百分之百', '零容忍'],
           # re-annotated (reader2 branch, issue 12): 今冬明春， opens the first goal, as for g47
           targets=['今冬明春，全区重污染天数控制在15天以内', 'PM2.5平均浓度同比下降8%以上', '清洁取暖改造不少于3000户'],
           deadlines=['即日起至明年3月15日'])])

add('g10_duchatongbao_numbered', """关于2018年11月份大气污染防治工作督查情况的通报
各县（市、区）大气污染防治工作领导小组办公室：
按照市委、市政府统一部署，11月下旬，市大气办对各县（市、区）大气污染防治重点工作进行了专项督查，共检查企业126家、工地54个，发现问题83个。现将有关情况通报如下：
一、督查发现的主要问题
部分县区“散乱污”企业死灰复燃，个别工地未落实“六个百分之百”要求，黄土裸露、渣土车带泥上路问题突出。
二、工作要求
一、立即整改。各县（市、区）要对照问题清单，于12月10日前全部整改到位。
二、强化管控。12月底前，各县（市、区）PM2.5平均浓度不得高于75微克/立方米。
三、严肃问责。对整改不力的单位，一律约谈主要负责人。
市大气污染防治工作领导小组办公室
2018年11月30日
""", [dict(unit_any=['市大气办', '市大气污染防治工作领导小组办公室'], people=[],
           measures=['散乱污', '六个百分之百'],
           targets=['12月底前，各县（市、区）PM2.5平均浓度不得高于75微克/立方米'],
           deadlines=['12月10日前', '12月底前'])])

add('g11_speech_yiyao', """在全县大气污染防治工作调度会上的讲话
县委书记 马志远
（2018年9月12日）
同志们：
今年以来，全县优良天数258天，PM2.5平均浓度为61微克/立方米。这些成绩来之不易，但是我们也要清醒地看到，距离“退出全省后十名”的目标还有很大差距。
今年是打赢蓝天保卫战三年行动计划的开局之年。对照市里下达的任务，全年PM2.5平均浓度要降到58微克/立方米以下，优良天数比例要达到65%以上。为此，我再强调几点：
一要突出燃煤治理，年底前全面完成1.2万户“双替代”改造任务；
二要突出扬尘治理，城区主干道机扫率达到90%以上；
三要突出移动源治理，9月30日前淘汰国三及以下柴油货车300辆；
四要突出责任落实，坚持“党政同责、一岗双责”，对工作不力的严肃追责。
同志们，蓝天保卫战“只有进行时，没有完成时”。希望大家撸起袖子加油干，确保完成全年目标任务！
""", [dict(date='2018-09-12', year_inferred=False, time_of_day=None, unit_any=['全县'],
           meeting='全县大气污染防治工作调度会',
           people=[dict(name='马志远', title='县委书记', roles=['讲话'])],
           requirements_count=4, measures=['退出全省后十名', '双替代', '党政同责、一岗双责'],
           targets=['全年PM2.5平均浓度要降到58微克/立方米以下', '优良天数比例要达到65%以上',
                    '年底前全面完成1.2万户“双替代”改造任务', '城区主干道机扫率达到90%以上',
                    '9月30日前淘汰国三及以下柴油货车300辆'],
           deadlines=['年底前', '9月30日前'])])

add('g12_pdf_glued_pages', """宁晋县人民政府
2018年12月工作简报
本报讯 12月3日上午，宁晋县召开全县冬季大气污染防治暨清洁取暖
工作会议。县委副书记、县长刘
2
建华出席会议并讲话，副县长赵敏主持会议。会议传达了全市冬季大气污染防
治工作会议精神。刘建华强调，各乡镇要严格落实“三个禁止”，坚决杜绝散煤复烧
3
。要在12月15日前完成剩余1800户“气代煤”改造，确保全县PM2.5浓度同比下降
5%以上。
""", [dict(date='2018-12-03', year_inferred=True, time_of_day='上午', unit_any=['宁晋县'],
           meeting='全县冬季大气污染防治暨清洁取暖工作会议',
           people=[dict(name='刘建华', title='县委副书记、县长', roles=['出席', '讲话']),
                   dict(name='赵敏', title='副县长', roles=['主持'])],
           requirements_count=0, measures=['三个禁止', '气代煤'],
           targets=['在12月15日前完成剩余1800户“气代煤”改造', '确保全县PM2.5浓度同比下降5%以上'],
           deadlines=['12月15日前'])])

add('g13_gb18030_multi', """首页 > 信息公开 > 工作动态
平山县多措并举推进秋冬季大气污染综合治理
发布时间：2018-11-05 来源：平山县人民政府 作者：县大气办
近日，平山县印发《平山县2018-2019年秋冬季大气污染综合治理攻坚行动方案》，明确到2019年3月底，全县PM2.5平均浓度同比下降3%，重污染天数同比减少3%。11月2日上午，县委书记刘军召开专题会议，要求各乡镇、各部门牢固树立“一盘棋”思想，坚决打好秋冬季攻坚战。
上一篇：平山县开展重型柴油车专项整治
下一篇：平山县召开秸秆禁烧工作会议
""", [dict(date='2018-11-02', year_inferred=True, time_of_day='上午', unit_any=['平山县'],
           people=[dict(name='刘军', title='县委书记', roles=['要求'])],
           requirements_count=0, measures=['一盘棋'],
           targets=['到2019年3月底，全县PM2.5平均浓度同比下降3%', '重污染天数同比减少3%'])],
    encoding='gb18030', crlf=True)

add('g14_traditional_single_pinyin', """鄭州市召開大氣污染防治攻堅戰推進會
本報訊 11月15日上午，鄭州市召開2017-2018年秋冬季大氣污染防治攻堅戰推進會。市委副書記、市長程志明出席會議並講話。副市長史占勇主持會議。
程志明指出，全市要做到“六個百分之百”，堅決遏制霾（mái）污染。確保11月份至明年3月份PM2.5平均濃度控制在80微克/立方米以內。
""", [dict(date='2017-11-15', year_inferred=True, time_of_day='上午', unit_any=['郑州市'],
           meeting='2017-2018年秋冬季大气污染防治攻坚战推进会',
           people=[dict(name='程志明', title='市委副书记、市长', roles=['出席', '讲话']),
                   dict(name='史占勇', title='副市长', roles=['主持'])],
           requirements_count=0, measures=['六个百分之百'],
           targets=['确保11月份至明年3月份PM2.5平均浓度控制在80微克/立方米以内'])])

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(t.encode(enc))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
