//! Author and origin, from every place pages put them, evidence ranked.
//!
//! What a reader sees beside the title comes first: labelled bylines
//! (`作者：`, `记者 张三`, `【文/李四】`, `来源：新华社`, a label whose
//! value is the next element), then elements named as author or source
//! (`class="source"`, a WeChat account name), then a media name right
//! after the date, and unlabelled names under the headline (an account
//! before the date, `石佳/中国青年报` above it: see `lines`). Then
//! labelled lines further down the article, then the
//! `<meta>` tags and JSON-LD, then an editor line and a closing
//! `（张三 北京报道）`. Metadata ranks low because sites fill it with
//! their own name (`网易`, `CSDN.NET`) or with template placeholders
//! (`name, email@gmail.com`, `104363`): such values are never taken, nor
//! image credits (`图片来源：`, `… 记者 张三 摄`), platform labels
//! (`企鹅号`) or a heading's text.

use std::ops::Range;

// Names under the headline without a label.
mod lines;
pub(super) use lines::mark_dateline;

use super::ld::Ld;
use super::time::DATE;
use super::title::{is_site_name, squash};
use crate::blocks::{fold_ws, hint, Block, Blocks};
use crate::page::Role;

// Author labels. `文` only counts after a boundary (`【文/`, a line's
// start) and before a colon or slash: `王文：` is a name and a colon.
re!(
    AUTHOR_LABEL,
    r"作\s?者|记者|撰\s?文|撰稿人?|执笔人?|通讯员|实习生|特约撰稿|文\s*[:：/／]"
);
re!(ORIGIN_LABEL, r"来\s?源|稿源|出处|转自|转载自|来自");
// Words that end a value: the next label of a byline.
re!(
    NEXT_LABEL,
    r"来\s?源|作\s?者|责任编辑|编辑|责编|校对|审核|摄影|记者|通讯员|实习生|时间|发布|发表|更新|日期|浏览|阅读|点击|评论|字号|分享|原标题|整理|整合|编译|综合|发自|\d{4}[-年/]|\d{1,2}[-月/]\d{1,2}"
);
re!(ROLE_WORD, r"^(?:编辑|责编|校对|审核|摄影|记者|通讯员|实习生)$");
re!(EDITOR_LABEL, r"(?:^|[\s(（\[【|｜])编\s?辑\s*[:：]?\s*");
// `（张三 北京报道）`, `（张三 李四）` or `（记者 张三）` closing a paragraph.
re!(
    SIGNOFF,
    r"[（(]\s*(?:\p{Han}{0,6}(?:记者|通讯员)\s*((?:\p{Han}{2,3}\s*)+)|((?:\p{Han}{2,3}\s+)+)\p{Han}{2,6}报道|(\p{Han}{2,3}(?:\s+\p{Han}{2,3})+))\s*[)）]\s*$"
);
// `2004年7月16日08:19 [ 黄宇 ]`: a bracketed name right after the date.
re!(
    DATE_THEN_NAME,
    r"^\s*[\[【]\s*(\p{Han}{2,4}(?:\s+\p{Han}{2,4})*)\s*[\]】]"
);

/// The best author and origin found; `(origin, author)`.
pub(super) fn find_byline(
    blocks: &Blocks,
    roles: &[Role],
    zone: Range<usize>,
    title: Option<&str>,
    site: &[String],
    ld: &Ld,
) -> (Option<String>, Option<String>) {
    let bs = blocks.blocks();
    let check = Check { title: title.map(squash).unwrap_or_default(), site };
    let visible = |i: &usize| {
        !bs[*i].hidden
            && bs[*i].chars <= 200
            && !matches!(
                roles[*i],
                Role::Navigation
                    | Role::Related
                    | Role::Breadcrumb
                    | Role::Copyright
                    | Role::Ad
                    | Role::Comment
            )
    };
    let near: Vec<usize> = zone.clone().filter(visible).collect();
    // Labelled lines elsewhere in the article: short ones only, since a
    // long paragraph that says 记者 is telling a story.
    let later: Vec<usize> = (0..bs.len())
        .filter(|i| !zone.contains(i) && visible(i))
        .filter(|&i| match roles[i] {
            Role::Byline | Role::Editor => true,
            Role::Body | Role::Caption => bs[i].chars <= 60,
            _ => false,
        })
        .collect();
    let mut author = None;
    let mut origin = None;
    // 1. Labelled values near the title, then hinted elements there.
    for &i in &near {
        author = author.or_else(|| authors_in_a_row(bs, i, &check));
        origin = origin.or_else(|| labelled_origin(bs, i, roles, &check));
    }
    for &i in &near {
        let b = &bs[i];
        let h = hints(blocks, b);
        let plain = b.chars <= 30
            && b.heading == 0
            && h & hint::TITLE == 0
            && !matches!(roles[i], Role::Title | Role::Body);
        if !plain {
            continue;
        }
        let strip = |s: &str| -> String {
            s.trim_start_matches(|c: char| "来源作者：: ".contains(c)).into()
        };
        if author.is_none() && h & hint::AUTHOR != 0 {
            author = check.person(&strip(&b.text));
        }
        if origin.is_none() && h & hint::SOURCE != 0 && h & hint::AUTHOR == 0 {
            origin = check.origin(&strip(&b.text));
        }
    }
    // 2. A media name right after the date: `2019-09-26 10:56 证券时报网`;
    // a bracketed name there is the author.
    if origin.is_none() {
        origin = near.iter().find_map(|&i| after_date(&bs[i], &check));
    }
    let (line_origin, a) = lines::under_title(blocks, roles, &check);
    if author.is_none() {
        author = a.or_else(|| {
            near.iter().find_map(|&i| {
                let t = &bs[i].text;
                let m = DATE.find(t).filter(|_| bs[i].chars <= 80)?;
                let c = DATE_THEN_NAME.captures(&t[m.end()..])?;
                check.person(c.get(1)?.as_str())
            })
        });
    }
    // 3. Labelled lines further down (`本文来源：`, `本报记者 张三`) and a
    // forum or blog post's `张三 发表于 2005-9-15`.
    for &i in &later {
        author = author.or_else(|| authors_in_a_row(bs, i, &check));
        origin = origin.or_else(|| labelled_origin(bs, i, roles, &check));
    }
    // The unlabelled name under the title, unless a byline names that
    // person as the author (`蔡越坤2018-06-12 16:29`, then 作者：蔡越坤).
    if origin.is_none() {
        origin = line_origin.filter(|o| {
            author.as_deref().is_none_or(|a| !squash(a).contains(&squash(o)))
        });
    }
    // A byline the template put in its copyright box: `版权声明 来源：某报
    // 时间：2019-09-23 14:34:05 作者：`, dated, so about this article.
    if origin.is_none() {
        origin = (0..bs.len())
            .filter(|&i| {
                matches!(roles[i], Role::Disclaimer | Role::Copyright)
            })
            .filter(|&i| !bs[i].hidden && bs[i].chars <= 80)
            .filter(|&i| DATE.is_match(&bs[i].text))
            .find_map(|i| labelled_origin(bs, i, roles, &check));
    }
    if author.is_none() {
        author = bs.iter().enumerate().find_map(|(i, b)| {
            (!b.hidden && !b.in_item && roles[i] != Role::Related)
                .then(|| posted_by(&b.text, &check))
                .flatten()
        });
    }
    // `来源：尹娟`: a person given as the source wrote it.
    if author.is_none() {
        author = origin.clone().filter(|o| lines::is_person(o));
    }
    if author.is_none() {
        author = lines::lone_name(blocks, roles, &check);
    }
    // 4. Metadata.
    let head = blocks.head();
    if origin.is_none() {
        origin = ["source", "article:source", "og:article:source"]
            .iter()
            .filter_map(|k| head.meta(k))
            .find_map(|v| {
                let v = fold_ws(v);
                match ORIGIN_LABEL.find(&v) {
                    Some(m) if m.start() == 0 => value_after(&v, m.end()),
                    _ => Some(v),
                }
                .and_then(|v| check.origin(&v))
            });
    }
    // A meta author that is the origin names the medium, not a person.
    if author.is_none() {
        let metas = ["author", "article:author", "og:article:author"]
            .iter()
            .filter_map(|k| head.meta(k));
        author = ld.author.as_deref().into_iter().chain(metas).find_map(|a| {
            check.person(a).filter(|a| origin.as_deref() != Some(a.as_str()))
        });
    }
    // 5. An editor line, then a closing `（张三 北京报道）`.
    if author.is_none() {
        author = near.iter().chain(&later).find_map(|&i| {
            let t = &bs[i].text;
            let m = EDITOR_LABEL.find(t)?;
            check.person(&value_after(t, m.end())?)
        });
    }
    if author.is_none() {
        author = signoff(bs, roles, &check);
    }
    (origin, author)
}

/// What a value is checked against.
struct Check<'a> {
    title: String,
    site: &'a [String],
}

impl Check<'_> {
    /// A name, or names, that can be an author.
    fn person(&self, v: &str) -> Option<String> {
        let v = clean(v)?;
        if v.chars().count() > 20 || is_site_name(&v, self.site) {
            return None;
        }
        Some(v)
    }

    /// A value that can be an origin.
    fn origin(&self, v: &str) -> Option<String> {
        let v = clean(v)?;
        // One medium: `新华社 跟贴` is a name and a link after it.
        let v = match v.split_once(' ') {
            Some((first, _)) if first.chars().all(is_han) => first.into(),
            _ => v,
        };
        let n = v.chars().count();
        // Most of the headline is the headline, misread (a name that
        // opens the headline is fine: 某某医院开通...).
        let title = self.title.chars().count();
        let fragment =
            n >= 6 && n * 2 >= title && self.title.contains(&squash(&v));
        (n <= 30 && !fragment).then_some(v)
    }
}

/// Trims a value and rejects what cannot be a name: placeholders (an
/// email address, template words, mostly digits, markup), "unknown",
/// sentences, single characters.
fn clean(v: &str) -> Option<String> {
    let v = v.trim_matches(|c: char| {
        c.is_whitespace()
            || "()（）[]【】<>《》「」\"'“”:：,，.。|｜/".contains(c)
    });
    let v = fold_ws(v);
    let n = v.chars().count();
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let lower = v.to_lowercase();
    let bad = n < 2
        || digits >= 3
        || digits * 2 >= n
        || v.contains(['@', '=', '<', '>', '"', '{', '}'])
        || v.contains(['，', '。', '！', '？', '；', ',', '；'])
        || lower.contains("email")
        || lower.contains("www.")
        || lower.contains("http")
        || matches!(
            lower.as_str(),
            "未知"
                | "佚名"
                | "匿名"
                | "不详"
                | "admin"
                | "管理员"
                | "name"
                | "null"
                | "none"
                | "undefined"
                | "本站"
                | "本网"
        // The kind of account a platform shows beside its name.
                | "企鹅号" | "头条号" | "百家号" | "网易号" | "澎湃号" | "大鱼号"
                | "搜狐号" | "一点号" | "大风号" | "公众号"
        // Words that follow a label in prose (作者手记, 该作者文章).
                | "手记" | "文章" | "简介" | "介绍" | "整理" | "编辑" | "记者"
                | "本报" | "报道" | "网络" | "网络整理" | "综合" | "了解到" | "获悉" | "表示" | "认为"
        );
    (!bad).then_some(v)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn hints(blocks: &Blocks, b: &Block) -> u32 {
    blocks.elems().get(b.elem as usize).map_or(0, |e| e.hints)
}

/// The value after a label: up to the next label or a separator. A list
/// of short names (`段彦超 廖艳`) is kept whole.
fn value_after(text: &str, at: usize) -> Option<String> {
    let rest = text[at..].trim_start_matches(|c: char| {
        c.is_whitespace() || ":：/／".contains(c)
    });
    // A bracketed value: `来源：[ 国际金融报 ]`.
    if let Some(inner) = rest.strip_prefix(['[', '【', '《', '(', '（']) {
        let end = inner.find([']', '】', '》', ')', '）'])?;
        return Some(inner[..end].trim().to_string());
    }
    let end = rest
        .find(|c: char| "|｜/／，,。;；：:()（）[]【】　\u{a0}".contains(c))
        .unwrap_or(rest.len());
    let mut v = &rest[..end];
    // `刘明涛 每经编辑`: a word glued to a role label names the medium.
    let mut glued = false;
    if let Some(m) = NEXT_LABEL.find(v) {
        glued = ROLE_WORD.is_match(m.as_str())
            && v[..m.start()].ends_with(|c: char| !c.is_whitespace());
        v = &v[..m.start()];
    }
    let mut words: Vec<&str> = v.split_whitespace().collect();
    if glued && words.len() > 1 {
        words.pop();
    }
    let first = *words.first()?;
    let short_name = |w: &str| {
        (2..=4).contains(&w.chars().count()) && w.chars().all(is_han)
    };
    // `王建宏 张文攀` are two people; `新京报 记者` or `彭冲 山东冠县报道`
    // stop at the first word that is not a name.
    let mut n = 1;
    if short_name(first) {
        while n < words.len()
            && short_name(words[n])
            && !words[n].ends_with("报道")
            && !words[n].contains('摄')
        {
            n += 1;
        }
    }
    Some(words[..n].join(" "))
}

/// The labelled author in block `i`, with those of the next line: byline
/// lines in a row (`本报实习生 甲 乙`, then `本报记者 丙`) name the authors
/// together.
fn authors_in_a_row(bs: &[Block], i: usize, check: &Check) -> Option<String> {
    let a = labelled_author(bs, i, check)?;
    let next = bs.get(i + 1).filter(|n| !n.hidden && n.chars <= 60);
    let more = next.and_then(|_| labelled_author(bs, i + 1, check));
    let more = more.unwrap_or_default();
    let new: Vec<&str> = more
        .split(' ')
        .filter(|w| !w.is_empty() && !a.split(' ').any(|x| x == *w))
        .collect();
    Some(if new.is_empty() { a } else { format!("{a} {}", new.join(" ")) })
}

/// A labelled author in block `i`, or in the next block when the label
/// ends this one (`<span>作者：</span><span>张三</span>`).
fn labelled_author(bs: &[Block], i: usize, check: &Check) -> Option<String> {
    let t = &bs[i].text;
    if is_credit(t) {
        return None;
    }
    for m in AUTHOR_LABEL.find_iter(t) {
        let before = t[..m.start()].chars().next_back();
        let label = m.as_str();
        if label.starts_with('文')
            && before.is_some_and(|c| !" 【[（(□|｜■●".contains(c))
        {
            continue;
        }
        // 工作者, 创作者, 读者: words that end in 者.
        if label.starts_with('作')
            && before.is_some_and(|c| "工创著制写操协合读".contains(c))
        {
            continue;
        }
        // `作者简介`, `记者了解到`: a label right before prose is a word in
        // a sentence. Without a separator, the name must end the clause.
        let rest = &t[m.end()..];
        // `文/观察者网专栏作者 王文`: the name follows the last label.
        let seg = rest.find(['|', '｜', '，', '。']).unwrap_or(rest.len());
        // (`记者 高江虹 实习生 魏孙媛` has a name before the next label.)
        if let Some(n) = AUTHOR_LABEL.find(&rest[..seg]) {
            let named = rest[..n.start()].split_whitespace().any(|w| {
                (2..=4).contains(&w.chars().count()) && w.chars().all(is_han)
            });
            if !named {
                continue;
            }
        }
        let sep = rest
            .starts_with(|c: char| c.is_whitespace() || ":：/／".contains(c));
        if !sep && !label.ends_with(['/', '／', ':', '：']) {
            let name: String =
                rest.chars().take_while(|c| is_han(*c)).collect();
            let after = rest[name.len()..].chars().next();
            let ends = after.is_none_or(|c| " ）)】]|｜".contains(c));
            if !(2..=3).contains(&name.chars().count()) || !ends {
                continue;
            }
        }
        let bare = |c: char| c.is_whitespace() || ":：".contains(c);
        if rest.trim_matches(bare).is_empty() {
            return next_value(bs, i).and_then(|v| check.person(&v));
        }
        if let Some(v) = value_after(t, m.end()).and_then(|v| check.person(&v))
        {
            return Some(v);
        }
    }
    None
}

/// An image credit (`图片来源：每经记者 张三 摄`, `资料图：… 记者 李四 摄`):
/// the photographer is not the author.
fn is_credit(t: &str) -> bool {
    let t = t
        .trim_end_matches(|c: char| c.is_whitespace() || "）)]】".contains(c));
    // `记者 张三 文并摄`: text and photos, an author.
    if ["文并摄", "文/摄", "文、摄", "文图"].iter().any(|w| t.contains(w))
    {
        return false;
    }
    t.ends_with('摄')
        || t.ends_with("摄影")
        || ["图片来源", "资料图", "供图", "图/", "图："]
            .iter()
            .any(|w| t.contains(w))
}

/// A labelled origin in block `i` (or the next block), never an image
/// credit (`图片来源：`, a caption) or prose (`来源于`).
fn labelled_origin(
    bs: &[Block],
    i: usize,
    roles: &[Role],
    check: &Check,
) -> Option<String> {
    let b = &bs[i];
    if roles[i] == Role::Caption || b.after_img {
        return None;
    }
    let t = &b.text;
    for m in ORIGIN_LABEL.find_iter(t) {
        let before: String = t[..m.start()]
            .chars()
            .rev()
            .take(2)
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        if before.ends_with(['图', '片', '像', '频', '据'])
            || before.ends_with("照")
        {
            continue;
        }
        let mut end = m.end();
        let rest = &t[end..];
        let colon_after = |s: &str| s.trim_start().starts_with([':', '：']);
        // `来源于：X` is a label; `来源于X` is prose.
        if let Some(r) = rest.strip_prefix('于') {
            if !colon_after(r) {
                continue;
            }
            end += '于'.len_utf8();
        }
        let rest = &t[end..];
        let colon = colon_after(rest);
        if !colon && (m.as_str() == "来自" || b.chars > 60) {
            continue;
        }
        if rest
            .trim_matches(|c: char| c.is_whitespace() || ":：".contains(c))
            .is_empty()
        {
            return next_value(bs, i).and_then(|v| check.origin(&v));
        }
        if let Some(v) = value_after(t, end).and_then(|v| check.origin(&v)) {
            return Some(v);
        }
    }
    None
}

/// The text of the block after a label that ends its block, when it is
/// short enough to be the value.
fn next_value(bs: &[Block], i: usize) -> Option<String> {
    let n = bs.get(i + 1).filter(|n| !n.hidden && n.chars <= 30)?;
    value_after(&n.text, 0)
}

/// `2019-09-26 10:56:28 证券时报网`: a short name, nothing else, after a
/// date at the start of a byline.
fn after_date(b: &Block, check: &Check) -> Option<String> {
    if b.chars > 50 || b.link_chars == 0 {
        return None;
    }
    let m = DATE.find(&b.text).filter(|m| m.start() <= 4)?;
    let rest = b.text[m.end()..].trim();
    let plain =
        rest.chars().all(|c| c.is_alphanumeric() || c == '·' || c == ' ');
    if !plain
        || NEXT_LABEL.is_match(rest)
        || rest.contains("星期")
        || rest.contains("周")
    {
        return None;
    }
    check.origin(rest)
}

/// `ggjjzhzz 发表于 2005-9-15 11:46:00`, or a blog post's footer `由张三
/// 张贴 @ 2005-06-14 03:25:55`: a post's author line.
fn posted_by(text: &str, check: &Check) -> Option<String> {
    re!(
        POSTED,
        r"^(\S{2,20})\s*(?:发表于|发布于|发表时间|写于)\s*[:：]?\s*(?:19|20)\d{2}"
    );
    re!(
        POSTED_BY,
        r"^由\s*(\S{2,20}?)\s*(?:张贴|发表|发布)\s*(?:[@于]\s*)?(?:19|20)\d{2}"
    );
    if text.chars().count() > 60 {
        return None;
    }
    let c = POSTED.captures(text).or_else(|| POSTED_BY.captures(text))?;
    check.person(c.get(1)?.as_str())
}

/// The names in a `（张三 北京报道）` that closes the last paragraph.
fn signoff(bs: &[Block], roles: &[Role], check: &Check) -> Option<String> {
    // The last few paragraphs: a note or a caption may follow.
    let tail = (0..bs.len()).rev().filter(|&i| roles[i] == Role::Body).take(3);
    tail.into_iter().find_map(|i| {
        let c = SIGNOFF.captures(&bs[i].text)?;
        let names = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
        check.person(&value_after(names.as_str(), 0)?)
    })
}

#[cfg(test)]
mod tests;
