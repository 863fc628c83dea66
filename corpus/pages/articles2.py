# -*- coding: utf-8 -*-
"""Hand-written content of the corpus pages (part 2: people, xinhua, hijacked,
blog, gov).  Same conventions as articles.py; all names and figures invented."""

from articles import H, S

PAGES2 = []

# Recycled "summary" text the way injected list items carry it: a random ASCII
# junk token glued to harmless text (phone reviews, recipes).
JUNK = {
    "cam": "kQ7t这款手机的后置主摄采用了一英寸大底传感器，在弱光环境下拍摄的照片依然干净通透，细节保留得比较完整。",
    "bat": "Zm2.电池容量达到五千五百毫安时，配合九十瓦有线快充，从百分之十充到满电只需要不到四十分钟。",
    "scr": "pTxvW屏幕采用六点七八英寸的曲面设计，边框收得很窄，握持手感比上一代要舒服不少。",
    "egg": "d8Rr番茄炒蛋想要好吃，鸡蛋要先炒到七成熟盛出，番茄炒出汁水后再回锅，最后撒一点葱花即可。",
    "wgt": "Hq3x.机身重量控制在一百九十克左右，日常单手操作不会觉得累手，后盖的磨砂质感也不容易沾指纹。",
    "sys": "wEn7K系统方面升级到了最新版本，动画过渡更流畅，后台应用保活能力也有明显提升。",
    "heat": "Lp0o散热采用了大面积均热板，连续玩半小时大型游戏，机身温度也只是微微发热。",
    "pork": "yT4.红烧肉的关键在于炒糖色，小火慢慢熬到枣红色，再放入焯过水的五花肉翻炒上色。",
    "tele": "mBq2R长焦镜头支持三倍光学变焦，拍远处的建筑和人像都能保持不错的清晰度。",
    "ear": "cV8z这款耳机佩戴轻巧，降噪开启后地铁里的噪音明显减小，单次续航可达三十小时。",
    "soup": "NnQe排骨汤要先冷水下锅焯水，再换热水小火慢炖一个半小时，出锅前十分钟放入玉米和胡萝卜。",
    "chip": "x3Fr.处理器采用新一代四纳米工艺，日常使用功耗控制得不错，跑分成绩比上一代提升了两成左右。",
}

# ===================================================================== people (GBK)

PAGES2.append(dict(
    name="people_01_spring", template="people", encoding="gbk", verdict="clean",
    title="春耕备耕有序推进 农资供应总体充足",
    published="2024-03-05 08:12:00", origin="人民网－人民日报", author=None, editor="李明、王芳",
    keywords="春耕,备耕,农资", channel="时政",
    opts=dict(content_language_trap=True),
    paras=[
        "眼下正值春耕备耕关键时节，从南到北，各地抢抓农时，田间地头一派繁忙景象。农业部门最新调度显示，目前全国春耕备耕进展顺利，化肥、农药、种子等农资供应总体充足，价格基本稳定。",
        "在南方，早稻育秧工作陆续展开。一些地方推广集中育秧、工厂化育秧，秧苗整齐度和成秧率明显提高。“过去一家一户育秧，靠天吃饭，现在集中育秧，温度湿度都能精准控制。”一位种粮大户说。",
        "在北方，冬小麦陆续进入返青期，各地加强田间管理，因苗施策，做好病虫害监测预警。农业技术人员深入田间地头，指导农民科学施肥、适时浇水，为夏粮丰收打下基础。",
        "农资保供方面，有关部门加强产销衔接和市场监测，组织农资企业开足马力生产，畅通运输渠道。同时，各地市场监管部门开展农资打假专项行动，严厉打击制售假劣农资行为，保障农民用上放心农资。",
        "此外，今年各地继续加大农机装备投入，推进农机购置与应用补贴政策落实。北斗导航自动驾驶拖拉机、植保无人机等智能农机越来越多地走进田间，有效提高了作业效率。",
        "专家表示，做好春耕生产对全年粮食稳产增产至关重要。下一步，要密切关注天气变化，防范倒春寒、干旱等灾害性天气影响，确保春播面积稳定、春播质量提升。",
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("中央财政下达资金支持春季农业生产", d="2024-03-02"),
            H("春季农业生产工作部署会召开", d="2024-02-27"),
            H("小麦条锈病防控工作全面启动", d="2024-02-25"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("政府工作报告全文发布"),
            H("代表委员热议高质量发展"),
            H("今年发展主要预期目标公布"),
            H("民生实事清单来了"),
        ]),
    ],
    notes="GBK bytes, meta charset=GB2312, plus a misleading <meta http-equiv=\"Content-Language\" content=\"utf-8\"> (a real people.cn quirk: it is not a charset). Clean ordinary news.",
))

PAGES2.append(dict(
    name="people_02_tea", template="people", encoding="gbk", verdict="injected",
    title="小小茶叶托起乡村振兴梦 云岭村茶产业年产值突破亿元",
    published="2024-04-16 09:35:00", origin="人民网－地方频道", author=None, editor="杨帆、徐丽",
    keywords="茶产业,乡村振兴,云岭村", channel="地方",
    opts=dict(indent_chars=True),
    paras=[
        "四月的云岭村，漫山茶园吐露新绿。清晨六点，采茶工们已经背着竹篓穿行在茶垄间，指尖翻飞，一芽一叶被轻轻摘下。",
        "十年前，云岭村还是远近闻名的贫困村，村里的茶园大多零散分布、管理粗放，茶叶只能以低价卖给上门收购的商贩。2015年起，村里成立茶叶专业合作社，统一品种、统一技术、统一品牌，推动茶园标准化改造。",
        ("spam", "微信牛牛房卡怎么买？溦：【ｈｊ－８８６６－２０】，金花拼三张房卡低价批发，诚招代理。", "金花拼三张房卡低价批发"),
        "如今，全村茶园面积发展到一万两千亩，建成标准化初制所八座、精制厂两座，去年茶产业年产值达到一点一亿元，村民人均可支配收入比十年前增长了近四倍。",
        ("img", "http://www.people.com.cn/mediafile/pic/20240416/tea.jpg", "云岭村村民在茶园采摘春茶。"),
        "“以前种茶是为了糊口，现在种茶是一门好生意。”村民李大姐家有二十亩茶园，去年仅鲜叶收入就超过八万元。农闲时，她还在合作社的茶叶包装车间打工，每月多出三千多元收入。",
        "为拓宽销路，村里还与电商平台合作开设了直播间，年轻的返乡大学生当起了“带货主播”。每逢春茶上市，直播间日均销售额可达数万元。",
        "下一步，云岭村计划依托茶园资源发展茶旅融合，建设茶文化体验馆和观光步道，让游客“进茶园、采春茶、品香茗”，进一步延长产业链条，带动更多村民增收。",
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("春茶开采 茶农忙", d="2024-04-10"),
            H("特色产业鼓起农民“钱袋子”", d="2024-04-02"),
            H("电商直播助力农产品销售", d="2024-03-29"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("多地出台措施支持返乡创业"),
            H("乡村旅游迎来春季小高峰"),
            H("高标准农田建设持续推进"),
        ]),
    ],
    notes="GBK, meta GB2312; paragraphs indented with literal full-width spaces. One spam paragraph in the body with the 溦 homophone and full-width digits between dashes in 【】.",
))

PAGES2.append(dict(
    name="people_03_lottery", template="people", encoding="gbk", verdict="clean",
    title="体彩公益金助力全民健身 社区球场迎来“新面孔”",
    published="2024-05-20 14:06:00", origin="人民网－体育频道", author=None, editor="高远、陈静",
    keywords="体育彩票,公益金,全民健身", channel="体育",
    paras=[
        "傍晚时分，城东街道新建成的社区多功能运动场上，篮球、羽毛球、门球各区域都热闹非凡。这座运动场的建设资金中，有一部分来自体育彩票公益金。",
        "据省体育彩票管理中心介绍，去年全省共销售体育彩票一百八十余亿元，筹集公益金四十多亿元。按照规定，体彩公益金主要用于全民健身、青少年体育、竞技体育以及社会公益事业等领域。",
        "近年来，体彩公益金支持建设的社区健身路径、笼式足球场、健身步道等设施遍布城乡。仅去年一年，全省就新建和改造各类全民健身场地一千二百余处，惠及群众数百万人次。",
        "在彩票销售网点，工作人员也会向购彩者宣传理性购彩理念。一家体彩实体店的店主告诉记者，大乐透、排列三等玩法都有固定的开奖时间，“我们会提醒大家量力而行，把购彩当作一种娱乐和公益的方式，不要抱着一夜暴富的想法。”",
        "今年以来，省体彩中心还开展了“公益体彩 快乐操场”等活动，为山区学校捐赠体育器材，并组织体育教师培训。上个月，一位大乐透头奖得主在领奖时表示，愿意将部分奖金捐给家乡的学校，用于改善运动场设施。",
        "业内人士表示，彩票作为国家公益事业的重要筹资渠道，应当坚持责任彩票理念，严格依法依规销售，坚决抵制私彩和网络非法售彩，切实维护购彩者合法权益。",
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("体彩大乐透奖池连续多期超过10亿元", d="2024-05-15"),
            H("理性购彩 快乐公益：责任彩票宣传周启动", d="2024-05-11"),
            H("全民健身场地设施补短板行动推进", d="2024-05-06"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("体育总局部署全民健身工作"),
            H("校园足球联赛总决赛开幕"),
            H("马拉松赛事安全管理办法修订"),
        ]),
    ],
    notes="HARD NEGATIVE (GBK): lottery news (体育彩票, 大乐透, 开奖, 购彩, 中奖/头奖, 私彩) with lottery headlines in the related list. Nothing is spam.",
))

PAGES2.append(dict(
    name="people_04_summer", template="people", encoding="gbk", verdict="spam_around",
    title="暑期托管服务覆盖更多学校 “家门口”的假期更丰富",
    published="2024-07-10 16:45:00", origin="人民网－教育频道", author=None, editor="刘洋、孙悦",
    keywords="暑期托管,教育,双减", channel="教育",
    paras=[
        "暑假开始后，不少双职工家庭面临“孩子没人看”的难题。今年，越来越多的地方将暑期托管服务延伸到更多学校和社区，为家长解了燃眉之急。",
        "在市实验小学，暑期托管班每天上午八点开门。老师们为孩子们安排了阅读、书法、体育锻炼和科学实验等活动，下午还有一段自主学习时间。“我们不上新课，主要是让孩子们在安全的环境里过一个充实的假期。”学校负责人说。",
        "据市教育局介绍，今年全市共有一百二十所学校开设暑期托管服务，比去年增加三十余所，预计服务学生两万余人。托管服务坚持家长自愿原则，收费标准按照成本补偿、非营利原则确定，困难家庭学生可以免费参加。",
        "除了学校，社区也成为暑期托管的重要阵地。一些街道联合青少年宫、图书馆、科技馆等场馆，推出非遗体验、自然观察、编程入门等特色课程，吸引了不少孩子报名。",
        "家长王女士为八岁的儿子报名了社区的暑期班。“以前暑假只能把孩子送到老人家，或者花钱报各种兴趣班，现在在家门口就能参加，价格也实惠。”",
        "教育专家提醒，暑期托管要避免变相补课，更要把安全放在首位。相关部门应加强对托管场所、餐饮卫生和人员资质的监管，确保服务规范有序。",
    ],
    hidden=[
        ('<div style="visibility:hidden;height:0;overflow:hidden"><a href="http://jzgj.example.com/" target="_blank">金樽国际娱乐城</a> <a href="http://jzgj.example.com/live/">真人视讯</a> <a href="http://jzgj.example.com/qp/">棋牌返水</a></div>',
         "金樽国际娱乐城", "top"),
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("多地公布中考录取分数线", d="2024-07-08"),
            H("暑期校外培训治理工作部署", d="2024-07-05"),
            H("青少年宫暑期公益课程开放报名", d="2024-07-03"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("高校毕业生就业服务行动启动"),
            S("深度解析!十三水房卡多少钱一张"),
            S("热点聚焦!跑得快房卡购买渠道"),
            H("暑期防溺水安全提示"),
        ]),
    ],
    notes="GBK, meta GB2312. A visibility:hidden block after the nav holds casino links; the 热点排行 sidebar ranking has two injected 房卡 items mixed with genuine headlines.",
))

# ===================================================================== xinhua

PAGES2.append(dict(
    name="xinhua_01_rice", template="xinhua", encoding="utf-8", verdict="clean",
    title="科研团队在水稻耐盐碱育种研究中取得新进展",
    published="2024-06-03 10:15:42", origin="新华网", author=None, editor="刘雯",
    keywords="水稻,耐盐碱,育种",
    paras=[
        "新华社南京6月3日电 记者3日从当地一所农业高校获悉，该校科研团队在水稻耐盐碱基因挖掘与育种应用方面取得新进展，相关成果近日发表在国际学术期刊上。",
        "我国盐碱地面积较大，其中相当一部分具有农业利用潜力。培育耐盐碱作物品种，是开发利用盐碱地、拓展耕地后备资源的重要途径。",
        "研究团队通过对数百份水稻种质资源进行比较分析，发现了一个能够调控水稻根系离子平衡的关键基因。在盐碱胁迫条件下，携带该基因优异等位变异的水稻植株，根部对钠离子的吸收明显减少，叶片受损程度更低。",
        ("img", "//www.news.cn/tech/20240603/rice-field.jpg", "这是6月2日在沿海试验田拍摄的耐盐碱水稻（无人机照片）。"),
        "团队负责人介绍，他们已将这一基因导入多个主栽水稻品种中，在沿海滩涂盐碱地开展的田间试验表明，改良后的品系在中度盐碱条件下平均增产15%以上，稻米品质未受明显影响。",
        "审稿专家认为，该研究为解析水稻耐盐碱的分子机制提供了新的认识，也为培育适宜盐碱地种植的水稻新品种提供了重要基因资源。",
        "据悉，研究团队下一步将联合种业企业开展品种选育和区域试验，力争早日培育出可以大面积推广的耐盐碱水稻新品种。",
    ],
    lists=[
        dict(head="相关稿件", pos="main", items=[
            H("种业振兴行动取得阶段性成效", d="2024-05-28"),
            H("夏粮收获进度过半", d="2024-06-01"),
            H("智慧农业让种地更“聪明”", d="2024-05-22"),
        ]),
        dict(head="热点推荐", pos="side", style="rank", items=[
            H("探月工程取得新突破"),
            H("全国科技活动周启动"),
            H("青年科学家的“十年磨一剑”"),
        ]),
    ],
    notes="Clean xinhua-style science news: split date (span.year/day/time), 来源 in div.source, title in span.title, image caption as a centred <p> inside #detail (optional, not in truth), editor 【责任编辑:..】 outside the body.",
))

PAGES2.append(dict(
    name="xinhua_02_trade", template="xinhua", encoding="utf-8", verdict="spam_around",
    title="前5个月我国货物贸易进出口同比增长6.3%",
    published="2024-06-07 16:40:12", origin="新华网", author=None, editor="赵彤",
    keywords="外贸,进出口,海关",
    paras=[
        "新华社北京6月7日电 海关部门7日公布，1至5月我国货物贸易进出口规模达到17.5万亿元，比去年同期增长6.3%。其中，出口9.95万亿元，增长6.1%；进口7.55万亿元，增长6.5%。",
        "从贸易方式看，一般贸易进出口占外贸总值的比重提升至64.9%，比上年同期高出0.7个百分点。从经营主体看，民营企业进出口增长11.2%，占比提升至55%以上，外贸“主力军”作用更加突出。",
        "从主要市场看，我国对东盟、欧盟、美国的进出口均保持增长，对共建“一带一路”国家进出口增长6.2%，占比接近一半。",
        "从商品结构看，机电产品出口增长7.1%，占出口总值的近六成，其中集成电路、汽车、船舶出口增势较好；劳动密集型产品出口也实现正增长。",
        "海关部门有关负责人表示，当前外部环境依然复杂严峻，但我国外贸具备较强的韧性和竞争力，随着稳外贸政策持续发力，外贸有望继续保持稳中向好的态势。",
    ],
    lists=[
        dict(head="相关稿件", pos="main", items=[
            H("推动外贸质升量稳 多项举措出台", d="2024-06-05"),
            S("官方推荐!推筒子房卡链接", d="2024-06-06"),
            H("5月末我国外汇储备规模上升", d="2024-06-07"),
            S("牛牛房卡批发代理_微信fk5218", key="牛牛房卡批发代理", d="2024-06-06"),
            H("跨境电商综试区扩围 释放外贸新动能", d="2024-06-03"),
        ]),
    ],
    notes="Trade statistics article, clean body; the 相关稿件 list has two injected items: one hype-word form and one plain 'query_微信id' form without a hype word.",
))

PAGES2.append(dict(
    name="xinhua_03_yangtze", template="xinhua", encoding="utf-8", verdict="injected",
    title="长江禁渔三年 江豚“微笑”更常见了",
    published="2024-01-02 09:30:05", origin="新华网", author=None, editor="周游",
    keywords="长江禁渔,江豚,生态",
    paras=[
        "新年伊始，在湖北宜昌江段，不时能看到长江江豚成群跃出水面。“以前一年到头难得见几回，现在几乎隔三岔五就能看到。”在江边生活了几十年的退捕渔民老张说。",
        "2021年1月1日起，长江流域重点水域实行十年禁渔。三年来，沿江各地持续推进退捕渔民安置保障，加强执法监管，开展增殖放流，长江水生生物资源逐步恢复。",
        ("hidden", '<p hidden>真人百家乐 在线现金网 <a href="http://zrbjl.example.com/">捕鱼上下分</a> 体育投注 官网入口</p>', "在线现金网"),
        "监测数据显示，长江干流及主要支流的鱼类资源量呈现上升趋势，部分江段一些多年少见的鱼类再度出现。长江江豚自然种群数量也止跌回升。",
        "退捕渔民的生计同样牵动人心。沿江地方通过技能培训、公益岗位安置、扶持创业等方式，帮助退捕渔民转产就业。一批渔民当上了护渔员，从“捕鱼人”变成了“护鱼人”。",
        "专家表示，长江生态修复是一项长期工程，禁渔成效的巩固仍需久久为功。下一步，要继续强化跨区域联合执法，严厉打击非法捕捞，同时加强水生生物栖息地保护和修复。",
    ],
    lists=[
        dict(head="相关稿件", pos="main", items=[
            H("长江流域水质持续向好", d="2023-12-28"),
            H("增殖放流活动在多地举行", d="2023-12-20"),
            H("退捕渔民变身“护渔员”", d="2023-12-15"),
        ]),
    ],
    notes="Environment news. A <p hidden> spam paragraph (百家乐/现金网/捕鱼上下分) sits INSIDE #detail between real paragraphs; the real body uses 捕鱼 legitimately (捕鱼人, 非法捕捞).",
))

# ===================================================================== hijacked

PAGES2.append(dict(
    name="hijacked_01_renovation", template="hijacked", encoding="utf-8", verdict="spam_around",
    site="临溪在线", addr="临溪县城关镇人民路88号", icp="某ICP备12345678号-1",
    title="临溪县老旧小区改造工程全面启动 惠及居民三千余户",
    published="2024-03-12 15:20:36", origin="临溪在线", author="周文",
    keywords="临溪,老旧小区改造,民生",
    prevnext=("临溪县召开2024年安全生产工作会议", "城关镇开展“学雷锋”志愿服务活动"),
    paras=[
        "3月11日，临溪县2024年老旧小区改造工程在城关镇花园路小区正式启动。今年全县计划改造老旧小区23个，涉及楼栋156栋、居民3200余户，预计年底前全部完工。",
        "据县住建局负责人介绍，今年的改造内容主要包括雨污分流、管网更新、外墙保温、屋面防水等基础类项目，同时根据居民意愿增设电梯、停车位、充电桩和休闲健身设施。",
        "为了把好事办好，改造前，各社区通过入户走访、问卷调查、居民议事会等方式广泛征求意见，累计收集居民建议800余条。“改什么、怎么改，大家说了算。”花园路社区党支部书记说。",
        "在花园路小区，施工人员正在拆除破损的雨棚和违章搭建。76岁的居民刘大爷站在楼下看了好一会儿：“住了三十多年，终于盼到这一天了。听说我们这栋楼还要加装电梯，以后上下楼就方便了。”",
        "县住建局表示，施工期间将合理安排作业时间，做好安全防护和扬尘治理，尽量减少对居民日常生活的影响。同时将邀请居民代表全程参与质量监督。",
    ],
    lists=[
        dict(head="相关文章", cls="xgwz", pos="main", items=[
            H("县住建局召开城市更新工作推进会", d="2024-03-08"),
            H("临溪县今年将新增公共停车位1200个", d="2024-03-01"),
            H("花园路社区开展环境卫生整治", d="2024-02-26"),
        ]),
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            S("游戏攻略!斗牛房卡在哪买", JUNK["cam"], href="/a/20240305/3381.html"),
            S("行业新知!拼三张房卡批发微信", JUNK["bat"], href="/a/20240305/3382.html"),
            H("临溪县召开2024年春季植树造林动员会", "会议要求各乡镇抓住植树黄金期，全年完成新造林面积一万亩。"),
            S("最新资讯!200元500张房卡", JUNK["scr"], href="/a/20240306/3390.html"),
            S("玩家必看!金花房卡怎么充值", JUNK["wgt"], href="/a/20240306/3391.html"),
            H("县人民医院新院区主体工程封顶", "新院区设置床位800张，预计明年投入使用。"),
            S("科普一下!牛牛房卡哪里有卖", JUNK["sys"], href="/a/20240307/3402.html"),
        ]),
        dict(head="推荐阅读", cls="tjyd", pos="side", items=[
            H("临溪县2024年春季学期中小学开学工作有序进行"),
            H("县图书馆推出“全民阅读月”系列活动"),
            H("临溪高铁站改扩建工程进展顺利"),
        ]),
    ],
    notes="Hijacked local news site (pinyin classes wzbt/wzxx/wznr/xgwz/rmzx/tjyd). The 热门资讯 (rmzx) list has 5 injected items: hype word + ! + 房卡 query as the title, summary = ASCII junk token glued to recycled phone-review text; 2 genuine items with normal summaries. Article itself clean.",
))

PAGES2.append(dict(
    name="hijacked_02_gbk_jobs", template="hijacked", encoding="gbk", verdict="spam_around",
    charset_html='<meta charset="gbk" />',
    site="南屏资讯网", addr="南屏市新华路12号", icp="某ICP备87654321号-2",
    title="南屏市举办春季大型招聘会 提供就业岗位八千余个",
    published="2024-02-26", origin="南屏市人社局", author="何静",
    keywords="南屏,招聘会,春风行动,就业",
    column="民生", opts=dict(show="date", br=True),
    prevnext=("南屏市2024年春运圆满收官", "市区新增3条公交线路"),
    paras=[
        "2月25日，2024年南屏市“春风行动”大型招聘会在市会展中心举行。本次招聘会共吸引260余家企业参会，提供就业岗位8000余个，涵盖智能制造、电子商务、医疗健康、现代物流等多个行业。",
        "招聘会现场人头攒动，不少求职者手拿简历，在各个展位前仔细咨询。一家新能源汽车零部件企业的招聘负责人告诉记者，公司今年计划扩招一线技术工人和质检员200名，上午半天就收到了100多份简历。",
        "为提高供需匹配效率，本次招聘会还设置了直播带岗区、政策咨询区和技能培训报名区。人社部门工作人员在直播间里逐一介绍企业岗位和薪资待遇，吸引了数万名网友在线观看。",
        "今年28岁的求职者小吴刚从外地返乡，他在现场与两家企业达成了初步就业意向。“家门口就有不错的工作机会，工资也不比外地低，还能照顾家里。”",
        "据了解，“春风行动”期间，南屏市还将陆续举办30余场专场招聘活动，并在各乡镇设立就业服务站点，为农村劳动力、高校毕业生等重点群体提供精准就业服务。",
    ],
    lists=[
        dict(head="热门资讯", cls="rmzx", pos="side", style="dl", items=[
            S("今日热点!微信炸金花房卡哪里买", JUNK["egg"]),
            H("南屏市出台稳岗扩就业十条措施", "对吸纳高校毕业生就业的企业给予一次性补贴。"),
            S("重磅推荐!正版房卡批发大厅", JUNK["tele"]),
            S("干货分享!三公房卡代理怎么加盟", JUNK["pork"]),
            S("游戏攻略!牛牛房卡怎么获得", JUNK["ear"]),
            H("市职业技术学院新增5个专业", "新增专业聚焦新能源汽车、工业机器人等领域。"),
        ]),
        dict(head="相关内容", cls="xgnr", pos="main", items=[
            H("南屏市启动2024年“春风行动”", d="2024-02-19"),
            H("返乡务工人员可享免费技能培训", d="2024-02-21"),
            H("市人社局发布一季度重点企业用工需求", d="2024-02-23"),
        ]),
    ],
    notes="GBK bytes with <meta charset=\"gbk\">. Body is one <p> whose paragraphs are separated by <br /> and full-width indents. Only a date is shown (published is date-only). 热门资讯 uses <dl><dt><a>title</a></dt><dd>summary</dd></dl>: 4 injected items + 2 genuine.",
))

PAGES2.append(dict(
    name="hijacked_03_school", template="hijacked", encoding="utf-8", verdict="injected",
    site="云溪教育信息网", addr="云溪县教育路1号", icp="某ICP备20240517号-1", tech="云溪网络科技",
    navs=["网站首页", "教育动态", "校园风采", "招生考试", "教师园地", "家校共育", "政策法规", "联系我们"],
    title="云溪县第三中学举行首届校园科技节 学生创新作品亮相",
    published="2024-05-17 10:08:00", origin="云溪三中", author="宣传处",
    keywords="云溪三中,科技节,创新",
    column="校园风采", opts=dict(show="min", h1=False),
    prevnext=("云溪县举行中小学生田径运动会", "县教育局开展校园食品安全检查"),
    paras=[
        "5月16日，云溪县第三中学首届校园科技节开幕。为期三天的科技节以“点亮创意，探索未来”为主题，设置了科技作品展、机器人竞技、科普讲座、创意编程等多个板块，全校两千余名师生参与。",
        "在科技作品展区，学生们自主设计制作的一百余件作品整齐陈列。高二学生王子涵和同学们制作的“智能节水灌溉装置”吸引了不少人驻足。这个装置能根据土壤湿度自动控制浇水量，已经在学校的劳动实践基地试用了一个多月。",
        ("spam", "牛*牛*房*卡 金*花*房*卡 批发 加溦：ｘｈ７７８８９ 一元一张 秒到", "牛*牛*房*卡"),
        "机器人竞技赛场上，各参赛队伍操控着自己搭建的机器人完成搬运、避障、投篮等任务，现场加油声此起彼伏。初一年级的参赛队伍虽然是第一次参赛，却凭借精巧的结构设计拿下了避障项目第二名。",
        ("img", "/uploads/allimg/240517/1-24051G00800.jpg", "学生展示自制的智能节水灌溉装置"),
        "科技节期间，学校还邀请了县科协的专家和高校教师走进校园，为学生们带来人工智能、航天科技等主题讲座。",
        "校长表示，举办科技节旨在激发学生的科学兴趣和创新意识。今后，学校将把科技节办成常态化活动，并进一步加强科技社团建设，为学生提供更多动手实践的机会。",
    ],
    lists=[
        dict(head="相关文章", cls="xgwz", pos="main", items=[
            H("云溪三中举办“读书月”活动", d="2024-04-23"),
            H("县青少年科技创新大赛获奖名单公布", d="2024-04-12"),
        ]),
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            S("深度解析!十三水房卡多少钱一张", JUNK["heat"]),
            H("2024年云溪县中考报名工作通知", "报名时间为5月20日至5月26日，逾期不再补报。"),
            S("热点聚焦!跑得快房卡购买渠道", JUNK["chip"]),
            S("官方推荐!推筒子房卡链接", JUNK["soup"]),
            H("县教育局公布暑期安全教育工作安排", "各校要在放假前开展一次防溺水专题教育。"),
        ]),
        dict(head="推荐阅读", cls="tjyd", pos="side", style="dl", items=[
            S("行业新知!微信牛牛房卡代理", JUNK["cam"]),
            H("云溪县教师招聘考试成绩公布", "考生可登录县人社局网站查询成绩。"),
            S("玩家必看!金花房卡批发价格表", JUNK["bat"]),
        ]),
    ],
    notes="Hijacked school site. Title in div.wzbt as bare text (no h1); 发布时间 without seconds. Body spam with separator obfuscation 牛*牛*房*卡 / 加溦 + full-width id. Spam items in both 热门资讯 (li/a/p) and 推荐阅读 (dl/dt/dd), mixed with genuine notices.",
))

PAGES2.append(dict(
    name="hijacked_04_nocharset", template="hijacked", encoding="gbk", verdict="spam_around",
    charset_html="",
    site="青禾网", addr="青禾镇政府路6号", icp="某ICP备11223344号-3",
    title="青禾镇2000亩油菜花进入盛花期 赏花经济带火乡村游",
    published="2024-03-20 08:45:12", origin="青禾镇人民政府", author="杨柳",
    keywords="青禾镇,油菜花,乡村游",
    column="乡村振兴",
    prevnext=("青禾镇召开春季农业生产现场会", "青禾镇开展森林防火宣传活动"),
    paras=[
        "连日来，青禾镇两千亩油菜花竞相绽放，金黄的花海与白墙黛瓦的村落相映成趣，吸引了大批游客前来观光打卡。",
        "在油菜花田中央的观景台上，来自城里的游客李女士正忙着给家人拍照。&nbsp;“周末开车一个小时就到了，空气好，风景美，孩子们也玩得特别开心。”",
        "近年来，青禾镇依托油菜种植基地，发展“赏花+农家乐+农产品销售”的乡村旅游模式。花海周边的十多户村民开起了农家乐，土鸡、腊肉、野菜等农家菜成了游客们的抢手货。",
        "村民王大哥家的农家乐今年已经是第四年营业，他算了一笔账：油菜花期一个多月，农家乐的营业额能有六七万元，再加上秋季卖菜籽油的收入，比单纯种地强多了。",
        "为了做好游客接待工作，青禾镇在花海周边增设了临时停车场和旅游厕所，安排志愿者维持秩序，并在主要路口设置了交通指示牌。",
        "据介绍，今年青禾镇还将举办油菜花文化旅游节，推出摄影比赛、农耕体验、民俗表演等活动，进一步擦亮乡村旅游品牌。",
    ],
    lists=[
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            S("游戏攻略!斗牛房卡在哪买", JUNK["scr"]),
            S("最新资讯!100元300张房卡", JUNK["egg"]),
            H("青禾镇启动人居环境整治“百日攻坚”", "全镇集中清理房前屋后垃圾杂物。"),
            S("重磅推荐!金花房卡批发", JUNK["wgt"]),
            S("今日热点!正版牛牛房卡大厅", JUNK["tele"]),
            S("科普一下!微信斗牛群房卡怎么买", JUNK["sys"]),
        ]),
        dict(head="推荐阅读", cls="tjyd", pos="side", items=[
            H("青禾镇特色农产品亮相农博会"),
            H("全镇完成春播面积三万亩"),
        ]),
    ],
    notes="GBK bytes with NO charset declaration at all (no meta, no BOM): the decoder must detect GBK. One &nbsp; inside paragraph 2 (truth has a plain space there). Hijacked rmzx list: 5 injected items + 1 genuine; article clean.",
))

PAGES2.append(dict(
    name="hijacked_05_gbk_hospital", template="hijacked", encoding="gbk", verdict="injected",
    charset_html='<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
    site="安平健康网", addr="安平县健康路20号", icp="某ICP备55667788号-1",
    title="安平县人民医院开通“一站式”便民服务中心 患者就医更省心",
    published="2024-09-05 16:20:00", origin="安平县人民医院", author="办公室",
    keywords="安平县人民医院,一站式服务,便民",
    column="医疗动态", opts=dict(show="min"),
    paras=[
        "9月4日，安平县人民医院门诊楼一楼的“一站式”便民服务中心正式投入使用。患者在这里可以集中办理预约挂号、检查预约、医保咨询、病历复印、报告打印等十余项业务，不再需要在多个窗口之间来回奔波。",
        "以往，患者做完检查需要到不同楼层分别预约，遇上人多的时候，光排队就要花上大半天。如今，服务中心通过信息系统统一调度各项检查，尽量把同一位患者的多项检查安排在同一天完成。",
        ("hidden", '<div style="display: none;"><a href="http://bfyl.example.com/">博发娱乐官网入口</a> <a href="http://bfyl.example.com/dl/">博发娱乐登录器下载</a> 真人 棋牌 捕鱼 电子 <a href="http://bfyl.example.com/">注册送彩金</a></div>', "博发娱乐官网入口"),
        "“以前给我爸办住院要跑好几趟，今天一个窗口就全办好了。”正在办理入院手续的市民张先生说。",
        "据医院负责人介绍，服务中心配备了8名专职工作人员，并设置了老年人、残疾人优先窗口，为有需要的患者提供轮椅借用、陪同就诊等服务。同时，医院还在门诊各楼层增设了自助服务机，支持医保电子凭证扫码支付。",
        ("spam", "【棋牌推荐】微信金花牛牛房卡，正规平台，薇信ａｐ６６６９，代理返利高，欢迎咨询。", "微信金花牛牛房卡"),
        "下一步，医院将继续优化就医流程，推进检查检验结果互认，并逐步开通夜间门诊和周末门诊，让群众就医更加便捷。",
    ],
    lists=[
        dict(head="相关文章", cls="xgwz", pos="main", items=[
            H("安平县人民医院与省级医院建立专科联盟", d="2024-08-20"),
            H("县卫健局开展基层医疗机构服务能力提升行动", d="2024-08-12"),
            H("安平县启动第三轮城乡居民免费健康体检", d="2024-07-30"),
        ]),
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            S("深度解析!牛牛房卡多少钱", JUNK["bat"]),
            H("秋季腹泻高发 儿科医生提醒注意饮食卫生", "婴幼儿出现呕吐、腹泻后要注意及时补液。"),
            S("干货分享!拼三张房卡怎么代理", JUNK["heat"]),
            S("玩家必看!斗牛房卡充值平台", JUNK["chip"]),
            S("最新资讯!50元200张金花房卡", JUNK["soup"]),
            H("县中医院开设“膏方门诊”", "门诊时间为每周二、周四上午。"),
        ]),
    ],
    notes="GBK via http-equiv charset=gbk; 发布时间 without seconds. Three spam placements: a display: none block inside div.wznr, a visible spam paragraph in the body (薇信 + full-width id), and 4 injected items in 热门资讯 mixed with 2 genuine ones.",
))

PAGES2.append(dict(
    name="hijacked_06_police", template="hijacked", encoding="utf-8", verdict="clean",
    site="临溪在线", addr="临溪县城关镇人民路88号", icp="某ICP备12345678号-1",
    title="临溪警方捣毁一个利用“房卡”组织赌博的犯罪团伙",
    published="2024-11-08 17:02:00", origin="临溪县公安局", author="杜宇",
    keywords="临溪,公安,网络赌博,房卡",
    column="平安临溪",
    prevnext=("临溪县开展冬季道路交通安全集中整治", "县公安局举办反诈宣传进社区活动"),
    paras=[
        "近日，临溪县公安局成功侦破一起利用网络棋牌游戏组织赌博的案件，捣毁一个以出售“房卡”为名、组织他人参赌的犯罪团伙，抓获犯罪嫌疑人9名。",
        "今年9月，县公安局治安大队接到群众举报，称有人在微信群里发布“牛牛”“金花”房卡广告，并组织群成员参与赌博。接报后，民警迅速开展调查。",
        "经查，犯罪嫌疑人张某伙同他人，从网上购买某棋牌游戏平台的代理账号，以每张数元的价格向参赌人员出售房卡，再由参赌人员在游戏中开设房间进行“斗牛”“拼三张”等赌博游戏，输赢通过微信红包和转账结算，张某等人从中抽取“台费”牟利。",
        "10月底，专案组在掌握充分证据后开展集中收网，在县城某小区和邻县一处出租屋内将张某等9人全部抓获，现场扣押手机15部，冻结涉赌资金30余万元。",
        "目前，张某等人已被依法刑事拘留，案件正在进一步侦办中。",
        "警方提示：网络上兜售房卡、招募“代理”的信息，很多背后就是赌博团伙。广大群众要自觉抵制赌博行为，发现相关违法犯罪线索，请及时拨打110或向当地派出所举报。",
    ],
    lists=[
        dict(head="相关文章", cls="xgwz", pos="main", items=[
            H("临溪县公安局破获一起电信网络诈骗案", d="2024-10-28"),
            H("县法院公开审理一起开设赌场案", d="2024-10-16"),
            H("警方提醒：警惕“网络兼职”陷阱", d="2024-10-09"),
        ]),
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            H("临溪县冬季供暖工作全面启动", "全县集中供暖于11月15日开始。"),
            H("城关镇新建两座口袋公园", "公园内设置了儿童游乐区和健身步道。"),
            H("临溪县举行消防安全演练", "演练模拟了高层住宅火灾的疏散和扑救。"),
        ]),
        dict(head="推荐阅读", cls="tjyd", pos="side", items=[
            H("临溪县公布一批扫黑除恶典型案例"),
            H("县公安局户籍业务实现“一窗通办”"),
        ]),
    ],
    notes="HARD NEGATIVE on the hijacked template: police story about a 房卡 gambling ring (牛牛, 金花, 斗牛, 拼三张, 代理, 台费). Same pinyin layout as the hacked pages but every list item is genuine and there is nothing hidden.",
))

# ===================================================================== blog

PAGES2.append(dict(
    name="blog_01_braised_pork", template="blog", encoding="utf-8", verdict="clean",
    site="小满的厨房", tagline="家常菜，慢慢做", navs=["首页", "家常菜", "烘焙", "汤羹", "关于我"],
    title="在家做一锅不翻车的红烧肉：糖色、火候和收汁",
    published="2024-03-05 19:40:12", origin=None, author="林小满",
    category="家常菜", tags=["红烧肉", "家常菜", "炒糖色"],
    prevnext=("十分钟搞定的葱油拌面", "冬天就要喝一碗萝卜排骨汤"),
    paras=[
        "红烧肉大概是我被朋友点名最多的一道菜。每次聚餐，总有人问我怎么才能做到肥而不腻、入口即化。今天就把我这几年反复试出来的做法整理一下，步骤不复杂，关键是几个细节。",
        "先说选肉。最好选带皮的三层五花肉，肥瘦相间，每层都比较均匀。买回来后切成三厘米左右的方块，冷水下锅，加几片姜和一勺料酒，大火煮开后撇去浮沫，再煮两三分钟捞出，用温水冲洗干净。",
        "接下来是炒糖色，这一步决定了红烧肉的颜色。锅里放少许油，加入冰糖，小火慢慢熬，糖会先化开，再冒大泡，最后变成细密的小泡、颜色呈枣红色时，立刻把肉块倒进去翻炒。火太大糖色容易发苦，宁可慢一点。",
        ("img", "/wp-content/uploads/2024/03/hongshaorou-1024x683.jpg", "糖色炒到枣红色就可以下肉了"),
        "肉块均匀裹上糖色后，加入葱段、姜片、八角和一小块桂皮炒香，沿锅边淋入料酒和少许生抽，再倒入没过肉块的开水。注意一定要用开水，冷水会让肉质变紧。",
        "大火烧开后转小火，盖上锅盖炖一个小时左右。这期间可以偶尔翻动一下，防止粘锅。筷子能轻松插透肉皮的时候，就可以准备收汁了。",
        "收汁时把火开大，不停翻动，让汤汁慢慢变得浓稠，均匀地挂在每一块肉上。最后尝一下咸淡，不够的话再加一点盐。出锅前撒点葱花，颜色会更好看。",
        "<strong>小贴士：</strong>如果喜欢更软糯的口感，可以把炖煮时间延长到一个半小时；家里有高压锅的话，压二十分钟再收汁，也能省下不少时间。",
    ],
    lists=[
        dict(head="相关文章", pos="main", items=[
            H("可乐鸡翅的三个小窍门"),
            H("糖醋排骨到底要不要炸"),
            H("我的厨房常备调料清单"),
        ]),
        dict(head="近期文章", pos="side", items=[
            H("冬天就要喝一碗萝卜排骨汤"),
            H("第一次做戚风蛋糕就成功"),
            H("周末早餐：鸡蛋灌饼"),
        ]),
    ],
    comments=[
        ("豆豆妈", "照着做了，糖色一次就成功，家里人都说好吃！"),
        ("阿强", "请问冰糖和白糖有区别吗？"),
        ("林小满", "回复阿强：冰糖炒出来颜色更亮一些，白糖也可以，火要更小。"),
    ],
    notes="Clean WordPress-style blog (article.post, div.entry-content, <time datetime>, 作者： byline, JSON-LD). Recipe text similar to what spammers recycle, but nothing is spam. Last paragraph starts with <strong>. Comments are boilerplate.",
))

PAGES2.append(dict(
    name="blog_02_travel", template="blog", encoding="utf-8", verdict="spam_around",
    site="阿远的旅行笔记", tagline="走走停停", navs=["首页", "国内游", "城市漫步", "住宿体验", "关于"],
    title="周末两天的古镇慢游：住在河边的小客栈",
    published="2024-10-20 21:03:45", origin=None, author="阿远",
    category="国内游", tags=["古镇", "客栈", "周末游"],
    prevnext=("秋天去看一次银杏", "一个人的海边三日"),
    paras=[
        "十月的第三个周末，终于抽出两天时间去了一趟向往已久的云溪古镇。从市区坐高铁到县城只要四十分钟，再转乘公交半个小时，就到了古镇的东入口。",
        "这次住的是一家开在河边的小客栈，由一栋老宅改造而成，只有六间客房。办理入住时，前台的阿姨递给我一把挂着木牌的铜钥匙，而不是常见的房卡，一下子就有了旅行的感觉。",
        "房间不大，但收拾得很干净。推开木窗，楼下就是小河，乌篷船摇摇晃晃地从窗前经过。晚上躺在床上，能听到远处隐约的评弹声。",
        "第二天起了个大早，沿着河岸走了一圈。清晨的古镇游客还不多，早点铺子已经开门，我在一家老店要了一碗虾仁馄饨和两只生煎，一共才十八块钱。",
        "上午去了镇上的木版年画作坊，看老师傅刻版、印制，还自己动手拓了一张门神带回家。下午在茶馆里坐了两个多小时，什么也没做，就是看人来人往。",
        "几点小建议：古镇周末人比较多，最好提前订房；镇上大部分店铺都可以扫码支付；石板路走起来有点滑，建议穿防滑的鞋。",
    ],
    lists=[
        dict(head="相关文章", pos="main", items=[
            H("江南古镇怎么选？我的私房排序"),
            H("住过的五家有意思的民宿"),
        ]),
        dict(head="近期文章", pos="side", items=[
            H("秋天去看一次银杏"),
            H("高铁上的一小时能做什么"),
        ]),
    ],
    comments=[
        ("小鹿", "看得好想去！请问客栈叫什么名字呀？"),
        ("fk_8866", "牛牛房卡哪里买？正版金花房卡批发，加威：nn66８８ＸＸ 秒到账", "正版金花房卡批发"),
        ("阿远", "回复小鹿：名字就不说啦，免得像打广告，在古镇东边河边很好找。"),
    ],
    notes="WordPress-style travel blog; spam sits in the COMMENT list (a spam comment with 威 homophone and mixed-width digits) between two genuine comments. The body mentions 前台/房卡 legitimately (a key instead of a room card).",
))

# ===================================================================== gov

PAGES2.append(dict(
    name="gov_01_fire", template="gov", encoding="gbk", verdict="clean",
    site="云溪县人民政府", addr="云溪县府前路1号", icp="某ICP备05012345号",
    title="云溪县应急管理局关于做好2024年春季森林防火工作的通知",
    published="2024-03-05", origin="云溪县应急管理局", author=None,
    column="通知公告",
    paras=[
        "各乡镇人民政府，县直各有关单位：",
        "&nbsp;&nbsp;&nbsp;&nbsp;当前正值春季森林防火关键期，气温回升快，降水偏少，林区可燃物载量大，加之清明祭祀、春耕备耕等野外用火增多，森林火灾风险持续上升。为切实做好今年春季森林防火工作，现将有关事项通知如下：",
        "一、压实防火责任。各乡镇、各有关单位要严格落实森林防火行政首长负责制，层层签订责任书，将防火责任落实到山头地块、落实到具体人员。",
        "二、严格野外火源管理。在森林防火期内，林区禁止一切野外用火。各地要在进山路口设立检查站，对进山人员进行防火宣传和火源检查，严防火种进山。",
        "三、加强隐患排查整治。各地要组织力量对林区输配电线路、墓地集中区、旅游景区等重点部位开展隐患排查，发现问题立即整改。",
        "四、做好应急准备。各地要加强扑火队伍建设，开展扑火技能培训和实战演练，备足扑火物资装备，确保一旦发生火情能够快速响应、科学处置。",
        "五、严格值班值守。森林防火期内实行24小时值班和领导带班制度，发现火情要第一时间报告，严禁迟报、漏报、瞒报。",
    ],
    signature=["云溪县应急管理局", "2024年3月5日"],
    lists=[
        dict(head="相关信息", pos="main", items=[
            H("云溪县召开2024年森林防灭火工作会议", d="2024-02-28"),
            H("关于清明节期间文明祭扫的倡议书", d="2024-03-01"),
        ]),
    ],
    notes="GBK gov notice (meta gb2312, TRS_Editor). Date only (发布日期：2024-03-05). Opening salutation and the right-aligned signature lines are part of the notice body (short paragraphs on purpose). Paragraph 2 starts with &nbsp;&nbsp;&nbsp;&nbsp; (trimmed in the truth). Clean, no spam.",
))

PAGES2.append(dict(
    name="gov_02_insurance", template="gov", encoding="utf-8", verdict="spam_around",
    charset_html='<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
    site="南屏市医疗保障局", addr="南屏市民生路9号", icp="某ICP备09876543号",
    title="关于2025年度城乡居民基本医疗保险集中缴费的公告",
    published="2024-10-15 09:00:00", origin="南屏市医疗保障局", author=None,
    column="通知公告", opts=dict(br=True),
    paras=[
        "根据上级医疗保障部门有关工作安排，现将我市2025年度城乡居民基本医疗保险集中缴费有关事项公告如下：",
        "一、缴费时间。2024年10月15日至12月31日为集中缴费期。",
        "二、缴费标准。2025年度城乡居民基本医疗保险个人缴费标准为每人每年400元。",
        "三、缴费方式。参保人员可通过手机银行、微信或支付宝“城乡居民医保缴费”小程序、税务部门电子税务局等线上渠道缴费，也可到各乡镇（街道）便民服务中心或合作银行网点现场缴费。",
        "四、待遇享受。在集中缴费期内缴费的参保人员，自2025年1月1日起享受医疗保险待遇。",
        "五、温馨提示。请参保群众通过正规渠道缴费，谨防以代缴医保费为名的诈骗行为。如有疑问，可拨打医保服务热线咨询。",
    ],
    signature=["南屏市医疗保障局", "2024年10月15日"],
    hidden=[
        ('<div style="DISPLAY: none"><a href="http://bcdh.example.com/">菠菜导航</a> 真人棋牌 三公 十三水 推筒子 全天上下分 联系Ｖ：ｂｃ９９８８ <a href="http://bcdh.example.com/app/">APP下载</a></div>',
         "菠菜导航", "bottom"),
    ],
    lists=[
        dict(head="相关信息", pos="main", items=[
            H("南屏市医保局开展打击欺诈骗保专项行动", d="2024-09-20"),
            H("异地就医直接结算办理指南", d="2024-09-02"),
            H("2024年度医保政策问答", d="2024-08-15"),
        ]),
    ],
    notes="Hacked gov notice (UTF-8). Body in TRS_Editor is a single <p> with <br/>-separated lines. An upper-case style=\"DISPLAY: none\" div before the footer carries 菠菜 (=博彩) gambling keywords and a full-width contact id. Signature lines are body.",
))
