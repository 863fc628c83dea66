//! What `zhclean clean` reads: files, folders walked in sorted order, `-`
//! for stdin, gzip, JSONL dumps and WARC files. Every page gives one job,
//! and every input that cannot be read gives a failed job, so the batch
//! keeps one record per page and loses nothing.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use indicatif::ProgressBar;

use crate::{dump, warc};

/// The largest page we clean, after gunzip. Real news pages stay far below
/// it; the cap keeps a gzip bomb or a stray disk image from taking all the
/// memory.
pub const MAX_PAGE: u64 = 64 << 20;

/// One path named on the command line or found in a folder.
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A folder entry that could not be listed or followed.
    Broken(PathBuf, String),
}

/// How a file holds its pages, told by its name (`.gz` aside).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One page.
    Page,
    /// One `{"url", "html"}` object per line.
    Jsonl,
    /// WARC records.
    Warc,
}

fn lower_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_gz(p: &Path) -> bool {
    lower_name(p).ends_with(".gz")
}

pub fn kind(p: &Path) -> Kind {
    let name = lower_name(p);
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Kind::Jsonl
    } else if name.ends_with(".warc") {
        Kind::Warc
    } else {
        Kind::Page
    }
}

/// File names that a folder walk picks up: pages, gzip, dumps.
fn is_wanted(p: &Path) -> bool {
    let name = lower_name(p);
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [
        ".html", ".htm", ".shtml", ".xhtml", ".xml", ".php", ".asp", ".aspx",
        ".jsp", ".jsonl", ".ndjson", ".warc",
    ]
    .iter()
    .any(|e| name.ends_with(e))
        || lower_name(p).ends_with(".gz")
}

impl Input {
    /// The `source` of its record: the path as given.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) | Input::Broken(p, _) => p.display().to_string(),
        }
    }

    /// Its size on disk, for the progress bar (0 when unknown).
    pub fn size(&self) -> u64 {
        match self {
            Input::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            _ => 0,
        }
    }
}

/// Expands folders (recursively, sorted) and keeps files and `-` as given.
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            walk(p, &mut out);
        } else {
            // Missing files too: reading them gives the error record.
            out.push(Input::File(p.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    // An explicit stack, not recursion: folder depth is the user's.
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(e) => {
                out.push(Input::Broken(
                    d.clone(),
                    format!("cannot list folder: {e}"),
                ));
                continue;
            }
        };
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => {
                    let path = e.path();
                    match std::fs::metadata(&path) {
                        Ok(m) if m.is_dir() => dirs.push(path),
                        Ok(_) if is_wanted(&path) => files.push((path, None)),
                        Ok(_) => {}
                        // A dangling link or an entry we may not stat: it
                        // still gets its record, with the reason.
                        Err(err) if is_wanted(&path) => {
                            let msg = io_message(&path, &err);
                            files.push((path, Some(msg)));
                        }
                        Err(_) => {}
                    }
                }
                Err(e) => out.push(Input::Broken(
                    d.clone(),
                    format!("cannot list folder: {e}"),
                )),
            }
        }
        files.sort();
        dirs.sort();
        // Broken entries keep their place in the sorted order.
        out.extend(files.into_iter().map(|(p, broken)| match broken {
            None => Input::File(p),
            Some(e) => Input::Broken(p, e),
        }));
        // Reverse so the stack pops folders in sorted order.
        stack.extend(dirs.into_iter().rev());
    }
}

/// An I/O error in words a user can act on; a dangling link says so
/// instead of a bare "No such file".
pub fn io_message(path: &Path, err: &io::Error) -> String {
    if err.kind() == io::ErrorKind::NotFound {
        if let Ok(target) = std::fs::read_link(path) {
            return format!(
                "dangling symbolic link to {}: {err}",
                target.display()
            );
        }
    }
    format!("cannot read: {err}")
}

/// One unit of work for the cleaning threads, in input order.
pub enum Job {
    /// A page whose bytes the reader already has (dump records, stdin).
    Page { source: String, bytes: Vec<u8> },
    /// A page file, read and gunzipped by the cleaning thread so that
    /// I/O and decompression run in parallel too.
    File { source: String, path: PathBuf },
    /// An input that gives no page, with the reason.
    Failed { source: String, error: String },
}

impl Job {
    /// The source and the page bytes, or why there are none.
    pub fn load(
        self,
        progress: &ProgressBar,
    ) -> (String, Result<Vec<u8>, String>) {
        match self {
            Job::Page { source, bytes } => (source, Ok(bytes)),
            Job::Failed { source, error } => (source, Err(error)),
            Job::File { source, path } => {
                let bytes = read_page(&path);
                progress.inc(std::fs::metadata(&path).map_or(0, |m| m.len()));
                (source, bytes)
            }
        }
    }
}

fn read_page(path: &Path) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| io_message(path, &e))?;
    let bytes = read_capped(file).map_err(|e| io_message(path, &e))?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        gunzip(&bytes)
    } else if is_gz(path) && !bytes.is_empty() {
        Err("not gzip data, though the name ends in .gz".into())
    } else {
        Ok(bytes)
    }
}

/// Reads at most [`MAX_PAGE`] bytes; more is an error, not a silent cut.
fn read_capped(r: impl Read) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    r.take(MAX_PAGE + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_PAGE {
        return Err(io::Error::other(format!(
            "page larger than {} MiB",
            MAX_PAGE >> 20
        )));
    }
    Ok(buf)
}

/// Decompresses one gzipped page (all members, as `gzip -d` does).
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    read_capped(MultiGzDecoder::new(bytes)).map_err(|e| gzip_message(&e))
}

/// What a gzip read error means: flate2 reports a cut-off file as an
/// unexpected end of file, and bad data as invalid input.
pub fn gzip_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => {
            format!("truncated gzip data ({e})")
        }
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => {
            format!("corrupt gzip data ({e})")
        }
        _ => format!("cannot read: {e}"),
    }
}

/// Counts the raw bytes read from a dump into the progress bar, so a big
/// WARC moves the bar as it is read, not only at its end.
struct Counted<R> {
    inner: R,
    progress: ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.inc(n as u64);
        Ok(n)
    }
}

/// Turns the inputs into jobs, in order, until `emit` says stop.
pub fn produce(
    inputs: Vec<Input>,
    progress: &ProgressBar,
    emit: &mut dyn FnMut(Job) -> bool,
) {
    for input in inputs {
        let source = input.name();
        let go_on = match input {
            Input::Broken(_, error) => emit(Job::Failed { source, error }),
            Input::Stdin => emit(match read_capped(io::stdin().lock()) {
                Ok(bytes) if bytes.starts_with(&[0x1f, 0x8b]) => {
                    match gunzip(&bytes) {
                        Ok(bytes) => Job::Page { source, bytes },
                        Err(error) => Job::Failed { source, error },
                    }
                }
                Ok(bytes) => Job::Page { source, bytes },
                Err(e) => Job::Failed {
                    source,
                    error: format!("cannot read stdin: {e}"),
                },
            }),
            Input::File(path) => match kind(&path) {
                Kind::Page => emit(Job::File { source, path }),
                dump_kind => read_dump(&path, dump_kind, progress, emit),
            },
        };
        if !go_on {
            return;
        }
    }
}

/// Reads a JSONL or WARC file, gunzipping by name, and emits its pages.
fn read_dump(
    path: &Path,
    kind: Kind,
    progress: &ProgressBar,
    emit: &mut dyn FnMut(Job) -> bool,
) -> bool {
    let source = path.display().to_string();
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            return emit(Job::Failed { source, error: io_message(path, &e) })
        }
    };
    let raw = Counted { inner: file, progress: progress.clone() };
    let reader: Box<dyn Read> = if is_gz(path) {
        Box::new(MultiGzDecoder::new(BufReader::new(raw)))
    } else {
        Box::new(raw)
    };
    let reader = BufReader::with_capacity(1 << 16, reader);
    match kind {
        Kind::Jsonl => {
            dump::read_lines(reader, &source, dump::Mode::Dump, emit)
        }
        _ => warc::read(reader, &source, emit),
    }
}
