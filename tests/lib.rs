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

use std::path::PathBuf;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
