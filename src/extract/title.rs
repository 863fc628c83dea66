//! The headline.

use crate::blocks::{fold_ws, hint, Blocks, Head};
use crate::page::Role;

/// The title: a heading that the `<title>` starts with, else og:title or
/// `<title>` without its site suffix, else the first `h1`.
pub(super) fn find_title(
    blocks: &Blocks,
    roles: &[Role],
) -> (Option<String>, Option<usize>) {
    let head = blocks.head();
    let page_title = head.title.as_str();
    let og = head.meta("og:title").map(fold_ws);
    let stripped = strip_site_suffix(og.as_deref().unwrap_or(page_title));
    let bs = blocks.blocks();
    let key = squash(&stripped);
    let full = squash(page_title);
    // Headings and title-classed blocks, h1 first.
    let mut best: Option<(usize, u8)> = None;
    for (i, b) in bs.iter().enumerate() {
        if b.hidden || b.chars < 2 || b.chars > 120 {
            continue;
        }
        let titled = b.heading > 0
            || blocks
                .elems()
                .get(b.elem as usize)
                .is_some_and(|e| e.hints & hint::TITLE != 0);
        // A bold line that the `<title>` starts with is a headline set
        // in `<b>` (the `<title>` adds a column name after it).
        let bold = b.strong && b.link_chars == 0 && !b.in_item;
        if !titled && !bold {
            continue;
        }
        if is_breadcrumb(&b.text) {
            continue;
        }
        let s = squash(&b.text);
        if s.is_empty() {
            continue;
        }
        // The block is the title, or the title plus a little (a label
        // such as 原创), or a shortened title.
        let matches = if !titled {
            // Most of the title, not a bold phrase that opens it.
            s.chars().count() >= 8
                && s.chars().count() * 10 >= key.chars().count() * 7
                && full.starts_with(&s)
        } else {
            !key.is_empty()
                && (s == key
                    || full.starts_with(&s)
                    || (s.len() >= 12 && key.contains(&s))
                    || (key.len() >= 12
                        && s.contains(&key)
                        && s.len() <= key.len() + 12))
        };
        if matches {
            let rank = match (titled, b.heading) {
                (false, _) => 8,
                (_, 0) => 7,
                (_, h) => h,
            };
            if best.is_none_or(|(_, r)| rank < r) {
                best = Some((i, rank));
            }
        }
    }
    if let Some((i, _)) = best {
        return (Some(clean_title(&bs[i].text, &key)), Some(i));
    }
    // No heading matches: a `<title>` that is only a channel name
    // (`新闻动态--某某学会`) loses to the heading right above the text.
    let channel = stripped.chars().count() <= 8;
    if channel || stripped.is_empty() {
        if let Some(i) = heading_above_body(blocks, roles) {
            return (Some(clean_title(&bs[i].text, &key)), Some(i));
        }
    }
    if !stripped.is_empty() {
        return (Some(clean_title(&stripped, "")), None);
    }
    if let Some(i) = bs.iter().position(|b| b.heading == 1 && !b.hidden) {
        return (Some(bs[i].text.clone()), Some(i));
    }
    (None, None)
}

re!(
    BADGE,
    r"^\s*[\[【(（]?\s*(原创|独家|置顶|视频|图集|组图|图文|图|热|荐|推荐|精华|精|顶|新|首发|快讯|转载|直播)\s*[\]】)）]?\s*"
);
// `[某某化妆品]江门七旬阿婆...`: a name in ASCII brackets glued before
// the headline is an SEO prefix; `【资讯汇总】` columns stay.
re!(SEO_PREFIX, r"^\s*\[[^\[\]]{2,16}\]\s*(\S)");

/// The headline without badges (`<span>原创</span>`, `[视频]`) and
/// bracketed SEO prefixes. A badge is only dropped when the `<title>`
/// (its squashed `key`) does not start with it: some headlines open with
/// 新 or 热.
fn clean_title(text: &str, key: &str) -> String {
    let mut t = text.trim();
    for _ in 0..2 {
        let Some(c) = BADGE.captures(t) else { break };
        let (all, word) = (c.get(0).unwrap(), c.get(1).unwrap().as_str());
        let rest = &t[all.end()..];
        let marked = all.as_str().trim() != word; // bracketed or spaced
        let keyed = !key.is_empty() && !key.starts_with(word);
        if rest.chars().count() >= 4 && (keyed || (key.is_empty() && marked)) {
            t = rest;
        } else {
            break;
        }
    }
    if let Some(c) = SEO_PREFIX.captures(t) {
        let start = c.get(1).map_or(0, |m| m.start());
        if t[start..].chars().count() >= 6 {
            t = &t[start..];
        }
    }
    t.trim().to_string()
}

/// `首页 - 新闻动态`, `当前位置：首页 > 新闻`: a trail, not a headline.
fn is_breadcrumb(text: &str) -> bool {
    re!(
        CRUMB,
        r"^\s*(?:当前位置|您的位置|你的位置|你现在的位置|您现在的位置|所在位置|位置)\s*[:：]|^\s*(?:首页|主页|网站首页|home)\s*(?:[>»›/|｜\-－—]|&gt;)"
    );
    CRUMB.is_match(&text.to_lowercase())
}

/// The last heading before the article's first paragraph, close to it:
/// where a page without a usable `<title>` puts its headline.
fn heading_above_body(blocks: &Blocks, roles: &[Role]) -> Option<usize> {
    let bs = blocks.blocks();
    // The first paragraph of prose, not a heading the root took in.
    let first = (0..bs.len()).find(|&i| {
        roles[i] == Role::Body && bs[i].heading == 0 && bs[i].punct >= 2
    })?;
    (first.saturating_sub(6)..first).rev().find(|&i| {
        let b = &bs[i];
        b.heading > 0
            && !b.hidden
            && (6..=80).contains(&b.chars)
            && !is_breadcrumb(&b.text)
    })
}

/// The names a site goes by, lower case and squashed: the segments
/// of the `<title>` suffix (`_网易财经`), `og:site_name`, and the host of
/// the canonical address (`csdn.net`, `csdn`). A value that is one of
/// these, or the start of one (网易 for 网易财经), names the site, not
/// a person or the origin of a story.
pub(super) fn site_names(head: &Head) -> Vec<String> {
    let mut names = Vec::new();
    let title = fold_ws(&head.title);
    let stripped = strip_site_suffix(&title);
    if let Some(rest) = title.strip_prefix(stripped.as_str()) {
        for seg in rest.split(['_', '|', '｜', '-', '－', '—', '–']) {
            names.push(squash(seg).to_lowercase());
        }
    }
    for key in ["og:site_name", "application-name", "og:site"] {
        if let Some(v) = head.meta(key) {
            names.push(squash(v).to_lowercase());
        }
    }
    for key in ["og:url", "canonical"] {
        let Some(url) = head.meta(key) else { continue };
        let host = url
            .split("//")
            .nth(1)
            .unwrap_or(url)
            .split(['/', ':', '?'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host);
        names.push(squash(host));
        for label in host.split('.') {
            let generic = matches!(
                label,
                "com"
                    | "cn"
                    | "net"
                    | "org"
                    | "gov"
                    | "edu"
                    | "m"
                    | "news"
                    | "www"
                    | "wap"
                    | "mp"
                    | "html"
            );
            if !generic {
                names.push(label.to_string());
            }
        }
    }
    names.retain(|n| n.chars().count() >= 2);
    names
}

/// Whether a value names the site itself (see [`site_names`]).
pub(super) fn is_site_name(value: &str, names: &[String]) -> bool {
    let v = squash(value).to_lowercase();
    v.chars().count() >= 2 && names.iter().any(|n| n.starts_with(&v))
}

/// Drops whitespace and punctuation, for comparing titles.
pub(super) fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

re!(
    SITE_WORD,
    r"(?i)网|新闻|频道|日报|晚报|早报|时报|报$|在线|资讯|门户|中心|官网|首页|平台|社区|论坛|博客|\.com|\.cn|\.net|财经|科技|体育|娱乐|汽车|房产|教育|军事|视频|专栏"
);

/// `文章标题_新浪财经_新浪网` to `文章标题`: drops trailing segments after
/// `_`, `|` or a dash when they read like site or channel names.
fn strip_site_suffix(title: &str) -> String {
    let mut t = fold_ws(title);
    // `_` and `|` almost always start the site part: cut at the first one
    // that leaves a real title before it.
    let strong = t
        .char_indices()
        .filter(|&(_, c)| matches!(c, '_' | '|' | '｜'))
        .find(|&(i, _)| {
            t[..i].trim().chars().count() >= 6 && t[i..].chars().count() <= 40
        })
        .map(|(i, _)| i);
    if let Some(i) = strong {
        t = t[..i].trim().to_string();
    }
    loop {
        let cut = t
            .char_indices()
            .filter(|&(_, c)| {
                matches!(c, '_' | '|' | '｜' | '-' | '－' | '—' | '–')
            })
            .map(|(i, c)| (i, c.len_utf8()))
            .next_back();
        let Some((i, len)) = cut else { break };
        let head = t[..i].trim_end_matches(['-', '—', ' ']).trim();
        let tail = t[i + len..].trim();
        let sep = &t[i..i + len];
        let strong = matches!(sep, "_" | "|" | "｜");
        let tail_chars = tail.chars().count();
        let siteish =
            tail.is_empty() || SITE_WORD.is_match(tail) || tail_chars <= 4;
        if head.chars().count() >= 4 && tail_chars <= 30 && (strong || siteish)
        {
            t = head.to_string();
        } else {
            break;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(html: &str) -> Option<String> {
        crate::extract(&crate::Blocks::from_dom(&crate::parse(html))).title
    }

    const BODY: &str = "<div class=content><p>正文第一段，有足够的标点。\
        内容如此，事情是这样的。</p><p>第二段正文，同样如此，内容丰富。</p></div>";

    #[test]
    fn badges_are_not_the_headline() {
        let html = format!(
            "<title>最不愁吃肉的国家：顿顿有肉吃</title>\
             <h2 class=title><span>原创</span>最不愁吃肉的国家：顿顿有肉吃</h2>{BODY}"
        );
        assert_eq!(
            title(&html).as_deref(),
            Some("最不愁吃肉的国家：顿顿有肉吃")
        );
        // A headline that opens with a badge word keeps it.
        let html = format!("<title>热浪来袭，全市高温_某某网</title><h1>热浪来袭，全市高温</h1>{BODY}");
        assert_eq!(title(&html).as_deref(), Some("热浪来袭，全市高温"));
        for (text, want) in [
            ("【视频】市长走访社区", "市长走访社区"),
            ("[某某化妆品]七旬阿婆接来电被骗", "七旬阿婆接来电被骗"),
            ("【资讯汇总】9月26日盘中资讯", "【资讯汇总】9月26日盘中资讯"),
        ] {
            assert_eq!(clean_title(text, ""), want, "{text}");
        }
    }

    #[test]
    fn breadcrumbs_are_not_the_headline() {
        let html = format!(
            "<title>新闻动态--中国某某学会官网</title><h3>首页 - 新闻动态</h3>\
             <h5>某某学术年会在重庆成功举行！</h5>{BODY}"
        );
        assert_eq!(
            title(&html).as_deref(),
            Some("某某学术年会在重庆成功举行！")
        );
        assert!(is_breadcrumb("当前位置：首页 > 新闻"));
        assert!(!is_breadcrumb("首页经济成为新热点"));
    }

    #[test]
    fn suffixes() {
        for (input, want) in [
            ("注意！社保费征收有变_新浪财经_新浪网", "注意！社保费征收有变"),
            (
                "Arm CEO:DeepSeek最终会被封杀!-网易新闻",
                "Arm CEO:DeepSeek最终会被封杀!",
            ),
            ("四川发布人才新政--四川频道--人民网", "四川发布人才新政"),
            ("某地发布暴雨预警 | 澎湃新闻 - The Paper", "某地发布暴雨预警"),
            ("没有后缀的标题", "没有后缀的标题"),
        ] {
            assert_eq!(strip_site_suffix(input), want, "{input}");
        }
    }
}
