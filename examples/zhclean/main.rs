//! `zhclean`: clean Chinese news pages from the command line.
//!
//! ```text
//! zhclean clean [PATH|-]...      one JSON record per page (JSONL)
//! zhclean score < lines.txt      one JSON verdict per input line
//! zhclean eval extract DIR       extraction F1 against human truth
//! ```
//!
//! Exit code: 0 when every input was read, 1 when any failed (each failed
//! input still gets a record with `error` set), 2 on bad usage.

mod eval;
mod inputs;

use std::error::Error;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;
use zhclean::{CleanPage, Cleaner};

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
    /// Clean pages: files, folders (walked), or `-` for stdin.
    Clean {
        /// Files, folders or `-`.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print the title and body as plain text instead of JSON.
        #[arg(long)]
        text: bool,
        /// Add every block with its role and score to each record.
        #[arg(long)]
        blocks: bool,
        /// Spam threshold.
        #[arg(long)]
        threshold: Option<f32>,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        threads: Option<usize>,
    },
    /// Score texts, one per line on stdin; one JSON verdict per line.
    Score {
        /// Spam threshold.
        #[arg(long)]
        threshold: Option<f32>,
    },
    /// Measure against labelled data.
    #[command(subcommand)]
    Eval(eval::EvalCmd),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("zhclean: {e}");
            ExitCode::from(2)
        }
    }
}

fn cleaner(threshold: Option<f32>) -> Result<Cleaner, Box<dyn Error>> {
    Ok(match threshold {
        Some(t) => Cleaner::builder().threshold(t).build()?,
        None => Cleaner::new(),
    })
}

/// Returns whether every input succeeded.
fn run(cli: Cli) -> Result<bool, Box<dyn Error>> {
    match cli.cmd {
        Cmd::Clean { paths, text, blocks, threshold, threads } => {
            let cleaner = cleaner(threshold)?;
            if let Some(n) = threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build_global()?;
            }
            clean(&cleaner, &paths, text, blocks)
        }
        Cmd::Score { threshold } => {
            let cleaner = cleaner(threshold)?;
            score(&cleaner)?;
            Ok(true)
        }
        Cmd::Eval(cmd) => eval::run(cmd),
    }
}

fn clean(
    cleaner: &Cleaner,
    paths: &[PathBuf],
    text: bool,
    blocks: bool,
) -> Result<bool, Box<dyn Error>> {
    let inputs = inputs::expand(paths);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    // Pages are cleaned in parallel in chunks and written in input order,
    // so output is deterministic and memory stays bounded.
    for chunk in inputs.chunks(64) {
        let pages: Vec<CleanPage> = chunk
            .par_iter()
            .map(|input| {
                let source = input.name();
                match input.read() {
                    Ok(bytes) => {
                        let mut page = if blocks {
                            cleaner.clean_with_blocks(&bytes)
                        } else {
                            cleaner.clean(&bytes)
                        };
                        page.source = Some(source);
                        page
                    }
                    Err(e) => CleanPage::from_error(source, e),
                }
            })
            .collect();
        for page in pages {
            ok &= page.error.is_none();
            if text {
                if let Some(e) = &page.error {
                    eprintln!(
                        "zhclean: {}: {e}",
                        page.source.as_deref().unwrap_or("-")
                    );
                    continue;
                }
                writeln!(out, "{}", page.text())?;
            } else {
                serde_json::to_writer(&mut out, &page)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(ok)
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
