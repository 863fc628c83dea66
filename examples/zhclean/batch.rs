//! `zhclean clean`: pages in, one record per page out, in input order,
//! cleaned in parallel; a progress bar on a terminal, a summary at the end,
//! an optional review report. Also the streaming mode, `--jsonl-in`.

use std::error::Error;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};
use zhclean::Cleaner;

use crate::dump::{self, Mode};
use crate::inputs::{self, Input, Job};
use crate::pipeline::{self, End};
use crate::record::Record;
use crate::report::Report;
use crate::summary::Summary;

/// `clean`'s options: what the CLI parses is what the batch reads.
#[derive(clap::Args, Debug)]
pub struct CleanArgs {
    /// Files, folders (walked recursively, sorted), or `-` for stdin.
    /// `.gz` files are decompressed; `.jsonl`/`.ndjson` are dumps of
    /// `{"url", "html"}` lines (also `content` or `body`); `.warc`
    /// files give their HTML responses (each also as `.gz`).
    // Required (so help shows `<PATHS>...`); clap drops the requirement
    // when `--jsonl-in`, which conflicts with it, is given.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Streaming: read `{"url", "html"}` lines on stdin and write one
    /// record per line, in order, flushed per line (for Spark
    /// `rdd.pipe` and GNU parallel `--pipe`).
    #[arg(long, conflicts_with_all = ["paths", "text"])]
    pub jsonl_in: bool,
    /// Print the title and body as plain text instead of JSON.
    #[arg(long)]
    pub text: bool,
    /// Add every block with its role and score to each record.
    #[arg(long)]
    pub blocks: bool,
    #[command(flatten)]
    pub data: crate::args::DataArgs,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Write the records to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write a self-contained HTML review report of the spam removed.
    #[arg(long, value_name = "FILE.html")]
    pub report: Option<PathBuf>,
    /// Write the end-of-run summary as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub summary_json: Option<PathBuf>,
    /// No progress bar and no summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// A block below the threshold, with topical spam evidence, whose
    /// template the batch saw on at least N sites earns the rule
    /// `batch.campaign` in a second pass (records are held in a spool
    /// file until then, and keep input order). 0 turns it off; the
    /// streaming mode never holds records.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub campaign_sites: u64,
}

impl CleanArgs {
    /// Worker threads: as asked, else one per core.
    fn threads(&self) -> usize {
        self.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        )
    }
}

/// How a run ended, for the exit code.
pub enum Status {
    /// Every input was read.
    Ok,
    /// Some input failed; its record has `error`.
    Failed,
    /// Stopped by Ctrl-C (or SIGTERM) after writing what was done.
    Interrupted,
}

fn open(path: &PathBuf) -> Result<File, String> {
    File::create(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn run(
    cleaner: Cleaner,
    opts: &CleanArgs,
) -> Result<Status, Box<dyn Error>> {
    let stream = opts.jsonl_in;
    // Every output is opened before any work, so a path we cannot write
    // fails at once and not after an hour of cleaning.
    let mut out: Box<dyn Write> = match &opts.out {
        Some(p) => Box::new(BufWriter::new(open(p)?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut report = match &opts.report {
        Some(p) => Some(
            Report::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
        ),
        None => None,
    };
    let summary_file = opts.summary_json.as_ref().map(open).transpose()?;
    // The streaming mode is a filter inside someone else's pipeline:
    // nothing on stderr unless something is wrong.
    let chatty = !opts.quiet && !stream;
    let inputs = if stream { Vec::new() } else { inputs::expand(&opts.paths) };
    let progress = if chatty && io::stderr().is_terminal() {
        bar(inputs.iter().map(Input::size).sum())
    } else {
        ProgressBar::hidden()
    };

    let stop = Arc::new(AtomicBool::new(false));
    on_signals(&stop);
    let cleaner = Arc::new(cleaner);
    let mut summary = Summary::new();
    let mut write_error: Option<io::Error> = None;
    // The report shows each body paragraph's score, which only the block
    // records carry; they leave the record unless asked for.
    let blocks = opts.blocks || opts.report.is_some();
    let mut second = if stream || opts.campaign_sites == 0 {
        None
    } else {
        Some(SecondPass::new(opts.campaign_sites)?)
    };
    let hold = second.is_some();

    let produce = {
        let progress = progress.clone();
        move |emit: &mut dyn FnMut(Job) -> bool| {
            if stream {
                dump::read_lines(io::stdin().lock(), "-", Mode::Stream, emit);
            } else {
                inputs::produce(inputs, &progress, emit);
            }
        }
    };
    let work = {
        let cleaner = Arc::clone(&cleaner);
        let progress = progress.clone();
        move |job: Job| clean_job(&cleaner, job, blocks, hold, &progress)
    };
    let mut emit = |page: Record, summary: &mut Summary| -> io::Result<()> {
        summary.add(&page);
        show(&progress, summary);
        emit_record(page, &mut report, &mut out, opts, &progress)
    };
    let consume = |(page, bytes): (Record, Option<Vec<u8>>)| -> bool {
        let written = match second.as_mut() {
            Some(sp) => {
                // Only counted here, for the progress bar: the summary is
                // made from the records as they finally leave.
                summary.pages += 1;
                summary.errors += u64::from(page.error.is_some());
                summary.pages_with_spam +=
                    u64::from(!page.page.spam.is_empty());
                show(&progress, &summary);
                sp.hold(page, bytes)
            }
            None => emit(page, &mut summary),
        };
        match written {
            Ok(()) => true,
            Err(e) => {
                write_error = Some(e);
                false
            }
        }
    };
    let end = pipeline::run(opts.threads(), stop, produce, work, consume)
        .map_err(|e| format!("starting threads: {e}"))?;
    if let (Some(sp), None) = (second, &write_error) {
        // A stopped run writes what it has: no second pass then.
        let redo = end != End::Stopped;
        let mut finals = Summary::starting(summary.started());
        let redone =
            sp.finish(&cleaner, blocks, redo, |page| emit(page, &mut finals));
        match redone {
            Ok(n) => finals.recleaned = n,
            Err(e) => write_error = Some(e),
        }
        summary = finals;
    }

    progress.finish_and_clear();
    let flushed = out.flush();
    drop(out);
    match write_error.or(flushed.err()) {
        // The reader went away (`| head`): that ends the run, quietly.
        Some(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Some(e) => return Err(format!("writing records: {e}").into()),
        None => {}
    }
    summary.interrupted = end == End::Stopped;
    if chatty {
        eprintln!("{summary}");
    }
    if let (Some(r), Some(p)) = (report, &opts.report) {
        r.finish(&summary, cleaner.threshold())
            .map_err(|e| format!("{}: {e}", p.display()))?;
        if chatty {
            eprintln!("  report           {}", p.display());
        }
    }
    if let Some(f) = summary_file {
        let mut w = BufWriter::new(f);
        serde_json::to_writer_pretty(&mut w, &summary.totals())?;
        w.write_all(b"\n")?;
        w.flush()?;
    }
    Ok(if summary.interrupted {
        Status::Interrupted
    } else if summary.errors > 0 && !stream {
        // In streaming mode a bad line is answered by its error record
        // and the exit code stays 0: Spark's `pipe` and GNU parallel
        // would otherwise fail the whole partition for one bad line.
        Status::Failed
    } else {
        Status::Ok
    })
}

/// The counts so far, beside the progress bar.
fn show(progress: &ProgressBar, summary: &Summary) {
    if !progress.is_hidden() {
        progress.set_message(format!(
            "{} pages ({:.0}/s), {} with spam, {} errors",
            summary.pages,
            summary.pages_per_second(),
            summary.pages_with_spam,
            summary.errors
        ));
    }
}

fn bar(total: u64) -> ProgressBar {
    let (pb, template) = if total > 0 {
        (
            ProgressBar::new(total),
            "{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} \
             {msg}",
        )
    } else {
        (ProgressBar::new_spinner(), "{spinner} {elapsed_precise} {msg}")
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}

/// The first Ctrl-C (or SIGTERM) sets `stop`: no new pages are read, the
/// ones in flight are written, and the report and summary are completed.
/// A second one ends the process at once.
fn on_signals(stop: &Arc<AtomicBool>) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    for sig in [SIGINT, SIGTERM] {
        // Without the handlers Ctrl-C still works, only less cleanly, so a
        // failure to install them is not worth stopping for.
        let _ = signal_hook::flag::register_conditional_shutdown(
            sig,
            130,
            Arc::clone(stop),
        );
        let _ = signal_hook::flag::register(sig, Arc::clone(stop));
    }
}

fn write_record(
    out: &mut dyn Write,
    page: &Record,
    text: bool,
    progress: &ProgressBar,
) -> io::Result<()> {
    if !text {
        serde_json::to_writer(&mut *out, page)?;
        return out.write_all(b"\n");
    }
    if let Some(e) = &page.error {
        let source = page.source();
        progress.suspend(|| eprintln!("zhclean: {source}: {e}"));
        return Ok(());
    }
    writeln!(out, "{}", page.page.text())
}

/// Reads (for page files), checks and cleans one page; never fails, so
/// every job gives exactly one record. With `hold`, a page with suspects
/// keeps its bytes, for the second pass.
fn clean_job(
    cleaner: &Cleaner,
    job: Job,
    blocks: bool,
    hold: bool,
    progress: &ProgressBar,
) -> (Record, Option<Vec<u8>>) {
    let (source, bytes) = job.load(progress);
    let bytes = match bytes.and_then(check) {
        Ok(b) => b,
        Err(e) => return (Record::failed(source, e), None),
    };
    let cleaned = catch_unwind(AssertUnwindSafe(|| {
        if blocks {
            cleaner.clean_with_blocks(&bytes)
        } else {
            cleaner.clean(&bytes)
        }
    }));
    match cleaned {
        Ok(page) => {
            let keep = hold && !page.suspects.is_empty();
            (Record::cleaned(source, page), keep.then_some(bytes))
        }
        // `clean` promises not to panic; if it breaks that promise the
        // batch still keeps its one record per page.
        Err(_) => (
            Record::failed(
                source,
                "internal error: the cleaner panicked on this page (please \
                 report it with the page)",
            ),
            None,
        ),
    }
}

/// One record out: into the report, then to the output.
fn emit_record(
    mut page: Record,
    report: &mut Option<Report>,
    out: &mut dyn Write,
    opts: &CleanArgs,
    progress: &ProgressBar,
) -> io::Result<()> {
    if let Some(r) = report.as_mut() {
        r.add(&page)
            .map_err(|e| io::Error::new(e.kind(), format!("report: {e}")))?;
    }
    if !opts.blocks {
        page.page.blocks = None;
    }
    write_record(out, &page, opts.text, progress)?;
    // Streaming: each record leaves as soon as it is made, so a caller
    // that waits for the answer to its line gets it.
    if opts.jsonl_in {
        out.flush()?;
    }
    Ok(())
}

/// The batch's second pass. The first pass spools every record (as JSON,
/// in input order) and groups spam and suspects by template; pages with
/// suspects keep their bytes (up to [`HELD_BYTES`]). Then the suspects
/// whose template was on enough sites are cleaned again with
/// `batch.campaign`, and the records leave in input order, each page's
/// latest.
struct SecondPass {
    min_sites: u64,
    campaigns: zhclean::campaign::Campaigns,
    spool: BufWriter<File>,
    spool_path: PathBuf,
    seq: u64,
    /// Pages with suspects: their place, bytes and the suspects'
    /// fingerprints.
    held: Vec<(u64, String, Vec<u8>, Vec<zhclean::campaign::Fingerprint>)>,
    held_bytes: usize,
    /// Pages with suspects not held, past the budget.
    dropped: u64,
}

/// Bytes of pages with suspects held for the second pass; past it, pages
/// are not cleaned again (and the summary says how many).
const HELD_BYTES: usize = 256 << 20;

impl SecondPass {
    fn new(min_sites: u64) -> io::Result<SecondPass> {
        let spool_path = std::env::temp_dir().join(format!(
            "zhclean-spool-{}-{}.jsonl",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        let spool = BufWriter::new(File::create(&spool_path)?);
        Ok(SecondPass {
            min_sites,
            campaigns: zhclean::campaign::Campaigns::new(),
            spool,
            spool_path,
            seq: 0,
            held: Vec::new(),
            held_bytes: 0,
            dropped: 0,
        })
    }

    fn hold(
        &mut self,
        page: Record,
        bytes: Option<Vec<u8>>,
    ) -> io::Result<()> {
        self.campaigns.add(page.source.as_deref().unwrap_or(""), &page.page);
        if let Some(b) = bytes {
            if self.held_bytes + b.len() <= HELD_BYTES {
                self.held_bytes += b.len();
                let fps = page
                    .page
                    .suspects
                    .iter()
                    .map(|s| zhclean::campaign::Fingerprint::of(&s.text))
                    .collect();
                let source = page.source.clone().unwrap_or_default();
                self.held.push((self.seq, source, b, fps));
            } else {
                self.dropped += 1;
            }
        }
        serde_json::to_writer(&mut self.spool, &page)?;
        self.spool.write_all(b"\n")?;
        self.seq += 1;
        Ok(())
    }

    /// Cleans again what the campaigns call for (when `redo`), then emits
    /// every record in input order; returns how many were cleaned again.
    fn finish(
        mut self,
        cleaner: &Cleaner,
        blocks: bool,
        redo: bool,
        mut emit: impl FnMut(Record) -> io::Result<()>,
    ) -> io::Result<u64> {
        self.spool.flush()?;
        drop(self.spool);
        let recurring = if redo {
            self.campaigns.recurring(self.min_sites)
        } else {
            zhclean::campaign::Recurring::default()
        };
        let mut again = std::collections::HashMap::new();
        for (seq, source, bytes, fps) in std::mem::take(&mut self.held) {
            if !fps.iter().any(|f| recurring.sites_of(f).is_some()) {
                continue;
            }
            let page = catch_unwind(AssertUnwindSafe(|| {
                cleaner.clean_recurring(&bytes, &recurring, blocks)
            }));
            if let Ok(page) = page {
                again.insert(seq, Record::cleaned(source, page));
            }
        }
        let n = again.len() as u64;
        let reader = io::BufReader::new(File::open(&self.spool_path)?);
        let mut result = Ok(n);
        for (seq, line) in io::BufRead::lines(reader).enumerate() {
            let page = match again.remove(&(seq as u64)) {
                Some(p) => p,
                None => {
                    let line = line?;
                    serde_json::from_str(&line).map_err(io::Error::other)?
                }
            };
            if let Err(e) = emit(page) {
                result = Err(e);
                break;
            }
        }
        let _ = std::fs::remove_file(&self.spool_path);
        if self.dropped > 0 {
            eprintln!(
                "zhclean: {} pages with suspects past the {} MB held for the \
                 second pass were not cleaned again",
                self.dropped,
                HELD_BYTES >> 20
            );
        }
        result
    }
}

/// Inputs that give a record with `error` instead of an empty page.
fn check(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    if bytes.is_empty() {
        return Err("empty: no bytes to clean".into());
    }
    let head = &bytes[..bytes.len().min(8192)];
    // UTF-16 pages have NULs in every other byte; the decoder reads them
    // by their BOM. Elsewhere a NUL means an image, an archive, a core
    // file: not a page.
    let utf16 =
        head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    if !utf16 && head.contains(&0) {
        return Err(
            "binary data, not a page (NUL bytes near the start)".into()
        );
    }
    Ok(bytes)
}
