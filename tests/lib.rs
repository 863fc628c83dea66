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
// The README's output sample and rules table against the program.
mod readme;

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
/// them (a no-op when they are fresh).
pub fn bin() -> PathBuf {
    example("zhclean")
}

/// One of the examples (`zhclean`, `clean_file`), built as [`bin`] says.
pub fn example(name: &str) -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| {
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
            .args(["build", "--quiet", "--example", "zhclean"])
            .args(["--example", "clean_file", "--profile", profile])
            .arg("--target-dir")
            .arg(target)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the examples failed");
        profile_dir.join("examples")
    });
    let bin = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.is_file(), "{} is missing", bin.display());
    bin
}

/// A folder of `../shared` beside the repository (`""` for itself), if
/// it is there. Tests that need it skip without it, with a NOTICE; under
/// `ZHCLEAN_REQUIRE_SHARED=1` (CI sets it) they fail instead, so a moved
/// or renamed folder cannot turn real-data tests into silent passes.
pub fn shared(sub: &str) -> Option<PathBuf> {
    folder_or_skip(
        &root().join("..").join("shared").join(sub),
        shared_required(),
    )
}

/// Whether tests must fail rather than skip when `../shared` lacks
/// their input (`ZHCLEAN_REQUIRE_SHARED=1`, set by CI).
pub fn shared_required() -> bool {
    std::env::var_os("ZHCLEAN_REQUIRE_SHARED")
        .is_some_and(|v| v != "0" && !v.is_empty())
}

/// Input a test needs from `../shared` is missing (`what`): a failure
/// under `ZHCLEAN_REQUIRE_SHARED=1`, else a NOTICE (and the test skips).
pub fn missing(what: &str) {
    assert!(
        !shared_required(),
        "ZHCLEAN_REQUIRE_SHARED is set and {what} is missing"
    );
    eprintln!("NOTICE: {what} is missing: test skipped");
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

/// The pages a folder of `../shared/data` holds, as its README's table
/// counts them: the first number of the second cell of the row whose
/// first cell names `key` (`extract/gne_pages/`). A test compares what
/// it found with this, so a count is the data's, not ours.
pub fn readme_count(key: &str) -> usize {
    let path = root().join("../shared/data/README.md");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let row = text
        .lines()
        .find(|l| l.split('|').nth(1).is_some_and(|c| c.contains(key)))
        .unwrap_or_else(|| panic!("no row for {key} in {}", path.display()));
    let cell = row.split('|').nth(2).unwrap_or("");
    let digits: String = cell
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no count in the row for {key}: {row}"))
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

/// What every page `clean` returns must hold, whatever its input: a
/// verdict (only a record made by hand has none), an encoding, counts
/// that agree with the lists, no blank paragraph, spam blocks at or over
/// the threshold, and a verdict of `clean` exactly when nothing was
/// removed as spam. The first broken promise, if any.
pub fn soundness(
    page: &zhclean::CleanPage,
    threshold: f32,
) -> Result<(), String> {
    let s = &page.stats;
    let checks = [
        (page.verdict.is_some(), "no verdict"),
        (!page.encoding.is_empty(), "no encoding"),
        (
            s.spam_blocks == page.spam.len(),
            "spam_blocks is not the spam count",
        ),
        // The <title> in the head is no block, and may be spam (a brand
        // suffix): one spam item more than the blocks hold.
        (
            s.body_blocks + s.spam_blocks + s.boilerplate_blocks
                <= s.blocks
                    + usize::from(
                        page.spam
                            .iter()
                            .any(|b| b.place == zhclean::Place::Title),
                    ),
            "more blocks by role than blocks",
        ),
        (page.body.iter().all(|p| !p.trim().is_empty()), "a blank paragraph"),
        (
            page.spam.iter().all(|b| b.score >= threshold),
            "a spam block under the threshold",
        ),
        // The builder refuses a threshold of 0 or less, so a spam block
        // always has a rule that fired.
        (
            page.spam.iter().all(|b| !b.reasons.is_empty()),
            "a spam block without reasons",
        ),
        (
            page.spam.is_empty()
                == (page.verdict == Some(zhclean::PageVerdict::Clean)),
            "the verdict disagrees with the spam list",
        ),
    ];
    match checks.iter().find(|(ok, _)| !ok) {
        Some((_, what)) => Err(format!("{what}: {page:?}")),
        None => Ok(()),
    }
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
    run_example(&bin(), args, stdin)
}

/// Runs an example binary in the repository root with `stdin` as input.
pub fn run_example(bin: &std::path::Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(bin)
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
