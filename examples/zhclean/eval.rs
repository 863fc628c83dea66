//! `zhclean eval`: extraction F1 against human truth, and spam precision
//! and recall on labelled lines.
//!
//! Extraction is scored as in `../shared/data/README.md`: both texts are
//! NFKC-normalised with all whitespace dropped, then compared as bags of
//! character n-grams (n = 5 by default, 1 for the plain character bag):
//! precision = common / extracted, recall = common / truth, where common
//! counts each n-gram min(extracted, truth) times.

use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use crate::args::{DataArgs, SourcesArgs, WordsArg};
use crate::cv::{self, By, Outcome, Setup, Tally};
use crate::data::Item;
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;
use zhclean::{Cleaner, RuleId, TrainOptions};

#[derive(Subcommand)]
pub enum EvalCmd {
    /// Extraction: folders of `<page>.html` with `<page>.txt` truth (and
    /// optional `.date` and `.author`), laid out like
    /// `../shared/data/extract`.
    Extract {
        /// The folder to walk.
        dir: PathBuf,
        /// n of the character n-grams.
        #[arg(long, default_value_t = 5)]
        ngram: usize,
        /// Count the title as part of the extracted text.
        #[arg(long)]
        with_title: bool,
        /// Fail (exit 1) when the mean F1 is below this.
        #[arg(long)]
        min_f1: Option<f64>,
        /// List this many of the worst pages.
        #[arg(long, default_value_t = 10)]
        worst: usize,
    },
    /// Spam: precision and recall, per source and family. With FILES, the
    /// shipped cleaner judges them (in-sample when they are training
    /// data); with --cv, --by-family or --by-source, every item of every
    /// training source is judged by a cleaner trained without it.
    Spam(Box<SpamArgs>),
}

/// `eval spam` arguments.
#[derive(clap::Args)]
pub struct SpamArgs {
    /// JSONL files (`text` or `title`+`text`, `label`) or a seed page's
    /// `.txt`, judged by the shipped cleaner (or as --threshold,
    /// --lexicon, --model, --weights and --overlay make it: these apply
    /// to FILES only).
    files: Vec<PathBuf>,
    #[command(flatten)]
    data: DataArgs,
    /// Print each misjudged item.
    #[arg(long)]
    errors: bool,
    /// Cross-validate with K folds over every training source.
    #[arg(long, value_name = "K")]
    cv: Option<usize>,
    /// For each spam family: train without it, test on it.
    #[arg(long)]
    by_family: bool,
    /// For each source: train without it, test on it.
    #[arg(long)]
    by_source: bool,
    /// Each rule's hits on spam and on ham, and its S/O ratio.
    #[arg(long)]
    rules: bool,
    /// Compare set-ups (rules alone, model alone, with words, fitted)
    /// under cross-validation and leave-one-family-out.
    #[arg(long)]
    ablation: bool,
    /// (--cv and --by-* runs.)
    #[command(flatten)]
    words: WordsArg,
    /// Training: how many missed spam texts one false positive is worth.
    #[arg(long)]
    fp_cost: Option<f32>,
    /// Training: the share of weighing done as for new campaigns.
    #[arg(long)]
    new_campaigns: Option<f32>,
    /// Training: how strongly rule weights are pulled to their priors.
    #[arg(long)]
    prior_strength: Option<f32>,
    /// Training: n-grams seen in fewer texts are dropped.
    #[arg(long)]
    min_count: Option<usize>,
    /// Training: the longest character n-gram.
    #[arg(long)]
    max_n: Option<usize>,
    /// What the --cv and --by-* runs build: `fitted` (rules and model,
    /// what ships), `rules` (hand weights, no model), `model` (the model
    /// alone).
    #[arg(long, default_value = "fitted")]
    setup: String,
    #[command(flatten)]
    sources: SourcesArgs,
    /// Fail (exit 1) when any real source or held-out family has more
    /// false positives than this.
    #[arg(long)]
    max_false_positives: Option<usize>,
    /// Fail when any real source or held-out family with spam has a
    /// lower recall.
    #[arg(long)]
    min_recall: Option<f64>,
    /// Fail when any real source or held-out family flags a larger share
    /// of its ham.
    #[arg(long)]
    max_fpr: Option<f64>,
    /// Fail when any real source or held-out family flags more hard
    /// negatives.
    #[arg(long)]
    max_hard_negatives: Option<usize>,
    /// A gate on one source (in --cv), held-out family (--by-family) or
    /// held-out source (--by-source): `NAME:recall=0.9:fp=2:fpr=0.002:hard=0`
    /// (each key optional). A gate whose name matches nothing fails.
    #[arg(long, value_name = "NAME:KEY=V...", value_parser = parse_gate)]
    gate: Vec<Gate>,
}

/// Floors and ceilings for one named group.
#[derive(Clone, Debug)]
pub struct Gate {
    name: String,
    recall: Option<f64>,
    fp: Option<usize>,
    fpr: Option<f64>,
    hard: Option<usize>,
}

fn parse_gate(s: &str) -> Result<Gate, String> {
    let mut parts = s.split(':');
    let name = parts.next().unwrap_or_default().to_string();
    if name.is_empty() {
        return Err(format!("`{s}`: want NAME:KEY=VALUE..."));
    }
    let mut g = Gate { name, recall: None, fp: None, fpr: None, hard: None };
    for p in parts {
        let (k, v) = p
            .split_once('=')
            .ok_or_else(|| format!("`{p}`: want KEY=VALUE"))?;
        let bad = |e: String| format!("`{p}`: {e}");
        match k {
            "recall" => {
                g.recall = Some(v.parse().map_err(|e| bad(format!("{e}")))?)
            }
            "fp" => g.fp = Some(v.parse().map_err(|e| bad(format!("{e}")))?),
            "fpr" => g.fpr = Some(v.parse().map_err(|e| bad(format!("{e}")))?),
            "hard" => {
                g.hard = Some(v.parse().map_err(|e| bad(format!("{e}")))?)
            }
            _ => return Err(format!("`{k}`: want recall, fp, fpr or hard")),
        }
    }
    Ok(g)
}

/// What an `eval` run measured.
pub enum EvalResult {
    Extract(ExtractResult),
    Spam(SpamResult),
}

impl EvalResult {
    /// Whether every floor and gate held.
    pub fn passed(&self) -> bool {
        match self {
            EvalResult::Extract(r) => r.passed(),
            EvalResult::Spam(r) => r.passed(),
        }
    }
}

pub fn run(cmd: EvalCmd) -> Result<EvalResult, Box<dyn Error>> {
    match cmd {
        EvalCmd::Extract { dir, ngram, with_title, min_f1, worst } => {
            let mut r = extract(&dir, ngram, with_title)?;
            r.min_f1 = min_f1;
            r.worst = worst;
            Ok(EvalResult::Extract(r))
        }
        EvalCmd::Spam(args) => Ok(EvalResult::Spam(spam(&args)?)),
    }
}

/// NFKC, whitespace dropped.
fn norm(s: &str) -> Vec<char> {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

fn grams(chars: &[char], n: usize) -> HashMap<&[char], usize> {
    let mut m = HashMap::new();
    if chars.is_empty() {
        return m;
    }
    if chars.len() < n {
        *m.entry(chars).or_insert(0) += 1;
        return m;
    }
    for w in chars.windows(n) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Character n-gram F1 between an extracted text and the truth.
pub fn f1(extracted: &str, truth: &str, n: usize) -> (f64, f64, f64) {
    let (e, t) = (norm(extracted), norm(truth));
    let (ge, gt) = (grams(&e, n), grams(&t, n));
    let total_e: usize = ge.values().sum();
    let total_t: usize = gt.values().sum();
    let common: usize =
        ge.iter().map(|(k, c)| (*c).min(*gt.get(k).unwrap_or(&0))).sum();
    if total_e == 0 || total_t == 0 || common == 0 {
        return (0.0, 0.0, 0.0);
    }
    let p = common as f64 / total_e as f64;
    let r = common as f64 / total_t as f64;
    (p, r, 2.0 * p * r / (p + r))
}

fn find_pages(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html")
                && p.with_extension("txt").exists()
            {
                out.push(p);
            }
        }
    }
    out.sort();
}

/// Date components as numbers: `2005-5-7 21:23:57` gives [2005, 5, 7, 21,
/// 23, 57]; `2018` gives [2018].
fn date_parts(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// One page's extraction figures.
pub struct PageResult {
    pub path: PathBuf,
    /// Its folder under the one walked (`.` for the top).
    pub site: String,
    pub f1: f64,
    pub p: f64,
    pub r: f64,
    /// Whether the published time matched, when the truth has one.
    pub date: Option<bool>,
    /// Whether the author matched, when the truth names one.
    pub author: Option<bool>,
}

/// What `eval extract` measured.
pub struct ExtractResult {
    /// n of the n-grams.
    pub n: usize,
    pub pages: Vec<PageResult>,
    /// Pages with an empty truth, not scored.
    pub skipped: usize,
    pub elapsed: std::time::Duration,
    /// The floor asked for (`--min-f1`).
    pub min_f1: Option<f64>,
    /// Worst pages to list.
    pub worst: usize,
}

impl ExtractResult {
    /// The mean F1 over every page.
    pub fn mean_f1(&self) -> f64 {
        let n = self.pages.len().max(1) as f64;
        self.pages.iter().map(|r| r.f1).sum::<f64>() / n
    }

    /// Whether the mean F1 is at the floor or above (or no floor).
    pub fn passed(&self) -> bool {
        self.min_f1.is_none_or(|m| self.mean_f1() >= m)
    }
}

/// An author name for comparing: whitespace and the separators between
/// several names dropped (`伊琳  李清芬`, `伊琳、李清芬`).
fn author_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"、，,;；&/".contains(*c))
        .collect()
}

fn extract(
    dir: &Path,
    n: usize,
    with_title: bool,
) -> Result<ExtractResult, Box<dyn Error>> {
    // A typo in a CI gate must fail it, not skip it.
    if !dir.is_dir() {
        return Err(format!(
            "eval extract: {} is not a folder",
            dir.display()
        )
        .into());
    }
    let mut pages = Vec::new();
    find_pages(dir, &mut pages);
    if pages.is_empty() {
        return Err(format!(
            "no <page>.html with <page>.txt under {}",
            dir.display()
        )
        .into());
    }
    let cleaner = Cleaner::new();
    let start = std::time::Instant::now();
    let results: Vec<Option<PageResult>> = pages
        .par_iter()
        .map(|path| {
            let truth = String::from_utf8_lossy(
                &std::fs::read(path.with_extension("txt")).ok()?,
            )
            .into_owned();
            if norm(&truth).is_empty() {
                return None;
            }
            let html = std::fs::read(path).ok()?;
            let page = cleaner.clean(&html);
            let mut text = String::new();
            if with_title {
                if let Some(t) = &page.title {
                    text.push_str(t);
                    text.push('\n');
                }
            }
            text.push_str(&page.body.join("\n"));
            let (p, r, f) = f1(&text, &truth, n);
            let date = std::fs::read_to_string(path.with_extension("date"))
                .ok()
                .and_then(|d| {
                    let want = date_parts(d.trim());
                    if want.is_empty() {
                        return None; // UNKNOWN
                    }
                    let got = page
                        .published
                        .as_deref()
                        .map(date_parts)
                        .unwrap_or_default();
                    Some(
                        got.len() >= want.len()
                            && got[..want.len()] == want[..],
                    )
                });
            // `.author` truth, where the page names one (not UNKNOWN).
            let author =
                std::fs::read_to_string(path.with_extension("author"))
                    .ok()
                    .map(|a| author_key(&a))
                    .filter(|a| !a.is_empty() && a != "UNKNOWN")
                    .map(|want| {
                        page.author.as_deref().map(author_key) == Some(want)
                    });
            let site = path
                .parent()
                .and_then(|p| p.strip_prefix(dir).ok())
                .map(|p| p.display().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| ".".into());
            Some(PageResult {
                path: path.clone(),
                site,
                f1: f,
                p,
                r,
                date,
                author,
            })
        })
        .collect();
    let elapsed = start.elapsed();
    let skipped = results.iter().filter(|r| r.is_none()).count();
    let pages: Vec<PageResult> = results.into_iter().flatten().collect();
    Ok(ExtractResult { n, pages, skipped, elapsed, min_f1: None, worst: 0 })
}

/// A tally with the gate failures it set off (`NAME: what`).
pub struct Checked {
    pub tally: Tally,
    pub fails: Vec<String>,
}

/// One misjudged item, for `--errors`.
pub struct Miss {
    /// A false positive (else a missed spam item).
    pub fp: bool,
    pub score: f32,
    pub source: String,
    pub family: String,
    /// The start of its title or text.
    pub shown: String,
    pub rules: Vec<&'static str>,
}

/// One rule's cross-validated hits, for `--rules`.
pub struct RuleRow {
    pub name: &'static str,
    /// Its weight as shipped.
    pub weight: f32,
    pub spam: usize,
    pub ham: usize,
    /// Share of its hits that are spam.
    pub so: f64,
    /// Flagged ham it set off alone.
    pub alone: usize,
}

/// The shipped cleaner on one file.
pub struct ShippedRun {
    pub file: PathBuf,
    /// Said of the cleaner (` with the overlay DIR`, or empty).
    pub with: String,
    /// By label, kind and hard-negative flag.
    pub by_kind: Vec<(String, Tally)>,
    pub all: Checked,
    pub misses: Option<Vec<Miss>>,
    pub rules: Option<Vec<RuleRow>>,
}

/// One source's or family's figures in a cross-validated run.
pub struct SourceRow {
    pub name: String,
    /// One of our snippet sources (not gated).
    pub ours: bool,
    pub checked: Checked,
}

/// K-fold cross-validation.
pub struct CvRun {
    pub k: usize,
    pub setup: &'static str,
    pub by_source: Vec<SourceRow>,
    pub by_family: Vec<(String, Tally)>,
    pub misses: Option<Vec<Miss>>,
    pub rules: Option<Vec<RuleRow>>,
}

/// One held-out family or source.
pub struct HeldOut {
    pub name: String,
    pub all: Checked,
    /// For a family in both real and our data: (real, ours).
    pub split: Option<(Tally, Tally)>,
    pub misses: Option<Vec<Miss>>,
}

/// Leave one family (or source) out, each in turn.
pub struct LeaveOutRun {
    pub by: By,
    pub setup: &'static str,
    pub runs: Vec<HeldOut>,
}

/// One set-up of the ablation.
pub struct AblationRow {
    pub setup: &'static str,
    pub real: Tally,
    pub ours: Tally,
    /// Held-out families' mean and worst recall.
    pub mean: f64,
    pub worst: f64,
}

/// The ablation: each set-up under cross-validation and leave-out.
pub struct AblationRun {
    pub k: usize,
    pub rows: Vec<AblationRow>,
}

/// Everything `eval spam` measured, in the order it is printed.
pub struct SpamResult {
    pub shipped: Vec<ShippedRun>,
    pub cv: Option<CvRun>,
    pub leave_out: Vec<LeaveOutRun>,
    pub ablation: Option<AblationRun>,
    /// Seconds the experiments took (none for FILES alone).
    pub elapsed: Option<f64>,
    /// `--gate` names that matched nothing measured.
    pub unused_gates: Vec<String>,
}

impl SpamResult {
    /// Whether every gate held and every gate name matched.
    pub fn passed(&self) -> bool {
        let shipped = self.shipped.iter().all(|r| r.all.fails.is_empty());
        let cv = self
            .cv
            .iter()
            .all(|c| c.by_source.iter().all(|r| r.checked.fails.is_empty()));
        let left = self
            .leave_out
            .iter()
            .all(|l| l.runs.iter().all(|r| r.all.fails.is_empty()));
        shipped && cv && left && self.unused_gates.is_empty()
    }
}

/// The gates' failures on a tally, under the global gates and the named
/// gates of `group` (marking them used).
fn gate(
    name: &str,
    group: &str,
    t: Tally,
    a: &SpamArgs,
    used: &mut Vec<String>,
) -> Checked {
    let global = Gate {
        name: String::new(),
        recall: a.min_recall,
        fp: a.max_false_positives,
        fpr: a.max_fpr,
        hard: a.max_hard_negatives,
    };
    let mut fails = global.check(name, &t);
    for g in a.gate.iter().filter(|g| g.name == group) {
        used.push(g.name.clone());
        fails.extend(g.check(name, &t));
    }
    Checked { tally: t, fails }
}

impl Gate {
    /// Each floor or ceiling the tally crosses, as `NAME: what`.
    fn check(&self, name: &str, t: &Tally) -> Vec<String> {
        let mut fails = Vec::new();
        if let Some(m) = self.recall.filter(|m| t.spam > 0 && t.recall() < *m)
        {
            fails.push(format!("recall {:.3} is below {m}", t.recall()));
        }
        if let Some(m) = self.fp.filter(|m| t.ham_flagged > *m) {
            fails.push(format!("{} ham flagged (at most {m})", t.ham_flagged));
        }
        if let Some(m) = self.fpr.filter(|m| t.ham > 0 && t.fpr() > *m) {
            fails.push(format!("ham flagged {:.4} is above {m}", t.fpr()));
        }
        if let Some(m) = self.hard.filter(|m| t.hard_flagged > *m) {
            fails.push(format!(
                "{} hard negatives flagged (at most {m})",
                t.hard_flagged
            ));
        }
        fails.into_iter().map(|f| format!("{name}: {f}")).collect()
    }
}

fn train_options(a: &SpamArgs) -> TrainOptions {
    let mut opts = TrainOptions::default();
    if let Some(c) = a.fp_cost {
        opts.fp_cost = c;
    }
    if let Some(s) = a.new_campaigns {
        opts.new_campaigns = s;
    }
    if let Some(p) = a.prior_strength {
        opts.prior_strength = p;
    }
    if let Some(m) = a.min_count {
        opts.min_count = m;
    }
    if let Some(n) = a.max_n {
        opts.max_n = n;
    }
    opts
}

fn spam(a: &SpamArgs) -> Result<SpamResult, Box<dyn Error>> {
    let experiments =
        a.cv.is_some() || a.by_family || a.by_source || a.ablation;
    if a.files.is_empty() && !experiments {
        return Err("eval spam: give FILES, or --cv K, --by-family, --by-source or --ablation".into());
    }
    // Gate names that matched a group: one that matches nothing is a
    // typo, and a typo must not pass a CI gate.
    let mut used: Vec<String> = Vec::new();
    let mut result = SpamResult {
        shipped: Vec::new(),
        cv: None,
        leave_out: Vec::new(),
        ablation: None,
        elapsed: None,
        unused_gates: Vec::new(),
    };
    if !a.files.is_empty() {
        result.shipped = shipped(a, &mut used)?;
    }
    if experiments {
        experiment(a, &mut used, &mut result)?;
    }
    result.unused_gates = a
        .gate
        .iter()
        .filter(|g| !used.contains(&g.name))
        .map(|g| g.name.clone())
        .collect();
    Ok(result)
}

/// The `--cv`, `--by-*` and `--ablation` runs.
fn experiment(
    a: &SpamArgs,
    used: &mut Vec<String>,
    result: &mut SpamResult,
) -> Result<(), Box<dyn Error>> {
    if !a.sources.has_shared() {
        return Err(format!(
            "eval spam: {} has no data/spam: the real data these runs test on is missing",
            a.sources.shared.display()
        )
        .into());
    }
    let items = a.sources.sources().read()?;
    let opts = train_options(a);
    let words = a.words.words();
    let setup = match a.setup.as_str() {
        "fitted" => Setup::Fitted { words },
        "rules" => Setup::RulesOnly,
        "model" if words => Setup::CharsWords,
        "model" => Setup::CharsOnly,
        s => {
            return Err(
                format!("--setup {s}: want fitted, rules or model").into()
            )
        }
    };
    let start = std::time::Instant::now();
    if let Some(k) = a.cv {
        let out = cv::cross_validate(&items, k, setup, &opts);
        let (by_source, by_family) = by_source(&items, &out, a, used);
        result.cv = Some(CvRun {
            k,
            setup: setup.name(),
            by_source,
            by_family,
            misses: a.errors.then(|| misses(&items, &out)),
            rules: a.rules.then(|| rules(&items, &out)),
        });
    }
    for (flag, by, what) in [
        (a.by_family, By::Family, "family"),
        (a.by_source, By::Source, "source"),
    ] {
        if !flag {
            continue;
        }
        let mut runs = Vec::new();
        for run in cv::leave_out(&items, by, 5, setup, &opts) {
            let t = Tally::of(&items, &run.outcomes);
            // A family in both: the real items are what counts.
            let real = |r: bool| {
                Tally::of(
                    &items,
                    run.outcomes.iter().filter(|o| {
                        let it = &items[o.item];
                        it.spam == Some(true) && it.real == r
                    }),
                )
            };
            let (r, o) = (real(true), real(false));
            let split = (by == By::Family && r.spam > 0 && o.spam > 0)
                .then_some((r, o));
            let name = format!("held-out {what} {}", run.name);
            runs.push(HeldOut {
                all: gate(&name, &run.name, t, a, used),
                split,
                misses: a.errors.then(|| misses(&items, &run.outcomes)),
                name: run.name,
            });
        }
        result.leave_out.push(LeaveOutRun { by, setup: setup.name(), runs });
    }
    if a.ablation {
        result.ablation = Some(ablation(&items, a.cv.unwrap_or(5), &opts));
    }
    result.elapsed = Some(start.elapsed().as_secs_f64());
    Ok(())
}

/// Per source and per family figures of one run; gates the real
/// sources.
fn by_source(
    items: &[Item],
    out: &[Outcome],
    a: &SpamArgs,
    used: &mut Vec<String>,
) -> (Vec<SourceRow>, Vec<(String, Tally)>) {
    let mut by_source: BTreeMap<(bool, &str), Tally> = BTreeMap::new();
    let mut by_family: BTreeMap<&str, Tally> = BTreeMap::new();
    for o in out {
        let it = &items[o.item];
        by_source
            .entry((!it.real, &it.source))
            .or_default()
            .add(it, o.flagged);
        if it.spam == Some(true) {
            by_family.entry(&it.family).or_default().add(it, o.flagged);
        }
    }
    let sources = by_source
        .into_iter()
        .map(|((ours, src), t)| SourceRow {
            name: src.to_string(),
            ours,
            checked: if ours {
                Checked { tally: t, fails: Vec::new() }
            } else {
                gate(src, src, t, a, used)
            },
        })
        .collect();
    let families =
        by_family.into_iter().map(|(f, t)| (f.to_string(), t)).collect();
    (sources, families)
}

fn misses(items: &[Item], out: &[Outcome]) -> Vec<Miss> {
    let mut v = Vec::new();
    for o in out {
        let it = &items[o.item];
        let Some(spam) = it.spam else { continue };
        if spam != o.flagged {
            v.push(Miss {
                fp: o.flagged,
                score: o.score,
                source: it.source.clone(),
                family: it.family.clone(),
                shown: it
                    .title
                    .as_deref()
                    .unwrap_or(&it.text)
                    .chars()
                    .take(100)
                    .collect(),
                rules: o.rules.iter().map(|r| r.name()).collect(),
            });
        }
    }
    v
}

/// SpamAssassin's masscheck view: each rule's hits on spam and ham, its
/// S/O ratio (share of its hits that are spam), and how many flagged ham
/// it set off alone.
fn rules(items: &[Item], out: &[Outcome]) -> Vec<RuleRow> {
    let mut hits: BTreeMap<RuleId, (usize, usize, usize)> = BTreeMap::new();
    for o in out {
        let it = &items[o.item];
        let Some(spam) = it.spam else { continue };
        for r in &o.rules {
            let h = hits.entry(*r).or_default();
            if spam {
                h.0 += 1;
            } else {
                h.1 += 1;
            }
        }
        if !spam && o.flagged && o.rules.len() == 1 {
            hits.entry(o.rules[0]).or_default().2 += 1;
        }
    }
    let weights = zhclean::Weights::embedded();
    zhclean::RULES
        .iter()
        .map(|r| {
            let (s, h, alone) = hits.get(&r.id).copied().unwrap_or_default();
            let so = if s + h == 0 { 0.0 } else { s as f64 / (s + h) as f64 };
            RuleRow {
                name: r.name,
                weight: weights.get(r.id),
                spam: s,
                ham: h,
                so,
                alone,
            }
        })
        .collect()
}

/// The same runs under each set-up.
fn ablation(items: &[Item], k: usize, opts: &TrainOptions) -> AblationRun {
    let texts: Vec<Item> =
        items.iter().filter(|it| !it.is_page()).cloned().collect();
    let mut rows = Vec::new();
    for setup in [
        Setup::RulesOnly,
        Setup::CharsOnly,
        Setup::CharsWords,
        Setup::Fitted { words: false },
        Setup::Fitted { words: true },
    ] {
        let out = cv::cross_validate(&texts, k, setup, opts);
        let real =
            Tally::of(&texts, out.iter().filter(|o| texts[o.item].real));
        let ours =
            Tally::of(&texts, out.iter().filter(|o| !texts[o.item].real));
        let runs = cv::leave_out(&texts, By::Family, 5, setup, opts);
        let recalls: Vec<f64> = runs
            .iter()
            .map(|r| Tally::of(&texts, &r.outcomes).recall())
            .collect();
        let worst = recalls.iter().copied().fold(1.0, f64::min);
        let mean = recalls.iter().sum::<f64>() / recalls.len().max(1) as f64;
        rows.push(AblationRow {
            setup: setup.name(),
            real,
            ours,
            mean,
            worst,
        });
    }
    AblationRun { k, rows }
}

/// The shipped cleaner (or as the data options make it) on the given
/// files.
fn shipped(
    a: &SpamArgs,
    used: &mut Vec<String>,
) -> Result<Vec<ShippedRun>, Box<dyn Error>> {
    // Every file is checked before any work: a typo fails at once.
    for file in &a.files {
        if !file.is_file() {
            return Err(format!(
                "eval spam: {}: no such file",
                file.display()
            )
            .into());
        }
    }
    let cleaner = a.data.cleaner()?;
    let with = match &a.data.overlay {
        Some(dir) => format!(" with the overlay {}", dir.display()),
        None => String::new(),
    };
    let mut runs = Vec::new();
    for file in &a.files {
        let items = if file.extension().is_some_and(|x| x == "txt") {
            crate::data::read_seed(file)?
        } else {
            crate::data::read_jsonl(file, true)?
        };
        let out: Vec<Outcome> = items
            .par_iter()
            .enumerate()
            .map(|(i, it)| cv::judge_with(&cleaner, i, it))
            .collect();
        let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
        for o in &out {
            let it = &items[o.item];
            let key = format!(
                "{}/{}{}",
                it.label,
                it.kind,
                if it.hard_negative { " (hard negative)" } else { "" }
            );
            by_kind.entry(key).or_default().add(it, o.flagged);
        }
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let t = Tally::of(&items, &out);
        runs.push(ShippedRun {
            file: file.clone(),
            with: with.clone(),
            by_kind: by_kind.into_iter().collect(),
            all: gate(&file.display().to_string(), &stem, t, a, used),
            misses: a.errors.then(|| misses(&items, &out)),
            rules: a.rules.then(|| rules(&items, &out)),
        });
    }
    Ok(runs)
}
