//! Fitting the rule weights on the model's out-of-fold log-odds.

use super::*;

/// Spreads hashes over `k` folds (the high bits of a multiplicative
/// hash: FNV's low bits are poor).
pub(super) fn fold(h: u64, k: usize) -> usize {
    ((h.wrapping_mul(0x9e3779b97f4a7c15) >> 32) % k as u64) as usize
}

/// Each text's rule activations, read with a model trained without its
/// fold.
pub(super) fn out_of_fold(
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
pub(super) const GROUPS: &[&[RuleId]] = &[
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
pub(super) const STRAY: f64 = 10.0;

/// A ham text one rule alone speaks for: the rule, its activation, and
/// the activations that speak against.
pub(super) type Alone = (RuleId, f64, Vec<(RuleId, f64)>);

/// The most of the threshold one rule may bring a training ham text to
/// alone.
pub(super) const ALONE: f64 = 1.0;

/// The logistic regression over rule activations: Newton's method (with
/// step halving) on the weighted log-loss plus the pulls towards the
/// priors. Parameters: a scale per group, a deviation per grouped rule,
/// a weight per other rule, and the intercept (minus the threshold).
pub(super) fn fit_weights(
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
pub(super) fn solve(a: &[f64], b: &[f64], m: usize) -> Vec<f64> {
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
