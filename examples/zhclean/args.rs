//! Options that more than one subcommand takes, each defined once and
//! flattened where it is used.

use std::error::Error;
use std::io;
use std::path::{Path, PathBuf};

use zhclean::Cleaner;

use crate::data::Sources;

/// The data a cleaner is built from, when not the embedded defaults
/// (`clean`, `score`, `eval spam FILES`).
#[derive(clap::Args, Debug)]
pub struct DataArgs {
    /// Spam threshold: a finite number greater than 0 (default: the one
    /// the weights were fitted for).
    #[arg(long, allow_negative_numbers = true, value_parser = positive_finite)]
    pub threshold: Option<f32>,
    /// A lexicon file (term<TAB>category<TAB>weight) to use instead of
    /// the embedded one.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// A model file (as `zhclean train` writes) instead of the embedded
    /// one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// A rule weights file (as `zhclean train` writes) instead of the
    /// embedded one.
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,
    /// An overlay folder (as `zhclean learn` writes), applied on top:
    /// its lists, its lexicon terms, its model and weights.
    #[arg(long, value_name = "DIR")]
    pub overlay: Option<PathBuf>,
}

impl DataArgs {
    /// The cleaner these options describe; errors name the file.
    pub fn cleaner(&self) -> Result<Cleaner, Box<dyn Error>> {
        let mut b = Cleaner::builder();
        if let Some(t) = self.threshold {
            b.threshold(t);
        }
        let named =
            |p: &Path, e: zhclean::Error| format!("{}: {e}", p.display());
        if let Some(p) = &self.lexicon {
            b.lexicon(
                zhclean::Lexicon::from_reader(open(p)?)
                    .map_err(|e| named(p, e))?,
            );
        }
        if let Some(p) = &self.model {
            b.model(
                zhclean::Model::from_reader(open(p)?)
                    .map_err(|e| named(p, e))?,
            );
        }
        if let Some(p) = &self.weights {
            b.weights(
                zhclean::Weights::from_reader(open(p)?)
                    .map_err(|e| named(p, e))?,
            );
        }
        if let Some(dir) = &self.overlay {
            // The error names the file and line.
            b.overlay(zhclean::Overlay::from_dir(dir)?);
        }
        Ok(b.build()?)
    }
}

fn open(path: &Path) -> Result<io::BufReader<std::fs::File>, Box<dyn Error>> {
    let f = std::fs::File::open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(io::BufReader::new(f))
}

/// Where the labelled training data is (`train`, `learn`, `eval spam`).
#[derive(clap::Args, Debug)]
pub struct SourcesArgs {
    /// Our labelled snippets.
    #[arg(long, default_value = "corpus/snippets")]
    pub corpus: PathBuf,
    /// The shared folder with data/spam and seeds.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
}

impl SourcesArgs {
    /// Whether the shared folder holds the real data (`data/spam`).
    pub fn has_shared(&self) -> bool {
        self.shared.join("data").join("spam").is_dir()
    }

    /// The sources to read: the shared folder only when it has the data.
    pub fn sources(&self) -> Sources {
        Sources {
            snippets: self.corpus.clone(),
            shared: self.has_shared().then(|| self.shared.clone()),
        }
    }
}

/// Whether the token model reads words (`train`, `eval spam`).
#[derive(clap::Args, Debug)]
pub struct WordsArg {
    /// Whether the model reads words (jieba; default: as the shipped
    /// model).
    #[arg(long, value_name = "0|1", value_parser = clap::value_parser!(u8).range(0..=1))]
    words: Option<u8>,
}

impl WordsArg {
    /// As asked, else as the shipped model does.
    pub fn words(&self) -> bool {
        self.words.map_or_else(
            || zhclean::Model::embedded().uses_words(),
            |w| w == 1,
        )
    }
}

/// A threshold of 0 or below would call every text spam, and a NaN none.
pub fn positive_finite(s: &str) -> Result<f32, String> {
    let v: f32 = s.trim().parse().map_err(|e| format!("not a number: {e}"))?;
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(format!("{s}: must be a finite number greater than 0"))
    }
}
