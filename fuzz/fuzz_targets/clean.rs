//! `Cleaner::clean` on any bytes, under any limits: never a panic, always
//! a page that serializes, and a truncation flag whenever input was cut.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

mod common;

#[derive(Debug, Arbitrary)]
struct Input {
    knobs: common::Knobs,
    with_blocks: bool,
    // Last, so it takes the rest of the input: a seed is six knob bytes
    // then a whole page (see fuzz/seed.sh).
    page: Vec<u8>,
}

fuzz_target!(|input: Input| {
    let Some(cleaner) = input.knobs.cleaner() else { return };
    let page = if input.with_blocks {
        cleaner.clean_with_blocks(&input.page)
    } else {
        cleaner.clean(&input.page)
    };
    if input.knobs.max_input_bytes().is_some_and(|n| input.page.len() > n) {
        assert!(page.truncated.is_some(), "input cut without a flag");
    }
    assert!(page.verdict.is_some(), "clean always gives a verdict");
    assert_eq!(page.stats.spam_blocks, page.spam.len(), "spam count");
    for s in &page.spam {
        assert!(!s.score.is_nan(), "NaN score: {s:?}");
    }
    serde_json::to_string(&page).expect("a CleanPage always serializes");
});
