//! Fingerprints: MinHash signatures over the masked text.

use super::*;

/// Signature length: 6 bands of 4 rows. Two blocks share a band, and so
/// are compared, with probability 1 - (1 - s^4)^6 at Jaccard similarity
/// s: 0.98 at 0.8, 0.32 at 0.5, 0.05 at 0.3.
pub(super) const ROWS: usize = 4;
pub(super) const BANDS: usize = 6;
pub(super) const K: usize = ROWS * BANDS;

/// Blocks this alike (share of equal signature entries, an estimate of
/// the Jaccard similarity of their 3-gram sets) are one template.
pub const SAME_TEMPLATE: f32 = 0.6;

/// Only the start of a long block is read: a 174 KB hidden block of
/// stuffing is one template as much as its first few thousand
/// characters are.
pub(super) const MAX_CHARS: usize = 4000;

/// Platform brands: a few characters before the word that says what they
/// sell. The brand changes from copy to copy; the template does not.
pub(super) static BRAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\p{Han}{2,4}?(娱乐城|娱乐|体育|国际|彩票|棋牌|平台|官网|集团|在线|app|APP)",
    )
    .expect("brand pattern")
});

/// Provinces and big cities: campaigns fill the reader's city into the
/// template (`北京同城` / `上海同城`).
pub(super) static PLACE: LazyLock<Regex> = LazyLock::new(|| {
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
/// use zhclean::campaign::Fingerprint;
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
    /// let a = zhclean::campaign::Fingerprint::of("金花房卡批发，加微信123456");
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
    /// let id = zhclean::campaign::Fingerprint::of("金花房卡批发").id();
    /// assert_eq!(id.len(), 16);
    /// ```
    pub fn id(&self) -> String {
        format!("{:08x}{:08x}", self.0[0], self.0[1])
    }

    pub(super) fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.chunks(ROWS).enumerate().map(|(b, rows)| {
            rows.iter()
                .fold(mix64(b as u64 + 1), |h, &r| mix64(h ^ u64::from(r)))
        })
    }
}

pub(super) const SEEDS: [u64; K] = {
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

pub(super) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

pub(super) fn step(h: u64, c: char) -> u64 {
    (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The folded text with brands, places, digits and Latin runs masked,
/// and spaces and punctuation dropped (copies differ most in those).
pub(super) fn mask(text: &str) -> String {
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
