# -*- coding: utf-8 -*-
"""Hand-written content of the corpus pages (part 4: metadata classes).

Pages whose point is the title, time, author and origin: a badge inside
the headline, an account name before the date with no label, a JSON-LD
date with no visible one, a site name in the author meta tag, a
placeholder author, a photo credit, a WeChat article.  Same conventions as
articles.py; every name, account, paper and figure is invented.
"""

PAGES4 = []

PAGES4.append(dict(
    name="media_01_badge", template="media", encoding="utf-8", verdict="clean",
    title="老街菜市场改造完工 摊位统一亮码经营",
    badge="原创", account="晴川观察", site="今日看点",
    published="2024-04-02 09:15:33", origin="晴川观察", author=None,
    ld_published="2024-04-02T01:15:33Z",
    paras=[
        "经过四个月的施工，位于城东的老街菜市场近日完成改造，重新开门迎客。改造后的市场划分为蔬菜、肉类、水产和熟食四个区域，通道由原来的一米五拓宽到两米多。",
        ("img", "//img.example.com/market/0402a.jpg", "改造后的市场内部。（图/记者 郁成林 摄）"),
        "市场管理方介绍，所有摊位都挂上了统一的经营码，顾客扫码就能看到摊主信息和当天的进货来源。摊主们说，亮码以后回头客多了，说明大家更放心了。",
        "不少老顾客专门过来看看。家住附近的居民说，以前下雨天地面湿滑，现在铺了防滑地砖，排水也顺畅，买菜方便多了。",
    ],
    notes="Self-media layout: a 原创 badge inside the h1, the account name before the date with no label (the origin), the site's name as the author meta tag, a JSON-LD date in UTC (the visible time wins), a photo credit in a caption (not the author).",
))

PAGES4.append(dict(
    name="media_02_jsonld", template="media", encoding="gbk", verdict="clean",
    title="青川县试点夜间托管班 暑期接收低年级学生",
    badge="独家", account=None, site="青川在线",
    published="2024-05-18 07:40:00", origin="青川晚报", author="吕晓岚",
    ld_published="2024-05-18T07:40:00+08:00", ld_modified="2024-05-20T11:05:00+08:00",
    byline="文/吕晓岚", source="青川晚报",
    paras=[
        "今年暑假，青川县将在五所小学试点夜间托管班，主要接收一至三年级学生，托管时间为每天傍晚六点到八点半。",
        "县教育部门表示，托管班以看护和阅读为主，不上新课，由学校教师和志愿者轮流值守，家长可以通过学校的公众号报名。",
        "试点结束后，教育部门将根据家长反馈和学生参与情况，决定是否在秋季学期推广到更多学校。",
    ],
    notes="GBK. No visible date: JSON-LD gives datePublished and a later dateModified (published wins). A 独家 badge inside the h1; a 文/ byline above the text; the 来源 in a labelled line.",
))

PAGES4.append(dict(
    name="media_03_sitemeta", template="media", encoding="gbk", verdict="clean",
    title="南岭镇修缮百年石拱桥 保留原有青石桥面",
    badge=None, account=None, site="南岭新闻网",
    published="2024-07-09 16:02:00", origin="南岭日报", author=None,
    ld_published=None, meta_time="2024-07-09T08:02:00Z",
    shown_date="2024年07月09日 16:02", byline="作者：本网", source="南岭日报",
    paras=[
        "南岭镇东头的石拱桥建于清末，是当地现存最老的一座桥。今年春天，镇里请来文物修缮队伍，对桥身裂缝和松动的栏板进行加固。",
        "修缮队负责人说，桥面原有的青石板全部保留，只更换了几块断裂严重的，新石料也从附近山上的老采石场取来，颜色和纹理尽量接近。",
        "修缮工程已于上周完成，石拱桥重新开放给行人通行。",
    ],
    notes="GBK. The site's own name is the author meta tag and 作者：本网 is a placeholder (author null); the visible date beats the UTC meta time; 来源 with a link.",
))

PAGES4.append(dict(
    name="wechat_01_account", template="wechat", encoding="utf-8", verdict="clean",
    title="一份给新手的阳台种菜日历",
    account="小院四季", writer="林果",
    published="2024-06-03 20:15:00", origin="小院四季", author="林果",
    paras=[
        "很多朋友问，阳台朝北能不能种菜？答案是能，只是要挑耐阴的品种，比如生菜、小葱和薄荷。",
        "三月到四月适合播种叶菜，五月以后气温升高，可以换成空心菜和苋菜。种子撒下去以后保持土壤微湿，不要一次浇太多水。",
        "最后提醒一句，花盆底部一定要有排水孔，积水是阳台种菜失败最常见的原因。",
    ],
    notes="WeChat article: a 原创 badge, the writer beside the account name, the account (公众号) as the origin, og:site_name 微信公众平台, the publish time in em#publish_time.",
))
