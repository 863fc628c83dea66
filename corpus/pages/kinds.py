#!/usr/bin/env python3
"""Pages that are not one plain article: a blog index, a forum thread, a
channel list and an article with a comment area full of controls.

Written by hand for this corpus (names, places, dates and texts are made
up). Each page's truth JSON is derived from the same strings, with an
extra last key `kind`. Run from anywhere: `python3 corpus/pages/kinds.py`,
then `python3 corpus/pages/check.py`.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return html.escape(s, quote=False)


def write(name, enc, page, truth):
    raw = page.encode(enc)
    with open(os.path.join(HERE, name + ".html"), "wb") as f:
        f.write(raw)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


def truth(template, enc, title, published, body, notes, kind, origin=None, author=None):
    return {
        "template": template,
        "encoding": enc,
        "title": title,
        "published": published,
        "origin": origin,
        "author": author,
        "body": body,
        "spam": [],
        "ham_items": [],
        "verdict": "clean",
        "notes": notes,
        "kind": kind,
    }


# 1. A WordPress blog's front page: three posts in full, newest first.
POSTS = [
    (
        "腌笃鲜的三个要点",
        "2023年4月2日",
        [
            "春笋上市的时候，家里总要做一锅腌笃鲜。咸肉、鲜肉和春笋一起慢炖，汤色奶白，鲜味全在这一口汤里。",
            "第一个要点是咸肉先泡。买回来的咸肉盐分重，用清水泡上两个小时，中间换一次水，炖出来的汤才不会发苦。",
            "第二个要点是笋要焯水。春笋有涩味，切滚刀块以后冷水下锅，水开再煮三分钟，捞出来就没有那股麻口的感觉了。",
            "第三个要点是小火慢炖。大火烧开以后转最小的火，盖子留一条缝，炖足一个半小时，中途不要加冷水。",
        ],
    ),
    (
        "周末去看了油菜花",
        "2023年3月26日",
        [
            "周六一早开车去了城东的花田，八点多到的时候停车场已经快满了，田埂上全是拍照的人。",
            "花开得正好，一眼望过去金黄一片，风一吹香味很浓。带去的小板凳派上了用场，坐在田边吃了顿简单的早饭。",
            "回来的路上买了两把新鲜的菜薹，晚上清炒了一盘，比菜市场买的嫩多了。",
        ],
    ),
    (
        "家里的烤箱终于修好了",
        "2023年3月19日",
        [
            "用了六年的烤箱上个月突然不加热了，打电话问了售后，说是温控器坏了，换一个要一百二十块。",
            "师傅上门换好以后试烤了一盘小饼干，温度很准，颜色也均匀，总算可以继续做面包了。",
            "下周打算试试全麦的配方，做成了再来写。",
        ],
    ),
]


def blog_index():
    arts = []
    for i, (t, d, paras) in enumerate(POSTS):
        ps = "".join(f"<p>{esc(p)}</p>\n" for p in paras)
        arts.append(
            f"""<article id="post-{310 - i}" class="post type-post status-publish hentry">
<header class="entry-header"><h2 class="entry-title"><a href="/archives/{310 - i}" rel="bookmark">{esc(t)}</a></h2>
<div class="entry-meta"><span class="posted-on">发布于 {d}</span> <span class="byline">作者：小林</span></div></header>
<div class="entry-content">
{ps}</div>
<footer class="entry-footer"><span class="cat-links">分类：<a href="/category/life">生活</a></span> <span class="comments-link"><a href="/archives/{310 - i}#comments">{3 - i}条评论</a></span></footer>
</article>
"""
        )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>慢火厨房 - 又一个博客</title>
<meta property="og:type" content="website">
<meta property="og:site_name" content="慢火厨房">
</head><body class="home blog">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">慢火厨房</a></p>
<p class="site-description">一日三餐，慢慢来</p>
<nav class="main-navigation"><ul><li><a href="/">首页</a></li><li><a href="/category/life">生活</a></li><li><a href="/category/food">菜谱</a></li><li><a href="/about">关于</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
{"".join(arts)}<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span> <a class="page-numbers" href="/page/2">2</a> <a class="page-numbers" href="/page/3">3</a> <a class="next page-numbers" href="/page/2">下一页</a></div></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2><ul>
{"".join(f'<li><a href="/archives/{310 - i}">{esc(t)}</a></li>' for i, (t, _, _) in enumerate(POSTS))}
</ul></section></aside></div>
<footer class="site-footer"><p>自豪地采用 WordPress</p></footer></div></body></html>
"""
    t, d, paras = POSTS[0]
    write(
        "blog_05_index",
        "utf-8",
        page,
        truth(
            "blog", "utf-8", t, "2023-04-02", paras,
            "A blog's front page with three full posts (title link, date line, text, footer each): "
            "the first post is the body and the title, the later ones are not. kind blog_post.",
            "blog_post",
            author="小林",
        ),
    )


# 2. An old Discuz! 6 printable thread: posts are plain divs with a
# `发表于` line and no class names that say post or comment.
THREAD_TITLE = "老房子换水管的经历，供参考"
FIRST = [
    "家里是九十年代的老房子，镀锌水管用了二十多年，水龙头一开先流黄水，上个月终于下决心全部换掉。",
    "先说材料。问了三家，最后选的是PPR管，冷热水分开走，热水管用厚一档的，总共花了两千出头，包括人工。",
    "再说施工。师傅一天半干完，走顶不走地，以后漏水好查。打压测试保压半小时，压力表一点没掉，我才放心。",
    "最后提醒一句，换之前一定拍照记下原来的走向，封墙以前也拍一遍，以后挂东西打孔心里有数。",
]
REPLIES = [
    ("水电小王", "2014-8-3 21:07", "走顶确实好，就是吊顶要留检修口，不然以后还是麻烦。"),
    ("青石巷", "2014-8-3 22:15", "请问打压测试是师傅自带的工具吗？我家下个月也准备换。"),
    ("楼主回复", "2014-8-4 08:02", "是师傅带的，手动打压泵，几分钟就弄好了。"),
]


def forum_thread():
    def post(floor, who, when, paras):
        text = "<br />\r\n<br />\r\n".join(esc(p) for p in paras)
        return f"""<div style="margin:8px 0;border-top:1px solid #ccc">
<div><b>{esc(who)}</b> {floor}</div>
<div>发表于 {when}</div>
<div style="padding:6px;font-size:14px">{text}</div>
</div>
"""

    posts = [post("楼主", "老周的小屋", "2014-8-3 20:41", FIRST)]
    for k, (who, when, text) in enumerate(REPLIES, start=2):
        posts.append(post(f"{k}楼", who, when, [text]))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(THREAD_TITLE)} - 装修经验 - 江湾家园论坛 - Powered by Discuz!</title></head>
<body>
<div><a href="index.php">江湾家园论坛</a> &raquo; <a href="forumdisplay.php?fid=12">装修经验</a> &raquo; {esc(THREAD_TITLE)}</div>
<h1 style="font-size:16px">{esc(THREAD_TITLE)}</h1>
<div>查看: 1362 | 回复: 3</div>
{"".join(posts)}
<div><a href="viewthread.php?tid=88231&amp;page=2">下一页</a></div>
<div>Powered by Discuz! 6.0.0 &copy; 2001-2007 Comsenz Inc.</div>
</body></html>
"""
    write(
        "discuz_04_thread",
        "gbk",
        page,
        truth(
            "discuz", "gbk", THREAD_TITLE, "2014-08-03 20:41:00", FIRST,
            "A printable Discuz! 6 thread (GBK): posts are unnamed divs, each opened by a floor "
            "(楼主, 2楼) and a 发表于 line. The first post is the body; the replies and their "
            "later dates are not. kind forum_thread.",
            "forum_thread",
        ),
    )


# 3. A county government's notice channel: a list of dated links, a pager.
ITEMS = [
    ("关于做好今年秋季开学校车安全检查的通知", "2021-08-27"),
    ("县农业农村局关于秋粮收购工作的公告", "2021-08-25"),
    ("城东片区临时停水的通知", "2021-08-24"),
    ("关于公布第三批县级非物质文化遗产名录的通知", "2021-08-20"),
    ("县医保局关于调整门诊慢性病认定时间的公告", "2021-08-18"),
    ("关于开展夏季消防安全大检查的通知", "2021-08-16"),
    ("县图书馆暑期开放时间调整公告", "2021-08-12"),
    ("关于征集民生实事项目意见建议的公告", "2021-08-10"),
    ("县交通运输局关于部分公交线路临时绕行的通知", "2021-08-06"),
    ("关于做好防汛抗旱工作的紧急通知", "2021-08-03"),
    ("县市场监管局关于开展食品安全抽检的公告", "2021-07-30"),
    ("关于举办第五届农民丰收节的通知", "2021-07-28"),
    ("县人社局关于发放一次性稳岗补贴的公告", "2021-07-26"),
    ("关于公布县级文明单位复查结果的通知", "2021-07-21"),
]


def channel_list():
    lis = "\n".join(
        f'<li><span class="date">{d}</span><a href="/art/{d.replace("-", "/")}/art_{1200 + k}.html" '
        f'title="{esc(t)}" target="_blank">{esc(t)}</a></li>'
        for k, (t, d) in enumerate(ITEMS)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>通知公告_青溪县人民政府</title></head>
<body>
<div class="head"><div class="logo">青溪县人民政府</div>
<div class="nav"><a href="/">首页</a> <a href="/col/zwgk/">政务公开</a> <a href="/col/tzgg/">通知公告</a> <a href="/col/bsfw/">办事服务</a> <a href="/col/hdjl/">互动交流</a></div></div>
<div class="main">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/col/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="lm_title"><h2>通知公告</h2></div>
<div class="lm_list"><ul>
{lis}
</ul></div>
<div class="pagebar">共 86 条 1/7 页 <a href="?page=1">首页</a> <a href="?page=2">下一页</a> <a href="?page=7">尾页</a></div>
</div>
<div class="foot">主办：青溪县人民政府办公室 &nbsp; 地址：青溪县人民路1号 &nbsp; 电话：0000-1234567</div>
</body></html>
"""
    write(
        "gov_04_list",
        "gbk",
        page,
        truth(
            "gov", "gbk", "通知公告", None, [],
            "A county government's notice channel (GBK, declared gb2312): fourteen dated links "
            "and a pager. kind list, an empty body, no publication time.",
            "list",
        ),
    )


# 4. A news article whose content element also holds a font-size bar, a
# read-the-rest wall, a pager and a comment box with all its controls.
ART_TITLE = "老街菜市场改造完工 摊位统一换上电子秤"
ART = [
    "记者昨日从区商务局获悉，历时四个月改造的老街菜市场已经完工，二百一十个摊位统一换上了可追溯的电子秤，周一起恢复营业。",
    "改造后的市场分成蔬菜、肉禽、水产和熟食四个区域，地面重新做了防滑处理，顶棚加装了排风扇，夏天不再闷热。",
    "摊主陈阿姨在这里卖了十五年豆腐，她说新秤每一笔都能打小票，顾客买得放心，自己对账也方便多了。",
    "区商务局相关负责人表示，接下来还将对另外两处老市场进行改造，争取年底前全部完成。",
]
COMMENTS = [
    ("网友青柠", "2022-06-08 09:12", "终于修好了，以前下雨天进去一脚泥。"),
    ("老街住户", "2022-06-08 10:40", "希望价格别跟着涨，摊位费要管住。"),
    ("路过的猫", "2022-06-08 11:03", "周末去看看，听说熟食区搬到门口了。"),
]


def comments_page():
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in ART[:2])
    more = "\n".join(f"<p>{esc(p)}</p>" for p in ART[2:])
    cmts = "\n".join(
        f'<div class="c-item"><div class="c-user">{esc(u)}</div><div class="c-time">{t}</div>'
        f'<div class="c-text">{esc(x)}</div><div class="c-act">回复 点赞</div></div>'
        for u, t, x in COMMENTS
    )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(ART_TITLE)}_网易新闻</title>
<meta name="description" content="老街菜市场改造完工。">
</head><body>
<div class="N-nav-channel"><a href="/">网易首页</a> <a href="/news/">新闻</a> <a href="/local/">本地</a></div>
<div class="post_main">
<div class="post_title"><h1>{esc(ART_TITLE)}</h1></div>
<div class="post_info">2022-06-08 08:30:12　来源: <a href="#">江城晚报</a></div>
<div class="post_box">
<div>字号：大 中 小</div>
<div class="post_body">
{paras}
<p>打开网易新闻APP，阅读全文</p>
{more}
</div>
<div>1 2 下一页</div>
<div class="tie-box">
<div>网友评论</div>
<div>评论（3）</div>
<div>最热 最早 最新</div>
{cmts}
<div><textarea></textarea></div>
<div>已输入0字</div>
<div>发表评论</div>
<div>查看更多评论</div>
</div>
</div>
</div>
<div class="post_statement">本文来源：江城晚报 责任编辑：王小明_NB1234</div>
<div class="N-footer">网易公司版权所有 &copy;1997-2022</div>
</body></html>
"""
    write(
        "163_08_comments",
        "utf-8",
        page,
        truth(
            "163", "utf-8", ART_TITLE, "2022-06-08 08:30:12", ART,
            "An article whose content box also holds a font-size bar, an app read-the-rest wall "
            "in the middle of the text, a pager, and a comment area with no class names that "
            "say comment: 网友评论, 评论（3）, 最热 最早 最新, three dated comments with 回复 点赞, "
            "已输入0字, 发表评论, 查看更多评论. None of it is body.",
            "article",
            origin="江城晚报",
        ),
    )


if __name__ == "__main__":
    blog_index()
    forum_thread()
    channel_list()
    comments_page()
