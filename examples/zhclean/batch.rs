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
use zhclean::{CleanPage, Cleaner};

use crate::dump::{self, Mode};
use crate::inputs::{self, Input, Job};
use crate::pipeline::{self, End};
use crate::report::Report;
use crate::summary::Summary;

pub struct Options {
    pub paths: Vec<PathBuf>,
    pub jsonl_in: bool,
    pub text: bool,
    pub blocks: bool,
    pub threads: usize,
    pub out: Option<PathBuf>,
    pub report: Option<PathBuf>,
    pub summary_json: Option<PathBuf>,
    pub quiet: bool,
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

pub fn run(cleaner: Cleaner, opts: Options) -> Result<Status, Box<dyn Error>> {
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
        // The report shows each body paragraph's score, which only the
        // block records carry; they leave the record unless asked for.
        let blocks = opts.blocks || opts.report.is_some();
        move |job: Job| clean_job(&cleaner, job, blocks, &progress)
    };
    let consume = |mut page: CleanPage| -> bool {
        summary.add(&page);
        if !progress.is_hidden() {
            progress.set_message(format!(
                "{} pages ({:.0}/s), {} with spam, {} errors",
                summary.pages,
                summary.pages_per_second(),
                summary.pages_with_spam,
                summary.errors
            ));
        }
        let written = report
            .as_mut()
            .map_or(Ok(()), |r| r.add(&page))
            .map_err(|e| io::Error::new(e.kind(), format!("report: {e}")))
            .and_then(|()| {
                if !opts.blocks {
                    page.blocks = None;
                }
                write_record(&mut out, &page, opts.text, &progress)
            })
            // Streaming: each record leaves as soon as it is made, so a
            // caller that waits for the answer to its line gets it.
            .and_then(|()| if stream { out.flush() } else { Ok(()) });
        match written {
            Ok(()) => true,
            Err(e) => {
                write_error = Some(e);
                false
            }
        }
    };
    let end = pipeline::run(opts.threads, stop, produce, work, consume)
        .map_err(|e| format!("starting threads: {e}"))?;

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
    page: &CleanPage,
    text: bool,
    progress: &ProgressBar,
) -> io::Result<()> {
    if !text {
        serde_json::to_writer(&mut *out, page)?;
        return out.write_all(b"\n");
    }
    if let Some(e) = &page.error {
        let source = page.source.as_deref().unwrap_or("-");
        progress.suspend(|| eprintln!("zhclean: {source}: {e}"));
        return Ok(());
    }
    writeln!(out, "{}", page.text())
}

/// Reads (for page files), checks and cleans one page; never fails, so
/// every job gives exactly one record.
fn clean_job(
    cleaner: &Cleaner,
    job: Job,
    blocks: bool,
    progress: &ProgressBar,
) -> CleanPage {
    let (source, bytes) = job.load(progress);
    let bytes = match bytes.and_then(check) {
        Ok(b) => b,
        Err(e) => return CleanPage::from_error(source, e),
    };
    let cleaned = catch_unwind(AssertUnwindSafe(|| {
        if blocks {
            cleaner.clean_with_blocks(&bytes)
        } else {
            cleaner.clean(&bytes)
        }
    }));
    match cleaned {
        Ok(mut page) => {
            page.source = Some(source);
            page
        }
        // `clean` promises not to panic; if it breaks that promise the
        // batch still keeps its one record per page.
        Err(_) => CleanPage::from_error(
            source,
            "internal error: the cleaner panicked on this page (please \
             report it with the page)",
        ),
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
