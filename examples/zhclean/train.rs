//! `zhclean train`: fits the token model and the rule weights on every
//! labelled source (see `data`): our snippets, the real spam and ham of
//! `../shared/data/spam`, and the seed page's list items. What it writes
//! is derived (weights, counts), never a copied text.
//!
//! Training is deterministic, so `--check` can tell whether the shipped
//! files are what training on today's data gives. Honest figures come
//! from `zhclean eval spam --cv` and `--by-family`, which train without
//! what they test.

use std::error::Error;
use std::path::{Path, PathBuf};

use zhclean::{TrainOptions, RULES};

use crate::data::{examples, Sources};

/// What `train` reads and writes.
pub struct Args {
    pub corpus: PathBuf,
    pub shared: PathBuf,
    pub model: PathBuf,
    pub weights: PathBuf,
    pub check: bool,
    pub words: Option<bool>,
}

fn same(path: &Path, bytes: &[u8]) -> bool {
    std::fs::read(path).map(|old| old == bytes).unwrap_or(false)
}

pub fn run(a: &Args) -> Result<bool, Box<dyn Error>> {
    let has_shared = a.shared.join("data").join("spam").is_dir();
    if !has_shared {
        println!(
            "NOTICE: {} has no data/spam: training on our snippets only",
            a.shared.display()
        );
    }
    let sources = Sources {
        snippets: a.corpus.clone(),
        shared: has_shared.then(|| a.shared.clone()),
    };
    let items = sources.read()?;
    let data = examples(&items);
    let mut by_source: std::collections::BTreeMap<&str, (usize, usize)> =
        Default::default();
    for it in &items {
        let e = by_source.entry(&it.source).or_default();
        match it.spam {
            Some(true) => e.0 += 1,
            Some(false) => e.1 += 1,
            None => {}
        }
    }
    for (src, (s, h)) in &by_source {
        println!("  {src:<20} {s:>6} spam {h:>6} ham");
    }
    println!(
        "{} items give {} training texts ({} spam)",
        items.len(),
        data.len(),
        data.iter().filter(|e| e.spam).count()
    );
    // The shipped model reads words when the shipped file says so,
    // unless told otherwise: the choice is made by the ablation.
    let words =
        a.words.unwrap_or_else(|| zhclean::Model::embedded().uses_words());
    let opts = TrainOptions { words, ..TrainOptions::default() };
    let start = std::time::Instant::now();
    let (model, weights) = zhclean::fit(&data, &opts);
    println!(
        "fitted in {:.1}s: {} model features (words: {words}), weights for {} rules",
        start.elapsed().as_secs_f64(),
        model.len(),
        RULES.len()
    );
    println!("  {:<30} {:>7} {:>7} {:>7}", "rule", "weight", "spam", "ham");
    for r in RULES {
        let (s, h) = weights.hits(r.id);
        println!("  {:<30} {:>7.2} {s:>7} {h:>7}", r.name, weights.get(r.id));
    }
    let (mut m, mut w) = (Vec::new(), Vec::new());
    model.write(&mut m)?;
    weights.write(&mut w)?;
    if !a.check {
        std::fs::write(&a.model, &m)
            .map_err(|e| format!("{}: {e}", a.model.display()))?;
        std::fs::write(&a.weights, &w)
            .map_err(|e| format!("{}: {e}", a.weights.display()))?;
        println!("wrote {} and {}", a.model.display(), a.weights.display());
        return Ok(true);
    }
    if !has_shared {
        println!("NOTICE: without the real data the check is skipped");
        return Ok(true);
    }
    let mut ok = true;
    for (path, bytes) in [(&a.model, &m), (&a.weights, &w)] {
        let same = same(path, bytes);
        println!(
            "{}: {}",
            path.display(),
            if same {
                "same as trained now"
            } else {
                "DIFFERS from what training gives now (run `zhclean train`)"
            }
        );
        ok &= same;
    }
    Ok(ok)
}
