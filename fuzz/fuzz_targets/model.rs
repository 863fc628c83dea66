//! `Model::from_reader` on any bytes: an error or a model, never a panic;
//! a model that loads writes back to a file that loads to the same
//! model, and scores text through a cleaner.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zhclean::{Cleaner, Model};

fuzz_target!(|data: &[u8]| {
    let Ok(model) = Model::from_reader(data) else { return };
    let text = String::from_utf8_lossy(data);
    let odds = model.log_odds(&text);
    let mut out = Vec::new();
    model.write(&mut out).expect("writing to a Vec never fails");
    let back = Model::from_reader(out.as_slice())
        .expect("what write gives, from_reader reads");
    assert_eq!(back.len(), model.len());
    assert_eq!(
        back.log_odds(&text).to_bits(),
        odds.to_bits(),
        "round trip changed the model"
    );
    let cleaner = Cleaner::builder()
        .model(model)
        .build()
        .expect("embedded lexicon builds");
    // A gambling text, so the rules hand it to the model.
    let v = cleaner.score_text(&format!("牛牛房卡批发 {text}"));
    assert!(!v.score.is_nan(), "NaN score from a model that loaded");
});
