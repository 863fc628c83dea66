//! Unit tests of author and origin.

use super::*;

/// (origin, author) of a page.
fn byline(html: &str) -> (Option<String>, Option<String>) {
    let a = crate::extract(&crate::Blocks::from_dom(&crate::parse(html)));
    (a.origin, a.author)
}

const BODY: &str =
    "<div class=content><p>正文第一段，有足够的标点。内容如此，\
    事情是这样的。</p><p>第二段正文，同样如此，内容丰富，说了很多。</p></div>";

#[test]
fn site_name_and_placeholder_authors_are_rejected() {
    for meta in ["网易", "name, email@gmail.com", "104363"] {
        let html = format!(
            "<title>某事发生了_网易新闻</title><meta name=author \
             content='{meta}'><h1>某事发生了</h1>{BODY}"
        );
        assert_eq!(byline(&html).1, None, "{meta}");
    }
    let html = format!(
        "<title>某事发生了_网易新闻</title><meta name=author \
         content='张三'><h1>某事发生了</h1>{BODY}"
    );
    assert_eq!(byline(&html).1.as_deref(), Some("张三"));
}

#[test]
fn visible_byline_beats_meta() {
    let html = format!(
        "<title>某事发生了-CSDN.NET</title><meta name=author \
         content='CSDN.NET'><h1>某事发生了</h1><div class=info>\
         发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 作者魏星</div>{BODY}"
    );
    let (o, a) = byline(&html);
    assert_eq!((o.as_deref(), a.as_deref()), (Some("CSDN"), Some("魏星")));
    // `王文：` is a name and a colon; the byline names him after 作者.
    let html = format!(
        "<h1>王文：中美贸易，中国人的斗志</h1><div class=content>\
         <p>【文/观察者网专栏作者 王文】</p>{BODY}</div>"
    );
    assert_eq!(byline(&html).1.as_deref(), Some("王文"));
}

#[test]
fn origin_beside_the_date_beats_an_image_credit() {
    let html = "<h1>标题在这里</h1><div class=post_info>\
        2019-09-07 19:53:27 来源: <a class=source>每日经济新闻</a></div>\
        <div class=content><img src=a.png><p>图片来源：摄图网</p>\
        <p>正文第一段，有足够的标点。内容如此，事情是这样的。</p>\
        <p>第二段正文，同样如此，内容丰富，说了很多。</p></div>";
    assert_eq!(byline(html).0.as_deref(), Some("每日经济新闻"));
    // A media link right after the date is the origin.
    let html = format!(
        "<h1>标题在这里</h1><div>2019-09-26 10:56:28 \
         <a href=/s>证券时报网</a></div>{BODY}"
    );
    assert_eq!(byline(&html).0.as_deref(), Some("证券时报网"));
}

#[test]
fn wechat_account_name_is_the_origin() {
    let html = format!(
        "<h2 class=rich_media_title id=activity-name>三星手机正式发布</h2>\
         <div id=meta_content><span class='rich_media_meta \
         rich_media_meta_nickname' id=profileBt><a id=js_name>爱否科技</a>\
         </span></div><div class=rich_media_content>{BODY}</div>"
    );
    assert_eq!(byline(&html).0.as_deref(), Some("爱否科技"));
}

#[test]
fn reporters_and_signoffs() {
    for (line, want) in [
        ("澎湃新闻记者 段彦超 廖艳", "段彦超 廖艳"),
        ("新京报记者 彭冲 山东冠县报道", "彭冲"),
        ("□ 本报记者 葛灵丹", "葛灵丹"),
        ("执笔人：闵乐夫 赵兰波", "闵乐夫 赵兰波"),
    ] {
        let html = format!("<h1>标题在这里</h1><p>{line}</p>{BODY}");
        assert_eq!(byline(&html).1.as_deref(), Some(want), "{line}");
    }
    let html = "<h1>标题在这里</h1><div class=content><p>正文第一段，\
        有足够的标点。内容如此，事情是这样的。</p><p>第二段正文，同样如此，\
        内容丰富。（姚峰 上海报道）</p></div>";
    assert_eq!(byline(html).1.as_deref(), Some("姚峰"));
    // Prose after a label is not a name.
    let html =
        format!("<h1>标题在这里</h1><p>记者了解到，此事属实。</p>{BODY}");
    assert_eq!(byline(&html).1, None);
}

#[test]
fn values() {
    for (text, at, want) in [
        ("作者：张三 来源：新华社", 9, Some("张三")),
        ("澎湃新闻记者 段彦超 廖艳", 18, Some("段彦超 廖艳")),
        ("新京报记者 彭冲 山东冠县报道", 15, Some("彭冲")),
        ("来源：[ 国际金融报 ]", 6, Some("国际金融报")),
        ("作者：张三|2024-01-02", 9, Some("张三")),
    ] {
        assert_eq!(value_after(text, at).as_deref(), want, "{text}");
    }
}

#[test]
fn placeholders() {
    for v in [
        "name, email@gmail.com",
        "104363",
        "L_104485",
        "size=\"20\"",
        "未知",
        "赵",
    ] {
        assert_eq!(clean(v), None, "{v}");
    }
    assert_eq!(clean(" 王文 ").as_deref(), Some("王文"));
    assert_eq!(clean("kingname").as_deref(), Some("kingname"));
}

#[test]
fn names_under_the_headline_without_a_label() {
    let page = |sub: &str| {
        byline(&format!(
            "<title>标题在这里_看点网</title><h1>标题在这里</h1>{sub}{BODY}"
        ))
    };
    // An account before the date, after a badge.
    let (o, a) = page("<div><span>原创</span> <span>南方某报</span> <span>2019-09-09 16:01:46</span></div>");
    assert_eq!((o.as_deref(), a), (Some("南方某报"), None));
    // A person's name glued to the date is the author.
    let (o, a) = page("<div>陈永伟2018-06-12 16:29</div>");
    assert_eq!((o, a.as_deref()), (None, Some("陈永伟")));
    // `person/medium` on its own line above the date.
    let (o, a) = page("<div>石佳/中国某报</div><div>2019-09-24 09:10</div>");
    assert_eq!((o.as_deref(), a.as_deref()), (Some("中国某报"), Some("石佳")));
    // A medium alone above the date.
    let (o, _) = page("<div>新华社</div><div>2020-01-03 18:13</div>");
    assert_eq!(o.as_deref(), Some("新华社"));
    // A person's name alone at the head of an essay.
    let (_, a) = page("<p>胡平</p><p>——副标题在这里</p>");
    assert_eq!(a.as_deref(), Some("胡平"));
}

#[test]
fn photo_credits_and_platform_labels_are_not_authors() {
    let html = "<h1>标题在这里</h1><div class=content><p>正文第一段，有足够的标点。\
        内容如此，事情是这样的。</p><p>图片来源：某报记者 张蕊 摄</p><p>第二段正文，\
        同样如此，内容丰富，说了很多。</p></div>";
    assert_eq!(byline(html).1, None);
    let html = format!(
        "<h1>标题在这里</h1><div><a class=author><div>扬眼</div>\
         <span>企鹅号</span></a></div>{BODY}"
    );
    assert_ne!(byline(&html).1.as_deref(), Some("企鹅号"));
    // Text and photos by one reporter: the author.
    let html = format!("<h1>标题在这里</h1>{BODY}<p>记者 汪某某 文并摄</p>");
    assert_eq!(byline(&html).1.as_deref(), Some("汪某某"));
    for v in ["企鹅号", "头条号"] {
        assert_eq!(clean(v), None, "{v}");
    }
}

#[test]
fn labelled_origin_after_yu_and_in_the_copyright_box() {
    let html =
        format!("<h1>标题在这里</h1><div>来源于：东区办事处</div>{BODY}");
    assert_eq!(byline(&html).0.as_deref(), Some("东区办事处"));
    let html = format!("<h1>标题在这里</h1><p>消息来源于网络传闻。</p>{BODY}");
    assert_eq!(byline(&html).0, None);
}

#[test]
fn byline_lines_in_a_row_and_glued_role_words() {
    let html = format!(
        "<h1>标题在这里</h1><p>本报实习生 刘某 周某</p><p>本报记者 王某某 方某</p>{BODY}"
    );
    assert_eq!(byline(&html).1.as_deref(), Some("刘某 周某 王某某 方某"));
    // `每经编辑`: the medium's abbreviation glued to a role is no name.
    assert_eq!(
        value_after("每经记者 张某某 每经编辑 陈某", 12).as_deref(),
        Some("张某某")
    );
    // A name before the next label: the first reporter is named.
    let html =
        format!("<h1>标题在这里</h1><p>本报记者 高某某 实习生 魏某某 北京报道</p>{BODY}");
    assert_eq!(byline(&html).1.as_deref(), Some("高某某"));
}

#[test]
fn a_blog_post_footer_names_its_author() {
    let html = format!(
        "<h1>湘菜粤菜 兵分两路</h1>{BODY}<div class=foot>由小林张贴 @ \
         2005-06-14 03:25:55 (370) 共 11 篇评论</div>"
    );
    assert_eq!(byline(&html).1.as_deref(), Some("小林"));
}
