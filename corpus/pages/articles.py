# -*- coding: utf-8 -*-
"""Hand-written content of the corpus pages (part 1: sina, 163, qq).

Every article, headline, comment and spam string here was written for this
corpus; all people, villages, counties, teams, companies, brands, WeChat ids
and figures are invented.  build.py turns each dict into <name>.html + .json.

Paragraph entries: a plain string is a real article paragraph (it may hold
inline tags or entities; the truth is its visible text); ("spam", html, key)
is an injected spam paragraph; ("img", url, caption) an image with caption;
("hidden", html, key) a hidden spam element inside the body.
List items: H(...) is a genuine item (goes to ham_items), S(...) a spam item
whose truth substring defaults to the part of the title after the "!".
"""


def H(t, s=None, d=None, **kw):
    return dict(t=t, s=s, d=d, **kw)


def S(t, s=None, key=None, d=None, **kw):
    return dict(t=t, s=s, d=d, spam=key or t.split("!", 1)[-1], **kw)


PAGES = []

# ======================================================================= sina

PAGES.append(dict(
    name="sina_01_economy", template="sina", encoding="utf-8", verdict="clean",
    title="前两个月全国网上零售额同比增长12.4% 实物商品消费稳中有升",
    published="2024-03-15 10:36:00", origin="中国证券报", author=None, editor="郭明煜",
    keywords="网上零售额,消费,以旧换新",
    crumbs=["新浪财经", "宏观经济"],
    paras=[
        "国家统计局15日发布的数据显示，今年1至2月份，全国网上零售额达到2.1万亿元，同比增长12.4%。实物商品网上零售额为1.8万亿元，增长11.9%，在社会消费品零售总额中占比24.3%。",
        "从商品类别看，吃类、穿类和用类商品网上零售额分别增长18.2%、10.5%和11.6%。业内人士分析，春节假期叠加线上年货节，带动了食品、服饰等品类的集中消费。",
        ("img", "//n.sinaimg.cn/finance/crawl/20240315/kd8f-logistics.jpg", "资料图：某电商物流园区内，工作人员正在分拣快递包裹。"),
        "&ldquo;消费市场开局总体平稳，线上渠道仍是拉动增长的重要力量。&rdquo;一位宏观经济研究人士表示，随着以旧换新政策逐步落地，家电、数码产品的线上销售有望在二季度继续回暖。",
        "值得注意的是，即时零售增长势头明显。多家平台数据显示，1至2月份，30分钟送达的即时配送订单量同比增长超过三成，生鲜、药品和日用百货是主要品类。",
        "分析人士同时指出，居民消费意愿的恢复仍需时间，部分高端消费品和大宗消费品需求偏弱。下一步，需要进一步稳就业、增收入，改善消费预期。",
        "据了解，商务部近期将组织开展&ldquo;消费促进月&rdquo;活动，联合电商平台推出多项惠民举措，并加快推动县域商业体系建设，促进农村电商提质升级。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("统计局：2月份CPI同比上涨0.7%", d="03-09 09:30"),
            H("商务部：今年将继续实施汽车以旧换新补贴", d="03-12 16:02"),
            H("多地出台举措促进夜间消费", d="03-13 08:45"),
            H("快递业务量连续两月保持两位数增长", d="03-14 11:20"),
            H("春节假期国内旅游出游人次创历史新高", d="02-18 19:06"),
        ]),
        dict(head="热门推荐", pos="side", style="rank", items=[
            H("A股三大指数集体收涨 半导体板块走强"),
            H("央行开展5000亿元中期借贷便利操作"),
            H("多家银行下调大额存单利率"),
            H("一季度新能源汽车出口量同比大增"),
        ]),
    ],
    comments=[
        ("新浪网友[北京]", "网购确实方便，现在连买菜都在手机上下单了。"),
        ("用户5837261", "希望以旧换新补贴早点落地，家里的冰箱该换了。"),
    ],
    notes="Clean sina-style economy article. Entities &ldquo;/&rdquo; in body, full-width indent, image with caption (caption not in body), 相关阅读 and sidebar 热门推荐 lists, comment block, big footer. No spam.",
))

PAGES.append(dict(
    name="sina_02_tech", template="sina", encoding="utf-8", verdict="injected",
    title="国产大模型加速落地制造业 多家企业晒出“AI质检”成绩单",
    published="2024-04-18 16:05:00", origin="新浪科技", author=None, editor="韦子蕙",
    keywords="大模型,制造业,AI质检",
    crumbs=["新浪科技", "人工智能"],
    site="新浪科技_新浪网",
    paras=[
        "在江苏苏州一家精密零部件工厂，原本需要二十多名工人轮班目检的生产线，如今只由三名技术员负责巡检。生产线上方的工业相机每秒拍摄数十张图片，交给部署在车间服务器上的视觉大模型判断是否存在划痕、毛刺等缺陷。",
        "“以前人工目检漏检率在千分之三左右，现在降到了万分之五以下。”该厂生产负责人介绍，系统上线半年来，仅质量返工一项就节省成本三百余万元。",
        ("spam", "【斗牛房卡】正版房卡哪里买？认准薇信：ｆｋ６６８８ａ，一元一张，诚招代理，价格透明。", "正版房卡哪里买"),
        "记者了解到，类似的应用场景正在更多制造企业中铺开。有关部门负责人日前表示，截至今年3月底，全国已建成超过一万个数字化车间和智能工厂，人工智能在研发设计、生产制造、运营管理等环节的渗透率不断提高。",
        "不过，大模型“进厂”并非一帆风顺。多位企业技术人员坦言，工业场景数据分散、标注成本高，通用模型往往需要大量行业数据微调才能达到上线要求。此外，部分中小企业缺乏专业人才和算力资源，对投入产出比仍存疑虑。",
        "对此，一些地方开始探索“共享算力+行业模型”的模式。当地工业园区去年建成的智能计算中心，已为园区内六十多家企业提供模型训练和推理服务，企业按需付费，平均部署成本下降约四成。",
        "一位长期关注产业数字化的研究员认为，未来两到三年，工业大模型将从单点应用走向全流程协同，<strong>数据治理能力</strong>和<strong>安全可控</strong>将成为企业选型时最关注的因素。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("人形机器人走进汽车工厂 能否胜任装配工作", d="04-16 10:12"),
            H("多地发布算力基础设施建设行动方案", d="04-15 14:40"),
            H("工业互联网标识解析体系覆盖全部省份", d="04-11 09:05"),
            H("我国5G基站总数突破360万个", d="04-09 17:33"),
        ]),
        dict(head="科技热榜", pos="side", style="rank", items=[
            H("国产手机一季度出货量排名出炉"),
            H("多家车企宣布智能驾驶功能免费开放"),
            H("芯片设计企业扎堆科创板"),
        ]),
    ],
    comments=[
        ("新浪网友[江苏苏州]", "我们厂也在试，识别率确实高，就是前期标注数据太累。"),
        ("科技观察员", "中小企业用不起是最大的问题。"),
    ],
    notes="sina-style tech article with one spam paragraph injected in the middle of #artibody (【斗牛房卡】 + homophone 薇信 + full-width id). Inline <strong> in the last paragraph. The spam paragraph must not appear in the body.",
))

PAGES.append(dict(
    name="sina_03_hotel", template="sina", encoding="utf-8", verdict="clean",
    title="退房时房卡忘还被收50元？多地酒店回应“房卡押金”争议",
    published="2024-07-22 09:48:00", origin="央广网", author=None, editor="许诺",
    keywords="酒店,房卡,退房,消费维权",
    crumbs=["新浪新闻", "社会"],
    site="新浪新闻_新浪网",
    paras=[
        "暑期出游高峰到来，酒店入住需求明显上升。近日，有网友在社交平台发帖称，自己在某连锁酒店退房时忘记归还房卡，离店后被前台电话告知需补交50元“房卡工本费”，引发不少网友讨论。",
        "记者随机联系了本地多家酒店。一家经济型酒店前台工作人员表示，客人办理入住时，酒店会发放一到两张房卡，退房时需交回前台；如果房卡遗失或损坏，按照店内公示标准收取20元至50元不等的费用。",
        "“房卡本身成本不高，但丢失的房卡如果没有及时注销，存在一定安全隐患。”一家高端酒店的大堂经理说，目前酒店普遍采用感应式房卡，客人退房后系统会自动让房卡失效，但实体卡片仍需回收重复使用。",
        "也有部分酒店已经开始尝试“无卡入住”。在一家新开业的智慧酒店，客人通过手机小程序完成身份核验后，可直接用手机蓝牙开门，退房时在客房电视上点击确认即可，无需再到前台办理。",
        ("img", "//n.sinaimg.cn/news/crawl/20240722/hotel-desk.jpg", "某酒店前台，工作人员为客人办理入住手续。"),
        "律师表示，酒店收取房卡遗失费用本身并不违法，但应当在客人入住前以醒目方式告知收费标准；如果事先未告知，事后要求客人承担费用，容易引起纠纷。",
        "专家建议，消费者入住时应留意酒店的相关规定，退房时主动将房卡交还前台，并索要退房凭证；酒店方面则应规范收费公示，减少不必要的误会。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("暑期酒店价格上涨 部分热门城市涨幅超三成", d="07-20 08:10"),
            H("文旅部门提醒游客理性安排暑期出行", d="07-19 15:26"),
            H("民宿服务新标准实施 这些变化值得关注", d="07-18 10:03"),
            H("入住酒店遇“隐形收费”怎么办？律师支招", d="07-15 21:47"),
        ]),
        dict(head="热门推荐", pos="side", style="rank", items=[
            H("多地高温持续 注意防暑降温"),
            H("暑运首周铁路发送旅客超1亿人次"),
            H("景区预约制度如何优化？游客这样说"),
        ]),
    ],
    comments=[
        ("新浪网友[浙江杭州]", "上次出差就是房卡揣兜里带走了，后来寄回去的。"),
        ("旅行的猫", "入住时说清楚就没这么多事了。"),
    ],
    notes="HARD NEGATIVE: hotel room cards (酒店房卡, 前台, 退房, 房卡押金) used legitimately all over title and body; lists are genuine. Nothing on the page is spam.",
))

PAGES.append(dict(
    name="sina_04_marathon", template="sina", encoding="utf-8", verdict="clean",
    charset_html='<meta http-equiv="Content-type" content="text/html; charset=gb2312" />',
    title="2024云湖马拉松鸣枪开跑 三万名跑者共赴春日之约",
    published="2024-04-07 11:20:00", origin="新浪体育", author=None, editor="任重",
    keywords="马拉松,云湖,全民健身",
    crumbs=["新浪体育", "综合体育"],
    site="新浪体育_新浪网",
    opts=dict(indent=False),
    paras=[
        "4月7日7时30分，2024云湖马拉松在市民广场鸣枪开跑。来自全国各地以及十余个国家和地区的三万名跑者，沿着湖滨大道、老城区和科技新城一路奔跑，感受春日里的城市风光。",
        "本届赛事设全程马拉松、半程马拉松和迷你跑三个项目。最终，男子全程冠军由一名外籍选手以2小时09分33秒的成绩夺得，女子全程冠军则被国内选手以2小时28分15秒收入囊中，双双刷新赛会纪录。",
        "为保障赛事顺利进行，组委会沿途设置了二十个补给站和十二个医疗站，并安排四百余名医护人员、一百多名“跑者医生”随队保障。截至比赛结束，没有发生严重医疗事件。",
        "今年的赛道首次经过刚刚开放的湖心栈道。不少跑者表示，这段赛道视野开阔，两侧樱花盛开，“跑着跑着就忘了累”。",
        "赛事期间，城区多条道路实施临时交通管制。交警部门提前一周发布绕行提示，地铁各线路也提前一小时开始运营，方便跑者和观众出行。",
        "据测算，本届马拉松带动酒店、餐饮、交通等相关消费超过两亿元，赛事周边的特色集市和非遗展示也吸引了大量市民游客驻足。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("国内马拉松赛事进入“春季密集期” 报名中签率持续走低", d="04-03 12:00"),
            H("跑步伤膝盖吗？运动医学专家这样说", d="04-01 18:30"),
            H("全民健身场地设施建设提速 今年将新建一批体育公园", d="03-28 09:15"),
        ]),
    ],
    comments=[
        ("跑者老王", "第一次跑全马，完赛了，湖心栈道那段真的美！"),
    ],
    notes="CHARSET MISMATCH: the meta says charset=gb2312 but the bytes are UTF-8 (decoders must trust the bytes). No indent in paragraphs. Clean sports news, no spam.",
))

# ======================================================================= 163

PAGES.append(dict(
    name="163_01_police", template="163", encoding="utf-8", verdict="clean",
    title="利用微信群组织“牛牛”赌博 警方破获一起网络赌博案抓获17人",
    published="2024-05-09 18:42:10", origin="中国新闻网", author=None, editor="王浩_NB1234",
    keywords="网络赌博,房卡,警方",
    column="社会新闻",
    paras=[
        "记者9日从南屏市公安局获悉，该局近日成功破获一起利用微信群组织网络赌博案件，抓获犯罪嫌疑人17名，冻结涉案资金80余万元。",
        "今年2月，南屏市公安局网安大队在日常巡查中注意到，有人在多个微信群内以“棋牌娱乐”为幌子，组织群成员在某棋牌小程序中进行“牛牛”“炸金花”等赌博游戏，参赌人员需先向群主购买房卡，每局输赢通过微信转账结算。",
        "经过两个多月的侦查，警方查明，以刘某为首的团伙自去年8月起，先后建立赌博群30余个，发展“代理”十余人，通过出售房卡、抽取“台费”等方式非法获利。参赌人员遍布多个省份，累计流水达600余万元。",
        "4月下旬，警方在多地同步开展收网行动，在一处出租屋内将正在“上分”“下分”的刘某等人抓获，现场查获作案用手机23部、银行卡40余张。",
        "办案民警介绍，此类网络赌博往往以“小游戏”“娱乐局”的形式出现，起初金额不大，但参赌者很容易越陷越深。一些团伙还会在网上发布“房卡批发”“诚招代理”等广告，引诱他人加入。",
        "警方提醒，网络赌博违法，切勿心存侥幸参与。市民如发现有人在群聊中组织赌博或兜售房卡，可及时向公安机关举报。",
        "目前，刘某等17名犯罪嫌疑人均已被依法采取强制措施，警方正对案件开展深挖扩线。",
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="rank", items=[
            H("今年以来全国公安机关侦破电信网络诈骗案件同比上升"),
            H("警惕！这些“刷单返利”都是骗局"),
            H("多部门联合开展未成年人网络保护专项行动"),
            H("五一假期全社会跨区域人员流动量创新高"),
            H("国家防总启动防汛四级应急响应"),
        ]),
        dict(head="24小时排行", pos="side", style="rank", items=[
            H("男子冒充民警诈骗被抓 竟是“惯犯”"),
            H("高速公路服务区新增一批充电桩"),
            H("多地中小学调整作息时间"),
        ]),
    ],
    comments=[
        ("广东省深圳市", "打得好！群里那些卖房卡的早该管管了。"),
        ("山东省青岛市", "小赌怡情都是骗人的，越陷越深。"),
    ],
    notes="HARD NEGATIVE: police news about a 房卡/牛牛/炸金花 WeChat gambling ring; the body quotes 房卡批发, 诚招代理, 上分/下分 legitimately. Lists are genuine; 彩票 in the channel nav. Nothing is spam.",
))

PAGES.append(dict(
    name="163_02_weather", template="163", encoding="utf-8", verdict="spam_around",
    title="新一轮强降雨将影响江南华南 中央气象台发布暴雨蓝色预警",
    published="2024-06-14 10:05:33", origin="新华社", author=None, editor="陈晓_NB5521",
    keywords="暴雨,预警,中央气象台",
    paras=[
        "中央气象台14日6时继续发布暴雨蓝色预警。预计14日8时至15日8时，江西北部、浙江西南部、福建北部、湖南东部、广东北部和广西东北部等地的部分地区有大到暴雨，局地大暴雨。",
        "气象专家介绍，本轮降雨过程具有持续时间长、累计雨量大、强降雨落区重叠度高等特点。受副热带高压西伸北抬影响，暖湿气流持续向江南、华南输送，与北方南下的冷空气交汇，造成降雨反复。",
        "截至14日5时，江西、福建等地已有12个国家级气象观测站日降水量突破6月历史极值。部分中小河流出现超警戒水位，一些城市低洼路段出现积水。",
        ("img", "https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F2024%2F0614%2Frain.jpg", "6月13日，市民在积水路段涉水而行。"),
        "中央气象台提醒，强降雨区域需防范山洪、地质灾害以及城乡积涝，加强对水库、河道堤防的巡查，提前转移危险区域人员。公众出行应关注实时路况，尽量避免在山区、河谷地带停留。",
        "另据水利部门消息，江西、湖南、福建三省已启动洪水防御Ⅳ级应急响应，工作组已赶赴一线指导防御工作。",
        "另据预报，16日至18日，江南、华南仍将有一次较强降雨过程，北方地区则以晴热天气为主，华北平原、黄淮等地最高气温可达35至38摄氏度。",
    ],
    hidden=[
        ('<div style="display:none"><a href="http://dsyl888.example.com/">鼎盛娱乐现金网</a> <a href="http://dsyl888.example.com/bjl/">百家乐真人在线</a> <a href="http://dsyl888.example.com/by/">捕鱼游戏上下分</a> <a href="http://dsyl888.example.com/app/">鼎盛娱乐APP下载</a></div>',
         "鼎盛娱乐现金网", "bottom"),
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="li", items=[
            H("今年首个台风生成 未来路径仍存在不确定性"),
            H("夏粮收购进度过半 价格总体平稳"),
            H("多地开展防汛应急演练"),
            H("高考成绩陆续公布 警惕志愿填报骗局"),
        ]),
    ],
    comments=[
        ("江西省南昌市", "这两天雨就没停过，出门注意安全。"),
    ],
    notes="Weather news; a display:none div before the footer holds gambling brand links (鼎盛娱乐现金网, 百家乐真人在线, 捕鱼游戏上下分). The visible page is clean.",
))

PAGES.append(dict(
    name="163_03_volleyball", template="163", encoding="utf-8", verdict="spam_around",
    title="全国女排锦标赛落幕 东海队时隔六年再夺冠",
    published="2024-09-23 21:16:08", origin="网易体育", author=None, editor="赵一鸣_NS0923",
    keywords="女排,锦标赛,东海队",
    channel="网易体育", column="综合体育",
    site="网易体育",
    paras=[
        "9月23日晚，2024年全国女子排球锦标赛决赛在临江体育馆落下帷幕。东海队在先失一局的情况下连扳三局，以3比1战胜卫冕冠军北原队，时隔六年再次捧起冠军奖杯。",
        "首局比赛，北原队凭借发球优势一度取得8分领先，东海队追分未果，以19比25先丢一局。第二局开始，东海队主教练调整了一传站位，队伍逐渐稳住阵脚，主攻手林若溪连续强攻得手，帮助球队以25比21扳平比分。",
        "第三局双方战至23平，东海队副攻连续拦网得分，以25比23拿下关键一局。第四局东海队乘胜追击，一路领先，最终以25比18锁定胜局。",
        "全场比赛，林若溪拿下全场最高的24分，并当选本届锦标赛最有价值球员。赛后她表示：“这个冠军属于整个团队，我们在训练中一直坚持把每一分当作决胜分来打。”",
        "在当天进行的三四名决赛中，西岭队以3比2险胜南港队获得季军。",
        "据了解，全国女排锦标赛是国内女排赛季的重要赛事之一，本届比赛共有16支队伍参赛，不少年轻球员借此机会获得了大量比赛经验，为即将开始的联赛积累了状态。",
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="li", items=[
            H("中国男篮公布集训名单 多名新人入选"),
            S("玩家必看!金花房卡怎么充值"),
            H("国际乒联公布最新世界排名"),
            S("重磅推荐!正版房卡批发大厅"),
            S("今日热点!微信炸金花房卡哪里买"),
            H("全运会群众赛事活动报名启动"),
        ]),
    ],
    comments=[
        ("浙江省宁波市", "林若溪太稳了，MVP实至名归。"),
        ("北京市", "北原队一传崩得太厉害。"),
    ],
    notes="Sports article, clean body; the 热门推荐 hot_list has three injected items (hype word + ! + 房卡 query) mixed with three genuine headlines. Items have no summary.",
))

PAGES.append(dict(
    name="163_04_health", template="163", encoding="gbk", verdict="clean",
    charset_html='<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
    title="春季过敏高发 专家提醒：出现这些症状应及时就医",
    published="2024-03-28 08:30:00", origin="健康时报", author=None, editor="李想_NJ0328",
    keywords="过敏,过敏性鼻炎,春季",
    channel="网易健康", column="健康资讯",
    site="网易健康",
    paras=[
        "进入春季，气温回升，花粉、柳絮等过敏原明显增多。记者近日走访多家医院发现，过敏性鼻炎、过敏性结膜炎以及荨麻疹患者较平时明显增加，部分医院变态反应科门诊量环比上升三成以上。",
        "“很多人把过敏性鼻炎当成感冒，随便吃点感冒药扛过去，结果症状反复，甚至诱发哮喘。”市第一人民医院变态反应科一位主任医师介绍，过敏性鼻炎典型表现为阵发性喷嚏、清水样鼻涕、鼻痒和鼻塞，常在早晨或接触花粉后加重，一般不伴有发热。",
        "专家提醒，如果出现持续咳嗽、胸闷、呼吸时有哮鸣音，或者皮肤大面积出现风团、伴有嘴唇和眼睑肿胀，应尽快到医院就诊，避免延误病情。",
        "在日常防护方面，过敏体质人群在花粉浓度较高的天气应尽量减少外出，外出时佩戴口罩和防护眼镜；回家后及时洗脸、清洗鼻腔，更换外衣。室内可使用空气净化设备，并保持床上用品清洁干燥。",
        "对于症状明显的患者，医生建议在专业指导下规范使用抗组胺药物或鼻用激素，不要自行长期使用收缩血管类滴鼻剂。对于明确过敏原且症状较重的患者，还可以考虑进行脱敏治疗。",
        "专家还提示，均衡饮食、规律作息、适度运动有助于增强机体免疫调节能力，但目前并没有所谓能够“根治过敏”的保健品，市民切勿轻信相关宣传。",
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="li", items=[
            H("春季养肝正当时 这些饮食习惯要改改"),
            H("孩子反复咳嗽是不是哮喘？儿科医生解答"),
            H("花粉季来临 过敏人群出行指南"),
            H("睡眠不足对身体有哪些影响"),
        ]),
    ],
    comments=[
        ("河北省石家庄市", "每年这个时候鼻子都受罪。"),
    ],
    notes="GBK-encoded 163-style health article (meta charset=gbk). Clean ordinary news, no spam.",
))

# ======================================================================= qq

PAGES.append(dict(
    name="qq_01_game", template="qq", encoding="utf-8", verdict="clean",
    title="地方棋牌游戏开发者的转型之路：从房卡模式到合规休闲",
    published="2024-08-12 15:30:00", origin="腾讯科技", author=None, editor="陈思远",
    keywords="棋牌游戏,房卡模式,游戏监管", catalog="tech", tags=["游戏产业", "棋牌", "合规"],
    paras=[
        "在不少中小游戏团队的记忆里，2017年前后是地方棋牌游戏最火热的阶段。一款还原地方麻将、跑得快玩法的小程序，往往只需要几个开发者、几个月时间就能上线，并依靠“房卡模式”迅速获得收入。",
        "所谓房卡模式，是指玩家消耗游戏内道具“房卡”创建私人房间，邀请好友一起对局。开发商通过出售房卡获得收入，而游戏本身并不涉及输赢结算。一位从业十余年的制作人告诉记者，这种模式最初是为了满足熟人之间线上娱乐的需求，“很多人是为了过年跟家里人一起打两圈”。",
        "但问题也随之而来。由于房卡可以在玩家之间流转，一些不法分子借机在游戏外进行资金结算，把娱乐性的棋牌游戏变成了赌博工具。近年来，主管部门持续加强对棋牌类游戏的监管，要求企业不得提供游戏内虚拟货币与法定货币的双向兑换，不得为线下结算提供便利。",
        "监管趋严之下，行业格局发生明显变化。记者了解到，曾经数以千计的地方棋牌团队中，相当一部分已经退出市场，留下来的企业则开始在产品设计和运营上“做减法”：取消房卡转赠功能，上线实名认证和防沉迷系统，对异常对局和大额充值进行风控拦截。",
        "“现在我们更多是把棋牌当作一种文化产品来做。”某游戏公司负责人表示，他们正在开发的一款地方麻将游戏，加入了方言配音、地方民俗介绍等内容，并取消了排行榜上的积分展示，鼓励玩家以休闲娱乐为主。",
        "也有团队选择彻底转型。一家原本专注棋牌开发的工作室，将积累的多人实时对战技术用在了休闲竞技和益智类游戏上，去年推出的一款桌游改编作品在海外市场取得了不错的成绩。",
        "业内人士认为，棋牌游戏本身具有广泛的用户基础和文化价值，关键在于企业能否守住合规底线，把产品真正做成“游戏”而非“赌具”。",
    ],
    lists=[
        dict(head="猜你喜欢", pos="main", style="qq", items=[
            H("国产游戏版号发放常态化 8月共有百余款游戏获批", src="游戏日报"),
            H("多家游戏公司上半年财报出炉 出海业务成亮点", src="腾讯科技"),
            H("电竞俱乐部如何实现盈利？从业者这样看", src="电竞前线"),
            H("未成年人暑期游戏时间限制通知发布", src="腾讯新闻"),
        ]),
        dict(head="24小时热榜", pos="side", style="rank", items=[
            H("暑期档电影总票房突破百亿"),
            H("多地发布高温红色预警"),
            H("新学期教材有哪些变化"),
        ]),
    ],
    comments=[
        ("用户_阿杰", "小时候过年全家打麻将，现在用手机也挺好，别沾钱就行。"),
        ("游戏从业者", "房卡模式被玩坏了，可惜。"),
    ],
    notes="HARD NEGATIVE: game-industry article about 棋牌 game development and the 房卡模式 business model (房卡, 跑得快, 麻将, 充值, 赌博工具 all legitimate). Lists genuine. No spam.",
))

PAGES.append(dict(
    name="qq_02_phone", template="qq", encoding="utf-8", verdict="clean",
    title="手机续航实测：5500mAh大电池能否撑过一整天重度使用",
    published="2024-10-26 20:05:00", origin="腾讯数码", author=None, editor="黄小米",
    keywords="手机,续航,快充,评测", catalog="digi", tags=["手机评测", "续航", "快充"],
    opts=dict(caption_p=True),
    paras=[
        "这两年，手机厂商在电池上的投入越来越大。硅碳负极电池的普及，让不少新机在机身厚度基本不变的情况下，把电池容量提升到了5500mAh甚至更高。那么，这样的大电池在实际使用中表现如何？我们用一台主流旗舰机型进行了为期三天的续航测试。",
        "测试中，我们将屏幕亮度固定在200尼特，开启5G网络和自动刷新率，模拟一名重度用户的日常：早上通勤刷短视频一小时，上午处理微信和邮件，午休时玩半小时大型手游，下午导航出行，晚上追剧两小时。",
        ("img", "https://inews.gtimg.com/om_bt/phone-battery-test.jpg", "续航测试中的手机（腾讯数码 摄）"),
        "结果显示，从早上7点满电出门，到晚上11点，手机剩余电量为21%。其中短视频和游戏是耗电大户，一小时短视频消耗约9%电量，半小时游戏消耗约8%，而导航的耗电明显低于我们的预期。",
        "充电方面，该机支持90W有线快充，实测从10%充到100%用时约42分钟，充电过程中机身最高温度为38.6摄氏度，握持时能感觉到温热，但不至于烫手。",
        "除了续航，我们也顺带体验了这台手机的影像系统。主摄在白天光线充足的情况下解析力出色，色彩偏向真实；夜景模式下成片时间约两秒，暗部噪点控制得不错，但高光处偶尔会有轻微的眩光。",
        "总体来看，大电池带来的续航提升是实实在在的。对于经常出差、通勤时间长的用户来说，一天一充基本可以做到无忧。不过，电池容量只是续航的一方面，系统调度和芯片能效同样关键，消费者在选购时不妨多看看实测数据。",
    ],
    lists=[
        dict(head="猜你喜欢", pos="main", style="qq", items=[
            H("折叠屏手机价格下探 今年还值得买吗", src="腾讯数码"),
            H("手机“AI功能”越来越多 你真正用过几个", src="科技每日谈"),
            H("快充功率越高越伤电池？工程师这样解释", src="腾讯数码"),
            H("旧手机回收怎么做才安全", src="消费参考"),
        ]),
    ],
    comments=[
        ("数码控小林", "一天一充确实够了，以前得带充电宝。"),
    ],
    notes="HARD NEGATIVE: phone review (battery, fast charging, camera) — the kind of text spammers recycle as summaries. Image caption rendered as a separate <p class=\"one-p img-desc\"> (captions optional, not in truth). No spam.",
))

PAGES.append(dict(
    name="qq_03_culture", template="qq", encoding="utf-8", verdict="injected",
    title="千年古镇的“新年味”：非遗市集里的年轻面孔",
    published="2025-01-26 09:12:00", origin="腾讯新闻", author=None, editor="沈清",
    keywords="非遗,古镇,春节", catalog="cul", tags=["非遗", "春节", "文旅"],
    paras=[
        "腊月廿七，清晨的薄雾还没散尽，云溪古镇的石板街上已经热闹起来。剪纸、糖画、木版年画、竹编……四十多个非遗摊位沿着河岸一字排开，吆喝声、笑声和锣鼓声交织在一起。",
        "在一个木版年画摊位前，二十六岁的周晓禾正手把手教游客拓印门神。她是当地年画传承人的外孙女，大学毕业后回到镇上，和外婆一起经营这家老作坊。“以前总觉得年画是老物件，现在发现很多年轻人其实很喜欢。”",
        "周晓禾在社交平台上开设了账号，记录年画从刻版、调色到印制的全过程。短短一年，账号积累了十多万关注者，作坊的线上订单也从每月几十单增长到上千单。",
        ("spam", "加V信 nn9527xx，牛牛金花房卡批发，量大从优，二十四小时在线充值。", "牛牛金花房卡批发"),
        "不远处的糖画摊前排起了长队。摊主老陈做了三十多年糖画，今年他的儿子也加入进来，在摊位旁支起了直播架。“爸爸负责手艺，我负责吆喝。”小陈笑着说，直播间里不少网友专门留言，想在春节前买到手工糖画礼盒。",
        "据古镇管委会介绍，今年春节期间，古镇共策划了三十余场民俗活动，包括舞龙舞狮、古戏台折子戏展演和非遗手作体验课等。为方便游客，景区还增开了夜游线路，并在周边增设了三处临时停车场。",
        "“非遗不是放在博物馆里的老古董，而是能走进日常生活的东西。”当地文旅部门负责人表示，接下来将继续支持年轻传承人开展创新实践，让传统手艺在新的消费场景中找到更多可能。",
    ],
    lists=[
        dict(head="猜你喜欢", pos="main", style="qq", items=[
            H("春节档电影预售总票房突破5亿元", src="娱乐资本论"),
            S("科普一下!牛牛房卡哪里有卖", src="游戏资讯"),
            H("多地博物馆推出春节特展 预约须知请收好", src="腾讯新闻"),
            S("干货分享!三公房卡代理怎么加盟", src="棋牌攻略"),
            H("年货消费新趋势：国潮商品受青睐", src="消费日报"),
        ]),
    ],
    comments=[
        ("江南小雨", "去年去过，糖画真的好看！"),
    ],
    notes="Culture feature with one injected spam paragraph in the body (加V信 obfuscation) AND two spam items in the 猜你喜欢 list (with a fake source name), mixed with three genuine items.",
))

PAGES.append(dict(
    name="qq_04_finance", template="qq", encoding="utf-8", verdict="spam_around",
    title="多家银行下调存款利率 储户该如何打理“钱袋子”",
    published="2024-07-26 11:47:00", origin="每日经济新闻", author=None, editor="周宁",
    keywords="存款利率,银行,理财", catalog="finance", tags=["银行", "存款利率", "理财"],
    site="腾讯财经",
    paras=[
        "7月25日起，多家国有大型商业银行陆续发布公告，下调人民币存款挂牌利率。其中，活期存款利率下调5个基点至0.15%，三个月、半年、一年期整存整取定期存款利率均下调10个基点。",
        "随后，多家股份制银行和部分城商行也跟进调整。业内人士分析，此轮存款利率下调，主要是为了缓解银行净息差收窄的压力，稳定银行负债成本，为实体经济融资成本下行创造空间。",
        "存款利率下调，对普通储户意味着什么？以10万元一年期定期存款为例，按照调整前1.45%和调整后1.35%的利率计算，一年的利息收入相差约100元。",
        "“对大多数家庭来说，利率下调带来的影响其实相对有限，更重要的是做好资产配置。”一位银行理财经理建议，储户可以根据资金的使用时间进行分层：短期要用的钱放在活期或货币基金中，保证流动性；一到三年内不用的钱可以考虑定期存款、国债等低风险产品。",
        "记者注意到，利率调整消息发布后，部分银行网点出现了储户集中购买大额存单的情况，一些期限较长的大额存单产品很快售罄。与此同时，储蓄国债的关注度也明显上升。",
        "专家提醒，在追求收益的同时，投资者要警惕以“高息理财”“保本高收益”为噱头的非法集资和金融诈骗，选择正规金融机构和产品，不要被所谓的内部渠道所迷惑。",
    ],
    hidden=[
        ('<div style="position:absolute;left:-9999px;top:-9999px;"><a href="http://yhqx77.example.com/">银河七星娱乐登录器下载</a> <a href="http://yhqx77.example.com/zr/">真人百家乐返水最高</a> <a href="http://yhqx77.example.com/qp/">棋牌捕鱼上下分微信</a></div>',
         "银河七星娱乐登录器下载", "top"),
    ],
    lists=[
        dict(head="猜你喜欢", pos="main", style="qq", items=[
            H("大额存单“秒光” 银行为何不再“抢”存款", src="腾讯财经"),
            H("储蓄国债发行在即 哪些人适合买", src="理财周刊"),
            H("养老金融产品扩容 个人养老金账户怎么用", src="腾讯财经"),
        ]),
        dict(head="24小时热榜", pos="side", style="rank", items=[
            H("7月LPR保持不变"),
            H("多地楼市新政出台"),
            H("上半年居民人均可支配收入公布"),
        ]),
    ],
    comments=[
        ("理财小白", "存款利息越来越少了，不知道买什么好。"),
        ("老股民", "保本高收益的肯定是骗子。"),
    ],
    notes="Finance article; an off-screen div (position:absolute;left:-9999px) right after the top nav carries casino brand links. Visible content and lists are clean.",
))

# part 2 lives in articles2.py (people, xinhua, hijacked, blog, gov)
from articles2 import PAGES2 as _P2  # noqa: E402

PAGES += _P2

# part 3 lives in articles3.py (campaign families beyond 房卡, new layouts
# discuz and dede, and their hard negatives)
from articles3 import PAGES3 as _P3  # noqa: E402

PAGES += _P3

# part 4 lives in articles4.py (metadata classes: badges, accounts, JSON-LD,
# site-name meta authors, WeChat)
from articles4 import PAGES4 as _P4  # noqa: E402

PAGES += _P4
