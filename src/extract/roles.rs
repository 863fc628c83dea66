//! A role for every block.

use super::root::hints_below;
use super::time::DATE;
use crate::blocks::{hint, Block, Blocks};
use crate::page::Role;

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
    r"免责声明|版权声明|声明：|声明:|不代表.{0,8}(?:观点|立场|认可)|风险自担|不构成.{0,6}投资建议|本文仅代表作者|本网站所刊载|转载请注明|未经授权|不得转载|禁止转载|仅供参考，不构成|不代表本[网站台]|请联系本网|联系删除|侵权请|本站不承担|如因作品内容、版权|需要同本网联系"
);
re!(
    COPYRIGHT,
    r"(?i)copyright|©|版权所有|ICP备|ICP证|公网安备|增值电信业务|违法和不良信息举报"
);
re!(
    PREV_NEXT,
    r"^(?:上一篇|下一篇|上一页|下一页|返回列表|返回\S{0,8}首页|点击查看|查看原文|阅读全文|展开全文|加载更多|看全文|全文阅读|第\s*\d+\s*页)"
);

pub(super) fn role_of(
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
    // Text after an image is its caption when short and not a sentence
    // or a bold subheading (`<strong>《冬夜读书示子聿》</strong>`).
    let sentence = text.ends_with(['。', '！', '？', '!', '?']);
    let after_img = b.after_img && !b.strong && !sentence;
    if b.chars <= 60 && (after_img || CAPTION.is_match(text)) && b.punct <= 2 {
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
        || BYLINE_LABEL.find_iter(text).take(2).count() == 2
        || (has_label && text.chars().count() <= 40 && !text.contains('。'))
        || (has_date && !seen_body && text.chars().count() <= 24)
}

re!(
    CAPTION,
    r"^(?:[（(]?资料图|图为|图片来源|图片提供|图/|图：|摄影[:：]|[（(]图片|▲)"
);

re!(
    BYLINE_LABEL,
    r"(?:来源于?|作者|发布时间|发表时间|发布日期|更新时间|时间|日期|发表于|浏览|阅读|点击)\s*(?:次数|量)?\s*[:：]|阅读数|浏览次数|点击数"
);

/// Article-like blocks right before or after the root that the root
/// missed (a lead paragraph in a sibling element).
pub(super) fn rescue_neighbours(
    blocks: &Blocks,
    eff: &[u32],
    roles: &mut [Role],
    in_root: &[bool],
    related: &[bool],
) {
    let bs = blocks.blocks();
    let Some(first) = in_root.iter().position(|&x| x) else { return };
    let last = in_root.iter().rposition(|&x| x).unwrap_or(first);
    // A visible, unclaimed block outside lists and boilerplate regions.
    let free = |roles: &[Role], i: usize| {
        let b = &bs[i];
        roles[i] == Role::Other
            && !related[i]
            && !b.in_item
            && !b.hidden
            && hints_below(blocks, eff, b.elem, u32::MAX) & hint::BOILER == 0
    };
    let prose = |roles: &[Role], i: usize| {
        let b = &bs[i];
        b.chars >= 40
            && b.punct >= 3
            && b.link_density() < 0.1
            && free(roles, i)
    };
    // A short plain line (a subheading) between prose paragraphs goes
    // along with them.
    let connector = |roles: &[Role], i: usize| {
        let b = &bs[i];
        b.chars <= 30 && b.link_chars == 0 && free(roles, i)
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
