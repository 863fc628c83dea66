//! The builder knobs every target draws from its input, and a cache of
//! the cleaners they give.
//!
//! Building a `Cleaner` compiles the lexicon automaton (about 6 ms, and
//! 6 to 16 MB each), far more than cleaning a small page, so each knob
//! picks between its default and one small value (the threshold from
//! four), and the 64 cleaners that gives are built once and kept: a run
//! still reaches every limit, alone and together, and both sides of the
//! threshold, at full speed. `tests/robust.rs` covers limits of zero.

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use zhclean::Cleaner;

/// An index into each knob's list of values (taken modulo its length).
#[derive(Clone, Copy, Debug, Arbitrary)]
pub struct Knobs {
    pub threshold: u8,
    pub max_input_bytes: u8,
    pub max_depth: u8,
    pub max_tag_bytes: u8,
    pub max_blocks: u8,
}

// The first value of each list is the default, so an all-zero prefix (the
// seeds) runs the cleaner crawlers get from `Cleaner::new()`. NaN makes
// `build` fail, which is part of what is tested. `fuzz_cleaner` in
// tests/robust.rs mirrors these lists to replay crash files: change both.
const THRESHOLDS: &[f32] = &[5.0, 0.5, 50.0, f32::NAN];
const INPUT: &[Option<usize>] = &[None, Some(300)];
const DEPTH: &[Option<usize>] = &[None, Some(3)];
const TAG: &[Option<usize>] = &[None, Some(16)];
const BLOCKS: &[Option<usize>] = &[None, Some(3)];

fn pick<T: Copy>(values: &[T], i: u8) -> T {
    values[usize::from(i) % values.len()]
}

impl Knobs {
    pub fn threshold(&self) -> f32 {
        pick(THRESHOLDS, self.threshold)
    }

    pub fn max_input_bytes(&self) -> Option<usize> {
        pick(INPUT, self.max_input_bytes)
    }

    /// The builder these knobs describe, with `lexicon` and `model`
    /// left to the caller.
    pub fn builder(&self) -> zhclean::CleanerBuilder {
        let mut b = Cleaner::builder();
        b.threshold(self.threshold());
        if let Some(n) = self.max_input_bytes() {
            b.max_input_bytes(n);
        }
        if let Some(n) = pick(DEPTH, self.max_depth) {
            b.max_depth(n);
        }
        if let Some(n) = pick(TAG, self.max_tag_bytes) {
            b.max_tag_bytes(n);
        }
        if let Some(n) = pick(BLOCKS, self.max_blocks) {
            b.max_blocks(n);
        }
        b
    }

    /// The cleaner for these knobs with the embedded data, or `None` when
    /// the builder refuses them (a threshold that is not finite).
    pub fn cleaner(&self) -> Option<Cleaner> {
        // One slot per setting: the knobs modulo each list, mixed radix.
        const SLOTS: usize = 64;
        static CACHE: [OnceLock<Option<Cleaner>>; SLOTS] =
            [const { OnceLock::new() }; SLOTS];
        let mut slot = 0;
        for (knob, len) in [
            (self.max_blocks, BLOCKS.len()),
            (self.max_tag_bytes, TAG.len()),
            (self.max_depth, DEPTH.len()),
            (self.max_input_bytes, INPUT.len()),
            (self.threshold, THRESHOLDS.len()),
        ] {
            slot = slot * len + usize::from(knob) % len;
        }
        CACHE[slot]
            .get_or_init(|| {
                let built = self.builder().build();
                let t = self.threshold();
                if t.is_finite() {
                    assert!(
                        built.is_ok(),
                        "finite threshold refused: {built:?}"
                    );
                } else {
                    assert!(built.is_err(), "threshold {t} accepted");
                }
                built.ok()
            })
            .clone()
    }
}
