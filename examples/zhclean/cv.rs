//! Honest spam figures: every item is judged by a cleaner trained
//! without it.
//!
//! - [`cross_validate`]: K folds by group (a text, or a whole page); each
//!   fold is judged by a model and weights fitted on the others.
//! - [`leave_out`]: for each family (or source), train without its spam
//!   (and without a held-out fifth of the ham), then judge its spam and
//!   that ham: how the filter does on a campaign it never saw.
//!
//! Measuring is kept apart from printing: these return outcomes, and
//! [`Tally`] counts them.

use std::collections::BTreeMap;

use rayon::prelude::*;
use zhclean::{Cleaner, Model, RuleId, TrainOptions, Weights};

use crate::data::{examples, Item};

/// How one item was judged.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Index into the items.
    pub item: usize,
    pub flagged: bool,
    pub score: f32,
    /// The rules that added to the score.
    pub rules: Vec<RuleId>,
}

/// What a cleaner is built from in an experiment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setup {
    /// Rules with their hand-set weights, no model: the state before
    /// fitting.
    RulesOnly,
    /// The token model alone over character n-grams (no rules).
    CharsOnly,
    /// The token model alone, character n-grams and words.
    CharsWords,
    /// Rules and the model, weights fitted (what ships), with or without
    /// words in the model.
    Fitted { words: bool },
}

impl Setup {
    pub fn name(self) -> &'static str {
        match self {
            Setup::RulesOnly => "rules, hand weights",
            Setup::CharsOnly => "model: char n-grams",
            Setup::CharsWords => "model: char n-grams + words",
            Setup::Fitted { words: false } => "rules + char model, fitted",
            Setup::Fitted { words: true } => "rules + char/word model, fitted",
        }
    }
}

/// A judge for one experiment's test items.
enum Judge {
    Cleaner(Box<Cleaner>),
    /// A bare model: spam when its log-odds reach this.
    Model(Model, f32),
}

impl Judge {
    fn build(train: &[&Item], setup: Setup, opts: &TrainOptions) -> Judge {
        let data = examples(train.iter().copied());
        let ln_cost = opts.fp_cost.max(1.0).ln();
        match setup {
            Setup::RulesOnly => {
                let off = Model::from_reader(
                    "version\t2\nngrams\t1\t3\nbias\t0\n".as_bytes(),
                )
                .expect("an empty model parses");
                Judge::Cleaner(Box::new(
                    Cleaner::builder()
                        .model(off)
                        .weights(Weights::priors())
                        .build()
                        .expect("the embedded lexicon builds"),
                ))
            }
            Setup::CharsOnly | Setup::CharsWords => {
                let words = setup == Setup::CharsWords;
                let o = TrainOptions { words, ..opts.clone() };
                Judge::Model(zhclean::train(&data, &o), ln_cost)
            }
            Setup::Fitted { words } => {
                let o = TrainOptions { words, ..opts.clone() };
                let (model, weights) = zhclean::fit(&data, &o);
                Judge::Cleaner(Box::new(
                    Cleaner::builder()
                        .model(model)
                        .weights(weights)
                        .build()
                        .expect("the embedded lexicon builds"),
                ))
            }
        }
    }

    fn judge(&self, idx: usize, it: &Item) -> Outcome {
        match self {
            Judge::Model(m, t) => {
                let text = it.title.as_deref().unwrap_or(&it.text);
                let lo = m.log_odds(text);
                Outcome {
                    item: idx,
                    flagged: lo >= *t,
                    score: lo,
                    rules: Vec::new(),
                }
            }
            Judge::Cleaner(c) => match &it.title {
                None => {
                    let v = c.score_text(&it.text);
                    Outcome {
                        item: idx,
                        flagged: v.spam,
                        score: v.score,
                        rules: v
                            .reasons
                            .iter()
                            .filter(|r| r.weight > 0.0)
                            .map(|r| r.rule)
                            .collect(),
                    }
                }
                Some(title) => {
                    let page = c.clean(page_html(title, &it.text).as_bytes());
                    let mut rules: Vec<RuleId> = page
                        .spam
                        .iter()
                        .flat_map(|s| s.reasons.iter())
                        .filter(|r| r.weight > 0.0)
                        .map(|r| r.rule)
                        .collect();
                    rules.sort();
                    rules.dedup();
                    Outcome {
                        item: idx,
                        flagged: !page.spam.is_empty(),
                        score: page
                            .spam
                            .iter()
                            .map(|s| s.score)
                            .fold(0.0, f32::max),
                        rules,
                    }
                }
            },
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A minimal page around an extracted text: `<title>`, then one `<p>`
/// per line inside an article element.
pub fn page_html(title: &str, text: &str) -> String {
    let mut h = format!(
        "<html><head><title>{}</title></head><body><article>",
        escape(title)
    );
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        h.push_str("<p>");
        h.push_str(&escape(line));
        h.push_str("</p>");
    }
    h.push_str("</article></body></html>");
    h
}

/// How the shipped (or any) cleaner judges one item.
pub fn judge_with(cleaner: &Cleaner, idx: usize, it: &Item) -> Outcome {
    Judge::Cleaner(Box::new(cleaner.clone())).judge(idx, it)
}

/// Trains on `train`, judges `test`.
fn run(
    items: &[Item],
    train: &[usize],
    test: &[usize],
    setup: Setup,
    opts: &TrainOptions,
) -> Vec<Outcome> {
    let train: Vec<&Item> = train.iter().map(|&i| &items[i]).collect();
    let judge = Judge::build(&train, setup, opts);
    test.iter().map(|&i| judge.judge(i, &items[i])).collect()
}

/// K-fold cross-validation by group: every item judged once, by a
/// cleaner trained on the other folds.
pub fn cross_validate(
    items: &[Item],
    k: usize,
    setup: Setup,
    opts: &TrainOptions,
) -> Vec<Outcome> {
    let fold = |it: &Item| (it.group % k as u64) as usize;
    let mut out: Vec<Outcome> = (0..k)
        .into_par_iter()
        .flat_map_iter(|f| {
            let (test, train): (Vec<usize>, Vec<usize>) =
                (0..items.len()).partition(|&i| fold(&items[i]) == f);
            run(items, &train, &test, setup, opts)
        })
        .collect();
    out.sort_by_key(|o| o.item);
    out
}

/// What to leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// A spam family (held-out ham: one fifth of it).
    Family,
    /// A source file, spam and ham alike.
    Source,
}

/// The result of one leave-out run.
pub struct LeftOut {
    pub name: String,
    pub outcomes: Vec<Outcome>,
}

/// For each family (or source) with at least `min` spam items: train
/// without it, judge it.
pub fn leave_out(
    items: &[Item],
    by: By,
    min: usize,
    setup: Setup,
    opts: &TrainOptions,
) -> Vec<LeftOut> {
    let key = |it: &Item| match by {
        By::Family => it.family.clone(),
        By::Source => it.source.clone(),
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for it in items.iter().filter(|it| it.spam == Some(true)) {
        *counts.entry(key(it)).or_default() += 1;
    }
    let names: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= min)
        .map(|(k, _)| k)
        .collect();
    // The ham held out of every family run: one fifth, by group, hard
    // negatives included; the other four fifths train every run.
    let held_ham =
        |it: &Item| it.spam == Some(false) && it.group.is_multiple_of(5);
    names
        .par_iter()
        .map(|name| {
            let out_of_training = |it: &Item| match by {
                By::Family => {
                    (it.spam == Some(true) && key(it) == *name) || held_ham(it)
                }
                By::Source => key(it) == *name,
            };
            let (test, train): (Vec<usize>, Vec<usize>) = (0..items.len())
                .filter(|&i| items[i].spam.is_some())
                .partition(|&i| out_of_training(&items[i]));
            LeftOut {
                name: name.clone(),
                outcomes: run(items, &train, &test, setup, opts),
            }
        })
        .collect()
}

/// Counts of spam found and ham flagged.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub spam: usize,
    pub spam_flagged: usize,
    pub ham: usize,
    pub ham_flagged: usize,
    pub hard: usize,
    pub hard_flagged: usize,
}

impl Tally {
    pub fn add(&mut self, it: &Item, flagged: bool) {
        match it.spam {
            Some(true) => {
                self.spam += 1;
                self.spam_flagged += flagged as usize;
            }
            Some(false) => {
                self.ham += 1;
                self.ham_flagged += flagged as usize;
                if it.hard_negative {
                    self.hard += 1;
                    self.hard_flagged += flagged as usize;
                }
            }
            None => {}
        }
    }

    pub fn of<'a>(
        items: &[Item],
        outcomes: impl IntoIterator<Item = &'a Outcome>,
    ) -> Tally {
        let mut t = Tally::default();
        for o in outcomes {
            t.add(&items[o.item], o.flagged);
        }
        t
    }

    pub fn recall(&self) -> f64 {
        self.spam_flagged as f64 / self.spam.max(1) as f64
    }

    pub fn fpr(&self) -> f64 {
        self.ham_flagged as f64 / self.ham.max(1) as f64
    }

    pub fn precision(&self) -> f64 {
        let flagged = self.spam_flagged + self.ham_flagged;
        self.spam_flagged as f64 / flagged.max(1) as f64
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// One line: recall, ham flagged, hard negatives flagged.
    pub fn line(&self) -> String {
        let mut s = String::new();
        if self.spam > 0 {
            s.push_str(&format!(
                "recall {:.3} ({}/{})",
                self.recall(),
                self.spam_flagged,
                self.spam
            ));
        }
        if self.ham > 0 {
            if !s.is_empty() {
                s.push_str("  ");
            }
            s.push_str(&format!(
                "ham flagged {}/{} ({:.2}%)  hard negatives {}/{}",
                self.ham_flagged,
                self.ham,
                100.0 * self.fpr(),
                self.hard_flagged,
                self.hard
            ));
        }
        if self.spam > 0 && self.ham > 0 {
            s.push_str(&format!(
                "  P {:.3} F1 {:.3}",
                self.precision(),
                self.f1()
            ));
        }
        s
    }
}
