//! The edges of the body: page controls and promotions that sit inside
//! the article's element, and what follows the article's end.
//!
//! A content root often holds more than the article: a font-size bar
//! (`字号`), a comment box with its controls (`评论（0）`, `最热 最早
//! 最新`, `已输入0字`), a pager (`1 2 下一页`), an app or 公众号 promo,
//! and after an end marker (`（完）`, `返回搜狐，查看更多`) related
//! items. Short lines that are only such controls are not body, and once
//! the article has said it is over, nothing after it is.

use super::time::parse_date;
use crate::blocks::Blocks;
use crate::page::Role;

// Comment areas and their controls.
re!(
    COMMENT_CONTROL,
    r"^(?:热门评论|最新评论|网友评论|精彩评论|全部评论)\s*[\d（(]|^(?:最热|最新|最早)(?:\s+(?:最热|最新|最早)){1,2}$|^评论\s*[（(]\s*\d+\s*[)）]$|已输入\s*\d+\s*字|还可(?:以)?输入\s*\d+\s*字|^(?:我要评论|发表评论|写评论|我要跟帖|参与评论|查看更多评论|文明上网理性发言|登录后(?:发表|参与)评论)|^\d+\s*条评论$|^评论$"
);
// Font-size bars, share and like buttons.
re!(
    TOOLBAR,
    r"^(?:字号|调整字体|字体)\s*[:：]?\s*(?:[大中小标准超]+\s*)*$|^A-\s*A\s*A\+|^[大中小](?:\s*[大中小]){2}$|^\+1$|^(?:点赞|收藏|举报|分享|打赏|在看)(?:\s*\d+)?$|^(?:图集|组图)$|^[\[【]?(?:打印|关闭|推荐|收藏)[\]】]?$|^(?:音频|视频)\s*\d{1,2}:\d{2}$|浏览器(?:暂时)?(?:无法|不支持|不能)播放"
);
// Pagers: `1 2 3 下一页`, `上一页 1 2`, a lone page number.
re!(
    PAGER,
    r"^(?:(?:上一页|下一页|首页|尾页|末页|<<|>>|«|»)\s*)?(?:\d{1,3}\s*)+(?:(?:上一页|下一页|尾页|末页|>>|»)\s*)*(?:余下全文)?$|^(?:上一页|下一页)(?:\s+(?:上一页|下一页))*$"
);
// App and 公众号 promotions and "read the full text" walls.
re!(
    PROMO,
    r"(?:安装|下载).{0,12}(?:客户端|APP|App|app)|关注.{0,16}公众号.{0,6}(?:查看|阅读)(?:全文|更多)|^(?:查看|阅读|展开)全文|(?:打开|用).{0,8}(?:APP|App|app|客户端).{0,6}(?:阅读|查看)|感谢您的反馈|减少此类(?:文章|内容)的推荐|^微信公众号$|扫描下方二维码|长按识别二维码|^\d*[、.．]?\s*回复【[^】]{1,10}】|点【?在看】?|点击菜单栏|余下全文|【点击(?:投票|参与|报名|查看|进入)[^】]{0,6}】|^点击进入(?:专题|\S{0,6}首页)|收藏以下链接|锁定@|关注@\S{1,20}(?:官方)?微博|下载.{0,12}应用程序|每日新闻信"
);
// Promos that run on after a sentence of their own: a paragraph at the
// edge that asks to vote, bookmark a link or follow an account.
re!(
    PROMO_TAIL,
    r"【点击(?:投票|参与|报名|查看|进入)[^】]{0,6}】|收藏以下链接|锁定@|关注@\S{1,20}(?:官方)?微博"
);
// A post's own footer (reads, trackbacks), and a site's name and address
// on a line of its own.
re!(
    FURNITURE,
    r"已被阅读\s*\d+\s*次|(?i:trackback)|^引用通告|^\S{0,20}\s*(?:https?://)?www\.[\w.-]+/?$"
);
// A feed's "why don't you like this" menu.
re!(
    FEEDBACK,
    r"^(?:不感兴趣|广告软文|重复、旧闻|文章质量差|文字、图片、视频等展示问题|标题夸张、文不对题|与事实不符|低俗色情|欺诈或恶意营销|疑似抄袭|其他问题，我要吐槽)$"
);
// `20190926|国贸|增长率|全球经济`: a tag line.
re!(TAGS, r"^[^|｜，。]{1,12}(?:[|｜][^|｜，。]{1,8}){2,}$");
// A credit line closing the article: `新京报记者 陆一夫`, `编辑 刘晓阳 校对
// 李铭`, `来源|广州参考、羊城晚报` (a role word, then names).
re!(
    CREDIT,
    r"^\S{0,8}?(?:记者|责任编辑|编辑|责编|校对|审校|审核|摄影|通讯员|实习生|来源|统筹|监制)\s*[:：|｜]?\s*\S"
);
// A notice's heading after the article: what follows is the notice.
re!(
    NOTICE_HEAD,
    r"^[【\[]?(?:反侵权公告|版权声明|免责声明|特别声明)[】\]]?\s*[:：]?$"
);
// The article says it is over.
re!(
    END_MARKER,
    r"[（(【\[]\s*完\s*[)）】\]]\s*$|^[-—－]+\s*完\s*[-—－]+$|^【?责任编辑|^返回搜狐|查看更多\s*$"
);

/// Re-reads body blocks at the edges of the article: controls and promos
/// become boilerplate, a lone date line with a time is a byline, and
/// after an end marker the body stops.
pub(super) fn trim_edges(blocks: &Blocks, roles: &mut [Role]) {
    let bs = blocks.blocks();
    let body: Vec<usize> =
        (0..bs.len()).filter(|&i| roles[i] == Role::Body).collect();
    // A long promo only counts at the edges of the body: in the middle it
    // is a story about an app.
    let edge = |i: usize| {
        body.iter().take(2).any(|&k| k == i)
            || body.iter().rev().take(3).any(|&k| k == i)
    };
    for &i in &body {
        let b = &bs[i];
        if b.chars > 200 || (b.chars > 60 && !edge(i)) {
            continue;
        }
        // Icon-font glyphs (private use) are not text.
        let t: String = b
            .text
            .chars()
            .filter(|c| !('\u{e000}'..='\u{f8ff}').contains(c))
            .collect();
        let t = t.trim();
        let r = &mut roles[i];
        if b.chars > 120 {
            if PROMO_TAIL.is_match(t) {
                *r = Role::Ad;
            }
            continue;
        }
        if b.chars > 60 {
            if PROMO.is_match(t) {
                *r = Role::Ad;
            }
            continue;
        }
        *r = if COMMENT_CONTROL.is_match(t) || FEEDBACK.is_match(t) {
            Role::Comment
        } else if b.chars <= 20 && TOOLBAR.is_match(t) {
            Role::Share
        } else if b.chars <= 30 && PAGER.is_match(t) {
            Role::Navigation
        } else if PROMO.is_match(t) {
            Role::Ad
        } else if b.chars <= 40 && TAGS.is_match(t)
            || body.last() == Some(&i) && is_tag_line(t, b.punct)
        {
            Role::Related
        } else if FURNITURE.is_match(t) {
            Role::Other
        } else if is_timestamp(t) {
            Role::Byline
        } else {
            continue;
        };
    }
    drop_record_tables(bs, roles);
    stop_at_end(bs, roles);
    // Credit lines close the article: read once its end is known.
    let tail: Vec<usize> = (0..bs.len())
        .rev()
        .filter(|&i| roles[i] == Role::Body)
        .take(3)
        .collect();
    for i in tail {
        if is_credit_line(bs[i].text.trim()) {
            roles[i] = Role::Editor;
        }
    }
}

/// An attachment's table of records (a name list): a dozen or more table
/// cells in a row, nearly all short and no sentence, right under a `附件`
/// label, is not the article's text. A table inside the article (a
/// reference list, a discography) has no such label and stays.
fn drop_record_tables(bs: &[crate::Block], roles: &mut [Role]) {
    let is_cell = |roles: &[Role], i: usize| {
        roles[i] == Role::Body && matches!(bs[i].tag, "td" | "th")
    };
    let mut k = 0;
    while k < bs.len() {
        let label = roles[k] == Role::Body
            && bs[k].chars <= 6
            && bs[k].text.trim_start().starts_with("附件");
        // The table starts at once or after its name.
        let start = label
            .then(|| (k + 1..bs.len().min(k + 3)).find(|&i| is_cell(roles, i)))
            .flatten();
        let Some(i) = start else {
            k += 1;
            continue;
        };
        let mut j = i + 1;
        while j < bs.len() && is_cell(roles, j) && bs[j].elem != bs[j - 1].elem
        {
            j += 1;
        }
        let short =
            (i..j).filter(|&c| bs[c].chars <= 50 && bs[c].punct <= 1).count();
        if j - i >= 12 && short * 5 >= (j - i) * 4 {
            for r in &mut roles[k..j] {
                if *r == Role::Body {
                    *r = Role::Other;
                }
            }
        }
        k = j;
    }
}

/// `纪录片 互联网巨头 上海电视节`: four or more short keywords and no
/// punctuation, the tag line that closes an article. A line of names
/// (`记者 张三 李四`, `王 观`) is a byline and stays.
fn is_tag_line(t: &str, punct: u32) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    punct == 0
        && words.len() >= 4
        && t.chars().count() <= 40
        && words.iter().all(|w| (2..=8).contains(&w.chars().count()))
        && !["记者", "报道", "编辑", "校对", "/"].iter().any(|w| t.contains(w))
}

/// `2019-09-08 11:42:03` and nothing else: the article's time shown as a
/// line. A date without a time stays, since notices sign off with one.
/// Names after role words, and nothing else: short pieces, no sentence.
fn is_credit_line(t: &str) -> bool {
    t.chars().count() <= 40
        && !t.contains(['。', '！', '？', '，', '!', '?', ',', '《', '“', '"'])
        && CREDIT.is_match(t)
        && t.split(|c: char| c.is_whitespace() || "、|｜:：".contains(c))
            .all(|p| p.chars().count() <= 10)
}

fn is_timestamp(t: &str) -> bool {
    let Some(d) = parse_date(t) else { return false };
    let digits = t.chars().filter(char::is_ascii_digit).count();
    d.len() > 10 && t.chars().count() <= 22 && digits >= 10
}

/// After an end marker with enough article before it, the body blocks
/// that follow are not the article: related stories, promos, sliders.
fn stop_at_end(bs: &[crate::Block], roles: &mut [Role]) {
    let mut body_chars = 0u32;
    let mut end = None;
    for (i, b) in bs.iter().enumerate() {
        if roles[i] == Role::Body {
            body_chars += b.chars;
        }
        let marker = matches!(roles[i], Role::Body | Role::Editor)
            && b.chars <= 200
            && END_MARKER.is_match(&b.text)
            || matches!(roles[i], Role::Body | Role::Disclaimer)
                && b.chars <= 12
                && NOTICE_HEAD.is_match(&b.text);
        if marker && body_chars >= 100 {
            end = Some(i);
            break;
        }
    }
    let Some(end) = end else { return };
    // Only when something follows that the reader would take for more
    // text: a marker at the very end changes nothing.
    for r in &mut roles[end + 1..] {
        if *r == Role::Body {
            *r = Role::Related;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls() {
        for t in ["热门评论 7条", "最热 最早 最新", "评论（0）", "已输入0字"]
        {
            assert!(COMMENT_CONTROL.is_match(t), "{t}");
        }
        for t in ["字号", "A- A A+", "调整字体", "+1"] {
            assert!(TOOLBAR.is_match(t), "{t}");
        }
        for t in
            ["1 2 下一页", "上一页 1 2 3 下一页", "4", "1 2 下一页 余下全文"]
        {
            assert!(PAGER.is_match(t), "{t}");
        }
        for t in [
            "安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】",
            "关注公众号查看全文",
            "展开全文",
        ] {
            assert!(PROMO.is_match(t), "{t}");
        }
        assert!(is_timestamp("2019-09-08 11:42:03"));
        assert!(!is_timestamp("2019年9月8日"));
        assert!(!COMMENT_CONTROL.is_match("评论员文章指出，要坚持发展。"));
    }

    #[test]
    fn credit_lines_close_the_body() {
        for t in [
            "新京报记者 陆一夫",
            "编辑 刘晓阳 校对 李铭",
            "来源|广州参考、南沙发布、羊城晚报",
        ] {
            assert!(is_credit_line(t), "{t}");
        }
        for t in [
            "《编辑部的故事》",
            "记者从市教育局获悉，今年秋季学期起全市中小学推行课后服务。",
            "来源不明的消息不要转发",
        ] {
            assert!(!is_credit_line(t), "{t}");
        }
    }

    #[test]
    fn body_stops_at_the_end_marker() {
        let html = "<h1>标题在这里</h1><div class=content>\
            <p>字号</p>\
            <p>正文第一段，有足够的标点。内容如此，事情是这样的，说来话长，\
            前因后果都要交代清楚，一点也不能少，读者才会明白。</p>\
            <p>第二段正文，同样如此，内容丰富，说了很多，前因后果都要交代清楚，\
            一点也不能少，读者才会明白，事情就是这样发生的。</p>\
            <p>第三段正文，同样如此，内容丰富，说了很多，前因后果都要交代清楚，\
            一点也不能少，读者才会明白，事情就是这样发生的。（完）</p>\
            <p>另一篇文章的开头，同样有很多标点，读起来也像正文，但不是。</p>\
            <p>1 2 下一页</p><p>热门评论 7条</p><p>最热 最早 最新</p></div>";
        let blocks = crate::Blocks::from_dom(&crate::parse(html));
        let a = crate::extract(&blocks);
        let body = a.body(&blocks);
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[2].ends_with("（完）"));
    }

    #[test]
    fn an_attachment_table_is_not_the_article() {
        let rows: String = (1..=6)
            .map(|k| format!("<tr><td>张{k}</td><td>5101****{k:04}</td><td>逾期未缴</td></tr>"))
            .collect();
        let html = format!(
            "<h1>公布名单</h1><div class=content>\
             <p>今日，有关部门公布了首批名单，名单中的人员自即日起受到限制，限制期限为一年。</p>\
             <p>该名单依据有关规定制定，列入名单的人员可以依法申请复核，复核期间不停止执行。</p>\
             <p>附件：</p><p>名单</p><table>{rows}</table></div>"
        );
        let blocks = crate::Blocks::from_dom(&crate::parse(&html));
        let a = crate::extract(&blocks);
        assert_eq!(a.body(&blocks).len(), 2, "{:?}", a.body(&blocks));
        // Without the label the table is the article's.
        let html = html.replace("<p>附件：</p>", "");
        let blocks = crate::Blocks::from_dom(&crate::parse(&html));
        assert!(crate::extract(&blocks).body(&blocks).len() > 12);
    }
}
