//! Stage 4: blocks to an article, and a role for every block.
//!
//! The content root is the element whose blocks add up to the most
//! article-like text: each block is worth its non-link characters plus a
//! bonus per punctuation mark (Chinese prose is dense in ，。), minus a
//! cost per link character and per block. Navigation and lists are
//! negative, so the best element is the tightest one around the article.
//! Blocks inside the root are body unless their class/id names, a list
//! heading above them, or their own text say otherwise.

use crate::blocks::{fold_ws, hint, Block, Blocks};
use crate::page::Role;

/// How far up from a block its value is added; deeper layouts than this
/// are wrappers, not content, and the cap keeps deep nesting linear.
const MAX_CLIMB: usize = 64;

/// The article found on a page, and a role for every block.
///
/// # Examples
///
/// ```
/// let html = "<title>标题_新闻网</title><div class=nav><a href=/>首页</a></div>\
///     <h1>标题</h1><div class=date>2024年03月05日 14:22 来源：新华社</div>\
///     <div class=content><p>第一段正文，有足够的标点。内容如此。</p>\
///     <p>第二段正文，同样如此，内容丰富。</p></div>";
/// let blocks = zhclean::Blocks::from_dom(&zhclean::parse(html));
/// let a = zhclean::extract(&blocks);
/// assert_eq!(a.title.as_deref(), Some("标题"));
/// assert_eq!(a.published.as_deref(), Some("2024-03-05 14:22:00"));
/// assert_eq!(a.origin.as_deref(), Some("新华社"));
/// assert_eq!(a.body(&blocks).len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// The title, without a site suffix.
    pub title: Option<String>,
    /// Publication time, `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Author (`作者:`), when named.
    pub author: Option<String>,
    /// Origin (`来源:`), when named.
    pub origin: Option<String>,
    /// A role for every block, by index.
    pub roles: Vec<Role>,
    /// Whether each block lies inside the content root.
    pub in_root: Vec<bool>,
}

impl Article {
    /// The texts of the blocks whose role is [`Role::Body`].
    pub fn body<'a>(&self, blocks: &'a Blocks) -> Vec<&'a str> {
        blocks
            .blocks()
            .iter()
            .zip(&self.roles)
            .filter(|(_, r)| **r == Role::Body)
            .map(|(b, _)| b.text.as_str())
            .collect()
    }
}

/// Finds the article in a page's blocks.
pub fn extract(blocks: &Blocks) -> Article {
    let bs = blocks.blocks();
    let prose = prose_per_elem(blocks);
    let hints = effective_hints(blocks, &prose);
    let related = list_sections(blocks, &prose);
    let root = content_root(blocks, &hints, &related);
    let mut roles = Vec::with_capacity(bs.len());
    let mut in_root = Vec::with_capacity(bs.len());
    let mut seen_body = false;
    for (i, b) in bs.iter().enumerate() {
        let inside = root != u32::MAX && blocks.is_within(b.elem, root);
        in_root.push(inside);
        let role =
            role_of(blocks, &hints, b, inside, root, related[i], seen_body);
        seen_body |= role == Role::Body;
        roles.push(role);
    }
    rescue_neighbours(blocks, &hints, &mut roles, &in_root, &related);
    let (title, title_block) = find_title(blocks);
    if let Some(t) = title_block {
        roles[t] = Role::Title;
    }
    // A heading inside the body that repeats the title is the title.
    if let Some(t) = &title {
        for (b, r) in bs.iter().zip(roles.iter_mut()) {
            if *r == Role::Body && b.text == *t {
                *r = Role::Title;
            }
        }
    }
    let zone = header_zone(&roles, title_block);
    let published = find_date(blocks, &roles, zone.clone());
    let (origin, author) = find_byline(blocks, &roles, zone);
    Article { title, published, author, origin, roles, in_root }
}

/// Punctuation marks of link-free prose under each element, and on the
/// whole page: how much of the article an element holds.
fn prose_per_elem(blocks: &Blocks) -> (Vec<u32>, u32) {
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
fn effective_hints(blocks: &Blocks, prose: &(Vec<u32>, u32)) -> Vec<u32> {
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
fn hints_below(
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
    r"^[>»›\s\[【]*(?:相关(?:内容|阅读|文章|新闻|推荐|报道|链接|稿件|资讯|专题|搜索|视频)?|热门(?:资讯|文章|推荐|新闻|阅读|评论|标签|专题|排行|话题)?|热点(?:推荐|新闻|资讯|排行|阅读)|推荐(?:阅读|文章|新闻|资讯|内容)|为您推荐|为你推荐|猜你喜欢|你可能(?:还)?(?:喜欢|感兴趣)|大家都在看|延伸阅读|扩展阅读|精彩推荐|精彩图片|今日推荐|编辑推荐|编辑精选|排行榜?|点击排行|阅读排行|24小时排行|一周排行|最新(?:文章|资讯|新闻|发布|更新)|往期回顾|更多(?:新闻|资讯|精彩|阅读)|网友评论|最新评论|热门评论)[\]】\s:：>»更多moreMORE]*$"
);

/// Marks the blocks that follow a list heading (相关阅读, 热门资讯, ...)
/// inside the smallest element holding the heading and what follows. When
/// that element holds most of the page's prose (the heading sits loose in
/// a page-wide layout), marking stops at the first paragraph of prose.
fn list_sections(blocks: &Blocks, prose: &(Vec<u32>, u32)) -> Vec<bool> {
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

fn content_root(blocks: &Blocks, hints: &[u32], related: &[bool]) -> u32 {
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
    if std::env::var_os("ZHCLEAN_DEBUG").is_some() {
        let mut v: Vec<(usize, f32)> =
            (0..elems.len()).map(|i| (i, score(i))).collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1));
        for (i, s) in v.iter().take(8) {
            let e = &elems[*i];
            eprintln!(
                "cand {i} {} depth {} hints {:x} score {s} pos {} neg {}",
                e.tag, e.depth, hints[*i], pos[*i], neg[*i]
            );
        }
    }
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

re!(
    EDITOR_LINE,
    r"^[\s\(（\[【]*(?:责任编辑|责编|编辑|主编|审核|审校|校对|监制|值班编辑|策划|统筹|终审|二审|初审)\s*[:：|｜]"
);
re!(
    SHARE_LINE,
    r"分享到|分享至|扫一扫|扫描二维码|打印本页|关闭窗口|【字号|字号：|字体：|收藏本文|我要纠错|返回顶部|打印\s*关闭|^分享$|^收藏$|^举报$|^点赞$"
);
re!(
    DISCLAIMER,
    r"免责声明|版权声明|声明：|声明:|不代表.{0,8}(?:观点|立场|认可)|风险自担|不构成.{0,6}投资建议|本文仅代表作者|本网站所刊载|转载请注明|未经授权|不得转载|禁止转载|仅供参考，不构成|不代表本[网站台]|请联系本网|联系删除|侵权请|本站不承担"
);
re!(
    COPYRIGHT,
    r"(?i)copyright|©|版权所有|ICP备|ICP证|公网安备|增值电信业务|违法和不良信息举报"
);
re!(
    PREV_NEXT,
    r"^(?:上一篇|下一篇|上一页|下一页|返回列表|返回首页|点击查看|查看原文|阅读全文|展开全文|加载更多|看全文|全文阅读|第\s*\d+\s*页)"
);

fn role_of(
    blocks: &Blocks,
    eff: &[u32],
    b: &Block,
    inside: bool,
    root: u32,
    related: bool,
    seen_body: bool,
) -> Role {
    if b.hidden {
        return Role::Other;
    }
    if related {
        return Role::Related;
    }
    let hints = if inside {
        hints_below(blocks, eff, b.elem, root)
    } else {
        hints_below(blocks, eff, b.elem, u32::MAX)
    };
    // A content hint nearer than the boilerplate one is not checked: a
    // boilerplate region inside the content is still boilerplate.
    let by_hint = [
        (hint::SHARE, Role::Share),
        (hint::COMMENT, Role::Comment),
        (hint::STATEMENT, Role::Disclaimer),
        (hint::COPYRIGHT, Role::Copyright),
        (hint::EDITOR, Role::Editor),
        (hint::BREADCRUMB, Role::Breadcrumb),
        (hint::NAV, Role::Navigation),
        (hint::RELATED, Role::Related),
        (hint::AD, Role::Ad),
        (hint::FOOTER, Role::Copyright),
        (hint::SIDEBAR, Role::Other),
    ];
    for (bit, role) in by_hint {
        if hints & bit != 0 {
            return role;
        }
    }
    let text = b.text.as_str();
    if b.chars <= 60 && EDITOR_LINE.is_match(text) {
        return Role::Editor;
    }
    if b.chars <= 40 && SHARE_LINE.is_match(text) {
        return Role::Share;
    }
    if b.chars <= 400 && DISCLAIMER.is_match(text) {
        return Role::Disclaimer;
    }
    if b.chars <= 200 && COPYRIGHT.is_match(text) {
        return Role::Copyright;
    }
    if b.chars <= 40 && PREV_NEXT.is_match(text) {
        return Role::Navigation;
    }
    if b.chars <= 80
        && (hints & hint::LABEL != 0 || is_byline(text, seen_body))
    {
        return Role::Byline;
    }
    if b.link_density() > 0.6 && (b.chars < 120 || b.in_item) {
        return if b.in_item { Role::Related } else { Role::Navigation };
    }
    if !inside {
        return Role::Other;
    }
    if b.chars <= 60 && (b.after_img || CAPTION.is_match(text)) && b.punct <= 2
    {
        return Role::Caption;
    }
    Role::Body
}

/// A short line with a date and a source or author label. A bare date
/// after the article has begun is a signature line (gov notices end with
/// one), which belongs to the text.
fn is_byline(text: &str, seen_body: bool) -> bool {
    let has_date = DATE.is_match(text);
    let has_label = BYLINE_LABEL.is_match(text);
    (has_date && has_label)
        || (has_label && text.chars().count() <= 40 && !text.contains('。'))
        || (has_date && !seen_body && text.chars().count() <= 24)
}

re!(
    CAPTION,
    r"^(?:[（(]?资料图|图为|图片来源|图片提供|图/|图：|摄影[:：]|[（(]图片|▲)"
);

re!(
    BYLINE_LABEL,
    r"(?:来源|作者|发布时间|发表时间|发布日期|更新时间|时间|日期|发表于|浏览|阅读|点击)\s*(?:次数|量)?\s*[:：]|阅读数|浏览次数|点击数"
);

/// Article-like blocks right before or after the root that the root
/// missed (a lead paragraph in a sibling element).
fn rescue_neighbours(
    blocks: &Blocks,
    eff: &[u32],
    roles: &mut [Role],
    in_root: &[bool],
    related: &[bool],
) {
    let bs = blocks.blocks();
    let Some(first) = in_root.iter().position(|&x| x) else { return };
    let last = in_root.iter().rposition(|&x| x).unwrap_or(first);
    let prose = |roles: &[Role], i: usize| {
        let b = &bs[i];
        roles[i] == Role::Other
            && !related[i]
            && !b.in_item
            && !b.hidden
            && b.chars >= 40
            && b.punct >= 3
            && b.link_density() < 0.1
            && hints_below(blocks, eff, b.elem, u32::MAX) & hint::BOILER == 0
    };
    // A short plain line (a subheading) between prose paragraphs goes
    // along with them.
    let connector = |roles: &[Role], i: usize| {
        let b = &bs[i];
        roles[i] == Role::Other
            && !related[i]
            && !b.in_item
            && !b.hidden
            && b.chars <= 30
            && b.link_chars == 0
            && hints_below(blocks, eff, b.elem, u32::MAX) & hint::BOILER == 0
    };
    let mut i = first;
    while i > 0 {
        let mut k = i - 1;
        let mut hops = 0;
        while hops < 2 && k > 0 && !prose(roles, k) && connector(roles, k) {
            k -= 1;
            hops += 1;
        }
        if !prose(roles, k) {
            break;
        }
        for r in &mut roles[k..i] {
            *r = Role::Body;
        }
        i = k;
    }
    let mut j = last + 1;
    while j < bs.len() {
        let mut k = j;
        let mut hops = 0;
        while hops < 2
            && k + 1 < bs.len()
            && !prose(roles, k)
            && connector(roles, k)
        {
            k += 1;
            hops += 1;
        }
        if !prose(roles, k) {
            break;
        }
        for r in &mut roles[j..=k] {
            *r = Role::Body;
        }
        j = k + 1;
    }
}

/// The title: a heading that the `<title>` starts with, else og:title or
/// `<title>` without its site suffix, else the first `h1`.
fn find_title(blocks: &Blocks) -> (Option<String>, Option<usize>) {
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

/// Drops whitespace and punctuation, for comparing titles.
fn squash(s: &str) -> String {
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

re!(
    DATE,
    r"((?:19|20)\d{2})(?:\s*[-/.年]\s*|\s+)(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?(?:[\sT]*(?:(上午|下午|晚上|中午|凌晨)\s*)?(\d{1,2})\s*[:：时点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
);

re!(
    DATE_LABEL,
    r"发布时间|发表时间|发布日期|发表日期|发表于|发布于|时间\s*[:：]|日期\s*[:：]|更新时间|来源"
);

// `7/5/2005 9:23:57 PM`, `06/02/2022 - 13:48`: day first as most of the
// world writes it, month first when the first number cannot be a month.
re!(
    SLASH_DATE,
    r"(?:^|[^\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\s*-?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?)?"
);

fn format_date(
    y: u32,
    m: u32,
    d: u32,
    time: Option<(u32, u32, u32)>,
) -> Option<String> {
    if !(1990..=2099).contains(&y)
        || !(1..=12).contains(&m)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    // Midnight on the dot is a placeholder for "no time".
    if let Some((h, mi, s)) = time {
        if h < 24 && mi < 60 && s < 60 && (h, mi, s) != (0, 0, 0) {
            out.push_str(&format!(" {h:02}:{mi:02}:{s:02}"));
        }
    }
    Some(out)
}

/// Parses the first date in a text to `YYYY-MM-DD[ HH:MM:SS]`.
pub(crate) fn parse_date(text: &str) -> Option<String> {
    let iso = parse_ymd(text);
    let us = SLASH_DATE.captures(text).and_then(|c| {
        let num =
            |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (mut d, mut m, y) = (num(1)?, num(2)?, num(3)?);
        if m > 12 {
            std::mem::swap(&mut m, &mut d);
        }
        let time = match (num(4), num(5)) {
            (Some(mut h), Some(mi)) => {
                match c.get(7).map(|x| x.as_str().to_ascii_lowercase()) {
                    Some(p) if p == "p" && h < 12 => h += 12,
                    Some(p) if p == "a" && h == 12 => h = 0,
                    _ => {}
                }
                Some((h, mi, num(6).unwrap_or(0)))
            }
            _ => None,
        };
        Some((c.get(0)?.start(), format_date(y, m, d, time)?))
    });
    match (iso, us) {
        (Some((a, x)), Some((b, y))) => Some(if b < a { y } else { x }),
        (x, y) => x.or(y).map(|(_, d)| d),
    }
}

fn parse_ymd(text: &str) -> Option<(usize, String)> {
    for c in DATE.captures_iter(text) {
        let num =
            |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (y, m, d) = (num(1)?, num(2)?, num(3)?);
        let time = match (num(5), num(6)) {
            (Some(mut h), Some(mi)) => {
                if matches!(
                    c.get(4).map(|m| m.as_str()),
                    Some("下午" | "晚上")
                ) && h < 12
                {
                    h += 12;
                }
                Some((h, mi, num(7).unwrap_or(0)))
            }
            _ => None,
        };
        if let Some(out) = format_date(y, m, d, time) {
            return Some((c.get(0)?.start(), out));
        }
    }
    None
}

/// Blocks between the title and the start of the body, where bylines sit.
fn header_zone(
    roles: &[Role],
    title: Option<usize>,
) -> std::ops::Range<usize> {
    let first_body = roles.iter().position(|r| *r == Role::Body);
    let start = title.or(first_body).unwrap_or(0).saturating_sub(6);
    let end = match (title, first_body) {
        (Some(t), Some(b)) if b > t => b + 2,
        (Some(t), _) => t + 12,
        (None, Some(b)) => b + 2,
        (None, None) => 0,
    };
    start..end.min(roles.len())
}

const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "datepublished",
    "apub:time",
    "weibo: article:create_at",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "firstpublishedtime",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "createdate",
    "releasedate",
    "article:published",
    "og:published_time",
    "time",
];

fn find_date(
    blocks: &Blocks,
    roles: &[Role],
    zone: std::ops::Range<usize>,
) -> Option<String> {
    let head = blocks.head();
    let meta =
        DATE_METAS.iter().find_map(|key| head.meta(key).and_then(parse_date));
    // What the reader sees beside the title wins over a meta tag on the
    // same or the next day: meta times are often in UTC.
    let bs = blocks.blocks();
    let labelled = zone
        .clone()
        .filter(|&i| {
            !bs[i].hidden
                && bs[i].chars <= 400
                && DATE_LABEL.is_match(&bs[i].text)
        })
        .find_map(|i| parse_date(&bs[i].text));
    if let (Some(m), Some(v)) = (&meta, &labelled) {
        if v.len() > 10 && days_apart(m, v) <= 1 {
            return labelled;
        }
    }
    if meta.as_ref().is_some_and(|d| d.len() > 10) {
        return meta;
    }
    let visible = visible_date(blocks, roles, zone, meta.as_deref());
    match (meta, visible) {
        // A meta date without a time, and the page shows that day with a
        // time: take the richer one.
        (Some(m), Some(v)) if v.starts_with(&m) => Some(v),
        (Some(m), _) => Some(m),
        (None, v) => v,
    }
}

/// Days between two `YYYY-MM-DD...` dates, roughly (months as 31 days):
/// only "same day or next" matters.
fn days_apart(a: &str, b: &str) -> u32 {
    let key = |s: &str| -> Option<i64> {
        let y: i64 = s.get(0..4)?.parse().ok()?;
        let m: i64 = s.get(5..7)?.parse().ok()?;
        let d: i64 = s.get(8..10)?.parse().ok()?;
        Some((y * 12 + m) * 31 + d)
    };
    match (key(a), key(b)) {
        (Some(x), Some(y)) => (x - y).unsigned_abs() as u32,
        _ => u32::MAX,
    }
}

fn visible_date(
    blocks: &Blocks,
    roles: &[Role],
    zone: std::ops::Range<usize>,
    day: Option<&str>,
) -> Option<String> {
    let bs = blocks.blocks();
    let labelled = |i: &usize| DATE_LABEL.is_match(&bs[*i].text);
    let visible = |i: &usize| !bs[*i].hidden;
    // A labelled date near the title, then any date there, then a
    // labelled date anywhere, then a date in the article, then anywhere.
    let near = zone.clone().filter(visible);
    let tries: [Box<dyn Iterator<Item = usize>>; 5] = [
        Box::new(near.clone().filter(labelled)),
        Box::new(near),
        Box::new((0..bs.len()).filter(visible).filter(labelled)),
        Box::new((0..bs.len()).filter(|&i| {
            matches!(roles[i], Role::Body | Role::Byline | Role::Editor)
        })),
        Box::new((0..bs.len()).filter(visible)),
    ];
    for it in tries {
        for i in it {
            if bs[i].chars > 400 {
                continue;
            }
            if let Some(d) = parse_date(&bs[i].text) {
                if day.is_none_or(|day| d.starts_with(day)) {
                    return Some(d);
                }
            }
        }
    }
    None
}

re!(ORIGIN, r"(?:来源|稿源|出处|来自)\s*[:：]\s*([^\s|｜/　:：]{1,40})");
re!(AUTHOR, r"(?:作者|撰文|文)\s*[:：/]\s*([^\s|｜/　:：，,。]{1,30})");
re!(
    NEXT_LABEL,
    r"(?:来源|作者|编辑|责任编辑|时间|发布|日期|浏览|阅读|点击|字号|\d{4}[-年/])"
);

fn find_byline(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for (input, want) in [
            ("2018年05月21日 10:23", "2018-05-21 10:23:00"),
            ("2018-05-21 10:23:45", "2018-05-21 10:23:45"),
            ("发布时间：2005-5-7 21:23:57", "2005-05-07 21:23:57"),
            ("2024-03-05T14:22:00+08:00", "2024-03-05 14:22:00"),
            ("2024年3月5日", "2024-03-05"),
            ("2024/03/05 下午3:05", "2024-03-05 15:05:00"),
            ("2018年05月21日10:23", "2018-05-21 10:23:00"),
            ("发布日期： 9/17/2004 5:54:13 AM", "2004-09-17 05:54:13"),
            ("7/5/2005 9:23:57 PM", "2005-05-07 21:23:57"),
            ("发表时间： 06/02/2022 - 13:48", "2022-02-06 13:48:00"),
            ("2024 01/02 09:30:05", "2024-01-02 09:30:05"),
            ("2024-03-05 00:00:00", "2024-03-05"),
        ] {
            assert_eq!(parse_date(input).as_deref(), Some(want), "{input}");
        }
        assert_eq!(parse_date("第2018期"), None);
        assert_eq!(parse_date("2018-13-45"), None);
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
