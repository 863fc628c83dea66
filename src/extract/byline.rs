//! Author and origin.

use crate::blocks::{fold_ws, hint, Blocks};
use crate::page::Role;

re!(ORIGIN, r"(?:来源|稿源|出处|来自)\s*[:：]\s*([^\s|｜/　:：]{1,40})");
re!(AUTHOR, r"(?:作者|撰文|文)\s*[:：/]\s*([^\s|｜/　:：，,。]{1,30})");
re!(
    NEXT_LABEL,
    r"(?:来源|作者|编辑|责任编辑|时间|发布|日期|浏览|阅读|点击|字号|\d{4}[-年/])"
);

pub(super) fn find_byline(
    blocks: &Blocks,
    roles: &[Role],
    zone: std::ops::Range<usize>,
) -> (Option<String>, Option<String>) {
    let bs = blocks.blocks();
    let clip = |v: &str| -> Option<String> {
        let v = match NEXT_LABEL.find(v) {
            Some(m) if m.start() > 0 => &v[..m.start()],
            Some(_) => return None,
            None => v,
        };
        let v = v.trim_matches(|c: char| {
            c.is_whitespace() || "()（）[]【】".contains(c)
        });
        (!v.is_empty()).then(|| v.to_string())
    };
    let candidates = zone.clone().chain(
        (0..bs.len())
            .filter(|i| matches!(roles[*i], Role::Byline | Role::Editor)),
    );
    let (mut origin, mut author) = (None, None);
    for i in candidates {
        let b = &bs[i];
        if b.hidden || b.chars > 200 {
            continue;
        }
        if origin.is_none() {
            origin = ORIGIN
                .captures(&b.text)
                .and_then(|c| clip(c.get(1)?.as_str()));
        }
        if author.is_none() {
            author = AUTHOR
                .captures(&b.text)
                .and_then(|c| clip(c.get(1)?.as_str()));
        }
        if origin.is_some() && author.is_some() {
            break;
        }
    }
    // Unlabelled names in elements classed as source or author
    // (`<a class="source">新浪财经</a>`), near the title only: list items
    // carry source spans too.
    for i in zone {
        let b = &bs[i];
        let h = blocks.elems().get(b.elem as usize).map_or(0, |e| e.hints);
        if b.hidden || b.in_item || b.chars > 30 {
            continue;
        }
        if origin.is_none() && h & hint::SOURCE != 0 {
            origin = clip(
                b.text.trim_start_matches(|c: char| "来源：: ".contains(c)),
            );
        }
        if author.is_none() && h & hint::AUTHOR != 0 {
            author = clip(
                b.text.trim_start_matches(|c: char| "作者：: ".contains(c)),
            );
        }
    }
    let head = blocks.head();
    if author.is_none() {
        author = head
            .meta("author")
            .map(fold_ws)
            .filter(|a| a.chars().count() <= 30);
    }
    (origin, author)
}
