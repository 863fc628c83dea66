//! Campaigns: one spam template planted on many sites.
//!
//! Injected spam comes in campaigns: a hype title, a junk prefix, a
//! contact and a brand, filled into one template and planted on hundreds
//! of hijacked sites. A moderator wants "this template hit 230 pages on
//! 14 sites", not 230 rows. Each spam block gets a [`Fingerprint`]: a
//! MinHash signature over character 3-grams of its folded text with the
//! parts that change from copy to copy masked (digits and Latin runs
//! such as IDs, contacts and junk tags; platform brands; city names).
//! [`Campaigns`] groups blocks whose fingerprints are near-identical and
//! counts their pages and sites; crawler threads can feed it at once.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{LazyLock, Mutex};

use regex::Regex;
use serde::Serialize;

use crate::normalize::normalize;
use crate::page::CleanPage;

/// Signature length: 6 bands of 4 rows. Two blocks share a band, and so
/// are compared, with probability 1 - (1 - s^4)^6 at Jaccard similarity
/// s: 0.98 at 0.8, 0.32 at 0.5, 0.05 at 0.3.
const ROWS: usize = 4;
const BANDS: usize = 6;
const K: usize = ROWS * BANDS;

/// Blocks this alike (share of equal signature entries, an estimate of
/// the Jaccard similarity of their 3-gram sets) are one template.
pub const SAME_TEMPLATE: f32 = 0.6;

/// Only the start of a long block is read: a 174 KB hidden block of
/// stuffing is one template as much as its first few thousand
/// characters are.
const MAX_CHARS: usize = 4000;

/// Platform brands: a few characters before the word that says what they
/// sell. The brand changes from copy to copy; the template does not.
static BRAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\p{Han}{2,4}?(娱乐城|娱乐|体育|国际|彩票|棋牌|平台|官网|集团|在线|app|APP)",
    )
    .expect("brand pattern")
});

/// Provinces and big cities: campaigns fill the reader's city into the
/// template (`北京同城` / `上海同城`).
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "北京|上海|天津|重庆|广州|深圳|杭州|南京|武汉|成都|西安|郑州|长沙|",
        "沈阳|大连|青岛|济南|苏州|无锡|宁波|厦门|福州|合肥|南昌|昆明|贵阳|",
        "南宁|海口|三亚|太原|石家庄|哈尔滨|长春|呼和浩特|兰州|西宁|银川|",
        "乌鲁木齐|拉萨|东莞|佛山|温州|珠海|中山|惠州|泉州|烟台|潍坊|徐州|",
        "常州|南通|扬州|绍兴|金华|台州|嘉兴|保定|唐山|洛阳|襄阳|宜昌|",
        "广东|广西|福建|浙江|江苏|山东|河南|河北|湖南|湖北|四川|云南|",
        "贵州|江西|安徽|山西|陕西|甘肃|青海|辽宁|吉林|黑龙江|内蒙古|",
        "新疆|西藏|宁夏|海南|台湾|香港|澳门"
    ))
    .expect("place pattern")
});

/// The shape of a spam block's text, with what changes from copy to copy
/// masked: blocks of one template have near-identical fingerprints.
///
/// # Examples
///
/// ```
/// use zhclean::Fingerprint;
/// let a = Fingerprint::of("2026最新指南：北京牛牛房卡哪里买，加微信abc123，诚信经营，随时上分");
/// let b = Fingerprint::of("2025最新指南：上海牛牛房卡哪里买，加微信xyz789，诚信经营，随时上分");
/// let c = Fingerprint::of("今天上午，市政府召开新闻发布会，介绍全市经济运行情况");
/// assert!(a.similarity(&b) > 0.9);
/// assert!(a.similarity(&c) < 0.2);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint([u32; K]);

impl Fingerprint {
    /// The fingerprint of a text.
    pub fn of(text: &str) -> Fingerprint {
        let masked = mask(text);
        let chars: Vec<char> = masked.chars().collect();
        let mut sig = [u32::MAX; K];
        // One well-mixed hash per 3-gram, then one xor and multiply per
        // signature entry: K cheap permutations, not K hashes.
        let mut add = |h: u64| {
            let h = mix64(h);
            for (s, seed) in sig.iter_mut().zip(&SEEDS) {
                let v = ((h ^ seed).wrapping_mul(0xd6e8_feb8_6659_fd93) >> 32)
                    as u32;
                *s = (*s).min(v);
            }
        };
        if chars.len() < 3 {
            add(chars.iter().fold(0x9e37_79b9, |h, &c| step(h, c)));
        } else {
            for w in chars.windows(3) {
                add(w.iter().fold(0x9e37_79b9, |h, &c| step(h, c)));
            }
        }
        Fingerprint(sig)
    }

    /// The share of signature entries two fingerprints agree on: an
    /// estimate of the Jaccard similarity of their masked 3-grams.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = zhclean::Fingerprint::of("金花房卡批发，加微信123456");
    /// assert_eq!(a.similarity(&a), 1.0);
    /// ```
    pub fn similarity(&self, other: &Fingerprint) -> f32 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f32 / K as f32
    }

    /// A short hex form of the signature's first entries, to name a
    /// campaign in a report.
    ///
    /// # Examples
    ///
    /// ```
    /// let id = zhclean::Fingerprint::of("金花房卡批发").id();
    /// assert_eq!(id.len(), 16);
    /// ```
    pub fn id(&self) -> String {
        format!("{:08x}{:08x}", self.0[0], self.0[1])
    }

    fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.chunks(ROWS).enumerate().map(|(b, rows)| {
            rows.iter()
                .fold(mix64(b as u64 + 1), |h, &r| mix64(h ^ u64::from(r)))
        })
    }
}

const SEEDS: [u64; K] = {
    let mut s = [0u64; K];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut i = 0;
    while i < K {
        // splitmix64: fixed, well-spread seeds, the same on every run.
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        s[i] = z ^ (z >> 31);
        i += 1;
    }
    s
};

fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn step(h: u64, c: char) -> u64 {
    (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The folded text with brands, places, digits and Latin runs masked,
/// and spaces and punctuation dropped (copies differ most in those).
fn mask(text: &str) -> String {
    let head: String = text.chars().take(MAX_CHARS).collect();
    let folded = normalize(&head);
    let branded = BRAND.replace_all(folded.as_str(), "@$1");
    let placed = PLACE.replace_all(&branded, "^");
    let mut out = String::with_capacity(placed.len());
    let mut in_run = false;
    for c in placed.chars() {
        if c.is_ascii_alphanumeric() {
            if !in_run {
                out.push('#');
            }
            in_run = true;
            continue;
        }
        in_run = false;
        if c.is_alphanumeric() || c == '@' || c == '^' {
            out.push(c);
        }
    }
    out
}

/// The host of an absolute http(s) URL, lower-cased, without port or
/// user, and without a leading `www.`.
///
/// # Examples
///
/// ```
/// assert_eq!(zhclean::campaign::host("https://WWW.Example.cn:8080/a?b").as_deref(), Some("example.cn"));
/// assert_eq!(zhclean::campaign::host("news/a.html"), None);
/// ```
pub fn host(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &url[8..])
        .or_else(|| {
            url.get(..7)
                .filter(|p| p.eq_ignore_ascii_case("http://"))
                .map(|_| &url[7..])
        })?;
    let auth = rest.split(['/', '?', '#']).next()?;
    let auth = auth.rsplit('@').next()?;
    let name = auth.split(':').next()?.to_ascii_lowercase();
    let name = name.strip_prefix("www.").unwrap_or(&name).to_string();
    let ok = !name.is_empty()
        && name.contains('.')
        && name.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    ok.then_some(name)
}

/// The site a page was on: the host of its source when that is a URL
/// (a WARC or JSONL record), else of the page's own canonical or og:url
/// link, else the folder its file is in.
///
/// # Examples
///
/// ```
/// let mut page = zhclean::CleanPage::default();
/// assert_eq!(zhclean::campaign::site_of("https://a.example.cn/1.html", &page), "a.example.cn");
/// assert_eq!(zhclean::campaign::site_of("dump/siteb/2.html", &page), "dump/siteb");
/// page.canonical = Some("http://c.example.cn/x".into());
/// assert_eq!(zhclean::campaign::site_of("dump/siteb/2.html", &page), "c.example.cn");
/// ```
pub fn site_of(source: &str, page: &CleanPage) -> String {
    if let Some(h) = host(source) {
        return h;
    }
    if let Some(h) = page.canonical.as_deref().and_then(host) {
        return h;
    }
    // A dump's record is `FILE#LINE`: the file is the site as far as we
    // can tell.
    let path = source.rsplit_once('#').map_or(source, |(p, _)| p);
    match Path::new(path).parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => path.to_string(),
    }
}

/// One template and where it was seen.
///
/// # Examples
///
/// ```
/// let c = zhclean::Campaigns::new();
/// let cleaner = zhclean::Cleaner::new();
/// let html = "<ul><li>游戏指南!牛牛房卡怎么购买，加微信abc123</li></ul>";
/// for site in ["https://a.example.cn/1", "https://b.example.cn/2"] {
///     let page = cleaner.clean(html.as_bytes());
///     c.add(site, &page);
/// }
/// let top = &c.campaigns()[0];
/// assert_eq!((top.sites, top.pages, top.blocks), (2, 2, 2));
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct Campaign {
    /// The fingerprint's short form ([`Fingerprint::id`]).
    pub id: String,
    /// Spam blocks of this template.
    pub blocks: u64,
    /// Distinct pages they were on.
    pub pages: u64,
    /// Distinct sites those pages were on ([`site_of`]).
    pub sites: u64,
    /// The first few sites, in the order seen.
    pub site_names: Vec<String>,
    /// The first and the last page's source, in the order fed.
    pub first_source: String,
    /// See `first_source`.
    pub last_source: String,
    /// The sources of its first pages (at most 20), in the order fed.
    pub page_sources: Vec<String>,
    /// The first block's text (its first 100 characters).
    pub sample: String,
    /// The rules that fired on its blocks, most blocks first (at most 5).
    pub top_rules: Vec<(String, u64)>,
}

/// Groups spam blocks into campaigns as pages are fed, from any number of
/// threads; [`Campaigns::campaigns`] reads the groups so far.
///
/// A block joins the campaign whose first block's fingerprint it matches
/// best, when at least [`SAME_TEMPLATE`] alike; comparing with the first
/// block, not the latest, keeps a campaign from drifting into the next.
///
/// # Examples
///
/// ```
/// let c = zhclean::Campaigns::new();
/// assert!(c.campaigns().is_empty());
/// ```
#[derive(Debug, Default)]
pub struct Campaigns {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    pages: u64,
    groups: Vec<Group>,
    /// Band key to the group that first had it.
    bands: HashMap<u64, u32>,
    /// Every site, once: groups name theirs by index. Sites are few next
    /// to blocks.
    site_names: Vec<Box<str>>,
    site_ids: HashMap<Box<str>, u32>,
    /// (group, site) pairs seen, to count each group's distinct sites
    /// without a set per group.
    seen: std::collections::HashSet<(u32, u32)>,
}

#[derive(Debug)]
struct Group {
    sig: Fingerprint,
    /// Spam blocks; `blocks` counts suspects too.
    spam: u64,
    blocks: u64,
    pages: u64,
    last_page: u64,
    sites: u32,
    /// The first few sites, by index into `Inner::site_names`.
    named: [u32; NAMED_SITES],
    // Boxed: a million groups are a million of each, and most are one
    // block on one page, so the last source is kept only once it differs.
    first_source: Box<str>,
    last_source: Option<Box<str>>,
    /// Sources of its pages after the first, up to `LISTED_PAGES`.
    more_pages: Vec<Box<str>>,
    sample: Box<str>,
    rules: Vec<(&'static str, u64)>,
}

/// Sites named per campaign.
const NAMED_SITES: usize = 5;
/// Pages listed per campaign.
const LISTED_PAGES: usize = 20;
/// Characters of a campaign's sample text.
const SAMPLE: usize = 100;

impl Campaigns {
    /// An empty accumulator.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = zhclean::Campaigns::new();
    /// assert_eq!(c.len(), 0);
    /// ```
    pub fn new() -> Campaigns {
        Campaigns::default()
    }

    /// Adds a page's spam blocks and its suspects (blocks with topical
    /// evidence below the threshold, which a campaign's template may be
    /// on other sites). `source` is where the page came from (a path,
    /// `FILE#LINE`, a URL; empty when unknown): the page's site is
    /// [`site_of`] it. Fingerprints are computed before the lock is
    /// taken, so threads wait only for the grouping.
    pub fn add(&self, source: &str, page: &CleanPage) {
        if page.spam.is_empty() && page.suspects.is_empty() {
            return;
        }
        let site = site_of(source, page);
        let blocks: Vec<(&crate::SpamBlock, bool)> = page
            .spam
            .iter()
            .map(|b| (b, true))
            .chain(page.suspects.iter().map(|b| (b, false)))
            .collect();
        let sigs: Vec<Fingerprint> =
            blocks.iter().map(|(b, _)| Fingerprint::of(&b.text)).collect();
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let site = inner.site_id(site);
        inner.pages += 1;
        let page_no = inner.pages;
        for (&(block, is_spam), sig) in blocks.iter().zip(sigs) {
            let gi = inner.group_for(sig, block, source);
            let new_site = inner.seen.insert((gi as u32, site));
            let g = &mut inner.groups[gi];
            g.blocks += 1;
            g.spam += u64::from(is_spam);
            if g.last_page != page_no {
                g.last_page = page_no;
                g.pages += 1;
                if g.pages > 1 {
                    g.last_source = Some(source.into());
                    if g.more_pages.len() + 1 < LISTED_PAGES {
                        g.more_pages.push(source.into());
                    }
                }
            }
            if new_site {
                if let Some(slot) = g.named.get_mut(g.sites as usize) {
                    *slot = site;
                }
                g.sites += 1;
            }
            for r in block.reasons.iter().filter(|r| r.weight > 0.0) {
                let name = r.rule.name();
                match g.rules.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, n)) => *n += 1,
                    None => g.rules.push((name, 1)),
                }
            }
        }
    }

    /// Campaigns so far, most sites first, then most pages, then most
    /// blocks; one-block groups included, groups of suspects only not.
    pub fn campaigns(&self) -> Vec<Campaign> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut out: Vec<Campaign> = inner
            .groups
            .iter()
            .filter(|g| g.spam > 0)
            .map(|g| {
                let mut rules: Vec<(String, u64)> =
                    g.rules.iter().map(|(n, c)| (n.to_string(), *c)).collect();
                rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                rules.truncate(5);
                Campaign {
                    id: g.sig.id(),
                    blocks: g.spam,
                    pages: g.pages,
                    sites: u64::from(g.sites),
                    site_names: g.named[..(g.sites as usize).min(NAMED_SITES)]
                        .iter()
                        .map(|&i| inner.site_names[i as usize].to_string())
                        .collect(),
                    first_source: g.first_source.to_string(),
                    last_source: g
                        .last_source
                        .as_deref()
                        .unwrap_or(&g.first_source)
                        .to_string(),
                    page_sources: std::iter::once(&g.first_source)
                        .chain(&g.more_pages)
                        .map(|s| s.to_string())
                        .collect(),
                    sample: g.sample.to_string(),
                    top_rules: rules,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (b.sites, b.pages, b.blocks)
                .cmp(&(a.sites, a.pages, a.blocks))
                .then(a.first_source.cmp(&b.first_source))
        });
        out
    }

    /// How many campaigns (one-block groups included, groups of
    /// suspects only not).
    pub fn len(&self) -> usize {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.groups.iter().filter(|g| g.spam > 0).count()
    }

    /// The templates seen on at least `min_sites` sites that hold a
    /// suspect, for a second pass: [`Cleaner::clean_recurring`] gives
    /// their suspects the rule `batch.campaign`.
    ///
    /// [`Cleaner::clean_recurring`]: crate::Cleaner::clean_recurring
    ///
    /// # Examples
    ///
    /// ```
    /// let c = zhclean::Campaigns::new();
    /// assert!(c.recurring(3).is_empty());
    /// ```
    pub fn recurring(&self, min_sites: u64) -> Recurring {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut r = Recurring::default();
        for g in &inner.groups {
            if u64::from(g.sites) >= min_sites.max(1) && g.blocks > g.spam {
                let i = r.sigs.len() as u32;
                r.sigs.push((g.sig, u64::from(g.sites)));
                for key in g.sig.bands() {
                    r.bands.entry(key).or_default().push(i);
                }
            }
        }
        r
    }

    /// Whether no spam block was added.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Templates a batch saw on several sites ([`Campaigns::recurring`]).
///
/// # Examples
///
/// ```
/// let r = zhclean::Recurring::default();
/// assert_eq!(r.sites_of(&zhclean::Fingerprint::of("棋牌")), None);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Recurring {
    sigs: Vec<(Fingerprint, u64)>,
    bands: HashMap<u64, Vec<u32>>,
}

impl Recurring {
    /// On how many sites a block of this fingerprint's template was seen,
    /// when it is one of these templates.
    pub fn sites_of(&self, fp: &Fingerprint) -> Option<u64> {
        let mut best: Option<(f32, u64)> = None;
        for key in fp.bands() {
            for &i in self.bands.get(&key).into_iter().flatten() {
                let (sig, sites) = &self.sigs[i as usize];
                let s = sig.similarity(fp);
                if s >= SAME_TEMPLATE && best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, *sites));
                }
            }
        }
        best.map(|(_, n)| n)
    }

    /// How many templates.
    pub fn len(&self) -> usize {
        self.sigs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.sigs.is_empty()
    }
}

impl Inner {
    fn site_id(&mut self, site: String) -> u32 {
        if let Some(&i) = self.site_ids.get(site.as_str()) {
            return i;
        }
        let i = self.site_names.len() as u32;
        let site: Box<str> = site.into();
        self.site_names.push(site.clone());
        self.site_ids.insert(site, i);
        i
    }

    /// The group a block joins, made when none matches.
    fn group_for(
        &mut self,
        sig: Fingerprint,
        block: &crate::SpamBlock,
        source: &str,
    ) -> usize {
        let mut best: Option<(usize, f32)> = None;
        for key in sig.bands() {
            if let Some(&g) = self.bands.get(&key) {
                let s = self.groups[g as usize].sig.similarity(&sig);
                if s >= SAME_TEMPLATE && best.is_none_or(|(_, b)| s > b) {
                    best = Some((g as usize, s));
                }
            }
        }
        if let Some((g, _)) = best {
            return g;
        }
        let g = self.groups.len();
        for key in sig.bands() {
            self.bands.entry(key).or_insert(g as u32);
        }
        self.groups.push(Group {
            sig,
            spam: 0,
            blocks: 0,
            pages: 0,
            last_page: 0,
            sites: 0,
            named: [0; NAMED_SITES],
            first_source: source.into(),
            last_source: None,
            more_pages: Vec::new(),
            sample: block.text.chars().take(SAMPLE).collect::<String>().into(),
            rules: Vec::new(),
        });
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_what_changes_between_copies() {
        assert_eq!(mask("加微信 abc123 北京同城"), "加微信#^同城");
        assert_eq!(mask("鸿运娱乐注册送彩金"), "@娱乐注册送彩金");
        assert_eq!(mask("，。！  "), "");
    }

    #[test]
    fn one_template_many_fillings() {
        let fill = |city: &str, brand: &str, id: &str| {
            format!(
                "{brand}娱乐官方推荐：{city}地区牛牛金花房卡诚信批发，\
                 价格优惠，24小时在线，添加客服微信{id}，随时上下分，\
                 老玩家都在这里"
            )
        };
        let a = Fingerprint::of(&fill("杭州", "鸿运", "hy8888"));
        let b = Fingerprint::of(&fill("成都", "金沙", "js0001"));
        assert!(a.similarity(&b) >= SAME_TEMPLATE, "{}", a.similarity(&b));
        // Another template of the same trade is another campaign.
        let c = Fingerprint::of(
            "2026第一科普：微信炸金花群怎么加入，靠谱的拼三张链接哪里找，\
             新手入门教程一看就懂",
        );
        assert!(a.similarity(&c) < SAME_TEMPLATE, "{}", a.similarity(&c));
    }

    #[test]
    fn hosts() {
        for (url, want) in [
            ("http://news.example.com/a", Some("news.example.com")),
            ("HTTPS://user@Example.CN:443", Some("example.cn")),
            ("https://www.example.cn", Some("example.cn")),
            ("ftp://example.cn/a", None),
            ("https://localhost/a", None),
            ("https://", None),
            ("https://ex ample.cn/", None),
            ("/tmp/a.html", None),
            ("", None),
        ] {
            assert_eq!(host(url).as_deref(), want, "{url}");
        }
    }
}
