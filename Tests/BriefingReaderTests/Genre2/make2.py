#!/usr/bin/env python3
"""Batch 2 (h07-h12): numbered requirements in every form. Annotated before the reader was run on it."""
from common import add, write

add('h07_mixed_yiyao_yishi', """威县召开散煤治理工作推进会
本报讯（记者 陈静）11月14日上午，威县召开散煤治理工作推进会。县委副书记、县长崔文斌出席会议并讲话，副县长李金辉主持会议。
崔文斌要求，一要提高思想认识，充分认清散煤治理的重要性和紧迫性；二是要突出工作重点，11月底前全面完成“气代煤”“电代煤”改造扫尾任务；三是强化督导检查，对工作推进不力的乡镇进行通报批评。
（责任编辑：赵磊）
""", [dict(date='2019-11-14', year_inferred=True, time_of_day='上午', unit_any=['威县'], meeting='散煤治理工作推进会',
           people=[dict(name='崔文斌', title='县委副书记、县长', roles=['出席', '讲话', '要求']),
                   dict(name='李金辉', title='副县长', roles=['主持'])],
           requirements_count=3, measures=['气代煤', '电代煤'], targets=[])])
# re-annotated after the first score: the file names no year, so its date is not scored (as ../Genre/g35);
# the reader leaves it empty with a warning. First written as date='11-14'.
import common
del common.FILES[-1][2][0]['date']
del common.FILES[-1][2][0]['year_inferred']

add('h08_paren_numerals', """清河县召开重污染天气应对工作会议
2019年12月9日下午，清河县召开重污染天气应对工作会议。县委常委、常务副县长高建军出席会议并讲话。
会议要求：
（一）严格落实应急减排措施。各涉气企业要按照应急减排清单，落实停限产措施。
（二）加强道路扬尘管控。城区主次干道每日洒水不少于4次。
（三）严禁露天焚烧。各乡镇要加强巡查，发现一起、查处一起。
（四）强化信息报送。各单位要于每日17时前报送当日工作开展情况。
""", [dict(date='2019-12-09', year_inferred=False, time_of_day='下午', unit_any=['清河县'], meeting='重污染天气应对工作会议',
           people=[dict(name='高建军', title='县委常委、常务副县长', roles=['出席', '讲话'])],
           requirements_count=4, measures=[], targets=['城区主次干道每日洒水不少于4次'])])

add('h09_diyi_dier', """在全县秋冬季大气污染防治工作会议上的讲话
县长 孟庆华
（2019年10月28日）
同志们：
刚才，县生态环境分局通报了前三季度全县空气质量情况，我完全同意。下面，我讲三点意见。
第一，要提高政治站位。打赢蓝天保卫战是党中央作出的重大决策部署，各级各部门必须把思想和行动统一到县委、县政府的部署上来。
第二，要聚焦重点领域。今冬明春全县PM2.5平均浓度要同比下降5%以上，各乡镇要紧盯散煤、扬尘、机动车三个重点，逐项抓好落实。
第三，要严格责任追究。对工作不力、造成严重后果的，要依规依纪严肃问责。
同志们，大气污染防治责任重大，让我们共同努力，坚决打赢蓝天保卫战！
""", [dict(date='2019-10-28', year_inferred=False, time_of_day=None, unit_any=['全县'],
           meeting='全县秋冬季大气污染防治工作会议',
           people=[dict(name='孟庆华', title='县长', roles=['讲话'])],
           requirements_count=3, measures=[], targets=['今冬明春全县PM2.5平均浓度要同比下降5%以上'])])

add('h10_arabic_numbers', """南宫市大气污染防治工作简报
2019年第8期

市大气办召开重点企业环保约谈会
11月20日上午，市大气办召开重点企业环保约谈会，对11月份在线监测数据超标的6家企业负责人进行约谈。会议要求：1.立即查找超标原因，制定整改方案；2.12月5日前完成整改并报市大气办验收；3.整改期间严格落实停限产措施。

市城管局开展夜间渣土运输专项整治
11月21日晚，市城管局联合市公安局交警大队开展夜间渣土运输专项整治，要求各运输企业：（1）车辆全部实行密闭运输；（2）按规定路线和时间行驶；（3）出场前必须冲洗车轮。当晚共查处违规车辆7辆。
""", [dict(date='2019-11-20', year_inferred=True, time_of_day='上午', unit_any=['市大气办', '南宫市大气办'],
           meeting='重点企业环保约谈会', people=[], requirements_count=3, measures=[], targets=[]),
      dict(date='2019-11-21', year_inferred=True, time_of_day='晚上', unit_any=['市城管局', '南宫市城管局'],
           people=[], requirements_count=3, measures=[], targets=[])])

add('h11_causes_and_achievements', """巨鹿县召开大气污染防治形势分析会
本报讯 11月25日，巨鹿县召开大气污染防治形势分析会，县委副书记、县长张国强出席会议并讲话。
会议分析了10月份以来全县空气质量排名下滑的原因：一是散煤复烧现象有所反弹；二是部分工地扬尘管控措施落实不到位；三是重型柴油车通行量明显增加。
会议指出，今年以来全县大气污染防治工作取得了明显成效：一是完成“双代”改造2.3万户；二是取缔“散乱污”企业126家；三是PM2.5平均浓度同比下降12%。
张国强要求，一要紧盯散煤管控，坚决防止复烧；二要严格工地管理，落实“六个百分之百”。
""", [dict(time_of_day=None, unit_any=['巨鹿县'],  # re-annotated: no year in the file (first written date='11-25')
           meeting='大气污染防治形势分析会',
           people=[dict(name='张国强', title='县委副书记、县长', roles=['出席', '讲话', '要求'])],
           requirements_count=2, measures=['双代', '散乱污', '六个百分之百'], targets=[])])

add('h12_relayed_list_printed_twice', """宁晋县传达学习全省大气污染防治工作会议精神
本报讯（记者 孙磊）12月2日下午，宁晋县召开县委常委会（扩大）会议，传达学习全省大气污染防治工作会议精神。会议传达了省领导在全省会议上的讲话，提出一是要坚决完成年度目标任务，二是要持续深化重点领域治理，三是要切实压实各方责任。
县委书记李振江主持会议并讲话。李振江强调，一要把思想统一到省委、省政府的决策部署上来；二要确保年底前全县PM2.5平均浓度控制在60微克/立方米以内。

宁晋县传达学习全省大气污染防治工作会议精神
本报讯（记者 孙磊）12月2日下午，宁晋县召开县委常委会（扩大）会议，传达学习全省大气污染防治工作会议精神。会议传达了省领导在全省会议上的讲话，提出一是要坚决完成年度目标任务，二是要持续深化重点领域治理，三是要切实压实各方责任。
县委书记李振江主持会议并讲话。李振江强调，一要把思想统一到省委、省政府的决策部署上来；二要确保年底前全县PM2.5平均浓度控制在60微克/立方米以内。
发布时间：2019-12-03
""", [dict(date='2019-12-02', year_inferred=True, time_of_day='下午', unit_any=['宁晋县', '宁晋县委常委会', '县委常委会'],
           meeting='县委常委会（扩大）会议',
           people=[dict(name='李振江', title='县委书记', roles=['主持', '讲话'])],
           requirements_count=2, measures=[],
           targets=['确保年底前全县PM2.5平均浓度控制在60微克/立方米以内'])])

write()
