//! `Lexicon::from_reader` on any bytes: an error or a lexicon, never a
//! panic; a lexicon that loads builds a cleaner (or says why not) that
//! scores text and cleans a page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zhclean::{Cleaner, Lexicon};

fuzz_target!(|data: &[u8]| {
    let Ok(lexicon) = Lexicon::from_reader(data) else { return };
    // The custom terms scored against the data itself, so they match.
    let text = String::from_utf8_lossy(data);
    let Ok(cleaner) = Cleaner::builder().lexicon(lexicon).build() else {
        return;
    };
    let v = cleaner.score_text(&text);
    assert!(!v.score.is_nan(), "NaN score");
    let page = format!("<h1>标题</h1><div class=content><p>{text}</p></div>");
    let _ = cleaner.clean(page.as_bytes());
});
