//! `Cleaner::score_text` on any text at any threshold: never a panic, a
//! score that is a number, and a verdict that agrees with it.
//!
//! Whether surrounding whitespace moves the score is checked by
//! `tests/properties.rs` instead: it does today (see
//! `robust::score_text_whitespace_keeps_junk_prefix`), and here it would
//! stop every run at its first input.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

mod common;

#[derive(Debug, Arbitrary)]
struct Input {
    knobs: common::Knobs,
    text: String,
}

fuzz_target!(|input: Input| {
    let Some(cleaner) = input.knobs.cleaner() else { return };
    let v = cleaner.score_text(&input.text);
    assert!(!v.score.is_nan(), "NaN score");
    assert_eq!(v.spam, v.score >= cleaner.threshold(), "verdict vs score");
});
