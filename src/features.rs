//! A text to named signals: lexicon hits per category and pattern rules.
//!
//! Matching is kept apart from scoring (as SpamAssassin keeps `body` tests
//! apart from `score` lines): this module says what is there, with the
//! byte range in the original text; `score` weighs it.

use std::ops::Range;

use regex::Regex;

use crate::lexicon::{Category, Matcher};
use crate::normalize::{normalize, Normalized};
use crate::score::RuleId;

// On the folded form: lower case, half-width, separators dropped.
re!(
    HYPE_TITLE,
    r"^[^!]{0,10}(?:指南|攻略|推荐|测评|评测|科普|知乎|教程|介绍|知识|分享|资讯|必看|揭秘|游戏|解答|问答|百科|热点|头条|大全|须知|详解|一分钟|重磅|最新|官方|解析|干货|新手|必读|秘籍|技巧)[^!]{0,4}!"
);
re!(YEAR_HYPE, r"^(?:20\d\d)年?[\p{Han}]{2,8}:");
re!(
    PRICE_CARD,
    r"\d+(?:\.\d+)?(?:元|块)\d+(?:张|钻|颗|个钻石)|\d+张\d+(?:元|块)|[\d一二两三四五六七八九十半.]+(?:元|块|毛)钱?(?:1|一)张|(?:1|一)张(?:只要|仅需|仅)?[\d一二两三四五六七八九十半.]+(?:元|块|毛)"
);
re!(
    WECHAT_ID,
    r"微信(?:号)?[:\s\[\](){}【】<>「」→~-]{0,4}(?:[a-z](?:[ _-]?[a-z0-9]){4,19}|\d{6,11})|wxid_[a-z0-9]{4,}"
);
re!(
    QQ_NUMBER,
    r"(?:qq|扣扣|扣|企鹅|q)(?:号|群)?[:\s\[\](){}【】<>→~-]{0,4}[1-9]\d{4,10}"
);
re!(
    DOMAIN,
    r"(?:^|[^a-z0-9.])(?:[a-z0-9-]+\.)*[a-z0-9][a-z0-9-]{1,}\.(?:com|net|cc|co|vip|top|xyz|me|app|club|bet|io|tv|info|org)(?:[^a-z]|$)"
);
// A casino brand: a Chinese name with digits in it (盛世5283娱乐场), or a
// brand word followed by how to reach it (xx娱乐城官网, xx国际app下载).
re!(
    CASINO_BRAND,
    r"\p{Han}{2,4}\d{2,5}(?:娱乐|国际|棋牌|体育|彩票|电子|真人|平台|网址|官网|com|cc)|(?:娱乐城|娱乐场|娱乐|国际|棋牌|体育|彩票|电子|真人|贵宾会)(?:官网|官方网站|app|下载|登录|登陆|注册|网址|平台|开户|入口|现金网|登录器|手机版|苹果版|安卓版|网页版)"
);
re!(PHONE, r"(?:^|[^0-9])(1[3-9]\d{9})(?:[^0-9]|$)");
re!(TEMPLATE, r"本文关键词|本文摘要|文章摘要|关键词:.{0,80}摘要:");
// On the original text, since case matters there.
re!(JUNK_TOKEN, r"^([A-Za-z0-9][A-Za-z0-9.]{1,23})(?:\p{Han}|\s*$)");
re!(JUNK_TAG, r"【(?:[A-Z]{4,12}|\p{Han}{2}[A-Za-z]{3}\p{Han}{2})】");
re!(
    BRAND_SUFFIX,
    r"[_|](?:[\p{Han}A-Za-z0-9]{2,12}?)(?:app下载|APP下载|登录器下载|登[录陆]官网|现金网|中文版|手机版|官方网站|官网|app|APP|登录|注册)[^_|]{0,10}$"
);

// A platform brand in 【】: 【鑫盛体育】, 【88娱乐官网】.
re!(
    BRAND_TAG,
    r"【[\p{Han}A-Za-z0-9]{2,8}?(?:体育|娱乐|国际|棋牌|彩票|电子|真人|娱乐城|贵宾会|平台)(?:官网|官方|app|APP|平台|登录|注册|入口|下载)?】"
);
// How a reader gets to a site or app: what an SEO query for a platform
// ends in (十大信誉赌博官网, 赌注app).
re!(
    ACCESS,
    r"官网|官方网站|app|下载|平台|网站|入口|网址|登录|登陆|注册|导航|链接|手机版|网页版|客户端|安装"
);
// Download and site links written out: ed2k, magnet, thunder, URLs.
re!(LINK, r"ed2k://|magnet:\?|thunder://|https?://|www\.");

/// The words a casino brand form is built on (see `CASINO_BRAND`).
const BRAND_WORDS: &[&str] =
    &["娱乐", "国际", "棋牌", "体育", "彩票", "电子", "真人", "贵宾会"];

/// Marks of what a folded text holds, found in one pass: each pattern
/// needs one of them, and most texts have few, so most regexes never run.
#[derive(Clone, Copy, Default)]
struct Marks(u32);

impl Marks {
    const BANG: u32 = 1;
    const COLON: u32 = 1 << 1;
    const MONEY: u32 = 1 << 2;
    const WECHAT: u32 = 1 << 3;
    const QQ: u32 = 1 << 4;
    const TEMPLATE: u32 = 1 << 5;
    const DOT: u32 = 1 << 6;
    const BRAND: u32 = 1 << 7;
    const DIGITS11: u32 = 1 << 8;
    const DIGITS5: u32 = 1 << 9;

    fn of(f: &str) -> Marks {
        let mut m = 0;
        let mut run = 0;
        for c in f.chars() {
            run = if c.is_ascii_digit() { run + 1 } else { 0 };
            if run >= 5 {
                m |= Marks::DIGITS5;
            }
            if run >= 11 {
                m |= Marks::DIGITS11;
            }
            m |= match c {
                '!' => Marks::BANG,
                ':' => Marks::COLON,
                '元' | '块' | '毛' => Marks::MONEY,
                '微' | 'w' => Marks::WECHAT,
                'q' | '扣' | '企' => Marks::QQ,
                '本' | '文' | '摘' => Marks::TEMPLATE,
                '.' => Marks::DOT,
                '娱' | '国' | '棋' | '体' | '彩' | '电' | '真' | '贵' => {
                    Marks::BRAND
                }
                _ => 0,
            };
        }
        Marks(m)
    }

    /// Whether a pattern can match at all.
    fn allow(self, rule: RuleId, f: &str) -> bool {
        let need = match rule {
            RuleId::HypeTitle => Marks::BANG,
            RuleId::YearHype => {
                if !f.starts_with("20") {
                    return false;
                }
                Marks::COLON
            }
            RuleId::PricePerCard => Marks::MONEY,
            RuleId::WechatId => Marks::WECHAT,
            RuleId::QqNumber => Marks::QQ,
            RuleId::Template => Marks::TEMPLATE,
            RuleId::Domain => Marks::DOT,
            RuleId::CasinoBrand => {
                // 国, 电 and 体 are in most news text: the brand words
                // themselves decide whether the regex runs.
                if self.0 & Marks::BRAND == 0
                    || !BRAND_WORDS.iter().any(|w| f.contains(w))
                {
                    return false;
                }
                Marks::BRAND
            }
            RuleId::Phone => Marks::DIGITS11,
            RuleId::RepeatedContact => {
                Marks::DOT | Marks::DIGITS5 | Marks::WECHAT
            }
            _ => return true,
        };
        self.0 & need != 0
    }
}

/// How much a lexicon term counts when it cuts through a word (真人 in
/// 真人秀) or is the head of a name (金花 in 金花街道).
const CUT: f32 = 0.3;

/// Words that end a place or organisation name: a spam term right before
/// one is part of the name.
const NAME_ENDS: &[&str] = &[
    "街道", "社区", "小区", "大街", "大道", "公园", "广场", "集团", "公司",
    "酒店", "宾馆", "中学", "小学", "大学", "医院", "科技", "传媒", "网络",
    "信息", "股份", "控股", "实业", "文化", "乡", "镇", "村", "路", "街",
    "县", "区",
];

/// Everything found in one text, before weighing.
#[derive(Clone, Debug, Default)]
pub(crate) struct Features {
    /// Per category (by `Category::index`): each distinct term's weight
    /// and where it is in the original.
    pub terms: [Vec<(f32, Range<usize>)>; Category::ALL.len()],
    /// Each distinct term in its folded form, with category and weight.
    pub keys: Vec<(Category, String, f32)>,
    /// Pattern rules that matched, with where.
    pub patterns: Vec<(RuleId, Range<usize>)>,
    /// Disguises undone by folding (see `Normalized::obfuscations`).
    pub obfuscations: u32,
    /// The text's length in characters.
    pub chars: usize,
}

impl Features {
    pub(crate) fn has(&self, rule: RuleId) -> bool {
        self.patterns.iter().any(|(r, _)| *r == rule)
    }

    /// Whether nothing at all was found: no term, no pattern.
    pub(crate) fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.patterns.is_empty()
    }

    /// The distinct lexicon terms found: folded term, category, weight.
    pub(crate) fn hits(
        &self,
    ) -> impl Iterator<Item = (String, Category, f32)> + '_ {
        self.keys.iter().map(|(c, t, w)| (t.clone(), *c, *w))
    }
}

/// Where a text sits, which changes which patterns apply.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Context<'a> {
    /// Byte offsets in the text where a list item's later parts (the
    /// summary after the title) start; a junk token there is telling.
    pub part_starts: [usize; 4],
    pub parts: usize,
    /// The text is a page's `<title>`, site suffix and all.
    pub title: bool,
    /// The site's own name (青川体育): a site may link its own app and
    /// official site, so brand forms inside its name are not a brand
    /// planted by a campaign.
    pub own: Option<&'a str>,
}

/// Whether a lexicon hit at `start..end` of the folded text is part of
/// a longer word or a name, so it is not the term.
fn is_cut(f: &str, start: usize, end: usize, matcher: &Matcher) -> bool {
    let after = &f[end..];
    if NAME_ENDS.iter().any(|w| after.starts_with(w)) {
        return true;
    }
    crate::segment::cuts_through(f, start, end, |w| matcher.is_term(w))
        .is_some()
}

pub(crate) fn extract(
    text: &str,
    matcher: &Matcher,
    ctx: &Context,
) -> (Features, Normalized) {
    let folded = normalize(text);
    let f = folded.as_str();
    let mut out =
        Features { chars: text.chars().count(), ..Features::default() };
    // Where the site suffix of a title starts (after the last `_` or
    // `|`), in the folded text.
    // (In the original: folding drops `_` between Chinese characters.)
    let suffix_at =
        if ctx.title { text.rfind(['_', '|']).map(|i| i + 1) } else { None };
    let mut suffix_hit = None;
    for hit in matcher.find(f) {
        let term = &f[hit.start..hit.end];
        // An ASCII term must not be part of a longer word: `qq` inside
        // `qqmusic` is not QQ (digits may follow: `qq12345`).
        if term.is_ascii()
            && (f[..hit.start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphabetic())
                || f[hit.end..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic()))
        {
            continue;
        }
        // Each term counts once per text, however often it repeats.
        if out.keys.iter().any(|(c, t, _)| *c == hit.category && t == term) {
            continue;
        }
        let mut weight = hit.weight;
        if weight > 0.0
            && !term.is_ascii()
            && is_cut(f, hit.start, hit.end, matcher)
        {
            weight *= CUT;
        }
        out.keys.push((hit.category, term.to_string(), weight));
        let orig = folded.original(hit.start..hit.end);
        if suffix_at.is_some_and(|at| orig.start >= at)
            && matches!(hit.category, Category::Casino | Category::Gambling)
        {
            suffix_hit = Some(orig.clone());
        }
        out.terms[hit.category.index()].push((weight, orig));
    }
    let marks = Marks::of(f);
    let mut pat = |id: RuleId, re: &Regex| {
        if !marks.allow(id, f) {
            return;
        }
        if let Some(m) = re.find(f) {
            out.patterns.push((id, folded.original(m.start()..m.end())));
        }
    };
    pat(RuleId::HypeTitle, &HYPE_TITLE);
    pat(RuleId::YearHype, &YEAR_HYPE);
    pat(RuleId::PricePerCard, &PRICE_CARD);
    pat(RuleId::WechatId, &WECHAT_ID);
    pat(RuleId::QqNumber, &QQ_NUMBER);
    pat(RuleId::Template, &TEMPLATE);
    pat(RuleId::Domain, &DOMAIN);
    pat(RuleId::CasinoBrand, &CASINO_BRAND);
    out.obfuscations = folded.obfuscations();
    let phone =
        if marks.allow(RuleId::Phone, f) { PHONE.captures(f) } else { None };
    if let Some(c) = phone {
        let m = c.get(1).expect("group 1 always takes part");
        out.patterns
            .push((RuleId::Phone, folded.original(m.start()..m.end())));
    }
    if marks.allow(RuleId::RepeatedContact, f) {
        if let Some(r) = repeated_contact(f) {
            out.patterns.push((RuleId::RepeatedContact, folded.original(r)));
        }
    }
    // Patterns on the original text.
    if text.contains('【') {
        if let Some(m) = JUNK_TAG.find(text) {
            out.patterns.push((RuleId::JunkTag, m.range()));
        }
        if let Some(m) = BRAND_TAG.find(text) {
            out.patterns.push((RuleId::BrandTag, m.range()));
        }
    }
    let suffix = if ctx.title && text.contains(['_', '|']) {
        BRAND_SUFFIX.find(text.trim_end())
    } else {
        None
    };
    if let Some(m) = suffix {
        out.patterns.push((RuleId::BrandSuffix, m.range()));
    } else if let Some(r) = suffix_hit {
        // A casino or gambling term where a title names its site.
        out.patterns.push((RuleId::BrandSuffix, r));
    }
    let starts =
        std::iter::once(0).chain(ctx.part_starts[..ctx.parts].iter().copied());
    for s in starts {
        // Whitespace before a part changes nothing about it.
        let s = s + (text[s..].len() - text[s..].trim_start().len());
        // Junk is ASCII: a part that starts otherwise has none.
        if !text.as_bytes()[s..].first().is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        if let Some(r) = junk_token(&text[s..]) {
            out.patterns.push((RuleId::JunkPrefix, s + r.start..s + r.end));
            break;
        }
    }
    let invisible = folded.invisibles();
    if invisible >= 2 {
        let end = head(text, 20);
        out.patterns.push((RuleId::InvisibleChars, 0..end));
    }
    if out.chars >= 150 && is_stuffing(text) {
        out.patterns.push((RuleId::Stuffing, 0..head(text, 40)));
    }
    // A short topical query with a way in: the keyword SEO campaigns buy.
    // (Topical terms are in `keys`; a sentence is not a query.)
    if out.chars <= 20
        && !f.contains(['。', '，', ',', '!', '?', '！', '？'])
        && out.keys.iter().any(|(c, _, w)| c.is_topic() && *w >= 1.0)
    {
        if let Some(m) = ACCESS.find(f) {
            out.patterns
                .push((RuleId::TopicQuery, folded.original(m.range())));
        }
    }
    let links = text.len() >= 30
        && (text.contains("://")
            || text.contains("www.")
            || text.contains("magnet:"));
    if links && LINK.find_iter(text).take(3).count() >= 3 {
        out.patterns.push((RuleId::LinkFarm, 0..head(text, 40)));
    }
    if let Some(own) = ctx.own {
        drop_own_name(text, own, &mut out);
    }
    (out, folded)
}

/// Leaves out the brand forms and casino terms that start inside the
/// site's own name (青川体育APP下载 on 青川体育's own page).
fn drop_own_name(text: &str, own: &str, f: &mut Features) {
    let names: Vec<Range<usize>> =
        text.match_indices(own).map(|(i, m)| i..i + m.len()).collect();
    if names.is_empty() {
        return;
    }
    let inside = |r: &Range<usize>| names.iter().any(|n| n.contains(&r.start));
    f.patterns.retain(|(id, r)| {
        !(matches!(
            id,
            RuleId::CasinoBrand
                | RuleId::BrandSuffix
                | RuleId::BrandTag
                | RuleId::TopicQuery
        ) && inside(r))
    });
    let casino = Category::Casino.index();
    f.terms[casino].retain(|(_, r)| !inside(r));
}

/// The byte length of a text's first `chars` characters.
fn head(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(i, _)| i)
}

/// A contact written twice or more: the same domain, number or ID. Spam
/// repeats how to reach it (around an emoji, between odd brackets); news
/// that names a hotline names it once per paragraph.
fn repeated_contact(f: &str) -> Option<Range<usize>> {
    re!(
        CONTACT,
        r"[a-z0-9][a-z0-9-]{2,}\.(?:com|net|cc|co|vip|top|xyz|me|app|club|bet|io|tv|info|org|cn)|\d{5,12}|wxid_[a-z0-9]{4,}"
    );
    let mut seen: Vec<(&str, Range<usize>)> = Vec::new();
    for m in CONTACT.find_iter(f) {
        let s = m.as_str();
        // A year or a date is not a contact.
        if s.len() < 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Some((_, r)) = seen.iter().find(|(t, _)| *t == s) {
            return Some(r.clone());
        }
        seen.push((s, m.range()));
    }
    None
}

/// Keyword salad: a long text of short terms strung together by spaces,
/// commas or bars, with hardly a sentence: what link farms and hidden
/// stuffing look like.
fn is_stuffing(text: &str) -> bool {
    let mut tokens = 0usize;
    let mut token_chars = 0usize;
    let mut sentences = 0usize;
    let mut in_token = false;
    for c in text.chars() {
        let sep = c.is_whitespace()
            || matches!(c, ',' | '，' | '、' | '|' | '/' | '；' | ';');
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            sentences += 1;
        }
        if sep {
            in_token = false;
        } else {
            if !in_token {
                tokens += 1;
                in_token = true;
            }
            token_chars += 1;
        }
    }
    tokens >= 25 && token_chars <= tokens * 9 && sentences * 25 <= tokens
}

/// Words any page about sport, or about entertainment, uses.
const SPORT_WORDS: &[&str] = &[
    "比赛",
    "球员",
    "球队",
    "冠军",
    "运动员",
    "体育",
    "奥运",
    "教练",
    "选手",
    "联赛",
    "赛季",
    "金牌",
    "进球",
    "健身",
    "赛事",
    "足球",
    "篮球",
    "排球",
    "网球",
    "田径",
    "马拉松",
    "世界杯",
    "体坛",
];
const SHOW_WORDS: &[&str] = &[
    "明星",
    "电影",
    "电视剧",
    "综艺",
    "演员",
    "歌手",
    "导演",
    "票房",
    "艺人",
    "主演",
    "演唱",
    "娱乐圈",
    "影视",
    "节目",
    "剧集",
];

/// A `<title>` whose site suffix names a sport or entertainment site
/// (`_XX体育`, `_XX娱乐`) on a page that is about neither: the
/// `_brand` suffix of casino link farms. Returns the suffix.
pub(crate) fn offtopic_suffix(title: &str, body: &[&str]) -> Option<String> {
    re!(SUFFIX, r"[_|]\s*([\p{Han}A-Za-z0-9]{2,8}(体育|娱乐))\s*$");
    let c = SUFFIX.captures(title)?;
    let chars: usize = body.iter().map(|p| p.chars().count()).sum();
    // Too little text to know what the page is about.
    if chars < 300 {
        return None;
    }
    let words = if &c[2] == "体育" { SPORT_WORDS } else { SHOW_WORDS };
    // The brand itself, repeated in the body, says nothing of the topic.
    let brand = &c[1];
    let on_topic = body.iter().any(|p| {
        let p = p.replace(brand, "");
        words.iter().any(|w| p.contains(w))
    });
    (!on_topic).then(|| c[1].to_string())
}

/// A random ASCII token glued to Chinese text at the start (`d5D苹果`,
/// `NnesQa第一`): what link-farm templates put before recycled text.
///
/// Ordinary tokens that start Chinese sentences (`iPhone15`, `A16`, `5G`,
/// `CEO`, `Apple`) are not junk.
fn junk_token(text: &str) -> Option<Range<usize>> {
    let c = JUNK_TOKEN.captures(text)?;
    let m = c.get(1)?;
    let tok = m.as_str();
    // List numbering (`3.`, `12.`) is not junk.
    if tok.trim_end_matches('.').bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if tok.ends_with('.') && tok.len() > 1 {
        // A dot glued to a Chinese word is not punctuation anyone writes.
        return Some(m.range());
    }
    if tok.contains('.') || is_ordinary_token(tok) {
        return None;
    }
    Some(m.range())
}

fn is_ordinary_token(t: &str) -> bool {
    re!(
        ORDINARY,
        r"^(?:[A-Z]?[a-z]+|[A-Z]+|[A-Z][a-z]+(?:[A-Z][a-z]{2,})+|[a-z][A-Z][a-z]+\d*(?:[A-Z][a-z]+|[A-Z]+)?|[A-Z]+\d+[A-Z]{0,3}|\d+[A-Za-z]{0,3}|[A-Z][a-z]+\d+[A-Za-z]{0,4}|[a-z]+\d+)$"
    );
    ORDINARY.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_tokens() {
        for junk in [
            "d5D",
            "NnesQa",
            "x3mlfprQ",
            "KDXgm3",
            "5GRIoD",
            "UKk6v",
            "01O4iPhone16Pro",
            "LO1.",
            "PlXLOuhw",
            "84RLgddB",
        ] {
            let s = format!("{junk}苹果公司计划");
            assert!(junk_token(&s).is_some(), "{junk} should be junk");
        }
        for ok in [
            "iPhone15",
            "iPhone16Pro",
            "A16",
            "5G",
            "CEO",
            "Apple",
            "Mate60",
            "OPPO",
            "H800",
            "DeepSeek",
            "realme",
        ] {
            let s = format!("{ok}的表现");
            assert!(junk_token(&s).is_none(), "{ok} should not be junk");
        }
    }
}
