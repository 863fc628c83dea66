//! Bad input gives a result, never a panic.

use zhclean::{Cleaner, PageVerdict};

use crate::soundness;

#[test]
fn empty_garbage_and_truncated() {
    let cleaner = Cleaner::new();
    let t = cleaner.threshold();
    let empty = cleaner.clean(b"");
    assert!(empty.body.is_empty() && empty.title.is_none());
    assert_eq!(empty.verdict, Some(PageVerdict::Clean));
    assert_eq!(empty.stats.blocks, 0);
    soundness(&empty, t).unwrap();
    let garbage: Vec<u8> = (0u32..20_000)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let page = cleaner.clean(&garbage);
    soundness(&page, t).unwrap();
    let truncated = "<html><head><title>标题</title></head><body><div class=content><p>一段没有结束的正文，内容";
    let page = cleaner.clean(truncated.as_bytes());
    assert_eq!(page.body, ["一段没有结束的正文，内容"]);
    let page = cleaner.clean(b"<<<>>><p<p></p></div></div></html><html>");
    soundness(&page, t).unwrap();
    // HTML parsing reads `<<<>>>` as text, the only text there is: it is
    // kept, and nothing is made up from the broken tags.
    assert_eq!(page.body, ["<<<>>>"]);
}

#[test]
fn score_text_edge_cases() {
    let cleaner = Cleaner::new();
    assert!(!cleaner.score_text("").spam);
    // One character 100,000 times: a verdict whose score is the sum of
    // its reasons and whose flag agrees with the threshold.
    let long = "牛".repeat(100_000);
    let v = cleaner.score_text(&long);
    let sum: f32 = v.reasons.iter().map(|r| r.weight).sum();
    assert!((v.score - sum).abs() < 1e-3, "{v:?}");
    assert_eq!(v.spam, v.score >= cleaner.threshold(), "{v:?}");
    let v = cleaner.score_text("\u{0}\u{200b}\u{ffff}");
    assert!(!v.spam);
}
