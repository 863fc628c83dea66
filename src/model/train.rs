//! Training the token model: [`train`], and [`fit`] for the model with
//! the rule weights on top.

use super::*;
use crate::lexicon::default_lexicon;

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
    /// [`fit`]: the lexicon whose rules are weighed; `None` is the
    /// embedded one ([`Lexicon::embedded`]), or an empty one without
    /// the feature `embedded-data`.
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
    let lexicon = opts.lexicon.clone().unwrap_or_else(default_lexicon);
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
