//! `zhclean`: clean Chinese news pages from the command line.
//!
//! ```text
//! zhclean clean [PATH|-]...      one JSON record per page (JSONL)
//! zhclean clean --jsonl-in       streaming: JSON lines in, records out
//! zhclean score < lines.txt      one JSON verdict per input line
//! zhclean eval extract DIR       extraction F1 against human truth
//! zhclean eval spam FILE...      spam precision and recall
//! zhclean train                  fit the token model and rule weights
//! zhclean learn LABELS... --out DIR  a moderator's labels to an overlay
//! ```
//!
//! Exit code: 0 when every input was read, 1 when any failed (each failed
//! input still gets a record with `error` set), 2 on bad usage, 130 when
//! interrupted.

// `clean`: inputs, the parallel pipeline, outputs
mod batch;
// honest spam figures: cross-validation and leave-one-out runs
mod cv;
// labelled data from every source, each in its own format
mod data;
// JSONL dumps and the streaming mode's lines
mod dump;
// `eval`: extraction and spam scores against labelled data
mod eval;
// files, folders, stdin, gzip
mod inputs;
// `learn`: a moderator's labels to an overlay
mod learn;
// the ordered parallel map under `clean`
mod pipeline;
// `--report`: the HTML review page
mod report;
// the numbers at the end of a batch
mod summary;
// `train`: the token model and rule weights from every labelled source
mod train;
// WARC crawl files
mod warc;

use std::error::Error;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use zhclean::Cleaner;

const CLEAN_HELP: &str = "\
Output: one JSON record per page (the CleanPage contract), in input order
also when run in parallel. Every page gives exactly one record; an input
that cannot be read gives a record with `error` set, and the run goes on.
On a terminal a progress bar shows on stderr; at the end a summary (pages,
pages with spam, spam blocks by category, top rules, errors, pages/s).

Exit status:
  0    every input was read
  1    some input failed (see the records with `error`)
  2    bad usage, or an output could not be written
  130  interrupted (Ctrl-C): the records done so far are written, the
       report and summary completed
With --jsonl-in, a bad line gets an error record and the exit status stays
0, so one bad line does not fail a Spark or GNU parallel job.";

#[derive(Parser)]
#[command(
    name = "zhclean",
    version,
    about = "Clean Chinese news pages: the article out, spam and boilerplate separated"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Clean pages: files, folders (walked), dumps, or `-` for stdin.
    #[command(
        after_help = CLEAN_HELP,
        override_usage = "zhclean clean [OPTIONS] <PATHS>...\n       zhclean clean --jsonl-in [OPTIONS]"
    )]
    Clean {
        /// Files, folders (walked recursively, sorted), or `-` for stdin.
        /// `.gz` files are decompressed; `.jsonl`/`.ndjson` are dumps of
        /// `{"url", "html"}` lines (also `content` or `body`); `.warc`
        /// files give their HTML responses (each also as `.gz`).
        #[arg(required_unless_present = "jsonl_in")]
        paths: Vec<PathBuf>,
        /// Streaming: read `{"url", "html"}` lines on stdin and write one
        /// record per line, in order, flushed per line (for Spark
        /// `rdd.pipe` and GNU parallel `--pipe`).
        #[arg(long, conflicts_with_all = ["paths", "text"])]
        jsonl_in: bool,
        /// Print the title and body as plain text instead of JSON.
        #[arg(long)]
        text: bool,
        /// Add every block with its role and score to each record.
        #[arg(long)]
        blocks: bool,
        #[command(flatten)]
        data: DataArgs,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
        /// Write the records to FILE instead of stdout.
        #[arg(long, short = 'o', value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write a self-contained HTML review report of the spam removed.
        #[arg(long, value_name = "FILE.html")]
        report: Option<PathBuf>,
        /// Write the end-of-run summary as JSON to FILE.
        #[arg(long, value_name = "FILE")]
        summary_json: Option<PathBuf>,
        /// No progress bar and no summary on stderr.
        #[arg(long, short = 'q')]
        quiet: bool,
        /// A block below the threshold, with topical spam evidence, whose
        /// template the batch saw on at least N sites earns the rule
        /// `batch.campaign` in a second pass (records are held in a spool
        /// file until then, and keep input order). 0 turns it off; the
        /// streaming mode never holds records.
        #[arg(long, value_name = "N", default_value_t = 3)]
        campaign_sites: u64,
    },
    /// Score texts, one per line on stdin; one JSON verdict per line.
    Score {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Measure against labelled data.
    #[command(subcommand)]
    Eval(eval::EvalCmd),
    /// Fit the token model and the rule weights on every labelled source:
    /// our snippets and the real data in ../shared (when it is there).
    Train {
        /// Our labelled snippets.
        #[arg(long, default_value = "corpus/snippets")]
        corpus: PathBuf,
        /// The shared folder with data/spam and seeds.
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "src/data/model.txt")]
        model: PathBuf,
        /// Where to write the rule weights.
        #[arg(long, default_value = "src/data/weights.tsv")]
        weights: PathBuf,
        /// Do not write: fail unless training gives the files as they
        /// are, byte for byte (training is deterministic).
        #[arg(long)]
        check: bool,
        /// Whether the model reads words (default: as the shipped model).
        #[arg(long, value_name = "0|1")]
        words: Option<u8>,
    },
    /// Turn a moderator's labels (the review report's "export labels"
    /// files) into an overlay folder for `clean --overlay` and `score
    /// --overlay`: the labelled texts on an allowlist or denylist,
    /// suggested lexicon terms (commented out), and a model refitted on
    /// the training data plus the labels. Prints what changed.
    Learn {
        /// Label files: JSONL lines with `text` and `label` (spam|ham).
        #[arg(required = true)]
        labels: Vec<PathBuf>,
        /// The overlay folder to write (created if missing; its
        /// lexicon.tsv lines you uncommented are kept).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Our labelled snippets.
        #[arg(long, default_value = "corpus/snippets")]
        corpus: PathBuf,
        /// The shared folder with data/spam and seeds.
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// How many training texts one label counts as in the refit. The
        /// lists give each labelled text its verdict at once; the model
        /// learns from labels slowly, so that a few labels move no other
        /// verdict and many that agree do.
        #[arg(long, default_value_t = 0.1, value_parser = positive_finite)]
        label_weight: f32,
        /// Suggest a term only when this many spam labels hold it.
        #[arg(long, default_value_t = 2)]
        min_spam: usize,
        /// The most terms suggested.
        #[arg(long, default_value_t = 50)]
        max_terms: usize,
        /// Do not refit: the overlay keeps the shipped model and weights.
        #[arg(long)]
        no_model: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("zhclean: {e}");
            ExitCode::from(2)
        }
    }
}

/// The data a cleaner is built from, when not the embedded defaults.
#[derive(clap::Args)]
struct DataArgs {
    /// Spam threshold: a finite number greater than 0 (default: the one
    /// the weights were fitted for).
    #[arg(long, allow_negative_numbers = true, value_parser = positive_finite)]
    threshold: Option<f32>,
    /// A lexicon file (term<TAB>category<TAB>weight) to use instead of
    /// the embedded one.
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// A model file (as `zhclean train` writes) instead of the embedded
    /// one.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// A rule weights file (as `zhclean train` writes) instead of the
    /// embedded one.
    #[arg(long, value_name = "FILE")]
    weights: Option<PathBuf>,
    /// An overlay folder (as `zhclean learn` writes), applied on top:
    /// its lists, its lexicon terms, its model and weights.
    #[arg(long, value_name = "DIR")]
    overlay: Option<PathBuf>,
}

/// A threshold of 0 or below would call every text spam, and a NaN none.
pub(crate) fn positive_finite(s: &str) -> Result<f32, String> {
    let v: f32 = s.trim().parse().map_err(|e| format!("not a number: {e}"))?;
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(format!("{s}: must be a finite number greater than 0"))
    }
}

fn open(
    path: &PathBuf,
) -> Result<io::BufReader<std::fs::File>, Box<dyn Error>> {
    let f = std::fs::File::open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(io::BufReader::new(f))
}

fn cleaner(d: &DataArgs) -> Result<Cleaner, Box<dyn Error>> {
    let mut b = Cleaner::builder();
    if let Some(t) = d.threshold {
        b.threshold(t);
    }
    let named =
        |p: &PathBuf, e: zhclean::Error| format!("{}: {e}", p.display());
    if let Some(p) = &d.lexicon {
        b.lexicon(
            zhclean::Lexicon::from_reader(open(p)?)
                .map_err(|e| named(p, e))?,
        );
    }
    if let Some(p) = &d.model {
        b.model(
            zhclean::Model::from_reader(open(p)?).map_err(|e| named(p, e))?,
        );
    }
    if let Some(p) = &d.weights {
        b.weights(
            zhclean::Weights::from_reader(open(p)?)
                .map_err(|e| named(p, e))?,
        );
    }
    if let Some(dir) = &d.overlay {
        // The error names the file and line.
        b.overlay(zhclean::Overlay::from_dir(dir)?);
    }
    Ok(b.build()?)
}

fn run(cli: Cli) -> Result<ExitCode, Box<dyn Error>> {
    match cli.cmd {
        Cmd::Clean {
            paths,
            jsonl_in,
            text,
            blocks,
            data,
            threads,
            out,
            report,
            summary_json,
            quiet,
            campaign_sites,
        } => {
            let cleaner = cleaner(&data)?;
            let threads = threads.map_or_else(
                || std::thread::available_parallelism().map_or(1, |n| n.get()),
                usize::from,
            );
            let opts = batch::Options {
                paths,
                jsonl_in,
                text,
                blocks,
                threads,
                out,
                report,
                summary_json,
                quiet,
                campaign_sites,
            };
            Ok(match batch::run(cleaner, opts)? {
                batch::Status::Ok => ExitCode::SUCCESS,
                batch::Status::Failed => ExitCode::from(1),
                batch::Status::Interrupted => ExitCode::from(130),
            })
        }
        Cmd::Score { data } => {
            let cleaner = cleaner(&data)?;
            score(&cleaner)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Train { corpus, shared, model, weights, check, words } => {
            let args = train::Args {
                corpus,
                shared,
                model,
                weights,
                check,
                words: words.map(|w| w == 1),
            };
            Ok(if train::run(&args)? {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Cmd::Learn {
            labels,
            out,
            corpus,
            shared,
            label_weight,
            min_spam,
            max_terms,
            no_model,
        } => {
            learn::run(&learn::Args {
                labels,
                out,
                corpus,
                shared,
                label_weight,
                min_spam,
                max_terms,
                no_model,
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval(cmd) => Ok(if eval::run(cmd)? {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }),
    }
}

fn score(cleaner: &Cleaner) -> Result<(), Box<dyn Error>> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        text: &'a str,
        #[serde(flatten)]
        verdict: zhclean::Verdict,
    }
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Bytes, not lines of UTF-8: a bad line still gets its verdict, so the
    // output keeps the same count and order as the input.
    for line in stdin.lock().split(b'\n') {
        let line = line?;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches('\r');
        let verdict = cleaner.score_text(text);
        serde_json::to_writer(&mut out, &Line { text, verdict })?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
