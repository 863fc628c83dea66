//! Bad input gives a result, never a panic.

use zhclean::Cleaner;

#[test]
fn empty_garbage_and_truncated() {
    let cleaner = Cleaner::new();
    let empty = cleaner.clean(b"");
    assert!(
        empty.body.is_empty()
            && empty.title.is_none()
            && empty.error.is_none()
    );
    let garbage: Vec<u8> = (0u32..20_000)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let page = cleaner.clean(&garbage);
    assert!(page.error.is_none());
    let truncated = "<html><head><title>标题</title></head><body><div class=content><p>一段没有结束的正文，内容";
    let page = cleaner.clean(truncated.as_bytes());
    assert_eq!(page.body, ["一段没有结束的正文，内容"]);
    let page = cleaner.clean(b"<<<>>><p<p></p></div></div></html><html>");
    assert!(page.error.is_none());
}

#[test]
fn score_text_edge_cases() {
    let cleaner = Cleaner::new();
    assert!(!cleaner.score_text("").spam);
    let long = "牛".repeat(100_000);
    let _ = cleaner.score_text(&long);
    let v = cleaner.score_text("\u{0}\u{200b}\u{ffff}");
    assert!(!v.spam);
}
