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

use crate::cv::{self, By, Outcome, Setup, Tally};
use crate::data::{Item, Sources};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;
use zhclean::Cleaner;
use zhclean::{RuleId, TrainOptions};

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
    /// `.txt`, judged by the shipped cleaner.
    files: Vec<PathBuf>,
    /// Spam threshold (shipped cleaner only): a finite number greater
    /// than 0.
    #[arg(long, allow_negative_numbers = true, value_parser = crate::positive_finite)]
    threshold: Option<f32>,
    /// An overlay folder (as `zhclean learn` writes) applied to the
    /// shipped cleaner (FILES only).
    #[arg(long, value_name = "DIR")]
    overlay: Option<PathBuf>,
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
    /// Whether the model reads words (jieba) in --cv and --by-* runs.
    #[arg(long, value_name = "0|1")]
    words: Option<u8>,
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
    /// Our labelled snippets.
    #[arg(long, default_value = "corpus/snippets")]
    corpus: PathBuf,
    /// The shared folder with data/spam and seeds.
    #[arg(long, default_value = "../shared")]
    shared: PathBuf,
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

pub fn run(cmd: EvalCmd) -> Result<bool, Box<dyn Error>> {
    match cmd {
        EvalCmd::Extract { dir, ngram, with_title, min_f1, worst } => {
            extract(&dir, ngram, with_title, min_f1, worst)
        }
        EvalCmd::Spam(args) => spam(&args),
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

struct PageResult {
    path: PathBuf,
    site: String,
    f1: f64,
    p: f64,
    r: f64,
    date: Option<bool>,
    author: Option<bool>,
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
    min_f1: Option<f64>,
    worst: usize,
) -> Result<bool, Box<dyn Error>> {
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
    let results: Vec<PageResult> = results.into_iter().flatten().collect();
    let mut by_site: BTreeMap<&str, Vec<&PageResult>> = BTreeMap::new();
    for r in &results {
        by_site.entry(&r.site).or_default().push(r);
    }
    let mean = |v: &[&PageResult], f: fn(&PageResult) -> f64| {
        v.iter().map(|r| f(r)).sum::<f64>() / v.len().max(1) as f64
    };
    println!("character {n}-gram F1 (NFKC, whitespace dropped), {} pages, {skipped} skipped (empty truth)", results.len());
    println!(
        "{:<16} {:>5} {:>7} {:>7} {:>7} {:>7} {:>6}",
        "site", "pages", "P", "R", "F1", ">=0.9", "<0.5"
    );
    let all: Vec<&PageResult> = results.iter().collect();
    for (site, v) in by_site.iter().chain(std::iter::once((&"ALL", &all))) {
        let good = v.iter().filter(|r| r.f1 >= 0.9).count();
        let bad = v.iter().filter(|r| r.f1 < 0.5).count();
        println!(
            "{:<16} {:>5} {:>7.3} {:>7.3} {:>7.3} {:>6.1}% {:>6}",
            site,
            v.len(),
            mean(v, |r| r.p),
            mean(v, |r| r.r),
            mean(v, |r| r.f1),
            100.0 * good as f64 / v.len().max(1) as f64,
            bad
        );
    }
    let dated: Vec<bool> = results.iter().filter_map(|r| r.date).collect();
    if !dated.is_empty() {
        let right = dated.iter().filter(|x| **x).count();
        println!(
            "published time right: {right}/{} ({:.1}%) of pages with a known date",
            dated.len(),
            100.0 * right as f64 / dated.len() as f64
        );
    }
    let authored: Vec<bool> =
        results.iter().filter_map(|r| r.author).collect();
    if !authored.is_empty() {
        let right = authored.iter().filter(|x| **x).count();
        println!(
            "author right: {right}/{} ({:.1}%) of pages with a known author",
            authored.len(),
            100.0 * right as f64 / authored.len() as f64
        );
    }
    let mut sorted: Vec<&PageResult> = results.iter().collect();
    sorted.sort_by(|a, b| a.f1.total_cmp(&b.f1));
    if worst > 0 {
        println!("worst pages:");
        for r in sorted.iter().take(worst) {
            println!(
                "  {:.3} (P {:.3} R {:.3}) {}",
                r.f1,
                r.p,
                r.r,
                r.path.display()
            );
        }
    }
    println!("elapsed {:.2}s", elapsed.as_secs_f64());
    let overall = mean(&all, |r| r.f1);
    if let Some(min) = min_f1 {
        if overall < min {
            println!("FAIL: mean F1 {overall:.4} is below the floor {min}");
            return Ok(false);
        }
        println!("ok: mean F1 {overall:.4} >= floor {min}");
    }
    Ok(true)
}

/// Checks a tally against the global gates and the named gates of
/// `group` (marking them used); prints and returns whether it passed.
fn gate(
    name: &str,
    group: &str,
    t: &Tally,
    a: &SpamArgs,
    used: &mut Vec<String>,
) -> bool {
    let global = Gate {
        name: String::new(),
        recall: a.min_recall,
        fp: a.max_false_positives,
        fpr: a.max_fpr,
        hard: a.max_hard_negatives,
    };
    let mut ok = global.check(name, t);
    for g in a.gate.iter().filter(|g| g.name == group) {
        used.push(g.name.clone());
        ok &= g.check(name, t);
    }
    ok
}

impl Gate {
    /// Prints each floor or ceiling the tally crosses; whether none.
    fn check(&self, name: &str, t: &Tally) -> bool {
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
        for f in &fails {
            println!("FAIL: {name}: {f}");
        }
        fails.is_empty()
    }
}

fn spam(a: &SpamArgs) -> Result<bool, Box<dyn Error>> {
    let experiments =
        a.cv.is_some() || a.by_family || a.by_source || a.ablation;
    if a.files.is_empty() && !experiments {
        return Err("eval spam: give FILES, or --cv K, --by-family, --by-source or --ablation".into());
    }
    let mut ok = true;
    // Gate names that matched a group: one that matches nothing is a
    // typo, and a typo must not pass a CI gate.
    let mut used: Vec<String> = Vec::new();
    if !a.files.is_empty() {
        ok &= shipped(a, &mut used)?;
    }
    if !experiments {
        return Ok(ok & all_used(a, &used));
    }
    if !a.shared.join("data").join("spam").is_dir() {
        return Err(format!(
            "eval spam: {} has no data/spam: the real data these runs test on is missing",
            a.shared.display()
        )
        .into());
    }
    let sources =
        Sources { snippets: a.corpus.clone(), shared: Some(a.shared.clone()) };
    let items = sources.read()?;
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
    let words =
        a.words.map_or(zhclean::Model::embedded().uses_words(), |w| w == 1);
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
        println!(
            "cross-validated, {k} folds by group ({}): each item judged by a cleaner fitted without it",
            setup.name()
        );
        ok &= report(&items, &out, a, &mut used);
        if a.rules {
            rules(&items, &out);
        }
    }
    if a.by_family || a.by_source {
        for (flag, by, what) in [
            (a.by_family, By::Family, "family"),
            (a.by_source, By::Source, "source"),
        ] {
            if !flag {
                continue;
            }
            println!(
                "leave one {what} out ({}): train without its spam{}, test on it",
                setup.name(),
                if by == By::Family { " and a fifth of the ham" } else { " and ham" }
            );
            for run in cv::leave_out(&items, by, 5, setup, &opts) {
                let t = Tally::of(&items, &run.outcomes);
                println!("  {:<20} {}", run.name, t.line());
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
                if by == By::Family && r.spam > 0 && o.spam > 0 {
                    println!(
                        "  {:<20}   real {}   ours {}",
                        "",
                        r.line(),
                        o.line()
                    );
                }
                if a.errors {
                    errors(&items, &run.outcomes);
                }
                ok &= gate(
                    &format!("held-out {what} {}", run.name),
                    &run.name,
                    &t,
                    a,
                    &mut used,
                );
            }
        }
    }
    if a.ablation {
        ablation(&items, a.cv.unwrap_or(5), &opts);
    }
    println!("elapsed {:.1}s", start.elapsed().as_secs_f64());
    Ok(ok & all_used(a, &used))
}

fn all_used(a: &SpamArgs, used: &[String]) -> bool {
    let mut ok = true;
    for g in a.gate.iter().filter(|g| !used.contains(&g.name)) {
        println!(
            "FAIL: --gate {}: no source or family of that name was measured",
            g.name
        );
        ok = false;
    }
    ok
}

/// Per source and per family figures of one run; gates the real
/// sources.
fn report(
    items: &[Item],
    out: &[Outcome],
    a: &SpamArgs,
    used: &mut Vec<String>,
) -> bool {
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
    let mut ok = true;
    println!("  by source:");
    for ((ours, src), t) in &by_source {
        let tag = if *ours { " (ours)" } else { "" };
        println!("    {:<22} {}", format!("{src}{tag}"), t.line());
        if !ours {
            ok &= gate(src, src, t, a, used);
        }
    }
    println!("  spam by family:");
    for (fam, t) in &by_family {
        println!("    {fam:<22} {}", t.line());
    }
    if a.errors {
        errors(items, out);
    }
    ok
}

fn errors(items: &[Item], out: &[Outcome]) {
    for o in out {
        let it = &items[o.item];
        let Some(spam) = it.spam else { continue };
        if spam != o.flagged {
            let shown: String = it
                .title
                .as_deref()
                .unwrap_or(&it.text)
                .chars()
                .take(100)
                .collect();
            let rules: Vec<&str> = o.rules.iter().map(|r| r.name()).collect();
            println!(
                "      {} {:.2} {}/{}: {shown} {rules:?}",
                if o.flagged { "FP" } else { "FN" },
                o.score,
                it.source,
                it.family
            );
        }
    }
}

/// SpamAssassin's masscheck view: each rule's hits on spam and ham, its
/// S/O ratio (share of its hits that are spam), and how many flagged ham
/// it set off alone.
fn rules(items: &[Item], out: &[Outcome]) {
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
    println!("  rules (cross-validated hits; weight as shipped):");
    println!(
        "    {:<30} {:>7} {:>6} {:>6} {:>6} {:>7}",
        "rule", "weight", "spam", "ham", "S/O", "alone"
    );
    for r in zhclean::RULES {
        let (s, h, alone) = hits.get(&r.id).copied().unwrap_or_default();
        let so = if s + h == 0 { 0.0 } else { s as f64 / (s + h) as f64 };
        println!(
            "    {:<30} {:>7.2} {:>6} {:>6} {:>6.3} {:>7}",
            r.name,
            weights.get(r.id),
            s,
            h,
            so,
            alone
        );
    }
}

/// The same runs under each set-up, one line each.
fn ablation(items: &[Item], k: usize, opts: &TrainOptions) {
    println!("ablation ({k}-fold cross-validation over text items; real sources; then leave-one-family-out mean recall):");
    let texts: Vec<Item> =
        items.iter().filter(|it| !it.is_page()).cloned().collect();
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
        println!("  {:<32} real: {}", setup.name(), real.line());
        println!("  {:<32} ours: {}", "", ours.line());
        println!("  {:<32} held-out families: mean recall {mean:.3}, worst {worst:.3}", "");
    }
}

/// The shipped cleaner on the given files.
fn shipped(
    a: &SpamArgs,
    used: &mut Vec<String>,
) -> Result<bool, Box<dyn Error>> {
    let mut b = Cleaner::builder();
    if let Some(t) = a.threshold {
        b.threshold(t);
    }
    if let Some(dir) = &a.overlay {
        b.overlay(zhclean::Overlay::from_dir(dir)?);
    }
    let cleaner = b.build()?;
    let with = match &a.overlay {
        Some(dir) => format!(" with the overlay {}", dir.display()),
        None => String::new(),
    };
    let mut ok = true;
    for file in &a.files {
        if !file.is_file() {
            return Err(format!(
                "eval spam: {}: no such file",
                file.display()
            )
            .into());
        }
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
        println!(
            "{} (shipped cleaner{with}; in-sample if this file is training data):",
            file.display()
        );
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
        for (k, t) in &by_kind {
            println!("  {k:<48} {}", t.line());
        }
        let t = Tally::of(&items, &out);
        println!("  all: {}", t.line());
        if a.errors {
            errors(&items, &out);
        }
        if a.rules {
            rules(&items, &out);
        }
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        ok &= gate(&file.display().to_string(), &stem, &t, a, used);
    }
    Ok(ok)
}
