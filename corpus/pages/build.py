#!/usr/bin/env python3
"""Render corpus/pages/*.html and their truth *.json.

All article text, list titles and spam wording live in articles.py,
articles2.py and articles3.py and were
written by hand for this corpus (nothing is copied from real pages).  This
script only wraps that content in ten site layouts and writes the bytes in
the page's real encoding (UTF-8 or GBK).  The truth JSON is derived from the
same source strings, so body paragraphs and the HTML can never drift apart.

    python3 corpus/pages/build.py          # rewrite every page + json
    python3 corpus/pages/build.py --check  # only validate what is on disk
"""
import datetime
import html as _html
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

WS = " \t\r\n\u3000\xa0"


def visible(src):
    """Visible text of an inline-HTML paragraph, as the truth JSON wants it."""
    t = re.sub(r"<[^>]+>", "", src)
    t = _html.unescape(t).replace("\xa0", " ")
    return t.strip(WS)


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


# ---------------------------------------------------------------- helpers


def split_dt(dt):
    """'2024-03-05 14:22:00' -> (y, m, d, 'HH:MM:SS' or None)."""
    y, m, d = dt[:10].split("-")
    return y, m, d, (dt[11:] if len(dt) > 10 else None)


def iso(dt):
    y, m, d, t = split_dt(dt)
    return f"{y}-{m}-{d}T{t or '00:00:00'}+08:00"


def nav_links(names, base="/"):
    return "".join(f'<a href="{base}{i:02d}/" target="_blank">{esc(n)}</a>' for i, n in enumerate(names))


def nid(p, n=6, salt=""):
    """Stable pseudo-random digits for ids/urls, derived from the page name."""
    v = zlib.crc32((p["name"] + salt).encode())
    return str(v).rjust(10, "7")[:n]


def hexid(p, n=8):
    return format(zlib.crc32(p["name"].encode()), "08X")[:n]


ITEM_URL = {
    "sina": "https://finance.sina.com.cn/roll/{y}-{m}-{d}/doc-imhq{id}.shtml",
    "163": "https://www.163.com/news/article/{hx}{id}.html",
    "qq": "https://new.qq.com/rain/a/{y}{m}{d}A0{id}00",
    "people": "http://politics.people.com.cn/n1/{y}/{m}{d}/c1001-{id}.html",
    "xinhua": "http://www.news.cn/politics/{y}-{m}/{d}/c_11{id}.htm",
    "hijacked": "/news/{y}{m}/{id}.html",
    "blog": "/{y}/{m}/{id}/",
    "gov": "/zwgk/tzgg/{y}{m}/t{y}{m}{d}_{id}.html",
    "discuz": "thread-{id}-1-1.html",
    "dede": "/a/{hx}/{y}{m}{d}/{id}.html",
}


def item_href(page, li, i, it):
    if it.get("href"):
        return it["href"]
    y, m, d, _ = split_dt(page["published"])
    return ITEM_URL[page["template"]].format(y=y, m=m, d=d, id=nid(page, 7, f"{li}.{i}"), hx=hexid(page, 4))


def render_items(page, L, li):
    """One list (related / hot / recommended ...) in the requested micro-layout."""
    style = L.get("style", "li")
    out = []
    for i, it in enumerate(L["items"]):
        h = item_href(page, li, i, it)
        t = esc(it["t"])
        s = esc(it["s"]) if it.get("s") else ""
        d = it.get("d")
        if style == "li":
            ds = f'<span class="time">{d}</span>' if d else ""
            out.append(f'<li><a href="{h}" target="_blank">{t}</a>{ds}</li>')
        elif style == "li_p":
            out.append(f'<li><a href="{h}" target="_blank">{t}</a><p>{s}</p></li>')
        elif style == "dl":
            out.append(f'<dl><dt><a href="{h}" target="_blank">{t}</a></dt><dd>{s}</dd></dl>')
        elif style == "rank":
            out.append(f'<li><em class="num">{i + 1}</em><a href="{h}" target="_blank">{t}</a></li>')
        elif style == "qq":
            src = esc(it.get("src", "腾讯新闻"))
            out.append(
                f'<li class="item"><a href="{h}" target="_blank"><img class="pic" src="//inews.gtimg.com/news_bt/{i}{li}.jpg" alt="">'
                f'<div class="title">{t}</div></a><div class="info"><span class="source">{src}</span>'
                f'<span class="cmt">{(i * 37) % 200 + 3}评</span></div></li>'
            )
        else:
            raise ValueError(style)
    body = "\n".join(out)
    if style == "dl":
        return body
    tag = "ol" if style == "rank" else "ul"
    return f"<{tag}>\n{body}\n</{tag}>"


def classed(list_html, cls):
    """Put a class on the outer <ul>/<ol> of a rendered list."""
    return re.sub(r"^<(ul|ol)>", lambda m: f'<{m.group(1)} class="{cls}">', list_html)


def lists_at(page, pos):
    return [(i, L) for i, L in enumerate(page.get("lists", [])) if L.get("pos", "main") == pos]


def hidden_at(page, pos):
    return "\n".join(h[0] for h in page.get("hidden", []) if h[2] == pos)


def charset_meta(page, default):
    c = page.get("charset_html")
    return default if c is None else c


def comments_html(page, item_fmt):
    return "\n".join(item_fmt.format(u=esc(c[0]), t=esc(c[1]), i=i) for i, c in enumerate(page.get("comments", [])))


def pn_item(x):
    """A previous/next entry: a plain title (genuine), an H(...)/S(...) dict,
    or None (the CMS prints 没有了).  Returns (title or None, spam key or None)."""
    if x is None:
        return None, None
    if isinstance(x, str):
        return x, None
    return x["t"], x.get("spam")


def headline(p):
    """The headline as the page prints it: an injected tag (h1_tag) goes first."""
    return p.get("h1_tag", "") + p["title"]


def set_head_title(text, p):
    """A hijacked <title>: head_title replaces the whole <title> text."""
    if not p.get("head_title"):
        return text
    new, n = re.subn(r"<title>.*?</title>", lambda m: f"<title>{esc(p['head_title'])}</title>", text, count=1, flags=re.S)
    assert n == 1, p["name"]
    return new


# Paragraph kinds in articles.py:
#   "text"                         ordinary paragraph (may hold inline tags/entities)
#   ("spam", "text", key)          injected spam paragraph, rendered like the rest
#   ("img", "url", "caption")      image (+ caption, never part of the truth body)
#   ("hidden", "<p hidden>..", key) hidden spam element inside the body


def body_html(page, p_fmt, img_fmt, joiner="\n"):
    out = []
    for para in page["paras"]:
        if isinstance(para, str):
            out.append(p_fmt.format(x=para))
        elif para[0] == "spam":
            out.append(p_fmt.format(x=para[1]))
        elif para[0] == "img":
            out.append(img_fmt.format(src=para[1], cap=esc(para[2])))
        elif para[0] == "hidden":
            out.append(para[1])
        else:
            raise ValueError(para)
    return joiner.join(out)


# ---------------------------------------------------------------- templates


def t_sina(p):
    y, m, d, t = split_dt(p["published"])
    o = p.get("opts", {})
    ind = "　　" if o.get("indent", True) else ""
    body = body_html(
        p,
        '<p cms-style="font-L">' + ind + "{x}</p>",
        '<div class="img_wrapper"><img src="{src}" alt="" /><span class="img_descr">{cap}</span></div>',
    )
    rel = "\n".join(
        f'<div class="related-news" id="related{i}"><div class="hd"><h3>{esc(L["head"])}</h3></div>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<div class="side-box hot-news"><div class="tit"><h4>{esc(L["head"])}</h4></div>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "side")
    )
    cm = comments_html(
        p,
        '<li class="cmnt-item"><div class="cmnt-user"><span class="name">{u}</span></div><div class="cmnt-txt"><p>{t}</p></div><div class="cmnt-tools"><a href="javascript:;">回复</a> <a href="javascript:;">赞({i})</a></div></li>',
    )
    crumbs = p.get("crumbs", ["新浪财经", "滚动新闻"])
    return f"""<!DOCTYPE html>
<!-- [ published at {y}-{m}-{d} {t} ] -->
<html>
<head>
{charset_meta(p, '<meta charset="utf-8"/>')}
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(p['title'])}_{esc(p.get('site', '新浪财经_新浪网'))}</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}" />
<meta name="description" content="{attr(visible(p['paras'][0]))[:80]}" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{attr(p['title'])}" />
<meta property="og:url" content="https://finance.sina.com.cn/{y}-{m}-{d}/doc-imhq{nid(p, 7)}.shtml" />
<meta property="article:published_time" content="{iso(p['published'])}" />
<link rel="stylesheet" type="text/css" href="//n.sinaimg.cn/finance/fin_article/css/main.css" />
<style type="text/css">
  .main-title{{font-size:38px;line-height:50px;color:#000;font-weight:normal}}
  .date-source .date{{color:#888;margin-right:10px}}
  #artibody p{{font-size:16px;line-height:1.9;margin:0 0 18px}}
  .article-editor{{text-align:right;color:#666}}
</style>
<script type="text/javascript">
  var ARTICLE_DATA = {{"docid":"doc-imhq{nid(p, 7)}","channel":"finance","title":"{p['title'].replace('"', "'")}","source":"{p.get('origin') or ''}"}};
  var $CONFIG = {{}}; $CONFIG.pageLevel = 3;
</script>
<script type="text/javascript" src="//n.sinaimg.cn/common/js/jquery.min.js"></script>
</head>
<body>
<div class="top-nav" id="SI_Top_Nav">
  <div class="top-nav-wrap">
    <div class="tn-links">{nav_links(['新浪首页', '新闻', '体育', '财经', '娱乐', '科技', '博客', '图片', '专栏', '汽车', '教育', '时尚', '女性', '星座', '健康', '房产', '更多'], '//www.sina.com.cn/')}</div>
    <div class="tn-user"><a href="//login.sina.com.cn/" class="tn-login">登录</a> | <a href="//login.sina.com.cn/signup/">注册</a> | <a href="//weibo.com/">微博</a></div>
  </div>
</div>
<div class="sina-header"><a href="//finance.sina.com.cn/" class="logo">新浪财经</a>
  <div class="channel-nav">{nav_links(['首页', '股票', '基金', '期货', '外汇', '黄金', '债券', '理财', '银行', '保险', '信托', '港股', '美股', '7x24'], '//finance.sina.com.cn/')}</div>
</div>
<div class="sinaads" id="ad_top_banner" data-ad-pdps="PDPS000000056054"><ins class="sinaads-fixed"><a href="//sax.sina.com.cn/click?type=banner"><img src="//d1.sina.com.cn/201905/banner_1000x90.jpg" alt="广告"/></a></ins></div>
{hidden_at(p, 'top')}
<div class="main-content w1240">
  <div class="path"><a href="//finance.sina.com.cn/">{esc(crumbs[0])}</a> &gt; <a href="//finance.sina.com.cn/roll/">{esc(crumbs[1])}</a> &gt; <span>正文</span></div>
  <h1 class="main-title">{esc(p['title'])}</h1>
  <div class="top-bar-wrap"><div class="top-bar">
    <div class="date-source">
      <span class="date">{y}年{m}月{d}日 {t[:5]}</span>
      <a href="https://finance.sina.com.cn/" class="source" target="_blank" rel="nofollow">{esc(p['origin'])}</a>
    </div>
    <div class="share" id="shareTop">分享到：<a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="qzone">QQ空间</a><a href="javascript:;" class="copylink">复制链接</a></div>
  </div></div>
  <div class="article-content clearfix">
  <div class="article-content-left">
    <div class="article" id="artibody" data-sudaclick="blk_content">
<!-- 正文内容 begin -->
{body}
<!-- 正文内容 end -->
    </div>
    <div class="article-notice">
      <p>新浪声明：本页内容由合作媒体提供，新浪转载此文仅为向用户提供更多信息参考，不代表新浪认可其观点或对其真实性负责。内容不构成任何投资建议，据此操作风险自担。</p>
    </div>
    <div class="article-editor">责任编辑：{esc(p['editor'])}</div>
    <div class="article-bottom"><div class="share">分享到：<a href="javascript:;">微博</a><a href="javascript:;">微信</a><a href="javascript:;">QQ空间</a></div><div class="feedback"><a href="//finance.sina.com.cn/feedback/">我要反馈</a></div></div>
    <div class="appqr"><img src="//n.sinaimg.cn/finance/app_qr.png" alt=""/><p>海量资讯、精准解读，尽在新浪财经APP</p></div>
{rel}
    <div class="comment-box" id="comment">
      <div class="cmnt-hd"><span class="cmnt-title">我要评论</span><span class="cmnt-count">网友评论 <em>{len(p.get('comments', [])) * 7 + 3}</em> 条</span></div>
      <div class="cmnt-post"><textarea placeholder="说点什么吧"></textarea><a href="javascript:;" class="btn-post">发布</a></div>
      <ul class="cmnt-list">
{cm}
      </ul>
      <div class="cmnt-more"><a href="//comment5.news.sina.com.cn/">查看更多评论</a></div>
    </div>
  </div>
  <div class="article-content-right">
    <div class="sinaads" id="ad_right_1" data-ad-pdps="PDPS000000057134"></div>
{side}
  </div>
  </div>
</div>
{hidden_at(p, 'bottom')}
<div class="footer" id="footer">
  <p><a href="//corp.sina.com.cn/chn/">新浪简介</a> | <a href="//corp.sina.com.cn/eng/">About Sina</a> | <a href="//emarketing.sina.com.cn/">广告服务</a> | <a href="//www.sina.com.cn/contactus.html">联系我们</a> | <a href="//career.sina.com.cn/">招聘信息</a> | <a href="//www.sina.com.cn/intro/lawfirm.shtml">网站律师</a> | <a href="//english.sina.com">SINA English</a> | <a href="//members.sina.com.cn/apply/">通行证注册</a> | <a href="//help.sina.com.cn/">产品答疑</a></p>
  <p>Copyright &copy; 1996-{y} SINA Corporation, All Rights Reserved</p>
  <p>新浪公司 版权所有 京ICP证000000号 京公网安备 11000000000000号</p>
</div>
<script type="text/javascript">sinaads.push({{"element":"ad_right_1"}});</script>
</body>
</html>
"""


def t_163(p):
    y, m, d, t = split_dt(p["published"])
    body = body_html(
        p,
        '<p id="{pid}">{{x}}</p>'.format(pid="1A2B"),  # same id on purpose, like the CMS does
        '<p class="f_center"><img src="{src}" alt=""/><br/>{cap}</p>',
    )
    hot = "\n".join(
        f'<div class="post_recommends hot_news"><h3 class="post_recommends_title">{esc(L["head"])}</h3>\n{classed(render_items(p, L, i), L.get("cls", "hot_list"))}\n</div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<div class="post_side_mod"><h4 class="post_side_mod_title">{esc(L["head"])}</h4>\n<div class="mod_rank">{render_items(p, L, i)}</div></div>'
        for i, L in lists_at(p, "side")
    )
    cm = comments_html(
        p,
        '<div class="tie-item"><div class="tie-author">网易{u}网友</div><div class="tie-cnt">{t}</div><div class="tie-op"><a href="javascript:;">顶</a> <a href="javascript:;">回复</a></div></div>',
    )
    return f"""<!DOCTYPE HTML>
<html id="ne_wrap">
<head>
{charset_meta(p, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')}
<title>{esc(p['title'])}_{esc(p.get('site', '网易新闻'))}</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}"/>
<meta name="description" content="{attr(visible(p['paras'][0]))[:70]}"/>
<meta property="article:published_time" content="{iso(p['published'])}" />
<link href="https://static.ws.126.net/cnews/css13/post2020.css" rel="stylesheet" type="text/css" />
<script>
  var NTESCommonData = {{ docid: "{hexid(p)}0001{hexid(p, 4)}", channelName: "news" }};
  (function(){{ var s = document.createElement("script"); s.src = "https://static.ws.126.net/f2e/libs/tongji.js"; document.head.appendChild(s); }})();
</script>
<style>.post_body p{{text-indent:2em;line-height:2}} .post_statement{{color:#999;font-size:12px}}</style>
</head>
<body>
<div class="N-nav-top">
  <div class="N-nav-top-left"><a href="https://www.163.com/">网易首页</a> <a href="https://www.163.com/#f=topnav">应用</a> <a href="https://mail.163.com/">网易邮箱</a> <a href="https://vip.163.com/">邮箱会员</a></div>
  <div class="N-nav-top-right"><a href="javascript:;" id="js_N_nav_login_title">登录</a> <a href="https://reg.163.com/">注册免费邮箱</a> <a href="https://www.163.com/app">移动端</a></div>
</div>
<div class="N-nav-channel JS_NTES_LOG_FE">{nav_links(['新闻', '体育', 'NBA', '娱乐', '财经', '股票', '汽车', '科技', '手机', '数码', '女人', '旅游', '房产', '家居', '教育', '读书', '健康', '彩票', '车险', '海淘', '发现'], 'https://www.163.com/')}</div>
{hidden_at(p, 'top')}
<div class="container clearfix">
<div class="post_main">
  <div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="https://news.163.com/">{esc(p.get('channel', '新闻中心'))}</a> &gt; <a href="https://news.163.com/domestic/">{esc(p.get('column', '国内新闻'))}</a> &gt; 正文</div>
  <div class="post_title"><h1>{esc(p['title'])}</h1></div>
  <div class="post_info">
    {y}-{m}-{d} {t}　来源: <a href="https://news.163.com/" target="_blank">{esc(p['origin'])}</a>
    <a href="#post_comment_area" class="post_comment_tiecount">跟贴 <span>{len(p.get('comments', [])) * 113 + 9}</span> 人参与</a>
  </div>
  <div class="post_content" id="content">
    <div class="post_body">
{body}
    </div>
    <div class="post_statement"><p>特别声明：本文为网易转载的合作媒体内容，仅代表作者观点，网易仅提供信息发布平台。如涉及版权问题，请与我们联系处理。</p></div>
    <div class="post_author">本文来源：{esc(p['origin'])}　责任编辑：{esc(p['editor'])}</div>
  </div>
  <div class="post_share">分享到：<a href="javascript:;" class="share_weixin">微信</a><a href="javascript:;" class="share_weibo">微博</a><a href="javascript:;" class="share_qzone">QQ空间</a></div>
  <div class="post_comment" id="post_comment_area">
    <h3 class="tie-title">网友评论 <span>文明上网理性发言，请遵守新闻评论服务协议</span></h3>
    <div class="tie-input"><textarea>我来说两句…</textarea><a href="javascript:;" class="tie-btn">发表跟贴</a></div>
{cm}
  </div>
{hot}
</div>
<div class="post_side">
  <div class="post_side_ad" id="side_ad_1"><a href="https://gb.corp.163.com/"><img src="https://nimg.ws.126.net/ad/300x250.jpg" alt="广告"/></a></div>
{side}
</div>
</div>
{hidden_at(p, 'bottom')}
<div class="N-nav-bottom">
  <div class="N-nav-bottom-main">
    <a href="https://corp.163.com/">关于网易</a> - <a href="https://corp.163.com/eng/">About NetEase</a> - <a href="https://gb.corp.163.com/gb/legal.html">公司版权</a> - <a href="https://help.163.com/">帮助中心</a> - <a href="https://corp.163.com/gb/contactus.html">联系我们</a> - <a href="https://hr.163.com/">网易招聘</a>
  </div>
  <p class="N-nav-bottom-copyright">网易公司版权所有 &copy;1997-{y}　粤B2-00000000号　浙公网安备 33000000000000号</p>
</div>
</body>
</html>
"""


def t_qq(p):
    y, m, d, t = split_dt(p["published"])
    body = body_html(
        p,
        '<p class="one-p">{x}</p>',
        '<p class="one-p"><img class="content-picture" src="{src}" alt=""></p><p class="one-p img-desc">{cap}</p>'
        if p.get("opts", {}).get("caption_p")
        else '<div class="qnt-image"><img class="content-picture" src="{src}" alt=""><span class="qnt-image-desc">{cap}</span></div>',
    )
    main = "\n".join(
        f'<div class="{L.get("cls", "guess-like")}" id="guess{i}"><h3 class="mod-title">{esc(L["head"])}</h3>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<div class="hot-rank"><h3 class="mod-title">{esc(L["head"])}</h3>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "side")
    )
    cm = comments_html(
        p,
        '<div class="comment-item"><span class="nick">{u}</span><p class="c-text">{t}</p><span class="c-up">{i}赞</span></div>',
    )
    tags = "".join(f'<a href="https://new.qq.com/tag/{i}">{esc(x)}</a>' for i, x in enumerate(p.get("tags", [])))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta(p, '<meta charset="utf-8">')}
<title>{esc(p['title'])}_{esc(p.get('site', '腾讯新闻'))}</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}">
<meta name="description" content="{attr(visible(p['paras'][0]))[:70]}">
<meta name="apub:time" content="{p['published']}">
<meta property="article:published_time" content="{iso(p['published'])}">
<meta property="og:site_name" content="腾讯网">
<link rel="stylesheet" href="https://mat1.gtimg.com/pingjs/ext2020/newom/build/static/css/main.css">
<script>
window.DATA = {{"article_id":"{y}{m}{d}A0{nid(p, 4)}00","title":"{p['title'].replace('"', "'")}","media":"{p['origin']}","pubtime":"{p['published']}","catalog1":"{p.get('catalog', 'news')}","tags":"{','.join(p.get('tags', []))}"}};
</script>
<script src="https://mat1.gtimg.com/libs/jquery/1.12.0/jquery.min.js"></script>
<style>.content-article .one-p{{margin-bottom:24px;line-height:30px;font-size:18px}}</style>
</head>
<body>
<div class="qq-top">
  <div class="qq-top-nav">{nav_links(['腾讯网', '新闻', '视频', '图片', '军事', '体育', 'NBA', '娱乐', '财经', '科技', '时尚', '汽车', '房产', '教育', '文化', '游戏', '星座', '健康'], 'https://new.qq.com/ch/')}</div>
  <div class="qq-login"><a href="javascript:;" id="loginBtn">登录</a></div>
</div>
{hidden_at(p, 'top')}
<div class="qq-main">
  <div class="LEFT">
    <h1>{esc(p['title'])}</h1>
    <div class="media-info">
      <a class="media-name" href="https://new.qq.com/omn/author/{nid(p, 8, 'au')}" target="_blank">{esc(p['origin'])}</a>
      <span class="media-time">{y}-{m}-{d} {t[:5]}</span>
      <a class="media-follow" href="javascript:;">+关注</a>
    </div>
    <div class="content clearfix">
      <div class="content-article">
{body}
      </div>
      <div class="qq_editor">责任编辑：{esc(p['editor'])}</div>
    </div>
    <div class="article-tags">标签：{tags}</div>
    <div class="share-bar"><span>分享：</span><a href="javascript:;">QQ好友</a><a href="javascript:;">微信</a><a href="javascript:;">朋友圈</a><a href="javascript:;">QQ空间</a><a href="javascript:;">微博</a></div>
    <div id="Comment" class="comment-mod">
      <div class="comment-title">评论 <span class="comment-num">{len(p.get('comments', [])) * 21 + 4}</span></div>
      <div class="comment-input"><textarea placeholder="快来发表你的评论吧"></textarea><button>发表</button></div>
{cm}
    </div>
{main}
  </div>
  <div class="RIGHT">
    <div class="right-ad" id="ad_rt_1"><a href="https://e.qq.com/"><img src="https://pgdt.gtimg.cn/gdt/0/DAA.jpg" alt="广告"></a></div>
{side}
  </div>
</div>
{hidden_at(p, 'bottom')}
<div class="qq-footer">
  <p><a href="https://www.tencent.com/">关于腾讯</a> | <a href="https://www.tencent.com/en-us/">About Tencent</a> | <a href="https://www.qq.com/contract.shtml">服务协议</a> | <a href="https://www.qq.com/privacy.htm">隐私政策</a> | <a href="https://open.qq.com/">开放平台</a> | <a href="https://careers.tencent.com/">广告服务</a> | <a href="https://kf.qq.com/">客服中心</a></p>
  <p>Copyright &copy; 1998 - {y} Tencent. All Rights Reserved</p>
  <p>腾讯公司 版权所有　粤B2-00000000　粤公网安备44000000000000号</p>
</div>
</body>
</html>
"""


def t_people(p):
    y, m, d, t = split_dt(p["published"])
    o = p.get("opts", {})
    body = body_html(
        p,
        '<p style="text-indent: 2em;">{x}</p>' if not o.get("indent_chars") else "<p>　　{x}</p>",
        '<table width="450" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td align="center"><img src="{src}" width="450" alt="" /></td></tr><tr><td align="center" class="picdesc"><font class="p_pic">{cap}</font></td></tr></table>',
    )
    rel = "\n".join(
        f'<div class="{L.get("cls", "rm_relevant")} cf"><div class="title">{esc(L["head"])}</div>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<div class="{L.get("cls", "rm_ranking")}"><h2>{esc(L["head"])}</h2>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "side")
    )
    ch = p.get("channel", "时政")
    extra_meta = '<meta http-equiv="Content-Language" content="utf-8" />\n' if o.get("content_language_trap") else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(p, '<meta http-equiv="Content-Type" content="text/html; charset=GB2312" />')}
{extra_meta}<title>{esc(p['title'])}--{esc(ch)}--人民网</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}" />
<meta name="description" content="{attr(visible(p['paras'][0]))[:60]}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="{nid(p, 4, 'cat')}" />
<meta name="contentid" content="{nid(p, 8)}" />
<meta name="publishdate" content="{y}-{m}-{d}" />
<meta name="source" content="来源：{attr(p['origin'])}" />
<link href="http://www.people.com.cn/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="http://www.people.com.cn/img/2020wbc/js/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">var _pageTitle = "{p['title'].replace('"', "'")}";</script>
</head>
<body>
<div class="header">
  <div class="w1000 cf"><div class="fl"><a href="http://www.people.com.cn/">人民网</a> &gt;&gt; <a href="http://politics.people.com.cn/">{esc(ch)}</a></div>
  <div class="fr"><a href="http://www.people.com.cn/login">登录</a> <a href="http://www.people.com.cn/reg">注册</a></div></div>
  <div class="nav w1000">{nav_links(['首页', '时政', '国际', '财经', '台湾', '军事', '观点', '领导', '人事', '理论', '法治', '社会', '产经', '教育', '科普', '体育', '文化', '书画', '健康', '生态', '旅游', '汽车', 'IT', '房产'], 'http://www.people.com.cn/')}</div>
</div>
{hidden_at(p, 'top')}
<div class="route w1000"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://politics.people.com.cn/">{esc(ch)}</a></div>
<div class="layout rm_txt cf">
  <div class="col col-1 fl">
    <h3 class="pre"></h3>
    <h1>{esc(p['title'])}</h1>
    <h4 class="sub"></h4>
    <p class="author"></p>
    <div class="channel cf">
      <div class="col-1-1 fl">{y}年{m}月{d}日{t[:5]} | 来源：<a href="http://paper.people.com.cn/" target="_blank">{esc(p['origin'])}</a></div>
      <div class="col-1-2 fr">分享到：<a href="javascript:;" class="wb">新浪微博</a> <a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="qz">QQ空间</a></div>
    </div>
    <div class="rm_txt_con cf">
{body}
      <div class="edit cf">(责编：{esc(p['editor'])})</div>
    </div>
    <div class="ad_below_text"><a href="http://ad.people.com.cn/"><img src="http://www.people.com.cn/img/ad/760x90.jpg" alt="" /></a></div>
{rel}
    <div class="rm_comment">
      <div class="title">网友留言</div>
      <p class="tip">留言须知：请遵守国家法律法规，文明上网，理性发言。</p>
      <textarea rows="5"></textarea><input type="submit" value="发表留言" />
    </div>
  </div>
  <div class="col col-2 fr">
{side}
  </div>
</div>
{hidden_at(p, 'bottom')}
<div class="footer">
  <p><a href="http://www.people.com.cn/GB/50142/104580/index.html">人民日报社概况</a> | <a href="http://www.people.com.cn/GB/50142/351324/index.html">关于人民网</a> | <a href="http://hr.people.com.cn/">报社招聘</a> | <a href="http://www.people.com.cn/GB/50142/370111/index.html">招聘英才</a> | <a href="http://www.people.com.cn/GB/50142/104580/">广告服务</a> | <a href="http://www.people.com.cn/GB/50142/370113/">合作加盟</a> | <a href="http://www.people.com.cn/GB/50142/370114/">供稿服务</a> | <a href="http://www.people.com.cn/GB/50142/370115/">网站声明</a> | <a href="http://www.people.com.cn/GB/50142/370116/">网站律师</a> | <a href="http://www.people.com.cn/GB/50142/370117/">联系我们</a></p>
  <p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
  <p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p>
</div>
</body>
</html>
"""


def t_xinhua(p):
    y, m, d, t = split_dt(p["published"])
    body = body_html(
        p,
        "<p>{x}</p>",
        '<p style="text-align: center;"><img id="pic1" src="{src}" alt="" /></p>\n<p style="text-align: center;"><span style="color: #000080;">{cap}</span></p>',
    )
    rel = "\n".join(
        f'<div class="{L.get("cls", "relatedNews")}"><div class="tit">{esc(L["head"])}</div>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<div class="columBox {L.get("cls", "hotList")}"><div class="col-tit"><span>{esc(L["head"])}</span></div>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "side")
    )
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(p, '<meta charset="utf-8">')}
<meta name="publishid" content="11{nid(p, 8)}.11.1001.1">
<meta name="pageid" content="11.1001.0.0.1100000.0.0.0.0.0.10000.{nid(p, 8)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(p['title'])}-新华网</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}">
<meta name="description" content="{attr(p['title'])}---{attr(visible(p['paras'][0]))[:60]}">
<link rel="stylesheet" href="//lib.xinhuanet.com/common/reset.css">
<link rel="stylesheet" href="//www.news.cn/detail2020/css/style.css">
<script src="//lib.xinhuanet.com/jquery/jquery1.12.4/jquery.min.js"></script>
<script>var shareTitle = "{p['title'].replace('"', "'")}"; var pubTime = "{y}-{m}-{d} {t}";</script>
</head>
<body>
<div class="topBar domPC">
  <div class="wrapper"><a class="logo" href="//www.news.cn/">新华网</a>
  <div class="nav">{nav_links(['首页', '时政', '国际', '财经', '思客', '网评', '军事', '体育', '科技', '教育', '健康', '法治', '文化', '旅游', '视频', '图片'], '//www.news.cn/')}</div>
  <div class="login"><a href="//my.news.cn/">登录</a></div></div>
</div>
{hidden_at(p, 'top')}
<div class="header domPC">
  <div class="header-top clearfix">
    <div class="header-time left"><span class="year"><em>{y}</em></span><span class="day"><em>{m}</em>/<em>{d}</em></span><span class="time">{t}</span></div>
    <div class="source">来源：{esc(p['origin'])}</div>
    <div class="head-share"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qz">QQ空间</a></div>
  </div>
  <div class="head-line clearfix">
    <h1><span class="title">{esc(p['title'])}</span><span class="btn-audio"></span></h1>
  </div>
</div>
<div class="main clearfix">
  <div class="main-left left">
    <div id="detail">
      <span id="detailContent">
{body}
      </span>
      <div id="articleEdit">
        <span class="tiyi1"><a href="javascript:void(0);" onclick="$('#adviceSug').show();">[纠错]</a></span>
        <span class="editor">【责任编辑:{esc(p['editor'])}】</span>
      </div>
    </div>
    <div class="bookShare"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a></div>
{rel}
  </div>
  <div class="main-right right">
    <div class="ad_right" id="ad_xh_1"><img src="//www.news.cn/titlepic/ad300.jpg" alt=""></div>
{side}
  </div>
</div>
{hidden_at(p, 'bottom')}
<div class="foot">
  <div class="foot-nav"><a href="//www.news.cn/aboutus.htm">关于我们</a> | <a href="//www.news.cn/contactus.htm">联系我们</a> | <a href="//www.news.cn/ad.htm">广告服务</a> | <a href="//www.news.cn/law.htm">法律声明</a> | <a href="//www.news.cn/jobs.htm">诚聘英才</a></div>
  <p>Copyright &copy; 2000-{y} XINHUANET.com All Rights Reserved.</p>
  <p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司　京ICP备00000000号</p>
</div>
</body>
</html>
"""


def t_hijacked(p):
    o = p.get("opts", {})
    y, m, d, t = split_dt(p["published"])
    show = o.get("show", "full")
    when = {"full": f"{y}-{m}-{d} {t}", "min": f"{y}-{m}-{d} {(t or '')[:5]}", "date": f"{y}-{m}-{d}"}[show]
    if show == "min":
        assert t and t.endswith(":00"), p["name"]
    if show == "date":
        assert t is None, p["name"]
    if o.get("br"):
        # one <p> per line is gone: the old CMS glued everything with <br />
        body = "<p>" + body_html(p, "　　{x}", '<img src="{src}" alt="" />', joiner="<br />\n") + "</p>"
    else:
        body = body_html(
            p,
            "<p>　　{x}</p>",
            '<p style="text-align:center"><img src="{src}" border="0" alt="" /></p><p style="text-align:center">{cap}</p>',
        )
    site = p["site"]
    title_html = f"<h1>{esc(headline(p))}</h1>" if o.get("h1", True) else esc(headline(p))

    def box(i, L):
        return f'<div class="{L["cls"]}">\n<div class="bt"><span>{esc(L["head"])}</span><a href="/list_{i}.html" class="more">更多&gt;&gt;</a></div>\n{render_items(p, L, i)}\n</div>'

    main = "\n".join(box(i, L) for i, L in lists_at(p, "main"))
    side = "\n".join(box(i, L) for i, L in lists_at(p, "side"))
    pn = p.get("prevnext")
    sxp = ""
    if pn:
        sxp = f'<div class="sxp"><p>上一篇：<a href="/news/{y}{m}/{nid(p, 4, "prev")}.html">{esc(pn_item(pn[0])[0])}</a></p><p>下一篇：<a href="/news/{y}{m}/{nid(p, 4, "next")}.html">{esc(pn_item(pn[1])[0])}</a></p></div>'
    au = f"　作者：{esc(p['author'])}" if p.get("author") else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(p, '<meta charset="utf-8" />')}
<title>{esc(headline(p))}-{esc(site)}</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}" />
<meta name="description" content="{attr(visible(p['paras'][0]))[:60]}" />
<link href="/skin/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/skin/js/common.js"></script>
<style type="text/css">.wznr p{{line-height:28px;font-size:15px}} .rmzx li p{{color:#999;font-size:12px}}</style>
</head>
<body>
<div class="top"><div class="w1000">
  <div class="top_l">欢迎访问{esc(site)}！今天是{y}年{int(m)}月{int(d)}日</div>
  <div class="top_r"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/member/login.php">登录</a> | <a href="/member/reg.php">注册</a></div>
</div></div>
<div class="logo w1000"><a href="/"><img src="/skin/images/logo.png" alt="{attr(site)}" /></a><div class="search"><form action="/search.php"><input type="text" name="q" value="请输入关键词" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1000">
{''.join(f'<li><a href="/{k}/">{n}</a></li>' for k, n in zip(['index', 'bdxw', 'zwgk', 'ms', 'jy', 'wl', 'bmfw', 'lxwm'], p.get('navs', ['网站首页', '本地新闻', '政务公开', '民生', '教育', '文旅', '便民服务', '联系我们'])))}
</ul></div>
{hidden_at(p, 'top')}
<div class="main w1000 clearfix">
<div class="left">
  <div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/bdxw/">{esc(p.get('column', '本地新闻'))}</a> &gt; 正文</div>
  <div class="wz">
    <div class="wzbt">{title_html}</div>
    <div class="wzxx">发布时间：{when}　来源：{esc(p['origin'])}{au}　浏览次数：<span id="hits"><script src="/plus/count.php?aid={nid(p, 4)}"></script></span></div>
    <div class="wznr">
{body}
    </div>
    <div class="fxan">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">新浪微博</a> <a href="javascript:;">QQ空间</a> <a href="javascript:;">腾讯微博</a></div>
    {sxp}
  </div>
{main}
</div>
<div class="right">
{side}
  <div class="gg"><a href="/ad/"><img src="/uploads/ad/300x200.gif" alt="" /></a></div>
</div>
</div>
{hidden_at(p, 'bottom')}
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
  <p>免责声明：本站部分内容来源于网络，转载目的在于传递更多信息，不代表本站观点。如有侵权请联系删除。</p>
  <p>版权所有 &copy; {y} {esc(site)}　地址：{esc(p.get('addr', '县城人民路88号'))}　电话：0000-0000000</p>
  <p>备案号：<a href="https://beian.miit.gov.cn/" target="_blank">{esc(p.get('icp', '某ICP备00000000号-1'))}</a>　技术支持：{esc(p.get('tech', '星辰网络'))}</p>
</div>
</body>
</html>
"""


def t_blog(p):
    y, m, d, t = split_dt(p["published"])
    body = body_html(
        p,
        "<p>{x}</p>",
        '<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" class="wp-image-88"/><figcaption class="wp-element-caption">{cap}</figcaption></figure>',
    )
    rel = "\n".join(
        f'<div class="{L.get("cls", "related-posts")}"><h3 class="related-title">{esc(L["head"])}</h3>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<section class="widget {L.get("cls", "widget_recent_entries")}"><h2 class="widget-title">{esc(L["head"])}</h2>\n{render_items(p, L, i)}\n</section>'
        for i, L in lists_at(p, "side")
    )
    cm = "\n".join(
        f'<li id="comment-{40 + i}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{esc(c[0])}</b> <time datetime="{y}-{m}-{min(int(d) + 1, 28):02d}T1{i}:2{i}:00+08:00">{y}年{int(m)}月{min(int(d) + 1, 28)}日</time></footer><div class="comment-content"><p>{esc(c[1])}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">回复</a></div></article></li>'
        for i, c in enumerate(p.get("comments", []))
    )
    pn = p["prevnext"]
    site = p["site"]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": p["title"],
            "datePublished": iso(p["published"]),
            "author": {"@type": "Person", "name": p["author"]},
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta(p, '<meta charset="UTF-8">')}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} &#8211; {esc(site)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="{attr(site)} &raquo; Feed" href="/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/twentytwenty/style.css?ver=2.5" media="all">
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; }}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(p['title'])}">
<meta property="article:published_time" content="{iso(p['published'])}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="post-template-default single single-post postid-{nid(p, 4)} single-format-standard">
<a class="skip-link screen-reader-text" href="#site-content">跳至内容</a>
<header id="site-header" class="header-footer-group">
  <div class="header-titles"><div class="site-title"><a href="/">{esc(site)}</a></div><div class="site-description">{esc(p.get('tagline', ''))}</div></div>
  <nav class="primary-menu-wrapper" aria-label="水平"><ul class="primary-menu reset-list-style">
{''.join(f'<li class="menu-item"><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(p.get('navs', ['首页', '关于我'])))}
  </ul></nav>
</header>
{hidden_at(p, 'top')}
<main id="site-content">
<article class="post-{nid(p, 4)} post type-post status-publish format-standard hentry" id="post-{nid(p, 4)}">
  <header class="entry-header has-text-align-center">
    <div class="entry-categories"><span class="screen-reader-text">分类</span><div class="entry-categories-inner"><a href="/category/{nid(p, 4)}/" rel="category tag">{esc(p.get('category', '随笔'))}</a></div></div>
    <h1 class="entry-title">{esc(p['title'])}</h1>
    <div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">
      <li class="post-author meta-wrapper"><span class="meta-text">作者：<a href="/author/admin/">{esc(p['author'])}</a></span></li>
      <li class="post-date meta-wrapper"><span class="meta-text"><a href="/{y}/{m}/{d}/"><time class="entry-date published" datetime="{iso(p['published'])}">{y}年{int(m)}月{int(d)}日</time></a></span></li>
      <li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#comments">{len(p.get('comments', []))}条评论</a></span></li>
    </ul></div>
  </header>
  <div class="post-inner thin">
    <div class="entry-content">
{body}
    </div>
  </div>
  <div class="section-inner">
    <div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-text">标签：{''.join(f'<a href="/tag/{i}/" rel="tag">{esc(x)}</a> ' for i, x in enumerate(p.get('tags', [])))}</span></li></ul></div>
  </div>
  <nav class="pagination-single section-inner" aria-label="文章">
    <a class="previous-post" href="/{nid(p, 4)}-prev/"><span class="arrow">&larr;</span><span class="title"><span class="title-inner">{esc(pn_item(pn[0])[0])}</span></span></a>
    <a class="next-post" href="/{nid(p, 4)}-next/"><span class="arrow">&rarr;</span><span class="title"><span class="title-inner">{esc(pn_item(pn[1])[0])}</span></span></a>
  </nav>
{rel}
  <div class="comments-wrapper section-inner" id="comments">
    <div class="comments"><div class="comments-header"><h2 class="comment-reply-title">《{esc(p['title'])}》有{len(p.get('comments', []))}条评论</h2></div>
      <ol class="comment-list">
{cm}
      </ol>
    </div>
    <div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复</h2>
      <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">您的电子邮箱地址不会被公开。必填项已用 * 标注</p><p class="comment-form-comment"><label for="comment">评论 *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论"></p></form>
    </div>
  </div>
</article>
<aside class="widget-area">
{side}
</aside>
</main>
{hidden_at(p, 'bottom')}
<footer id="site-footer" class="header-footer-group">
  <div class="section-inner">
    <p class="footer-copyright">&copy; {y} <a href="/">{esc(site)}</a></p>
    <p class="powered-by-wordpress"><a href="https://cn.wordpress.org/">由WordPress强力驱动</a>　<a href="https://beian.miit.gov.cn/">{esc(p.get('icp', '浙ICP备00000000号-1'))}</a></p>
    <a class="to-the-top" href="#site-header">回到顶部 &uarr;</a>
  </div>
</footer>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def t_gov(p):
    y, m, d, t = split_dt(p["published"])
    o = p.get("opts", {})
    when = f"{y}-{m}-{d}" + (f" {t[:5]}" if t else "")
    if t:
        assert t.endswith(":00")
    if o.get("br"):
        body = '<p style="line-height: 2em;">' + body_html(p, "　　{x}", "", joiner="<br/>\n") + "</p>"
    else:
        body = body_html(p, '<p style="text-indent: 2em; line-height: 2em;">{x}</p>', "")
    # signature lines are right aligned in real notices
    for sig in p.get("signature", []):
        body += f'\n<p style="text-align: right; line-height: 2em;">{sig}</p>'
    rel = "\n".join(
        f'<div class="{L.get("cls", "xgxx")}"><div class="xgxx-tit">{esc(L["head"])}</div>\n{render_items(p, L, i)}\n</div>'
        for i, L in lists_at(p, "main")
    )
    site = p["site"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(p, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')}
<title>{esc(p['title'])}_{esc(p.get('column', '通知公告'))}_{esc(site)}</title>
<meta name="SiteName" content="{attr(site)}" />
<meta name="SiteDomain" content="www.example.gov.cn" />
<meta name="SiteIDCode" content="0000000000" />
<meta name="ColumnName" content="{attr(p.get('column', '通知公告'))}" />
<meta name="ColumnType" content="通知公告" />
<meta name="ArticleTitle" content="{attr(p['title'])}" />
<meta name="PubDate" content="{y}-{m}-{d} {(t or '00:00:00')[:5]}" />
<meta name="ContentSource" content="{attr(p['origin'])}" />
<link href="/images/2019/css/common.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/2019/js/jquery.js"></script>
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div class="toper"><div class="w1200"><span>{y}年{int(m)}月{int(d)}日</span><a href="javascript:;" id="wza">无障碍</a> <a href="javascript:;" id="zzms">长者模式</a> <a href="/sjb/">手机版</a></div></div>
<div class="header"><div class="w1200"><img src="/images/2019/images/logo.png" alt="{attr(site)}" /><div class="search"><input type="text" value="请输入搜索内容" /><button>搜索</button></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进{esc(site[:3])}</a></li>
</ul></div>
{hidden_at(p, 'top')}
<div class="w1200 main">
  <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">{esc(p.get('column', '通知公告'))}</a></div>
  <div class="article">
    <div class="article_title"><h1>{esc(p['title'])}</h1></div>
    <div class="article_info">发布日期：{when}　来源：{esc(p['origin'])}　浏览次数：<span id="hits">1024</span>　字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
    <div class="article_con" id="zoom">
      <div class="TRS_Editor"><div class="Custom_UnionStyle">
{body}
      </div></div>
    </div>
    <div class="article_bottom"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{rel}
  </div>
</div>
{hidden_at(p, 'bottom')}
<div class="footer"><div class="w1200">
  <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
  <p>主办：{esc(site)}办公室　承办：{esc(site)}大数据中心　网站标识码：0000000000</p>
  <p>{esc(p.get('icp', '某ICP备00000000号'))}　某公网安备 00000000000000号　地址：{esc(p.get('addr', '县政府大楼'))}　联系电话：0000-0000000</p>
  <p><a href="http://bszs.conac.cn/"><img src="/images/2019/images/dzjg.png" alt="党政机关" /></a> <a href="/jiucuo/"><img src="/images/2019/images/jiucuo.png" alt="政府网站找错" /></a></p>
</div></div>
</body>
</html>
"""


def dz_date(dt):
    """Discuz prints dates without zero padding: 2024-5-12 09:30:41."""
    y, m, d, t = split_dt(dt)
    return f"{y}-{int(m)}-{int(d)}" + (f" {t}" if t else "")


def t_discuz(p):
    """A Discuz! X3 forum thread: the first post (楼主) is the article, the
    replies are the comments; paragraphs are <br />-separated inside td.t_f."""
    y, m, d, t = split_dt(p["published"])
    o = p.get("opts", {})
    site, forum = p["site"], p["forum"]
    tid = nid(p, 6)
    fid = int(nid(p, 2, "fid")) % 60 + 2
    floors = ["楼主", "沙发", "板凳", "地板"]
    # attachments are uploaded a few minutes before the post is sent
    assert t, p["name"]  # Discuz always prints the time of a post
    up = datetime.datetime.strptime(p["published"], "%Y-%m-%d %H:%M:%S") - datetime.timedelta(minutes=3)
    uploaded = up.strftime("%Y-%m-%d %H:%M:%S")
    img_fmt = (
        '<ignore_js_op><img id="aimg_{n}" aid="{n}" src="{{src}}" zoomfile="{{src}}" file="{{src}}" class="zoom" width="600" inpost="1" alt="{{cap}}" />'
        '<div class="tip tip_4 aimg_tip" id="aimg_{n}_menu" style="position: absolute; display: none" disautofocus="true">'
        '<div class="xs0"><p><strong>{{cap}}</strong> <em class="xg1">(186.4 KB, 下载次数: 2)</em></p>'
        f'<p class="xg1 y">{dz_date(uploaded)[:-3]} 上传</p></div><div class="tip_horn"></div></div></ignore_js_op>'
    ).format(n=nid(p, 5, "aid"))
    msg = body_html(p, "{x}", img_fmt, joiner="<br />\r\n<br />\r\n")
    if o.get("edited"):
        msg = f'<i class="pstatus"> 本帖最后由 {esc(p["poster"])} 于 {o["edited"]} 编辑 </i><br />\r\n<br />\r\n' + msg
    if o.get("font"):
        msg = f'<font size="3">{msg}</font>'

    def post(i, user, when, message, sign=None):
        pid = int(tid) * 10 + i
        uid = int(nid(p, 5, f"u{user}"))
        floor = floors[i] if i < len(floors) else f"{i + 1}<sup>#</sup>"
        if i == 0 and o.get("rel_date"):
            posted = f'发表于 <span title="{when}">{o["rel_date"]}</span>'
        else:
            posted = f"发表于 {when}"
        sg = f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{sign}</div>' if sign else ""
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{esc(user)}</a></div></div>
<div><div class="avatar"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={uid}&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">{uid % 97 + 1}</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">{uid % 613 + 9}</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=profile" class="xi2">{uid % 2900 + 40}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=1{i % 4}" target="_blank">{['中级会员', '高级会员', '注册会员', '金牌会员'][uid % 4]}</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={tid}&amp;pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">{floor}</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">{posted}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{message}</td></tr></table>
</div><div id="comment_{pid}" class="cm"></div></div></div>
</td></tr>
<tr><td class="plc plm">{sg}</td></tr>
<tr id="_postposition{pid}"></tr>
<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={fid}&amp;tid={tid}&amp;repquote={pid}" onclick="showWindow('reply', this.href)">回复</a></em><p><a href="javascript:;" id="mgc_post_{pid}" class="showmenu">使用道具</a> <a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&amp;rtype=post&amp;rid={pid}&amp;tid={tid}&amp;fid={fid}', 'get', -1);return false;">举报</a></p></div></div></td></tr>
</table></div>"""

    h0 = int(t[:2])
    posts = [post(0, p["poster"], dz_date(p["published"]), msg, p.get("poster_sign"))]
    for i, c in enumerate(p.get("comments", []), 1):
        when = f"{y}-{int(m)}-{int(d)} {min(23, h0 + i):02d}:{(17 * i + 5) % 60:02d}:{(31 * i + 12) % 60:02d}"
        sign = c[3] if len(c) > 3 else None
        posts.append(post(i, c[0], when, esc(c[1]), sign))
    posts = "\n".join(posts)
    rel = "\n".join(
        f'<div class="mtw mbw"><h3 class="pbm mbm bbda">{esc(L["head"])}</h3>\n{classed(render_items(p, L, i), "xl xl2 cl")}\n</div>'
        for i, L in lists_at(p, "main")
    )
    ft_day = min(int(d) + 3, 28)
    cs = "gbk" if p["encoding"] == "gbk" else "utf-8"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(p, f'<meta http-equiv="Content-Type" content="text/html; charset={cs}" />')}
<title>{esc(headline(p))} - {esc(forum)} - {esc(site)} - Powered by Discuz!</title>
<link href="https://bbs.example.net/thread-{tid}-1-1.html" rel="canonical" />
<meta name="keywords" content="{attr(p['title'])}" />
<meta name="description" content="{attr(visible(p['paras'][0]))[:50]} ,{attr(site)}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://bbs.example.net/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kq7" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Kq7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kq7', charset = '{cs}', discuz_uid = '0', cookiepre = 'Xb3c_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuZXhhbXBsZS5uZXQv', SITEURL = 'https://bbs.example.net/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Kq7" type="text/javascript"></script>
<script src="data/cache/forum.js?Kq7" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('https://bbs.example.net/');">设为首页</a><a href="https://bbs.example.net/" onclick="addFavorite(this.href, '{attr(site)}');return false;">收藏本站</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a><a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{attr(site)}"><img src="static/image/common/logo.png" alt="{attr(site)}" border="0" /></a></h2>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes"><div class="fastlg cl"><span id="return_ls" style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&amp;action=login&amp;viewlostpw=1')">找回密码</a></td></tr><tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" /></td><td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></div></form>
</div>
<div id="nv"><a href="javascript:;" id="qmenu">快捷导航</a><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li><li id="mn_portal"><a href="portal.php" hidefocus="true" title="Portal">门户<span>Portal</span></a></li><li id="mn_home"><a href="home.php" hidefocus="true" title="Space">家园<span>Space</span></a></li><li id="mn_N12a7"><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist">排行榜<span>Ranklist</span></a></li></ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes" target="_blank"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></form></div>
</div></div>
{hidden_at(p, 'top')}
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{esc(site)}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">{esc(p.get('group', '本地生活'))}</a> <em>&rsaquo;</em> <a href="forum-{fid}-1.html">{esc(forum)}</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{esc(headline(p))}</a></div></div>
<div class="wp"><div class="a_t"><a href="plugin.php?id=ad&amp;pos=thread_top"><img src="data/attachment/common/ad/960x60.gif" alt="" /></a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-{fid}-1.html">返回列表</a></span><a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&amp;action=newthread&amp;fid={fid}')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{int(tid) % 9000 + 300}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(p.get('comments', []))}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(headline(p))}</span></h1>
<span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '{attr(site)}')">[复制链接]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
{posts}
</div>
{rel}
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-{fid}-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid={fid}&amp;tid={tid}&amp;extra=&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="tedt mtn"><div class="area"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div></div></td></tr></table></form></div>
</div></div>
{hidden_at(p, 'bottom')}
<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="./" target="_blank">{esc(site)}</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">{esc(p.get('icp', '某ICP备00000000号-1'))}</a> )</p>
<p class="xs0">GMT+8, {y}-{int(m)}-{ft_day} 21:0{int(tid) % 10} <span id="debuginfo">, Processed in 0.0{int(tid) % 90 + 10} second(s), 2{int(tid) % 10} queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2021 <a href="https://code.tencent.com/" target="_blank">Tencent Cloud</a>.</p></div>
</div>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa"><b>返回顶部</b></a></span><span><a href="forum-{fid}-1.html" hidefocus="true" class="returnlist" title="返回列表"><b>返回列表</b></a></span></div>
</body>
</html>
"""


def t_dede(p):
    """A DedeCMS 5.7 default-template article page on a local portal."""
    y, m, d, t = split_dt(p["published"])
    o = p.get("opts", {})
    site = p["site"]
    col = p.get("column", "本地新闻")
    colkey = p.get("colkey", "bendi")
    aid = nid(p, 4)
    when = f"{y}-{m}-{d}" + (f" {t[:5]}" if t else "")
    if t:
        assert t.endswith(":00"), p["name"]
    ind = "&nbsp;&nbsp;&nbsp;&nbsp;" if o.get("nbsp", True) else ""
    body = body_html(
        p,
        "<p>" + ind + "{x}</p>",
        '<p style="text-align: center;"><img alt="{cap}" src="{src}" style="width: 550px; height: 366px;" /></p>\n<p style="text-align: center;">{cap}</p>',
    )
    pn = p.get("prevnext") or (None, None)

    def pn_html(label, x, salt):
        title, _ = pn_item(x)
        if title is None:
            return f"<li>{label}：没有了 </li>"
        return f"<li>{label}：<a href='/a/{colkey}/{y}{m}{d}/{nid(p, 4, salt)}.html'>{esc(title)}</a> </li>"

    ctx = pn_html("上一篇", pn[0], "prev") + pn_html("下一篇", pn[1], "next")
    main = "\n".join(
        f'<div class="{L.get("cls", "likearticle")} mt1"><dl class="tbox"><dt><strong>{esc(L["head"])}</strong></dt><dd>\n{classed(render_items(p, L, i), "d1")}\n</dd></dl></div>'
        for i, L in lists_at(p, "main")
    )
    side = "\n".join(
        f'<div class="{L.get("cls", "commend")} mt1"><dl class="tbox light"><dt class="light"><strong>{esc(L["head"])}</strong></dt><dd class="light">\n{classed(render_items(p, L, i), L.get("ul", "c1 ico2"))}\n</dd></dl></div>'
        for i, L in lists_at(p, "side")
    )
    cm = "\n".join(
        f'<li class="fbox"><div class="fbtitle"><span class="fbname">{esc(c[0])}</span> <span class="fbtime">{y}-{m}-{min(int(d) + 1, 28):02d}</span></div><div class="fbmsg">{esc(c[1])}</div></li>'
        for c in p.get("comments", [])
    )
    toplinks = p.get("toplinks", '<a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a><a href="/data/rssmap.html" class="rss">RSS订阅</a>')
    navs = p.get("navs", ["本地新闻", "民生热点", "便民信息", "房产家居", "招聘求职", "图片新闻"])
    nav = "".join(f"<li><a href='/a/{i:02d}/'><span>{esc(n)}</span></a></li>" for i, n in enumerate(navs))
    cs = "gb2312" if p["encoding"] == "gbk" else "utf-8"
    ver = "GBK" if p["encoding"] == "gbk" else "UTF8"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(p, f'<meta http-equiv="Content-Type" content="text/html; charset={cs}" />')}
<title>{esc(headline(p))}_{esc(col)}_{esc(site)}</title>
<meta name="keywords" content="{attr(p.get('keywords', ''))}" />
<meta name="description" content="{attr(visible(p['paras'][0]))[:60]}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){{
  var taget_obj = document.getElementById('_ajax_feedback');
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/member/ajax_feedback.php");
  DedeXHTTP = null;
}}
-->
</script>
</head>
<body class="articleview">
<div class="header_top">
  <div class="w960 center">
    <span id="time" class="time">{esc(p.get('slogan', '本地生活，一网打尽'))}</span>
    <div class="toplinks">{toplinks}</div>
  </div>
</div>
<div class="header">
  <div class="top w960 center">
    <div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{attr(site)}"/></a></h1></div>
    <div class="banner"><script src='/plus/ad_js.php?aid=1' language='javascript'></script></div>
    <div class="banner2"><script src='/plus/ad_js.php?aid=2' language='javascript'></script></div>
  </div>
  <div class="module blue mT10 wrapper w963">
    <div class="top">
      <div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li>{nav}</ul></div>
      <div class="search"><form name="formsearch" action="/plus/search.php"><div class="form"><h4>搜索</h4><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){{this.value='';}}" onblur="if(this.value==''){{this.value='在这里搜索...';}}" /><button type="submit" class="search-submit">搜索</button></div></form></div>
    </div>
  </div>
</div>
{hidden_at(p, 'top')}
<div class="w960 center clear mt1">
<div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/{colkey}/'>{esc(col)}</a> &gt; </div>
  <div class="viewbox">
    <div class="title"><h2>{esc(headline(p))}</h2></div>
    <div class="info"><small>时间:</small>{when}<small>来源:</small>{esc(p['origin'])} <small>作者:</small>{esc(p['author'])} <small>点击:</small><script src="/plus/count.php?view=yes&aid={aid}&mid=1" type='text/javascript' language="javascript"></script>次</div>
    <div class="content"><table width='100%'><tr><td>
{body}
</td></tr></table></div>
    <div class="dede_pages"><ul class="pagelist"></ul></div>
    <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
    <div class="handle">
      <div class="context"><ul>{ctx}</ul></div>
      <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
    </div>
  </div>
  <div class="newarticle">最新评论<a href="/plus/feedback.php?aid={aid}">进入详细评论页&gt;&gt;</a></div>
  <div class="dcmp-content"><ul>
{cm}
  </ul></div>
{main}
</div>
<div class="pright">
{side}
</div>
</div>
{hidden_at(p, 'bottom')}
<div class="footer w960 center mt1 clear">
  <div class="footer_left"></div>
  <div class="footer_body">
    <p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCms)" target="_blank"><strong>DedeCMS_V57_{ver}_SP2</strong></a> &copy; 2004-2018 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /></p>
    <div class="copyright">Copyright &copy; 2009-{y} {esc(site)} 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">{esc(p.get('icp', '某ICP备00000000号-1'))}</a>&nbsp;&nbsp;{esc(p.get('addr', ''))}</div>
  </div>
  <div class="footer_right"></div>
</div>
</body>
</html>
"""


def t_media(p):
    """A portal or self-media article page for the metadata cases: a badge
    inside the h1, an unlabelled account before the date, JSON-LD dates,
    the site's name as the author meta tag."""
    y, m, d, t = split_dt(p["published"])
    body = body_html(
        p,
        "<p>{x}</p>",
        '<div class="pgc-img"><img src="{src}" alt=""><p class="pgc-img-caption">{cap}</p></div>',
    )
    site = p["site"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p["title"]}
    if p.get("ld_published"):
        ld["datePublished"] = p["ld_published"]
    if p.get("ld_modified"):
        ld["dateModified"] = p["ld_modified"]
    ld["publisher"] = {"@type": "Organization", "name": site}
    ld = json.dumps(ld, ensure_ascii=False)
    badge = f'<span class="badge">{esc(p["badge"])}</span>' if p.get("badge") else ""
    meta_time = f'<meta property="article:published_time" content="{p["meta_time"]}">' if p.get("meta_time") else ""
    sub = []
    if p.get("account"):
        sub.append(f'<span class="account">{esc(p["account"])}</span> <span class="time">{y}-{m}-{d} {t}</span>')
    elif p.get("shown_date"):
        sub.append(f'<span class="time">{esc(p["shown_date"])}</span>')
    if p.get("source"):
        sub.append(f'<span class="src">来源：<a href="/media/{nid(p, 4)}">{esc(p["source"])}</a></span>')
    if p.get("byline"):
        sub.append(f'<span class="by">{esc(p["byline"])}</span>')
    sub = " ".join(sub)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta(p, '<meta charset="utf-8">' if p["encoding"] == "utf-8" else '<meta charset="gbk">')}
<title>{esc(p['title'])}_{esc(site)}</title>
<meta name="author" content="{attr(site)}">
<meta property="og:site_name" content="{attr(site)}">
<meta property="og:title" content="{attr(p['title'])}">
{meta_time}
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div class="top-nav">{nav_links(['首页', '本地', '民生', '教育', '文旅', '视频'], '/c/')}</div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/c/local/">本地</a> &gt; 正文</div>
<div class="article-box">
  <h1 class="article-title">{badge}{esc(p['title'])}</h1>
  <div class="article-sub">{sub}</div>
  <div class="article-content">
{body}
  </div>
</div>
<div class="footer"><p>Copyright &copy; {y} {esc(site)} 版权所有</p></div>
</body>
</html>
"""


def t_wechat(p):
    """A WeChat official-account article (mp.weixin.qq.com)."""
    y, m, d, t = split_dt(p["published"])
    body = body_html(p, '<p style="line-height: 1.75em;"><span style="font-size: 15px;">{x}</span></p>', '<p><img data-src="{src}"></p><p>{cap}</p>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(p['title'])}</title>
<meta property="og:title" content="{attr(p['title'])}">
<meta property="og:site_name" content="微信公众平台">
<meta name="author" content="{attr(p['writer'])}">
<meta property="og:article:author" content="{attr(p['writer'])}">
</head>
<body id="activity-detail" class="zh_CN">
<div id="js_article" class="rich_media">
  <div class="rich_media_inner">
    <h1 class="rich_media_title" id="activity-name">{esc(p['title'])}</h1>
    <div id="meta_content" class="rich_media_meta_list">
      <span id="copyright_logo" class="rich_media_meta icon_appmsg_tag">原创</span>
      <span class="rich_media_meta rich_media_meta_text">{esc(p['writer'])}</span>
      <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{esc(p['account'])}</a></span>
      <em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t[:5]}</em>
    </div>
    <div class="rich_media_content" id="js_content">
{body}
    </div>
    <div class="rich_media_tool"><a id="js_share_source">阅读原文</a> <span>阅读 {int(d) * 37}</span> <span>在看 {int(d)}</span></div>
  </div>
</div>
</body>
</html>
"""


TEMPLATES = {
    "sina": t_sina,
    "163": t_163,
    "qq": t_qq,
    "people": t_people,
    "xinhua": t_xinhua,
    "hijacked": t_hijacked,
    "blog": t_blog,
    "gov": t_gov,
    "discuz": t_discuz,
    "dede": t_dede,
    "media": t_media,
    "wechat": t_wechat,
}

# ---------------------------------------------------------------- truth


VERDICTS = ("injected", "spam_around", "clean")


def derive_verdict(p, spam):
    """The verdict the page's spam placement implies (build() checks that the
    hand-set `verdict` agrees): spam inside the article (a body paragraph, a
    hidden element inside the body, the title, a brand swapped into the
    article text) makes it `injected`; any other spam (lists, sidebars,
    comments, previous/next links, hidden blocks outside the article) makes
    it `spam_around`; no spam at all, `clean`."""
    inside = any(not isinstance(x, str) and x[0] in ("spam", "hidden") for x in p["paras"])
    if inside or p.get("title_spam") or p.get("brand_swap"):
        return "injected"
    return "spam_around" if spam else "clean"


def truth(p):
    body = [visible(x) for x in p["paras"] if isinstance(x, str)]
    # A paragraph with a brand swapped in is the injection itself: it is
    # reported as body spam and left out of the clean body.
    swapped = [b for b in body if p.get("brand_swap") and p["brand_swap"] in b]
    body = [b for b in body if b not in swapped]
    body += [visible(s) for s in p.get("signature", [])]
    spam = list(p.get("title_spam", []))
    spam += [b[:24] for b in swapped]
    spam += [x[2] for x in p["paras"] if not isinstance(x, str) and x[0] in ("spam", "hidden")]
    spam += [h[1] for h in p.get("hidden", [])]
    ham = []
    for L in p.get("lists", []):
        for it in L["items"]:
            if it.get("spam"):
                spam.append(it["spam"])
            else:
                ham.append(it["t"])
    for c in p.get("comments", []):
        if len(c) > 2 and c[2]:
            spam.append(c[2])
        if len(c) > 4 and c[4]:  # discuz: spam in the reply's signature
            spam.append(c[4])
    for x in p.get("prevnext") or ():
        t, key = pn_item(x)
        if key:
            spam.append(key)
        elif t is not None:
            ham.append(t)
    verdict = p["verdict"]
    assert verdict in VERDICTS, p["name"]
    assert verdict == derive_verdict(p, spam), (p["name"], verdict, derive_verdict(p, spam))
    if p.get("brand_swap"):
        assert swapped, p["name"]
    if p.get("h1_tag"):
        assert p.get("title_spam"), p["name"]
    return {
        "template": p["template"],
        "encoding": p["encoding"],
        "title": p["title"],
        "published": p["published"],
        "origin": p.get("origin"),
        "author": p.get("author"),
        "body": body,
        "spam": spam,
        "ham_items": ham,
        "verdict": verdict,
        "notes": p["notes"],
    }


def build():
    from articles import PAGES

    names = set()
    for p in PAGES:
        assert p["name"] not in names, p["name"]
        names.add(p["name"])
        text = set_head_title(TEMPLATES[p["template"]](p), p)
        raw = text.encode("gbk") if p["encoding"] == "gbk" else text.encode("utf-8")
        with open(os.path.join(HERE, p["name"] + ".html"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, p["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth(p), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    import check

    sys.exit(check.main())
