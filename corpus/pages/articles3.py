# -*- coding: utf-8 -*-
"""Hand-written content of the corpus pages (part 3: campaign families beyond
房卡, and their hard negatives).  Same conventions as articles.py; all names,
brands, ids, phone numbers and figures are invented, spam links point to
*.example.com.

Extra page keys used here (see build.py):
  verdict      injected / spam_around / clean (build.py checks it against
               where the spam sits)
  head_title   the whole <title> text, when a hijacker rewrote it
  h1_tag       an injected tag printed before the headline (h1 and <title>)
  title_spam   truth substrings of spam in the title
  brand_swap   a casino-style brand written into the article text in place of
               a real organisation; the paragraphs keep it (they are the
               article as printed), so it is not a `spam` substring
  prevnext     entries may be S(...) (spam) or H(...)/str (genuine)
  comments     discuz: (user, text, spam key, signature html, signature key)
"""
import hashlib
import zlib

from articles import H, S

PAGES3 = []


# ---------------------------------------------------------------- stuffing
# Keyword-stuffing blocks as hacked pages carry them in a display:none div:
# runs of gambling and adult keywords, made-up film codes, ed2k:// and
# magnet: links and many URLs.  Built deterministically from the word lists
# below (all written for this corpus).

GAMBLE_WORDS = [
    "真人视讯", "在线现金网", "百家乐技巧", "龙虎斗", "体育投注", "足球竞猜", "篮球让分盘",
    "电竞竞猜", "捕鱼上下分", "电子游艺", "老虎机免费试玩", "轮盘", "棋牌游戏大厅",
    "注册送彩金", "首存返水", "信誉网投平台", "娱乐城开户", "线上赌场", "菠菜导航", "彩票代理",
]
ADULT_WORDS = [
    "成人影院", "午夜福利", "在线观看", "高清无码", "国产自拍", "番号大全", "福利视频",
    "夜夜影视", "激情直播", "成人小说", "免费成人网站", "私密视频",
]
CODE_PREFIXES = ["QKD", "MXR", "TVZ", "HNL", "PWB", "RDS", "YKF", "LMC"]
URL_WORDS = ["dtyl", "jzgj", "hyty", "bfyl", "xkdy", "ywfl", "sjdy", "hgzx", "qpdt", "cpdl"]


def _pick(words, seed, n):
    """n words of the list, in an order fixed by the seed."""
    return [w for _, w in sorted((zlib.crc32(f"{seed}|{w}".encode()), w) for w in words)][:n]


def stuffing(brand, seed, host):
    """A hidden keyword-stuffing block (a few KB) and its truth substring."""
    key = f"{brand}真人视讯官方直营"
    parts = [f'<div style="display:none;">', f'<h3><a href="http://{host}/">{key}</a></h3>']
    for r in range(3):
        gw = _pick(GAMBLE_WORDS, f"{seed}g{r}", 14)
        aw = _pick(ADULT_WORDS, f"{seed}a{r}", 8)
        line = []
        for i, w in enumerate(gw):
            u = URL_WORDS[(i + r) % len(URL_WORDS)]
            line.append(f'<a href="http://{u}{(i * 7 + r) % 90 + 10}.example.com/">{brand}{w}</a>' if i % 3 == 0 else w)
        parts.append("<p>" + " ".join(line) + "</p>")
        parts.append("<p>" + " ".join(f'<a href="http://{URL_WORDS[(i + 3 * r) % len(URL_WORDS)]}.example.com/av/{i}{r}/">{w}</a>' for i, w in enumerate(aw)) + "</p>")
        codes = [f"{CODE_PREFIXES[(i + r) % len(CODE_PREFIXES)]}-{zlib.crc32(f'{seed}{r}{i}'.encode()) % 900 + 100}" for i in range(10)]
        parts.append("<p>" + " ".join(codes) + "</p>")
        for c in codes[:3]:
            h32 = hashlib.md5(f"{seed}{c}".encode()).hexdigest().upper()
            size = zlib.crc32(c.encode()) % 2000000000 + 300000000
            parts.append(f"<p>ed2k://|file|[{c}]高清中字版.mp4|{size}|{h32}|/</p>")
        for c in codes[3:6]:
            h40 = hashlib.sha1(f"{seed}{c}".encode()).hexdigest().upper()
            parts.append(f"<p>magnet:?xt=urn:btih:{h40}&amp;dn={c}</p>")
        urls = [f"http://{URL_WORDS[(i + r) % len(URL_WORDS)]}{zlib.crc32(f'{seed}u{r}{i}'.encode()) % 900 + 100}.example.com/" for i in range(10)]
        parts.append("<p>" + " ".join(f'<a href="{u}">{u}</a>' for u in urls) + "</p>")
    parts.append("</div>")
    return "\n".join(parts), key


# ============================================= cheating-device ads in the body

PAGES3.append(dict(
    name="sina_05_orchard", template="sina", encoding="utf-8", verdict="injected",
    title="高山脆李迎来采摘季 冷链专线让鲜果两天到达千里之外",
    published="2024-07-03 14:26:00", origin="农民日报", author=None, editor="吕晴",
    keywords="脆李,冷链物流,农产品",
    crumbs=["新浪财经", "产业观察"],
    paras=[
        "七月初，位于海拔一千二百米的石垭村，满山的脆李挂满枝头。天刚亮，果农们便背着竹篓钻进果园，赶在气温升高之前把成熟的果子摘下来。",
        "“今年雨水匀，果子个头大、糖分足，一亩地能多收两三百斤。”种植大户韩德胜一边给李子分级装筐一边说。他家种了四十亩脆李，往年最愁的是卖不出去，今年还没开园，订单就排到了月底。",
        "变化来自一条新开通的冷链专线。去年底，县里联合物流企业在镇上建起了产地预冷仓，鲜果采下后两小时内入库降温，再通过冷藏车直发周边省会城市的分拨中心，最快两天就能送到消费者手中。",
        ("spam", "【扑克分析仪】新款扑克分析仪、隐形透视眼镜到货，扑克麻将通用，现场一对一教学，不灵包退。咨询热线：1з7-ο5б2-8з1ο（微信同号）", "隐形透视眼镜到货"),
        "预冷之后，李子的货架期从原来的三四天延长到一周以上，损耗率从两成左右降到了百分之五以内。物流企业负责人介绍，专线开通半年来，已累计运出各类生鲜农产品一千八百多吨。",
        "销路打开了，价格也跟着稳了下来。今年村里统一注册了地理标志商标，按果径和糖度分为三个等级，一级果的地头收购价每斤比去年高出一元左右。",
        "不过，也有果农担心，随着周边县区种植面积不断扩大，几年后可能出现供过于求。对此，当地农业部门表示，将引导农户调整品种结构，发展早熟、晚熟品种错峰上市，同时延伸果脯、果酒等加工链条。",
        "据统计，今年全县脆李种植面积达到六万亩，预计产量九万吨，综合产值有望突破八亿元。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("多地农产品产地冷藏保鲜设施建设提速", d="07-01 09:20"),
            H("暑期水果价格走势如何？记者走访批发市场", d="06-30 15:45"),
            H("县域快递网点覆盖率进一步提升", d="06-27 11:03"),
            H("夏季农业生产工作部署会召开", d="06-25 17:30"),
        ]),
        dict(head="热门推荐", pos="side", style="rank", items=[
            H("上半年减税降费数据发布"),
            H("多家快递企业发布6月经营数据"),
            H("今夏用电负荷有望创新高"),
        ]),
    ],
    comments=[
        ("新浪网友[重庆]", "去年买过这个地方的李子，确实脆甜。"),
        ("果园小韩", "冷库建起来以后真的省心不少。"),
    ],
    notes="sina-style agriculture article with one cheating-device ad (扑克分析仪, 透视眼镜) injected between paragraphs 3 and 4. Its phone number mixes Cyrillic з for 3, Greek ο for 0 and Cyrillic б for 6. Lists genuine.",
))

PAGES3.append(dict(
    name="163_05_bridge", template="163", encoding="gbk", verdict="injected",
    charset_html='<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
    title="跨江大桥主塔顺利封顶 预计明年底建成通车",
    published="2024-08-20 16:40:22", origin="江城晚报", author=None, editor="孙涛_NB0820",
    keywords="跨江大桥,主塔封顶,城市交通",
    column="本地新闻",
    paras=[
        "8月20日上午，随着最后一方混凝土浇筑完成，柳湾长江大桥北岸主塔顺利封顶。至此，这座全长4.6公里的跨江大桥两座主塔全部完成施工，工程进入上部结构架设的关键阶段。",
        "柳湾长江大桥是连接江北新区和南岸老城区的重要通道，主桥采用双塔双索面斜拉桥结构，主跨长度达到820米。北岸主塔高236米，相当于80层楼高，施工中共使用钢筋两万余吨、混凝土六万多立方米。",
        "“主塔施工最大的难点是精度控制。”项目总工程师介绍，塔柱在高空中呈一定角度倾斜，每浇筑一节都要通过北斗定位系统实时监测，垂直度误差控制在万分之一以内。",
        "为应对夏季高温，施工单位调整了作业时间，将混凝土浇筑安排在夜间进行，并在拌和站加装冷却设备，确保混凝土入模温度符合要求。",
        "按照计划，大桥将于今年四季度开始钢箱梁吊装，明年年底前建成通车。届时，江北新区到南岸老城区的车程将由现在的四十多分钟缩短到十分钟左右。",
        "大桥建成后，将与正在建设的沿江快速路相接，进一步完善城市路网结构，对缓解现有过江通道交通压力、促进两岸协同发展具有重要意义。",
        ("spam", "专业麻将机改装，遥控器一按自动配好牌，各种机型均可上门安装调试，老客户介绍一律八折。", "麻将机改装，遥控器一按"),
        ("spam", "另有扑克听牌器、手机麻将开挂软件出售，QQ：⑧⑦⑥⑨⑤⑤③①，电话：①⑧⑨-οο②⑦-⑥⑥④③。", "扑克听牌器"),
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="li", items=[
            H("地铁5号线二期工程全线洞通"),
            H("主城区新增三处口袋公园"),
            H("暑期最后一周 多个景区迎来亲子游高峰"),
            H("江北新区一批重点项目集中开工"),
        ]),
    ],
    comments=[
        ("湖北省宜昌市", "终于等到了，以后过江不用绕远路。"),
    ],
    notes="GBK 163-style local construction news. Two cheating-device ad paragraphs are appended at the END of post_body: 麻将机改装 with a remote, then 听牌器 and 手机麻将开挂 with a contact in enclosed digits (①-⑨) and Greek ο for 0.",
))

PAGES3.append(dict(
    name="people_05_reading", template="people", encoding="gbk", verdict="injected",
    title="社区书屋“上新” 老街坊在家门口读好书",
    published="2024-04-23 10:18:00", origin="人民网－地方频道", author=None, editor="周敏、郑凯",
    keywords="社区书屋,全民阅读,世界读书日", channel="地方",
    paras=[
        "4月23日是世界读书日。一大早，桂园街道幸福里社区书屋就迎来了不少读者。书架上新到的两千多册图书还散发着油墨香，几位老人戴着老花镜，坐在窗边翻看报刊。",
        "这间书屋由社区闲置的活动室改造而成，面积不到一百平方米，却分出了儿童绘本区、老年阅览区和自习区。“以前想看书得坐公交去市图书馆，现在下楼走几步就到了。”七十二岁的居民陈阿姨说。",
        ("spam", "手机麻将开挂神器，安卓苹果都能用，一键看穿三家手牌，稳赢不输，需要的加薇：ｍｊ８８６ο７ｚ，另有作弊器批发。", "手机麻将开挂神器"),
        "据介绍，社区书屋实行通借通还，居民持社保卡就能借阅，也可以把书还到全市任意一家公共图书馆分馆。书屋还通过线上小程序收集居民的借阅需求，每季度更新一批图书。",
        "书屋的管理员大多是社区志愿者。退休教师刘老师每周二、周四下午都会来值班，还义务为孩子们开设了“故事会”。“看着孩子们围坐在一起听故事，我觉得特别有意义。”",
        "目前，全市已建成类似的社区书屋三百余个，覆盖大部分城市社区。下一步，当地将推动社区书屋向城郊和农村延伸，并引入更多专业阅读推广力量，让书香浸润更多家庭。",
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("全民阅读活动周启动", d="2024-04-20"),
            H("公共图书馆延时开放受欢迎", d="2024-04-16"),
            H("农家书屋焕发新活力", d="2024-04-09"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("多地推出读书日惠民活动"),
            H("实体书店探索多元经营"),
            H("青少年阅读状况调查发布"),
        ]),
    ],
    notes="GBK people-style community news; a 手机麻将开挂 cheating-software ad is inserted after paragraph 2 (加薇 homophone, full-width letters and digits with a Greek ο among them, 作弊器批发).",
))

PAGES3.append(dict(
    name="hijacked_07_market", template="hijacked", encoding="utf-8", verdict="injected",
    site="柏川在线", addr="柏川县人民路66号", icp="某ICP备24070012号-1",
    title="柏川县城东农贸市场提升改造完工 下周一开门迎客",
    published="2024-06-21 11:05:00", origin="柏川县市场监管局", author="吴凡",
    keywords="柏川,农贸市场,菜篮子",
    column="本地新闻", opts=dict(show="min"),
    prevnext=("柏川县召开夏季安全生产工作会议", "县城区新增两处便民停车场"),
    paras=[
        "经过五个月的施工，柏川县城东农贸市场提升改造工程日前全面完工，将于下周一重新开业。改造后的市场面积达六千平方米，设置摊位三百二十个，划分为果蔬、肉类、水产、熟食、干货等十个功能区。",
        "走进改造后的市场，记者看到，原来坑洼的地面铺上了防滑地砖，头顶新装了通风排烟系统，水产区增设了独立排水沟，地面不再积水。每个摊位都挂上了统一制作的信息牌，标明经营者姓名、经营范围和投诉电话。",
        ("spam", "【作弊器材专卖】扑克透视眼镜、牌九作弊器、麻将遥控器，高清不反光，全国货到付款，先验货后付款。", "牌九作弊器"),
        ("spam", "联系微信：ｗｘ５з２７ο９６，QQ：⒈⒉⒏⒋⒊⒎⒐⒍，白天没回就是在忙，请留言。", "ｗｘ５з２７ο９６"),
        "市场还引入了智慧管理系统。入口处的电子大屏实时显示当天主要农产品价格和抽检结果，市民扫一扫摊位上的二维码，就能查看商品来源和检测报告。",
        "“以前来买菜，一下雨就满脚泥，现在干干净净的，逛着也舒服。”提前来看新市场的居民黄大姐说。",
        "县市场监管局负责人表示，市场开业后将落实食品安全快检制度，每天对蔬菜农残、肉品水分等项目开展抽检，并建立经营户诚信档案，对短斤少两、以次充好等行为从严查处。",
        "据了解，今年柏川县还将完成另外两个乡镇农贸市场的改造，进一步改善群众“菜篮子”购物环境。",
    ],
    lists=[
        dict(head="相关文章", cls="xgwz", pos="main", items=[
            H("柏川县开展夏季食品安全专项检查", d="2024-06-14"),
            H("县城区早市规范管理见成效", d="2024-06-03"),
        ]),
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            H("柏川县2024年中考考点安排公布", "全县共设四个考点，考生须提前熟悉考场。"),
            H("县人民医院开通夜间门诊", "夜间门诊开放时间为每天18时至21时。"),
            H("柏川县启动防汛四级应急响应", "各乡镇要加强巡查，及时转移危险区域群众。"),
        ]),
    ],
    notes="Hijacked-layout local news with TWO cheating-device ad paragraphs in the middle of div.wznr: a product line (透视眼镜, 牌九作弊器, 麻将遥控器) and a contact line (full-width letters and digits with Cyrillic з and Greek ο; QQ in period digits ⒈-⒐). Lists genuine; 发布时间 without seconds.",
))

PAGES3.append(dict(
    name="discuz_01_wetland", template="discuz", encoding="gbk", verdict="injected",
    site="云溪论坛", forum="云溪杂谈", group="本地生活", icp="某ICP备20230311号-2",
    poster="溪边的风", poster_sign="生活就是走走停停",
    title="周末带娃去了新开的湿地公园，写点攻略给大家参考",
    published="2024-05-12 09:30:41", origin=None, author=None,
    paras=[
        "上周末天气不错，带孩子去了城西刚开放的白鹭湾湿地公园，玩了整整一天，回来整理了一下，给打算去的朋友参考。",
        "交通：公园有东、南两个入口，自驾的话建议走南门，停车场比较大，目前免费。坐公交可以坐12路或者26路到白鹭湾站，下车走五分钟就到东门。",
        ("img", "data/attachment/forum/202405/12/092815q8dz7xd7wk.jpg", "IMG_20240511_103022.jpg"),
        "游玩：公园主要是一条环湖栈道，全长大概五公里，沿途有好几个观鸟台，运气好能看到白鹭和野鸭。栈道很平，推婴儿车没问题。北边有一大片草坪，很多人带了帐篷野餐。",
        "孩子最喜欢的是南门附近的自然科普馆，里面有湿地动植物标本，还有互动屏幕可以玩，不要门票，但周末要在公众号上提前预约。",
        "吃饭：公园里面只有几个卖水和零食的小亭子，建议自己带吃的。南门出去一百米有条小吃街，价格还算实在。",
        "提醒：湖边蚊子不少，记得带驱蚊水；公园禁止放风筝和无人机，门口有工作人员会提醒。",
        ("spam", "出售各类扑克分析仪、麻将机改装程序、隐形透视眼镜，包教包会，电话微信同号：13з3-7ο51-②④⑨⑧", "麻将机改装程序"),
    ],
    comments=[
        ("小鹿妈妈", "收藏了，这周末就去！"),
        ("老城区阿伟", "南门停车场确实大，上次去东门转了半天没位置。"),
        ("一只咸鱼", "科普馆要预约这个很有用，谢谢楼主。"),
    ],
    lists=[
        dict(head="相关帖子", pos="main", items=[
            H("城西湿地公园什么时候开放？有知道的吗"),
            H("五一带孩子去哪玩，求推荐"),
            H("分享一组白鹭湾的照片"),
        ]),
    ],
    notes="GBK Discuz! X3 thread (new layout). The first post (楼主, td.t_f, paragraphs split by double <br />) is the article; a cheating-device ad (扑克分析仪, 麻将机改装程序, 透视眼镜) is appended as its last line, with a phone number mixing Cyrillic з, Greek ο and enclosed digits. An attachment image carries a hidden tip with its file name and upload time; replies, the poster's signature and 相关帖子 are boilerplate; the footer holds a later GMT+8 timestamp. Published is the 发表于 time (no zero padding on the page).",
))

# ============================================= casino-platform brand injection

PAGES3.append(dict(
    name="qq_05_library", template="qq", encoding="utf-8", verdict="injected",
    title="老厂房变身城市图书馆 24小时开放区深夜也有读者",
    head_title="老厂房变身城市图书馆 24小时开放区深夜也有读者_九霄体育app下载",
    title_spam=["九霄体育app下载"],
    published="2024-11-05 19:22:00", origin="南江日报", author=None, editor="林岚",
    keywords="九霄体育,九霄体育app下载,九霄体育官网入口", catalog="cul", tags=["图书馆", "城市更新", "公共文化"],
    paras=[
        "晚上十一点，南江市城市图书馆二十四小时开放区里依然亮着灯。十多位读者分散在长桌两侧，有人在备考，有人对着笔记本电脑敲打文字，还有一位中年人捧着一本地方志看得入神。",
        "这座图书馆由一家停产多年的纺织厂厂房改造而成。设计团队保留了原有的锯齿形屋顶和红砖外墙，把宽敞的车间改成了阅览大厅，老厂房的行车轨道如今成了悬挂书架的支撑结构。",
        "图书馆今年五月开馆，藏书六十余万册，设有少儿馆、地方文献馆、数字体验区等功能区。开馆半年来，累计接待读者超过八十万人次，办理借书证四万多张。",
        "二十四小时开放区是最受年轻人欢迎的区域。读者刷身份证或电子借书证即可进入，区域内配有自助借还机、饮水机和充电插座。图书馆负责人说，夜间读者以备考学生和刚下班的上班族为主，最晚的时候凌晨三点还有人在看书。",
        "为了保障夜间安全，开放区安装了一键报警装置，并安排安保人员定时巡查。图书馆还推出了“夜读”主题书单，每月更新一次。",
        "“城市更新不只是盖新楼，让旧空间焕发新功能同样重要。”一位城市规划专家认为，工业遗存改造成公共文化空间，既留住了城市记忆，也为市民提供了更多可以停留的地方。",
    ],
    lists=[
        dict(head="猜你喜欢", pos="main", style="qq", items=[
            H("旧街区改造如何留住“烟火气”", src="腾讯新闻"),
            H("全国公共图书馆数量持续增长", src="文化周刊"),
            H("年轻人为何爱上“深夜自习室”", src="城市观察"),
            H("博物馆夜场开放 市民体验夜游新方式", src="腾讯新闻"),
        ]),
    ],
    comments=[
        ("书虫小王", "去过一次，老厂房的屋顶真的很有味道。"),
    ],
    notes="qq-style culture article whose <title> a hijacker rewrote: the site suffix is replaced by `_九霄体育app下载` (casino-platform SEO; the meta keywords are stuffed with the brand too). The h1, body and lists are untouched; the title truth is the h1 headline.",
))

PAGES3.append(dict(
    name="hijacked_08_bus", template="hijacked", encoding="utf-8", verdict="injected",
    site="临溪在线", addr="临溪县城关镇人民路88号", icp="某ICP备12345678号-1",
    h1_tag="【鼎泰国际】", title_spam=["【鼎泰国际】"],
    title="临溪县新开通两条城乡公交线路 沿线十二个行政村受益",
    published="2024-09-02 10:30:15", origin="临溪县交通运输局", author="郑然",
    keywords="临溪,城乡公交,出行",
    column="本地新闻",
    prevnext=("临溪县开展秋季开学交通安全检查", S("鼎泰国际娱乐官网入口 注册即送58元彩金", key="注册即送58元彩金")),
    paras=[
        "9月1日起，临溪县城乡公交7路、8路正式开通运营。两条线路分别从县客运中心发往石桥镇和柳林乡，沿途设置站点三十四个，串起十二个行政村，惠及群众两万余人。",
        "“以前去县城要在路边等过路车，一等就是大半个小时，现在家门口就有站牌。”家住石桥镇新华村的张大爷第一天就坐上了新公交，他说车上干净、有空调，票价也只要两元。",
        "据县交通运输局介绍，两条线路共投放新能源公交车十二辆，首班车早上六点半发车，末班车下午六点半发车，高峰时段发车间隔为二十分钟。乘客可以使用现金、公交卡或手机扫码支付。",
        "为方便学生上下学，7路公交在沿线两所中学门口增设了站点，并在上学和放学时段加密班次。县交通运输局还与学校建立了联络机制，根据学生作息及时调整运营时间。",
        "下一步，临溪县将继续优化城乡公交网络，力争年底前实现全县所有具备条件的行政村通公交，让农村群众出行更方便。",
    ],
    lists=[
        dict(head="相关文章", cls="xgwz", pos="main", items=[
            H("临溪县客运中心完成提升改造", d="2024-08-26"),
            H("县城区公交站台更新工作启动", d="2024-08-12"),
            H("临溪县开展农村道路安全隐患排查", d="2024-07-30"),
        ]),
        dict(head="热门资讯", cls="rmzx", pos="side", style="li_p", items=[
            H("临溪县秋季学期中小学开学工作有序进行", "全县各校均已完成开学前安全检查。"),
            H("县农业农村局发布秋收秋种技术指导意见", "各乡镇要抓好晚稻田间管理。"),
            H("临溪县举办全民健身日系列活动", "活动包括健步走、广场舞展演等项目。"),
        ]),
    ],
    notes="Hijacked-layout transport news with casino-platform injection: a 【鼎泰国际】 tag printed before the headline (in the h1 and the <title>; the title truth leaves it out) and a 下一篇 link carrying brand text (鼎泰国际娱乐官网入口 …彩金); the 上一篇 link is genuine. Body and lists are clean.",
))

PAGES3.append(dict(
    name="dede_01_donation", template="dede", encoding="gbk", verdict="injected",
    site="青川信息港", column="本地新闻", colkey="bendi", addr="青川市建设路18号", icp="某ICP备19060088号-1",
    title="爱心企业捐建乡村少年宫 山里娃有了“第二课堂”",
    head_title="爱心企业捐建乡村少年宫 山里娃有了“第二课堂”_鸿盛贵宾会官网",
    title_spam=["鸿盛贵宾会官网"], brand_swap="鸿盛贵宾会",
    published="2024-06-12 15:36:00", origin="青川日报", author="李文斌",
    keywords="乡村少年宫,捐建,留守儿童",
    prevnext=(S("鸿盛贵宾会官网：新会员首存即送100%彩金", key="新会员首存即送100%彩金"), "青川县举办第二届农民丰收节筹备会"),
    paras=[
        "6月11日，由鸿盛贵宾会捐资一百二十万元建设的石门镇乡村少年宫正式投入使用。少年宫建筑面积八百平方米，设有书法室、美术室、音乐室、科技活动室和图书阅览室，可同时容纳两百名学生开展活动。",
        "石门镇地处山区，全镇有中小学生一千三百多人，其中留守儿童占三成以上。过去，镇上学校的音体美课程因为缺少场地和器材，常常只能“凑合着上”。",
        "“我们了解到山区孩子课余活动单一，就想为他们做点实事。”鸿盛贵宾会有关负责人在启用仪式上表示，今后还将每年拿出专项资金，用于少年宫的器材更新和辅导教师培训。",
        "少年宫开放后，将由镇中心学校统一管理，周一至周五放学后和周末全天向全镇学生免费开放。镇里还招募了十余名退休教师和大学生志愿者担任辅导员，开设书法、绘画、合唱、科学实验等十二个兴趣班。",
        "启用当天，孩子们在新教室里上了第一堂美术课。四年级学生小雨画了一幅《我的少年宫》，画面上是一座开满鲜花的房子。“以后放学不用只待在家里看电视了。”",
        "县教育局相关负责人表示，近年来全县已建成乡村少年宫十一所，下一步将继续整合社会力量，推动优质教育资源向农村延伸。",
    ],
    lists=[
        dict(head="推荐内容", pos="side", cls="commend", ul="d4", items=[
            H("青川市启动夏季送教下乡活动"),
            H("山区学校新添一批体育器材"),
            H("大学生志愿者暑期支教报名开始"),
        ]),
        dict(head="热点内容", pos="side", cls="hot", items=[
            H("青川市中考成绩查询时间公布"),
            H("城区三条道路完成提升改造"),
            H("石门镇杨梅节即将开幕"),
            H("市民服务中心延时服务受好评"),
        ]),
    ],
    comments=[
        ("青川网友", "好事，希望多办几所。"),
    ],
    notes="GBK DedeCMS local portal (new layout: div.viewbox, h2 title, div.info 时间:/来源:/作者:, div.content table, 上一篇/下一篇 in div.context, 推荐内容/热点内容 boxes). Casino-platform brand injection: the donor company's name in copied news is replaced by 鸿盛贵宾会 in paragraphs 1 and 3 (those paragraphs are body spam in the truth), the <title> ends in `_鸿盛贵宾会官网`, and the 上一篇 link sells the brand. Paragraphs start with &nbsp;&nbsp;&nbsp;&nbsp;.",
))

PAGES3.append(dict(
    name="sina_06_vocational", template="sina", encoding="utf-8", verdict="injected",
    brand_swap="星曜娱乐城",
    title="订单班学生未毕业先“上岗” 这所职校毕业生供不应求",
    published="2024-06-18 08:55:00", origin="新浪教育", author=None, editor="陶然",
    keywords="职业教育,订单班,产教融合",
    crumbs=["新浪教育", "职业教育"],
    site="新浪教育_新浪网",
    paras=[
        "六月正值毕业季，许多高校毕业生还在奔波求职，而星曜娱乐城数控技术专业的四十二名应届毕业生早已和企业签下了就业协议。",
        "这些学生都来自学校与本地装备制造企业合作开设的“订单班”。从二年级开始，企业就派出工程师参与课程设计，学生每学期有两个月时间在企业车间跟岗实训，毕业后直接进入合作企业工作。",
        "“在学校学的是图纸和编程，到了车间才知道一个零件从毛坯到成品要经过多少道工序。”即将入职的学生小彭说，他在实训期间就已经能独立操作五轴加工中心，入职起薪比同龄人高出不少。",
        "据星曜娱乐城招生就业处介绍，今年学校共有毕业生一千九百余人，截至六月中旬，就业去向落实率已超过九成，其中订单班学生的落实率接近百分之百。",
        "合作企业的人力资源负责人坦言，近年来企业最缺的是能上手的技术工人。“订单班的学生熟悉我们的设备和流程，来了就能用，省去了半年左右的培训期。”",
        "业内专家认为，产教融合是职业教育提升质量的关键。学校和企业应在课程、师资、实训基地等方面深度合作，让人才培养更加贴近产业需求。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("多地出台措施推进职业教育产教融合", d="06-15 10:30"),
            H("高校毕业生就业服务行动启动", d="06-12 09:12"),
            H("技能人才缺口有多大？调查数据来了", d="06-08 16:40"),
            H("职业本科招生规模继续扩大", d="06-05 11:25"),
        ]),
        dict(head="热门推荐", pos="side", style="rank", items=[
            H("高考志愿填报这些误区要避开"),
            S("星曜娱乐城官网注册送88元体验金", key="官网注册送88元体验金"),
            H("暑期研学游市场升温"),
            S("星曜娱乐城手机版app下载安装", key="手机版app下载安装"),
            H("今年高校新增备案专业公布"),
        ]),
    ],
    comments=[
        ("新浪网友[山东济南]", "订单班确实好，就业有保障。"),
    ],
    notes="sina-style education news copied by a casino-platform campaign: the vocational school's name is replaced by the brand 星曜娱乐城 in paragraphs 1 and 4 (those paragraphs are body spam in the truth), and two brand items (官网注册送…, 手机版app下载) are planted in the sidebar 热门推荐 ranking.",
))

PAGES3.append(dict(
    name="blog_03_tomato", template="blog", encoding="utf-8", verdict="spam_around",
    site="阳台小菜园", tagline="一平米也能种出一片绿", navs=["首页", "蔬菜", "花草", "工具", "关于"],
    title="阳台种番茄第三年：选种、搭架和打杈的经验",
    published="2024-08-09 20:15:30", origin=None, author="菜园阿青",
    category="蔬菜", tags=["番茄", "阳台种菜", "打杈"],
    prevnext=(S("博悦国际娱乐官网注册送38元彩金", key="博悦国际娱乐官网"), "多肉浇水的那些误区"),
    paras=[
        "在阳台种番茄已经是第三年了，从第一年结了十几个小果子，到今年一株能收三四斤，中间踩过不少坑。趁着今年收完最后一茬，把经验记下来。",
        "选种很重要。阳台光照有限，我更推荐樱桃番茄这类小果品种，长势强、坐果多，对光照的要求也没有大番茄那么高。种子可以直接买，也可以用去年留下的果子自己育苗。",
        "盆要够大。番茄根系发达，一株至少要用直径三十厘米、深度三十厘米以上的盆。土我用的是园土、椰糠和腐熟有机肥按五比三比二混合，透气又保水。",
        ("img", "/wp-content/uploads/2024/08/tomato-balcony-1024x768.jpg", "今年阳台上的三株樱桃番茄"),
        "苗长到三十厘米左右就要搭架。我用的是三根竹竿绑成的三角架，随着植株长高，每隔二十厘米用软绳绑一次，不要绑得太紧，给茎留出长粗的空间。",
        "打杈是很多新手容易忽略的一步。叶腋里长出来的侧枝要及时掰掉，只保留主干和第一花序下面的一个侧枝，这样养分才能集中供给果实。打杈最好在晴天上午进行，伤口干得快。",
        "最后说说浇水。番茄怕涝，盆土表面干了再浇，一次浇透。结果期可以每两周追施一次含钾高的水溶肥，果子会更甜。",
    ],
    lists=[
        dict(head="相关文章", pos="main", items=[
            H("阳台种菜用什么土最省事"),
            H("辣椒开花不坐果怎么办"),
            H("自制厨余堆肥的一点心得"),
        ]),
        dict(head="近期文章", pos="side", items=[
            H("多肉浇水的那些误区"),
            H("秋天适合播种哪些蔬菜"),
            H("给阳台装一套简易滴灌"),
        ]),
    ],
    comments=[
        ("小区里的猫", "打杈这一步我之前一直没做，难怪只长叶子不结果。"),
        ("菜园阿青", "回复小区里的猫：今年试试，效果很明显。"),
    ],
    notes="WordPress-style gardening blog, clean article; the previous-post link was rewritten to a casino-platform brand (博悦国际娱乐官网注册送38元彩金), the next-post link is genuine. Spam only around the article.",
))


# ============================================= lottery-platform SEO in lists

PAGES3.append(dict(
    name="xinhua_04_rail", template="xinhua", encoding="utf-8", verdict="spam_around",
    title="暑运过半 全国铁路累计发送旅客超4亿人次",
    published="2024-08-05 17:12:30", origin="新华网", author=None, editor="钱程",
    keywords="暑运,铁路,旅客",
    paras=[
        "新华社北京8月5日电 记者5日从铁路部门获悉，7月1日至8月4日，全国铁路累计发送旅客4.3亿人次，同比增长6.8%，日均开行旅客列车一万一千余列，运输安全平稳有序。",
        "今年暑运，学生流、旅游流、探亲流叠加，客流总体保持高位运行。铁路部门充分挖掘运输潜力，在繁忙干线增开夜间高铁和直通列车，并在周末和客流高峰日加开临时旅客列车。",
        "针对旅游出行需求旺盛的特点，各地铁路部门还开行了一批旅游专列，串联热门景区和特色城镇。部分“银发旅游专列”配备随车医护人员，为老年旅客提供贴心服务。",
        "在服务方面，铁路购票客户端优化了候补购票功能，候补兑现率进一步提高。多个车站设立暑期学生服务台，为学生旅客提供行李搬运、引导乘车等服务。",
        "铁路部门提示，暑运后半程客流仍将维持高位，旅客可通过官方客户端查询余票信息，合理安排出行时间，并注意防暑降温。",
    ],
    lists=[
        dict(head="相关稿件", pos="main", items=[
            H("暑期国内航线客运量创同期新高", d="2024-08-03"),
            S("幸运飞艇精准计划群 免费加入 邀请码3388", key="幸运飞艇精准计划群", d="2024-08-04"),
            H("多地景区延长夜间开放时间", d="2024-08-02"),
            S("极速快三官网邀请码注册 稳定出款", key="极速快三官网邀请码", d="2024-08-04"),
            H("高铁站“一站式”换乘服务受欢迎", d="2024-07-30"),
            S("时时彩后二稳赚计划软件免费领取", key="时时彩后二稳赚计划", d="2024-08-05"),
        ]),
        dict(head="热点推荐", pos="side", style="rank", items=[
            H("立秋后天气有何变化"),
            H("多地发布防汛防台风提示"),
            H("暑期文博热持续升温"),
        ]),
    ],
    notes="Clean xinhua-style transport news; three lottery-platform SEO items (幸运飞艇 计划群 + 邀请码, 极速快三 官网 邀请码, 时时彩 计划) are planted among three genuine headlines in the 相关稿件 list.",
))

PAGES3.append(dict(
    name="people_06_water", template="people", encoding="gbk", verdict="spam_around",
    title="老旧供水管网改造提速 年底前基本消除“黄水”问题",
    published="2024-09-10 09:05:00", origin="人民网－地方频道", author=None, editor="吴越、韩冰",
    keywords="供水管网,老旧小区,民生实事", channel="地方",
    paras=[
        "拧开水龙头，流出的水清澈透亮。家住南湖区纺机宿舍的刘师傅说，以前早上放水，头一盆总是黄的，得放好一会儿才能用。今年春天小区供水管道改造后，这个困扰了居民多年的问题终于解决了。",
        "据市水务局介绍，全市建成于上世纪八九十年代的老旧小区，普遍存在供水管道锈蚀、漏损严重等问题。今年以来，市里将老旧供水管网改造列入民生实事项目，计划改造管网三百二十公里，涉及小区一百五十余个。",
        "截至8月底，已完成改造管网二百一十公里，惠及居民四万余户。改造中，施工单位将原来的镀锌钢管更换为不锈钢管和球墨铸铁管，并同步更换老化的水表和阀门。",
        "为减少对居民生活的影响，施工单位采取分段施工、夜间接驳的方式，每次停水前提前三天张贴通知，并在小区设置临时供水点。",
        "市水务局相关负责人表示，管网改造完成后，供水漏损率预计将从百分之十八下降到百分之十以内，每年可节约自来水数百万吨。年底前，全市将基本消除老旧小区“黄水”问题。",
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("城市地下管网更新改造加快推进", d="2024-09-06"),
            H("二次供水设施纳入统一管理", d="2024-08-28"),
            H("老旧小区改造惠及更多居民", d="2024-08-19"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("多地推进城市燃气管道更新"),
            S("快三大小单双计划网页版官网", key="快三大小单双计划"),
            H("中秋国庆假期出行预测发布"),
            S("幸运飞艇冠军定位计划_邀请码5518", key="幸运飞艇冠军定位计划"),
            H("全市秋季学期开学平稳有序"),
        ]),
    ],
    notes="GBK people-style livelihood news, clean body; two lottery-platform SEO items (快三 计划 网页版官网, 幸运飞艇 计划 + 邀请码) are injected into the sidebar 热点排行 ranking among three genuine ones.",
))

# ============================================= hidden keyword stuffing

_ST_163, _ST_163_KEY = stuffing("彩鸿娱乐城", "163_06", "chyl888.example.com")

PAGES3.append(dict(
    name="163_06_museum", template="163", encoding="utf-8", verdict="spam_around",
    title="县博物馆新馆开放首周 接待观众三万余人次",
    published="2024-10-09 20:31:47", origin="云溪日报", author=None, editor="何平_NB1009",
    keywords="博物馆,文物,国庆假期",
    paras=[
        "国庆假期前夕正式开放的云溪县博物馆新馆，开放首周累计接待观众三万余人次，其中不少是专程从周边县市赶来的游客。",
        "新馆位于县城东部的文化公园内，建筑面积一万二千平方米，设有“云溪古韵”“山水之间”“百年足迹”三个基本陈列和一个临时展厅，展出文物和标本一千六百余件（套）。",
        "在“云溪古韵”展厅，一件出土于县境内的青铜提梁卣吸引了许多观众驻足。讲解员介绍，这件器物造型精美、纹饰清晰，是目前县内发现的年代最早的青铜器之一。",
        "除了传统的展柜陈列，新馆还运用了多媒体投影、数字沙盘等手段。在“山水之间”展厅，观众可以通过触摸屏“穿越”到不同时期的云溪，看县城的格局如何一步步演变。",
        "为了满足观众需求，博物馆在假期推出了免费讲解、亲子研学和文物修复体验等活动，并延长开放时间至晚上八点。所有观众均可凭身份证免费预约参观。",
        "博物馆负责人表示，接下来将持续策划推出临时展览，加强与省内外博物馆的交流合作，让更多文物“活”起来。",
    ],
    hidden=[
        ('<div style="display:none"><p>最新报导：彩鸿娱乐城官网本月完成升级，新用户注册即送38元体验金，真人百家乐、体育投注、电子游艺一站畅玩，官网地址chyl888.example.com。</p>'
         '<p>最新报导：据业内人士透露，彩鸿娱乐城APP下载量突破百万，首存返水高达1.8%，二十四小时客服在线，提款秒到账。</p>'
         '<p>最新报导：彩鸿娱乐城宣布推出捕鱼、棋牌新游戏，老会员每日签到领彩金。</p></div>',
         "最新报导：彩鸿娱乐城官网", "top"),
        (_ST_163, _ST_163_KEY, "bottom"),
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="li", items=[
            H("国庆假期国内出游人次同比增长"),
            H("多地博物馆推出夜间开放"),
            H("秋季研学游持续升温"),
            H("非遗市集走进城市商圈"),
        ]),
    ],
    comments=[
        ("浙江省丽水市", "带孩子去看了，数字沙盘很有意思。"),
    ],
    notes="Clean 163-style culture news with two hidden blocks outside the article: a display:none div of 最新报导 casino news-style paragraphs right after the channel nav, and a display:none keyword-stuffing block of several KB before the footer (gambling and adult keyword runs, made-up film codes, ed2k:// and magnet: links, dozens of *.example.com URLs).",
))

_ST_GOV, _ST_GOV_KEY = stuffing("聚宝阁娱乐", "gov_03", "jbg777.example.com")

PAGES3.append(dict(
    name="gov_03_heating", template="gov", encoding="gbk", verdict="injected",
    site="南屏市住房和城乡建设局", addr="南屏市民生路21号", icp="某ICP备09876544号",
    title="关于做好2024—2025年度城区冬季供暖工作的通知",
    published="2024-10-28", origin="南屏市住房和城乡建设局", author=None,
    column="通知公告",
    paras=[
        "各供热企业，各有关单位：",
        "为确保我市城区2024—2025年度冬季供暖工作平稳有序，切实保障群众温暖过冬，现将有关事项通知如下：",
        ("hidden", '<p style="display:none">最新报导：聚宝阁娱乐官网今日上线，注册即送体验金，真人百家乐、电子游艺、体育投注一站畅玩，入口 jbg777.example.com</p>', "聚宝阁娱乐官网今日上线"),
        "一、供暖时间。本年度城区集中供暖时间为2024年11月15日至2025年3月15日。遇气温异常变化时，根据实际情况适当提前或延长供暖时间。",
        "二、设施检修。各供热企业要在10月底前完成热源、管网、换热站等设施的检修维护和注水试压工作，对老旧管网和易漏点位进行重点排查，确保按时供暖。",
        ("hidden", '<p style="display:none">最新报导：据业内消息，聚宝阁娱乐APP下载量再创新高，首存返水1.5%，官方客服二十四小时在线。</p>', "聚宝阁娱乐APP下载量"),
        "三、服务保障。各供热企业要公开服务电话，实行二十四小时值班制度，对用户反映的问题及时受理、限时处置。室温不达标的，要主动上门排查原因并整改。",
        "四、应急处置。各供热企业要完善应急预案，储备必要的抢修物资，组建专业抢修队伍，遇突发故障时确保快速响应、及时恢复供暖。",
        "五、监督检查。市住建局将会同有关部门开展供暖工作专项检查，对工作不力、群众投诉集中的企业依法依规处理。",
    ],
    signature=["南屏市住房和城乡建设局", "2024年10月28日"],
    hidden=[(_ST_GOV, _ST_GOV_KEY, "bottom")],
    lists=[
        dict(head="相关信息", pos="main", items=[
            H("南屏市召开2024年冬季供暖工作部署会", d="2024-10-21"),
            H("城区老旧供热管网改造工程完工", d="2024-10-10"),
        ]),
    ],
    notes="GBK gov notice (meta gb2312) on a hacked site: two display:none 最新报导 casino news-style paragraphs sit INSIDE the TRS_Editor body between real paragraphs (so the page is injected), and a display:none keyword-stuffing block of several KB (gambling and adult keywords, film codes, ed2k:// and magnet: links, URLs) sits before the footer. Date only; salutation and signature are body.",
))

# ============================================= black-hat SEO service ads

PAGES3.append(dict(
    name="discuz_02_fishing", template="discuz", encoding="utf-8", verdict="spam_around",
    site="柏川钓友之家", forum="钓友交流", group="垂钓天地", icp="某ICP备21050233号-1",
    poster="老杨爱野钓",
    title="周末水库野钓记录：鲫鱼窝子这样打，半天上了二十多条",
    published="2024-06-16 20:11:05", origin=None, author=None,
    opts=dict(rel_date="5&nbsp;天前"),
    paras=[
        "上周六和两个钓友去了北山水库，早上五点出发，六点多到钓点，一直钓到中午，收获二十多条鲫鱼，最大的一条有七两多。记录一下这次的思路，欢迎大家交流。",
        "钓点选择：这个季节水温已经上来了，鱼喜欢待在有遮挡、有水草的地方。我们选的是水库北岸一处缓坡，旁边有一片芦苇，水深一米五左右，底下比较平。",
        "打窝：窝料用的是发酵过的玉米粒加一点酒米，提前一晚泡好。开钓前打了两把，之后每隔半小时补一小把，不要打太多，鱼吃饱了就不咬钩了。",
        "饵料：商品饵以腥香型为主，加了少量拉丝粉，状态偏软。早上鱼口比较轻，换了小一号的钩子之后，中鱼率明显提高。",
        "线组：主线一点五，子线零点八，浮漂用的是一支吃铅两克的短漂，调四钓二。风大的时候把浮漂换长一点的，稳定性好一些。",
        "最后提醒一下，北山水库现在有些区域禁止垂钓，去之前看看岸边的告示牌；另外记得把垃圾带走，别给钓友们丢人。",
    ],
    comments=[
        ("水边的石头", "干货！调四钓二我也一直这么用。"),
        ("鲫鱼克星", "北岸那片芦苇是好地方，就是蚊子多。", None, "柏川钓友群欢迎新人，周末一起出钓"),
        ("seo优化师小李", "【蜘蛛池出租】百万蜘蛛每日爬行，新站秒收录，站群、泛目录、寄生虫程序定制，谷歌推广包排名首页 ◆seo668.example.com◆ 认准 ◆seo668.example.com◆ 假一赔十", "蜘蛛池出租"),
        ("网络推广小陈", "谢谢分享，学习了。", None,
         "站群泛目录租用 ╰☆seo668.example.com☆╯ 谷歌推广 快速排名 ╰☆seo668.example.com☆╯", "站群泛目录租用"),
        ("老杨爱野钓", "回复水边的石头：短漂在小水面上很灵敏，推荐试试。"),
    ],
    notes="Discuz! thread (UTF-8) on a hobby forum with a clean first post whose date sits only in a <span title> (the visible text is 5 天前). Black-hat SEO service ads are in the replies: one reply sells 蜘蛛池/站群/泛目录/寄生虫/谷歌推广 with a repeated domain between ◆ marks, and a bland reply carries the same kind of ad in its signature between ╰☆ ☆╯ marks. Another reply has a genuine signature. Spam only around the article.",
))


# ============================================= hard negatives

PAGES3.append(dict(
    name="163_07_cheat_gang", template="163", encoding="utf-8", verdict="clean",
    title="警方捣毁一利用“高科技”出千的诈赌团伙 查获扑克分析仪等作弊器材",
    published="2024-12-03 19:08:26", origin="法治日报", author=None, editor="杨帆_NB1203",
    keywords="诈赌,出千,作弊器材,警方",
    column="社会新闻",
    paras=[
        "记者3日从南屏市公安局获悉，该局近日破获一起利用作弊器材设局诈赌的案件，抓获犯罪嫌疑人6名，现场查获扑克分析仪、特制透视眼镜、改装麻将机遥控器等作弊器材一批。",
        "今年10月，市民周某报警称，自己在朋友组织的几场“牌局”中接连输掉十余万元，事后越想越不对劲：对方似乎总能提前知道他手里的牌。",
        "接报后，警方迅速成立专案组开展调查。经查，以王某为首的团伙长期物色有一定经济实力的“目标”，以聚会、打牌为名设局，事先在牌桌上放置藏有摄像头的手机、烟盒等物品，通过扑克分析仪识别牌序，再由同伙通过耳机向牌桌上的“自己人”报牌。",
        "在另一些牌局中，该团伙使用了被改装过的自动麻将机，通过遥控器控制洗牌结果，使“自己人”轻松起到好牌。民警介绍，这类出千手段隐蔽性强，受害者很难当场察觉。",
        "11月下旬，专案组在一处出租屋内将正在“布局”的王某等人抓获。经初步审查，该团伙作案二十余起，涉案金额八十余万元。目前，王某等6人已被依法刑事拘留，案件正在进一步侦办中。",
        "警方提醒，网上兜售的所谓“透视眼镜”“扑克分析仪”“麻将机遥控器”等作弊器材，本身就涉嫌违法，购买和使用者同样要承担法律责任。市民切勿参与赌博，发现相关线索请及时报警。",
    ],
    lists=[
        dict(head="热门推荐", pos="main", cls="hot_list", style="rank", items=[
            H("多地开展冬季道路交通安全整治"),
            H("警惕！“高薪兼职”背后是电诈陷阱"),
            H("公安机关公布一批打击治理电信网络诈骗典型案例"),
            H("寒潮来袭 多地发布大风降温预警"),
            H("年底前这些新规将施行"),
        ]),
        dict(head="24小时排行", pos="side", style="rank", items=[
            H("男子网购“透视眼镜”被骗三千元"),
            H("社区民警上门宣讲防范电信诈骗"),
            H("高速公路冬季除雪保畅预案发布"),
        ]),
    ],
    comments=[
        ("江苏省南京市", "原来打牌输钱还有这种套路，长见识了。"),
        ("四川省成都市", "十赌九骗，别碰就完了。"),
    ],
    notes="HARD NEGATIVE: police news about a gang that cheated at cards with 作弊器材 (扑克分析仪, 透视眼镜, 改装麻将机遥控器, 出千, 报牌); the last paragraph quotes what such ads sell, and a sidebar headline mentions 透视眼镜. Lists genuine. Nothing is spam.",
))

PAGES3.append(dict(
    name="qq_06_anticheat", template="qq", encoding="utf-8", verdict="clean",
    title="射击手游开展外挂专项打击 一季度封禁违规账号超20万个",
    published="2025-04-15 14:20:00", origin="腾讯游戏", author=None, editor="高洁",
    keywords="外挂,反作弊,手游", catalog="games", tags=["游戏", "反外挂", "网络安全"],
    paras=[
        "4月14日，射击手游《星火突围》运营团队发布一季度安全公告。公告显示，今年1月至3月，游戏共封禁使用外挂、作弊器的违规账号二十一万余个，其中永久封禁六万多个，同比增长约三成。",
        "公告称，本季度查处的外挂以“透视”“自瞄”“加速”三类为主。一些不法分子在社交平台和二手交易平台兜售所谓“辅助工具”，声称可以看穿墙体、自动锁定目标，严重破坏了游戏的公平环境。",
        "为应对外挂的不断翻新，运营团队升级了反作弊系统，通过分析玩家的操作数据、命中率和移动轨迹，识别明显偏离正常水平的异常行为。对于疑似作弊账号，系统会先进行人工复核，再作出处罚。",
        "除了封号，游戏方还与公安机关合作打击外挂源头。今年2月，警方根据游戏公司提供的线索，捣毁一个制售外挂的团伙，抓获犯罪嫌疑人5名，涉案金额三百余万元。",
        "“外挂不仅影响其他玩家的游戏体验，也可能携带木马病毒，窃取用户的账号和个人信息。”一位网络安全从业者提醒，玩家不要轻信网上的“免费外挂”“破解版”，以免造成财产损失。",
        "运营团队表示，将继续开放举报通道，玩家在对局结束后可一键举报可疑对手，查实后将给予举报者游戏内奖励。",
    ],
    lists=[
        dict(head="猜你喜欢", pos="main", style="qq", items=[
            H("制售游戏外挂获刑 法院：破坏计算机信息系统", src="法治在线"),
            H("电竞赛事如何防作弊？裁判组揭秘", src="电竞前线"),
            H("手游账号交易暗藏风险 这些坑要避开", src="腾讯游戏"),
            H("暑期未成年人游戏时长限制通知发布", src="腾讯新闻"),
        ]),
        dict(head="24小时热榜", pos="side", style="rank", items=[
            H("清明假期出游人次创新高"),
            H("多地发布春季森林防火令"),
            H("新能源汽车一季度销量公布"),
        ]),
    ],
    comments=[
        ("突围老玩家", "终于开始管了，上个赛季天天遇到透视。"),
        ("小菜鸡", "举报有奖励这个不错。"),
    ],
    notes="HARD NEGATIVE: game-industry anti-cheat news (打击外挂, 作弊器, 透视, 自瞄, 封禁账号, a gang selling cheats caught by police). Lists genuine. Nothing is spam.",
))

PAGES3.append(dict(
    name="people_07_exam", template="people", encoding="gbk", verdict="clean",
    title="考点启用无线电监测车 严防考生携带作弊器材",
    published="2024-06-06 16:30:00", origin="人民网－教育频道", author=None, editor="孙悦、陈雷",
    keywords="高考,考试安全,作弊器材", channel="教育",
    paras=[
        "高考临近，为维护考试公平，本市教育考试院联合无线电管理、公安等部门，在全市二十六个考点部署无线电监测车和监测设备，对考点周边无线电信号进行全天候监测，严防利用无线电设备作弊。",
        "“近年来查获的作弊器材越来越隐蔽，有的伪装成橡皮、手表、眼镜，有的把接收器藏在衣服纽扣里。”市无线电监测站一位工程师介绍，监测人员会对考点周边的可疑信号进行定位，一旦发现异常，立即通知现场执法人员处置。",
        "在考场入口，每位考生都要经过金属探测仪检查。考务人员提醒，考生除规定的文具外，不得携带手机、智能手表、耳机等电子设备进入考场，违者将按违规处理。",
        "公安机关也提前开展了专项行动，严厉打击组织考试作弊、非法出售试题答案、销售作弊器材等违法犯罪行为。今年以来，已查处销售作弊器材案件3起，收缴无线接收器、微型耳机等一百余件。",
        "教育部门提醒，根据刑法规定，在法律规定的国家考试中组织作弊，或者为他人实施考试作弊提供作弊器材的，将被依法追究刑事责任。考生切勿心存侥幸，更不要轻信网上所谓“包过”“提前拿答案”等虚假信息。",
    ],
    lists=[
        dict(head="相关新闻", pos="main", items=[
            H("高考期间各地开展考点周边环境整治", d="2024-06-04"),
            H("考生进场前要做好哪些准备", d="2024-06-03"),
            H("多部门联合打击涉考违法犯罪", d="2024-05-30"),
        ]),
        dict(head="热点排行", pos="side", cls="rm_ranking", style="rank", items=[
            H("高考首日天气预报出炉"),
            H("各地公布高考成绩查询时间"),
            H("警惕高考志愿填报骗局"),
            H("考生专用通道开通"),
        ]),
    ],
    notes="HARD NEGATIVE (GBK): exam-security news (作弊器材, 无线接收器, 微型耳机, 考试作弊, 包过). Lists genuine. Nothing is spam.",
))

PAGES3.append(dict(
    name="sina_07_macau", template="sina", encoding="utf-8", verdict="clean",
    title="澳门10月博彩毛收入按年增长约一成 中场业务成主要动力",
    published="2024-11-01 18:45:00", origin="新浪财经", author=None, editor="葛文",
    keywords="澳门,博彩收入,博彩股",
    crumbs=["新浪财经", "港股"],
    paras=[
        "澳门特区政府博彩监察协调局1日公布的数据显示，今年10月澳门幸运博彩毛收入约为200亿澳门元，按年增长约一成，为年内单月较高水平。今年前10个月，博彩毛收入累计约1900亿澳门元。",
        "分析人士认为，国庆黄金周带动访澳旅客显著增加，是10月博彩收入表现较好的主要原因。黄金周期间，路氹一带的综合度假村客房几乎全部订满，威尼斯人酒店等大型酒店的入住率接近百分之百。",
        "从结构上看，中场业务继续成为收入增长的主要动力，贵宾厅业务占比则进一步下降。多家券商在研报中指出，随着行业监管趋严，博彩企业正逐步减少对贵宾业务的依赖，转向面向大众旅客的中场和非博彩业务。",
        "非博彩业务方面，各大综合度假村近年来加大了在会展、演出、餐饮和体育赛事上的投入。今年以来，澳门举办的大型演唱会和国际赛事明显增多，带动了酒店、零售等消费。",
        "受数据提振，港股博彩板块1日午后走强，多只博彩股涨幅超过3%。不过也有分析师提醒，旅客人均消费仍低于疫情前水平，行业复苏节奏仍需观察。",
        "澳门特区政府此前表示，将继续推动经济适度多元发展，在做好博彩业监管的同时，培育大健康、现代金融、高新技术、会展商贸和文化体育等产业。",
    ],
    lists=[
        dict(head="相关阅读", pos="main", items=[
            H("国庆黄金周访澳旅客人次创新高", d="10-08 12:10"),
            H("港股博彩股集体走强 机构看好中场复苏", d="10-15 16:22"),
            H("澳门会展业加速复苏 全年展会数量有望增长", d="10-21 09:48"),
            H("澳门旅游业复苏带动酒店入住率回升", d="10-28 14:05"),
        ]),
        dict(head="热门推荐", pos="side", style="rank", items=[
            H("恒指收涨 科技股表现活跃"),
            H("10月制造业PMI重回扩张区间"),
            H("多家航空公司增开港澳航线"),
        ]),
    ],
    comments=[
        ("新浪网友[广东珠海]", "国庆去了一趟，人确实多。"),
    ],
    notes="HARD NEGATIVE: financial report on Macau's gaming industry (博彩毛收入, 贵宾厅, 中场, 博彩股, 综合度假村, and 威尼斯人 as a hotel). Lists genuine. Nothing is spam.",
))

PAGES3.append(dict(
    name="dede_02_football", template="dede", encoding="utf-8", verdict="clean",
    site="青川体育", column="赛事快讯", colkey="saishi", slogan="青川广播电视台体育频道",
    addr="青川市广电大厦", icp="某ICP备19060090号-3",
    toplinks='<a href="/app/" target="_blank">青川体育APP下载</a>|<a href="http://www.qctv.example.cn/" target="_blank">青川广播电视台官网</a>|<a href="/live/">直播</a>|<a href="/m/">手机版</a>',
    navs=["赛事快讯", "本地足球", "全民健身", "体彩资讯", "视频直播", "APP下载"],
    opts=dict(nbsp=False),
    title="市民足球联赛第五轮战罢 城南联队客场逆转夺三分",
    published="2024-05-19 21:40:00", origin="青川体育", author="陈涛",
    keywords="市民足球联赛,城南联队,青川体育",
    prevnext=("市民足球联赛第四轮综述：榜首之争渐趋白热化", "青川体育APP上线赛事直播功能 全年转播百余场本地赛事"),
    paras=[
        "5月19日晚，2024青川市民足球联赛第五轮焦点战在江北体育场打响。城南联队客场面对积分榜第二的江北青年队，在先丢一球的情况下连入两球，以2比1逆转取胜。",
        "比赛开始后，主队江北青年队攻势凌厉，第18分钟，主队前锋在禁区内接队友传中头球破门，取得领先。城南联队随后稳住阵脚，通过中场的短传配合逐渐掌握了控球权。",
        "下半场第56分钟，城南联队利用一次角球机会，由中后卫高高跃起头球扳平比分。第81分钟，替补登场的小将周宇在禁区边缘一脚低射，皮球贴着门柱滚入网窝，帮助球队完成逆转。",
        "赛后，城南联队主教练表示，球队中场休息时调整了阵型，加强了边路的逼抢，“队员们执行得很好，这场胜利属于每一个人”。",
        "本轮过后，城南联队以四胜一负积12分升至积分榜首位，江北青年队以10分排名第二。联赛第六轮将于下周六进行，本台将通过电视频道和青川体育APP对焦点场次进行直播。",
        "据了解，本届市民足球联赛共有16支业余球队参赛，参赛球员既有在校大学生，也有外卖骑手、程序员和教师，赛事为期四个月。",
    ],
    lists=[
        dict(head="热点内容", pos="side", cls="hot", items=[
            H("市民足球联赛第六轮赛程公布"),
            H("全民健身日活动报名开始"),
            H("青川马拉松报名人数创新高"),
            H("青少年篮球训练营开营"),
        ]),
    ],
    comments=[
        ("江北球迷", "周宇那脚射门太漂亮了！"),
    ],
    notes="HARD NEGATIVE on the DedeCMS layout (UTF-8): the sports channel of a local broadcaster. 青川体育 is the site name; the header carries 青川体育APP下载 / 广播电视台官网 / 直播 links, the nav has 体彩资讯 and APP下载, the <title> ends in _青川体育, and the 下一篇 link mentions the APP. Amateur football match report. Nothing is spam.",
))

PAGES3.append(dict(
    name="blog_04_seo", template="blog", encoding="utf-8", verdict="clean",
    site="老周的站长笔记", tagline="做网站的一些记录", navs=["首页", "建站", "SEO", "工具", "关于"],
    title="新站三个月被搜索引擎收录的复盘：sitemap、内链和耐心",
    published="2024-09-22 22:10:05", origin=None, author="老周",
    category="SEO", tags=["SEO", "收录", "sitemap", "内链"],
    prevnext=("我为什么把博客从虚拟主机搬到了云服务器", "关键词排名波动的几个常见原因"),
    paras=[
        "今年六月上线了一个做本地美食攻略的小站，到现在三个月，收录从零涨到了四百多页，几个长尾词也有了稳定排名。整个过程没有花钱买外链，也没用任何“快排”，记录一下做了哪些事。",
        "第一，提交sitemap。网站上线当天就生成了XML格式的站点地图，分别提交给几个主流搜索引擎的站长平台，并在robots.txt里写明了sitemap的地址。这一步很简单，但很多人会忘。",
        "第二，做好内链。每篇文章底部放三到五篇相关文章，分类页和标签页也都能一层层点到具体内容。搜索引擎的爬虫（也就是常说的“蜘蛛”）是顺着链接抓页面的，孤立的页面很难被发现。",
        "第三，保证内容是自己写的。前期我每周更新三篇，每篇都是自己去店里吃过、拍过照片再写的。有朋友建议我用采集工具批量生成内容，我没有采纳，低质量的采集页面迟早会被降权。",
        "顺便说一下常被问到的“黑帽”手段。像站群、蜘蛛池、泛目录这类做法，短期内可能让收录数字很好看，但本质上是在利用搜索引擎的漏洞，一旦被识别，整站都可能被清除。网上很多所谓“秒收录”的服务，背后用的就是这些手段，我不建议任何人尝试。",
        "最后是耐心。新站有一段考察期，前一个月收录很慢是正常的。与其天天盯着数据焦虑，不如把时间花在内容上。如果预算充足，想更快获得流量，也可以考虑投放正规的搜索广告，比如谷歌推广或国内搜索引擎的竞价推广，但要算好投入产出。",
    ],
    lists=[
        dict(head="相关文章", pos="main", items=[
            H("robots.txt的几种常见写法"),
            H("网站改版时如何做301跳转"),
            H("长尾关键词应该怎么找"),
        ]),
        dict(head="近期文章", pos="side", items=[
            H("关键词排名波动的几个常见原因"),
            H("图片懒加载对收录有影响吗"),
            H("小站一年的服务器账单"),
        ]),
    ],
    comments=[
        ("阿诚建站", "内链这点太重要了，我之前的站就是很多页面没入口。"),
        ("老周", "回复阿诚建站：是的，分类和标签页也别忽略。"),
    ],
    notes="HARD NEGATIVE: a legitimate SEO tutorial blog post (收录, sitemap, 蜘蛛, 外链, 快排, 关键词排名) that names 站群, 蜘蛛池, 泛目录 and 秒收录 services only to warn against them, and mentions 谷歌推广 as paid search ads. Nothing is spam.",
))

PAGES3.append(dict(
    name="discuz_03_mahjong", template="discuz", encoding="gbk", verdict="clean",
    site="柏川家居论坛", forum="家电数码", group="家居生活", icp="某ICP备22080156号-1",
    poster="装修中的大刘",
    title="用了半年的四口麻将机，说说优缺点（纯个人体验，不是广告）",
    published="2024-10-19 22:47:13", origin=None, author=None,
    opts=dict(edited="2024-10-20 08:15", font=True),
    paras=[
        "家里老人爱打麻将，以前一直用手搓，年初换房子的时候顺手买了一台自动麻将机，到现在用了大半年，说说真实感受，给有需要的朋友参考。",
        "型号就不说了，是常见的四口机，带餐桌功能，不打牌的时候盖上台面就是一张普通餐桌。价格三千出头，送货上门安装。",
        "先说优点：洗牌快，一局结束按一下，大概二十秒就把牌码好升上来了；噪音比想象中小，晚上打牌也不怕吵到邻居；桌面是绒布的，手感不错，老人打起来不累。",
        "再说缺点：一是重，一百多斤，放好了基本就不想再挪；二是牌的磁性会慢慢变弱，用了半年偶尔会出现卡牌，需要清理一下里面的灰尘；三是桌子比普通餐桌高一点，吃饭时要配高一点的椅子。",
        "售后方面，有一次升降板不动了，打电话给商家，第二天就上门修好了，更换的是一个传感器，在保修期内没收钱。",
        "另外提醒一句：网上有些人打着“麻将机改装”“遥控器”的旗号，说能控制起牌，那都是骗局，而且用来赌钱是违法的。自家人娱乐就图个开心，千万别碰这些东西。",
    ],
    comments=[
        ("旺旺仙贝", "我家也是四口机，卡牌的时候拿吸尘器吸一下就好了。"),
        ("柏川小吴", "请问多大的客厅放得下？"),
        ("装修中的大刘", "回复柏川小吴：桌面大概九十厘米见方，四周各留七八十厘米就够了。"),
    ],
    notes="HARD NEGATIVE on the Discuz! layout (GBK): an automatic-mahjong-table product review (麻将机, 洗牌, 四口机, 卡牌); the last paragraph warns that 麻将机改装 / 遥控器 offers are scams. The post opens with a Discuz 本帖最后由 … 编辑 note (not body) and is wrapped in <font>. Nothing is spam.",
))
