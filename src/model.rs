//! The token model: a logistic regression over character n-grams of the
//! folded text and, optionally, its words and word pairs (jieba), trained
//! from labelled texts by [`train`], shipped as a versioned plain-text
//! file (`src/data/model.txt`) and loaded by the same public loader users
//! call.
//!
//! Character n-grams carry most of the weight: they cover Chinese words
//! without a dictionary and keep working on the broken-up and misspelt
//! forms spam uses. Words add what n-grams cannot tell apart (真人 in
//! 真人秀 and in 真人荷官); whether they pay for their cost is measured by
//! `zhclean eval spam --ablation` and decided by the shipped file's
//! `words` line.
//!
//! [`fit`] trains the model and then the rule weights on top of it (see
//! [`Weights`]): the weights read the model's log-odds on texts it was
//! not trained on (out-of-fold), so they trust it as much as it deserves
//! on new text, not on what it has memorised.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::BufRead;

use crate::lexicon::Lexicon;
use crate::score::{RuleId, Weights, DEFAULT_THRESHOLD, RULES};
use crate::{normalize, Cleaner, Error};

/// The model the crate ships (`src/data/model.txt`).
pub const EMBEDDED_MODEL: &str = include_str!("data/model.txt");

/// The model file format this crate writes (it also reads version 1,
/// character n-grams only).
pub const MODEL_VERSION: u32 = 2;

/// Feature hashes are already uniform: hash them again for nothing.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Table = HashMap<u64, f32, BuildHasherDefault<IdHasher>>;

/// The weights by feature hash, for lookups: open addressing over one
/// flat array of 16-bit slots, each 8 bits of the hash as a fingerprint
/// and the weight in 127ths of the largest, so the table of 50,000
/// n-grams takes 256 KiB and stays within the core's cache: the lookups,
/// not the arithmetic, are what the model costs. The table is at most
/// half full, so a miss ends at an empty slot within a probe or two, in
/// the same cache line.
#[derive(Clone, Debug, Default)]
struct Lookup {
    shift: u32,
    /// The weight of one unit of a slot's low byte.
    unit: f32,
    slots: Vec<u16>,
}

impl Lookup {
    fn new(weights: &Table) -> Lookup {
        let bits =
            (weights.len() * 2).max(16).next_power_of_two().trailing_zeros();
        let top = weights.values().fold(0f32, |m, w| m.max(w.abs()));
        let unit = if top > 0.0 { top / 127.0 } else { 1.0 };
        let mut t =
            Lookup { shift: 64 - bits, unit, slots: vec![0; 1 << bits] };
        let mut keys: Vec<(&u64, &f32)> = weights.iter().collect();
        // Inserted in a fixed order, so the layout is the same each time.
        keys.sort_unstable_by_key(|(h, _)| **h);
        let mask = t.slots.len() - 1;
        for (h, w) in keys {
            let (mut i, fp) = t.slot(*h);
            while t.slots[i] != 0 && t.slots[i] >> 8 != fp {
                i = (i + 1) & mask;
            }
            let q = (w / unit).round().clamp(-127.0, 127.0) as i8;
            t.slots[i] = (fp << 8) | u16::from(q as u8);
        }
        t
    }

    /// The first slot and the fingerprint (never 0, the empty mark).
    fn slot(&self, h: u64) -> (usize, u16) {
        let i = (h.wrapping_mul(0x9e3779b97f4a7c15) >> self.shift) as usize;
        (i, (((h >> 40) as u16) & 0xff) | 1)
    }

    fn get(&self, h: u64) -> Option<f32> {
        if self.slots.is_empty() {
            return None;
        }
        let (mut i, fp) = self.slot(h);
        let mask = self.slots.len() - 1;
        loop {
            match self.slots[i] {
                0 => return None,
                s if s >> 8 == fp => {
                    return Some(f32::from(s as u8 as i8) * self.unit)
                }
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A logistic regression over character n-grams and words.
///
/// # Examples
///
/// ```
/// let model = zhclean::Model::embedded();
/// assert!(model.log_odds("牛牛房卡批发，加微信") > model.log_odds("今天天气晴朗"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Model {
    min_n: usize,
    max_n: usize,
    words: bool,
    bias: f32,
    weights: Lookup,
    /// The features as written in the file, one per line, and their
    /// weights in the same order, for writing the file back. One string
    /// rather than one per feature: loading is then a few allocations.
    names: String,
    order: Vec<f32>,
}

/// A labelled text for training.
///
/// # Examples
///
/// ```
/// let e = zhclean::Example::new("牛牛房卡批发", true);
/// assert_eq!(e.weight, 1.0);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// The text.
    pub text: String,
    /// Whether it is spam.
    pub spam: bool,
    /// How much it counts in training (1 by default).
    pub weight: f32,
    /// Texts of one group fall in the same fold when [`fit`] reads the
    /// model's out-of-fold log-odds (by default each text is its own
    /// group). Give all spam of one campaign family one group, and the
    /// weights learn how far to trust the model on a campaign it has not
    /// seen.
    pub group: u64,
}

impl Example {
    /// A text with its label, counting once.
    pub fn new(text: impl Into<String>, spam: bool) -> Example {
        let text = text.into();
        let group = hash(&text);
        Example { text, spam, weight: 1.0, group }
    }
}

impl Model {
    /// The model the crate ships, parsed by [`Model::from_reader`].
    pub fn embedded() -> Model {
        static MODEL: std::sync::LazyLock<Model> =
            std::sync::LazyLock::new(|| {
                Model::from_reader(EMBEDDED_MODEL.as_bytes())
                    .expect("the embedded model is tested to parse")
            });
        MODEL.clone()
    }

    /// Reads a model file: `#` comments, a `version` line, `ngrams MIN
    /// MAX`, optionally `words 0|1`, `bias B`, then `feature<TAB>weight`
    /// lines (a character n-gram, `w WORD` or `b WORD WORD`).
    ///
    /// # Errors
    ///
    /// An unknown version, a missing header line, or a line that does not
    /// parse gives an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "version\t2\nngrams\t2\t3\nbias\t-1.0\n房卡\t2.5\n";
    /// let m = zhclean::Model::from_reader(text.as_bytes()).unwrap();
    /// assert!(m.log_odds("房卡") > m.log_odds("天气"));
    /// let err = zhclean::Model::from_reader("version\t9\n".as_bytes());
    /// assert!(err.unwrap_err().to_string().contains("version 9"));
    /// ```
    pub fn from_reader<R: BufRead>(rdr: R) -> Result<Model, Error> {
        let mut m = Model::default();
        let mut weights = Table::default();
        let (mut version, mut ngrams, mut bias) = (false, false, false);
        let mut rdr = rdr;
        let mut buf = String::new();
        let mut no = 0;
        loop {
            buf.clear();
            no += 1;
            if rdr.read_line(&mut buf).map_err(Error::io)? == 0 {
                break;
            }
            let line = buf.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut f = [""; 3];
            for (k, part) in line.splitn(3, '\t').enumerate() {
                f[k] = part;
            }
            let get = |k: usize| (!f[k].is_empty()).then_some(f[k]);
            let bad = |msg: String| Error::data("model", no, msg);
            let num = |s: &str| -> Result<f32, Error> {
                s.trim()
                    .parse::<f32>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| {
                        bad(format!("`{s}` is not a finite number"))
                    })
            };
            match f[0] {
                "version" => {
                    let v: u32 = get(1)
                        .and_then(|v| v.trim().parse().ok())
                        .ok_or_else(|| bad("version needs a number".into()))?;
                    if !(1..=MODEL_VERSION).contains(&v) {
                        return Err(bad(format!(
                            "model file version {v} is not supported (this crate reads versions 1 to {MODEL_VERSION})"
                        )));
                    }
                    version = true;
                }
                _ if !version => {
                    return Err(bad(
                        "the first line must be `version<TAB>N`".into()
                    ));
                }
                "ngrams" if !bias => {
                    let (a, b) = match (get(1), get(2)) {
                        (Some(a), Some(b)) => (
                            a.trim().parse::<usize>(),
                            b.trim().parse::<usize>(),
                        ),
                        _ => {
                            return Err(bad(
                                "want `ngrams<TAB>MIN<TAB>MAX`".into()
                            ))
                        }
                    };
                    match (a, b) {
                        (Ok(a), Ok(b)) if 1 <= a && a <= b && b <= 6 => {
                            (m.min_n, m.max_n) = (a, b);
                        }
                        _ => {
                            return Err(bad(
                                "n-gram sizes must be 1 <= MIN <= MAX <= 6"
                                    .into(),
                            ))
                        }
                    }
                    ngrams = true;
                }
                "words" if !bias => {
                    m.words = match get(1).map(str::trim) {
                        Some("1") => true,
                        Some("0") => false,
                        _ => return Err(bad("want `words<TAB>0|1`".into())),
                    };
                }
                "bias" if !bias => {
                    m.bias = num(get(1).unwrap_or(""))?;
                    bias = true;
                }
                feature => {
                    if !(ngrams && bias) {
                        return Err(bad(
                            "weights come after the `ngrams` and `bias` lines"
                                .into(),
                        ));
                    }
                    let w = num(get(1).ok_or_else(|| {
                        bad(format!("`{feature}` has no weight"))
                    })?)?;
                    weights.insert(hash(feature), w);
                    m.names.push_str(feature);
                    m.names.push('\n');
                    m.order.push(w);
                }
            }
        }
        if !(version && ngrams && bias) {
            return Err(Error::data(
                "model",
                0,
                "missing `version`, `ngrams` or `bias` line",
            ));
        }
        m.weights = Lookup::new(&weights);
        Ok(m)
    }

    /// Writes the model in the format [`Model::from_reader`] reads.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = zhclean::Model::embedded();
    /// let mut out = Vec::new();
    /// m.write(&mut out).unwrap();
    /// let back = zhclean::Model::from_reader(out.as_slice()).unwrap();
    /// assert_eq!(back.len(), m.len());
    /// ```
    pub fn write<W: std::io::Write>(&self, mut w: W) -> std::io::Result<()> {
        writeln!(w, "# zhclean token model: logistic regression over character n-grams")?;
        writeln!(w, "# of the folded text (see normalize) and, with `words 1`, its jieba")?;
        writeln!(w, "# words (`w WORD`) and word pairs (`b WORD WORD`). Written by `zhclean train`.")?;
        writeln!(w, "version\t{MODEL_VERSION}")?;
        writeln!(w, "ngrams\t{}\t{}", self.min_n, self.max_n)?;
        writeln!(w, "words\t{}", u8::from(self.words))?;
        writeln!(w, "bias\t{}", self.bias)?;
        for (g, x) in self.names.split('\n').zip(&self.order) {
            writeln!(w, "{g}\t{x}")?;
        }
        Ok(())
    }

    /// How many weighted features.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Whether the model reads words as well as character n-grams.
    pub fn uses_words(&self) -> bool {
        self.words
    }

    /// The log-odds that a text is spam.
    pub fn log_odds(&self, text: &str) -> f32 {
        self.log_odds_folded(normalize(text).as_str())
    }

    pub(crate) fn log_odds_folded(&self, folded: &str) -> f32 {
        if self.max_n == 0 {
            return 0.0;
        }
        let spec = self.spec();
        let mut sums = [0f32; 2];
        let counts = spec.features(folded, |block, h, _| {
            if let Some(w) = self.weights.get(h) {
                sums[block] += w;
            }
        });
        self.bias + scaled(sums, counts)
    }

    fn spec(&self) -> Spec {
        Spec { min_n: self.min_n, max_n: self.max_n, words: self.words }
    }
}

/// The model's view of a folded text: every ASCII digit is 0. Phone
/// numbers, IDs, prices and years differ from campaign to campaign and
/// page to page; what carries is that a number is there and how long it
/// is, not which one.
fn digits_as_zero(folded: &str) -> std::borrow::Cow<'_, str> {
    if !folded.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        return std::borrow::Cow::Borrowed(folded);
    }
    std::borrow::Cow::Owned(
        folded
            .chars()
            .map(|c| if c.is_ascii_digit() { '0' } else { c })
            .collect(),
    )
}

/// Each block (characters, words) counts by its sum over the square root
/// of its size, as in training, so a long text does not win on length
/// alone and the character block means the same with or without words.
fn scaled(sums: [f32; 2], counts: [usize; 2]) -> f32 {
    let mut z = 0.0;
    for (s, n) in sums.iter().zip(counts) {
        if n > 0 {
            z += s * scale(n);
        }
    }
    z
}

/// A block's scale: one over the square root of its size.
fn scale(n: usize) -> f32 {
    1.0 / (n as f32).sqrt()
}

/// The feature hash, one step per character (as FxHash does per word):
/// a Chinese n-gram costs one multiply per character, not three byte
/// steps, and the hash of an n-gram is a prefix state of the longer
/// one's.
fn mix(h: u64, c: char) -> u64 {
    (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

const HASH_START: u64 = 0xcbf29ce484222325;

/// The hash of a feature's name (or any text).
fn hash(s: &str) -> u64 {
    s.chars().fold(HASH_START, mix)
}

/// What features a model reads.
#[derive(Clone, Copy)]
struct Spec {
    min_n: usize,
    max_n: usize,
    words: bool,
}

/// A feature's name as the model file writes it, built only when asked.
#[derive(Clone, Copy)]
enum Name<'a> {
    /// A character n-gram: itself, as a byte range of the text (sliced
    /// only when the name is wanted, which scoring never does).
    Gram(&'a str, usize, usize),
    /// `w WORD`.
    Word(&'a str),
    /// `b WORD WORD`.
    Pair(&'a str, &'a str),
}

impl Name<'_> {
    fn text(self) -> String {
        match self {
            Name::Gram(t, s, e) => t[s..e].to_string(),
            Name::Word(w) => format!("w {w}"),
            Name::Pair(a, b) => format!("b {a} {b}"),
        }
    }
}

impl Spec {
    /// Calls `f(block, hash, name)` for every feature of a folded text:
    /// block 0 for character n-grams (those holding a space are
    /// skipped), block 1 for words and word pairs. Returns how many of
    /// each. The hash is [`hash`] of the name.
    fn features<'t>(
        &self,
        text: &'t str,
        mut f: impl FnMut(usize, u64, Name<'t>),
    ) -> [usize; 2] {
        let mut counts = [0usize; 2];
        // One pass with a window of the last `max_n` characters (reset at
        // a space): each n-gram ending here, hashed from its first
        // character. No allocation per n-gram.
        // hs[k] is the hash of the window from its k-th character to the
        // current one: each new character extends every one of them.
        let mut hs = [0u64; 6];
        let mut starts = [0usize; 6];
        let mut len = 0;
        let max = self.max_n.min(6);
        for (i, c) in text.char_indices() {
            if c == ' ' {
                len = 0;
                continue;
            }
            if len == max {
                hs.copy_within(1..max, 0);
                starts.copy_within(1..max, 0);
            } else {
                len += 1;
            }
            // Digits read as 0 (see `digits_as_zero`), here without a
            // copy of the text; names come from texts already zeroed.
            let c = if c.is_ascii_digit() { '0' } else { c };
            hs[len - 1] = HASH_START;
            starts[len - 1] = i;
            for h in &mut hs[..len] {
                *h = mix(*h, c);
            }
            let end = i + c.len_utf8();
            for n in self.min_n..=len {
                let from = len - n;
                f(0, hs[from], Name::Gram(text, starts[from], end));
                counts[0] += 1;
            }
        }
        if self.words {
            let mut prev: Option<&str> = None;
            for (s, e) in crate::segment::words(text) {
                let w = &text[s..e];
                if !w.chars().any(char::is_alphanumeric) {
                    prev = None;
                    continue;
                }
                let word = |h: u64, w: &str| w.chars().fold(h, mix);
                f(1, word(hash("w "), w), Name::Word(w));
                counts[1] += 1;
                if let Some(p) = prev {
                    let h = mix(word(hash("b "), p), ' ');
                    f(1, word(h, w), Name::Pair(p, w));
                    counts[1] += 1;
                }
                prev = Some(w);
            }
        }
        counts
    }
}

/// Settings for [`train`] and [`fit`].
///
/// # Examples
///
/// ```
/// let opts = zhclean::TrainOptions::default();
/// assert_eq!((opts.min_n, opts.max_n), (1, 3));
/// ```
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Smallest character n-gram.
    pub min_n: usize,
    /// Largest character n-gram.
    pub max_n: usize,
    /// Whether to read jieba words and word pairs too.
    pub words: bool,
    /// Passes over the data.
    pub epochs: usize,
    /// Learning rate (AdaGrad).
    pub rate: f32,
    /// L2 penalty per update.
    pub l2: f32,
    /// Features seen in fewer texts are dropped.
    pub min_count: usize,
    /// Weights smaller than this are not written.
    pub min_weight: f32,
    /// Seed of the example order; the same seed gives the same model.
    pub seed: u64,
    /// [`fit`]: folds for the out-of-fold log-odds the weights read.
    pub folds: usize,
    /// [`fit`]: how many missed spam texts one false positive is worth:
    /// the threshold sits where the odds of spam are this high.
    pub fp_cost: f32,
    /// [`fit`]: how strongly each rule's weight is pulled to its prior
    /// (an L2 penalty on the difference, in units of one text's loss).
    pub prior_strength: f32,
    /// [`fit`]: the lexicon whose rules are weighed.
    pub lexicon: Option<Lexicon>,
    /// [`fit`]: the share of the weighing done as if every text came from
    /// a campaign the model never saw (out-of-fold by
    /// [`Example::group`]); the rest is done as if the campaign were
    /// known (out-of-fold by text).
    pub new_campaigns: f32,
    /// [`train`]: the last this many examples are additions to data
    /// trained on before (a moderator's labels). Each pass visits the
    /// others in the order training without the additions gives, and
    /// each addition at a place fixed by its text, so retraining moves
    /// the model by what the additions teach, not by a new shuffle of
    /// everything (which alone changes a few dozen verdicts in 34,000).
    pub appended: usize,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            min_n: 1,
            max_n: 3,
            words: false,
            epochs: 12,
            rate: 0.5,
            l2: 1e-5,
            min_count: 10,
            min_weight: 0.05,
            seed: 42,
            folds: 5,
            fp_cost: 5.0,
            prior_strength: 2.0,
            lexicon: None,
            new_campaigns: 0.5,
            appended: 0,
        }
    }
}

/// Trains a token model from labelled texts. Deterministic: the same data
/// and options give the same model, byte for byte.
///
/// # Examples
///
/// ```
/// use zhclean::Example;
/// let data = vec![
///     Example::new("牛牛房卡批发加微信", true),
///     Example::new("金花房卡一元一张", true),
///     Example::new("今天天气晴朗适合出行", false),
///     Example::new("市政府召开新闻发布会", false),
/// ];
/// let opts = zhclean::TrainOptions { min_count: 1, ..Default::default() };
/// let m = zhclean::train(&data, &opts);
/// assert!(m.log_odds("房卡批发") > m.log_odds("新闻发布会"));
/// ```
pub fn train(data: &[Example], opts: &TrainOptions) -> Model {
    let spec =
        Spec { min_n: opts.min_n, max_n: opts.max_n, words: opts.words };
    let views: Vec<String> = data
        .iter()
        .map(|e| digits_as_zero(normalize(&e.text).as_str()).into_owned())
        .collect();
    // Each text's features by block, as hashes (with repeats, as
    // inference counts them).
    let texts: Vec<[Vec<u64>; 2]> = views
        .iter()
        .map(|v| {
            let mut fs: [Vec<u64>; 2] = [Vec::new(), Vec::new()];
            spec.features(v, |b, h, _| fs[b].push(h));
            fs
        })
        .collect();
    // The vocabulary: features seen in at least `min_count` texts,
    // sorted by hash so ids do not depend on hash-map order.
    let mut count: Table = Table::default();
    let mut seen: Vec<u64> = Vec::new();
    for fs in &texts {
        seen.clear();
        seen.extend(fs[0].iter().chain(&fs[1]));
        seen.sort_unstable();
        seen.dedup();
        for h in &seen {
            *count.entry(*h).or_insert(0.0) += 1.0;
        }
    }
    let mut vocab: Vec<u64> = count
        .iter()
        .filter(|(_, c)| **c >= opts.min_count as f32)
        .map(|(h, _)| *h)
        .collect();
    vocab.sort_unstable();
    let index: HashMap<u64, usize, BuildHasherDefault<IdHasher>> =
        vocab.iter().enumerate().map(|(i, h)| (*h, i)).collect();
    // A row: the feature ids with their block's scale, the label, the
    // text's weight.
    type Row = (Vec<(usize, f32)>, f32, f32);
    let rows: Vec<Row> = texts
        .iter()
        .zip(data)
        .map(|(fs, e)| {
            let mut ids = Vec::new();
            for block in fs {
                if block.is_empty() {
                    continue;
                }
                let scale = scale(block.len());
                ids.extend(
                    block
                        .iter()
                        .filter_map(|h| index.get(h))
                        .map(|&i| (i, scale)),
                );
            }
            ids.sort_unstable_by_key(|a| a.0);
            (ids, if e.spam { 1.0 } else { 0.0 }, e.weight)
        })
        .collect();
    let mut w = vec![0f32; vocab.len()];
    let mut g2 = vec![1e-6f32; vocab.len()];
    let (mut bias, mut bias_g2) = (0f32, 1e-6f32);
    let base = rows.len() - opts.appended.min(rows.len());
    let mut order: Vec<usize> = (0..base).collect();
    let mut rng = opts.seed.max(1);
    let mut visit: Vec<usize> = Vec::with_capacity(rows.len());
    for epoch in 0..opts.epochs {
        // Fisher-Yates with a xorshift: deterministic, no dependency.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        // The additions go in at places of their own, by a hash of
        // their text and the pass.
        let mut extra: Vec<(usize, usize)> = (base..rows.len())
            .map(|r| {
                let h = hash(&data[r].text) ^ (epoch as u64 + 1);
                let h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 16;
                ((h % (base as u64 + 1)) as usize, r)
            })
            .collect();
        extra.sort_unstable();
        visit.clear();
        let mut next = extra.iter().peekable();
        for (at, &r) in order.iter().enumerate() {
            while let Some((_, e)) = next.next_if(|&&(p, _)| p == at) {
                visit.push(*e);
            }
            visit.push(r);
        }
        visit.extend(next.map(|(_, e)| *e));
        for &r in &visit {
            let (ids, y, weight) = &rows[r];
            let z = bias + ids.iter().map(|&(i, s)| w[i] * s).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let err = (p - y) * weight;
            bias_g2 += err * err;
            bias -= opts.rate * err / bias_g2.sqrt();
            for &(i, s) in ids {
                let g = err * s + opts.l2 * w[i];
                g2[i] += g * g;
                w[i] -= opts.rate * g / g2[i].sqrt();
            }
        }
    }
    // Names only for the features kept: one pass over the texts that
    // stops once every one is named.
    let kept: Table = vocab
        .iter()
        .zip(&w)
        .filter(|(_, x)| x.abs() >= opts.min_weight)
        .map(|(h, x)| (*h, (*x * 1000.0).round() / 1000.0))
        .collect();
    let mut named: HashMap<u64, String, BuildHasherDefault<IdHasher>> =
        HashMap::default();
    for v in &views {
        if named.len() == kept.len() {
            break;
        }
        spec.features(v, |_, h, name| {
            if kept.contains_key(&h) && !named.contains_key(&h) {
                named.insert(h, name.text());
            }
        });
    }
    let mut names: Vec<(&str, f32)> =
        named.iter().map(|(h, g)| (g.as_str(), kept[h])).collect();
    names.sort_by(|a, b| {
        b.1.abs().total_cmp(&a.1.abs()).then_with(|| a.0.cmp(b.0))
    });
    Model {
        min_n: opts.min_n,
        max_n: opts.max_n,
        words: opts.words,
        bias: (bias * 1000.0).round() / 1000.0,
        weights: Lookup::new(&kept),
        names: names.iter().map(|(g, _)| format!("{g}\n")).collect(),
        order: names.iter().map(|(_, x)| *x).collect(),
    }
}

/// Trains the token model on all the data, then fits the rule weights
/// and the threshold on top of it: a logistic regression over each
/// rule's activation (the model's out-of-fold log-odds among them), each
/// weight pulled towards its hand-set prior, the threshold put where the
/// odds of spam reach [`TrainOptions::fp_cost`], and the weights scaled
/// so that threshold is [`DEFAULT_THRESHOLD`]. Deterministic.
///
/// # Examples
///
/// ```
/// use zhclean::{Cleaner, Example, TrainOptions};
/// let mut data = Vec::new();
/// for i in 0..30 {
///     data.push(Example::new(format!("牛牛房卡批发{i}，加微信"), true));
///     data.push(Example::new(format!("本市第{i}届运动会开幕"), false));
/// }
/// let opts = TrainOptions { folds: 3, ..Default::default() };
/// let (model, weights) = zhclean::fit(&data, &opts);
/// let cleaner = Cleaner::builder().model(model).weights(weights).build()?;
/// assert!(cleaner.score_text("牛牛房卡批发，加微信").spam);
/// assert!(!cleaner.score_text("本市运动会开幕").spam);
/// # Ok::<(), zhclean::Error>(())
/// ```
pub fn fit(data: &[Example], opts: &TrainOptions) -> (Model, Weights) {
    let model = train(data, opts);
    let lexicon = opts.lexicon.clone().unwrap_or_else(Lexicon::embedded);
    // Out-of-fold activations, twice: once with folds by text (the model
    // has seen the campaign, as on pages of a campaign it was trained
    // on) and once with folds by group (a campaign it has never seen).
    // The weights are fitted on both, so they trust the model as much as
    // it deserves in each case, and the rules carry a new campaign.
    let k = opts.folds.max(2);
    let by_text: Vec<usize> =
        data.iter().map(|e| fold(hash(&e.text), k)).collect();
    let by_group: Vec<usize> = data.iter().map(|e| fold(e.group, k)).collect();
    let mut rows = out_of_fold(data, &by_text, k, &lexicon, opts);
    rows.extend(out_of_fold(data, &by_group, k, &lexicon, opts));
    let share = opts.new_campaigns.clamp(0.0, 1.0);
    let twice: Vec<Example> = data
        .iter()
        .map(|e| Example { weight: e.weight * (1.0 - share), ..e.clone() })
        .chain(
            data.iter()
                .map(|e| Example { weight: e.weight * share, ..e.clone() }),
        )
        .collect();
    let weights = fit_weights(&twice, &rows, opts);
    (model, weights)
}

/// Spreads hashes over `k` folds (the high bits of a multiplicative
/// hash: FNV's low bits are poor).
fn fold(h: u64, k: usize) -> usize {
    ((h.wrapping_mul(0x9e3779b97f4a7c15) >> 32) % k as u64) as usize
}

/// Each text's rule activations, read with a model trained without its
/// fold.
fn out_of_fold(
    data: &[Example],
    fold_of: &[usize],
    k: usize,
    lexicon: &Lexicon,
    opts: &TrainOptions,
) -> Vec<Vec<(RuleId, f32)>> {
    let mut rows: Vec<Vec<(RuleId, f32)>> = vec![Vec::new(); data.len()];
    for fold in 0..k {
        let train_set: Vec<Example> = data
            .iter()
            .zip(fold_of)
            .filter(|(_, f)| **f != fold)
            .map(|(e, _)| e.clone())
            .collect();
        // The additions in this fold's training set: still its last.
        let base = data.len() - opts.appended.min(data.len());
        let appended = (base..data.len()).filter(|&i| fold_of[i] != fold);
        let o = TrainOptions { appended: appended.count(), ..opts.clone() };
        let m = train(&train_set, &o);
        let cleaner = Cleaner::builder()
            .lexicon(lexicon.clone())
            .model(m)
            .weights(Weights::priors())
            .build()
            .expect("a lexicon that built once builds again");
        for (i, e) in data.iter().enumerate() {
            if fold_of[i] == fold {
                rows[i] = cleaner.activations(&e.text);
            }
        }
    }
    rows
}

/// Rules whose weights are fitted together: a group's rules share one
/// scale (times each rule's prior), and each rule may stray from it only
/// a little. A family the data lacks still gets its words weighed: a
/// cheating-device term counts like a gambling term, a QQ number like a
/// WeChat ID, because the data knows what a topic or a contact is worth
/// in general.
const GROUPS: &[&[RuleId]] = &[
    &[
        RuleId::LexGambling,
        RuleId::LexCasino,
        RuleId::LexPorn,
        RuleId::LexFraud,
        RuleId::LexCheating,
        RuleId::LexSeo,
    ],
    &[RuleId::LexContact, RuleId::LexSelling, RuleId::LexOperator],
    &[
        RuleId::GamblingSelling,
        RuleId::GamblingContact,
        RuleId::GamblingOperator,
        RuleId::PornContact,
        RuleId::FraudContact,
        RuleId::CheatingContact,
        RuleId::SeoContact,
    ],
    &[RuleId::LexReport, RuleId::LexBenign],
    &[
        RuleId::WechatId,
        RuleId::QqNumber,
        RuleId::Phone,
        RuleId::ObfuscatedContact,
        RuleId::RepeatedContact,
        RuleId::Domain,
    ],
    &[
        RuleId::HypeTitle,
        RuleId::YearHype,
        RuleId::PricePerCard,
        RuleId::Template,
        RuleId::JunkTag,
        RuleId::BrandSuffix,
        RuleId::JunkPrefix,
        RuleId::InvisibleChars,
        RuleId::CasinoBrand,
        RuleId::BrandTag,
        RuleId::Stuffing,
        RuleId::LinkFarm,
        RuleId::TopicQuery,
    ],
];

/// How much harder a rule is pulled to its group's scale than the scale
/// is pulled to 1.
const STRAY: f64 = 10.0;

/// A ham text one rule alone speaks for: the rule, its activation, and
/// the activations that speak against.
type Alone = (RuleId, f64, Vec<(RuleId, f64)>);

/// The most of the threshold one rule may bring a training ham text to
/// alone.
const ALONE: f64 = 1.0;

/// The logistic regression over rule activations: Newton's method (with
/// step halving) on the weighted log-loss plus the pulls towards the
/// priors. Parameters: a scale per group, a deviation per grouped rule,
/// a weight per other rule, and the intercept (minus the threshold).
fn fit_weights(
    data: &[Example],
    rows: &[Vec<(RuleId, f32)>],
    opts: &TrainOptions,
) -> Weights {
    let n = RULES.len();
    let g = GROUPS.len();
    let group_of = |id: RuleId| GROUPS.iter().position(|m| m.contains(&id));
    // Parameter layout: [group scales | per-rule | intercept].
    let p = g + n + 1;
    let mut prior = vec![0f64; p];
    let mut pull = vec![0f64; p];
    let lambda = f64::from(opts.prior_strength);
    for k in 0..g {
        prior[k] = 1.0;
        pull[k] = lambda;
    }
    for r in RULES {
        let i = g + r.id as usize;
        if group_of(r.id).is_some() {
            pull[i] = lambda * STRAY;
        } else {
            prior[i] = f64::from(r.prior);
            pull[i] = lambda;
        }
    }
    prior[p - 1] = -f64::from(DEFAULT_THRESHOLD);
    pull[p - 1] = lambda;
    // Each row in parameter space.
    let design: Vec<Vec<(usize, f64)>> = rows
        .iter()
        .map(|row| {
            let mut xs: Vec<(usize, f64)> = Vec::new();
            for (id, x) in row {
                let x = f64::from(*x);
                if let Some(k) = group_of(*id) {
                    let at = xs.iter().position(|(j, _)| *j == k);
                    let v = f64::from(id.rule().prior) * x;
                    match at {
                        Some(a) => xs[a].1 += v,
                        None => xs.push((k, v)),
                    }
                }
                xs.push((g + *id as usize, x));
            }
            xs.push((p - 1, 1.0));
            xs
        })
        .collect();
    let weight_of = |theta: &[f64], id: RuleId| -> f64 {
        let own = theta[g + id as usize];
        match group_of(id) {
            Some(k) => theta[k] * f64::from(id.rule().prior) + own,
            None => own,
        }
    };
    let mut hits = vec![(0u32, 0u32); n];
    for (row, e) in rows.iter().zip(data) {
        let mut seen = vec![false; n];
        for (id, _) in row {
            seen[*id as usize] = true;
        }
        for (i, s) in seen.iter().enumerate() {
            if *s {
                if e.spam {
                    hits[i].0 += 1;
                } else {
                    hits[i].1 += 1;
                }
            }
        }
    }
    let objective = |theta: &[f64]| -> f64 {
        let mut loss = 0.0;
        for (xs, e) in design.iter().zip(data) {
            let z: f64 = xs.iter().map(|(j, x)| theta[*j] * x).sum();
            // log(1 + e^-z) for spam, log(1 + e^z) for ham, stably.
            let s = if e.spam { -z } else { z };
            let l =
                if s > 0.0 { s + (-s).exp().ln_1p() } else { s.exp().ln_1p() };
            loss += f64::from(e.weight) * l;
        }
        let reg: f64 = (0..p)
            .map(|j| pull[j] * (theta[j] - prior[j]) * (theta[j] - prior[j]))
            .sum();
        loss + reg
    };
    // The ham texts that one rule alone speaks for: no rule may take
    // such a text over the threshold on its own (SpamAssassin's rule of
    // thumb, and SmokeDetector's: a keyword that fires alone on ham is
    // not approved). Each holds the rule, its activation, and the
    // activations that speak against (the model's ham side, counters).
    let alone: Vec<Alone> = rows
        .iter()
        .zip(data)
        .filter(|(_, e)| !e.spam && e.weight > 0.0)
        .filter_map(|(row, _)| {
            let pos = |id: RuleId, x: f32| id.rule().prior * x > 0.0;
            let mut it = row.iter().filter(|(id, x)| pos(*id, *x));
            let (id, x) = *it.next()?;
            // The model may decide alone, as far as its calibration on
            // ham allows: that is what fitting its weight does.
            if it.next().is_some() || id == RuleId::ModelSpam {
                return None;
            }
            let against = row
                .iter()
                .filter(|(i, x)| !pos(*i, *x))
                .map(|(i, x)| (*i, f64::from(*x)))
                .collect();
            Some((id, f64::from(x), against))
        })
        .collect();
    let ln_cost = f64::from(opts.fp_cost.max(1.0)).ln();
    // Scales stay positive, each rule's weight stays on its prior's side
    // of zero (a counter-rule stays a counter-rule), and no rule alone
    // takes a training ham text past the threshold.
    let project = |theta: &mut [f64]| {
        for t in &mut theta[..g] {
            *t = t.max(0.0);
        }
        for r in RULES {
            let w = weight_of(theta, r.id);
            if w * f64::from(r.prior) < 0.0 {
                theta[g + r.id as usize] -= w;
            }
        }
        let threshold = -theta[p - 1] + ln_cost;
        let mut cap = vec![f64::INFINITY; n];
        for (id, x, against) in &alone {
            let room: f64 =
                against.iter().map(|(i, x)| weight_of(theta, *i) * x).sum();
            let c = (threshold * ALONE - room) / x;
            cap[*id as usize] = cap[*id as usize].min(c.max(0.0));
        }
        for r in RULES {
            let w = weight_of(theta, r.id);
            let c = cap[r.id as usize];
            if w > c {
                theta[g + r.id as usize] -= w - c;
            }
        }
    };
    let mut theta = prior.clone();
    let mut current = objective(&theta);
    for _ in 0..100 {
        let mut grad = vec![0f64; p];
        let mut hess = vec![0f64; p * p];
        for (xs, e) in design.iter().zip(data) {
            let z: f64 = xs.iter().map(|(j, x)| theta[*j] * x).sum();
            let prob = 1.0 / (1.0 + (-z).exp());
            let y = if e.spam { 1.0 } else { 0.0 };
            let sw = f64::from(e.weight);
            let gr = (prob - y) * sw;
            let h = (prob * (1.0 - prob)).max(1e-9) * sw;
            for &(a, xa) in xs {
                grad[a] += gr * xa;
                for &(b, xb) in xs {
                    hess[a * p + b] += h * xa * xb;
                }
            }
        }
        for j in 0..p {
            grad[j] += 2.0 * pull[j] * (theta[j] - prior[j]);
            hess[j * p + j] += 2.0 * pull[j];
        }
        let step = solve(&hess, &grad, p);
        // Newton's step, halved until the objective goes down.
        let mut t = 1.0;
        let mut next = theta.clone();
        let mut better = false;
        for _ in 0..30 {
            for j in 0..p {
                next[j] = theta[j] - t * step[j];
            }
            project(&mut next);
            let o = objective(&next);
            if o < current {
                better = current - o > 1e-9 * current.max(1.0);
                current = o;
                theta.clone_from(&next);
                break;
            }
            t *= 0.5;
        }
        if !better {
            break;
        }
    }
    // Spam where z >= ln(fp_cost): the weights' sum reaches minus the
    // intercept plus ln(fp_cost). Scale so that point is
    // DEFAULT_THRESHOLD.
    let raw_threshold = -theta[p - 1] + f64::from(opts.fp_cost.max(1.0)).ln();
    let k = if raw_threshold > 0.1 {
        f64::from(DEFAULT_THRESHOLD) / raw_threshold
    } else {
        1.0
    };
    let mut w = Weights::priors();
    for r in RULES {
        let (s, h) = hits[r.id as usize];
        w.set_hits(r.id, s, h);
        // A rule outside the groups that the data never shows keeps its
        // hand-set weight, in the scale of the threshold it was set for.
        if s + h > 0 || group_of(r.id).is_some() {
            let x = weight_of(&theta, r.id) * k;
            w.set(r.id, ((x * 100.0).round() / 100.0) as f32);
        }
    }
    w.set_threshold(DEFAULT_THRESHOLD);
    w
}

/// Solves `a x = b` for a small symmetric positive definite `a` (m×m,
/// row-major) by Cholesky.
fn solve(a: &[f64], b: &[f64], m: usize) -> Vec<f64> {
    let mut l = vec![0f64; m * m];
    for i in 0..m {
        for j in 0..=i {
            let mut s = a[i * m + j];
            for k in 0..j {
                s -= l[i * m + k] * l[j * m + k];
            }
            if i == j {
                l[i * m + i] = s.max(1e-12).sqrt();
            } else {
                l[i * m + j] = s / l[j * m + j];
            }
        }
    }
    let mut y = vec![0f64; m];
    for i in 0..m {
        let mut s = b[i];
        for k in 0..i {
            s -= l[i * m + k] * y[k];
        }
        y[i] = s / l[i * m + i];
    }
    let mut x = vec![0f64; m];
    for i in (0..m).rev() {
        let mut s = y[i];
        for k in i + 1..m {
            s -= l[k * m + i] * x[k];
        }
        x[i] = s / l[i * m + i];
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appended examples leave the others' training order alone: one
    /// that teaches nothing (weight 0) leaves the model as it was, where
    /// a fresh shuffle of the same data moves it.
    #[test]
    fn appended_examples_keep_the_training_order() {
        let mut data = Vec::new();
        for i in 0..40 {
            data.push(Example::new(format!("牛牛房卡批发{i}，加微信"), true));
            data.push(Example::new(format!("本市第{i}届运动会开幕"), false));
        }
        let opts = TrainOptions { min_count: 1, ..TrainOptions::default() };
        let old = train(&data, &opts);
        let mut more = data.clone();
        more.push(Example {
            weight: 0.0,
            ..Example::new("十大信誉平台", true)
        });
        let kept = train(&more, &TrainOptions { appended: 1, ..opts.clone() });
        let shuffled = train(&more, &opts);
        let moved = |m: &Model| {
            data.iter()
                .map(|e| (m.log_odds(&e.text) - old.log_odds(&e.text)).abs())
                .fold(0f32, f32::max)
        };
        assert!(moved(&kept) < 1e-3, "{}", moved(&kept));
        assert!(moved(&shuffled) > 1e-2, "{}", moved(&shuffled));
    }

    #[test]
    fn embedded_parses() {
        let m = Model::embedded();
        assert!(m.len() > 1000, "{}", m.len());
    }

    #[test]
    fn bad_files_name_the_line() {
        for (text, line) in [
            ("ngrams\t2\t3\n", 1),
            ("version\t2\nngrams\t2\n", 2),
            ("version\t2\nngrams\t2\t3\nbias\tx\n", 3),
            ("version\t2\nngrams\t2\t3\nbias\t0\n房卡\tinf\n", 4),
            ("version\t2\n房卡\t1\n", 2),
            ("version\t2\nngrams\t2\t3\nwords\tyes\n", 3),
        ] {
            let err = Model::from_reader(text.as_bytes()).unwrap_err();
            assert_eq!(err.line(), Some(line), "{text:?}: {err}");
        }
    }

    #[test]
    fn hashing_matches_the_strings() {
        // Inference hashes features incrementally; training writes them
        // as strings. Both must name the same features.
        let spec = Spec { min_n: 1, max_n: 3, words: true };
        let text = "加微信 牛牛房卡abc";
        let mut n = 0;
        spec.features(text, |_, h, name| {
            assert_eq!(h, hash(&name.text()), "{}", name.text());
            n += 1;
        });
        assert!(n > 20);
    }

    #[test]
    fn training_is_deterministic() {
        let data: Vec<Example> = (0..40)
            .map(|i| {
                if i % 2 == 0 {
                    Example::new(format!("牛牛房卡批发{i}号，加微信"), true)
                } else {
                    Example::new(format!("本市第{i}届运动会开幕"), false)
                }
            })
            .collect();
        let opts = TrainOptions::default();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        train(&data, &opts).write(&mut a).unwrap();
        train(&data, &opts).write(&mut b).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn cholesky_solves() {
        let a = [4.0, 2.0, 2.0, 3.0];
        let x = solve(&a, &[2.0, 1.0], 2);
        assert!((4.0 * x[0] + 2.0 * x[1] - 2.0).abs() < 1e-9);
        assert!((2.0 * x[0] + 3.0 * x[1] - 1.0).abs() < 1e-9);
    }
}
