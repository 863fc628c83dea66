//! Integration tests: one binary (see `autotests = false` in Cargo.toml).

// The labelled pages in corpus/pages, walked as one table.
mod corpus;
// A page built at test time from the seed text in ../shared/seeds.
mod seed;
// Real pages from ../shared/data: robustness, when present.
mod shared;
// The example CLI, run as a user would.
mod cli;
// Bad input: never a panic, always a result.
mod bad_input;
// The CLI over mixed folders, dumps and WARC, streaming, and the report.
mod batch;
// A small DevTools client: the report test clicks as a person does.
#[cfg(unix)]
mod cdp;
// Generated input: no panic, body text from the page, determinism.
mod properties;
// Pathological pages, limits, fuzz crash replays, threads.
mod robust;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example binary that `cargo test` built for this run: the newest
/// `zhclean-<hash>` under target/<profile>/examples (the unhashed copy is
/// only refreshed by `cargo build --example`).
pub fn bin() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps")
        .join("examples");
    let newest = std::fs::read_dir(&dir)
        .expect("cargo test builds the examples")
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("zhclean")
                && !name.ends_with(".d")
                && !name.ends_with(".pdb")
                && e.path().is_file()
        })
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok());
    newest.expect("an example binary").path()
}

/// `../shared` beside the repository, if it is there.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("..").join("shared");
    p.is_dir().then_some(p)
}

/// Removes all whitespace, for comparing texts across layout.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Folds whitespace runs to one space and trims.
pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a run of the example CLI gave.
pub struct Run {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output, which must be UTF-8.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Runs the example CLI in the repository root with `stdin` as input.
pub fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example is built by cargo test");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Written from a thread: a large input must not deadlock against a
    // full stdout pipe.
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
