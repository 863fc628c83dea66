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

// options shared by several subcommands, each defined once
mod args;
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
// the output line: source, the library's page, error
mod record;
// the one printer of `eval` and `train` results
mod print;
// `--report`: the HTML review page
mod report;
// the seed page's labels, as its data README gives them
mod seed_labels;
// the numbers at the end of a batch
mod summary;
// `train`: the token model and rule weights from every labelled source
mod train;
// WARC crawl files
mod warc;

use std::error::Error;
use std::io::{self, BufRead, BufWriter, Write};
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
    Clean(batch::CleanArgs),
    /// Score texts, one per line on stdin; one JSON verdict per line.
    Score {
        #[command(flatten)]
        data: args::DataArgs,
    },
    /// Measure against labelled data.
    #[command(subcommand)]
    Eval(eval::EvalCmd),
    /// Fit the token model and the rule weights on every labelled source:
    /// our snippets and the real data in ../shared (when it is there).
    Train(train::Args),
    /// Turn a moderator's labels (the review report's "export labels"
    /// files) into an overlay folder for `clean --overlay` and `score
    /// --overlay`: the labelled texts on an allowlist or denylist,
    /// suggested lexicon terms (commented out), and a model refitted on
    /// the training data plus the labels. Prints what changed.
    Learn(learn::Args),
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

fn run(cli: Cli) -> Result<ExitCode, Box<dyn Error>> {
    match cli.cmd {
        Cmd::Clean(args) => {
            let cleaner = args.data.cleaner()?;
            Ok(match batch::run(cleaner, &args)? {
                batch::Status::Ok => ExitCode::SUCCESS,
                batch::Status::Failed => ExitCode::from(1),
                batch::Status::Interrupted => ExitCode::from(130),
            })
        }
        Cmd::Score { data } => {
            let cleaner = data.cleaner()?;
            score(&cleaner)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Train(args) => {
            let result = train::run(&args)?;
            print::train(&result);
            Ok(if result.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Cmd::Learn(args) => {
            learn::run(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval(cmd) => {
            let result = eval::run(cmd)?;
            print::eval(&result);
            Ok(if result.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
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
