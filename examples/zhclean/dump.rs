//! JSONL dumps: one `{"url": ..., "html": ...}` object per line, as
//! crawlers write them (`content` and `body` are taken for `html` too).
//! The same reader serves `clean --jsonl-in`, the streaming mode.

use std::io::BufRead;

use serde::Deserialize;

use crate::inputs::{gzip_message, Job, MAX_PAGE};

/// How lines map to records.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A dump file: `source` is `FILE#LINE`; blank lines are skipped.
    Dump,
    /// `--jsonl-in`: `source` is the url (else `-#LINE`), and every line,
    /// blank too, gets a record, so output lines pair with input lines.
    Stream,
}

#[derive(Deserialize)]
#[serde(expecting = "an object with an \"html\", \"content\" or \"body\" \
                     string")]
struct Line {
    url: Option<String>,
    html: Option<String>,
    content: Option<String>,
    body: Option<String>,
}

/// Reads lines until the end, a read error (a truncated gzip keeps
/// failing, so we stop at the first) or `emit` saying stop.
pub fn read_lines(
    mut reader: impl BufRead,
    name: &str,
    mode: Mode,
    emit: &mut dyn FnMut(Job) -> bool,
) -> bool {
    let mut line = Vec::new();
    let mut n: u64 = 0;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return true,
            Ok(_) => n += 1,
            Err(e) => {
                let error = format!(
                    "after line {n}: {}; the rest of {name} is not read",
                    gzip_message(&e)
                );
                emit(Job::Failed {
                    source: format!("{name}#{}", n + 1),
                    error,
                });
                return true;
            }
        }
        let place = format!("{name}#{n}");
        let text = line.trim_ascii();
        let job = if text.is_empty() {
            if mode == Mode::Dump {
                continue;
            }
            Job::Failed { source: place, error: "empty line".into() }
        } else {
            parse(text, place, mode)
        };
        if !emit(job) {
            return false;
        }
    }
}

fn parse(text: &[u8], place: String, mode: Mode) -> Job {
    if text.len() as u64 > MAX_PAGE {
        return Job::Failed {
            source: place,
            error: format!("line longer than {} MiB", MAX_PAGE >> 20),
        };
    }
    let line: Line = match serde_json::from_slice(text) {
        Ok(l) => l,
        Err(e) => {
            return Job::Failed {
                source: place,
                error: format!("bad JSON line: {e}"),
            }
        }
    };
    let source = match (mode, line.url) {
        (Mode::Stream, Some(url)) if !url.is_empty() => url,
        _ => place,
    };
    match line.html.or(line.content).or(line.body) {
        Some(html) => Job::Page { source, bytes: html.into_bytes() },
        None => Job::Failed {
            source,
            error: "no \"html\", \"content\" or \"body\" string in the line"
                .into(),
        },
    }
}
