//! The smallest use of the crate: clean one page and print its record as
//! JSON.
//!
//! ```text
//! cargo run --example clean_file -- path/to/page.html
//! cargo run --example clean_file            # a page shipped in corpus/
//! ```
//!
//! The bytes go in as they are: `clean` finds the encoding (UTF-8, GBK,
//! Big5, declared or not), never fails and never panics, so the only
//! error here is a file that cannot be read.

use std::process::ExitCode;

/// Cleaned when no path is given: a hijacked local news page.
const DEFAULT: &str = "corpus/pages/hijacked_01_renovation.html";

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| DEFAULT.to_string());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("clean_file: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    // Build the cleaner once and share it: it holds the lexicon's
    // automaton and the model, and is `Send + Sync`.
    let cleaner = zhclean::Cleaner::new();
    let page = cleaner.clean(&bytes);
    // Each removed block says why: its strongest rule first.
    let why: Vec<&str> = page
        .spam
        .iter()
        .filter_map(|b| b.reasons.first().map(|r| r.rule.name()))
        .collect();
    eprintln!(
        "{path}: {} paragraphs kept, {} spam blocks removed {why:?}",
        page.body.len(),
        page.spam.len()
    );
    println!("{}", serde_json::to_string_pretty(&page).expect("serialises"));
    ExitCode::SUCCESS
}
