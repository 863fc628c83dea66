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
// Generated input: no panic, body text from the page, determinism.
mod properties;
// Pathological pages, limits, fuzz crash replays, threads.
mod robust;

use std::path::PathBuf;

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
