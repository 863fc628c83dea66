//! The content root: the element around the most article-like text.

use super::MAX_CLIMB;
use crate::blocks::{hint, Block, Blocks};

/// Punctuation marks of link-free prose under each element, and on the
/// whole page: how much of the article an element holds.
pub(super) fn prose_per_elem(blocks: &Blocks) -> (Vec<u32>, u32) {
    let elems = blocks.elems();
    let mut prose = vec![0u32; elems.len()];
    let mut total = 0u32;
    for b in blocks.blocks() {
        if b.hidden || b.link_density() > 0.5 {
            continue;
        }
        total += b.punct;
        let mut e = b.elem;
        for _ in 0..MAX_CLIMB {
            if e == u32::MAX {
                break;
            }
            prose[e as usize] += b.punct;
            e = elems[e as usize].parent;
        }
    }
    (prose, total)
}

/// Whether an element holds most of the page's prose.
fn holds_most(prose: &(Vec<u32>, u32), e: u32) -> bool {
    e == u32::MAX || (prose.1 >= 10 && prose.0[e as usize] * 2 > prose.1)
}

/// Boilerplate regions that never hold much prose.
const SHORT_REGIONS: u32 = hint::EDITOR
    | hint::SHARE
    | hint::COPYRIGHT
    | hint::STATEMENT
    | hint::BREADCRUMB;

/// The class/id hints of each element, except that a boilerplate hint on
/// an element holding most of the page's prose is dropped: a page wrapper
/// named `xd-bottom` or `main-right` is not a footer or a sidebar.
pub(super) fn effective_hints(
    blocks: &Blocks,
    prose: &(Vec<u32>, u32),
) -> Vec<u32> {
    blocks
        .elems()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if holds_most(prose, i as u32) {
                e.hints & !hint::BOILER
            } else if prose.0[i] >= 10 {
                // Editor lines, share bars, statements and breadcrumbs
                // are short: an element with this much prose is content
                // whatever its name (`TRS_Editor`, `rich-editor`).
                e.hints & !SHORT_REGIONS
            } else if prose.0[i] >= 3 {
                // An editor line has a colon at most: a few sentences
                // under an `editor` name are an editor's content box.
                e.hints & !hint::EDITOR
            } else {
                e.hints
            }
        })
        .collect()
}

/// OR of the hints of `elem` and its ancestors strictly below `stop`.
pub(super) fn hints_below(
    blocks: &Blocks,
    hints: &[u32],
    mut elem: u32,
    stop: u32,
) -> u32 {
    let mut h = 0;
    while elem != u32::MAX && elem != stop {
        h |= hints[elem as usize];
        elem = blocks.elems()[elem as usize].parent;
    }
    h
}

// Headings that open a list of other articles.
re!(
    LIST_HEADING,
    r"^[>»›\s\[【]*(?:相关(?:内容|阅读|文章|新闻|推荐|报道|链接|稿件|资讯|专题|搜索|视频)?|热门(?:资讯|文章|推荐|新闻|阅读|评论|标签|专题|排行|话题)?|热点(?:推荐|新闻|资讯|排行|阅读)|推荐(?:阅读|文章|新闻|资讯|内容)|为您推荐|为你推荐|猜你喜欢|你可能(?:还)?(?:喜欢|感兴趣)|大家都在看|延伸\s*[·•・]?\s*(?:阅读|推荐)|扩展阅读|精彩推荐|精彩图片|今日推荐|编辑推荐|编辑精选|排行榜?|点击排行|阅读排行|24小时排行|一周排行|最新(?:文章|资讯|新闻|发布|更新)|往期回顾|更多(?:新闻|资讯|精彩|阅读)|网友评论|最新评论|热门评论)[\]】\s:：>»更多moreMORE]*$"
);

/// Marks the blocks that follow a list heading (相关阅读, 热门资讯, ...)
/// inside the smallest element holding the heading and what follows. When
/// that element holds most of the page's prose (the heading sits loose in
/// a page-wide layout), marking stops at the first paragraph of prose.
pub(super) fn list_sections(
    blocks: &Blocks,
    prose: &(Vec<u32>, u32),
) -> Vec<bool> {
    let bs = blocks.blocks();
    let mut marks = vec![false; bs.len()];
    let mut i = 0;
    while i + 1 < bs.len() {
        let b = &bs[i];
        if b.chars > 14 || !LIST_HEADING.is_match(&b.text) {
            i += 1;
            continue;
        }
        marks[i] = true;
        let container = common_ancestor(blocks, b.elem, bs[i + 1].elem);
        let broad = holds_most(prose, container);
        let mut j = i + 1;
        while j < bs.len() {
            let n = &bs[j];
            if container != u32::MAX && !blocks.is_within(n.elem, container) {
                break;
            }
            if j > i + 1 && n.chars <= 14 && LIST_HEADING.is_match(&n.text) {
                break;
            }
            // Under a page-wide container, stop at the first block that
            // reads as prose and is not part of a list.
            if broad && !n.in_item && n.link_density() < 0.1 && n.punct >= 2 {
                break;
            }
            marks[j] = true;
            j += 1;
        }
        i = j;
    }
    marks
}

fn common_ancestor(blocks: &Blocks, a: u32, b: u32) -> u32 {
    let mut x = a;
    while x != u32::MAX {
        if blocks.is_within(b, x) {
            return x;
        }
        x = blocks.elems()[x as usize].parent;
    }
    u32::MAX
}

/// What a block adds to the elements around it when choosing the root.
fn value(blocks: &Blocks, hints: &[u32], b: &Block, related: bool) -> f32 {
    if b.hidden {
        return 0.0;
    }
    let hints = hints_below(blocks, hints, b.elem, u32::MAX);
    let chars = b.chars as f32;
    if related || hints & hint::BOILER != 0 && hints & hint::CONTENT == 0 {
        return -chars.min(50.0) - 5.0;
    }
    let links = b.link_chars as f32;
    let text = chars - links;
    let punct = (b.punct as f32).min(text / 4.0);
    // A per-block cost, so that many tiny blocks (menus) weigh against
    // an element; capped for tiny pages of one short paragraph.
    text + 8.0 * punct - 3.0 * links - (chars * 0.5).min(10.0)
}

pub(super) fn content_root(
    blocks: &Blocks,
    hints: &[u32],
    related: &[bool],
) -> u32 {
    let elems = blocks.elems();
    // Positive and negative mass under each element.
    let mut pos = vec![0f32; elems.len()];
    let mut neg = vec![0f32; elems.len()];
    for (b, &rel) in blocks.blocks().iter().zip(related) {
        let v = value(blocks, hints, b, rel);
        if v == 0.0 {
            continue;
        }
        let acc = if v > 0.0 { &mut pos } else { &mut neg };
        let v = v.abs();
        let mut e = b.elem;
        for _ in 0..MAX_CLIMB {
            if e == u32::MAX {
                break;
            }
            acc[e as usize] += v;
            e = elems[e as usize].parent;
        }
    }
    // The article mass times its purity squared: a wrapper that adds a
    // little text and a lot of navigation loses to the tighter element,
    // while an article container with some clutter inside still beats
    // any single paragraph in it.
    let score = |i: usize| {
        let (p, n) = (pos[i], neg[i]);
        if p <= 0.0 {
            return 0.0;
        }
        let purity = p / (p + n);
        let mut s = p * purity * purity;
        if hints[i] & hint::CONTENT != 0 {
            s *= 1.05;
        }
        s
    };
    let mut best = u32::MAX;
    let mut best_score = 0.0f32;
    for i in 0..elems.len() {
        let s = score(i);
        // Ties go to the later element in pre-order, a descendant.
        if s > 0.0 && s >= best_score {
            best_score = s;
            best = i as u32;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_heading() {
        for h in [
            "相关内容",
            "热门资讯",
            "相关阅读",
            "为您推荐",
            "猜你喜欢",
            "【相关新闻】",
            "热门推荐 更多>>",
        ] {
            assert!(LIST_HEADING.is_match(h), "{h}");
        }
        assert!(!LIST_HEADING.is_match("相关部门表示"));
    }
}
