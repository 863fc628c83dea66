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

use crate::args::{SourcesArgs, WordsArg};
use crate::data::examples;

/// What `train` reads and writes.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub sources: SourcesArgs,
    /// Where to write the model.
    #[arg(long, default_value = "src/data/model.txt")]
    pub model: PathBuf,
    /// Where to write the rule weights.
    #[arg(long, default_value = "src/data/weights.tsv")]
    pub weights: PathBuf,
    /// Do not write: fail unless training gives the files as they
    /// are, byte for byte (training is deterministic).
    #[arg(long)]
    pub check: bool,
    #[command(flatten)]
    pub words: WordsArg,
}

/// What a training run found and did.
pub struct TrainResult {
    /// The shared folder, when it had no real data (snippets only).
    pub no_shared: Option<PathBuf>,
    /// Spam and ham items per source.
    pub by_source: Vec<(String, usize, usize)>,
    pub items: usize,
    pub texts: usize,
    pub spam_texts: usize,
    pub seconds: f64,
    pub features: usize,
    pub words: bool,
    /// Each rule: name, fitted weight, spam and ham hits.
    pub rules: Vec<(&'static str, f32, u32, u32)>,
    pub files: Files,
}

/// What became of the model and weights files.
pub enum Files {
    /// Written (no `--check`).
    Wrote { model: PathBuf, weights: PathBuf },
    /// `--check` without the real data: nothing to compare.
    CheckSkipped,
    /// `--check`: each file and whether training gives it unchanged.
    Checked(Vec<(PathBuf, bool)>),
}

impl TrainResult {
    /// False when `--check` found a file that training would change.
    pub fn passed(&self) -> bool {
        match &self.files {
            Files::Checked(v) => v.iter().all(|(_, same)| *same),
            _ => true,
        }
    }
}

fn same(path: &Path, bytes: &[u8]) -> bool {
    std::fs::read(path).map(|old| old == bytes).unwrap_or(false)
}

pub fn run(a: &Args) -> Result<TrainResult, Box<dyn Error>> {
    let has_shared = a.sources.has_shared();
    let items = a.sources.sources().read()?;
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
    // The shipped model reads words when the shipped file says so,
    // unless told otherwise: the choice is made by the ablation.
    let words = a.words.words();
    let opts = TrainOptions { words, ..TrainOptions::default() };
    let start = std::time::Instant::now();
    let (model, weights) = zhclean::fit(&data, &opts);
    let seconds = start.elapsed().as_secs_f64();
    let rules = RULES
        .iter()
        .map(|r| {
            let (s, h) = weights.hits(r.id);
            (r.name, weights.get(r.id), s, h)
        })
        .collect();
    let (mut m, mut w) = (Vec::new(), Vec::new());
    model.write(&mut m)?;
    weights.write(&mut w)?;
    let files = if !a.check {
        std::fs::write(&a.model, &m)
            .map_err(|e| format!("{}: {e}", a.model.display()))?;
        std::fs::write(&a.weights, &w)
            .map_err(|e| format!("{}: {e}", a.weights.display()))?;
        Files::Wrote { model: a.model.clone(), weights: a.weights.clone() }
    } else if !has_shared {
        Files::CheckSkipped
    } else {
        Files::Checked(
            [(&a.model, &m), (&a.weights, &w)]
                .into_iter()
                .map(|(p, bytes)| (p.clone(), same(p, bytes)))
                .collect(),
        )
    };
    Ok(TrainResult {
        no_shared: (!has_shared).then(|| a.sources.shared.clone()),
        by_source: by_source
            .into_iter()
            .map(|(k, (s, h))| (k.to_string(), s, h))
            .collect(),
        items: items.len(),
        texts: data.len(),
        spam_texts: data.iter().filter(|e| e.spam).count(),
        seconds,
        features: model.len(),
        words,
        rules,
        files,
    })
}
