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
// One spam template across sites: campaigns in the batch summary.
mod campaigns;
// A moderator's labels: `learn`, then `--overlay`.
mod learn;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example CLI, built for this run's profile and target dir and
/// found where cargo puts it (`<target>/<profile>/examples/zhclean`).
/// `cargo test --test integration` alone does not build examples, and an
/// old binary left there would test old code, so the first call builds
/// it (a no-op when it is fresh).
pub fn bin() -> PathBuf {
    static BIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test binary's path");
        // <target>/<profile>/deps/integration-<hash>
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile>/deps");
        let target = profile_dir.parent().expect("the target dir");
        let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
            Some("debug") => "dev",
            Some(p) => p,
            None => "dev",
        };
        let cargo =
            std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .current_dir(root())
            .args([
                "build",
                "--quiet",
                "--example",
                "zhclean",
                "--profile",
                profile,
            ])
            .arg("--target-dir")
            .arg(target)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the example failed");
        let bin = profile_dir
            .join("examples")
            .join(format!("zhclean{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "{} is missing", bin.display());
        bin
    })
    .clone()
}

/// A folder of `../shared` beside the repository (`""` for itself), if
/// it is there. Tests that need it skip without it, with a NOTICE; under
/// `ZHCLEAN_REQUIRE_SHARED=1` (CI sets it) they fail instead, so a moved
/// or renamed folder cannot turn real-data tests into silent passes.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let required = std::env::var_os("ZHCLEAN_REQUIRE_SHARED")
        .is_some_and(|v| v != "0" && !v.is_empty());
    folder_or_skip(&root().join("..").join("shared").join(sub), required)
}

fn folder_or_skip(p: &std::path::Path, required: bool) -> Option<PathBuf> {
    if p.is_dir() {
        return Some(p.to_path_buf());
    }
    assert!(
        !required,
        "ZHCLEAN_REQUIRE_SHARED is set and {} is missing",
        p.display()
    );
    eprintln!("NOTICE: {} is missing: test skipped", p.display());
    None
}

/// A folder under the system temp dir, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A fresh, empty `zhclean-NAME-PID` folder.
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir()
            .join(format!("zhclean-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Headless Chromium with nothing of its own on the network, for the
/// report tests (the rendering one and the DevTools one).
pub const HEADLESS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// The Chromium on the PATH; `None`, with a NOTICE that `what` is
/// skipped, when there is none (.ci/setup.sh installs it).
pub fn chromium(what: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    eprintln!(
        "NOTICE: chromium is not installed (.ci/setup.sh installs it): {what} is skipped"
    );
    None
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

#[test]
#[should_panic(expected = "ZHCLEAN_REQUIRE_SHARED is set")]
fn a_required_shared_folder_that_is_missing_fails() {
    folder_or_skip(&root().join("no-such-folder"), true);
}

#[test]
fn a_missing_shared_folder_skips_unless_required() {
    assert_eq!(folder_or_skip(&root().join("no-such-folder"), false), None);
    assert_eq!(
        folder_or_skip(&root().join("corpus"), true),
        Some(root().join("corpus"))
    );
}
