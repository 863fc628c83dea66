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
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;
use zhclean::Cleaner;

#[derive(Subcommand)]
pub enum EvalCmd {
    /// Extraction: folders of `<page>.html` with `<page>.txt` truth (and
    /// optional `.date`), laid out like `../shared/data/extract`.
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
    /// Spam: JSONL lines with `text` (and/or `title`) and `label`; a
    /// `.txt` page text has its `title... summary...` list items judged.
    Spam {
        /// JSONL files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Spam threshold.
        #[arg(long)]
        threshold: Option<f32>,
        /// Print each misjudged line.
        #[arg(long)]
        errors: bool,
        /// Fail (exit 1) when any file has more false positives.
        #[arg(long)]
        max_false_positives: Option<usize>,
        /// Fail when any file with spam lines has a lower recall.
        #[arg(long)]
        min_recall: Option<f64>,
    },
}

pub fn run(cmd: EvalCmd) -> Result<bool, Box<dyn Error>> {
    match cmd {
        EvalCmd::Extract { dir, ngram, with_title, min_f1, worst } => {
            extract(&dir, ngram, with_title, min_f1, worst)
        }
        EvalCmd::Spam {
            files,
            threshold,
            errors,
            max_false_positives,
            min_recall,
        } => spam(&files, threshold, errors, max_false_positives, min_recall),
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
}

fn extract(
    dir: &Path,
    n: usize,
    with_title: bool,
    min_f1: Option<f64>,
    worst: usize,
) -> Result<bool, Box<dyn Error>> {
    if !dir.is_dir() {
        println!(
            "eval extract: {} is missing: skipped (no figures)",
            dir.display()
        );
        return Ok(min_f1.is_none());
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
            let site = path
                .parent()
                .and_then(|p| p.strip_prefix(dir).ok())
                .map(|p| p.display().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| ".".into());
            Some(PageResult { path: path.clone(), site, f1: f, p, r, date })
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

/// The list items of a page saved as text, one per line as `title...
/// summary...`, as labelled JSON lines. The label follows the data
/// README: an item whose title sells 房卡 is spam.
fn seed_items(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let Some(i) = line.find("...") else { continue };
        // List titles are short; a long run before `...` is prose.
        if i == 0
            || line[..i].chars().count() > 30
            || line[i + 3..].trim().is_empty()
        {
            continue;
        }
        let title = line[..i].trim();
        let label = if title.contains("房卡") { "spam" } else { "ham" };
        let v = serde_json::json!({"text": line.trim(), "label": label, "category": "seed_item"});
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A minimal page around an extracted text: `<title>`, then one `<p>` per
/// line inside an article element.
fn page_html(title: &str, text: &str) -> String {
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

/// Labels that count as spam or ham; others are reported apart.
fn polarity(label: &str) -> Option<bool> {
    match label {
        "spam" | "GAMBLING_INJECTED" => Some(true),
        "ham" | "HAM_NEWS" | "HAM_OTHER" => Some(false),
        _ => None,
    }
}

fn spam(
    files: &[PathBuf],
    threshold: Option<f32>,
    show: bool,
    max_fp: Option<usize>,
    min_recall: Option<f64>,
) -> Result<bool, Box<dyn Error>> {
    let mut ok = true;
    let cleaner = match threshold {
        Some(t) => Cleaner::builder().threshold(t).build()?,
        None => Cleaner::new(),
    };
    for file in files {
        let data = match std::fs::read_to_string(file) {
            Ok(d) => d,
            Err(e) => {
                println!(
                    "NOTICE: eval spam: {}: {e}: skipped",
                    file.display()
                );
                continue;
            }
        };
        // A page's text (the seed): its list items become labelled lines.
        let data = if file.extension().is_some_and(|x| x == "txt") {
            seed_items(&data)
        } else {
            data
        };
        // label -> (lines, flagged)
        let mut by_label: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut by_cat: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let (mut tp, mut fp, mut fneg, mut tn) = (0, 0, 0, 0);
        for (i, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", file.display(), i + 1))?;
            let label = v["label"].as_str().unwrap_or("").to_string();
            let title = v["title"].as_str().unwrap_or("");
            let text = v["text"].as_str().unwrap_or("");
            // A line with a title is a page (title + text): it is rebuilt
            // as a plain HTML page and judged by the page verdict. A bare
            // text is judged alone.
            let flagged = if title.is_empty() {
                cleaner.score_text(text).spam
            } else {
                let page = cleaner.clean(page_html(title, text).as_bytes());
                page.verdict == zhclean::PageVerdict::Injected
            };
            let e = by_label.entry(label.clone()).or_default();
            e.0 += 1;
            e.1 += flagged as usize;
            let cat = v["category"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| label.clone());
            let hard = v["hard_negative"].as_bool() == Some(true);
            let key = format!(
                "{label}/{cat}{}",
                if hard { " (hard negative)" } else { "" }
            );
            let c = by_cat.entry(key).or_default();
            c.0 += 1;
            c.1 += flagged as usize;
            match (polarity(&label), flagged) {
                (Some(true), true) => tp += 1,
                (Some(true), false) => fneg += 1,
                (Some(false), true) => fp += 1,
                (Some(false), false) => tn += 1,
                _ => {}
            }
            if show && polarity(&label).is_some_and(|p| p != flagged) {
                let shown: String =
                    if title.is_empty() { text } else { title }
                        .chars()
                        .take(120)
                        .collect();
                println!(
                    "  {} {label}: {shown}",
                    if flagged { "FP" } else { "FN" }
                );
            }
        }
        println!("{}:", file.display());
        for (k, (n, f)) in &by_cat {
            println!("  {k:<48} {f:>5} of {n:>5} flagged");
        }
        let precision = tp as f64 / (tp + fp).max(1) as f64;
        let recall = tp as f64 / (tp + fneg).max(1) as f64;
        let fpr = fp as f64 / (fp + tn).max(1) as f64;
        println!(
            "  spam={} ham={}: precision {precision:.3} recall {recall:.3} false-positive rate {fpr:.4} (tp {tp} fp {fp} fn {fneg} tn {tn})",
                        tp + fneg,
            fp + tn
        );
        if max_fp.is_some_and(|m| fp > m) {
            println!(
                "FAIL: {fp} false positives (at most {})",
                max_fp.unwrap_or(0)
            );
            ok = false;
        }
        if tp + fneg > 0 && min_recall.is_some_and(|m| recall < m) {
            println!(
                "FAIL: recall {recall:.3} is below {}",
                min_recall.unwrap_or(0.0)
            );
            ok = false;
        }
    }
    Ok(ok)
}
