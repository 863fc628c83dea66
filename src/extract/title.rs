//! The headline.

use crate::blocks::{fold_ws, hint, Blocks, Head};

/// The title: a heading that the `<title>` starts with, else og:title or
/// `<title>` without its site suffix, else the first `h1`.
pub(super) fn find_title(blocks: &Blocks) -> (Option<String>, Option<usize>) {
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
        if !titled {
            continue;
        }
        let s = squash(&b.text);
        if s.is_empty() {
            continue;
        }
        // The block is the title, or the title plus a little (a label
        // such as 原创), or a shortened title.
        let matches = !key.is_empty()
            && (s == key
                || full.starts_with(&s)
                || (s.len() >= 12 && key.contains(&s))
                || (key.len() >= 12
                    && s.contains(&key)
                    && s.len() <= key.len() + 12));
        if matches {
            let rank = if b.heading == 0 { 7 } else { b.heading };
            if best.is_none_or(|(_, r)| rank < r) {
                best = Some((i, rank));
            }
        }
    }
    if let Some((i, _)) = best {
        return (Some(bs[i].text.clone()), Some(i));
    }
    if !stripped.is_empty() {
        return (Some(stripped), None);
    }
    if let Some(i) = bs.iter().position(|b| b.heading == 1 && !b.hidden) {
        return (Some(bs[i].text.clone()), Some(i));
    }
    (None, None)
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
