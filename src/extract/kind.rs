//! What kind of page this is: one article, a blog post, a forum thread,
//! or a list of other pages (an index or a channel).
//!
//! A list page is many dated headline links and little prose of its
//! own; calling a news article a list would throw its text away, so the
//! test is strict: at least 10 dated link items, under 300 characters
//! of prose, and less prose than half the items' text. Blog and forum pages are articles told apart by how the site
//! names itself (博客, 论坛, blog, bbs) and by post lines (`楼主`, `发表于`).

use super::time::DATE;
use super::title::site_names;
use crate::blocks::Blocks;
use crate::page::{PageKind, Role};

pub(super) fn page_kind(blocks: &Blocks, roles: &[Role]) -> PageKind {
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
    let posts = bs
        .iter()
        .filter(|b| !b.hidden && b.chars <= 80 && is_post_line(&b.text))
        .count();
    if named(&["论坛", "bbs", "forum", "社区"]) && posts >= 1 || posts >= 3
    {
        return PageKind::ForumThread;
    }
    if named(&["博客", "blog"]) {
        return PageKind::BlogPost;
    }
    PageKind::Article
}

/// `楼主`, `2楼`, `发表于 2005-9-15`, `回复 #3`: the head line of a post.
fn is_post_line(t: &str) -> bool {
    re!(
        POST,
        r"^(?:楼主|沙发|板凳|地板|\d+\s*楼|#\d+)(?:\s|$|[:：])|(?:^|\s)发表于\s*(?:19|20)\d{2}"
    );
    POST.is_match(t)
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
}
