//! The token model: a small logistic regression over character n-grams of
//! the folded text, trained from labelled lines by [`train`], shipped as
//! a versioned plain-text file (`src/data/model.txt`) and loaded by the
//! same public loader users call.
//!
//! Why character n-grams and not jieba words: bigrams and trigrams of
//! Chinese text cover its words without a 30 MB dictionary and a 100 ms
//! load per process, and they keep working on the broken-up and misspelt
//! forms spam uses. Segmenting every block with jieba would also cost
//! more than the rest of `score_text` together.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::BufRead;

use crate::{normalize, Error};

/// The model the crate ships (`src/data/model.txt`).
pub const EMBEDDED_MODEL: &str = include_str!("data/model.txt");

/// The model file format this crate reads and writes.
pub const MODEL_VERSION: u32 = 1;

/// n-gram hashes are already uniform: hash them again for nothing.
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

type Weights = HashMap<u64, f32, BuildHasherDefault<IdHasher>>;

/// A logistic regression over character n-grams.
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
    bias: f32,
    weights: Weights,
    /// The n-grams as written in the file, one per line, and their
    /// weights in the same order, for writing the file back. One string
    /// rather than one per n-gram: loading is then a few allocations.
    names: String,
    order: Vec<f32>,
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
    /// MAX`, `bias B`, then `n-gram<TAB>weight` lines.
    ///
    /// # Errors
    ///
    /// An unknown version, a missing header line, or a line that does not
    /// parse gives an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "version\t1\nngrams\t2\t3\nbias\t-1.0\n房卡\t2.5\n";
    /// let m = zhclean::Model::from_reader(text.as_bytes()).unwrap();
    /// assert!(m.log_odds("房卡") > m.log_odds("天气"));
    /// let err = zhclean::Model::from_reader("version\t9\n".as_bytes());
    /// assert!(err.unwrap_err().to_string().contains("version 9"));
    /// ```
    pub fn from_reader<R: BufRead>(rdr: R) -> Result<Model, Error> {
        let mut m = Model::default();
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
                    if v != MODEL_VERSION {
                        return Err(bad(format!(
                            "model file version {v} is not supported (this crate reads version {MODEL_VERSION})"
                        )));
                    }
                    version = true;
                }
                _ if !version => {
                    return Err(bad(
                        "the first line must be `version<TAB>N`".into()
                    ));
                }
                "ngrams" => {
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
                "bias" => {
                    m.bias = num(get(1).unwrap_or(""))?;
                    bias = true;
                }
                gram => {
                    if !(ngrams && bias) {
                        return Err(bad(
                            "weights come after the `ngrams` and `bias` lines"
                                .into(),
                        ));
                    }
                    let w = num(get(1).ok_or_else(|| {
                        bad(format!("`{gram}` has no weight"))
                    })?)?;
                    m.weights.insert(hash(gram), w);
                    m.names.push_str(gram);
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
        writeln!(w, "# of the folded text (see normalize). Written by `zhclean train`.")?;
        writeln!(w, "version\t{MODEL_VERSION}")?;
        writeln!(w, "ngrams\t{}\t{}", self.min_n, self.max_n)?;
        writeln!(w, "bias\t{}", self.bias)?;
        for (g, x) in self.names.split('\n').zip(&self.order) {
            writeln!(w, "{g}\t{x}")?;
        }
        Ok(())
    }

    /// How many weighted n-grams.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The log-odds that a text is spam.
    pub fn log_odds(&self, text: &str) -> f32 {
        self.log_odds_folded(normalize(text).as_str())
    }

    pub(crate) fn log_odds_folded(&self, folded: &str) -> f32 {
        if self.max_n == 0 {
            return 0.0;
        }
        let mut sum = 0.0;
        let mut n = 0usize;
        grams(folded, self.min_n, self.max_n, |h| {
            n += 1;
            if let Some(w) = self.weights.get(&h) {
                sum += w;
            }
        });
        // Features are scaled by 1/sqrt(count), as in training, so a long
        // text does not win on length alone.
        self.bias + if n == 0 { 0.0 } else { sum / (n as f32).sqrt() }
    }
}

/// FNV-1a over the bytes of an n-gram.
fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Calls `f` with the hash of every character n-gram of `text` for n in
/// `min..=max`, skipping n-grams that hold a space.
fn grams(text: &str, min: usize, max: usize, mut f: impl FnMut(u64)) {
    // Char boundaries, one pass; no allocation per n-gram.
    let idx: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars = idx.len() - 1;
    for start in 0..chars {
        for n in min..=max {
            if start + n > chars {
                break;
            }
            let g = &text[idx[start]..idx[start + n]];
            if g.contains(' ') {
                break;
            }
            f(hash(g));
        }
    }
}

fn gram_strings(text: &str, min: usize, max: usize) -> Vec<String> {
    let cs: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for start in 0..cs.len() {
        for n in min..=max {
            if start + n > cs.len() {
                break;
            }
            let g: String = cs[start..start + n].iter().collect();
            if g.contains(' ') {
                break;
            }
            out.push(g);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Settings for [`train`].
///
/// # Examples
///
/// ```
/// let opts = zhclean::TrainOptions::default();
/// assert_eq!((opts.min_n, opts.max_n), (2, 3));
/// ```
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Smallest n-gram.
    pub min_n: usize,
    /// Largest n-gram.
    pub max_n: usize,
    /// Passes over the data.
    pub epochs: usize,
    /// Learning rate (AdaGrad).
    pub rate: f32,
    /// L2 penalty per update.
    pub l2: f32,
    /// n-grams seen in fewer texts are dropped.
    pub min_count: usize,
    /// Weights smaller than this are not written.
    pub min_weight: f32,
    /// Seed of the example order; the same seed gives the same model.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            min_n: 2,
            max_n: 3,
            epochs: 8,
            rate: 0.5,
            l2: 1e-5,
            min_count: 2,
            min_weight: 0.05,
            seed: 42,
        }
    }
}

/// Trains a model from `(text, is_spam)` pairs. Deterministic: the same
/// data and options give the same model, byte for byte.
///
/// # Examples
///
/// ```
/// let data = vec![
///     ("牛牛房卡批发加微信".to_string(), true),
///     ("金花房卡一元一张".to_string(), true),
///     ("今天天气晴朗适合出行".to_string(), false),
///     ("市政府召开新闻发布会".to_string(), false),
/// ];
/// let opts = zhclean::TrainOptions { min_count: 1, ..Default::default() };
/// let m = zhclean::train(&data, &opts);
/// assert!(m.log_odds("房卡批发") > m.log_odds("新闻发布会"));
/// ```
pub fn train(data: &[(String, bool)], opts: &TrainOptions) -> Model {
    // Vocabulary: n-grams seen in at least `min_count` texts.
    let folded: Vec<Vec<String>> = data
        .iter()
        .map(|(t, _)| {
            gram_strings(normalize(t).as_str(), opts.min_n, opts.max_n)
        })
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for gs in &folded {
        for g in gs {
            *count.entry(g.as_str()).or_insert(0) += 1;
        }
    }
    let mut vocab: Vec<&str> = count
        .iter()
        .filter(|(_, c)| **c >= opts.min_count)
        .map(|(g, _)| *g)
        .collect();
    vocab.sort_unstable();
    let index: HashMap<&str, usize> =
        vocab.iter().enumerate().map(|(i, g)| (*g, i)).collect();
    let rows: Vec<(Vec<usize>, f32, f32)> = folded
        .iter()
        .zip(data)
        .map(|(gs, (_, spam))| {
            let mut ids: Vec<usize> = gs
                .iter()
                .filter_map(|g| index.get(g.as_str()).copied())
                .collect();
            ids.sort_unstable();
            let scale = if ids.is_empty() {
                0.0
            } else {
                1.0 / (gs.len() as f32).sqrt()
            };
            (ids, scale, if *spam { 1.0 } else { 0.0 })
        })
        .collect();
    let mut w = vec![0f32; vocab.len()];
    let mut g2 = vec![1e-6f32; vocab.len()];
    let (mut bias, mut bias_g2) = (0f32, 1e-6f32);
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut rng = opts.seed.max(1);
    for _ in 0..opts.epochs {
        // Fisher-Yates with a xorshift: deterministic, no dependency.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &r in &order {
            let (ids, scale, y) = &rows[r];
            let z = bias + ids.iter().map(|&i| w[i]).sum::<f32>() * scale;
            let p = 1.0 / (1.0 + (-z).exp());
            let err = p - y;
            bias_g2 += err * err;
            bias -= opts.rate * err / bias_g2.sqrt();
            for &i in ids {
                let g = err * scale + opts.l2 * w[i];
                g2[i] += g * g;
                w[i] -= opts.rate * g / g2[i].sqrt();
            }
        }
    }
    let mut names: Vec<(String, f32)> = vocab
        .iter()
        .zip(&w)
        .filter(|(_, x)| x.abs() >= opts.min_weight)
        .map(|(g, x)| (g.to_string(), (x * 1000.0).round() / 1000.0))
        .collect();
    names.sort_by(|a, b| {
        b.1.abs().total_cmp(&a.1.abs()).then_with(|| a.0.cmp(&b.0))
    });
    let weights = names.iter().map(|(g, x)| (hash(g), *x)).collect();
    let order = names.iter().map(|(_, x)| *x).collect();
    let names = names.iter().map(|(g, _)| format!("{g}\n")).collect();
    Model {
        min_n: opts.min_n,
        max_n: opts.max_n,
        bias: (bias * 1000.0).round() / 1000.0,
        weights,
        names,
        order,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_parses() {
        let m = Model::embedded();
        assert!(m.len() > 1000, "{}", m.len());
    }

    #[test]
    fn bad_files_name_the_line() {
        for (text, line) in [
            ("ngrams\t2\t3\n", 1),
            ("version\t1\nngrams\t2\n", 2),
            ("version\t1\nngrams\t2\t3\nbias\tx\n", 3),
            ("version\t1\nngrams\t2\t3\nbias\t0\n房卡\tinf\n", 4),
            ("version\t1\n房卡\t1\n", 2),
        ] {
            let err = Model::from_reader(text.as_bytes()).unwrap_err();
            assert_eq!(err.line(), Some(line), "{text:?}: {err}");
        }
    }

    #[test]
    fn training_is_deterministic() {
        let data: Vec<(String, bool)> = (0..40)
            .map(|i| {
                if i % 2 == 0 {
                    (format!("牛牛房卡批发{i}号，加微信"), true)
                } else {
                    (format!("本市第{i}届运动会开幕"), false)
                }
            })
            .collect();
        let opts = TrainOptions::default();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        train(&data, &opts).write(&mut a).unwrap();
        train(&data, &opts).write(&mut b).unwrap();
        assert_eq!(a, b);
    }
}
