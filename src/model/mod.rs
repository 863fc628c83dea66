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

// The weights table: hashes to quantised weights in one flat array.
mod lookup;
// Training the model.
mod train;
// Fitting the rule weights on the model's out-of-fold log-odds.
mod fit;
#[cfg(test)]
mod tests;

use fit::*;
use lookup::*;
pub use train::{fit, train, TrainOptions};

/// The model the crate ships (`src/data/model.txt`; feature
/// `embedded-data`).
#[cfg(feature = "embedded-data")]
pub const EMBEDDED_MODEL: &str = include_str!("../data/model.txt");

/// The model file format this crate writes (it also reads version 1,
/// character n-grams only).
pub const MODEL_VERSION: u32 = 2;

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
    /// The model the crate ships, parsed by [`Model::from_reader`]
    /// (feature `embedded-data`).
    #[cfg(feature = "embedded-data")]
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
