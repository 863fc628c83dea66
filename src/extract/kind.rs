//! What kind of page this is: one article, a blog post, a forum thread,
//! or a list of other pages (an index or a channel).
//!
//! A list page is many dated headline links and little prose of its
//! own; calling a news article a list would throw its text away, so the
//! test is strict: at least 10 dated link items, under 300 characters
//! of prose, and less prose than half the items' text. Blog and forum
//! pages are articles told apart by how the site names itself (博客,
//! 论坛, blog, bbs) and by their shape: a thread opens with a post line
//! (`楼主`, `发表于`), a blog index repeats title, date line and text.
//! On both, the first post is the article.

use super::time::DATE;
use super::title::site_names;
use crate::blocks::Blocks;
use crate::page::{PageKind, Role};

pub(super) fn page_kind(
    blocks: &Blocks,
    roles: &[Role],
    lines: &[usize],
    posts: Option<&Posts>,
) -> PageKind {
    let bs = blocks.blocks();
    let prose: u32 = bs
        .iter()
        .zip(roles)
        .filter(|(b, r)| **r == Role::Body && b.punct >= 2)
        .map(|(b, _)| b.chars - b.link_chars)
        .sum();
    // List items whose text is a headline link and a date.
    let (mut dated, mut item_chars) = (0, 0);
    let mut i = 0;
    while i < bs.len() {
        let g = bs[i].group;
        let mut j = i;
        let (mut chars, mut links, mut date) = (0, 0, false);
        while j < bs.len() && bs[j].group == g {
            chars += bs[j].chars;
            links += bs[j].link_chars;
            date |= DATE.is_match(&bs[j].text);
            j += 1;
        }
        if bs[i].in_item && !bs[i].hidden && date && links * 2 >= chars {
            dated += 1;
            item_chars += chars;
        }
        i = j;
    }
    if dated >= 10 && prose < 300 && prose * 2 < item_chars {
        return PageKind::List;
    }
    // How the site names itself (the `<title>` suffix, og:site_name, the
    // host), not the headline: an article may be about a forum.
    let site = site_names(blocks.head());
    let kind = blocks.head().meta("og:type").unwrap_or_default();
    let named = |words: &[&str]| {
        words.iter().any(|w| {
            kind.eq_ignore_ascii_case(w) || site.iter().any(|s| s.contains(w))
        })
    };
    let lines = lines.len();
    let forum = posts.is_some_and(|p| p.forum);
    // Floors under an article are its comments: a thread is a page whose
    // text opens with a post line.
    if named(&["论坛", "bbs", "forum", "社区"]) && lines >= 1 || forum {
        return PageKind::ForumThread;
    }
    if named(&["博客", "blog"]) || posts.is_some_and(|p| p.head.is_some()) {
        return PageKind::BlogPost;
    }
    PageKind::Article
}

/// The post lines of a page (see [`is_post_line`]), read once for both
/// the split and the kind.
pub(super) fn post_lines(blocks: &Blocks) -> Vec<usize> {
    let bs = blocks.blocks();
    (0..bs.len())
        .filter(|&i| {
            let b = &bs[i];
            !b.hidden && b.chars <= 80 && is_post_line(&b.text)
        })
        .collect()
}

/// `楼主`, `2楼`, `第 3 楼`, `#3`, `发表于 2005-9-15`: the head line of a
/// post. A `#1` that starts a sentence is a ranking, not a floor.
fn is_post_line(t: &str) -> bool {
    re!(
        POST,
        r"^(?:楼主|沙发|板凳|地板|\d+\s*楼)(?:\s|$|[:：])|^\S{1,20}\s+(?:楼主|沙发|板凳|地板|\d+\s*楼)$|^#\d+楼?$|(?:^|\s|[:：])第\s*\d+\s*楼(?:\s|$)|(?:^|\s)发表于\s*(?:19|20)\d{2}"
    );
    POST.is_match(t)
}

/// A page of several posts: where the first one ends, and its title
/// block when each post opens with a title and a date line (a blog
/// index) rather than a post line (a forum thread, a post's comments).
pub(super) struct Posts {
    /// Where the first post begins: what comes before it (a thread's
    /// breadcrumb and counters) is not body either.
    pub start: usize,
    /// The first block that is no longer the first post.
    pub end: usize,
    /// The first post's title block, on a blog index.
    pub head: Option<usize>,
    /// Whether the page opens with a forum post line: a thread.
    pub forum: bool,
}

/// Finds where the first post ends, when the body holds several.
///
/// Two shapes: post lines (`楼主`, `第 2 楼`, `发表于 …`), where the
/// article ends at the first one after it has begun; and three or more
/// title-then-date heads in the content root with the body starting at
/// the first, where it ends at the second. Both need the body to have
/// started before the cut, so a line that opens the article is no cut.
pub(super) fn split_posts(
    blocks: &Blocks,
    roles: &[Role],
    in_root: &[bool],
    lines: &[usize],
) -> Option<Posts> {
    let bs = blocks.blocks();
    // The first sentence of the body: a thread's breadcrumb or counters
    // above its first post may be body too.
    let first = (0..bs.len()).find(|&i| {
        roles[i] == Role::Body && bs[i].punct >= 2 && bs[i].chars >= 20
    })?;
    // Prose of the body between two blocks: sentences, not labels.
    let body_between = |a: usize, b: usize| -> u32 {
        (a..b)
            .filter(|&k| roles[k] == Role::Body && bs[k].punct >= 2)
            .map(|k| bs[k].chars - bs[k].link_chars)
            .sum()
    };
    if lines.len() >= 2 {
        // A thread opens with a post line, and its first post ends at the
        // next one, however short; lines that come only after an article
        // are its comments, once the article has said something.
        let forum = lines[0] < first;
        let need = if forum { 1 } else { 50 };
        let cut = lines
            .iter()
            .copied()
            .find(|&h| h > first && body_between(first, h) >= need);
        if let Some(end) = cut {
            let start = if forum { lines[0] + 1 } else { 0 };
            return Some(Posts { start, end, head: None, forum });
        }
    }
    // Post furniture (a footer, a byline) is no title; of two lines over
    // one date line, the nearer is the title.
    let mut heads: Vec<usize> = (0..bs.len().saturating_sub(1))
        .filter(|&i| {
            in_root[i]
                && !matches!(
                    roles[i],
                    Role::Copyright
                        | Role::Disclaimer
                        | Role::Comment
                        | Role::Share
                        | Role::Editor
                        | Role::Byline
                )
                && is_post_head(bs, i)
        })
        .collect();
    let all = heads.clone();
    heads.retain(|h| !all.contains(&(h + 1)));
    // Three posts, each with text of its own, and nothing of the article
    // before the first: a signature (`某某局` over a date) or a header
    // table printed twice is not a post.
    let posts = heads.len() >= 3
        && body_between(0, heads[0]) < 100
        && heads.windows(2).take(2).all(|w| {
            body_between(w[0], w[1]) >= 50 && bs[w[0]].text != bs[w[1]].text
        });
    posts.then(|| Posts {
        start: heads[0],
        end: heads[1],
        head: Some(heads[0]),
        forum: false,
    })
}

/// A short title line followed within two blocks by a date line.
fn is_post_head(bs: &[crate::Block], i: usize) -> bool {
    let b = &bs[i];
    let title = !b.hidden
        && (2..=40).contains(&b.chars)
        && b.punct <= 2
        && !b.text.ends_with(['。', '！', '？', '!', '?', '；', '：', ':'])
        && !DATE.is_match(&b.text);
    title
        && bs[i + 1..].iter().take(2).any(|d| {
            !d.hidden
                && d.chars <= 40
                && d.punct <= 4
                && DATE.is_match(&d.text)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(html: &str) -> (PageKind, usize) {
        let blocks = crate::Blocks::from_dom(&crate::parse(html));
        let a = crate::extract(&blocks);
        (a.kind, a.body(&blocks).len())
    }

    #[test]
    fn a_channel_page_is_a_list_with_no_body() {
        let items: String = (1..=12)
            .map(|d| {
                format!(
                    "<li><a href=/{d}>第{d}条新闻的标题在这里，说了一件事</a>\
                     <span>2024-03-{d:02}</span></li>"
                )
            })
            .collect();
        let html = format!(
            "<title>新闻动态_某某学会</title><h2>新闻动态</h2>\
             <ul class=news-list>{items}</ul><div class=pages>1 2 3 下一页</div>"
        );
        assert_eq!(kind(&html), (PageKind::List, 0));
    }

    #[test]
    fn an_article_with_a_dated_related_list_is_an_article() {
        let items: String = (1..=12)
            .map(|d| {
                format!(
                    "<li><a href=/{d}>第{d}条相关新闻的标题</a> 2024-03-{d:02}</li>"
                )
            })
            .collect();
        let para = "<p>今天，本市召开了新闻发布会，介绍了有关情况，\
            记者从会上获悉，全市经济运行稳中有进，各项指标好于预期。</p>";
        let html = format!(
            "<h1>本市召开新闻发布会</h1><div class=content>{}</div>\
             <ul class=related>{items}</ul>",
            para.repeat(4)
        );
        assert_eq!(kind(&html).0, PageKind::Article);
    }

    #[test]
    fn forum_and_blog() {
        let html = "<title>春节回家 - 某某论坛</title><h1>春节回家</h1>\
            <div class=post><div>楼主 发表于 2005-9-15 11:46:00</div>\
            <p>今年春节终于可以回家了，心情很好，和大家分享一下。</p></div>";
        assert_eq!(kind(html).0, PageKind::ForumThread);
        let html =
            "<title>红烧肉的做法 - 小王的博客</title><h1>红烧肉的做法</h1>\
            <p>今天做了红烧肉，步骤如下，先焯水，再炒糖色，最后慢炖。</p>";
        assert_eq!(kind(html).0, PageKind::BlogPost);
    }

    #[test]
    fn an_index_gives_its_first_post_and_a_thread_its_first_floor() {
        let post = |t: &str, d: &str, p: &str| {
            format!(
                "<div class=post><h2><a href=/p>{t}</a></h2><div>{d}</div>\
                 <p>{p}，这是正文的第一句话，后面还有更多的内容。</p>\
                 <p>第二段也写了不少东西，说明情况，交代前因后果，读者才会明白。</p></div>"
            )
        };
        let html = format!(
            "<title>某人的小站</title><div class=main>{}{}{}</div>",
            post("第一篇文章", "2023年4月2日", "春天来了"),
            post("第二篇文章", "2023年3月26日", "去看了花"),
            post("第三篇文章", "2023年3月19日", "修好了烤箱")
        );
        let blocks = crate::Blocks::from_dom(&crate::parse(&html));
        let a = crate::extract(&blocks);
        let body = a.body(&blocks);
        assert_eq!(a.kind, PageKind::BlogPost);
        assert_eq!(a.title.as_deref(), Some("第一篇文章"));
        assert_eq!(body.len(), 2, "{body:?}");
        assert!(body[0].starts_with("春天来了"));

        let floor = |who: &str, f: &str, text: &str| {
            format!("<div><div>{who} {f}</div><div>发表于 2014-8-3 20:41</div><div>{text}</div></div>")
        };
        let html = format!(
            "<title>换水管 - 某某家园</title><h1>换水管</h1>{}{}{}",
            floor("老周", "楼主", "老房子的水管用了二十多年，上个月终于全部换掉了，花了两千出头，师傅一天半干完。"),
            floor("小王", "2楼", "走顶确实好，就是吊顶要留检修口，不然以后还是麻烦，这一点要注意。"),
            floor("青石", "3楼", "请问打压测试是师傅自带的工具吗？我家下个月也准备换，想先问清楚。")
        );
        let (kind, n) = kind(&html);
        assert_eq!((kind, n), (PageKind::ForumThread, 1));
    }

    #[test]
    fn floors_under_an_article_are_comments_not_a_thread() {
        let para = "<p>今天，本市召开了新闻发布会，介绍了有关情况，\
            记者从会上获悉，全市经济运行稳中有进，各项指标好于预期。</p>";
        let floors: String = (1..=3)
            .map(|k| format!("<div><h3>网友{k} {k}楼</h3><p>说得好，支持一下，希望越来越好。</p></div>"))
            .collect();
        let html = format!(
            "<h1>本市召开新闻发布会</h1><div class=content>{}{floors}</div>",
            para.repeat(3)
        );
        let (kind, n) = kind(&html);
        assert_eq!((kind, n), (PageKind::Article, 3));
    }
}
